package compiler

import (
	"math"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// Complex arithmetic of CPython 3.11's complexobject.c (Py_complex and the
// _Py_c_* functions), reproduced operation by operation so that rounding,
// infinities and NaNs come out as CPython's. Products are converted with
// float64() before being summed to keep the Go compiler from fusing them.

// pyComplex is CPython's Py_complex.
type pyComplex struct{ real, imag float64 }

func (c pyComplex) value() constant.Value { return constant.Complex(complex(c.real, c.imag)) }

// complexArith is complex_add, complex_sub, complex_mul, complex_div and
// complex_pow; floor division and modulo raise TypeError in 3.11.
func complexArith(op syntax.Operator, a, b pyComplex) (constant.Value, bool) {
	switch op {
	case syntax.Add:
		return pyComplex{a.real + b.real, a.imag + b.imag}.value(), true
	case syntax.Sub:
		return pyComplex{a.real - b.real, a.imag - b.imag}.value(), true
	case syntax.Mult:
		return cProd(a, b).value(), true
	case syntax.Div:
		q, edom := cQuot(a, b)
		if edom {
			return nil, false // ZeroDivisionError: complex division by zero
		}
		return q.value(), true
	case syntax.Pow:
		return complexPow(a, b)
	}
	return nil, false
}

// cProd is _Py_c_prod.
func cProd(a, b pyComplex) pyComplex {
	return pyComplex{
		float64(a.real*b.real) - float64(a.imag*b.imag),
		float64(a.real*b.imag) + float64(a.imag*b.real),
	}
}

// cQuot is _Py_c_quot (Smith's algorithm); edom reports division by zero.
func cQuot(a, b pyComplex) (r pyComplex, edom bool) {
	absBreal := math.Abs(b.real)
	absBimag := math.Abs(b.imag)
	switch {
	case absBreal >= absBimag:
		if absBreal == 0 {
			return pyComplex{}, true
		}
		ratio := b.imag / b.real
		denom := b.real + float64(b.imag*ratio)
		r.real = (a.real + float64(a.imag*ratio)) / denom
		r.imag = (a.imag - float64(a.real*ratio)) / denom
	case absBimag >= absBreal:
		ratio := b.real / b.imag
		denom := float64(b.real*ratio) + b.imag
		r.real = (float64(a.real*ratio) + a.imag) / denom
		r.imag = (float64(a.imag*ratio) - a.real) / denom
	default:
		// At least one of b.real or b.imag is a NaN.
		r.real, r.imag = math.NaN(), math.NaN()
	}
	return r, false
}

// cPow is _Py_c_pow, its C library calls as glibc computes them. edom is
// C's errno EDOM: zero to a negative or complex power, or the sine or
// cosine of an infinite phase.
func cPow(a, b pyComplex) (r pyComplex, edom bool) {
	switch {
	case b.real == 0 && b.imag == 0:
		return pyComplex{1, 0}, false
	case a.real == 0 && a.imag == 0:
		return pyComplex{}, b.imag != 0 || b.real < 0
	}
	vabs := crHypot(a.real, a.imag)
	length := crPow(vabs, b.real)
	at := crAtan2(a.imag, a.real)
	// The conversions keep Go from fusing the products into the sum.
	phase := float64(at * b.real)
	if b.imag != 0 {
		length /= crExp(float64(at * b.imag))
		phase += float64(b.imag * crLog(vabs))
	}
	if math.IsInf(phase, 0) {
		edom = true
	}
	r.real = float64(length * crCos(phase))
	r.imag = float64(length * crSin(phase))
	return r, edom
}

// cPowu is c_powu: binary powering by repeated _Py_c_prod.
func cPowu(x pyComplex, n int64) pyComplex {
	r := pyComplex{1, 0}
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

// cPowi is c_powi: small integral exponents by repeated multiplication
// (and a final division for negative ones), larger through _Py_c_pow.
func cPowi(x pyComplex, n int64) (pyComplex, bool) {
	switch {
	case n > foldComplexIntPowCap || n < -foldComplexIntPowCap:
		return cPow(x, pyComplex{float64(n), 0})
	case n > 0:
		return cPowu(x, n), false
	}
	return cQuot(pyComplex{1, 0}, cPowu(x, -n))
}

// complexPow is complex_pow: an exponent with zero imaginary part and an
// integral real part that fits a C long goes through c_powi, others
// through _Py_c_pow. Any infinite part in the result is an OverflowError
// (Py_ADJUST_ERANGE2), a zero base with a negative or complex exponent a
// ZeroDivisionError.
func complexPow(a, b pyComplex) (constant.Value, bool) {
	var p pyComplex
	var edom bool
	if b.imag == 0 && b.real == math.Trunc(b.real) && b.real >= -(1<<63) && b.real < 1<<63 {
		p, edom = cPowi(a, int64(b.real))
	} else {
		p, edom = cPow(a, b)
	}
	if edom || math.IsInf(p.real, 0) || math.IsInf(p.imag, 0) {
		return nil, false
	}
	return p.value(), true
}
