package num

import "math"

// The functions glibc (dbl-64) takes from Sun's fdlibm rather than
// computing correctly rounded: expm1, log1p, sinh, cosh, tanh, asinh,
// acosh, atanh, erf, erfc; and glibc's own cbrt. They are accurate to about
// one ULP, so a correctly rounded value would often differ from CPython's;
// here the same formulas are evaluated in the same order, with glibc's
// exp and log underneath (glibcExp and glibcLog, glibc_exp.go and
// glibc_log.go).
// Go's math.Expm1, math.Log1p and math.Erf/Erfc are ports of the fdlibm
// routines and agree with glibc's.

// fdExpm1 is expm1(x).
func fdExpm1(x float64) float64 { return math.Expm1(x) }

// fdLog1p is log1p(x).
func fdLog1p(x float64) float64 { return math.Log1p(x) }

const ln2 = 0x1.62e42fefa39efp-1

// fdSinh is fdlibm's e_sinh.c.
func fdSinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	ax := math.Abs(x)
	switch {
	case ax < 22:
		if ax < 0x1p-28 {
			return x
		}
		t := fdExpm1(ax)
		if ax < 1 {
			return float64(h * (float64(2.0*t) - float64(t*t)/(t+1)))
		}
		return float64(h * (t + t/(t+1)))
	case ax < 0x1.62e42fefa39efp+9: // ln(DBL_MAX)
		return float64(h * glibcExp(ax))
	case ax <= 0x1.633ce8fb9f87dp+9: // overflow threshold
		w := glibcExp(float64(0.5 * ax))
		t := float64(h * w)
		return float64(t * w)
	}
	return math.Copysign(math.Inf(1), x)
}

// fdCosh is fdlibm's e_cosh.c.
func fdCosh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	ax := math.Abs(x)
	switch {
	case math.IsInf(x, 0):
		return math.Inf(1)
	case ax < 0.5*ln2:
		t := fdExpm1(ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + float64(t*t)/(w+w)
	case ax < 22:
		t := glibcExp(ax)
		return float64(0.5*t) + 0.5/t
	case ax < 0x1.62e42fefa39efp+9:
		return float64(0.5 * glibcExp(ax))
	case ax <= 0x1.633ce8fb9f87dp+9:
		w := glibcExp(float64(0.5 * ax))
		t := float64(0.5 * w)
		return float64(t * w)
	}
	return math.Inf(1)
}

// fdTanh is fdlibm's s_tanh.c.
func fdTanh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	ax := math.Abs(x)
	var z float64
	switch {
	case math.IsInf(x, 0):
		z = 1
	case ax < 22:
		switch {
		case ax < 0x1p-55:
			return float64(x * (1 + x))
		case ax >= 1:
			t := fdExpm1(float64(2 * ax))
			z = 1 - 2/(t+2)
		default:
			t := fdExpm1(float64(-2 * ax))
			z = -t / (t + 2)
		}
	default:
		z = 1
	}
	if x < 0 {
		return -z
	}
	return z
}

// fdAsinh is fdlibm's s_asinh.c.
func fdAsinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	ax := math.Abs(x)
	var w float64
	switch {
	case ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = glibcLog(ax) + ln2
	case ax > 2:
		w = glibcLog(float64(2*ax) + 1/(math.Sqrt(float64(x*x)+1)+ax))
	default:
		t := float64(x * x)
		w = fdLog1p(ax + t/(1+math.Sqrt(1+t)))
	}
	if x < 0 {
		return -w
	}
	return w
}

// fdAcosh is fdlibm's e_acosh.c.
func fdAcosh(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x < 1:
		return math.NaN()
	case x >= 0x1p28:
		if math.IsInf(x, 1) {
			return x
		}
		return glibcLog(x) + ln2
	case x == 1:
		return 0
	case x > 2:
		t := float64(x * x)
		return glibcLog(float64(2*x) - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return fdLog1p(t + math.Sqrt(float64(2*t)+float64(t*t)))
}

// fdAtanh is fdlibm's e_atanh.c.
func fdAtanh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case ax > 1:
		return math.NaN()
	case ax == 1:
		return math.Copysign(math.Inf(1), x)
	case ax < 0x1p-28:
		return x
	}
	var t float64
	if ax < 0.5 {
		t = ax + ax
		t = float64(0.5 * fdLog1p(t+float64(t*ax)/(1-ax)))
	} else {
		t = float64(0.5 * fdLog1p((ax+ax)/(1-ax)))
	}
	if x < 0 {
		return -t
	}
	return t
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
