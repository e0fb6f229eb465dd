package num

import (
	"math"
	"math/big"
)

// The C library functions CPython's float operations and math module call
// (exp, log, pow, sin, cos, atan2, …), with C99's special values.
//
// CPython calls the platform libm; on this project's reference platform
// that is glibc 2.36 as Debian 12 ships it, on x86-64 with FMA, where
// glibc's ifunc picks the copies of some functions compiled with -mfma.
// Go's math package differs from glibc in the last bit for a large share
// of arguments, so it is not used for these.
//
// pow, exp, exp2, log and log2 reproduce glibc's own algorithms (Arm's
// optimized-routines: glibc_exp.go, glibc_log.go, data in
// glibc_tables.go), operation for operation, with the fused
// multiply-adds of the FMA builds of exp, log, pow and log2. They are
// accurate to about 0.52 ULP but not correctly rounded, and these copies
// return what glibc returns, bit for bit (checked against CPython on
// millions of arguments; glibc_exp_test.go). Python's float **, math.pow,
// math.exp, math.exp2, math.log and math.log2 go through them, and so do
// the functions below that call glibc's exp and log (fdlibm.go, erf.go,
// complex powers).
//
// The others here (sin, cos, tan, atan, atan2, asin, acos) are correctly
// rounded: each first evaluates the result in double-double arithmetic
// (error ~2**-100) and rounds it when that is unambiguous, which is nearly
// always; otherwise it recomputes with math/big at increasing precision
// (bigmath.go). They differ from glibc where glibc is not correctly
// rounded, about one argument in a thousand. The functions glibc takes
// from fdlibm instead (expm1, log1p, log10, the hyperbolic functions, erf)
// are not correctly rounded there, so fdlibm.go reproduces their
// algorithms.

// Tolerance of the double-double evaluations (relative).
const ddTol = 0x1p-90

var (
	invFact [32]dd // 1/n!
)

func init() {
	f := ddOf(1)
	for n := range invFact {
		if n > 0 {
			f = f.mulF(float64(n))
		}
		invFact[n] = ddOf(1).div(f)
	}
}

// finish rounds a double-double approximation of v·2**-scale, returning
// v; ok is false when the rounding is uncertain or the result would be
// subnormal (scaling would round twice).
func finish(a dd, tol float64, scale int) (float64, bool) {
	f, ok := roundDD(a, tol)
	if !ok {
		return 0, false
	}
	v := math.Ldexp(f, scale)
	if v != 0 && math.Abs(v) < 0x1p-1021 {
		return 0, false
	}
	return v, true
}

func bigOf(x float64) *big.Float { return new(big.Float).SetFloat64(x) }

// ---- pow ----

// crPow is C99 pow(x, y).
func crPow(x, y float64) float64 {
	// The common case first, without the tests below: finite x > 0 and
	// finite y != 0 (NaNs fail the comparisons).
	if x > 0 && x <= math.MaxFloat64 && y != 0 && math.Abs(y) <= math.MaxFloat64 {
		if x == 1 {
			return 1
		}
		return libmPow(x, y)
	}
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	yInt := y == math.Trunc(y)
	yOdd := yInt && math.Abs(y) < 1<<53 && math.Mod(math.Abs(y), 2) == 1
	switch {
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1
		case (ax > 1) == (y > 0):
			return math.Inf(1)
		}
		return 0
	case math.IsInf(x, 0):
		if x > 0 {
			if y > 0 {
				return x
			}
			return 0
		}
		if y > 0 {
			if yOdd {
				return x
			}
			return math.Inf(1)
		}
		if yOdd {
			return math.Copysign(0, -1)
		}
		return 0
	case x == 0:
		if y < 0 {
			if yOdd {
				return math.Copysign(math.Inf(1), x)
			}
			return math.Inf(1)
		}
		if yOdd {
			return x
		}
		return 0
	case x < 0:
		if !yInt {
			return math.NaN()
		}
		r := libmPow(-x, y)
		if yOdd {
			r = -r
		}
		return r
	}
	return libmPow(x, y)
}

// libmPow is pow(x, y) for finite x > 0, x != 1, and finite y != 0, as
// glibc computes it (glibc_exp.go).
func libmPow(x, y float64) float64 { return glibcPowPositive(x, y) }

// oddMantissa writes a finite nonzero double as m·2**e with m odd.
func oddMantissa(f float64) (m int64, e int) {
	fr, ex := math.Frexp(f)
	m = int64(math.Ldexp(fr, 53))
	e = ex - 53
	for m%2 == 0 {
		m /= 2
		e++
	}
	return m, e
}

// ---- trigonometric ----

// sinCosReduced returns sin(r), cos(r) for |r| <= π/4 + ε.
func sinCosReduced(r dd) (s, c dd) {
	w := r.sqr()
	// sin r = r·Σ (−w)^k/(2k+1)!, cos r = Σ (−w)^k/(2k)!, 14 terms each.
	const n = 14
	ps := invFact[2*n+1]
	pc := invFact[2*n]
	if n%2 == 1 {
		ps, pc = ps.neg(), pc.neg()
	}
	for k := n - 1; k >= 0; k-- {
		cs, cc := invFact[2*k+1], invFact[2*k]
		if k%2 == 1 {
			cs, cc = cs.neg(), cc.neg()
		}
		ps = ps.mul(w).add(cs)
		pc = pc.mul(w).add(cc)
	}
	return ps.mul(r), pc
}

// sinTable and cosTable hold sin(j/64) and cos(j/64), j = -51..51.
var sinTable, cosTable [103]dd

func init() {
	for j := range sinTable {
		sinTable[j], cosTable[j] = sinCosReduced(ddOf(float64(j-51) / 64))
	}
}

// sinCosTabled returns sin(r), cos(r) for |r| <= π/4 + ε: r = j/64 + d
// with |d| <= 1/128, and the addition formulas on the tabled sin(j/64),
// cos(j/64) and short series for d whose later terms (below 2**-54
// relative) are summed in double precision.
func sinCosTabled(r dd) (s, c dd) {
	j := int(math.Round(r.hi * 64))
	d := r.addF(-float64(j) / 64) // exact: r.hi and j/64 are close
	w := d.sqr()
	x := w.hi
	// sin d = d·(1 − w/3! + w²/5! − …), cos d − 1 = −w/2! + w²/4! − …
	qs := float64(invFact[7].hi*x) - invFact[5].hi
	qc := float64(float64(float64(-invFact[8].hi*x)+invFact[6].hi)*x) - invFact[4].hi
	ps := ddOf(qs).mul(w).add(invFact[3]).mul(w).neg().addF(1).mul(d)
	pc := ddOf(qc).mul(w).add(invFact[2]).mul(w).neg()
	sa, ca := sinTable[j+51], cosTable[j+51]
	// sin(a+d) = sa + (sa·(cos d − 1) + ca·sin d); cos(a+d) = ca + (ca·(cos d − 1) − sa·sin d)
	s = sa.add(sa.mul(pc).add(ca.mul(ps)))
	c = ca.add(ca.mul(pc).sub(sa.mul(ps)))
	return s, c
}

// sinCosDD returns sin(x), cos(x) for |x| < 2**28 in double-double, by
// reduction modulo π/2 with a 4-double π/2.
func sinCosDD(x dd) (s, c dd) {
	if math.Abs(x.hi) <= math.Pi/4 {
		return sinCosTabled(x)
	}
	k := math.Round(x.hi * 0x1.45f306dc9c883p-1)
	r := x.sub(ddp(twoProd(k, ddPio2[0])))
	r = r.sub(ddp(twoProd(k, ddPio2[1])))
	r = r.sub(ddp(twoProd(k, ddPio2[2])))
	r = r.addF(-k * ddPio2[3])
	s, c = sinCosTabled(r)
	switch int64(k) & 3 {
	case 1:
		s, c = c, s.neg()
	case 2:
		s, c = s.neg(), c.neg()
	case 3:
		s, c = c.neg(), s
	}
	return s, c
}

// crSin is sin(x).
func crSin(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN()
	case math.Abs(x) < 0x1p-27:
		return x
	}
	if math.Abs(x) < 0x1p28 {
		s, _ := sinCosDD(ddOf(x))
		if v, ok := finish(s, ddTol, 0); ok {
			return v
		}
	}
	return zivRound(func(p uint) *big.Float { return bigSinCos(x, p, true) })
}

// crCos is cos(x).
func crCos(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN()
	case math.Abs(x) < 0x1p-27:
		return 1
	}
	if math.Abs(x) < 0x1p28 {
		_, c := sinCosDD(ddOf(x))
		if v, ok := finish(c, ddTol, 0); ok {
			return v
		}
	}
	return zivRound(func(p uint) *big.Float { return bigSinCos(x, p, false) })
}

// crTan is tan(x).
func crTan(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN()
	case math.Abs(x) < 0x1p-27:
		return x
	}
	if math.Abs(x) < 0x1p28 {
		s, c := sinCosDD(ddOf(x))
		if v, ok := finish(s.div(c), ddTol, 0); ok {
			return v
		}
	}
	return zivRound(func(p uint) *big.Float {
		wp := p + 32
		return bf(wp).Quo(bigSinCos(x, wp, true), bigSinCos(x, wp, false))
	})
}
