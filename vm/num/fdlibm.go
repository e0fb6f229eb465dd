package num

import "math"

// The hyperbolic functions and log10, which glibc (dbl-64) takes from
// Sun's fdlibm, and glibc's own cbrt. They are accurate to about one ULP,
// so a correctly rounded value would often differ from CPython's; here
// glibc's formulas are evaluated in the same order, with the same branch
// limits, and with glibc's exp, log, expm1 and log1p underneath
// (glibc_exp.go, glibc_log.go, glibc_expm1.go). Inside libm the calls to
// expm1 and log1p go through their ifuncs too, so the hyperbolic functions
// get the FMA copies of those, while their own code (compiled without
// -mfma) rounds every operation: no math.FMA here. Results agree with
// CPython's bit for bit (glibc_expm1_test.go, and tens of millions of
// arguments against the C library during the port).

const ln2 = 0x1.62e42fefa39efp-1

// highWord is the top 32 bits of |x|: fdlibm tests ranges on it, so the
// limits below ignore the low 32 bits of the mantissa as glibc's do
// (0x40862e42 is |x| < 0x1.62e42p+9, not ln(DBL_MAX) itself).
func highWord(x float64) uint32 { return uint32(math.Float64bits(x)>>32) & 0x7fffffff }

// fdSinh is glibc's e_sinh.c.
func fdSinh(x float64) float64 {
	ix := highWord(x)
	if ix >= 0x7ff00000 {
		return x + x
	}
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	ax := math.Abs(x)
	switch {
	case ix < 0x40360000: // |x| < 22
		if ix < 0x3e300000 { // |x| < 2**-28
			return x
		}
		t := glibcExpm1(ax)
		if ix < 0x3ff00000 {
			return float64(h * (float64(2.0*t) - float64(t*t)/(t+1)))
		}
		return float64(h * (t + t/(t+1)))
	case ix < 0x40862e42:
		return float64(h * glibcExp(ax))
	case ax <= 0x1.633ce8fb9f87dp+9: // overflow threshold
		w := glibcExp(float64(0.5 * ax))
		t := float64(h * w)
		return float64(t * w)
	}
	return math.Copysign(math.Inf(1), x)
}

// fdCosh is glibc's e_cosh.c.
func fdCosh(x float64) float64 {
	ix := highWord(x)
	ax := math.Abs(x)
	switch {
	case ix < 0x3fd62e43: // |x| < ln2/2 (a little more)
		if ix < 0x3c800000 { // |x| < 2**-55
			return 1
		}
		t := glibcExpm1(ax)
		w := 1 + t
		return 1 + float64(t*t)/(w+w)
	case ix < 0x40360000: // |x| < 22
		t := glibcExp(ax)
		return float64(0.5*t) + 0.5/t
	case ix < 0x40862e42:
		return float64(0.5 * glibcExp(ax))
	case ax <= 0x1.633ce8fb9f87dp+9:
		w := glibcExp(float64(0.5 * ax))
		t := float64(0.5 * w)
		return float64(t * w)
	case ix >= 0x7ff00000:
		return x * x
	}
	return math.Inf(1)
}

// fdTanh is glibc's s_tanh.c.
func fdTanh(x float64) float64 {
	ix := highWord(x)
	var z float64
	switch {
	case ix >= 0x7ff00000:
		if x != x {
			return x + x
		}
		z = 1
	case ix < 0x40360000: // |x| < 22
		switch {
		case x == 0:
			return x
		case ix < 0x3c800000: // |x| < 2**-55
			return float64(x * (1 + x))
		case ix >= 0x3ff00000: // |x| >= 1
			t := glibcExpm1(float64(2 * math.Abs(x)))
			z = 1 - 2/(t+2)
		default:
			t := glibcExpm1(float64(-2 * math.Abs(x)))
			z = -t / (t + 2)
		}
	default:
		z = 1
	}
	if math.Signbit(x) {
		return -z
	}
	return z
}

// fdAsinh is glibc's s_asinh.c.
func fdAsinh(x float64) float64 {
	ix := highWord(x)
	ax := math.Abs(x)
	var w float64
	switch {
	case ix < 0x3e300000: // |x| < 2**-28
		return x
	case ix > 0x41b00000: // |x| > 2**28 (a little more)
		if ix >= 0x7ff00000 {
			return x + x
		}
		w = glibcLog(ax) + ln2
	case ix > 0x40000000: // |x| > 2 (a little more)
		w = glibcLog(float64(2*ax) + 1/(math.Sqrt(float64(ax*ax)+1)+ax))
	default:
		t := float64(ax * ax)
		w = glibcLog1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// fdAcosh is glibc's e_acosh.c, which compares the whole bit pattern.
func fdAcosh(x float64) float64 {
	hx := int64(math.Float64bits(x))
	switch {
	case hx > 0x4000000000000000: // x > 2
		if hx >= 0x41b0000000000000 { // x >= 2**28
			if hx >= 0x7ff0000000000000 {
				return x + x
			}
			return glibcLog(x) + ln2
		}
		t := float64(x * x)
		return glibcLog(float64(2*x) - 1/(x+math.Sqrt(t-1)))
	case hx > 0x3ff0000000000000: // 1 < x <= 2
		t := x - 1
		return glibcLog1p(t + math.Sqrt(float64(2*t)+float64(t*t)))
	case hx == 0x3ff0000000000000:
		return 0
	}
	return (x - x) / (x - x)
}

// fdAtanh is glibc's e_atanh.c.
func fdAtanh(x float64) float64 {
	ax := math.Abs(x)
	var t float64
	switch {
	case ax < 0.5:
		if ax < 0x1p-28 {
			return x
		}
		t = ax + ax
		t = float64(0.5 * glibcLog1p(t+float64(t*ax)/(1-ax)))
	case ax < 1:
		t = float64(0.5 * glibcLog1p((ax+ax)/(1-ax)))
	case ax > 1:
		return (x - x) / (x - x)
	default: // ±1 or NaN
		return x / 0
	}
	return math.Copysign(t, x)
}

// cbrtFactor is glibc's table of 2**(k/3), k = -2..2, with the
// reciprocals divided in double precision as C does (a Go constant
// expression would be rounded once from the exact quotient instead).
var cbrtFactor = func() [5]float64 {
	cbrt2, sqrCbrt2 := 1.2599210498948731648, 1.5874010519681994748
	return [5]float64{1 / sqrCbrt2, 1 / cbrt2, 1, cbrt2, sqrCbrt2}
}()

// glibcCbrt is glibc's dbl-64 s_cbrt.c: a polynomial estimate on the
// mantissa, one rational (Halley) correction, and a scale by 2**(e/3).
func glibcCbrt(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x + x
	}
	xm, xe := math.Frexp(math.Abs(x))
	u := 0.354895765043919860 + float64((1.50819193781584896+
		float64((-2.11499494167371287+
			float64((2.44693122563534430+
				float64((-1.83469277483613086+
					float64((0.784932344976639262-float64(0.145263899385486377*xm))*xm))*xm))*xm))*xm))*xm)
	t2 := float64(float64(u*u) * u)
	ym := float64(float64(u*(t2+float64(2.0*xm)))/(float64(2.0*t2)+xm)) * cbrtFactor[2+xe%3]
	if x < 0 {
		ym = -ym
	}
	return math.Ldexp(ym, xe/3)
}

// fdLog10 is fdlibm's e_log10.c, which glibc uses: with x = 2**y·m (m in
// [1, 2), or [1/2, 1) for negative exponents), log10(x) =
// (y·log10(2)_lo + log10(e)·log(m)) + y·log10(2)_hi.
func fdLog10(x float64) float64 {
	const (
		two54    = 0x1p54
		ivln10   = 4.34294481903251816668e-01 // 0x3FDBCB7B1526E50E
		log102hi = 3.01029995663611771306e-01 // 0x3FD34413509F6000
		log102lo = 3.69423907715893078616e-13 // 0x3D59FEF311F12B36
	)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	}
	k := 0
	if x < 0x1p-1022 {
		k -= 54
		x *= two54
	}
	bits := math.Float64bits(x)
	hx := int32(bits >> 32)
	k += int(hx>>20) - 1023
	i := 0
	if k < 0 {
		i = 1
	}
	hx = hx&0x000fffff | int32(0x3ff-i)<<20
	y := float64(k + i)
	x = math.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	z := float64(y*log102lo) + float64(ivln10*glibcLog(x))
	return z + float64(y*log102hi)
}
