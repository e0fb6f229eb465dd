package text

import (
	"math"
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
