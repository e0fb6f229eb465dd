package constant

import "math"

// HasNaN reports whether v is a NaN float, a complex with a NaN part, or a
// tuple or frozenset holding one at any depth.
//
// CPython 3.11 compares constants by value with an identity shortcut
// (_PyCode_ConstantKey, then dict lookup): a NaN equals only the very same
// float object, so two such constants are one only when they hold the same
// objects. Value keys (Key) cannot see object identity, so a compiler that
// wants CPython's co_consts has to supply it for these constants.
func HasNaN(v Value) bool {
	switch v := v.(type) {
	case Float:
		return math.IsNaN(float64(v))
	case Complex:
		return math.IsNaN(real(complex128(v))) || math.IsNaN(imag(complex128(v)))
	case Tuple:
		for _, e := range v {
			if HasNaN(e) {
				return true
			}
		}
	case FrozenSet:
		for _, e := range v {
			if HasNaN(e) {
				return true
			}
		}
	}
	return false
}
