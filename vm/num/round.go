package num

import (
	"math"
	"math/big"
	"strconv"
)

// round() for floats and ints, CPython 3.11's float___round___impl and
// long_round.

// RoundFloatToInt returns round(x) for a float: the nearest int, ties to
// even (round(0.5) == 0, round(1.5) == 2, round(-2.5) == -2).
// CPython 3.11: OverflowError "cannot convert float infinity to integer";
// ValueError "cannot convert float NaN to integer".
func RoundFloatToInt(x float64) (*big.Int, error) {
	return FloatToInt(math.RoundToEven(x))
}

// The ndigits bounds of CPython's float round: beyond them the result is x
// itself, or a zero with x's sign.
const (
	roundDigitsMax = 323  // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
	roundDigitsMin = -308 // -(DBL_MAX_EXP + 1) * 0.30103
)

// RoundFloat returns round(x, ndigits) for a float: the exact binary value
// of x rounded half to even to a multiple of 10**-ndigits, then read back
// as the nearest float, as CPython does through dtoa mode 3
// (round(2.675, 2) == 2.67, round(0.125, 2) == 0.12, round(0.375, 2) ==
// 0.38, round(1234.5678, -2) == 1200.0, round(-0.0, 1) == -0.0). inf and
// nan are returned unchanged; so is x for ndigits > 323; ndigits < -308
// gives a zero with x's sign. The VM clips ndigits to a Py_ssize_t as
// PyNumber_AsSsize_t does.
// CPython 3.11: OverflowError "rounded value too large to represent"
// (round(1.7e308, -308)).
func RoundFloat(x float64, ndigits int64) (float64, error) {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return x, nil
	}
	if ndigits > roundDigitsMax {
		return x, nil
	}
	if ndigits < roundDigitsMin {
		return float64(0.0 * x), nil
	}
	var text string
	if ndigits >= 0 {
		// strconv rounds the exact binary value half to even, like dtoa.
		text = strconv.FormatFloat(x, 'f', int(ndigits), 64)
	} else {
		text = roundToPowerOfTen(x, int(-ndigits))
	}
	r, err := strconv.ParseFloat(text, 64)
	if err != nil && math.IsInf(r, 0) {
		return 0, newErr(Overflow, "rounded value too large to represent")
	}
	if r == 0 && math.Signbit(x) {
		r = math.Copysign(0, -1) // dtoa keeps the sign of a zero result
	}
	return r, nil
}

// roundToPowerOfTen returns the decimal text of x rounded half to even to
// a multiple of 10**k, k > 0: "-12e2".
func roundToPowerOfTen(x float64, k int) string {
	mant, exp := math.Frexp(math.Abs(x))
	m := new(big.Int).SetUint64(uint64(math.Ldexp(mant, 53))) // exact
	exp -= 53
	num, den := m, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	if exp >= 0 {
		num = new(big.Int).Lsh(m, uint(exp))
	} else {
		den = new(big.Int).Lsh(den, uint(-exp))
	}
	q := divNearEven(num, den)
	s := q.String() + "e" + strconv.Itoa(k)
	if math.Signbit(x) {
		s = "-" + s
	}
	return s
}

// divNearEven returns a / b rounded half to even, for b > 0.
func divNearEven(a, b *big.Int) *big.Int {
	q, r := floorQuoRem(a, b)
	r2 := new(big.Int).Lsh(r, 1)
	if c := r2.Cmp(b); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, bigOne)
	}
	return q
}

// RoundInt returns round(i, ndigits) for an int: i itself when ndigits >=
// 0, else i rounded half to even to a multiple of 10**-ndigits
// (round(1250, -2) == 1200, round(1350, -2) == 1400, round(25, -1) == 20,
// round(5, -1) == 0). The result is an int.
func RoundInt(i, ndigits *big.Int) *big.Int {
	if ndigits.Sign() >= 0 || i.Sign() == 0 {
		return new(big.Int).Set(i)
	}
	k := new(big.Int).Neg(ndigits)
	// |i| < 10**n with n decimal digits; when 10**k > 2·|i| the nearest
	// multiple is 0, so huge k never builds 10**k.
	n := int64(float64(i.BitLen())*0.30102999566398120) + 1
	if !k.IsInt64() || k.Int64() > n+1 {
		return new(big.Int)
	}
	p := new(big.Int).Exp(big.NewInt(10), k, nil)
	q := divNearEven(i, p)
	return q.Mul(q, p)
}
