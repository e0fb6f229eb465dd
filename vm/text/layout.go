package text

import "sort"

// Layout is what a str object caches about its text so that indexing it
// by code point takes constant time, as CPython's fixed-width strs do: N,
// the length in code points, and for a text that is not ASCII (N <
// len(s)), Offs, the byte offset of each code point followed by len(s).
// A Layout without Offs for a text that is not ASCII is still right:
// positions are then found by walking the text.
type Layout struct {
	N    int
	Offs []int32
}

// NewLayout computes s's Layout, offsets included.
func NewLayout(s string) Layout {
	n := Len(s)
	if n == len(s) {
		return Layout{N: n}
	}
	offs := make([]int32, 0, n+1)
	for b := 0; b < len(s); {
		offs = append(offs, int32(b))
		_, w := decode(s, b)
		b += w
	}
	offs = append(offs, int32(len(s)))
	if len(offs) != n+1 {
		return Layout{N: n} // not well formed: walk instead
	}
	return Layout{N: n, Offs: offs}
}

// ascii reports whether the text of layout l, s, is ASCII.
func (l Layout) ascii(s string) bool { return l.N == len(s) }

// byteAt returns the byte offset in s of code point i (0 <= i <= l.N).
func (l Layout) byteAt(s string, i int) int {
	switch {
	case l.ascii(s):
		return i
	case l.Offs != nil:
		return int(l.Offs[i])
	}
	return offset(s, i)
}

// index returns the code point index of byte offset b of s, the start of
// a code point (or len(s)).
func (l Layout) index(s string, b int) int {
	switch {
	case l.ascii(s):
		return b
	case l.Offs != nil:
		return sort.Search(len(l.Offs), func(k int) bool { return int(l.Offs[k]) >= b })
	}
	return Len(s[:b])
}
