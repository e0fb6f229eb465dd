package text

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

var (
	benchASCII = strings.Repeat("the quick brown fox jumps over the lazy dog ", 20)
	benchGreek = strings.Repeat("Η γρήγορη καφέ αλεπού ΠΗΔΆΕΙ πάνω από ΣΚΎΛΟΣ ", 20)
)

func BenchmarkLen(b *testing.B) {
	for _, s := range []struct{ name, s string }{{"ascii", benchASCII}, {"greek", benchGreek}} {
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				Len(s.s)
			}
		})
	}
}

func BenchmarkFind(b *testing.B) {
	for _, s := range []struct{ name, s, sub string }{{"ascii", benchASCII, "lazy cat"}, {"greek", benchGreek, "ΣΚΎΛΟΙ"}} {
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				Find(s.s, s.sub, 0, math.MaxInt)
			}
		})
	}
}

func BenchmarkUpperLower(b *testing.B) {
	for _, s := range []struct{ name, s string }{{"ascii", benchASCII}, {"greek", benchGreek}} {
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				Lower(Upper(s.s))
			}
		})
	}
}

func BenchmarkSplitWhitespace(b *testing.B) {
	for _, s := range []struct{ name, s string }{{"ascii", benchASCII}, {"greek", benchGreek}} {
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				SplitWhitespace(s.s, -1)
			}
		})
	}
}

func BenchmarkIsASCII(b *testing.B) {
	for b.Loop() {
		IsASCII(benchASCII)
	}
}

// BenchmarkScanFromPosition is a tokenizer's access pattern: one code
// point, a short slice and a startswith at a position of a long text laid
// out as a str caches it. Its time must not grow with the text, ASCII or
// not.
func BenchmarkScanFromPosition(b *testing.B) {
	for _, size := range []int{1, 64, 65} {
		s := strings.Repeat(benchASCII, size)
		if size == 65 {
			s = strings.Repeat(benchGreek, 64)
		}
		l := NewLayout(s)
		b.Run(strconv.Itoa(len(s)), func(b *testing.B) {
			for b.Loop() {
				i := l.N / 2
				AtIn(s, l, i)
				SliceIn(s, l, i, i+5, 1)
				StartsWithIn(s, l, "fox", i, math.MaxInt)
			}
		})
	}
}
