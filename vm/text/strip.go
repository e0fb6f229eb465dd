package text

import "strings"

// StripWhitespace is str.strip() (or strip(None)): leading and trailing
// whitespace (IsSpaceRune) removed.
func StripWhitespace(s string) string { return RStripWhitespace(LStripWhitespace(s)) }

// LStripWhitespace is str.lstrip().
func LStripWhitespace(s string) string { return s[skipSpace(s, 0):] }

// RStripWhitespace is str.rstrip().
func RStripWhitespace(s string) string { return s[:skipSpaceBack(s, len(s))] }

// charSet is the set of code points of a strip argument.
type charSet struct {
	ascii [128]bool
	other []rune
}

func newCharSet(chars string) *charSet {
	cs := &charSet{}
	for i := 0; i < len(chars); {
		r, n := decode(chars, i)
		if r < 128 {
			cs.ascii[r] = true
		} else {
			cs.other = append(cs.other, r)
		}
		i += n
	}
	return cs
}

func (cs *charSet) has(r rune) bool {
	if r < 128 {
		return cs.ascii[r]
	}
	for _, o := range cs.other {
		if o == r {
			return true
		}
	}
	return false
}

func (cs *charSet) left(s string) int {
	i := 0
	for i < len(s) {
		r, n := decode(s, i)
		if !cs.has(r) {
			break
		}
		i += n
	}
	return i
}

func (cs *charSet) right(s string, start int) int {
	end := len(s)
	for end > start {
		r, n := decodeLast(s, end)
		if !cs.has(r) {
			break
		}
		end -= n
	}
	return end
}

// Strip is str.strip(chars): leading and trailing code points that occur
// in chars removed (chars is a set, not a prefix or suffix).
func Strip(s, chars string) string {
	cs := newCharSet(chars)
	i := cs.left(s)
	return s[i:cs.right(s, i)]
}

// LStrip is str.lstrip(chars).
func LStrip(s, chars string) string { return s[newCharSet(chars).left(s):] }

// RStrip is str.rstrip(chars).
func RStrip(s, chars string) string { return s[:newCharSet(chars).right(s, 0)] }

// RemovePrefix is str.removeprefix(prefix).
func RemovePrefix(s, prefix string) string { return strings.TrimPrefix(s, prefix) }

// RemoveSuffix is str.removesuffix(suffix).
func RemoveSuffix(s, suffix string) string { return strings.TrimSuffix(s, suffix) }
