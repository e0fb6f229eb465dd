package text

import (
	"slices"
	"testing"
)

// TestSplitWhitespaceCount checks the counting pass that sizes
// SplitWhitespace's result: exact for ASCII text at every maxsplit, and
// never more than the result for other text; and the result against
// str.split's known answers.
func TestSplitWhitespaceCount(t *testing.T) {
	for _, c := range []struct {
		s        string
		maxsplit int
		want     []string
	}{
		{"", -1, []string{}},
		{"   ", -1, []string{}},
		{"a", -1, []string{"a"}},
		{" a  b\tc\n", -1, []string{"a", "b", "c"}},
		{" a  b\tc\n", 0, []string{"a  b\tc\n"}},
		{" a  b\tc\n", 1, []string{"a", "b\tc\n"}},
		{" a  b\tc\n", 2, []string{"a", "b", "c\n"}},
		{" a  b\tc\n", 3, []string{"a", "b", "c"}},
		{"a\x1cb\x1fc\x0bd\x0ce", -1, []string{"a", "b", "c", "d", "e"}},
		{"a\u00a0b\u3000c\u0085d", -1, []string{"a", "b", "c", "d"}},
		{"x y\u2003z w", -1, []string{"x", "y", "z", "w"}},
		{"x y\u2003z w", 2, []string{"x", "y", "z w"}},
		{"é è", -1, []string{"é", "è"}},
		{"a \xed\xa0\x80 b", -1, []string{"a", "\xed\xa0\x80", "b"}},
	} {
		got := SplitWhitespace(c.s, c.maxsplit)
		if !slices.Equal(got, c.want) {
			t.Errorf("SplitWhitespace(%q, %d) = %q, want %q", c.s, c.maxsplit, got, c.want)
		}
		n := countWordsASCII(c.s, c.maxsplit)
		if isASCII(c.s) && n != len(got) || n > len(got) {
			t.Errorf("countWordsASCII(%q, %d) = %d for %d items", c.s, c.maxsplit, n, len(got))
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
