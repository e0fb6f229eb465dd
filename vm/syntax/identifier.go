package syntax

import (
	"sort"
	"strings"
	"sync"
)

//go:generate sh -c "python3 _gen/nfkc.py | gofmt > nfkc_tables.go"

// normalizeIdentifier is what _PyPegen_new_identifier does to a name:
// non-ASCII identifiers are normalised to NFKC (PEP 3131), so "ﬁle" and
// "file" are the same name. The tables cover the characters identifiers
// can contain, from CPython 3.11's Unicode 14.0 database.
func normalizeIdentifier(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	nfkcOnce.Do(loadNFKC)
	return string(compose(reorder(decompose(s))))
}

var (
	nfkcOnce    sync.Once
	nfkdMap     map[rune][]rune
	composeMap  map[[2]rune]rune
	hangulSBase = rune(0xAC00)
)

const (
	hangulLBase  = 0x1100
	hangulVBase  = 0x1161
	hangulTBase  = 0x11A7
	hangulLCount = 19
	hangulVCount = 21
	hangulTCount = 28
	hangulNCount = hangulVCount * hangulTCount
	hangulSCount = hangulLCount * hangulNCount
)

func loadNFKC() {
	nfkdMap = map[rune][]rune{}
	for _, entry := range strings.Split(nfkdData, "\x00") {
		k, d, ok := strings.Cut(entry, "\x01")
		if !ok {
			continue
		}
		r := []rune(k)
		nfkdMap[r[0]] = []rune(d)
	}
	composeMap = map[[2]rune]rune{}
	cs := []rune(compositionData)
	for i := 0; i+2 < len(cs); i += 3 {
		composeMap[[2]rune{cs[i], cs[i+1]}] = cs[i+2]
	}
}

func combiningClass(r rune) uint8 {
	i := sort.Search(len(cccRanges), func(i int) bool { return cccRanges[i].hi >= r })
	if i < len(cccRanges) && cccRanges[i].lo <= r {
		return cccRanges[i].ccc
	}
	return 0
}

func decompose(s string) []rune {
	var out []rune
	for _, r := range s {
		if r >= hangulSBase && r < hangulSBase+hangulSCount {
			si := r - hangulSBase
			out = append(out, hangulLBase+si/hangulNCount, hangulVBase+(si%hangulNCount)/hangulTCount)
			if t := si % hangulTCount; t != 0 {
				out = append(out, hangulTBase+t)
			}
			continue
		}
		if d, ok := nfkdMap[r]; ok {
			out = append(out, d...)
			continue
		}
		out = append(out, r)
	}
	return out
}

// reorder puts each run of combining marks in canonical order.
func reorder(rs []rune) []rune {
	for i := 0; i < len(rs); {
		if combiningClass(rs[i]) == 0 {
			i++
			continue
		}
		j := i
		for j < len(rs) && combiningClass(rs[j]) != 0 {
			j++
		}
		run := rs[i:j]
		sort.SliceStable(run, func(a, b int) bool { return combiningClass(run[a]) < combiningClass(run[b]) })
		i = j
	}
	return rs
}

// compose is the canonical composition algorithm of UAX #15.
func compose(rs []rune) []rune {
	if len(rs) == 0 {
		return rs
	}
	starter := 0
	last := int(combiningClass(rs[0]))
	if last != 0 {
		last = 256 // no starter yet: everything is blocked
	}
	out := rs[:1]
	for _, ch := range rs[1:] {
		cc := int(combiningClass(ch))
		if c, ok := composePair(out[starter], ch); ok && (last < cc || last == 0) {
			out[starter] = c
			continue
		}
		if cc == 0 {
			starter = len(out)
		}
		last = cc
		out = append(out, ch)
	}
	return out
}

func composePair(a, b rune) (rune, bool) {
	if a >= hangulLBase && a < hangulLBase+hangulLCount && b >= hangulVBase && b < hangulVBase+hangulVCount {
		return hangulSBase + ((a-hangulLBase)*hangulVCount+(b-hangulVBase))*hangulTCount, true
	}
	if a >= hangulSBase && a < hangulSBase+hangulSCount && (a-hangulSBase)%hangulTCount == 0 &&
		b > hangulTBase && b < hangulTBase+hangulTCount {
		return a + (b - hangulTBase), true
	}
	c, ok := composeMap[[2]rune{a, b}]
	return c, ok
}
