package num

import (
	"math"
	"math/big"
	"math/bits"
)

// Int arithmetic with Python's floor semantics. Every *big.Int function
// leaves its arguments alone and returns a fresh result. The Int64 variants
// are fast paths for the VM's immediate ints: they report ok=false when the
// result does not fit an int64 or the operation raises, and the caller then
// calls the *big.Int function, which computes the result or the error.
//
// Addition, subtraction, multiplication, negation, abs and the bitwise
// operators need nothing beyond math/big: big.Int's And, Or, Xor, AndNot
// and Not already use Python's infinite two's complement semantics on
// negative numbers.

// MaxIntBits caps the size of the ints that Lsh and Pow build. CPython
// raises MemoryError when it cannot allocate a result (1 << 2**40); a Go
// program that runs out of memory dies instead, so results larger than
// this many bits (128 MiB, about 323 million decimal digits) raise
// MemoryError up front.
const MaxIntBits = 1 << 30

var (
	bigOne  = big.NewInt(1)
	bigZero = new(big.Int)
)

// floorQuoRem sets q, r to a // b and a % b with Python's floor semantics
// (the remainder takes the divisor's sign). b must not be zero.
func floorQuoRem(a, b *big.Int) (q, r *big.Int) {
	q, r = new(big.Int), new(big.Int)
	q.QuoRem(a, b, r)
	if r.Sign() != 0 && (r.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, bigOne)
		r.Add(r, b)
	}
	return q, r
}

// FloorDiv returns a // b.
// CPython 3.11: ZeroDivisionError "integer division or modulo by zero".
func FloorDiv(a, b *big.Int) (*big.Int, error) {
	if b.Sign() == 0 {
		return nil, newErr(ZeroDivision, msgIntDivZero)
	}
	q, _ := floorQuoRem(a, b)
	return q, nil
}

// Mod returns a % b, which has the sign of b.
// CPython 3.11: ZeroDivisionError "integer modulo by zero" (the wording
// differs from // and divmod in 3.11).
func Mod(a, b *big.Int) (*big.Int, error) {
	if b.Sign() == 0 {
		return nil, newErr(ZeroDivision, msgIntModZero)
	}
	_, r := floorQuoRem(a, b)
	return r, nil
}

// DivMod returns divmod(a, b).
// CPython 3.11: ZeroDivisionError "integer division or modulo by zero".
func DivMod(a, b *big.Int) (q, r *big.Int, err error) {
	if b.Sign() == 0 {
		return nil, nil, newErr(ZeroDivision, msgIntDivZero)
	}
	q, r = floorQuoRem(a, b)
	return q, r, nil
}

// FloorDivInt64 is FloorDiv for int64 operands; ok is false when b is zero
// or the result overflows (MinInt64 // -1).
func FloorDivInt64(a, b int64) (q int64, ok bool) {
	if b == 0 || (a == math.MinInt64 && b == -1) {
		return 0, false
	}
	q = a / b
	if r := a % b; r != 0 && (r < 0) != (b < 0) {
		q--
	}
	return q, true
}

// ModInt64 is Mod for int64 operands; ok is false when b is zero.
func ModInt64(a, b int64) (r int64, ok bool) {
	if b == 0 {
		return 0, false
	}
	r = a % b // Go defines MinInt64 % -1 as 0
	if r != 0 && (r < 0) != (b < 0) {
		r += b
	}
	return r, true
}

// DivModInt64 is DivMod for int64 operands; ok is false when b is zero or
// the quotient overflows.
func DivModInt64(a, b int64) (q, r int64, ok bool) {
	if b == 0 || (a == math.MinInt64 && b == -1) {
		return 0, 0, false
	}
	q, r = a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r, true
}

// TrueDiv returns a / b as CPython's long_true_divide does: the exact
// quotient correctly rounded (half to even) to a float, so 10**23/1 ==
// 1e+23 and 10**400/10**399 == 10.0, even where float(a)/float(b) would
// round twice or overflow. A zero quotient keeps the sign of the division
// (0/-5 == -0.0).
// CPython 3.11: ZeroDivisionError "division by zero"; OverflowError
// "integer division result too large for a float".
func TrueDiv(a, b *big.Int) (float64, error) {
	if b.Sign() == 0 {
		return 0, newErr(ZeroDivision, msgDivZero)
	}
	if a.IsInt64() && b.IsInt64() {
		if f, ok := TrueDivInt64(a.Int64(), b.Int64()); ok {
			return f, nil
		}
	}
	neg := (a.Sign() < 0) != (b.Sign() < 0)
	f, overflow := quotientToFloat(new(big.Int).Abs(a), new(big.Int).Abs(b))
	if overflow {
		return 0, newErr(Overflow, msgDivTooLarge)
	}
	if neg {
		f = -f
	}
	return f, nil
}

// TrueDivInt64 is TrueDiv for int64 operands. It answers (ok) when both
// operands are exactly representable as floats, where one IEEE division is
// the correctly rounded quotient; b must not be zero.
func TrueDivInt64(a, b int64) (float64, bool) {
	const exact = 1 << 53
	if b == 0 || a > exact || a < -exact || b > exact || b < -exact {
		return 0, false
	}
	return float64(a) / float64(b), true
}

// quotientToFloat returns n/d (n >= 0, d > 0) correctly rounded, half to
// even, including subnormal results; overflow reports a result that rounds
// beyond the largest float.
func quotientToFloat(n, d *big.Int) (f float64, overflow bool) {
	if n.Sign() == 0 {
		return 0, false
	}
	// Scale so that the integer quotient q has 55 or 56 bits: two more
	// than a double's 53, plus a sticky bit for the remainder.
	shift := 55 - (n.BitLen() - d.BitLen())
	num, den := n, d
	if shift > 0 {
		num = new(big.Int).Lsh(n, uint(shift))
	} else if shift < 0 {
		den = new(big.Int).Lsh(d, uint(-shift))
	}
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	return roundScaled(q.Uint64(), r.Sign() != 0, shift)
}

// roundScaled rounds the value (q + sticky·ε)·2**-shift, where q has at
// most 64 bits and sticky says that a nonzero fraction follows q's last
// bit, to the nearest float, half to even. It keeps 53 bits, or fewer in
// the subnormal range, so there is a single rounding.
func roundScaled(q uint64, sticky bool, shift int) (float64, bool) {
	l := bits.Len64(q)
	if l == 0 {
		return 0, false
	}
	drop := l - 53
	if d := shift - 1074; d > drop { // the last bit kept weighs 2**-1074
		drop = d
	}
	if drop <= 0 {
		f := math.Ldexp(float64(q), -shift)
		return f, math.IsInf(f, 0)
	}
	if drop > 64 {
		return 0, false // below half of the smallest subnormal
	}
	var m, rem, half uint64
	if drop == 64 {
		m, rem, half = 0, q, 1<<63
	} else {
		m, rem, half = q>>drop, q&(1<<drop-1), 1<<(drop-1)
	}
	if rem > half || (rem == half && (sticky || m&1 == 1)) {
		m++
	}
	f := math.Ldexp(float64(m), drop-shift)
	return f, math.IsInf(f, 0)
}

// Pow returns a ** b. For b >= 0 the result is an int (i != nil). For
// b < 0 CPython 3.11 hands the operation to float pow: both operands are
// converted to float (OverflowError "int too large to convert to float")
// and the result is a float (i == nil, f set); 0 ** -1 raises
// ZeroDivisionError "0.0 cannot be raised to a negative power".
// Results beyond MaxIntBits raise MemoryError.
func Pow(a, b *big.Int) (i *big.Int, f float64, err error) {
	if b.Sign() < 0 {
		fa, err := IntToFloat(a)
		if err != nil {
			return nil, 0, err
		}
		fb, err := IntToFloat(b)
		if err != nil {
			return nil, 0, err
		}
		f, _, _, err = FloatPow(fa, fb)
		return nil, f, err
	}
	if a.IsInt64() && b.IsInt64() {
		if r, ok := PowInt64(a.Int64(), b.Int64()); ok {
			return big.NewInt(r), 0, nil
		}
	}
	switch {
	case b.Sign() == 0:
		return big.NewInt(1), 0, nil
	case a.Sign() == 0:
		return new(big.Int), 0, nil
	case a.CmpAbs(bigOne) == 0:
		if a.Sign() < 0 && b.Bit(0) == 1 {
			return big.NewInt(-1), 0, nil
		}
		return big.NewInt(1), 0, nil
	}
	if !b.IsInt64() || uint64(a.BitLen()-1)*uint64(b.Int64()) > MaxIntBits ||
		b.Int64() > MaxIntBits {
		return nil, 0, newErr(Memory, "")
	}
	return new(big.Int).Exp(a, b, nil), 0, nil
}

// PowInt64 is Pow for int64 operands with b >= 0; ok is false when b is
// negative or the result overflows an int64.
func PowInt64(a, b int64) (int64, bool) {
	if b < 0 {
		return 0, false
	}
	switch a {
	case 0:
		if b == 0 {
			return 1, true
		}
		return 0, true
	case 1:
		return 1, true
	case -1:
		if b&1 == 1 {
			return -1, true
		}
		return 1, true
	}
	if b >= 64 {
		return 0, false
	}
	neg := a < 0 && b&1 == 1
	base := uint64(a)
	if a < 0 {
		base = uint64(-a) // a != MinInt64 here: MinInt64**2 overflows below
	}
	result := uint64(1)
	for {
		if b&1 == 1 {
			hi, lo := bits.Mul64(result, base)
			if hi != 0 {
				return 0, false
			}
			result = lo
		}
		b >>= 1
		if b == 0 {
			break
		}
		hi, lo := bits.Mul64(base, base)
		if hi != 0 {
			return 0, false
		}
		base = lo
	}
	if neg {
		if result > 1<<63 {
			return 0, false
		}
		return -int64(result), true
	}
	if result > math.MaxInt64 {
		return 0, false
	}
	return int64(result), true
}

// PowMod returns pow(a, b, m): the result has the sign of m (or is 0). A
// negative b means the modular inverse of a raised to -b.
// CPython 3.11: ValueError "pow() 3rd argument cannot be 0"; ValueError
// "base is not invertible for the given modulus". pow(x, y, ±1) is 0 before
// any inverse is looked for, so pow(0, -1, 1) == 0.
func PowMod(a, b, m *big.Int) (*big.Int, error) {
	if m.Sign() == 0 {
		return nil, newErr(Value, "pow() 3rd argument cannot be 0")
	}
	mod := new(big.Int).Abs(m)
	if mod.Cmp(bigOne) == 0 {
		return new(big.Int), nil
	}
	base := new(big.Int).Mod(a, mod) // Euclidean: 0 <= base < mod
	exp := b
	if b.Sign() < 0 {
		if base.ModInverse(base, mod) == nil {
			return nil, newErr(Value, "base is not invertible for the given modulus")
		}
		exp = new(big.Int).Neg(b)
	}
	z := new(big.Int).Exp(base, exp, mod)
	if m.Sign() < 0 && z.Sign() != 0 {
		z.Sub(z, mod)
	}
	return z, nil
}

// Lsh returns a << n.
// CPython 3.11: ValueError "negative shift count"; MemoryError when the
// result cannot be allocated (here: more than MaxIntBits bits). 0 << n is 0
// for any n >= 0.
func Lsh(a, n *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, newErr(Value, msgNegShift)
	}
	if a.Sign() == 0 {
		return new(big.Int), nil
	}
	if !n.IsInt64() || n.Int64() > MaxIntBits || int64(a.BitLen())+n.Int64() > MaxIntBits {
		return nil, newErr(Memory, "")
	}
	return new(big.Int).Lsh(a, uint(n.Int64())), nil
}

// Rsh returns a >> n, rounding toward minus infinity (-1 >> 100 == -1).
// CPython 3.11: ValueError "negative shift count".
func Rsh(a, n *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, newErr(Value, msgNegShift)
	}
	if !n.IsInt64() || n.Int64() >= int64(a.BitLen()) {
		if a.Sign() < 0 {
			return big.NewInt(-1), nil
		}
		return new(big.Int), nil
	}
	return new(big.Int).Rsh(a, uint(n.Int64())), nil
}

// LshInt64 is Lsh for int64 operands; ok is false when n is negative or
// the result overflows an int64.
func LshInt64(a, n int64) (int64, bool) {
	if n < 0 {
		return 0, false
	}
	if a == 0 {
		return 0, true
	}
	if n >= 63 {
		return 0, false
	}
	r := a << uint(n)
	if r>>uint(n) != a {
		return 0, false
	}
	return r, true
}

// RshInt64 is Rsh for int64 operands; ok is false when n is negative.
func RshInt64(a, n int64) (int64, bool) {
	if n < 0 {
		return 0, false
	}
	if n > 63 {
		n = 63
	}
	return a >> uint(n), true
}
