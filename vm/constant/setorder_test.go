package constant

import (
	"encoding/json"
	"math"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

// pythonFrozenSetOrders compiles `x in {…}` for each display with
// PYTHONHASHSEED=0 and returns the reprs of the frozenset constant's
// elements in iteration order.
func pythonFrozenSetOrders(t *testing.T, displays []string) [][]string {
	t.Helper()
	script := `import sys, json
out = []
for line in sys.stdin.read().splitlines():
    co = compile("x in {" + line + "}", "<s>", "eval")
    fs = [c for c in co.co_consts if isinstance(c, frozenset)]
    out.append([repr(e) for e in fs[0]] if fs else None)
json.dump(out, sys.stdout)
`
	var res [][]string
	if err := json.Unmarshal([]byte(runPython(t, script, strings.Join(displays, "\n")+"\n")), &res); err != nil {
		t.Fatal(err)
	}
	return res
}

func literalValues(r *rand.Rand, kind string, n int) []Value {
	var out []Value
	for i := 0; i < n; i++ {
		switch kind {
		case "int":
			out = append(out, Int{big.NewInt(int64(r.Intn(300)))})
		case "neg":
			out = append(out, Int{big.NewInt(int64(r.Intn(601) - 300))})
		case "big":
			x := new(big.Int).Lsh(big.NewInt(r.Int63()), uint(r.Intn(80)))
			if r.Intn(2) == 0 {
				x.Neg(x)
			}
			out = append(out, Int{x})
		case "float":
			out = append(out, Float(float64(r.Intn(201)-100)/8))
		case "tuple":
			out = append(out, Tuple{Int{big.NewInt(int64(r.Intn(6)))}, Str(string(rune('a' + r.Intn(3))))})
		case "bytes":
			out = append(out, Bytes(strings.Repeat("xy", r.Intn(4))+string(rune('a'+r.Intn(26)))))
		case "mixed":
			vs := []Value{None{}, Bool(true), Bool(false), Float(math.Copysign(0, -1)), Float(2.5),
				Complex(1i), Int{big.NewInt(int64(r.Intn(40)))}, Bytes("b"), Tuple{}}
			out = append(out, vs[r.Intn(len(vs))])
		case "str":
			out = append(out, Str("é"+strings.Repeat("k", r.Intn(3))+string(rune('a'+r.Intn(26)))))
		}
	}
	return out
}

func TestNewFrozenSetMatchesPython(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	var displays []string
	var sets []FrozenSet
	for _, kind := range []string{"int", "neg", "big", "float", "tuple", "bytes", "mixed", "str"} {
		for i := 0; i < 300; i++ {
			items := literalValues(r, kind, 1+r.Intn(40))
			var src []string
			for _, v := range items {
				src = append(src, v.Repr())
			}
			displays = append(displays, strings.Join(src, ", "))
			sets = append(sets, NewFrozenSet(items))
		}
	}
	want := pythonFrozenSetOrders(t, displays)
	bad := 0
	for i, fs := range sets {
		var got []string
		for _, v := range fs {
			got = append(got, v.Repr())
		}
		if strings.Join(got, ", ") != strings.Join(want[i], ", ") {
			if bad++; bad <= 10 {
				t.Errorf("x in {%s}:\n got %v\nwant %v", displays[i], got, want[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d frozenset orders differ", bad, len(sets))
	}
}
