package num

import (
	"math"
	"math/big"
)

// The C library functions CPython's float operations and math module call
// (exp, log, pow, sin, cos, atan2, …), correctly rounded, with C99's
// special values.
//
// CPython calls the platform libm; on this project's reference platform
// that is glibc (2.36), whose functions are accurate to about 0.5 ULP and
// so return the correctly rounded result for all but rare arguments. Go's
// math package differs from glibc in the last bit for a large share of
// arguments (a quarter to a half of random ones for sin, log10, pow), so it
// is not used for these. Each function here first evaluates the result in
// double-double arithmetic (error ~2**-100) and rounds it when that is
// unambiguous, which is nearly always; otherwise it recomputes with
// math/big at increasing precision (bigmath.go).
//
// pow, which Python's float ** calls, has a faster phase in front of
// those two, in the manner of the CORE-MATH functions (powfast.go): a
// table-driven log and exp in double arithmetic with fma-based error-free
// transformations, accurate to 2**-68.9, whose result is returned when
// that error provably cannot change the rounding (all but 2 to 4
// arguments in 10,000). The others, and results near the overflow and
// subnormal ranges, go on to the double-double phase (powAccurate) and
// math/big, so the fast phase changes the speed of pow, not its results.
//
// Known differences from glibc: where glibc is not correctly rounded, about
// one argument in a thousand for sin, cos, tan, atan, asin, acos, log10,
// exp2, and exact halfway results of pow (10.0**23, 3.0**34), which are
// rounded to even here but not consistently by glibc. The functions glibc
// takes from fdlibm instead (expm1, log1p, the hyperbolic functions, erf)
// are not correctly rounded there, so fdlibm.go reproduces their
// algorithms.

// Tolerances of the double-double evaluations (relative).
const (
	ddTol    = 0x1p-90
	ddPowTol = 0x1p-86
)

var (
	invFact [32]dd // 1/n!
	invOdd  [48]dd // 1/(2k+1)
	invNat  [16]dd // 1/n
)

func init() {
	f := ddOf(1)
	for n := range invFact {
		if n > 0 {
			f = f.mulF(float64(n))
		}
		invFact[n] = ddOf(1).div(f)
	}
	for k := range invOdd {
		invOdd[k] = ddOf(1).div(ddOf(float64(2*k + 1)))
	}
	for n := 1; n < len(invNat); n++ {
		invNat[n] = ddOf(1).div(ddOf(float64(n)))
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

// ---- exponentials ----

// expm1Reduced returns e**r − 1 for |r| <= 0.36.
func expm1Reduced(r dd) dd {
	const halvings = 8
	s := r.ldexp(-halvings)
	p := invFact[11]
	for n := 10; n >= 1; n-- {
		p = p.mul(s).add(invFact[n])
	}
	p = p.mul(s)
	for range halvings {
		p = p.mul(p.addF(2))
	}
	return p
}

// expTable holds 2**(j/64), j = 0..63, in double-double.
var expTable [64]dd

func init() {
	for j := range expTable {
		expTable[j] = expm1Reduced(ln2dd().addF(ddLn2[2]).mulF(float64(j) / 64)).addF(1)
	}
}

// expm1Small returns e**r − 1 for |r| <= ln2/128 (plus a little): the
// terms from r⁶/6! on are summed in double precision (they are below
// 2**-54 relative), the first five in double-double.
func expm1Small(r dd) dd {
	x := r.hi
	q := invFact[12].hi
	for n := 11; n >= 6; n-- {
		q = float64(q*x) + invFact[n].hi
	}
	p := ddOf(q)
	for n := 5; n >= 1; n-- {
		p = p.mul(r).add(invFact[n])
	}
	return p.mul(r)
}

// expCore returns e**t (|t| <= ~746) as m·2**k, 1/2 < m < 2: t = (64k+j)·ln2/64
// + r with |r| <= ln2/128, and e**t = 2**k · 2**(j/64) · e**r.
func expCore(t dd) (m dd, k int) {
	n := math.Round(t.hi * (64 * 0x1.71547652b82fep+0))
	c := n / 64 // exact
	r := t.sub(ddp(twoProd(c, ddLn2[0])))
	r = r.sub(ddp(twoProd(c, ddLn2[1])))
	r = r.addF(-c * ddLn2[2])
	ni := int(n)
	j := ni & 63
	k = (ni - j) / 64
	tj := expTable[j]
	return tj.add(tj.mul(expm1Small(r))), k
}

func bigOf(x float64) *big.Float { return new(big.Float).SetFloat64(x) }

// crExp is exp(x).
func crExp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 709.8:
		return math.Inf(1)
	case x < -745.2:
		return 0
	case math.Abs(x) < 0x1p-60:
		return 1
	}
	m, k := expCore(ddOf(x))
	if v, ok := finish(m, ddTol, k); ok {
		return v
	}
	bx := bigOf(x)
	return zivRound(func(p uint) *big.Float { return bigExp(bx, p) })
}

// crExp2 is exp2(x) (2**x).
func crExp2(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x >= 1024:
		return math.Inf(1)
	case x < -1080:
		return 0
	case x == math.Trunc(x):
		return math.Ldexp(1, int(x))
	}
	k := math.Round(x)
	t := ln2dd().addF(ddLn2[2]).mulF(x - k) // x − k is exact
	m, k2 := expCore(t)
	if v, ok := finish(m, ddTol, int(k)+k2); ok {
		return v
	}
	bx := bigOf(x)
	return zivRound(func(p uint) *big.Float {
		wp := p + 32
		return bigExp(bf(wp).Mul(bx, bigLn2.at(wp)), wp)
	})
}

// ---- logarithms ----

// log1pmSeries returns ln(m) for a double-double m with 1/√2 <= m <= √2,
// as 2·atanh(z), z = (m−1)/(m+1).
func log1pmSeries(m dd) dd {
	z := m.addF(-1).div(m.addF(1))
	if z.hi == 0 {
		return dd{}
	}
	w := z.sqr()
	// enough terms for |z|^(2n) < 2**-112
	n := int(56/-math.Log2(math.Abs(z.hi))) + 1
	n = min(max(n, 2), len(invOdd)-1)
	p := invOdd[n]
	for k := n - 1; k >= 0; k-- {
		p = p.mul(w).add(invOdd[k])
	}
	return p.mul(z).ldexp(1)
}

// logTable holds ln(c) and 1/c for c = 1 + j/128, j = -46..64, in
// double-double, for logDD.
var logTable, logInv [111]dd

func init() {
	for j := range logTable {
		c := 1 + float64(j-46)/128
		logTable[j] = log1pmSeries(ddOf(c))
		logInv[j] = ddOf(1).div(ddOf(c))
	}
}

// logDD returns ln(u) for u > 0 (normal, finite) in double-double:
// u = 2**e·m, m = c·(1 + t) with c = 1 + j/128 the nearest table point, and
// ln u = e·ln 2 + ln c + ln(1 + t), |t| < 1/180, whose series has its terms
// from t⁷ on summed in double precision.
func logDD(u dd) dd {
	_, e := math.Frexp(u.hi)
	m := u.ldexp(-e) // 1/2 <= m < 1 (up to the low part)
	if m.hi < math.Sqrt2/2 {
		m = m.ldexp(1)
		e--
	}
	j := int(math.Round((m.hi - 1) * 128))
	c := 1 + float64(j)/128
	t := m.addF(-c).mul(logInv[j+46]) // m − c is exact
	x := t.hi
	q := invNat[15].hi
	for n := 14; n >= 7; n-- {
		q = invNat[n].hi - float64(q*x)
	}
	p := ddOf(q)
	for n := 6; n >= 1; n-- {
		p = invNat[n].sub(p.mul(t))
	}
	l := p.mul(t).add(logTable[j+46])
	if e != 0 {
		fe := float64(e)
		l = l.add(ddp(twoProd(fe, ddLn2[0])))
		l = l.add(ddp(twoProd(fe, ddLn2[1])))
		l = l.addF(fe * ddLn2[2])
	}
	return l
}

// logOfFloat returns ln(x) for finite x > 0, subnormals included.
func logOfFloat(x float64) dd {
	if x < 0x1p-1022 {
		return logDD(ddOf(x * 0x1p64)).add(ln2dd().mulF(-64))
	}
	return logDD(ddOf(x))
}

// logSpecial handles log-family special values; ok is false for finite x > 0.
func logSpecial(x float64) (float64, bool) {
	switch {
	case math.IsNaN(x):
		return x, true
	case x < 0:
		return math.NaN(), true
	case x == 0:
		return math.Inf(-1), true
	case math.IsInf(x, 1):
		return x, true
	case x == 1:
		return 0, true
	}
	return 0, false
}

// crLog is log(x).
func crLog(x float64) float64 {
	if v, ok := logSpecial(x); ok {
		return v
	}
	if v, ok := finish(logOfFloat(x), ddTol, 0); ok {
		return v
	}
	bx := bigOf(x)
	return zivRound(func(p uint) *big.Float { return bigLog(bx, p) })
}

// crLog2 is log2(x); powers of two are exact.
func crLog2(x float64) float64 {
	if v, ok := logSpecial(x); ok {
		return v
	}
	if m, e := math.Frexp(x); m == 0.5 {
		return float64(e - 1)
	}
	l := logOfFloat(x).div(ln2dd().addF(ddLn2[2]))
	if v, ok := finish(l, ddTol, 0); ok {
		return v
	}
	bx := bigOf(x)
	return zivRound(func(p uint) *big.Float {
		wp := p + 32
		return bf(wp).Quo(bigLog(bx, wp), bigLn2.at(wp))
	})
}

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

// libmPow is pow(x, y) for finite x > 0, x != 1, and finite y != 0: a
// few exact cases, then powFast, then powAccurate where powFast cannot
// vouch for the rounding.
func libmPow(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case 2:
		return float64(x * x)
	case -1:
		return 1 / x
	case 0.5:
		return math.Sqrt(x)
	}
	if v, ok := powFast(x, y); ok {
		return v
	}
	return powAccurate(x, y)
}

// powAccurate is the second phase of libmPow, correctly rounded for all
// its arguments: y·ln x and its exponential in double-double (error
// ~2**-86), rounded when that is unambiguous, else exact rational results
// (exactPow) and math/big.
func powAccurate(x, y float64) float64 {
	// Far out of range: y·ln x (here to 2**-51) beyond ln(2**1024) =
	// 709.78… or below ln(2**-1075) = -745.13… overflows or rounds to 0.
	// (Go's math.Log2 is not accurate enough for this test: just above 1
	// its relative error reaches 2**-53/(x−1).)
	l := logOfFloat(x)
	switch est := l.hi * y; {
	case est > 709.8:
		return math.Inf(1)
	case est < -745.2:
		return 0
	}
	t := l.mulF(y)
	if t.hi < 709.9 && t.hi > -745.5 {
		m, k := expCore(t)
		if v, ok := finish(m, ddPowTol, k); ok {
			return v
		}
	}
	if v, ok := exactPow(x, y); ok {
		return v
	}
	bx, by := bigOf(x), bigOf(y)
	return zivRound(func(p uint) *big.Float {
		wp := p + 32
		l := bigLog(bx, wp+16)
		l.Mul(l, by)
		if l.MantExp(nil) > 11 { // |l| >= 1024: beyond the double range
			if l.Sign() > 0 {
				return bf(wp).SetInf(false)
			}
			return bf(wp)
		}
		return bigExp(l, wp)
	})
}

// exactPow returns x**y when it is a rational number of a size that can
// be computed exactly, rounded once (half to even, which is how halfway
// results such as 3.0**34 are decided here). With x = m·2**e (m odd) and
// y = a/2**j (a odd when j > 0), x**y is rational only if m is a perfect
// 2**j-th power and 2**j divides e.
func exactPow(x, y float64) (float64, bool) {
	m, e := oddMantissa(x)
	a, j := oddMantissa(y)
	if j >= 0 {
		a, j = a<<uint(min(j, 62)), 0
		if float64(a) != y {
			return 0, false
		}
	} else {
		j = -j
	}
	root := big.NewInt(m)
	for range j {
		if root.Cmp(bigOne) == 0 {
			break
		}
		r := new(big.Int).Sqrt(root)
		if new(big.Int).Mul(r, r).Cmp(root) != 0 {
			return 0, false
		}
		root = r
	}
	if root.Cmp(bigOne) != 0 && e%(1<<uint(min(j, 62))) != 0 {
		return 0, false
	}
	if root.Cmp(bigOne) == 0 {
		// x**y = 2**(e·y): an integer power of two or irrational.
		p, pe := twoProd(float64(e), y)
		if pe != 0 || p != math.Trunc(p) {
			return 0, false
		}
		return math.Ldexp(1, int(max(min(p, 2000), -2000))), true
	}
	n := a
	if n < 0 {
		n = -n
	}
	if root.BitLen()*int(min(n, 1<<20)) > 1<<14 {
		return 0, false
	}
	ee := int64(e) >> uint(j)
	num := new(big.Int).Exp(root, big.NewInt(n), nil)
	r := new(big.Float).SetInt(num)
	r.SetMantExp(r, int(ee*n))
	if a < 0 {
		r = new(big.Float).SetPrec(uint(num.BitLen())+128).Quo(big.NewFloat(1), r)
		// 1/num is not exact; it is rational but never halfway, so the
		// rounding below is still correct at this precision.
	}
	f, _ := r.Float64()
	return f, true
}

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

// atanDD returns atan(t) for a finite double-double t by one Newton step
// on sin(y) − t·cos(y) from the double estimate.
func atanDD(t dd) dd {
	if math.Abs(t.hi) > 0x1p27 {
		// atan(t) = ±π/2 − atan(1/t)
		h := dd{ddPio2[0], ddPio2[1]}
		if t.hi < 0 {
			h = h.neg()
		}
		return h.sub(atanDD(ddOf(1).div(t)))
	}
	y0 := math.Atan(t.hi)
	s, c := sinCosDD(ddOf(y0))
	h := s.sub(t.mul(c))
	d := c.add(t.mul(s))
	return ddOf(y0).sub(h.div(d))
}

// crAtan is atan(x).
func crAtan(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Copysign(math.Pi/2, x)
	case math.Abs(x) < 0x1p-27:
		return x
	case math.Abs(x) > 0x1p60:
		return math.Copysign(math.Pi/2, x)
	}
	if v, ok := finish(atanDD(ddOf(x)), ddTol, 0); ok {
		return v
	}
	bx := bigOf(x)
	return zivRound(func(p uint) *big.Float { return bigAtan(bx, p) })
}

// The correctly rounded multiples of π that atan2 returns for special
// arguments.
const (
	piR        = 0x1.921fb54442d18p+1
	halfPiR    = 0x1.921fb54442d18p+0
	quarterPiR = 0x1.921fb54442d18p-1
	threeQPiR  = 0x1.2d97c7f3321d2p+1
)

// crAtan2 is atan2(y, x).
func crAtan2(y, x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case y == 0:
		if x > 0 || (x == 0 && !math.Signbit(x)) {
			return y
		}
		return math.Copysign(piR, y)
	case x == 0:
		return math.Copysign(halfPiR, y)
	case math.IsInf(y, 0):
		switch {
		case math.IsInf(x, 1):
			return math.Copysign(quarterPiR, y)
		case math.IsInf(x, -1):
			return math.Copysign(threeQPiR, y)
		}
		return math.Copysign(halfPiR, y)
	case math.IsInf(x, 1):
		return math.Copysign(0, y)
	case math.IsInf(x, -1):
		return math.Copysign(piR, y)
	}
	_, ey := math.Frexp(y)
	_, ex := math.Frexp(x)
	if d := ey - ex; d < 900 && d > -900 {
		q := ddOf(y).div(ddOf(x))
		if q.hi != 0 && math.Abs(q.hi) > 0x1p-960 && !math.IsInf(q.hi, 0) {
			a := atanDD(q)
			if x < 0 {
				if y > 0 {
					a = a.add(ddPi)
				} else {
					a = a.sub(ddPi)
				}
			}
			if v, ok := finish(a, ddTol, 0); ok {
				return v
			}
		}
	}
	by, bx := bigOf(y), bigOf(x)
	return zivRound(func(p uint) *big.Float {
		wp := p + 64
		q := bf(wp).Quo(by, bx)
		a := bigAtan(q, wp)
		if x < 0 {
			pi := bigPi.at(wp + 64)
			if y > 0 {
				a.Add(a, pi)
			} else {
				a.Sub(a, pi)
			}
		}
		return a
	})
}

// oneMinusSquare returns 1 − x² in double-double.
func oneMinusSquare(x float64) dd {
	p, e := twoProd(x, x)
	return ddOf(1).sub(dd{p, e})
}

// crAsin is asin(x).
func crAsin(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case math.Abs(x) == 1:
		return math.Copysign(halfPiR, x)
	case math.Abs(x) < 0x1p-27:
		return x
	}
	s := oneMinusSquare(x).sqrt()
	if v, ok := finish(atanDD(ddOf(x).div(s)), ddTol, 0); ok {
		return v
	}
	bx := bigOf(x)
	return zivRound(func(p uint) *big.Float {
		wp := p + 64
		w := bf(wp).Mul(bx, bx)
		w.Sub(bfInt(wp, 1), w)
		w.Sqrt(w)
		return bigAtan(w.Quo(bx, w), wp)
	})
}

// crAcos is acos(x).
func crAcos(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return piR
	case math.Abs(x) < 0x1p-57:
		return halfPiR
	}
	s := oneMinusSquare(x).sqrt()
	a := atanDD(s.div(ddOf(math.Abs(x))))
	if x < 0 {
		a = ddPi.sub(a)
	}
	if v, ok := finish(a, ddTol, 0); ok {
		return v
	}
	bx := bigOf(x)
	return zivRound(func(p uint) *big.Float {
		wp := p + 64
		w := bf(wp).Mul(bx, bx)
		w.Sub(bfInt(wp, 1), w)
		w.Sqrt(w)
		a := bigAtan(w.Quo(w, bf(wp).Abs(bx)), wp)
		if x < 0 {
			a.Sub(bigPi.at(wp), a)
		}
		return a
	})
}
