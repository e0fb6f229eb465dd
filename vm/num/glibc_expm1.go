package num

import "math"

// expm1 and log1p as glibc 2.36 computes them on x86-64: Sun's fdlibm
// routines as glibc keeps them (sysdeps/ieee754/dbl-64/s_expm1.c and
// s_log1p.c), whose polynomials glibc evaluates in a split (Estrin-like)
// order rather than fdlibm's Horner scheme. They are accurate to about one
// ULP, so CPython's last digits follow the exact operations. Debian's
// glibc 2.36 carries the release branch's backport of glibc 2.39's ifunc
// for both ("x86_64: Add expm1 with FMA", "… log1p with FMA"): on a CPU
// with FMA and AVX2 the copies compiled with -mfma (__expm1_fma,
// __log1p_fma) run, for calls from Python and for the calls from sinh,
// cosh, tanh, asinh, acosh and atanh inside libm alike. GCC fused the
// products of those copies into the additions that use them; the fusions
// of the machine code are written out with math.FMA, and every other
// product is rounded on its own (float64(…) keeps Go from fusing).

// ln 2 split for the reductions: gln2Hi has 32 significant bits, so k·gln2Hi
// is exact for the |k| <= 1100 these functions meet.
const (
	gln2Hi = 0x1.62e42feep-1
	gln2Lo = 0x1.a39ef35793c76p-33
)

// Coefficients of expm1's rational approximation on [-ln2/2, ln2/2]
// (fdlibm's Q1…Q5).
const (
	gexpm1Q1 = -0x1.11111111110f4p-5
	gexpm1Q2 = 0x1.a01a019fe5585p-10
	gexpm1Q3 = -0x1.4ce199eaadbb7p-14
	gexpm1Q4 = 0x1.0cfca86e65239p-18
	gexpm1Q5 = -0x1.afdb76e09c32dp-23
)

// withExponentAdded adds k to the binary exponent of y by integer
// arithmetic on its high word, as fdlibm's SET_HIGH_WORD does (no
// rounding, no overflow check).
func withExponentAdded(y float64, k int32) float64 {
	return math.Float64frombits(math.Float64bits(y) + uint64(k)<<52)
}

// withHighWord replaces the high 32 bits of y (sign, exponent and top 20
// bits of the mantissa).
func withHighWord(y float64, hi uint32) float64 {
	return math.Float64frombits(uint64(hi)<<32 | math.Float64bits(y)&0xffffffff)
}

// glibcExpm1 is expm1(x) as glibc's __expm1_fma computes it: x = k·ln2 +
// r with |r| <= ln2/2 (plus a correction c for the rounding of r), a
// rational approximation of expm1(r), and a reconstruction that depends
// on k so that no cancellation is lost.
func glibcExpm1(x float64) float64 {
	bits := math.Float64bits(x)
	hx := uint32(bits>>32) & 0x7fffffff
	neg := bits>>63 != 0

	if hx >= 0x4043687a { // |x| >= 56·ln2
		if hx >= 0x40862e42 { // |x| >= 709.78…
			if hx >= 0x7ff00000 {
				switch {
				case x != x:
					return x + x
				case neg:
					return -1
				}
				return x
			}
			if x > 0x1.62e42fefa39efp+9 {
				return math.Inf(1)
			}
		}
		if neg {
			// tiny − 1 rounds to −1.
			return -1
		}
	}

	// Argument reduction.
	var k int32
	var c float64
	switch {
	case hx > 0x3fd62e42: // |x| > ln2/2
		var hi, lo float64
		switch {
		case hx < 0x3ff0a2b2 && !neg: // |x| < 1.5·ln2
			hi, lo, k = x-gln2Hi, gln2Lo, 1
		case hx < 0x3ff0a2b2:
			hi, lo, k = x+gln2Hi, -gln2Lo, -1
		default:
			half := 0.5
			if neg {
				half = -0.5
			}
			k = int32(float64(0x1.71547652b82fep0*x) + half) // truncated, as C converts
			t := float64(k)
			hi = math.FMA(-t, gln2Hi, x)
			lo = float64(t * gln2Lo)
		}
		x = hi - lo
		c = (hi - x) - lo
	case hx < 0x3c900000: // |x| < 2**-54
		return x
	}

	hfx := float64(0.5 * x)
	hxs := float64(x * hfx)
	r2 := math.FMA(hxs, gexpm1Q3, gexpm1Q2)
	r3 := math.FMA(hxs, gexpm1Q5, gexpm1Q4)
	h2 := float64(hxs * hxs)
	r1 := math.FMA(hxs, gexpm1Q1, 1)
	h4 := float64(h2 * h2)
	r1 = math.FMA(h2, r2, r1)
	r1 = math.FMA(h4, r3, r1)
	t := math.FMA(-r1, hfx, 3)
	e := float64((r1 - t) / math.FMA(-x, t, 6) * hxs)
	if k == 0 {
		return x - math.FMA(x, e, -hxs)
	}
	e = math.FMA(x, e-c, -c)
	e -= hxs
	switch {
	case k == -1:
		return math.FMA(0.5, x-e, -0.5)
	case k == 1:
		if x < -0.25 {
			return float64(-2 * (e - (x + 0.5)))
		}
		return math.FMA(2, x-e, 1)
	case k <= -2 || k > 56:
		// exp(x)−1 is exp(x) to within rounding.
		y := 1 - (e - x)
		return withExponentAdded(y, k) - 1
	case k < 20:
		t := math.Float64frombits(uint64(0x3ff00000-(0x200000>>k)) << 32) // 1 − 2**−k
		return withExponentAdded(t-(e-x), k)
	}
	t = math.Float64frombits(uint64(0x3ff-k) << 52) // 2**−k
	y := x - (e + t)
	y++
	return withExponentAdded(y, k)
}

// Coefficients of log1p's series in s = f/(2+f) (fdlibm's Lp1…Lp7).
const (
	glog1pLp1 = 0x1.5555555555593p-1
	glog1pLp2 = 0x1.999999997fa04p-2
	glog1pLp3 = 0x1.2492494229359p-2
	glog1pLp4 = 0x1.c71c51d8e78afp-3
	glog1pLp5 = 0x1.7466496cb03dep-3
	glog1pLp6 = 0x1.39a09d078c69fp-3
	glog1pLp7 = 0x1.2f112df3e5244p-3
)

// glibcLog1p is log1p(x) as glibc's __log1p_fma computes it: 1+x =
// 2**k·(1+f) with √2/2 <= 1+f < √2 (c carrying the rounding error of
// 1+x), log(1+f) = f − hfsq + s·(hfsq+R(s²)) with hfsq = f²/2 and s =
// f/(2+f), and k·ln2 added in two parts.
func glibcLog1p(x float64) float64 {
	hx := int32(math.Float64bits(x) >> 32)
	ax := hx & 0x7fffffff

	k := int32(1)
	var f, c float64
	var hu int32
	if hx < 0x3fda827a { // x < 0.41422
		if ax >= 0x3ff00000 { // x <= −1, or a NaN with the sign bit
			if x == -1 {
				return math.Inf(-1)
			}
			return (x - x) / (x - x)
		}
		if ax < 0x3e200000 { // |x| < 2**−29
			if ax < 0x3c900000 { // |x| < 2**−54
				return x
			}
			return math.FMA(-float64(x*x), 0.5, x)
		}
		if hx > 0 || hx <= -0x402d413d { // −0.2929 < x < 0.41422
			k, f, hu = 0, x, 1
		}
	} else if hx >= 0x7ff00000 {
		return x + x
	}
	if k != 0 {
		var u float64
		if hx < 0x43400000 {
			u = 1 + x
			hu = int32(math.Float64bits(u) >> 32)
			k = hu>>20 - 1023
			if k > 0 {
				c = 1 - (u - x)
			} else {
				c = x - (u - 1)
			}
			c /= u
		} else {
			u, hu = x, hx
			k = hu>>20 - 1023
		}
		hu &= 0x000fffff
		if hu < 0x6a09e {
			u = withHighWord(u, uint32(hu)|0x3ff00000) // normalize u
		} else {
			k++
			u = withHighWord(u, uint32(hu)|0x3fe00000) // normalize u/2
			hu = (0x00100000 - hu) >> 2
		}
		f = u - 1
	}
	hfsq := float64(float64(0.5*f) * f)
	fk := float64(k)
	if hu == 0 { // |f| < 2**−20
		if f == 0 {
			if k == 0 {
				return 0
			}
			return math.FMA(fk, gln2Hi, math.FMA(fk, gln2Lo, c))
		}
		r := float64(hfsq * math.FMA(-f, 0.66666666666666666, 1))
		if k == 0 {
			return f - r
		}
		return math.FMA(fk, gln2Hi, -((r - math.FMA(fk, gln2Lo, c)) - f))
	}
	s := f / (2 + f)
	z := float64(s * s)
	r2 := math.FMA(z, glog1pLp3, glog1pLp2)
	r3 := math.FMA(z, glog1pLp5, glog1pLp4)
	r4 := math.FMA(z, glog1pLp7, glog1pLp6)
	z2 := float64(z * z)
	z4 := float64(z2 * z2)
	z6 := float64(z2 * z4)
	r := math.FMA(z, glog1pLp1, float64(z2*r2))
	r = math.FMA(z4, r3, r)
	r = math.FMA(z6, r4, r)
	w := float64(s * (hfsq + r))
	if k == 0 {
		return f - (hfsq - w)
	}
	return math.FMA(fk, gln2Hi, -((hfsq - (math.FMA(fk, gln2Lo, c) + w)) - f))
}
