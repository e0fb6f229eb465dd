package num

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// TestLibmAgainstBig checks the double-double fast paths against the
// math/big evaluations: a fast path whose real error exceeded its assumed
// bound would round some results wrongly, which this many samples would
// show.
func TestLibmAgainstBig(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	n := 4000
	if testing.Short() {
		n = 400
	}
	type fn struct {
		name string
		fast func(float64) float64
		slow func(float64) float64
		gen  func() float64
	}
	big1 := func(f func(x *big.Float, p uint) *big.Float) func(float64) float64 {
		return func(x float64) float64 {
			bx := bigOf(x)
			return zivRound(func(p uint) *big.Float { return f(bx, p) })
		}
	}
	fns := []fn{
		{"atan", crAtan, big1(bigAtan), func() float64 { return math.Ldexp(r.Float64()-0.5, r.Intn(60)-30) }},
		{"sin", crSin, func(x float64) float64 {
			return zivRound(func(p uint) *big.Float { return bigSinCos(x, p, true) })
		}, func() float64 { return math.Ldexp(r.Float64()-0.5, r.Intn(50)-20) }},
		{"cos", crCos, func(x float64) float64 {
			return zivRound(func(p uint) *big.Float { return bigSinCos(x, p, false) })
		}, func() float64 { return math.Ldexp(r.Float64()-0.5, r.Intn(50)-20) }},
		{"tan", crTan, func(x float64) float64 {
			return zivRound(func(p uint) *big.Float {
				return bf(p+32).Quo(bigSinCos(x, p+32, true), bigSinCos(x, p+32, false))
			})
		}, func() float64 { return math.Ldexp(r.Float64()-0.5, r.Intn(50)-20) }},
		{"asin", crAsin, func(x float64) float64 {
			bx := bigOf(x)
			return zivRound(func(p uint) *big.Float {
				wp := p + 64
				w := bf(wp).Mul(bx, bx)
				w.Sub(bfInt(wp, 1), w)
				w.Sqrt(w)
				return bigAtan(w.Quo(bx, w), wp)
			})
		}, func() float64 { return r.Float64()*2 - 1 }},
		{"atan2", func(x float64) float64 { return crAtan2(x, -0.75) }, func(x float64) float64 {
			by := bigOf(x)
			return zivRound(func(p uint) *big.Float {
				wp := p + 64
				a := bigAtan(bf(wp).Quo(by, bigOf(-0.75)), wp)
				if x > 0 {
					return a.Add(a, bigPi.at(wp))
				}
				return a.Sub(a, bigPi.at(wp))
			})
		}, func() float64 { return math.Ldexp(r.Float64()-0.5, r.Intn(20)-10) }},
	}
	for _, f := range fns {
		bad := 0
		for k := 0; k < n; k++ {
			x := f.gen()
			if a, b := f.fast(x), f.slow(x); math.Float64bits(a) != math.Float64bits(b) {
				bad++
				if bad < 4 {
					t.Errorf("%s(%x): fast %x, big %x", f.name, x, a, b)
				}
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d differ", f.name, bad, n)
		}
	}
}
