package text

import (
	"math"
	"testing"
)

// opt returns a start/end argument: None (Go's default) or an index.
func (g *gen) opt(n int, none int) (any, int) {
	if g.r.IntN(4) == 0 {
		return N{}, none
	}
	i := g.index(n)
	return i, i
}

func TestStrMethodsDifferential(t *testing.T) {
	g := newGen(1)
	d := &diff{t: t}
	for iter := 0; iter < 2500; iter++ {
		s := g.str(12)
		n := Len(s)
		S0 := S(s)

		d.add(S0, "len", nil, Len(s))
		d.add(S0, "sizeof", nil, SizeOf(s))
		d.add(S0, "max", nil, int(MaxCodePoint(s)))
		d.add(S0, "isascii", nil, IsASCII(s))
		var cps []any
		for _, r := range CodePoints(s) {
			cps = append(cps, S(Chr(r)))
		}
		if cps == nil {
			cps = []any{}
		}
		d.add(S0, "list", nil, cps)
		for k := 0; k < 2; k++ {
			i := g.index(n)
			if i == math.MinInt || i == math.MaxInt {
				i = 7
			}
			c, err := At(s, i)
			d.add(S0, "getitem", []any{i}, orErr(S(c), err))
		}
		for k := 0; k < 3; k++ {
			step := []int{1, 1, 2, -1, -2, 3, 0, math.MaxInt, math.MinInt + 1}[g.r.IntN(9)]
			a, start := g.opt(n, 0)
			b, stop := g.opt(n, math.MaxInt)
			if step < 0 {
				if _, ok := a.(N); ok {
					start = math.MaxInt
				}
				if _, ok := b.(N); ok {
					stop = math.MinInt
				}
			}
			r, err := Slice(s, start, stop, step)
			d.add(S0, "slice", []any{a, b, step}, orErr(S(r), err))
		}

		for k := 0; k < 3; k++ {
			sub := g.sub(s)
			a, start := g.opt(n, 0)
			b, end := g.opt(n, math.MaxInt)
			args := []any{S(sub), a, b}
			d.add(S0, "find", args, Find(s, sub, start, end))
			d.add(S0, "rfind", args, RFind(s, sub, start, end))
			i, err := Index(s, sub, start, end)
			d.add(S0, "index", args, orErr(i, err))
			i, err = RIndex(s, sub, start, end)
			d.add(S0, "rindex", args, orErr(i, err))
			d.add(S0, "count", args, Count(s, sub, start, end))
			d.add(S0, "startswith", args, StartsWith(s, sub, start, end))
			d.add(S0, "endswith", args, EndsWith(s, sub, start, end))
			d.add(S0, "__contains__", []any{S(sub)}, Find(s, sub, 0, math.MaxInt) >= 0)
			d.add(S0, "removeprefix", []any{S(sub)}, S(RemovePrefix(s, sub)))
			d.add(S0, "removesuffix", []any{S(sub)}, S(RemoveSuffix(s, sub)))

			p, err := Partition(s, sub)
			d.add(S0, "partition", []any{S(sub)}, orErr(T{S(p[0]), S(p[1]), S(p[2])}, err))
			p, err = RPartition(s, sub)
			d.add(S0, "rpartition", []any{S(sub)}, orErr(T{S(p[0]), S(p[1]), S(p[2])}, err))

			maxsplit := []int{-1, -1, 0, 1, 2, 5, -3}[g.r.IntN(7)]
			parts, err := Split(s, sub, maxsplit)
			d.add(S0, "split", []any{S(sub), maxsplit}, orErr(strs(parts), err))
			parts, err = RSplit(s, sub, maxsplit)
			d.add(S0, "rsplit", []any{S(sub), maxsplit}, orErr(strs(parts), err))

			count := []int{-1, 0, 1, 2, 100}[g.r.IntN(5)]
			repl := g.str(2)
			rs, err := Replace(s, sub, repl, count)
			d.add(S0, "replace", []any{S(sub), S(repl), count}, orErr(S(rs), err))

			chars := g.sub(s)
			d.add(S0, "strip", []any{S(chars)}, S(Strip(s, chars)))
			d.add(S0, "lstrip", []any{S(chars)}, S(LStrip(s, chars)))
			d.add(S0, "rstrip", []any{S(chars)}, S(RStrip(s, chars)))
		}
		maxsplit := []int{-1, -1, 0, 1, 2}[g.r.IntN(5)]
		d.add(S0, "split", []any{N{}, maxsplit}, strs(SplitWhitespace(s, maxsplit)))
		d.add(S0, "rsplit", []any{N{}, maxsplit}, strs(RSplitWhitespace(s, maxsplit)))
		d.add(S0, "strip", nil, S(StripWhitespace(s)))
		d.add(S0, "lstrip", nil, S(LStripWhitespace(s)))
		d.add(S0, "rstrip", nil, S(RStripWhitespace(s)))
		d.add(S0, "splitlines", []any{false}, strs(SplitLines(s, false)))
		d.add(S0, "splitlines", []any{true}, strs(SplitLines(s, true)))

		d.add(S0, "upper", nil, S(Upper(s)))
		d.add(S0, "lower", nil, S(Lower(s)))
		d.add(S0, "casefold", nil, S(Casefold(s)))
		d.add(S0, "title", nil, S(Title(s)))
		d.add(S0, "capitalize", nil, S(Capitalize(s)))
		d.add(S0, "swapcase", nil, S(SwapCase(s)))

		for _, p := range []struct {
			name string
			f    func(string) bool
		}{{"isalpha", IsAlpha}, {"isalnum", IsAlnum}, {"isdecimal", IsDecimal}, {"isdigit", IsDigit},
			{"isnumeric", IsNumeric}, {"isspace", IsSpace}, {"isprintable", IsPrintable}, {"islower", IsLower},
			{"isupper", IsUpper}, {"istitle", IsTitle}, {"isidentifier", IsIdentifier}} {
			d.add(S0, p.name, nil, p.f(s))
		}

		width := n - 2 + g.r.IntN(8)
		fill := []string{" ", "-", "é", "😀", "surrogate", "", "ab"}[g.r.IntN(7)]
		if fill == "surrogate" {
			fill = Chr(0xDC80)
		}
		r, err := Center(s, width, fill)
		d.add(S0, "center", []any{width, S(fill)}, orErr(S(r), err))
		r, err = LJust(s, width, fill)
		d.add(S0, "ljust", []any{width, S(fill)}, orErr(S(r), err))
		r, err = RJust(s, width, fill)
		d.add(S0, "rjust", []any{width, S(fill)}, orErr(S(r), err))
		zs := s
		if g.r.IntN(3) == 0 {
			zs = []string{"+", "-", "0"}[g.r.IntN(3)] + s
		}
		zr, err := ZFill(zs, width)
		d.add(S(zs), "zfill", []any{width}, orErr(S(zr), err))

		ts := s
		if g.r.IntN(2) == 0 {
			cps := CodePoints(s)
			cps = append(cps[:len(cps)/2], append([]rune{'\t'}, cps[len(cps)/2:]...)...)
			ts = FromCodePoints(cps)
		}
		tab := []int{8, 4, 1, 0, -1, 3}[g.r.IntN(6)]
		r, err = ExpandTabs(ts, tab)
		d.add(S(ts), "expandtabs", []any{tab}, orErr(S(r), err))

		// translate with a table of up to three entries: a str, None, or
		// a code point (sent to Python as a one-character str, which
		// translate treats the same way).
		var pairs []any
		table := map[rune]string{}
		deleted := map[rune]bool{}
		for k := g.r.IntN(4); k > 0; k-- {
			cps := CodePoints(g.sub(s))
			if len(cps) == 0 {
				continue
			}
			key := cps[0]
			if _, dup := table[key]; dup || deleted[key] {
				continue
			}
			if g.r.IntN(3) == 0 {
				deleted[key] = true
				pairs = append(pairs, []any{int(key), N{}})
			} else {
				v := g.str(2)
				table[key] = v
				pairs = append(pairs, []any{int(key), S(v)})
			}
		}
		if pairs == nil {
			pairs = []any{}
		}
		tr, _ := Translate(s, func(r rune) (string, bool, error) {
			if deleted[r] {
				return "", true, nil
			}
			v, ok := table[r]
			return v, ok, nil
		})
		d.add(S0, "translate_pairs", []any{pairs}, S(tr))
	}
	d.run()
}
