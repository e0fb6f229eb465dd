package constant

import (
	"math"
	"math/big"
	"testing"
)

func TestHasNaN(t *testing.T) {
	nan := Float(math.NaN())
	for _, tc := range []struct {
		v    Value
		want bool
	}{
		{Float(1.5), false},
		{Float(math.Inf(1)), false},
		{nan, true},
		{Complex(complex(1, math.NaN())), true},
		{Complex(complex(math.Inf(-1), 0)), false},
		{Tuple{Int{V: big.NewInt(1)}, Tuple{Str("a"), nan}}, true},
		{FrozenSet{Str("a"), nan}, true},
		{Tuple{Str("nan"), Float(0)}, false},
	} {
		if got := HasNaN(tc.v); got != tc.want {
			t.Errorf("HasNaN(%s) = %v, want %v", tc.v.Repr(), got, tc.want)
		}
	}
}
