package num

import (
	"math"
	"math/big"
)

// The math module's integer functions, CPython 3.11's math_gcd, math_lcm,
// math_factorial, math_isqrt, math_comb and math_perm, on *big.Int (the
// VM applies __index__ first: math.factorial(5.0) is its TypeError "'float'
// object cannot be interpreted as an integer" in 3.11).

// MathGcd is math.gcd(*integers): non-negative, gcd() == 0.
func MathGcd(xs ...*big.Int) *big.Int {
	g := new(big.Int)
	for _, x := range xs {
		g.GCD(nil, nil, g, new(big.Int).Abs(x))
	}
	return g
}

// MathLcm is math.lcm(*integers): non-negative, lcm() == 1, 0 if any is 0.
func MathLcm(xs ...*big.Int) *big.Int {
	l := big.NewInt(1)
	for _, x := range xs {
		if x.Sign() == 0 {
			return new(big.Int)
		}
		a := new(big.Int).Abs(x)
		g := new(big.Int).GCD(nil, nil, l, a)
		l.Mul(l, a.Quo(a, g))
	}
	return l
}

// MathFactorial is math.factorial(n).
// CPython 3.11: ValueError "factorial() not defined for negative values";
// OverflowError "factorial() argument should not exceed
// 9223372036854775807"; MemoryError here for results beyond MaxIntBits.
func MathFactorial(n *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, newErr(Value, "factorial() not defined for negative values")
	}
	if !n.IsInt64() {
		return nil, newErr(Overflow, "factorial() argument should not exceed 9223372036854775807")
	}
	k := n.Int64()
	if k > 1 && float64(k)*math.Log2(float64(k)) > MaxIntBits {
		return nil, newErr(Memory, "")
	}
	if k < 2 {
		return big.NewInt(1), nil
	}
	return new(big.Int).MulRange(1, k), nil
}

// MathIsqrt is math.isqrt(n), the floor of the square root.
// CPython 3.11: ValueError "isqrt() argument must be nonnegative".
func MathIsqrt(n *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, newErr(Value, "isqrt() argument must be nonnegative")
	}
	return new(big.Int).Sqrt(n), nil
}

// MathComb is math.comb(n, k): n! / (k! (n-k)!), 0 when k > n.
// CPython 3.11: ValueError "n must be a non-negative integer", "k must be
// a non-negative integer"; OverflowError "min(n - k, k) must not exceed
// 9223372036854775807".
func MathComb(n, k *big.Int) (*big.Int, error) {
	if n.Sign() < 0 {
		return nil, newErr(Value, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, newErr(Value, "k must be a non-negative integer")
	}
	if n.Cmp(k) < 0 {
		return new(big.Int), nil
	}
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return nil, newErr(Overflow, "min(n - k, k) must not exceed 9223372036854775807")
	}
	return fallingProduct(n, k.Int64(), true)
}

// MathPerm is math.perm(n, k): n! / (n-k)!, 0 when k > n; with k nil it is
// math.factorial(n).
// CPython 3.11: ValueError "n must be a non-negative integer", "k must be
// a non-negative integer"; OverflowError "k must not exceed
// 9223372036854775807".
func MathPerm(n, k *big.Int) (*big.Int, error) {
	if k == nil {
		return MathFactorial(n)
	}
	if n.Sign() < 0 {
		return nil, newErr(Value, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, newErr(Value, "k must be a non-negative integer")
	}
	if n.Cmp(k) < 0 {
		return new(big.Int), nil
	}
	if !k.IsInt64() {
		return nil, newErr(Overflow, "k must not exceed 9223372036854775807")
	}
	return fallingProduct(n, k.Int64(), false)
}

// fallingProduct returns n·(n-1)·…·(n-k+1), divided by k! when comb.
func fallingProduct(n *big.Int, k int64, comb bool) (*big.Int, error) {
	if k == 0 {
		return big.NewInt(1), nil
	}
	if float64(k)*float64(n.BitLen()) > 2*MaxIntBits {
		return nil, newErr(Memory, "")
	}
	if comb && n.IsInt64() {
		return new(big.Int).Binomial(n.Int64(), k), nil
	}
	if !comb && n.IsInt64() {
		return new(big.Int).MulRange(n.Int64()-k+1, n.Int64()), nil
	}
	lo := new(big.Int).Sub(n, big.NewInt(k-1))
	r := productRange(lo, n)
	if comb {
		r.Quo(r, new(big.Int).MulRange(1, k))
	}
	return r, nil
}

// productRange returns lo·(lo+1)·…·hi by splitting the range in halves,
// which keeps the multiplications balanced.
func productRange(lo, hi *big.Int) *big.Int {
	d := new(big.Int).Sub(hi, lo)
	if d.Cmp(big.NewInt(8)) < 0 {
		r := new(big.Int).Set(lo)
		for x := new(big.Int).Add(lo, bigOne); x.Cmp(hi) <= 0; x.Add(x, bigOne) {
			r.Mul(r, x)
		}
		return r
	}
	mid := new(big.Int).Add(lo, d.Rsh(d, 1))
	a := productRange(lo, mid)
	return a.Mul(a, productRange(new(big.Int).Add(mid, bigOne), hi))
}
