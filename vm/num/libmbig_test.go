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
	fns := []fn{
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
