package vm

import (
	"strconv"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm/constant"
)

// hashText must agree with constant.Hash, the reference for CPython's str
// hash, at every length around the 8-byte blocks and for non-ASCII text.
func TestHashTextMatchesConstant(t *testing.T) {
	var cases []string
	for n := 0; n <= 40; n++ {
		cases = append(cases, strings.Repeat("a", n), strings.Repeat("~\x00z", n)[:n])
		if n > 0 {
			cases = append(cases, strings.Repeat("b", n-1)+"é", "é"+strings.Repeat("c", n-1),
				strings.Repeat("d", n-1)+"\x7f", strings.Repeat("e", n-1)+"€", strings.Repeat("f", n-1)+"😀")
		}
	}
	cases = append(cases, "alpha", "alpha beta", "hello world", "\xed\xa0\x80", "a\xed\xb0\x80b")
	for _, s := range cases {
		if got, want := hashText(s), constant.Hash(constant.Str(s)); got != want {
			t.Errorf("hashText(%q) = %d, want %d", s, got, want)
		}
	}
}

// BenchmarkHashText hashes a word-sized and a line-sized ASCII str.
func BenchmarkHashText(b *testing.B) {
	for _, s := range []string{"epsilon", "the quick brown fox jumps over the lazy dog"} {
		b.Run(strconv.Itoa(len(s)), func(b *testing.B) {
			for b.Loop() {
				hashText(s)
			}
		})
	}
}
