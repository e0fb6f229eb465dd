package num

import (
	"math"
	"math/big"
)

// The core of CPython 3.11's math module (Modules/mathmodule.c) on Go
// types. The VM converts the arguments (PyFloat_AsDouble, __index__) and
// raises the returned errors; these functions do the arithmetic and decide
// the errors: ValueError "math domain error" and OverflowError "math range
// error" exactly where CPython raises them.
//
// Integer-valued functions take *big.Int; prod() is left to the VM (it is
// generic over the number tower).

// Constants of the math module.
const (
	Pi  = math.Pi     // math.pi
	E   = math.E      // math.e
	Tau = 2 * math.Pi // math.tau
)

// MathInf and MathNaN are math.inf and math.nan (a positive quiet NaN).
var (
	MathInf = math.Inf(1)
	MathNaN = math.Float64frombits(0x7FF8_0000_0000_0000)
)

func domainError() error { return newErr(Value, msgDomain) }
func rangeError() error  { return newErr(Overflow, msgRange) }

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// math1 is CPython's math_1: a NaN from a non-NaN argument is a domain
// error; an infinity from a finite argument is a range error if the
// function can overflow there, else a domain error (a pole).
func math1(x, r float64, canOverflow bool) (float64, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return 0, domainError()
	}
	if math.IsInf(r, 0) && isFinite(x) {
		if canOverflow {
			return 0, rangeError()
		}
		return 0, domainError()
	}
	return r, nil
}

// The one-argument functions, as math.x(float).
func MathAcos(x float64) (float64, error)  { return math1(x, glibcAcos(x), false) }
func MathAcosh(x float64) (float64, error) { return math1(x, fdAcosh(x), false) }
func MathAsin(x float64) (float64, error)  { return math1(x, glibcAsin(x), false) }
func MathAsinh(x float64) (float64, error) { return math1(x, fdAsinh(x), false) }
func MathAtan(x float64) (float64, error)  { return math1(x, glibcAtan(x), false) }
func MathAtanh(x float64) (float64, error) { return math1(x, fdAtanh(x), false) }
func MathCbrt(x float64) (float64, error)  { return math1(x, glibcCbrt(x), false) }
func MathCos(x float64) (float64, error)   { return math1(x, glibcCos(x), false) }
func MathCosh(x float64) (float64, error)  { return math1(x, fdCosh(x), true) }
func MathExp(x float64) (float64, error)   { return math1(x, glibcExp(x), true) }
func MathExp2(x float64) (float64, error)  { return math1(x, glibcExp2(x), true) }
func MathExpm1(x float64) (float64, error) { return math1(x, glibcExpm1(x), true) }
func MathFabs(x float64) float64           { return math.Abs(x) }
func MathLog1p(x float64) (float64, error) { return math1(x, glibcLog1p(x), false) }
func MathSin(x float64) (float64, error)   { return math1(x, glibcSin(x), false) }
func MathSinh(x float64) (float64, error)  { return math1(x, fdSinh(x), true) }
func MathSqrt(x float64) (float64, error)  { return math1(x, math.Sqrt(x), false) }
func MathTan(x float64) (float64, error)   { return math1(x, glibcTan(x), false) }
func MathTanh(x float64) (float64, error)  { return math1(x, fdTanh(x), false) }

// MathErf and MathErfc never raise (math_1a; glibc sets no errno an error
// would come from).
func MathErf(x float64) float64  { return fdErf(x) }
func MathErfc(x float64) float64 { return fdErfc(x) }

// MathLog is math.log(x) for a float: m_log, so log(0) and log(-1) are
// domain errors.
func MathLog(x float64) (float64, error) { return math1(x, glibcLog(x), false) }

// MathLog2 is math.log2(x) for a float.
func MathLog2(x float64) (float64, error) { return math1(x, glibcLog2(x), false) }

// MathLog10 is math.log10(x) for a float.
func MathLog10(x float64) (float64, error) { return math1(x, fdLog10(x), false) }

// MathLogInt is math.log(a) for an int (CPython's loghelper): exact for
// ints beyond the float range, log(x·2**e) = log(x) + log(2)·e, with x
// the int's correctly rounded mantissa in [0.5, 1).
// math.log(x, base) is FloatTrueDiv(log(x), log(base)), which raises
// ZeroDivisionError "float division by zero" for base 1.
func MathLogInt(a *big.Int) (float64, error) { return logHelperInt(a, glibcLog) }

// MathLog2Int is math.log2(a) for an int (log2(2**2000) == 2000.0).
func MathLog2Int(a *big.Int) (float64, error) { return logHelperInt(a, glibcLog2) }

// MathLog10Int is math.log10(a) for an int (log10(10**500) == 500.0).
func MathLog10Int(a *big.Int) (float64, error) { return logHelperInt(a, fdLog10) }

func logHelperInt(a *big.Int, f func(float64) float64) (float64, error) {
	if a.Sign() <= 0 {
		return 0, domainError()
	}
	if x, err := IntToFloat(a); err == nil {
		return math1(x, f(x), false)
	}
	m, e := frexpInt(a)
	return f(m) + float64(f(2.0)*float64(e)), nil
}

// frexpInt is CPython's _PyLong_Frexp for a > 0: a ≈ m·2**e with m in
// [0.5, 1) rounded half to even to 53 bits.
func frexpInt(a *big.Int) (float64, int) {
	f := new(big.Float).SetPrec(53).SetMode(big.ToNearestEven).SetInt(a)
	mant := new(big.Float)
	e := f.MantExp(mant)
	m, _ := mant.Float64()
	return m, e
}

// MathFloor, MathCeil and MathTrunc are math.floor, math.ceil and
// math.trunc of a float, returning an int.
// CPython 3.11: OverflowError "cannot convert float infinity to integer";
// ValueError "cannot convert float NaN to integer".
func MathFloor(x float64) (*big.Int, error) { return FloatToInt(math.Floor(x)) }
func MathCeil(x float64) (*big.Int, error)  { return FloatToInt(math.Ceil(x)) }
func MathTrunc(x float64) (*big.Int, error) { return FloatToInt(x) }

// MathPow is math.pow(x, y) (math_pow_impl): IEEE special cases handled
// directly, libm pow for finite operands; (-8) ** (1/3) and 0 ** -1 are
// domain errors, overflow a range error.
func MathPow(x, y float64) (float64, error) {
	if !isFinite(x) || !isFinite(y) {
		switch {
		case math.IsNaN(x):
			if y == 0 {
				return 1, nil
			}
			return x, nil
		case math.IsNaN(y):
			if x == 1 {
				return 1, nil
			}
			return y, nil
		case math.IsInf(x, 0):
			odd := isFinite(y) && cFmod(math.Abs(y), 2.0) == 1.0
			switch {
			case y > 0:
				if odd {
					return x, nil
				}
				return math.Abs(x), nil
			case y == 0:
				return 1, nil
			}
			if odd {
				return math.Copysign(0, x), nil
			}
			return 0, nil
		}
		// y infinite, x finite
		switch ax := math.Abs(x); {
		case ax == 1:
			return 1, nil
		case y > 0 && ax > 1:
			return y, nil
		case y < 0 && ax < 1:
			return -y, nil
		}
		return 0, nil
	}
	r := crPow(x, y)
	switch {
	case math.IsNaN(r):
		return 0, domainError()
	case math.IsInf(r, 0):
		if x == 0 {
			return 0, domainError()
		}
		return 0, rangeError()
	}
	return r, nil
}

// MathFmod is math.fmod(x, y): the sign of x, exact; fmod(x, inf) == x for
// finite x; fmod(inf, y) and fmod(x, 0) are domain errors.
func MathFmod(x, y float64) (float64, error) {
	if math.IsInf(y, 0) && isFinite(x) {
		return x, nil
	}
	r := cFmod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, domainError()
	}
	return r, nil
}

// MathRemainder is math.remainder(x, y), IEEE 754 remainder (CPython's
// m_remainder): x − n·y with n the integer nearest x/y, ties to even.
func MathRemainder(x, y float64) (float64, error) {
	var r float64
	switch {
	case isFinite(x) && isFinite(y):
		if y == 0 {
			return 0, domainError()
		}
		ax, ay := math.Abs(x), math.Abs(y)
		m := cFmod(ax, ay)
		c := ay - m
		switch {
		case m < c:
			r = m
		case m > c:
			r = -c
		default: // halfway: the even multiple of y
			r = m - float64(2.0*cFmod(float64(0.5*(ax-m)), ay))
		}
		return float64(math.Copysign(1.0, x) * r), nil
	case math.IsNaN(x):
		return x, nil
	case math.IsNaN(y):
		return y, nil
	case math.IsInf(x, 0):
		return 0, domainError()
	}
	return x, nil // y infinite
}

// MathAtan2 is math.atan2(y, x); it never raises. CPython's m_atan2 returns
// its own NaN for a NaN argument and settles the infinities and zeros
// itself, as glibc's atan2 would.
func MathAtan2(y, x float64) float64 {
	if x != x || y != y {
		return MathNaN
	}
	return glibcAtan2(y, x)
}

// MathCopysign is math.copysign(x, y).
func MathCopysign(x, y float64) float64 { return math.Copysign(x, y) }

// MathIsfinite, MathIsinf and MathIsnan are math.isfinite, math.isinf and
// math.isnan.
func MathIsfinite(x float64) bool { return isFinite(x) }
func MathIsinf(x float64) bool    { return math.IsInf(x, 0) }
func MathIsnan(x float64) bool    { return math.IsNaN(x) }

// CPython computes these in double precision at C compile time:
// Py_MATH_PI / 180.0 and 180.0 / Py_MATH_PI (a Go constant expression
// would round the exact quotient once, which can differ).
var (
	degToRad = func() float64 { p := math.Pi; return p / 180.0 }()
	radToDeg = func() float64 { p := math.Pi; return 180.0 / p }()
)

// MathDegrees is math.degrees(x).
func MathDegrees(x float64) float64 { return float64(x * radToDeg) }

// MathRadians is math.radians(x).
func MathRadians(x float64) float64 { return float64(x * degToRad) }

// MathIsclose is math.isclose(a, b, rel_tol=relTol, abs_tol=absTol)
// (defaults 1e-09 and 0.0).
// CPython 3.11: ValueError "tolerances must be non-negative".
func MathIsclose(a, b, relTol, absTol float64) (bool, error) {
	if relTol < 0 || absTol < 0 {
		return false, newErr(Value, "tolerances must be non-negative")
	}
	if a == b {
		return true, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false, nil
	}
	diff := math.Abs(b - a)
	return diff <= math.Abs(float64(relTol*b)) || diff <= math.Abs(float64(relTol*a)) || diff <= absTol, nil
}

// MathLdexp is math.ldexp(x, i).
// CPython 3.11: OverflowError "math range error".
func MathLdexp(x float64, i *big.Int) (float64, error) {
	if x == 0 || !isFinite(x) {
		return x, nil
	}
	const intMax, intMin = 1<<31 - 1, -1 << 31
	switch {
	case !i.IsInt64() && i.Sign() > 0, i.IsInt64() && i.Int64() > intMax:
		return 0, rangeError()
	case !i.IsInt64() && i.Sign() < 0, i.IsInt64() && i.Int64() < intMin:
		return math.Copysign(0, x), nil
	}
	r := math.Ldexp(x, int(i.Int64()))
	if math.IsInf(r, 0) {
		return 0, rangeError()
	}
	return r, nil
}

// MathFrexp is math.frexp(x): (m, e) with x == m·2**e, 0.5 <= |m| < 1;
// zeros, infinities and NaN give (x, 0).
func MathFrexp(x float64) (float64, int) {
	if x == 0 || !isFinite(x) {
		return x, 0
	}
	return math.Frexp(x)
}

// MathModf is math.modf(x): (fractional part, integer part), both with
// the sign of x; modf(±inf) is (±0.0, ±inf).
func MathModf(x float64) (frac, integer float64) {
	switch {
	case math.IsInf(x, 0):
		return math.Copysign(0, x), x
	case math.IsNaN(x):
		return x, x
	}
	integer, frac = math.Modf(x)
	return math.Copysign(frac, x), integer
}

// MathUlp is math.ulp(x).
func MathUlp(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return x
	}
	x2 := math.Nextafter(x, math.Inf(1))
	if math.IsInf(x2, 0) {
		return x - math.Nextafter(x, math.Inf(-1))
	}
	return x2 - x
}

// MathNextafter is math.nextafter(x, y); as C's nextafter it returns y
// when x == y (nextafter(0.0, -0.0) is -0.0).
func MathNextafter(x, y float64) float64 {
	if x == y {
		return y
	}
	return math.Nextafter(x, y)
}

// MathHypot is math.hypot(*coordinates) for the coordinates as floats.
func MathHypot(coords ...float64) float64 {
	vec := make([]float64, len(coords))
	max, foundNaN := 0.0, false
	for i, x := range coords {
		x = math.Abs(x)
		vec[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return vectorNorm(vec, max, foundNaN)
}

// MathDist is math.dist(p, q).
// CPython 3.11: ValueError "both points must have the same number of
// dimensions".
func MathDist(p, q []float64) (float64, error) {
	if len(p) != len(q) {
		return 0, newErr(Value, "both points must have the same number of dimensions")
	}
	vec := make([]float64, len(p))
	max, foundNaN := 0.0, false
	for i := range p {
		x := math.Abs(p[i] - q[i])
		vec[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return vectorNorm(vec, max, foundNaN), nil
}

// vectorNorm is CPython 3.11's vector_norm: the coordinates scaled by a
// power of two, squared exactly by Veltkamp-Dekker splitting, summed with
// compensation in three parts, then the square root with one differential
// correction. vec holds absolute values; it is modified.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	const t27 = 134217729.0 // 2**27 + 1
	switch {
	case math.IsInf(max, 0):
		return max
	case foundNaN:
		return MathNaN
	case max == 0 || len(vec) <= 1:
		return max
	}
	_, maxE := math.Frexp(max)
	if maxE < -1023 {
		// ldexp(1, -maxE) would overflow: work on normal numbers.
		for i := range vec {
			vec[i] /= 0x1p-1022
		}
		return float64(0x1p-1022 * vectorNorm(vec, max/0x1p-1022, foundNaN))
	}
	scale := math.Ldexp(1.0, -maxE)
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	for _, x := range vec {
		x = float64(x * scale)
		t := float64(x * t27)
		hi := t - (t - x)
		lo := x - hi
		x = float64(hi * hi)
		old := csum
		csum += x
		frac1 += (old - csum) + x
		x = float64(float64(2.0*hi) * lo)
		old = csum
		csum += x
		frac2 += (old - csum) + x
		frac3 += float64(lo * lo)
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
	x := h
	t := float64(x * t27)
	hi := t - (t - x)
	lo := x - hi
	x = float64(-hi * hi)
	old := csum
	csum += x
	frac1 += (old - csum) + x
	x = float64(float64(-2.0*hi) * lo)
	old = csum
	csum += x
	frac2 += (old - csum) + x
	x = float64(-lo * lo)
	old = csum
	csum += x
	frac3 += (old - csum) + x
	x = csum - 1.0 + (frac1 + frac2 + frac3)
	return (h + x/float64(2.0*h)) / scale
}

// MathFsum is math.fsum(values): the correctly rounded sum, by CPython's
// algorithm (Shewchuk's exact partials, then a half-even fix-up across
// partials), so its errors arise where CPython's do.
// CPython 3.11: OverflowError "intermediate overflow in fsum" when a
// partial sum of finite values overflows; ValueError "-inf + inf in
// fsum"; an inf or nan value makes the result their plain sum.
func MathFsum(values []float64) (float64, error) {
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	for _, x := range values {
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if !isFinite(x) {
				// From an inf or nan value, or an overflow of finite ones.
				if isFinite(xsave) {
					return 0, newErr(Overflow, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return 0, newErr(Value, "-inf + inf in fsum")
		}
		return specialSum, nil
	}
	hi, lo := 0.0, 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		// Sum from the top down while the sum stays exact.
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			lo = y - (hi - x)
			if lo != 0 {
				break
			}
		}
		// Half-even rounding across partials: if the dropped remainder
		// has the same sign as the next partial, the true sum is past the
		// halfway point.
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return hi, nil
}
