package num

import "math"

// asin and acos as glibc 2.36 computes them on x86-64: IBM's Accurate
// Mathematical Library (sysdeps/ieee754/dbl-64/e_asin.c). Below |x| =
// 0.125 an odd polynomial, up to 0.96875 the expansion about the nearest
// of a set of points (asincos.tbl, glibc_asin_tables.go), and above that
// asin(x) = π/2 − 2·asin(√((1−|x|)/2)) with the square root carried to
// double length. The multi-precision slow paths were removed in glibc
// 2.33-2.34, and the results are within about 0.52 ULP. glibc's ifunc
// picks the copies compiled with -mfma (__ieee754_asin_fma,
// __ieee754_acos_fma); the fused multiply-adds of their machine code are
// written out with math.FMA, and every other operation rounds on its own.

// Coefficients of asin(x) ≈ x + x³·(f1 + f2·x² + … + f6·x¹⁰) (uasncs.h).
const (
	gasinF1 = 0x1.55555555554f9p-3
	gasinF2 = 0x1.333333336127dp-4
	gasinF3 = 0x1.6db6dae42c0e4p-5
	gasinF4 = 0x1.f1c7e04f4ad99p-6
	gasinF5 = 0x1.6e442c822d419p-6
	gasinF6 = 0x1.292d80f453c72p-6
)

// Coefficients of the correction of the reciprocal square root,
// 1/√(1−r) ≈ rt0 + r·(rt1 + r·(rt2 + r·rt3)).
const (
	gasinRt0 = 0x1.fffffffecc1ddp-1
	gasinRt1 = 0x1.fffffff757304p-2
	gasinRt2 = 0x1.800496769c91ap-2
	gasinRt3 = 0x1.4006318d1dab9p-2
)

// gasinNaN is the NaN glibc's wrappers return for |x| > 1.
var gasinNaN = math.Float64frombits(0x7ff8_0000_0000_0000)

// gasinOddPoly is f1 + v·(f2 + … + v·f6), each step fused.
func gasinOddPoly(v float64) float64 {
	p := math.FMA(v, gasinF6, gasinF5)
	p = math.FMA(p, v, gasinF4)
	p = math.FMA(p, v, gasinF3)
	p = math.FMA(p, v, gasinF2)
	return math.FMA(p, v, gasinF1)
}

// gasinRow returns, for 0.125 ≤ |x| < 0.96875 with high word k (sign
// cleared), the offset of its row in gasinTab and the degree of its
// expansion.
func gasinRow(k uint32) (n, deg int) {
	j := int(k >> 13 & 0x7f) // the top 7 mantissa bits
	switch {
	case k < 0x3fd00000:
		return 11 * int(k>>15&0x1f), 6
	case k < 0x3fe00000:
		return 11*int(k>>14&0x3f) + 352, 6
	case k < 0x3fe80000:
		return 1056 + 12*j, 7
	case k < 0x3fed8000:
		return 992 + 13*j, 8
	case k < 0x3fee8000:
		return 884 + 14*j, 9
	}
	return 768 + 15*j, 10
}

// gasinExpand evaluates the expansion of row n (degree deg) at xx = |x| −
// x0: it returns t = a1·xx + (xx²·(a2 + … + a_deg·xx^(deg−2)) + lo) and
// the leading part hi of asin(x0); asin(|x|) ≈ hi + t.
func gasinExpand(n, deg int, xx float64) (t, hi float64) {
	a := gasinTab[n : n+deg+3]
	p := a[deg]
	for j := deg - 1; j >= 2; j-- {
		p = math.FMA(xx, p, a[j])
	}
	p = math.FMA(float64(xx*xx), p, a[deg+1])
	return math.FMA(xx, a[1], p), a[deg+2]
}

// gasinSqrt returns z = (1 − |x|)/2 for 0.96875 ≤ |x| < 1 (glibc's
// 1 + x for negative x is the same double), c ≈ √z, and the factor s of
// the last Newton step, whose product c·s glibc never rounds on its own.
func gasinSqrt(ax float64) (z, c, s float64) {
	z = 0.5 * (1 - ax)
	k := uint32(math.Float64bits(z) >> 32)
	t := gasinInvRoot[k&0x1fffff>>14] * gasinPowTwo[511-k>>21]
	r := math.FMA(-float64(t*t), z, 1)
	q := math.FMA(math.FMA(math.FMA(r, gasinRt3, gasinRt2), r, gasinRt1), r, gasinRt0)
	t = q * t
	c = z * t
	s = math.FMA(-c, float64(0.5*t), 1.5)
	return z, c, s
}

// glibcAsin is asin(x) as glibc's __ieee754_asin_fma computes it, with
// the NaN of its wrapper for |x| > 1.
func glibcAsin(x float64) float64 {
	hi := uint32(math.Float64bits(x) >> 32)
	k := hi & 0x7fffffff
	neg := int32(hi) <= 0 // glibc tests the signed high word: m > 0
	var res float64
	switch {
	case k < 0x3e500000: // |x| < 2**-26
		return x
	case k < 0x3fc00000: // |x| < 0.125
		x2 := float64(x * x)
		return math.FMA(gasinOddPoly(x2), float64(x*x2), x)
	case k < 0x3fef0000: // |x| < 0.96875
		n, deg := gasinRow(k)
		t, h := gasinExpand(n, deg, math.Abs(x)-gasinTab[n])
		res = t + h
	case k < 0x3ff00000: // |x| < 1
		// asin(|x|) = π/2 − 2·asin(√z), where asin(√z) ≈ (y + cc)·(1 + p)
		// for √z ≈ y + cc.
		z, c, s := gasinSqrt(math.Abs(x))
		y := c + 0x1p24 - 0x1p24 // c to a multiple of 2**-28
		cc := math.FMA(-y, y, z) / math.FMA(s, c, y)
		p := float64(gasinOddPoly(z) * z)
		cor := math.FMA(-float64(2*(y+cc)), p, math.FMA(-2, cc, gatanHalfPiLo))
		res = cor + math.FMA(-2, y, gatanHalfPi)
	case k == 0x3ff00000 && uint32(math.Float64bits(x)) == 0: // |x| = 1
		return math.Copysign(gatanHalfPi, x)
	case x != x:
		return x + x
	default:
		return gasinNaN
	}
	if neg {
		return -res
	}
	return res
}

// glibcAcos is acos(x) as glibc's __ieee754_acos_fma computes it, with
// the NaN of its wrapper for |x| > 1.
func glibcAcos(x float64) float64 {
	hi := uint32(math.Float64bits(x) >> 32)
	k := hi & 0x7fffffff
	neg := int32(hi) <= 0
	switch {
	case k < 0x3c880000: // |x| < 2**-54
		return gatanHalfPi
	case k < 0x3fc00000: // |x| < 0.125
		x2 := float64(x * x)
		r := gatanHalfPi - x
		cor := math.FMA(-gasinOddPoly(x2), float64(x*x2), gatanHalfPi-r-x+gatanHalfPiLo)
		return r + cor
	case k < 0x3fef0000: // |x| < 0.96875
		n, deg := gasinRow(k)
		t, h := gasinExpand(n, deg, math.Abs(x)-gasinTab[n])
		if neg {
			return (gatanHalfPiLo + t) + (gatanHalfPi + h)
		}
		return (gatanHalfPiLo - t) + (gatanHalfPi - h)
	case k < 0x3ff00000: // |x| < 1
		z, c, s := gasinSqrt(math.Abs(x))
		// acos(|x|) = 2·asin(√z), as in glibcAsin, with √z ≈ y + cc for y
		// the top 26 bits of c (Veltkamp's splitting, fused here as in
		// glibc's build, though its products are exact anyway).
		y := math.FMA(-0x1p27, c, math.FMA(c, 0x1p27, c))
		cc := math.FMA(-y, y, z) / math.FMA(s, c, y)
		p := float64(gasinOddPoly(z) * z)
		pq := float64(p * (y + cc))
		var res float64
		if int32(hi) < 0 { // half of π − acos(|x|)
			res = gatanHalfPiLo - cc - pq + (gatanHalfPi - y)
		} else {
			res = cc + pq + y
		}
		return res + res
	case k == 0x3ff00000 && uint32(math.Float64bits(x)) == 0: // |x| = 1
		if !neg {
			return 0
		}
		return gatanPi
	case x != x:
		return x + x
	}
	return gasinNaN
}
