package num

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// TestPowTables checks the facts the error bound of powFast rests on (see
// powfast.go): r = m·invc − 1 is exact and below 2**-7 on every interval,
// the tabled logarithms dominate log1p(r) where fastTwoSum needs it, and
// the tables are accurate to 2**-100.
func TestPowTables(t *testing.T) {
	const prec = 256
	rat := func(f float64) *big.Rat { return new(big.Rat).SetFloat64(f) }
	limit := big.NewRat(1, 128)
	for i, ent := range powLogTab {
		if c := ent.invc * 256; c != math.Trunc(c) || c < 128 || c > 256 {
			t.Errorf("interval %d: invc %v is not a multiple of 2**-8 in [1/2, 1]", i, ent.invc)
		}
		// |r| on [lo, hi): r is monotonic in m, so its extremes are at the ends.
		lo, hi := rat(1+float64(i)/128), rat(1+float64(i+1)/128)
		var rmax float64
		for _, m := range []*big.Rat{lo, hi} {
			r := new(big.Rat).Mul(m, rat(ent.invc))
			r.Sub(r, big.NewRat(1, 1))
			if m == lo && new(big.Rat).Abs(r).Cmp(limit) >= 0 ||
				m == hi && new(big.Rat).Abs(r).Cmp(limit) > 0 {
				t.Errorf("interval %d: |r| = |%s| reaches 2**-7", i, r.FloatString(20))
			}
			f, _ := r.Float64()
			rmax = max(rmax, math.Abs(f))
		}
		// ln(1/invc), or ln(1/(2·invc)) above √2, against math/big.
		u := ent.invc
		if ent.shift == 1 {
			u *= 2
		}
		want := bigLog(bigOf(u), prec)
		want.Neg(want)
		got := bf(prec).Add(bigOf(ent.logHi), bigOf(ent.logLo))
		if err := relErr(got, want); err > 0x1p-100 {
			t.Errorf("interval %d: ln c off by %g relative", i, err)
		}
		if (i == 0 || i == 127) != (ent.logHi == 0) {
			t.Errorf("interval %d: ln c = %v; only the intervals next to 1 have c = 1 or 2", i, ent.logHi)
		}
		// fastTwoSum(ln c, log1p(r)) needs |ln c| >= |log1p(r)| for ln c != 0.
		if ent.logHi != 0 && math.Abs(ent.logHi) < rmax*(1+0x1p-6) {
			t.Errorf("interval %d: |ln c| = %v below max |r| = %v", i, math.Abs(ent.logHi), rmax)
		}
		if want := 0.0; i >= powUpper {
			want = 1
			if ent.shift != want {
				t.Errorf("interval %d: shift %v, want %v", i, ent.shift, want)
			}
		}
	}
	ln2 := bigLn2.at(prec)
	for j, tj := range powExpTab {
		x := bf(prec).Mul(ln2, big.NewFloat(float64(j)/128))
		if err := relErr(bf(prec).Add(bigOf(tj.hi), bigOf(tj.lo)), bigExp(x, prec)); err > 0x1p-100 {
			t.Errorf("2**(%d/128) off by %g relative", j, err)
		}
	}
	n := bf(prec).Quo(ln2, big.NewFloat(128))
	if err := relErr(bf(prec).Add(bigOf(powLn2N1), bigOf(powLn2N2)), n); err > 0x1p-105 {
		t.Errorf("ln2/128 off by %g relative", err)
	}
	if powLn2N1 != math.Ln2/128 {
		t.Errorf("powLn2N1 = %x, want the double nearest ln2/128", powLn2N1)
	}
	third := bf(prec).Quo(big.NewFloat(1), big.NewFloat(3))
	if err := relErr(bf(prec).Add(bigOf(powThird.hi), bigOf(powThird.lo)), third); err > 0x1p-105 {
		t.Errorf("1/3 off by %g relative", err)
	}
}

// relErr returns |got − want|/|want| (|got − want| when want is 0).
func relErr(got, want *big.Float) float64 {
	d := bf(want.Prec()).Sub(got, want)
	if want.Sign() != 0 {
		d.Quo(d, want)
	}
	f, _ := d.Abs(d).Float64()
	return f
}

// powDist is a distribution of pow arguments for TestPowFastMatchesAccurate;
// ordinary ones must rarely send powFast's arguments to the accurate path.
type powDist struct {
	name     string
	ordinary bool
	gen      func(r *rand.Rand) (x, y float64)
}

// logUniform returns a double whose logarithm is uniform on [lo, hi) binades.
func logUniform(r *rand.Rand, lo, hi int) float64 {
	return math.Ldexp(1+r.Float64(), lo+r.Intn(hi-lo))
}

// withLog returns a y for which y·ln x is t. (Not with math.Log: on amd64
// it is wrong for subnormal x.)
func withLog(x, t float64) float64 { return t / crLog(x) }

var powDists = []powDist{
	{"whole range, |y·ln x| <= 700", true, func(r *rand.Rand) (float64, float64) {
		x := logUniform(r, -1074, 1024) // subnormals included
		return x, withLog(x, (r.Float64()-0.5)*1400)
	}},
	{"x in [0.01, 1e4], y common or in [-20, 20]", true, func(r *rand.Rand) (float64, float64) {
		x := math.Exp(math.Log(0.01) + r.Float64()*math.Log(1e6))
		ys := [...]float64{-1.5, 1.5, 3, -0.5, 0.25, 1.0 / 3}
		if k := r.Intn(2 * len(ys)); k < len(ys) {
			return x, ys[k]
		}
		return x, (r.Float64() - 0.5) * 40
	}},
	{"x near 1, small or huge y", true, func(r *rand.Rand) (float64, float64) {
		d := math.Ldexp(1+r.Float64(), -1-r.Intn(52))
		if r.Intn(2) == 0 {
			d = -d / 2
		}
		x := 1 + d
		if x == 1 {
			x = math.Nextafter(1, 2)
		}
		if r.Intn(2) == 0 {
			return x, (r.Float64() - 0.5) * 40
		}
		return x, withLog(x, (r.Float64()-0.5)*1400)
	}},
	{"integer y", true, func(r *rand.Rand) (float64, float64) {
		x := float64(2 + r.Intn(99)) // exact and halfway results among these
		if r.Intn(2) == 0 {
			x = 0.5 + r.Float64()*100
		}
		y := float64(r.Intn(121) - 60)
		if y == 0 {
			y = 7
		}
		return x, y
	}},
	{"near overflow and underflow, tiny to huge y", false, func(r *rand.Rand) (float64, float64) {
		x := logUniform(r, -1074, 1024)
		if r.Intn(2) == 0 { // x within 2**-20 of 1: |y| up to 2**62
			x = 1 + math.Ldexp(r.Float64()-0.5, -20-r.Intn(32))
		}
		for x == 1 {
			x = logUniform(r, -1074, 1024)
		}
		edges := [...]float64{709.78, -708.4, -745.13, 700, -700}
		return x, withLog(x, edges[r.Intn(len(edges))]+(r.Float64()-0.5))
	}},
}

// TestPowFastMatchesAccurate compares crPow, which answers through powFast
// when powFast is sure of the rounding, with the accurate path alone, bit
// for bit, and checks that powFast declines rarely (a fast path that always
// declined would pass the comparison). Where powFast declines, crPow calls
// powAccurate itself, so only the answered arguments are compared.
func TestPowFastMatchesAccurate(t *testing.T) {
	n := 300000
	if testing.Short() {
		n = 30000
	}
	r := rand.New(rand.NewSource(3))
	for _, d := range powDists {
		declined, answered, bad := 0, 0, 0
		for range n {
			x, y := d.gen(r)
			if !(x > 0 && x <= math.MaxFloat64 && x != 1) || y == 0 || math.IsInf(y, 0) || math.IsNaN(y) {
				continue
			}
			v, ok := powFast(x, y)
			if !ok {
				declined++
				continue
			}
			answered++
			got, want := crPow(x, y), powAccurate(x, y)
			if math.Float64bits(got) != math.Float64bits(want) || math.Float64bits(v) != math.Float64bits(want) {
				bad++
				if bad <= 5 {
					t.Errorf("%s: pow(%x, %x) = %x, powFast %x, accurate path %x", d.name, x, y, got, v, want)
				}
			}
		}
		total := answered + declined
		rate := float64(declined) / float64(total)
		t.Logf("%-45s %d arguments, %d declined (%.4f%%)", d.name, total, declined, 100*rate)
		if bad > 0 {
			t.Errorf("%s: %d results differ from the accurate path", d.name, bad)
		}
		if d.ordinary && rate > 0.01 {
			t.Errorf("%s: powFast declined %.2f%% of the arguments", d.name, 100*rate)
		}
	}
}

// TestPowFastSpecial checks powFast's range decisions, some exact results
// and the arguments it must leave to the accurate path.
func TestPowFastSpecial(t *testing.T) {
	tests := []struct {
		x, y, want float64
		ok         bool
	}{
		{2, 1025, math.Inf(1), true},
		{10, 400, math.Inf(1), true},
		{0.5, 1100, 0, true},
		{1e-300, 3, 0, true},
		{2, 1023, 0x1p1023, true},
		{2, -1020, 0x1p-1020, true},
		{0x1p-1074, -0.25, 0x1p268 * math.Sqrt2, true}, // subnormal x
		{4, 1.5, 8, true},
		{9, 1.5, 27, true},
		{10, 22, 1e22, true},
		{2, -1030, 0, false},    // a subnormal result
		{2, -1022, 0, false},    // near the subnormal range
		{1.5, 1750.5, 0, false}, // near overflow
		{10, 23, 0, false},      // 1e23 is halfway between two doubles
		{3, 34, 0, false},       // and so is 3**34
	}
	for _, tt := range tests {
		v, ok := powFast(tt.x, tt.y)
		if ok != tt.ok || ok && v != tt.want {
			t.Errorf("powFast(%v, %v) = %v, %v; want %v, %v", tt.x, tt.y, v, ok, tt.want, tt.ok)
		}
	}
}
