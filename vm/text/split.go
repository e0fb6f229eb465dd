package text

import (
	"strings"
	"unicode/utf8"
)

var errEmptySeparator = valueError("empty separator")

// A negative maxsplit means no limit, as in CPython.

// SplitWhitespace is str.split() / str.split(None, maxsplit): runs of
// whitespace (IsSpaceRune) separate the words, and leading and trailing
// whitespace gives no empty strings. Once maxsplit splits are made, the
// rest, with its leading whitespace removed, is the last item.
func SplitWhitespace(s string, maxsplit int) []string {
	out := make([]string, 0, countWordsASCII(s, maxsplit))
	i := 0
	for ; maxsplit != 0; maxsplit-- {
		i = skipSpace(s, i)
		if i == len(s) {
			break
		}
		j := i
		i = skipWord(s, i)
		out = append(out, s[j:i])
	}
	if i < len(s) {
		if i = skipSpace(s, i); i < len(s) {
			out = append(out, s[i:])
		}
	}
	return out
}

// countWordsASCII is how many items SplitWhitespace(s, maxsplit) returns
// when s is ASCII; otherwise it counts only the words before the first
// non-ASCII byte. A cheap pass that lets the result be allocated once.
func countWordsASCII(s string, maxsplit int) int {
	n := 0
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			break
		}
		sp := latin1Class[c]&clsSpace != 0
		if !sp && !inWord {
			if n == maxsplit {
				return n + 1
			}
			n++
		}
		inWord = !sp
	}
	return n
}

// skipSpace returns the end of the whitespace at s[i].
func skipSpace(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if latin1Class[c]&clsSpace == 0 {
				break
			}
			i++
			continue
		}
		r, n := decode(s, i)
		if !IsSpaceRune(r) {
			break
		}
		i += n
	}
	return i
}

// skipWord returns the end of the non-whitespace at s[i].
func skipWord(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if latin1Class[c]&clsSpace != 0 {
				break
			}
			i++
			continue
		}
		r, n := decode(s, i)
		if IsSpaceRune(r) {
			break
		}
		i += n
	}
	return i
}

func skipSpaceBack(s string, end int) int {
	for end > 0 {
		r, n := decodeLast(s, end)
		if !IsSpaceRune(r) {
			break
		}
		end -= n
	}
	return end
}

// RSplitWhitespace is str.rsplit() / str.rsplit(None, maxsplit): as
// SplitWhitespace, splitting from the right.
func RSplitWhitespace(s string, maxsplit int) []string {
	var rev []string
	end := len(s)
	for ; maxsplit != 0; maxsplit-- {
		end = skipSpaceBack(s, end)
		if end == 0 {
			break
		}
		j := end
		for end > 0 {
			r, n := decodeLast(s, end)
			if IsSpaceRune(r) {
				break
			}
			end -= n
		}
		rev = append(rev, s[end:j])
	}
	if end > 0 {
		if end = skipSpaceBack(s, end); end > 0 {
			rev = append(rev, s[:end])
		}
	}
	return reverse(rev)
}

func reverse(items []string) []string {
	out := make([]string, len(items))
	for i, x := range items {
		out[len(items)-1-i] = x
	}
	return out
}

// Split is str.split(sep, maxsplit) with a str separator: every
// occurrence splits, empty strings included. An empty sep fails with
// ValueError "empty separator".
func Split(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, errEmptySeparator
	}
	if maxsplit < 0 {
		return strings.Split(s, sep), nil
	}
	return strings.SplitN(s, sep, maxsplit+1), nil
}

// RSplit is str.rsplit(sep, maxsplit): as Split, splitting from the right.
func RSplit(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, errEmptySeparator
	}
	var rev []string
	end := len(s)
	for ; maxsplit != 0; maxsplit-- {
		i := strings.LastIndex(s[:end], sep)
		if i < 0 {
			break
		}
		rev = append(rev, s[i+len(sep):end])
		end = i
	}
	rev = append(rev, s[:end])
	return reverse(rev), nil
}

// SplitLines is str.splitlines(keepends): lines end at \n, \r, \r\n, \v,
// \f, \x1c, \x1d, \x1e, \x85, U+2028 and U+2029; a final line break gives
// no empty last line, and "" gives no lines.
func SplitLines(s string, keepends bool) []string {
	out := []string{}
	for i := 0; i < len(s); {
		j := i
		var r rune
		n := 0
		for i < len(s) {
			if r, n = decode(s, i); IsLineBreak(r) {
				break
			}
			i += n
		}
		eol := i
		if i < len(s) {
			if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i += 2
			} else {
				i += n
			}
			if keepends {
				eol = i
			}
		}
		out = append(out, s[j:eol])
	}
	return out
}

// Partition is str.partition(sep): the part before the first sep, sep
// and the part after, or (s, "", "") when sep does not occur. An empty
// sep fails with ValueError "empty separator".
func Partition(s, sep string) ([3]string, error) {
	if sep == "" {
		return [3]string{}, errEmptySeparator
	}
	if i := strings.Index(s, sep); i >= 0 {
		return [3]string{s[:i], sep, s[i+len(sep):]}, nil
	}
	return [3]string{s, "", ""}, nil
}

// RPartition is str.rpartition(sep): split at the last sep, or ("", "", s)
// when sep does not occur.
func RPartition(s, sep string) ([3]string, error) {
	if sep == "" {
		return [3]string{}, errEmptySeparator
	}
	if i := strings.LastIndex(s, sep); i >= 0 {
		return [3]string{s[:i], sep, s[i+len(sep):]}, nil
	}
	return [3]string{"", "", s}, nil
}

// Join is sep.join(items) once the caller has checked every item is a
// str.
func Join(sep string, items []string) string { return strings.Join(items, sep) }
