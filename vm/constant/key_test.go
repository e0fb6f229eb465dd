package constant

import (
	"math"
	"math/big"
	"testing"
)

type fakeCode string

func (c fakeCode) Repr() string     { return "<code " + string(c) + ">" }
func (c fakeCode) TypeName() string { return "code" }
func (c fakeCode) ConstKey() string { return string(c) }

func TestKeyDistinguishesLikeCPython(t *testing.T) {
	i := func(n int64) Value { return Int{big.NewInt(n)} }
	negZero := math.Copysign(0, -1)
	// Each value must have a key different from every other one.
	distinct := []Value{
		None{}, Ellipsis{}, Bool(true), Bool(false), i(0), i(1), Float(0), Float(negZero), Float(1),
		Complex(0), Complex(1i), Complex(complex(negZero, 0)), Complex(complex(0, negZero)),
		Complex(complex(negZero, negZero)), Complex(1), Str(""), Str("1"), Bytes(""), Bytes("1"),
		Tuple{}, Tuple{i(1)}, Tuple{Float(1)}, Tuple{Tuple{}}, Tuple{i(1), i(2)}, Tuple{Tuple{i(1)}, i(2)},
		FrozenSet{}, FrozenSet{i(1)}, FrozenSet{Float(1)}, FrozenSet{i(1), i(2)},
		fakeCode("a"), fakeCode("b"), Str("a"), Str("s1:a"), Tuple{Str("s1:a")}, Tuple{Str("a"), Str("")},
	}
	seen := map[string]int{}
	for n, v := range distinct {
		k := Key(v)
		if m, ok := seen[k]; ok {
			t.Errorf("Key(%s) == Key(%s) = %q", v.Repr(), distinct[m].Repr(), k)
		}
		seen[k] = n
	}
	// Pairs that must share a key.
	for _, p := range [][2]Value{
		{i(7), Int{big.NewInt(7)}},
		{Float(0.5), Float(0.5)},
		{Tuple{i(1), Str("x")}, Tuple{i(1), Str("x")}},
		{FrozenSet{i(1), i(2), Str("a")}, FrozenSet{Str("a"), i(2), i(1)}},
		{fakeCode("a"), fakeCode("a")},
	} {
		if Key(p[0]) != Key(p[1]) {
			t.Errorf("Key(%s) != Key(%s)", p[0].Repr(), p[1].Repr())
		}
	}
}

func TestEqual(t *testing.T) {
	i := func(n int64) Value { return Int{big.NewInt(n)} }
	for _, tc := range []struct {
		a, b Value
		want bool
	}{
		{i(1), Float(1), true},
		{i(1), Bool(true), true},
		{Complex(1), i(1), true},
		{Float(0), Float(math.Copysign(0, -1)), true},
		{Float(math.NaN()), Float(math.NaN()), false},
		{Float(math.Inf(1)), Float(math.Inf(1)), true},
		{Float(0.5), i(0), false},
		{Str("a"), Bytes("a"), false},
		{Tuple{i(1)}, Tuple{Float(1)}, true},
		{FrozenSet{i(1), i(2)}, FrozenSet{i(2), i(1)}, true},
		{None{}, i(0), false},
	} {
		if got := Equal(tc.a, tc.b); got != tc.want {
			t.Errorf("Equal(%s, %s) = %v", tc.a.Repr(), tc.b.Repr(), got)
		}
	}
}
