package num

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
)

// float.hex(), float.fromhex() and float.as_integer_ratio(), CPython
// 3.11's float_hex, float_fromhex and float_as_integer_ratio.

// FloatHex is float.hex(x): "0x1.8000000000000p+3" (always 13 hex
// digits), subnormals as "0x0.…p-1022", zeros as "0x0.0p+0" with their
// sign, and "inf", "-inf", "nan".
func FloatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case x == 0:
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	sign := ""
	if x < 0 {
		sign, x = "-", -x
	}
	b := math.Float64bits(x)
	exp := int(b>>52) & 0x7ff
	mant := b & (1<<52 - 1)
	lead := 1
	if exp == 0 { // subnormal
		lead, exp = 0, 1
	}
	return fmt.Sprintf("%s0x%d.%013xp%+d", sign, lead, mant, exp-1023)
}

// FloatFromHex is float.fromhex(s): [sign][0x]hexdigits[.hexdigits][p[sign]
// decimal exponent], or inf, infinity, nan, with ASCII whitespace around;
// the value is rounded half to even.
// CPython 3.11: ValueError "invalid hexadecimal floating-point string";
// OverflowError "hexadecimal value too large to represent as a float";
// ValueError "hexadecimal string too long to convert".
func FloatFromHex(s string) (float64, error) {
	invalid := func() (float64, error) {
		return 0, newErr(Value, "invalid hexadecimal floating-point string")
	}
	b := []byte(s)
	i := 0
	for i < len(b) && isASCIISpace(b[i]) {
		i++
	}
	end := len(b)
	for end > i && isASCIISpace(b[end-1]) {
		end--
	}
	b = b[i:end]
	neg := false
	body := b
	if len(body) > 0 && (body[0] == '+' || body[0] == '-') {
		neg, body = body[0] == '-', body[1:]
	}
	if f, ok := parseInfNaN(body); ok {
		if neg {
			f = math.Copysign(f, -1)
		}
		return f, nil
	}
	if len(body) >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X') {
		body = body[2:]
	}
	isHex := func(c byte) bool { return digitValue(c) < 16 }
	var digits []byte
	k := 0
	for k < len(body) && isHex(body[k]) {
		digits = append(digits, body[k])
		k++
	}
	fdigits := 0
	if k < len(body) && body[k] == '.' {
		k++
		for k < len(body) && isHex(body[k]) {
			digits = append(digits, body[k])
			k++
			fdigits++
		}
	}
	if len(digits) == 0 {
		return invalid()
	}
	// CPython's bound on the digit count (LONG_MAX/2 + 1 − DBL_MAX_EXP)/4.
	if len(digits) > (math.MaxInt64/2+1-1024)/4 {
		return 0, newErr(Value, "hexadecimal string too long to convert")
	}
	exp := int64(0)
	if k < len(body) && (body[k] == 'p' || body[k] == 'P') {
		k++
		start := k
		if k < len(body) && (body[k] == '+' || body[k] == '-') {
			k++
		}
		if k == len(body) || !isDigit(body[k]) {
			return invalid()
		}
		for k < len(body) && isDigit(body[k]) {
			k++
		}
		e, err := strconv.ParseInt(string(body[start:k]), 10, 64)
		if err != nil { // strtol saturates
			e = math.MaxInt64
			if body[start] == '-' {
				e = math.MinInt64
			}
		}
		exp = max(min(e, 1<<40), -(1 << 40)) // far outside the float range either way
	}
	if k != len(body) {
		return invalid()
	}
	m, _ := new(big.Int).SetString(string(digits), 16)
	var f float64
	if m.Sign() != 0 {
		// value = m · 2**(exp − 4·fdigits); clamp far beyond the float range.
		e := exp - 4*int64(fdigits)
		top := e + int64(m.BitLen())
		switch {
		case top > 1100:
			return 0, newErr(Overflow, "hexadecimal value too large to represent as a float")
		case top < -1100:
			f = 0
		default:
			v := new(big.Float).SetInt(m)
			v.SetMantExp(v, int(e))
			f, _ = v.Float64() // half to even, subnormals included
			if math.IsInf(f, 0) {
				return 0, newErr(Overflow, "hexadecimal value too large to represent as a float")
			}
		}
	}
	if neg {
		f = -f
	}
	return f, nil
}

// FloatAsIntegerRatio is float.as_integer_ratio(x): the exact value as a
// fraction in lowest terms with a positive denominator.
// CPython 3.11: OverflowError "cannot convert Infinity to integer ratio";
// ValueError "cannot convert NaN to integer ratio".
func FloatAsIntegerRatio(x float64) (num, den *big.Int, err error) {
	switch {
	case math.IsInf(x, 0):
		return nil, nil, newErr(Overflow, "cannot convert Infinity to integer ratio")
	case math.IsNaN(x):
		return nil, nil, newErr(Value, "cannot convert NaN to integer ratio")
	case x == 0:
		return new(big.Int), big.NewInt(1), nil
	}
	m, e := oddMantissa(x)
	num = big.NewInt(m)
	if e >= 0 {
		return num.Lsh(num, uint(e)), big.NewInt(1), nil
	}
	return num, new(big.Int).Lsh(bigOne, uint(-e)), nil
}

// oddMantissa writes a finite nonzero double as m·2**e with m odd.
func oddMantissa(f float64) (m int64, e int) {
	fr, ex := math.Frexp(f)
	m = int64(math.Ldexp(fr, 53))
	e = ex - 53
	for m%2 == 0 {
		m /= 2
		e++
	}
	return m, e
}
