package num

import "math"

// complex arithmetic where CPython 3.11 (Objects/complexobject.c) does
// more than IEEE operations on the parts: product, quotient, power and
// abs. Addition, subtraction and negation are part-wise and left to the
// VM.

// ComplexMul is _Py_c_prod: (ac − bd) + (ad + bc)i, each product rounded
// (never fused).
func ComplexMul(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// cQuot is _Py_c_quot, Smith's algorithm; edom reports a zero divisor.
func cQuot(a, b complex128) (q complex128, edom bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, true
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), false
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), false
	}
	// a NaN in the divisor
	return complex(MathNaN, MathNaN), false
}

// ComplexDiv is complex true division a / b.
// CPython 3.11: ZeroDivisionError "complex division by zero".
func ComplexDiv(a, b complex128) (complex128, error) {
	q, edom := cQuot(a, b)
	if edom {
		return 0, newErr(ZeroDivision, "complex division by zero")
	}
	return q, nil
}

// cPow is _Py_c_pow; edom is C's errno EDOM (zero to a negative or
// complex power, or a phase whose sine is undefined).
func cPow(a, b complex128) (r complex128, edom bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	switch {
	case br == 0 && bi == 0:
		return 1, false
	case ar == 0 && ai == 0:
		return 0, bi != 0 || br < 0
	}
	vabs := LibmHypot(ar, ai)
	length := crPow(vabs, br)
	at := glibcAtan2(ai, ar)
	phase := float64(at * br)
	if bi != 0 {
		length /= glibcExp(float64(at * bi))
		phase += float64(bi * glibcLog(vabs))
	}
	if math.IsInf(phase, 0) {
		edom = true
	}
	return complex(float64(length*glibcCos(phase)), float64(length*glibcSin(phase))), edom
}

// cPowu is c_powu: binary powering by _Py_c_prod.
func cPowu(x complex128, n int64) complex128 {
	r := complex128(1)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = ComplexMul(r, p)
		}
		p = ComplexMul(p, p)
	}
	return r
}

// ComplexPow is complex ** (complex_pow): an exponent with no imaginary
// part and an integral real part of magnitude at most 100 is applied by
// repeated multiplication (and a final division when negative), others
// through exp and log of the polar form.
// CPython 3.11: ZeroDivisionError "0.0 to a negative or complex power";
// OverflowError "complex exponentiation".
func ComplexPow(a, b complex128) (complex128, error) {
	var p complex128
	var edom bool
	if e := real(b); imag(b) == 0 && e == math.Floor(e) && math.Abs(e) <= 100 {
		if n := int64(e); n > 0 {
			p = cPowu(a, n)
		} else {
			p, edom = cQuot(1, cPowu(a, -n))
		}
	} else {
		p, edom = cPow(a, b)
	}
	if edom {
		return 0, newErr(ZeroDivision, "0.0 to a negative or complex power")
	}
	if math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
		return 0, newErr(Overflow, "complex exponentiation")
	}
	return p, nil
}

// ComplexAbs is abs(z) (_Py_c_abs): an infinite part gives inf even with
// a NaN beside it; otherwise hypot.
// CPython 3.11: OverflowError "absolute value too large".
func ComplexAbs(z complex128) (float64, error) {
	re, im := real(z), imag(z)
	switch {
	case math.IsInf(re, 0):
		return math.Abs(re), nil
	case math.IsInf(im, 0):
		return math.Abs(im), nil
	case math.IsNaN(re) || math.IsNaN(im):
		return MathNaN, nil
	}
	r := LibmHypot(re, im)
	if math.IsInf(r, 0) {
		return 0, newErr(Overflow, "absolute value too large")
	}
	return r, nil
}

// LibmHypot is C's hypot(x, y) as glibc computes it (glibc_hypot.go).
func LibmHypot(x, y float64) float64 { return glibcHypot(x, y) }
