package num

import "math"

// atan and atan2 as glibc 2.36 computes them on x86-64: IBM's Accurate
// Mathematical Library (sysdeps/ieee754/dbl-64/s_atan.c and e_atan2.c),
// which evaluates a short odd polynomial near 0 and otherwise an expansion
// about one of 241 points of [1/16, 1] (uatan.tbl, glibc_atan_tables.go),
// carrying a few double-length corrections (Dekker's exact sum, difference
// and product). Since glibc 2.34 only this first stage is left: the
// multi-precision fallbacks (__mpatan, __mpatan2) that made the results
// correctly rounded are gone, and the results are within about 0.52 ULP,
// so CPython's last digits follow these exact operations. glibc's ifunc
// picks the copies compiled with -mfma (__atan_fma, __ieee754_atan2_fma),
// in which GCC fused most products into the additions that use them; the
// fusions of the machine code are written out with math.FMA, and every
// other product is rounded on its own (float64(…) keeps Go from fusing).

// Coefficients of the odd polynomial atan(u) ≈ u + u³·(d3 + d5·u² + … +
// d13·u¹⁰) for |u| < 1/16 (atnat.h, atnat2.h).
const (
	gatanD3  = -0x1.5555555555555p-2
	gatanD5  = 0x1.99999999997fdp-3
	gatanD7  = -0x1.24924923f7603p-3
	gatanD9  = 0x1.c71c6e5129a3bp-4
	gatanD11 = -0x1.7458022b13c25p-4
	gatanD13 = 0x1.375f08b31cbcep-4
)

// Multiples of π rounded to double, and the leftovers of π/2 and π.
const (
	gatanHalfPi    = 0x1.921fb54442d18p+0
	gatanHalfPiLo  = 0x1.1a62633145c07p-54 // π/2 − gatanHalfPi
	gatanPi        = 0x1.921fb54442d18p+1
	gatanPiLo      = 0x1.1a62633145c07p-53 // π − gatanPi
	gatanQuarterPi = 0x1.921fb54442d18p-1
	gatan3QPi      = 0x1.2d97c7f3321d2p+1 // 3π/4
)

// gatanOddPoly is d3 + v·(d5 + v·(… + v·d13)), each step fused.
func gatanOddPoly(v float64) float64 {
	p := math.FMA(v, gatanD13, gatanD11)
	p = math.FMA(p, v, gatanD9)
	p = math.FMA(p, v, gatanD7)
	p = math.FMA(p, v, gatanD5)
	return math.FMA(p, v, gatanD3)
}

// gatanRow returns the table row for u in [1/16, 1]: the one whose index
// plus 16 is 256·u rounded to the nearest integer (glibc rounds by adding
// and subtracting 2**52).
func gatanRow(u float64) *[7]float64 {
	i := int(float64(256*u)+0x1p52-0x1p52) - 16
	return &gatanTab[i]
}

// gatanRowPoly is c2 + z·(c3 + z·(c4 + z·(c5 + z·c6))) for a row c, each
// step fused.
func gatanRowPoly(c *[7]float64, z float64) float64 {
	p := math.FMA(z, c[6], c[5])
	p = math.FMA(p, z, c[4])
	p = math.FMA(p, z, c[3])
	return math.FMA(p, z, c[2])
}

// gatanSub is Dekker's exact difference (dla.h's ESUB): hi + lo = a − b.
func gatanSub(a, b float64) (hi, lo float64) {
	hi = a - b
	if math.Abs(a) > math.Abs(b) {
		return hi, a - hi - b
	}
	return hi, a - (b + hi)
}

// gatanAdd is Dekker's exact sum (dla.h's EADD): hi + lo = a + b.
func gatanAdd(a, b float64) (hi, lo float64) {
	hi = a + b
	if math.Abs(a) > math.Abs(b) {
		return hi, a - hi + b
	}
	return hi, b - hi + a
}

// glibcAtan is atan(x) as glibc's __atan_fma computes it.
func glibcAtan(x float64) float64 {
	if x != x {
		return x + x
	}
	u := math.Abs(x)
	switch {
	case u < 0x1.bb67ap-27:
		// atan(x) rounds to x (glibc raises underflow for tiny x).
		return x
	case u < 0x1p-4:
		v := float64(x * x)
		return math.FMA(float64(x*v), gatanOddPoly(v), x)
	case u < 1:
		c := gatanRow(u)
		z := u - c[0]
		return math.Copysign(math.FMA(gatanRowPoly(c, z), z, c[1]), x)
	case u < 16:
		// atan(u) = π/2 − atan(w) for w = 1/u, with w's rounding error
		// carried into the reduced argument.
		w := 1 / u
		t1 := float64(w * u)
		t2 := math.FMA(w, u, -t1) // w·u = t1 + t2 exactly
		c := gatanRow(w)
		z := math.FMA(1-t1-t2, w, w-c[0])
		yy := math.FMA(-gatanRowPoly(c, z), z, gatanHalfPiLo)
		return math.Copysign(gatanHalfPi-c[1]+yy, x)
	case u < 0x1.49ff2p+52:
		w := 1 / u
		v := float64(w * w)
		t1 := float64(w * u)
		t2 := math.FMA(w, u, -t1)
		yy := float64(w*v) * gatanOddPoly(v)
		ww := float64(w * (1 - t1 - t2))
		t3, cor := gatanSub(gatanHalfPi, w)
		yy = gatanHalfPiLo + cor - ww - yy
		return math.Copysign(t3+yy, x)
	}
	if x > 0 {
		return gatanHalfPi
	}
	return -gatanHalfPi
}

// glibcAtan2 is atan2(y, x) as glibc's __ieee754_atan2_fma computes it,
// special values included (the wrapper only sets errno).
func glibcAtan2(y, x float64) float64 {
	switch {
	case x != x:
		return x + x // x + y in glibc: x86 returns the first NaN operand
	case y != y:
		return y + y
	case y == 0:
		if !math.Signbit(x) {
			return y // ±0 for x = +0 and x > 0
		}
		return math.Copysign(gatanPi, y)
	case x == 0:
		return math.Copysign(gatanHalfPi, y)
	case math.IsInf(x, 0):
		if math.IsInf(y, 0) {
			if x > 0 {
				return math.Copysign(gatanQuarterPi, y)
			}
			return math.Copysign(gatan3QPi, y)
		}
		if x > 0 {
			return math.Copysign(0, y)
		}
		return math.Copysign(gatanPi, y)
	case math.IsInf(y, 0):
		return math.Copysign(gatanHalfPi, y)
	}

	// One of |x|, |y| so much smaller (by the difference of the exponent
	// fields, at least 57 binades) that the ratio decides the result.
	ax, ay := math.Abs(x), math.Abs(y)
	de := int64(math.Float64bits(ay)>>52) - int64(math.Float64bits(ax)>>52)
	if de >= 57 {
		return math.Copysign(gatanHalfPi, y)
	}
	if de <= -57 {
		if x > 0 {
			return math.Copysign(ay/ax, y)
		}
		return math.Copysign(gatanPi, y)
	}

	// Scale extreme arguments into the middle of the range.
	if ax < 0x1p-500 || ay < 0x1p-500 {
		ax *= 0x1p500
		ay *= 0x1p500
	}
	if ax > 0x1p500 || ay > 0x1p500 {
		ax *= 0x1p-500
		ay *= 0x1p-500
	}

	// u + du is the ratio of the smaller to the larger, to double length.
	var u, du float64
	if ay < ax {
		u = ay / ax
		v := float64(ax * u)
		vv := math.FMA(ax, u, -v)
		du = (ay - v - vv) / ax
	} else {
		u = ax / ay
		v := float64(ay * u)
		vv := math.FMA(ay, u, -v)
		du = (ax - v - vv) / ay
	}

	var z float64
	switch {
	case x > 0 && ay < ax: // atan(u)
		if u < 0x1p-4 {
			v := float64(u * u)
			zz := math.FMA(float64(u*v), gatanOddPoly(v), du)
			z = u + zz
			break
		}
		c := gatanRow(u)
		v, dv := gatanAdd(u-c[0], du)
		p := math.FMA(v, c[6], c[5])
		p = math.FMA(p, v, c[4])
		p = math.FMA(p, v, c[3])
		zz := math.FMA(v, c[2], math.FMA(dv, c[2], float64(v*v)*p))
		z = zz + c[1]
	case x > 0: // π/2 − atan(u)
		if u < 0x1p-4 {
			v := float64(u * u)
			zz := float64(u*v) * gatanOddPoly(v)
			t2, cor := gatanSub(gatanHalfPi, u)
			z = t2 + (gatanHalfPiLo + cor - du - zz)
			break
		}
		c := gatanRow(u)
		v := u - c[0] + du
		zz := math.FMA(-v, gatanRowPoly(c, v), gatanHalfPiLo)
		z = gatanHalfPi - c[1] + zz
	case ax < ay: // π/2 + atan(u)
		if u < 0x1p-4 {
			v := float64(u * u)
			zz := float64(u*v) * gatanOddPoly(v)
			t2, cor := gatanAdd(gatanHalfPi, u)
			z = t2 + (gatanHalfPiLo + cor + du + zz)
			break
		}
		c := gatanRow(u)
		v := u - c[0] + du
		zz := math.FMA(v, gatanRowPoly(c, v), gatanHalfPiLo)
		z = gatanHalfPi + c[1] + zz
	default: // π − atan(u)
		if u < 0x1p-4 {
			v := float64(u * u)
			zz := float64(u*v) * gatanOddPoly(v)
			t2, cor := gatanSub(gatanPi, u)
			z = t2 + (gatanPiLo + cor - du - zz)
			break
		}
		c := gatanRow(u)
		v := u - c[0] + du
		zz := math.FMA(-v, gatanRowPoly(c, v), gatanPiLo)
		z = gatanPi - c[1] + zz
	}
	return math.Copysign(z, y)
}
