package text

// The case conversions use CPython 3.11's full mappings (SpecialCasing):
// one code point may become several ('ß'.upper() is 'SS', 'ﬁ'.upper() is
// 'FI', 'İ'.lower() is 'i̇'). Every lowercasing applies the Final_Sigma
// rule to U+03A3, as CPython's lower_ucs4 does.

// asciiUpper and asciiLower are the ASCII fast paths.
func asciiMap(s string, from, to byte) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= from && c <= to {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= from && c <= to {
					b[j] ^= 0x20
				}
			}
			return string(b)
		}
	}
	return s
}

// appendLower appends lower_ucs4 for the code point r at byte i of s:
// the full lowercase mapping, with U+03A3 mapped to final sigma U+03C2
// when a cased letter precedes it (skipping case-ignorable code points)
// and none follows it in the same way, else to U+03C3.
func appendLower(buf []byte, s string, i int, r rune) []byte {
	if r == 0x3A3 {
		return appendRune(buf, capitalSigma(s, i))
	}
	return appendLowerNoSigma(buf, r)
}

func capitalSigma(s string, i int) rune {
	j := i
	var c rune
	for j > 0 {
		var n int
		c, n = decodeLast(s, j)
		j -= n
		if !isCaseIgnorable(c) {
			break
		}
		if j == 0 {
			// Only case-ignorable code points precede: not final.
			return 0x3C3
		}
	}
	if i == 0 || !isCased(c) {
		return 0x3C3
	}
	for j = i + 2; j < len(s); {
		c, n := decode(s, j)
		j += n
		if !isCaseIgnorable(c) {
			if isCased(c) {
				return 0x3C3
			}
			break
		}
	}
	return 0x3C2
}

// Upper is str.upper().
func Upper(s string) string {
	if IsASCII(s) {
		return asciiMap(s, 'a', 'z')
	}
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		buf = appendUpper(buf, r)
		i += n
	}
	return string(buf)
}

// Lower is str.lower(), with the final sigma rule.
func Lower(s string) string {
	if IsASCII(s) {
		return asciiMap(s, 'A', 'Z')
	}
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		buf = appendLower(buf, s, i, r)
		i += n
	}
	return string(buf)
}

// Casefold is str.casefold(): full case folding ('ß' becomes 'ss').
func Casefold(s string) string {
	if IsASCII(s) {
		return asciiMap(s, 'A', 'Z')
	}
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		buf = appendFold(buf, r)
		i += n
	}
	return string(buf)
}

// SwapCase is str.swapcase(): Uppercase code points lowercased (final
// sigma rule included), Lowercase ones uppercased, others kept.
func SwapCase(s string) string {
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		switch {
		case IsUpperRune(r):
			buf = appendLower(buf, s, i, r)
		case IsLowerRune(r):
			buf = appendUpper(buf, r)
		default:
			buf = append(buf, s[i:i+n]...)
		}
		i += n
	}
	return string(buf)
}

// Title is str.title(): a code point that follows a cased one is
// lowercased, any other is titlecased, so a word starts after any
// uncased character ("they're".title() is "They'Re").
func Title(s string) string {
	buf := make([]byte, 0, len(s))
	prevCased := false
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		if prevCased {
			buf = appendLower(buf, s, i, r)
		} else {
			buf = appendTitle(buf, r)
		}
		prevCased = isCased(r)
		i += n
	}
	return string(buf)
}

// Capitalize is str.capitalize() (CPython 3.8+): the first code point
// titlecased, the rest lowercased ('ß'.capitalize() is 'Ss').
func Capitalize(s string) string {
	if s == "" {
		return s
	}
	buf := make([]byte, 0, len(s))
	r, n := decode(s, 0)
	buf = appendTitle(buf, r)
	for i := n; i < len(s); {
		r, n := decode(s, i)
		buf = appendLower(buf, s, i, r)
		i += n
	}
	return string(buf)
}
