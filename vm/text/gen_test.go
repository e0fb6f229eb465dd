package text

import (
	"math"
	"math/rand/v2"
)

// Input generation for the differential tests: strings mixing scripts whose
// str methods behave differently (ASCII, Latin-1, Greek with its final
// sigma, CJK, emoji outside the BMP, combining marks, lone surrogates,
// SpecialCasing letters, non-decimal digits, Unicode whitespace and line
// breaks). The generator is seeded, so every run tests the same inputs.

var pools = [][]rune{
	[]rune("abcxyzABCXYZ019 _-.,'+"),
	[]rune("aA \t\n\r"),
	[]rune("éÉßÿµªºàÀ\u00a0\u0085×÷"),
	[]rune("ΣσςΑάΐΰΌΏ\u0345ὈᾼᾳΆ"),
	[]rune("日本語一二三中\u3000"),
	[]rune("😀🎉👍\U0001F3FD𝐀𝐚\U00010400\U00010428"),
	[]rune("e\u0301\u0308\u0345\u0300a"),
	{0xD800, 0xDC80, 0xDFFF, 0xDBFF, 0xDCFF, 0xDC00, 'a'},
	[]rune("ßﬁİıŉǅǆǄǰẞᾳᾼΐ"),
	[]rune("²½١٣ⅷ0٠"),
	[]rune("\u2028\x1c\x1f\x0b\x0c\r\n\u3000\u200b\ufeff\u2000 \t\x85"),
	[]rune("ᏸᏰꭰ\u1c90ა"),
}

type gen struct{ r *rand.Rand }

func newGen(seed uint64) *gen { return &gen{rand.New(rand.NewPCG(seed, 0x5eed))} }

// str returns a random str: mostly from one or two pools, sometimes all.
func (g *gen) str(maxLen int) string {
	n := g.r.IntN(maxLen + 1)
	p1 := pools[g.r.IntN(len(pools))]
	p2 := pools[g.r.IntN(len(pools))]
	if g.r.IntN(4) == 0 {
		p2 = pools[0]
	}
	cps := make([]rune, n)
	for i := range cps {
		switch k := g.r.IntN(10); {
		case k < 6:
			cps[i] = p1[g.r.IntN(len(p1))]
		case k < 9:
			cps[i] = p2[g.r.IntN(len(p2))]
		default:
			p := pools[g.r.IntN(len(pools))]
			cps[i] = p[g.r.IntN(len(p))]
		}
	}
	return FromCodePoints(cps)
}

// sub returns a string to search s for: often a piece of s, so that it is
// found.
func (g *gen) sub(s string) string {
	switch k := g.r.IntN(10); {
	case k < 5:
		cps := CodePoints(s)
		if len(cps) == 0 {
			return ""
		}
		i := g.r.IntN(len(cps))
		j := i + g.r.IntN(min(3, len(cps)-i)+1)
		return FromCodePoints(cps[i:j])
	case k < 8:
		return g.str(2)
	case k < 9:
		return ""
	default:
		return g.str(4)
	}
}

// index returns a start or end argument: small, negative, past the end, or
// huge.
func (g *gen) index(n int) int {
	switch k := g.r.IntN(12); {
	case k < 6:
		return g.r.IntN(n+3) - 1
	case k < 9:
		return -g.r.IntN(n + 3)
	case k < 10:
		return math.MaxInt
	case k < 11:
		return math.MinInt
	default:
		return n + 1 + g.r.IntN(5)
	}
}

// bytes returns random bytes: ASCII, whitespace, high bytes, valid and
// broken UTF-8.
func (g *gen) bytes(maxLen int) string {
	n := g.r.IntN(maxLen + 1)
	var out []byte
	for len(out) < n {
		switch k := g.r.IntN(10); {
		case k < 4:
			out = append(out, "abcXYZ09 _-+.'"[g.r.IntN(14)])
		case k < 5:
			out = append(out, " \t\n\r\x0b\x0c\x1c\x1f"[g.r.IntN(8)])
		case k < 7:
			s := []byte(g.str(2))
			if g.r.IntN(3) == 0 && len(s) > 1 {
				s = s[:len(s)-1] // truncated sequence
			}
			out = append(out, s...)
		case k < 8:
			out = append(out, byte(0x80+g.r.IntN(0x80)))
		default:
			out = append(out, byte(g.r.IntN(256)))
		}
	}
	return string(out)
}
