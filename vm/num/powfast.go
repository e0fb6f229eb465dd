package num

import "math"

// The first phase of pow: x**y = e**(y·ln x) for finite x > 0 and finite
// y != 0, evaluated with double operations and error-free transformations
// to a relative error below 2**-68.9, and returned only when that error
// cannot change the rounding. Otherwise powAccurate (libm.go) decides, so
// every result is the correctly rounded one either phase would give. The
// fast phase declines about 2 to 4 arguments in 10,000 of the ordinary
// range, and all results in or near the subnormal and overflow ranges,
// whose scaling would round twice.
//
// ln x: x = 2**e·m, 1 <= m < 2; the top 7 bits of m's fraction pick an
// interval i = [1 + i/128, 1 + (i+1)/128) and its entry of powLogTab,
// which holds invc ≈ 1/m on the interval, a multiple of 2**-8, and
// ln c = −ln invc in double-double. Then
//
//	ln x = E·ln 2 + ln c + log1p(r),  r = m·invc − 1,
//
// where E = e, or e + 1 with ln(c/2) in the table for m above √2 (from
// the interval holding √2 on, so that x just below 1 has E = 0). r is
// exact: m = M·2**-52 and invc = C·2**-8 for integers M, C, so
// r = (M·C − 2**60)·2**-60, and |r| < 2**-7 (checked by TestPowTables)
// makes M·C − 2**60 an integer below 2**53.
// The intervals next to 1 use c = 1 (i = 0) and c = 2 (i = 127, with
// E = e + 1), so for x near 1 the logarithm is log1p(r) alone and its
// error stays relative to it.
//
// log1p(r) = r − r²/2 + r³/3 − r⁴/4 + r⁵·w(r), w = 1/5 − r/6 + … + r⁶/11,
// the first four terms in double-double, r⁵·w in double.
//
// e**t, t = y·ln x = th + tl: k = round(t·128/ln 2), t = k·ln2/128 + r
// with r = rh + rl, rh = th − k·C1 (exact, C1 the double nearest ln2/128)
// and rl = tl − k·C2 (ln2/128 = C1 + C2 + O(2**-114)); then
//
//	e**t = 2**(k>>7) · 2**(j/128) · e**rh · e**rl,  j = k & 127,
//
// with 2**(j/128) tabled in double-double (powExpTab), e**rh − 1 =
// rh + rh²/2 + rh³·(1/6 + … + rh⁴/5040) and e**rl = 1 + rl + rl²/2.
//
// Error bound (relative, of h + rem + l, the result before scaling):
//
//   - log1p(r), |r| < 2**-7: the series cut after r¹¹ leaves at most
//     |r|¹²/12·(1 + 2**-6) < |r|·2**-80.5. r⁵·w is computed with a
//     relative error below 7.6·2**-53: r⁴ from two rounded squarings,
//     three ulp; w by Estrin's scheme, whose three roundings and the
//     rounded 1/5 are each within 2**-56 of w >= 0.198, 2.6 ulp; two
//     products. As |r⁵·w| < |r|·2**-30.3, that is below |r|·2**-80.4.
//     r², r³/3 and r⁴/4 are carried to 2**-100 relative, the sums of the
//     high parts are error-free (fastTwoSum, each term below the sum
//     before it) and the low parts are below 2**-51·|r|, so the rest is
//     below |r|·2**-98. In all: |r|·2**-79.4.
//   - ln c from logDD is within 2**-100·|ln c| (TestPowTables compares
//     it with math/big); E·ln 2 = twoProd(E, ln2hi) + E·ln2lo within
//     2**-97.
//   - The relative error of ln x is then below 2**-78.4: for E != 0,
//     |ln x| >= ln 2 − ln √2 > 0.34, so the absolute errors above are
//     below 2**-84 of it; for E = 0 and i = 0 or 127, ln x = log1p(r),
//     |ln x| > 0.99·|r|; for E = 0 otherwise, x is outside
//     [1 − 2**-8, 1 + 2**-7), so |ln x| >= 2**-8 > |r|/2.
//   - t = twoProd(y, lh) + y·ll adds 2**-100 relative, so t has an
//     absolute error below |t|·2**-78.4 < 2**-68.9, the fast phase only
//     proceeding for |th| < 709.7. (Where y·ln x is so small that its
//     low part underflows, the absolute error is below 2**-1000
//     instead.) An absolute error of t is a relative error of e**t.
//   - e**rh: |rh| < 2**-8.52 (k is within 0.5 + 2**-34 of t·128/ln 2,
//     found from lh and y·128/ln 2); the series cut after rh⁷ leaves
//     rh⁸/8! < 2**-83.4; the tail rh³·w, |rh³·w| < 2**-28.1, is computed
//     with 5.3 ulp of rounding, 2**-78.7; rh²/2 is exact. |rl| < 2**-38
//     (|ll| < 2**-48·|lh|, |k·C2| < 2**17.1·2**-62), so the dropped
//     rl³/6 and rl²·(e**rh − 1)/2 are below 2**-85 and rl's own
//     rounding below 2**-90.
//   - 2**(j/128) from the table: 2**-100 (TestPowTables); the products
//     and sums that assemble 2**(j/128)·e**r: below 2**-88.
//
// Total: below 2**-68.9 + 2**-78.6 < 2**-68.8. The rounding test at the
// end of powFast is sound for errors up to powFastErr/2 = 2**-67, 3.5
// times the bound, a margin for any slip in the argument above; the price
// is a decline rate of about 2·2**-66/2**-52.5 ≈ 2**-12.5 rather than
// 2**-14.3.
const powFastErr = 0x1p-66

// powLogEntry is one interval of powLogTab.
type powLogEntry struct {
	invc         float64 // ≈ 1/m on the interval, a multiple of 2**-8
	logHi, logLo float64 // ln(1/invc), or ln(1/(2·invc)) when shift is 1
	shift        float64 // 1 when the exponent is counted one higher (m > √2)
}

var (
	powLogTab [128]powLogEntry
	powExpTab [128]dd // 2**(j/128)

	powLn2N1, powLn2N2 float64 // ln2/128 = N1 + N2, N1 the nearest double
	powInvLn2N         float64 // ≈ 128/ln 2
	powThird           dd      // 1/3
)

// powUpper is the first interval whose m exceeds √2 for part of it;
// from it on, powLogTab counts the exponent one higher.
const powUpper = 53

// This init runs after libm.go's, which fills the tables logDD and
// expTable use: the go command gives a package's files to the compiler in
// name order, and init functions run in that order. (TestPowTables would
// notice otherwise.)
func init() {
	for i := range powLogTab {
		invc := powInvC(i)
		ent := &powLogTab[i]
		ent.invc = invc
		u := invc
		if i >= powUpper {
			ent.shift = 1
			u = 2 * invc
		}
		l := logDD(ddOf(u)).neg()
		ent.logHi, ent.logLo = l.hi, l.lo
	}
	step := expm1Reduced(ln2dd().addF(ddLn2[2]).mulF(1.0 / 128)).addF(1)
	for j := range powExpTab {
		powExpTab[j] = expTable[j/2]
		if j%2 == 1 {
			powExpTab[j] = powExpTab[j].mul(step)
		}
	}
	powLn2N1, powLn2N2 = ddLn2[0]/128, ddLn2[1]/128
	powInvLn2N = ddOf(128).div(ln2dd()).hi
	powThird.hi = 1.0 / 3
	powThird.lo = math.FMA(-3, powThird.hi, 1) / 3
}

// powInvC chooses invc for interval i: 1 and 1/2 at the ends next to 1
// (see the top of this file), elsewhere the multiple of 2**-8 that minimises the
// largest |m·invc − 1| on the interval.
func powInvC(i int) float64 {
	switch i {
	case 0:
		return 1
	case 127:
		return 0.5
	}
	lo, hi := 1+float64(i)/128, 1+float64(i+1)/128
	base := math.Floor(256 / ((lo + hi) / 2))
	best, invc := math.Inf(1), 0.0
	for c := base - 1; c <= base+2; c++ {
		v := c / 256
		if d := max(math.Abs(lo*v-1), math.Abs(hi*v-1)); d < best {
			best, invc = d, v
		}
	}
	return invc
}

// powFast is the first phase of pow(x, y) for finite x > 0 and finite
// y != 0 (see the comment at the top of this file); ok is false when it
// cannot vouch for the rounding.
func powFast(x, y float64) (v float64, ok bool) {
	// ln x = E·ln 2 + ln c + log1p(r)
	ix := math.Float64bits(x)
	e := int(ix>>52) - 1023
	if ix < 1<<52 { // subnormal x
		ix = math.Float64bits(x * 0x1p52)
		e = int(ix>>52) - 1023 - 52
	}
	ent := &powLogTab[ix>>45&127]
	m := math.Float64frombits(ix&(1<<52-1) | 1023<<52)
	r := math.FMA(m, ent.invc, -1) // exact

	// log1p(r) = r − r²/2 − r⁴/4 + r³/3 + r⁵·w, summed in the order the
	// terms become available (and of decreasing size).
	sh, sl := twoProd(r, r) // r²
	fh, fl := twoProd(sh, sh)
	fl = math.FMA(2*sh, sl, fl) // r⁴ = fh + fl
	ch, cl := twoProd(r, sh)
	cl = math.FMA(r, sl, cl) // r³ = ch + cl
	dh, dl := twoProd(ch, powThird.hi)
	dl = math.FMA(ch, powThird.lo, math.FMA(cl, powThird.hi, dl)) // r³/3
	// w = 1/5 − r/6 + r²/7 − r³/8 + r⁴/9 − r⁵/10 + r⁶/11, by Estrin's
	// scheme for a short dependency chain
	wa := math.FMA(-1.0/6, r, 1.0/5)
	wb := math.FMA(-1.0/8, r, 1.0/7)
	wc := math.FMA(-1.0/10, r, 1.0/9)
	wc = math.FMA(1.0/11, sh, wc)
	w := math.FMA(wc, fh, math.FMA(wb, sh, wa))
	q := float64(float64(fh*r) * w)
	p, e1 := fastTwoSum(r, -0.5*sh)
	p, e2 := fastTwoSum(p, -0.25*fh)
	p, e3 := fastTwoSum(p, dh)
	pl := (e1 + e2) + e3 + (dl - 0.5*sl - 0.25*fl)

	// ln x = E·ln 2 + ln c + p + q + pl = lh + ll, |ll| < 2**-48·|lh|; q,
	// the last to be ready, is added last.
	E := float64(e) + ent.shift
	a, ae := twoProd(E, ddLn2[0])
	ah, al := fastTwoSum(a, ent.logHi)
	lh, e4 := fastTwoSum(ah, p)
	lh, e5 := fastTwoSum(lh, q)
	ll := (al + e4) + (ae + math.FMA(E, ddLn2[1], ent.logLo)) + (pl + e5)

	// t = y·ln x = th + tl
	th, tl := twoProd(y, lh)
	tl = math.FMA(y, ll, tl)
	if !(th > -708.3 && th < 709.7) {
		// ln(2**1024) = 709.78…, ln(2**-1075) = -745.13…: beyond these
		// the result is certain to overflow or to round to zero.
		switch {
		case th > 709.79:
			return math.Inf(1), true
		case th < -745.2:
			return 0, true
		}
		return 0, false
	}

	// e**t = 2**(k>>7) · 2**(j/128) · e**rh · e**rl. k is the integer
	// nearest y·(128/ln 2)·lh (within 0.5 + 2**-34 of t·128/ln 2), found
	// from lh rather than th to start earlier.
	kd := math.FMA(float64(y*powInvLn2N), lh, 0x1.8p52)
	kd -= 0x1.8p52
	k := int(kd)
	rh := math.FMA(-kd, powLn2N1, th) // exact
	rl := math.FMA(-kd, powLn2N2, tl)
	s2h, s2l := twoProd(rh, rh)
	// w = 1/6 + rh/24 + rh²/120 + rh³/720 + rh⁴/5040
	wa = math.FMA(1.0/24, rh, 1.0/6)
	wb = math.FMA(1.0/720, rh, 1.0/120)
	wb = math.FMA(1.0/5040, s2h, wb)
	w = math.FMA(wb, s2h, wa)
	c3 := float64(float64(s2h*rh) * w)
	ph, e6 := fastTwoSum(rh, 0.5*s2h)
	ph, e7 := fastTwoSum(ph, c3)
	// e**r − 1 = ph + pl, e**rl = 1 + rl + rl²/2
	pl = (e6 + e7) + 0.5*s2l + math.FMA(rl, ph, math.FMA(0.5*rl, rl, rl))

	// 2**(j/128)·(1 + ph + pl) = h + rem + l: h = tj.hi·(1 + ph) rounded,
	// rem its remainder (tj.hi − h is exact, the two being within a factor
	// 2), l the smaller terms.
	tj := powExpTab[k&127]
	h := math.FMA(tj.hi, ph, tj.hi)
	rem := math.FMA(tj.hi, ph, tj.hi-h)
	l := tj.lo + math.FMA(tj.hi, pl, float64(tj.lo*ph))

	// The value is within d/2 of h + rem + l. The two sums below bracket
	// the rounding of every value within d/2 of it (their inner sums are
	// rounded by far less than d/2, rem and l being below 2**-36·h, and
	// rounding is monotonic), so when they agree, that is the rounding.
	d := h * powFastErr
	lo, hi := h+(rem+(l-d)), h+(rem+(l+d))
	if lo != hi {
		return 0, false
	}
	v = lo * math.Float64frombits(uint64(k>>7+1023)<<52)
	if v < 0x1p-1022 || v > math.MaxFloat64 {
		return 0, false // the scaling would round (subnormal) or overflows
	}
	return v, true
}
