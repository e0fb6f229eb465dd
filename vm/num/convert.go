package num

import (
	"math"
	"math/big"
)

// IntToFloat returns float(a), rounded half to even.
// CPython 3.11: OverflowError "int too large to convert to float" when the
// rounded value is beyond the largest float (float(2**1024 - 2**970)
// rounds up to 2**1024 and raises).
func IntToFloat(a *big.Int) (float64, error) {
	if a.IsInt64() {
		// Go's int64 → float64 conversion rounds to nearest even.
		return float64(a.Int64()), nil
	}
	f, _ := new(big.Float).SetInt(a).Float64()
	if math.IsInf(f, 0) {
		return 0, newErr(Overflow, msgIntTooLarge)
	}
	return f, nil
}

// FloatToInt returns int(f), truncating toward zero.
// CPython 3.11: OverflowError "cannot convert float infinity to integer";
// ValueError "cannot convert float NaN to integer".
func FloatToInt(f float64) (*big.Int, error) {
	if i, ok := FloatToInt64(f); ok {
		return big.NewInt(i), nil
	}
	if math.IsNaN(f) {
		return nil, newErr(Value, msgFloatNaN)
	}
	if math.IsInf(f, 0) {
		return nil, newErr(Overflow, msgFloatInf)
	}
	i, _ := new(big.Float).SetFloat64(f).Int(nil)
	return i, nil
}

// FloatToInt64 is FloatToInt for results that fit an int64; ok is false
// for larger magnitudes, infinities and NaN.
func FloatToInt64(f float64) (int64, bool) {
	// -2**63 is exact; 2**63 is the first float past MaxInt64.
	if f >= -9223372036854775808.0 && f < 9223372036854775808.0 {
		return int64(f), true
	}
	return 0, false
}

// CompareIntFloat compares a with f exactly, as CPython 3.11 compares int
// and float (2**53 + 1 > 2.0**53, 10**400 < inf, 1e23 != 10**23): cmp is
// -1, 0 or +1 for a < f, a == f, a > f. ok is false when f is NaN, where
// every comparison but != is False.
func CompareIntFloat(a *big.Int, f float64) (cmp int, ok bool) {
	if a.IsInt64() {
		return CompareInt64Float(a.Int64(), f)
	}
	switch {
	case math.IsNaN(f):
		return 0, false
	case math.IsInf(f, 1):
		return -1, true
	case math.IsInf(f, -1):
		return 1, true
	case math.Abs(f) < 9223372036854775808.0:
		// |a| >= 2**63 > |f|
		return a.Sign(), true
	}
	// f is an integer here (|f| >= 2**63 > 2**53).
	fi, _ := new(big.Float).SetFloat64(f).Int(nil)
	return a.Cmp(fi), true
}

// CompareInt64Float is CompareIntFloat for an int64.
func CompareInt64Float(a int64, f float64) (cmp int, ok bool) {
	switch {
	case math.IsNaN(f):
		return 0, false
	case f >= 9223372036854775808.0:
		return -1, true
	case f < -9223372036854775808.0:
		return 1, true
	}
	// -2**63 <= f < 2**63: compare integer parts exactly, then the fraction.
	t := math.Trunc(f)
	ti := int64(t)
	switch {
	case a < ti:
		return -1, true
	case a > ti:
		return 1, true
	}
	frac := f - t
	switch {
	case frac > 0:
		return -1, true
	case frac < 0:
		return 1, true
	}
	return 0, true
}
