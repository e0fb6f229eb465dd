package num

import "math"

// sin and cos as glibc 2.36 computes them on x86-64: IBM's Accurate
// Mathematical Library routines in sysdeps/ieee754/dbl-64 (s_sin.c, with
// branred.c for huge arguments; tables in glibc_sin_tables.go). Since
// glibc 2.28 they have no multi-precision fallback, so their results are
// not always correctly rounded (up to about 0.55 ULP) and matching
// CPython's bit for bit takes their exact sequence of operations. glibc
// selects, by ifunc, the copy of s_sin.c compiled with -mfma -mavx2, in
// which GCC fuses products into the additions that consume them; those
// fusions, read off the machine code of __sin_fma and __cos_fma, are
// written out here with math.FMA, and every other product is rounded on
// its own (float64 conversions keep Go from fusing them). __branred is
// shared by all copies and compiled without FMA.
//
// The shape of the computation: an argument is brought into [-π/4, π/4]
// as a double-double a+da with quadrant n (directly below 0.855469, by
// subtracting a double-double π/2 below 2.426265, by a four-part π/2
// below 105414350, and by branred's exact multiplication by 2/π beyond).
// sin(a+da) is then a Taylor polynomial when |a| < 0.126, else, writing
// a = x_j + r with x_j = j/128 from the table, the addition formulas on
// the tabled sin and cos of x_j (each as a double plus a correction) and
// short polynomials in r; cos(a+da) likewise.

// Constants of s_sin.c and usncs.h.
const (
	// Taylor coefficients of sin, s1 = -1/3!, s2 = 1/5!, ...
	gsinS1 = -0x1.5555555555555p-3
	gsinS2 = 0x1.1111111110ecep-7
	gsinS3 = -0x1.a01a019db08b8p-13
	gsinS4 = 0x1.71de27b9a7ed9p-19
	gsinS5 = -0x1.addffc2fcdf59p-26
	// The short polynomials for sin(r) - r and 1 - cos(r) beside the table.
	gsinSn3 = -0x1.5555555555515p-3
	gsinSn5 = 0x1.11110e829872fp-7
	gsinCs2 = 0x1p-1
	gsinCs4 = -0x1.5555555555535p-5
	gsinCs6 = 0x1.6c16bedd9e239p-10
	// big + |x| rounds |x| to a multiple of 1/128 in its low bits.
	gsinBig = 0x1.8p45
	// π/2 = hp0 + hp1, and as mp1 + mp2 + pp3 + pp4 (mp1, mp2, pp3 short).
	gsinHp0   = 0x1.921fb54442d18p0
	gsinHp1   = 0x1.1a62633145c07p-54
	gsinMp1   = 0x1.921fb58000000p0
	gsinMp2   = -0x1.dde973c000000p-27
	gsinPp3   = -0x1.cb3b398000000p-55
	gsinPp4   = -0x1.d747f23e32ed7p-83
	gsinHpinv = 0x1.45f306dc9c883p-1 // 2/π
	gsinToint = 0x1.8p52             // rounds to an integer in the low bits
)

// gsinTabIndex returns |x| less its nearest multiple j/128, and 4j, the
// offset of that point's entry in gsinTab.
func gsinTabIndex(ax float64) (r float64, k int) {
	u := gsinBig + ax
	k = int(int32(uint32(math.Float64bits(u)))) << 2
	return ax - (u - gsinBig), k
}

// gsinDoSin is sin(x+dx) for |x+dx| <= about π/4 (s_sin.c's do_sin).
func gsinDoSin(x, dx float64) float64 {
	if math.Abs(x) < 0.126 {
		// x + x³·(s1 + s2·x² + ...) with the correction dx - dx·x²/2.
		xx := float64(x * x)
		p := math.FMA(math.FMA(math.FMA(math.FMA(gsinS5, xx, gsinS4), xx, gsinS3), xx, gsinS2), xx, gsinS1)
		t := math.FMA(xx, math.FMA(p, x, -float64(0.5*dx)), dx)
		return x + t
	}
	xold := x
	if x <= 0 {
		dx = -dx
	}
	x, k := gsinTabIndex(math.Abs(x))
	xx := float64(x * x)
	s := x + math.FMA(float64(x*xx), math.FMA(xx, gsinSn5, gsinSn3), dx)
	c := math.FMA(x, dx, float64(xx*math.FMA(xx, math.FMA(xx, gsinCs6, gsinCs4), gsinCs2)))
	sn, ssn, cs, ccs := gsinTab[k], gsinTab[k+1], gsinTab[k+2], gsinTab[k+3]
	// sin(xj + r) = sin xj + (cos xj·sin r - sin xj·(1 - cos r)).
	cor := math.FMA(s, cs, math.FMA(-sn, c, math.FMA(s, ccs, ssn)))
	return math.Copysign(sn+cor, xold)
}

// gsinDoCos is cos(x+dx) for |x+dx| <= about π/4 (s_sin.c's do_cos).
func gsinDoCos(x, dx float64) float64 {
	if x < 0 {
		dx = -dx
	}
	x, k := gsinTabIndex(math.Abs(x))
	x += dx
	xx := float64(x * x)
	s := math.FMA(float64(x*xx), math.FMA(xx, gsinSn5, gsinSn3), x)
	c := float64(xx * math.FMA(xx, math.FMA(xx, gsinCs6, gsinCs4), gsinCs2))
	sn, ssn, cs, ccs := gsinTab[k], gsinTab[k+1], gsinTab[k+2], gsinTab[k+3]
	// cos(xj + r) = cos xj - (cos xj·(1 - cos r) + sin xj·sin r).
	cor := math.FMA(-s, sn, math.FMA(-c, cs, math.FMA(-s, ssn, ccs)))
	return cs + cor
}

// gsinReduce writes x (|x| < 105414350) as n·π/2 + a + da and returns
// a, da and n mod 4 (s_sin.c's reduce_sincos).
func gsinReduce(x float64) (a, da float64, n int) {
	t := math.FMA(x, gsinHpinv, gsinToint)
	xn := t - gsinToint
	n = int(uint32(math.Float64bits(t))) & 3
	y := math.FMA(-xn, gsinMp2, math.FMA(-xn, gsinMp1, x))
	t2 := math.FMA(-xn, gsinPp3, y)
	db := math.FMA(-xn, gsinPp3, y-t2)
	b := math.FMA(-xn, gsinPp4, t2)
	db += math.FMA(-xn, gsinPp4, t2-b)
	return b, db, n
}

// gsinQuadrant is sin(a+da + n·π/2) (s_sin.c's do_sincos).
func gsinQuadrant(a, da float64, n int) float64 {
	var r float64
	if n&1 != 0 {
		r = gsinDoCos(a, da)
	} else {
		r = gsinDoSin(a, da)
	}
	if n&2 != 0 {
		return -r
	}
	return r
}

// glibcSin is sin(x) as glibc's FMA build computes it.
func glibcSin(x float64) float64 {
	k := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	switch {
	case k < 0x3e500000: // |x| < 2**-26
		return x
	case k < 0x3feb6000: // |x| < 0.855469
		return gsinDoSin(x, 0)
	case k < 0x400368fd: // |x| < 2.426265: cos(π/2 - |x|)
		t := gsinHp0 - math.Abs(x)
		return math.Copysign(gsinDoCos(t, gsinHp1), x)
	case k < 0x419921fb: // |x| < 105414350
		a, da, n := gsinReduce(x)
		return gsinQuadrant(a, da, n)
	case k < 0x7ff00000:
		a, da, n := gsinBranred(x)
		return gsinQuadrant(a, da, n)
	}
	return x / x // NaN for ±Inf and NaN
}

// glibcCos is cos(x) as glibc's FMA build computes it.
func glibcCos(x float64) float64 {
	k := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	switch {
	case k < 0x3e400000: // |x| < 2**-27
		return 1
	case k < 0x3feb6000: // |x| < 0.855469
		return gsinDoCos(x, 0)
	case k < 0x400368fd: // |x| < 2.426265: sin(π/2 - |x|)
		y := gsinHp0 - math.Abs(x)
		a := y + gsinHp1
		da := (y - a) + gsinHp1
		return gsinDoSin(a, da)
	case k < 0x419921fb: // |x| < 105414350
		a, da, n := gsinReduce(x)
		return gsinQuadrant(a, da, n+1)
	case k < 0x7ff00000:
		a, da, n := gsinBranred(x)
		return gsinQuadrant(a, da, n+1)
	}
	return x / x
}

// branred.c's constants: 2/π in 24-bit digits, and scale factors.
var gsinToverp = [75]float64{
	10680707, 7228996, 1387004, 2578385, 16069853,
	12639074, 9804092, 4427841, 16666979, 11263675,
	12935607, 2387514, 4345298, 14681673, 3074569,
	13734428, 16653803, 1880361, 10960616, 8533493,
	3062596, 8710556, 7349940, 6258241, 3772886,
	3769171, 3798172, 8675211, 12450088, 3874808,
	9961438, 366607, 15675153, 9132554, 7151469,
	3571407, 2607881, 12013382, 4155038, 6285869,
	7677882, 13102053, 15825725, 473591, 9065106,
	15363067, 6271263, 9264392, 5636912, 4652155,
	7056368, 13614112, 10155062, 1944035, 9527646,
	15080200, 6658437, 6231200, 6832269, 16767104,
	5075751, 3212806, 1398474, 7579849, 6349435,
	12618859, 4703257, 12806093, 14477321, 2786137,
	12875403, 9837734, 14528324, 13719321, 343717,
}

const (
	gbrSplit = 0x1p27 + 1 // Veltkamp's splitting constant
	gbrBig   = 0x1.8p52   // rounds to an integer
	gbrBig1  = 0x1.8p54   // rounds to a multiple of 4
	gbrMp1   = 0x1.921fb58000000p0
	gbrMp2   = -0x1.dde9740000000p-27 // mp1 + mp2 ≈ π/2, as in branred.h
)

// gbrPart multiplies the 27-bit part xp of x·2**-600 by 2/π and returns
// the fraction of the product in quarter turns as b + bb, with the
// integer part reduced modulo 4 in sum (branred's loop for one part).
func gbrPart(xp float64) (sum, b, bb float64) {
	// Skip the digits of 2/π whose products with xp are multiples of 4.
	k := int(math.Float64bits(xp)>>52) & 2047
	k = (k - 450) / 24
	if k < 0 {
		k = 0
	}
	gor := math.Float64frombits(math.Float64bits(0x1p576) - uint64(k*24)<<52)
	var r [6]float64
	for i := range r {
		r[i] = float64(float64(xp*gsinToverp[k+i]) * gor)
		gor *= 0x1p-24
	}
	for i := 0; i < 3; i++ {
		s := (r[i] + gbrBig) - gbrBig
		sum += s
		r[i] -= s
	}
	t := 0.0
	for i := 5; i >= 0; i-- {
		t += r[i]
	}
	bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5]
	s := (t + gbrBig) - gbrBig
	sum += s
	t -= s
	b = t + bb
	bb = (t - b) + bb
	s = (sum + gbrBig1) - gbrBig1
	sum -= s
	return sum, b, bb
}

// gsinBranred writes a finite x as n·π/2 + a + da, |a+da| <= about π/4,
// and returns a, da and n mod 4 (branred.c).
func gsinBranred(x float64) (a, da float64, n int) {
	x *= 0x1p-600
	t := float64(x * gbrSplit)
	x1 := t - (t - x)
	x2 := x - x1
	sum1, b1, bb1 := gbrPart(x1)
	sum2, b2, bb2 := gbrPart(x2)

	sum := sum1 + sum2
	b := b1 + b2
	var bb float64
	if math.Abs(b1) > math.Abs(b2) {
		bb = (b1 - b) + b2
	} else {
		bb = (b2 - b) + b1
	}
	if b > 0.5 {
		b -= 1
		sum += 1
	} else if b < -0.5 {
		b += 1
		sum -= 1
	}
	s := b + (bb + bb1 + bb2)
	t = ((b - s) + bb) + (bb1 + bb2)
	// (s + t)·π/2 in double-double, s split into 27-bit halves.
	b = float64(s * gbrSplit)
	t1 := b - (b - s)
	t2 := s - t1
	b = float64(s * gsinHp0)
	bb = (((float64(t1*gbrMp1) - b) + float64(t1*gbrMp2)) + float64(t2*gbrMp1)) +
		(float64(t2*gbrMp2) + float64(s*gsinHp1) + float64(t*gsinHp0))
	a = b + bb
	da = (b - a) + bb
	return a, da, int(sum) & 3
}
