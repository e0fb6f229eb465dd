package compiler

import (
	"math"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// Float arithmetic of CPython 3.11's floatobject.c. Products are wrapped in
// float64() conversions wherever a sum follows, so that the Go compiler
// cannot fuse them into an FMA that C code compiled for x86-64 does not use.

// floatArith is float_add, float_sub, float_mul, float_div, float_floor_div,
// float_rem and float_pow on two doubles. Overflow to infinity is not an
// error except in pow.
func floatArith(op syntax.Operator, a, b float64) (constant.Value, bool) {
	switch op {
	case syntax.Add:
		return constant.Float(a + b), true
	case syntax.Sub:
		return constant.Float(a - b), true
	case syntax.Mult:
		return constant.Float(a * b), true
	case syntax.Div:
		if b == 0 {
			return nil, false // ZeroDivisionError: float division by zero
		}
		return constant.Float(a / b), true
	case syntax.FloorDiv:
		if b == 0 {
			return nil, false
		}
		d, _ := floatDivMod(a, b)
		return constant.Float(d), true
	case syntax.Mod_:
		if b == 0 {
			return nil, false
		}
		return constant.Float(floatRem(a, b)), true
	case syntax.Pow:
		return floatPow(a, b)
	}
	return nil, false
}

// floatRem is float_rem: fmod, then the remainder takes the sign of the
// divisor (a zero remainder too).
func floatRem(vx, wx float64) float64 {
	mod := math.Mod(vx, wx)
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	return mod
}

// floatDivMod is _float_div_mod: the floor quotient snapped to the nearest
// integral value, and the remainder of floatRem.
func floatDivMod(vx, wx float64) (floordiv, mod float64) {
	mod = math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// isOddInteger is float_pow's DOUBLE_IS_ODD_INTEGER (x finite).
func isOddInteger(x float64) bool { return math.Mod(math.Abs(x), 2.0) == 1.0 }

// floatPow is float_pow: IEEE special cases sorted out first, a negative
// base with a non-integral exponent handed to complex_pow (the result is
// complex), 0.0 to a negative power a ZeroDivisionError, and the platform
// pow() (glibc's, see crPow) for the rest, where overflow is
// an OverflowError.
func floatPow(iv, iw float64) (constant.Value, bool) {
	if iw == 0 {
		return constant.Float(1.0), true
	}
	if math.IsNaN(iv) {
		return constant.Float(iv), true
	}
	if math.IsNaN(iw) {
		if iv == 1.0 {
			return constant.Float(1.0), true
		}
		return constant.Float(iw), true
	}
	if math.IsInf(iw, 0) {
		iv = math.Abs(iv)
		switch {
		case iv == 1.0:
			return constant.Float(1.0), true
		case (iw > 0) == (iv > 1.0):
			return constant.Float(math.Abs(iw)), true
		default:
			return constant.Float(0.0), true
		}
	}
	if math.IsInf(iv, 0) {
		odd := isOddInteger(iw)
		if iw > 0 {
			if odd {
				return constant.Float(iv), true
			}
			return constant.Float(math.Abs(iv)), true
		}
		if odd {
			return constant.Float(math.Copysign(0, iv)), true
		}
		return constant.Float(0.0), true
	}
	if iv == 0 {
		if iw < 0 {
			return nil, false // ZeroDivisionError
		}
		if isOddInteger(iw) {
			return constant.Float(iv), true
		}
		return constant.Float(0.0), true
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			// Negative numbers raised to fractional powers become complex.
			return complexPow(pyComplex{iv, 0}, pyComplex{iw, 0})
		}
		iv = -iv
		negate = isOddInteger(iw)
	}
	if iv == 1.0 {
		if negate {
			return constant.Float(-1.0), true
		}
		return constant.Float(1.0), true
	}
	ix := crPow(iv, iw)
	if math.IsInf(ix, 0) {
		return nil, false // OverflowError (errno ERANGE)
	}
	if negate {
		ix = -ix
	}
	return constant.Float(ix), true
}
