package constant

import (
	"math"
	"strconv"
	"strings"
)

// TypeName implements Value.
func (None) TypeName() string      { return "NoneType" }
func (Ellipsis) TypeName() string  { return "ellipsis" }
func (Bool) TypeName() string      { return "bool" }
func (Int) TypeName() string       { return "int" }
func (Float) TypeName() string     { return "float" }
func (Complex) TypeName() string   { return "complex" }
func (Str) TypeName() string       { return "str" }
func (Bytes) TypeName() string     { return "bytes" }
func (Tuple) TypeName() string     { return "tuple" }
func (FrozenSet) TypeName() string { return "frozenset" }

// Repr implements Value.
func (None) Repr() string     { return "None" }
func (Ellipsis) Repr() string { return "Ellipsis" }

func (b Bool) Repr() string {
	if b {
		return "True"
	}
	return "False"
}

func (i Int) Repr() string { return i.V.String() }

// Repr returns CPython's float repr: the shortest string that round-trips,
// in exponent form when the decimal exponent is below -4 or at least 16
// (CPython 3.11 float_repr, dtoa mode 0, with ".0" added to integral
// fixed-point output).
func (f Float) Repr() string { return formatFloatRepr(float64(f), true) }

// Repr returns CPython 3.11's complex repr: "1j" when the real part is +0,
// otherwise "(re±imj)", each part formatted like a float repr but without
// the ".0" suffix.
func (c Complex) Repr() string {
	re, im := real(complex128(c)), imag(complex128(c))
	if re == 0 && !math.Signbit(re) {
		return formatFloatRepr(im, false) + "j"
	}
	ims := formatFloatRepr(im, false)
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + formatFloatRepr(re, false) + ims + "j)"
}

// formatFloatRepr is CPython's PyOS_double_to_string(v, 'r', 0, flags):
// addDot0 corresponds to Py_DTSF_ADD_DOT_0. NaN prints as "nan" whatever
// its sign bit, as CPython does.
func formatFloatRepr(v float64, addDot0 bool) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	// Shortest round-trip digits, as d.ddde±x.
	e := strconv.FormatFloat(v, 'e', -1, 64)
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1 // position of the decimal point relative to digits
	if v == 0 {
		digits, decpt = "0", 1
	}
	var b strings.Builder
	b.WriteString(sign)
	if decpt <= -4 || decpt > 16 {
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		x := decpt - 1
		b.WriteByte('e')
		if x < 0 {
			b.WriteByte('-')
			x = -x
		} else {
			b.WriteByte('+')
		}
		if x < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(x))
		return b.String()
	}
	switch {
	case decpt <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -decpt))
		b.WriteString(digits)
	case decpt >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		if addDot0 {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	}
	return b.String()
}

const hexDigits = "0123456789abcdef"

// Repr returns CPython 3.11's str repr (unicode_repr): single quotes unless
// the string holds ' and no ", escapes for \\, the quote, \t \n \r,
// \xhh for other ASCII controls and DEL, printable non-ASCII kept, other
// code points as \xhh, \uhhhh or \Uhhhhhhhh.
func (s Str) Repr() string {
	quote := byte('\'')
	if strings.IndexByte(string(s), '\'') >= 0 && strings.IndexByte(string(s), '"') < 0 {
		quote = '"'
	}
	buf := make([]byte, 0, len(s)+2)
	buf = append(buf, quote)
	for i := 0; i < len(s); {
		r, n := decodeCodePoint(string(s[i:]))
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			buf = append(buf, '\\', byte(r))
		case r == '\t':
			buf = append(buf, '\\', 't')
		case r == '\n':
			buf = append(buf, '\\', 'n')
		case r == '\r':
			buf = append(buf, '\\', 'r')
		case r < 0x20 || r == 0x7f:
			buf = append(buf, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		case r < 0x7f:
			buf = append(buf, byte(r))
		case isPrintable(r):
			buf = appendCodePoint(buf, r)
		case r <= 0xff:
			buf = append(buf, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		case r <= 0xffff:
			buf = append(buf, '\\', 'u')
			for sh := 12; sh >= 0; sh -= 4 {
				buf = append(buf, hexDigits[(r>>sh)&15])
			}
		default:
			buf = append(buf, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				buf = append(buf, hexDigits[(r>>sh)&15])
			}
		}
	}
	buf = append(buf, quote)
	return string(buf)
}

// Repr returns CPython 3.11's bytes repr: b'…' with the same quote rule as
// str, printable ASCII kept, \t \n \r \\ and the quote escaped, every other
// byte as \xhh.
func (b Bytes) Repr() string {
	quote := byte('\'')
	if strings.IndexByte(string(b), '\'') >= 0 && strings.IndexByte(string(b), '"') < 0 {
		quote = '"'
	}
	buf := make([]byte, 0, len(b)+3)
	buf = append(buf, 'b', quote)
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == quote || c == '\\':
			buf = append(buf, '\\', c)
		case c == '\t':
			buf = append(buf, '\\', 't')
		case c == '\n':
			buf = append(buf, '\\', 'n')
		case c == '\r':
			buf = append(buf, '\\', 'r')
		case c < 0x20 || c >= 0x7f:
			buf = append(buf, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		default:
			buf = append(buf, c)
		}
	}
	buf = append(buf, quote)
	return string(buf)
}

// Repr returns "()", "(x,)" or "(x, y, …)".
func (t Tuple) Repr() string {
	switch len(t) {
	case 0:
		return "()"
	case 1:
		return "(" + t[0].Repr() + ",)"
	}
	return "(" + joinReprs(t) + ")"
}

// Repr returns "frozenset()" or "frozenset({x, y, …})", elements in the
// stored (iteration) order.
func (s FrozenSet) Repr() string {
	if len(s) == 0 {
		return "frozenset()"
	}
	return "frozenset({" + joinReprs(s) + "})"
}

func joinReprs(vs []Value) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(v.Repr())
	}
	return b.String()
}
