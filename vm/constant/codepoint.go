package constant

import "unicode/utf8"

// Str values hold UTF-8, except that a lone surrogate (which a Python str may
// contain, e.g. from "\ud800") is held as its 3-byte generalized UTF-8 form
// ED A0..BF xx. Go's utf8 package rejects those bytes, so code points are
// decoded here.

// decodeCodePoint returns the first code point of s and its width in bytes.
// Invalid bytes decode one at a time as U+FFFD, as utf8 does.
func decodeCodePoint(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// CodePoints returns the code points of a Str, surrogates included.
func (s Str) CodePoints() []rune {
	var out []rune
	for i := 0; i < len(s); {
		r, n := decodeCodePoint(string(s[i:]))
		out = append(out, r)
		i += n
	}
	return out
}

// Len returns len(s): the number of code points.
func (s Str) Len() int {
	n := 0
	for i := 0; i < len(s); n++ {
		_, w := decodeCodePoint(string(s[i:]))
		i += w
	}
	return n
}

// StrFromCodePoints builds a Str from code points, encoding surrogates in
// their 3-byte form.
func StrFromCodePoints(cps []rune) Str {
	buf := make([]byte, 0, len(cps))
	for _, r := range cps {
		buf = appendCodePoint(buf, r)
	}
	return Str(buf)
}

func appendCodePoint(buf []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(buf, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(buf, r)
}
