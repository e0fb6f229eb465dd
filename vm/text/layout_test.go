package text

import (
	"math"
	"testing"
)

// TestLayoutAgreesWithWalking checks that every operation taking a
// Layout gives, with the offsets NewLayout computes, what it gives by
// walking the text (a Layout without offsets), on ASCII, non-ASCII and
// surrogate-holding texts, at every position.
func TestLayoutAgreesWithWalking(t *testing.T) {
	texts := []string{"", "abc", "héllo wörld", "日本語のテキスト", "a\U0001F600b\U0001F600", "x\xed\xa0\x80y\xed\xb0\x80", "ab" + "é"}
	for _, s := range texts {
		full := NewLayout(s)
		walk := Layout{N: Len(s)}
		if full.N != walk.N || (full.N < len(s)) != (full.Offs != nil) {
			t.Fatalf("%q: layout %+v", s, full)
		}
		for i := -full.N - 1; i <= full.N; i++ {
			a, ea := AtIn(s, full, i)
			b, eb := AtIn(s, walk, i)
			if a != b || (ea == nil) != (eb == nil) {
				t.Errorf("%q[%d]: %q %v, walking %q %v", s, i, a, ea, b, eb)
			}
			for j := -full.N - 1; j <= full.N+1; j++ {
				for _, step := range []int{1, 2, -1, -3} {
					a, _ := SliceIn(s, full, i, j, step)
					b, _ := SliceIn(s, walk, i, j, step)
					if a != b {
						t.Errorf("%q[%d:%d:%d]: %q, walking %q", s, i, j, step, a, b)
					}
				}
				for _, sub := range []string{"", "l", "ö", "\U0001F600", "本語", "\xed\xb0\x80"} {
					if a, b := FindIn(s, full, sub, i, j), FindIn(s, walk, sub, i, j); a != b {
						t.Errorf("%q.find(%q, %d, %d): %d, walking %d", s, sub, i, j, a, b)
					}
					if a, b := RFindIn(s, full, sub, i, j), RFindIn(s, walk, sub, i, j); a != b {
						t.Errorf("%q.rfind(%q, %d, %d): %d, walking %d", s, sub, i, j, a, b)
					}
					if a, b := CountIn(s, full, sub, i, j), CountIn(s, walk, sub, i, j); a != b {
						t.Errorf("%q.count(%q, %d, %d): %d, walking %d", s, sub, i, j, a, b)
					}
					if a, b := StartsWithIn(s, full, sub, i, j), StartsWithIn(s, walk, sub, i, j); a != b {
						t.Errorf("%q.startswith(%q, %d, %d): %v, walking %v", s, sub, i, j, a, b)
					}
					if a, b := EndsWithIn(s, full, sub, i, j), EndsWithIn(s, walk, sub, i, j); a != b {
						t.Errorf("%q.endswith(%q, %d, %d): %v, walking %v", s, sub, i, j, a, b)
					}
				}
			}
		}
		if got := FindIn(s, full, "", 0, math.MaxInt); got != 0 {
			t.Errorf("%q.find(''): %d", s, got)
		}
	}
}
