package num

import (
	"sort"

	"github.com/quicken-py/quicken/vm/constant"
)

// Unicode text handling shared by int() and float() parsing: CPython 3.11
// (Unicode 14.0.0) first maps each non-ASCII whitespace character to a
// space and each non-ASCII decimal digit to its ASCII digit
// (_PyUnicode_TransformDecimalAndSpaceToASCII). Go's unicode tables follow a
// newer Unicode version, so the Python 3.11 sets are spelled out here.

// decimalRanges lists the code point ranges of Unicode 14.0.0's characters
// with a decimal digit value (general category Nd). Each range is a run of
// whole 0..9 sequences, so a digit's value is its offset modulo 10.
var decimalRanges = [...][2]rune{
	{0x30, 0x39},
	{0x660, 0x669},
	{0x6F0, 0x6F9},
	{0x7C0, 0x7C9},
	{0x966, 0x96F},
	{0x9E6, 0x9EF},
	{0xA66, 0xA6F},
	{0xAE6, 0xAEF},
	{0xB66, 0xB6F},
	{0xBE6, 0xBEF},
	{0xC66, 0xC6F},
	{0xCE6, 0xCEF},
	{0xD66, 0xD6F},
	{0xDE6, 0xDEF},
	{0xE50, 0xE59},
	{0xED0, 0xED9},
	{0xF20, 0xF29},
	{0x1040, 0x1049},
	{0x1090, 0x1099},
	{0x17E0, 0x17E9},
	{0x1810, 0x1819},
	{0x1946, 0x194F},
	{0x19D0, 0x19D9},
	{0x1A80, 0x1A89},
	{0x1A90, 0x1A99},
	{0x1B50, 0x1B59},
	{0x1BB0, 0x1BB9},
	{0x1C40, 0x1C49},
	{0x1C50, 0x1C59},
	{0xA620, 0xA629},
	{0xA8D0, 0xA8D9},
	{0xA900, 0xA909},
	{0xA9D0, 0xA9D9},
	{0xA9F0, 0xA9F9},
	{0xAA50, 0xAA59},
	{0xABF0, 0xABF9},
	{0xFF10, 0xFF19},
	{0x104A0, 0x104A9},
	{0x10D30, 0x10D39},
	{0x11066, 0x1106F},
	{0x110F0, 0x110F9},
	{0x11136, 0x1113F},
	{0x111D0, 0x111D9},
	{0x112F0, 0x112F9},
	{0x11450, 0x11459},
	{0x114D0, 0x114D9},
	{0x11650, 0x11659},
	{0x116C0, 0x116C9},
	{0x11730, 0x11739},
	{0x118E0, 0x118E9},
	{0x11950, 0x11959},
	{0x11C50, 0x11C59},
	{0x11D50, 0x11D59},
	{0x11DA0, 0x11DA9},
	{0x16A60, 0x16A69},
	{0x16AC0, 0x16AC9},
	{0x16B50, 0x16B59},
	{0x1D7CE, 0x1D7FF},
	{0x1E140, 0x1E149},
	{0x1E2F0, 0x1E2F9},
	{0x1E950, 0x1E959},
	{0x1FBF0, 0x1FBF9},
}

// decimalValue returns the decimal digit value of r, or -1.
func decimalValue(r rune) int {
	i := sort.Search(len(decimalRanges), func(i int) bool { return decimalRanges[i][1] >= r })
	if i < len(decimalRanges) && decimalRanges[i][0] <= r {
		return int(r-decimalRanges[i][0]) % 10
	}
	return -1
}

// isPySpace reports whether r is whitespace for CPython 3.11's str.isspace
// (bidirectional class WS, B or S, or category Zs).
func isPySpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680,
		0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isASCIISpace is Py_ISSPACE, the C-level whitespace test that int() and
// float() apply after the Unicode transformation: space, \t, \n, \v, \f,
// \r, but not \x1c..\x1f, which str.isspace() accepts.
func isASCIISpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// toASCIINumber is _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII is
// kept, other whitespace becomes ' ', other decimal digits their ASCII
// digit, anything else '?', which no parser accepts.
func toASCIINumber(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			out = append(out, s[i])
			i++
			continue
		}
		r, n := constant.DecodeCodePoint(s[i:])
		i += n
		switch d := decimalValue(r); {
		case d >= 0:
			out = append(out, byte('0'+d))
		case isPySpace(r):
			out = append(out, ' ')
		default:
			out = append(out, '?')
		}
	}
	return out
}
