package num

import "math"

// Float arithmetic where Python differs from IEEE: division by zero raises
// instead of giving inf, // and % floor and take the divisor's sign, and
// ** has CPython's own special cases. +, -, * and / of nonzero divisors are
// plain IEEE operations (overflow gives inf, never an error), so the VM does
// them itself.

// FloatTrueDiv returns x / y.
// CPython 3.11: ZeroDivisionError "float division by zero" (also for int /
// float and float / int; int / int says "division by zero", see TrueDiv).
func FloatTrueDiv(x, y float64) (float64, error) {
	if y == 0 {
		return 0, newErr(ZeroDivision, msgFloatDivZero)
	}
	return x / y, nil
}

// FloatMod returns x % y: fmod adjusted to the divisor's sign, a zero result
// carrying the divisor's sign (-0.0 % 5 == 0.0, 0.0 % -5 == -0.0), and
// 5 % -inf == -inf.
// CPython 3.11: ZeroDivisionError "float modulo".
func FloatMod(x, y float64) (float64, error) {
	if y == 0 {
		return 0, newErr(ZeroDivision, msgFloatModZero)
	}
	mod := cFmod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod, nil
}

// defaultNaN is the NaN an x86-64 invalid operation produces (negative,
// quiet): what CPython returns for inf % 5, visible through
// math.copysign.
var defaultNaN = math.Float64frombits(0xFFF8_0000_0000_0000)

// cFmod is C's fmod as glibc computes it: exact (math.Mod is too), a NaN
// operand propagated, and the default NaN for fmod(±inf, y) and fmod(x, 0)
// where math.Mod returns a positive NaN.
func cFmod(x, y float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsNaN(y):
		return y
	case math.IsInf(x, 0) || y == 0:
		return defaultNaN
	}
	return math.Mod(x, y)
}

// FloatFloorDiv returns x // y, the first item of FloatDivMod.
// CPython 3.11: ZeroDivisionError "float floor division by zero".
func FloatFloorDiv(x, y float64) (float64, error) {
	if y == 0 {
		return 0, newErr(ZeroDivision, msgFloatFloorZero)
	}
	q, _ := floatDivMod(x, y)
	return q, nil
}

// FloatDivMod returns divmod(x, y).
// CPython 3.11: ZeroDivisionError "float divmod()".
func FloatDivMod(x, y float64) (q, r float64, err error) {
	if y == 0 {
		return 0, 0, newErr(ZeroDivision, msgFloatDivmodZero)
	}
	q, r = floatDivMod(x, y)
	return q, r, nil
}

// floatDivMod is CPython 3.11's _float_div_mod: the quotient is computed
// from the exact remainder, (x - mod) / y, then floored, and nudged up when
// that division rounded down by more than a half; zero results take the
// sign of x / y. Special values follow: 5.0 // inf == 0.0, -5.0 // inf ==
// -1.0, inf // 5 == nan.
func floatDivMod(vx, wx float64) (floordiv, mod float64) {
	mod = cFmod(vx, wx)
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

// isOddInteger is CPython's DOUBLE_IS_ODD_INTEGER.
func isOddInteger(x float64) bool { return cFmod(math.Abs(x), 2.0) == 1.0 }

// FloatPow returns x ** y as CPython 3.11's float_pow computes it. Usually
// the result is the float f. A negative x with a finite non-integral y
// gives a complex result instead (isComplex, c set), computed as
// complex(x) ** complex(y) is: |x|**y · (cos(πy) + i·sin(πy)).
// Errors: ZeroDivisionError "0.0 cannot be raised to a negative power";
// OverflowError "(34, 'Numerical result out of range')" when the float
// result overflows (see Error.ErrnoMsg); OverflowError "complex
// exponentiation" when a complex part overflows. Underflow is silent.
func FloatPow(x, y float64) (f float64, c complex128, isComplex bool, err error) {
	switch {
	case y == 0:
		return 1.0, 0, false, nil // even nan ** 0 == 1.0
	case math.IsNaN(x):
		return x, 0, false, nil
	case math.IsNaN(y):
		if x == 1.0 {
			return 1.0, 0, false, nil
		}
		return y, 0, false, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1.0:
			return 1.0, 0, false, nil
		case (y > 0) == (ax > 1.0):
			return math.Abs(y), 0, false, nil
		}
		return 0.0, 0, false, nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return x, 0, false, nil
			}
			return math.Abs(x), 0, false, nil
		}
		if odd {
			return math.Copysign(0, x), 0, false, nil
		}
		return 0.0, 0, false, nil
	case x == 0:
		if y < 0 {
			return 0, 0, false, newErr(ZeroDivision, msgZeroNegPow)
		}
		if isOddInteger(y) {
			return x, 0, false, nil
		}
		return 0.0, 0, false, nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			c, err := negativeBasePow(x, y)
			return 0, c, true, err
		}
		x = -x
		negate = isOddInteger(y)
	}
	if x == 1.0 {
		if negate {
			return -1.0, 0, false, nil
		}
		return 1.0, 0, false, nil
	}
	r := libmPow(x, y)
	if math.IsInf(r, 0) {
		return 0, 0, false, newErr(Overflow, msgERANGE)
	}
	if negate {
		r = -r
	}
	return r, 0, false, nil
}

// negativeBasePow is CPython's _Py_c_pow for complex(x, 0) ** complex(y, 0)
// with x < 0 and y finite and not an integer (complex_pow only takes its
// repeated-multiplication path for integral exponents): the length is
// hypot(x, 0) ** y == |x| ** y, the phase atan2(0, x) * y == π·y.
func negativeBasePow(x, y float64) (complex128, error) {
	length := libmPow(-x, y)
	phase := float64(math.Pi * y)
	re := float64(length * glibcCos(phase))
	im := float64(length * glibcSin(phase))
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return 0, newErr(Overflow, "complex exponentiation")
	}
	return complex(re, im), nil
}
