package text

import (
	"strings"
	"unicode/utf8"
)

// decode returns the code point starting at byte i of s and its width.
// Lone surrogates are held as their 3-byte form ED A0..BF 80..BF, which
// Go's utf8 rejects; other invalid bytes decode one at a time as U+FFFD.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
		return 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeLast returns the code point that ends at byte end of s (end > 0)
// and its width, consistently with decode.
func decodeLast(s string, end int) (rune, int) {
	c := s[end-1]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	for start := end - 1; start >= 0 && start >= end-4; start-- {
		if s[start] < 0x80 || s[start] >= 0xC0 {
			if r, n := decode(s, start); start+n == end {
				return r, n
			}
			break
		}
	}
	return utf8.RuneError, 1
}

// appendRune appends the code point r, a surrogate in its 3-byte form.
// Values outside 0..0x10FFFF append U+FFFD.
func appendRune(buf []byte, r rune) []byte {
	if r < utf8.RuneSelf && r >= 0 {
		return append(buf, byte(r))
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return append(buf, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(buf, r)
}

// Chr returns the str holding the one code point r (chr(r)); r must be in
// range(0x110000).
func Chr(r rune) string {
	if r >= 0 && r < utf8.RuneSelf {
		return asciiChars[r : r+1]
	}
	return string(appendRune(nil, r))
}

var asciiChars = func() string {
	b := make([]byte, 128)
	for i := range b {
		b[i] = byte(i)
	}
	return string(b)
}()

// IsASCII reports whether every code point of s is below 128
// (str.isascii; true for "").
func IsASCII(s string) bool {
	i := 0
	// Eight bytes at a time; the compiler merges the loads.
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Len returns len(s), the number of code points.
func Len(s string) int {
	if IsASCII(s) {
		return len(s)
	}
	// utf8 counts each byte of a surrogate's 3-byte form as one invalid
	// code point, as it counts every byte decode rejects; a byte 0xED can
	// only start a code point, so each surrogate form found counts two
	// too many.
	n := utf8.RuneCountInString(s)
	for i := strings.IndexByte(s, 0xED); i >= 0 && i+2 < len(s); {
		if s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
			n -= 2
			i += 3
		} else {
			i++
		}
		j := strings.IndexByte(s[i:], 0xED)
		if j < 0 {
			break
		}
		i += j
	}
	return n
}

// CodePoints returns the code points of s, surrogates included.
func CodePoints(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		out = append(out, r)
		i += n
	}
	return out
}

// FromCodePoints builds a str from code points (each in range(0x110000)).
func FromCodePoints(cps []rune) string {
	buf := make([]byte, 0, len(cps))
	for _, r := range cps {
		buf = appendRune(buf, r)
	}
	return string(buf)
}

// MaxCodePoint returns the largest code point of s, 0 for "". It decides
// the storage kind CPython gives the str.
func MaxCodePoint(s string) rune {
	var max rune
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			if rune(s[i]) > max {
				max = rune(s[i])
			}
			i++
			continue
		}
		r, n := decode(s, i)
		if r > max {
			max = r
		}
		i += n
	}
	return max
}

// SizeOf returns sys.getsizeof(s) for a compact str in CPython 3.11 on a
// 64-bit build: 49+n when ASCII, 73+n for Latin-1, 74+2n for UCS-2 (which
// holds surrogates), 76+4n for UCS-4. CPython adds utf8_length+1 for a
// non-ASCII str whose UTF-8 form it has cached (PyUnicode_AsUTF8), which
// depends on the str's history and is not modelled here.
func SizeOf(s string) int {
	if IsASCII(s) {
		return 49 + len(s)
	}
	n := Len(s)
	switch max := MaxCodePoint(s); {
	case max < 0x100:
		return 73 + n
	case max < 0x10000:
		return 74 + 2*n
	default:
		return 76 + 4*n
	}
}

// offset returns the byte offset of code point index i (0 <= i <= Len(s));
// indexes past the end give len(s).
func offset(s string, i int) int {
	b := 0
	for ; i > 0 && b < len(s); i-- {
		if s[b] < utf8.RuneSelf {
			b++
			continue
		}
		_, n := decode(s, b)
		b += n
	}
	return b
}

// offsets returns the byte offsets of code point indexes i <= j.
func offsets(s string, i, j int) (int, int) {
	bi := offset(s, i)
	return bi, bi + offset(s[bi:], j-i)
}

// At returns s[i] as a one-code-point str, with Python's negative indexes;
// out of range it fails with IndexError "string index out of range".
func At(s string, i int) (string, error) { return AtIn(s, Layout{N: Len(s)}, i) }

// AtIn is At on s laid out as l (a str's cached layout): constant time
// for an ASCII s or one whose offsets l holds.
func AtIn(s string, l Layout, i int) (string, error) {
	if i < 0 {
		i += l.N
	}
	if i < 0 || i >= l.N {
		return "", errIndex
	}
	if l.ascii(s) {
		return s[i : i+1], nil
	}
	if l.Offs != nil {
		return s[l.Offs[i]:l.Offs[i+1]], nil
	}
	b := offset(s, i)
	_, w := decode(s, b)
	return s[b : b+w], nil
}

var errIndex = &Error{Type: "IndexError", Msg: "string index out of range"}

// AdjustSlice is PySlice_AdjustIndices: it clamps start and stop, as
// PySlice_Unpack left them, to a sequence of the given length and returns
// them with the number of items the slice selects. step must not be 0.
func AdjustSlice(length, start, stop, step int) (int, int, int) {
	if start < 0 {
		start += length
		if start < 0 {
			if step < 0 {
				start = -1
			} else {
				start = 0
			}
		}
	} else if start >= length {
		if step < 0 {
			start = length - 1
		} else {
			start = length
		}
	}
	if stop < 0 {
		stop += length
		if stop < 0 {
			if step < 0 {
				stop = -1
			} else {
				stop = 0
			}
		}
	} else if stop >= length {
		if step < 0 {
			stop = length - 1
		} else {
			stop = length
		}
	}
	if step < 0 {
		if stop < start {
			return start, stop, (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		return start, stop, (stop-start-1)/step + 1
	}
	return start, stop, 0
}

// Slice returns s[start:stop:step] over code points. start, stop and step
// are as PySlice_Unpack leaves them: an omitted start is 0 (math.MaxInt
// when step < 0), an omitted stop math.MaxInt (math.MinInt when step < 0),
// an omitted step 1. A zero step fails with ValueError "slice step cannot
// be zero".
func Slice(s string, start, stop, step int) (string, error) {
	return SliceIn(s, Layout{N: Len(s)}, start, stop, step)
}

// SliceIn is Slice on s laid out as l (see AtIn).
func SliceIn(s string, l Layout, start, stop, step int) (string, error) {
	if step == 0 {
		return "", &Error{Type: "ValueError", Msg: "slice step cannot be zero"}
	}
	start, stop, n := AdjustSlice(l.N, start, stop, step)
	if n == 0 {
		return "", nil
	}
	if step == 1 {
		if l.Offs == nil && !l.ascii(s) {
			b0, b1 := offsets(s, start, stop)
			return s[b0:b1], nil
		}
		return s[l.byteAt(s, start):l.byteAt(s, stop)], nil
	}
	if l.ascii(s) {
		buf := make([]byte, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			buf[k] = s[i]
		}
		return string(buf), nil
	}
	if l.Offs != nil {
		buf := make([]byte, 0, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			buf = append(buf, s[l.Offs[i]:l.Offs[i+1]]...)
		}
		return string(buf), nil
	}
	cps := CodePoints(s)
	buf := make([]byte, 0, n)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		buf = appendRune(buf, cps[i])
	}
	return string(buf), nil
}

// IsWellFormed reports whether s is in this package's representation:
// UTF-8 in which lone surrogates may appear in their 3-byte form.
func IsWellFormed(s string) bool {
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		if r == utf8.RuneError && n == 1 {
			return false
		}
		i += n
	}
	return true
}
