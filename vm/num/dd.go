package num

import "math"

// Double-double arithmetic: a value hi + lo with |lo| <= ulp(hi)/2 carries
// about 106 bits, enough to evaluate the elementary functions to ~2**-100
// and then round them correctly in all but astronomically rare cases
// (libm.go, which falls back to math/big for those). The error-free
// transformations use math.FMA, which is exact on every platform.

type dd struct{ hi, lo float64 }

func ddOf(x float64) dd { return dd{x, 0} }

// ddp makes a dd of an error-free pair, as twoSum and twoProd return.
func ddp(hi, lo float64) dd { return dd{hi, lo} }

// twoSum returns a+b exactly as s + e.
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return s, e
}

// fastTwoSum is twoSum for |a| >= |b| (or a == 0).
func fastTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return s, e
}

// twoProd returns a*b exactly as p + e.
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	e = math.FMA(a, b, -p)
	return p, e
}

func (a dd) add(b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	s, e = fastTwoSum(s, e)
	e += f
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func (a dd) neg() dd { return dd{-a.hi, -a.lo} }

func (a dd) sub(b dd) dd { return a.add(b.neg()) }

func (a dd) addF(b float64) dd {
	s, e := twoSum(a.hi, b)
	e += a.lo
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func (a dd) mul(b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += float64(a.hi*b.lo) + float64(a.lo*b.hi)
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func (a dd) mulF(b float64) dd {
	p, e := twoProd(a.hi, b)
	e += float64(a.lo * b)
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func (a dd) sqr() dd { return a.mul(a) }

func (a dd) div(b dd) dd {
	q1 := a.hi / b.hi
	r := a.sub(b.mulF(q1))
	q2 := r.hi / b.hi
	r = r.sub(b.mulF(q2))
	q3 := r.hi / b.hi
	q1, q2 = fastTwoSum(q1, q2)
	return dd{q1, q2}.addF(q3)
}

// sqrt returns √a for a > 0 by one Newton step from the double root.
func (a dd) sqrt() dd {
	if a.hi <= 0 {
		return dd{math.Sqrt(a.hi), 0}
	}
	s := math.Sqrt(a.hi)
	// s + (a - s²) / (2s)
	p, e := twoProd(s, s)
	r := a.sub(dd{p, e})
	return ddOf(s).addF(r.hi / (2 * s))
}

// ldexp scales by 2**k (exact while the parts stay normal).
func (a dd) ldexp(k int) dd { return dd{math.Ldexp(a.hi, k), math.Ldexp(a.lo, k)} }

// Constants to about 160 bits, as sums of doubles.
var (
	ddPio2 = [4]float64{0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54, -0x1.f1976b7ed8fbcp-110, 0x1.4cf98e804177dp-164}
	ddPi   = dd{0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53}
	ddLn10 = dd{0x1.26bb1bbb55516p+1, -0x1.f48ad494ea3e9p-53}
)

// roundDD returns the double nearest to a value v known to lie within
// relErr·|a.hi| of a.hi + a.lo, and whether that double is certain (v is
// not too close to a point halfway between two doubles).
func roundDD(a dd, relErr float64) (float64, bool) {
	if math.IsInf(a.hi, 0) || math.IsNaN(a.hi) {
		return a.hi, false
	}
	e := math.Abs(a.hi) * relErr
	lo, hi := a.hi+(a.lo-e), a.hi+(a.lo+e)
	if lo != hi {
		return a.hi, false
	}
	return lo, true
}
