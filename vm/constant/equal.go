package constant

import (
	"math"
	"math/big"
)

// Equal reports whether a == b in Python for two constants: numbers compare
// by exact value across bool, int, float and complex (1 == 1.0 == True ==
// 1+0j), str and bytes never equal each other, tuples and frozensets compare
// element-wise, and NaN equals nothing (CPython compares identity first,
// which constants built apart never share).
func Equal(a, b Value) bool {
	if an, ok := toNumber(a); ok {
		bn, ok := toNumber(b)
		return ok && an.equal(bn)
	}
	switch a := a.(type) {
	case None:
		_, ok := b.(None)
		return ok
	case Ellipsis:
		_, ok := b.(Ellipsis)
		return ok
	case Str:
		b, ok := b.(Str)
		return ok && a == b
	case Bytes:
		b, ok := b.(Bytes)
		return ok && a == b
	case Tuple:
		b, ok := b.(Tuple)
		if !ok || len(a) != len(b) {
			return false
		}
		for i := range a {
			if !Equal(a[i], b[i]) {
				return false
			}
		}
		return true
	case FrozenSet:
		b, ok := b.(FrozenSet)
		if !ok || len(a) != len(b) {
			return false
		}
		for _, x := range a {
			found := false
			for _, y := range b {
				if Equal(x, y) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	return a == b
}

// number is a numeric constant as a complex value with exact parts; an
// infinite or NaN part is kept as a float.
type number struct {
	re, im float64  // used when the part is not finite or not exact
	reR    *big.Rat // exact real part when finite
	imR    *big.Rat // exact imaginary part when finite
}

func toNumber(v Value) (number, bool) {
	switch v := v.(type) {
	case Bool:
		if v {
			return number{reR: big.NewRat(1, 1), imR: new(big.Rat)}, true
		}
		return number{reR: new(big.Rat), imR: new(big.Rat)}, true
	case Int:
		return number{reR: new(big.Rat).SetInt(v.V), imR: new(big.Rat)}, true
	case Float:
		return number{re: float64(v), reR: exactRat(float64(v)), imR: new(big.Rat)}, true
	case Complex:
		re, im := real(complex128(v)), imag(complex128(v))
		return number{re: re, im: im, reR: exactRat(re), imR: exactRat(im)}, true
	}
	return number{}, false
}

func exactRat(f float64) *big.Rat {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil
	}
	return new(big.Rat).SetFloat64(f)
}

func (a number) equal(b number) bool {
	return partEqual(a.reR, a.re, b.reR, b.re) && partEqual(a.imR, a.im, b.imR, b.im)
}

func partEqual(ar *big.Rat, af float64, br *big.Rat, bf float64) bool {
	if ar != nil && br != nil {
		return ar.Cmp(br) == 0
	}
	if ar != nil || br != nil {
		return false
	}
	return af == bf // infinities; NaN never equal
}
