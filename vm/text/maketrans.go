package text

// TransEntry is one entry of the dict str.maketrans builds: Key maps to
// the code point Value, or to None when Delete is set.
type TransEntry struct {
	Key    rune
	Value  rune
	Delete bool
}

// MakeTrans is str.maketrans(x, y, z) with str arguments (z "" when
// omitted): x[i] maps to y[i], and every code point of z to None. The
// entries are in insertion order, duplicates included, so inserting them
// one by one into a dict gives CPython's dict, order and values alike
// (str.maketrans('aa', 'bc', 'a') is {97: None}). Unequal lengths of x and
// y fail with ValueError "the first two maketrans arguments must have
// equal length". The one-argument (dict) form is the caller's.
func MakeTrans(x, y, z string) ([]TransEntry, error) {
	xs, ys := CodePoints(x), CodePoints(y)
	if len(xs) != len(ys) {
		return nil, valueError("the first two maketrans arguments must have equal length")
	}
	out := make([]TransEntry, 0, len(xs)+len(z))
	for i, k := range xs {
		out = append(out, TransEntry{Key: k, Value: ys[i]})
	}
	for i := 0; i < len(z); {
		r, n := decode(z, i)
		out = append(out, TransEntry{Key: r, Delete: true})
		i += n
	}
	return out, nil
}

// TransformDecimalAndSpace is CPython 3.11's
// _PyUnicode_TransformDecimalAndSpaceToASCII, which int(), float() and
// complex() apply to a str before parsing it: a non-ASCII whitespace code
// point becomes ' ', a decimal digit of any script its ASCII digit, and at
// the first other code point of 127 or above the result ends with '?' (so
// that parsing fails there). ASCII input is returned unchanged.
func TransformDecimalAndSpace(s string) string {
	if IsASCII(s) {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		i += n
		switch {
		case r < 127:
			out = append(out, byte(r))
		case IsSpaceRune(r):
			out = append(out, ' ')
		default:
			d := DecimalValue(r)
			if d < 0 {
				return string(append(out, '?'))
			}
			out = append(out, byte('0'+d))
		}
	}
	return string(out)
}
