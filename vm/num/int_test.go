package num

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// randInt returns ints of assorted sizes, biased toward edges: small
// values, int64 limits, powers of two and ten and their neighbours.
func randInt(r *rand.Rand) *big.Int {
	switch r.Intn(8) {
	case 0:
		return big.NewInt(int64(r.Intn(21) - 10))
	case 1:
		edges := []int64{math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1, 1 << 53, 1<<53 + 1, -(1 << 53) - 1, 1 << 62, math.MaxInt32, math.MinInt32}
		return big.NewInt(edges[r.Intn(len(edges))])
	case 2:
		v := new(big.Int).Lsh(bigOne, uint(r.Intn(200)))
		v.Add(v, big.NewInt(int64(r.Intn(3)-1)))
		if r.Intn(2) == 0 {
			v.Neg(v)
		}
		return v
	case 3:
		v := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(r.Intn(60))), nil)
		v.Add(v, big.NewInt(int64(r.Intn(3)-1)))
		if r.Intn(2) == 0 {
			v.Neg(v)
		}
		return v
	case 4:
		return big.NewInt(r.Int63n(1000000) - 500000)
	}
	bitsN := r.Intn(300) + 1
	v := new(big.Int).Rand(r, new(big.Int).Lsh(bigOne, uint(bitsN)))
	if r.Intn(2) == 0 {
		v.Neg(v)
	}
	return v
}

// randFloat returns floats of assorted kinds: specials, integers, halves,
// random bit patterns, values near int boundaries.
func randFloat(r *rand.Rand) float64 {
	switch r.Intn(10) {
	case 0:
		sp := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -0.5, 2.5, 1e16, 1e22, 1e23, 5e-324, math.MaxFloat64, 9007199254740993, 9223372036854775808, -9223372036854775808, 0.1, 1.5, 2.675, 0.125}
		return sp[r.Intn(len(sp))]
	case 1:
		return float64(r.Intn(2001) - 1000)
	case 2:
		return float64(r.Intn(2001)-1000) / 8
	case 3:
		return math.Ldexp(float64(r.Int63()), r.Intn(200)-100)
	case 4:
		return (r.Float64() - 0.5) * math.Pow(10, float64(r.Intn(40)-20))
	}
	for {
		f := math.Float64frombits(r.Uint64())
		if !math.IsNaN(f) {
			return f
		}
	}
}

func TestIntOpsTable(t *testing.T) {
	n := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	type tc struct {
		got, want string
	}
	q, _ := FloorDiv(big.NewInt(-7), big.NewInt(2))
	m, _ := Mod(big.NewInt(7), big.NewInt(-3))
	f, _ := TrueDiv(n("100000000000000000000000"), big.NewInt(1))
	_, err1 := FloorDiv(bigOne, bigZero)
	_, err2 := Mod(bigOne, bigZero)
	_, err3 := TrueDiv(new(big.Int).Lsh(bigOne, 1024), bigOne)
	p, _ := PowMod(big.NewInt(3), big.NewInt(-1), big.NewInt(7))
	_, pf, _ := Pow(big.NewInt(-2), big.NewInt(-1))
	for _, c := range []tc{
		{rI(q), "-4"},
		{rI(m), "-2"},
		{rF(f), "1e+23"},
		{rErr(err1), "!ZeroDivisionError: integer division or modulo by zero"},
		{rErr(err2), "!ZeroDivisionError: integer modulo by zero"},
		{rErr(err3), "!OverflowError: integer division result too large for a float"},
		{rI(p), "5"},
		{rF(pf), "-0.5"},
	} {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
}

func TestIntArithmeticMatchesPython(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var cases []diffCase
	add := func(expr, got string) { cases = append(cases, diffCase{expr: expr, got: got}) }
	for k := 0; k < 3000; k++ {
		a, b := randInt(r), randInt(r)
		pa, pb := pyI(a), pyI(b)
		q, err := FloorDiv(a, b)
		add(pa+"//"+pb, rIntOrErr(q, err))
		m, err := Mod(a, b)
		add(pa+"%"+pb, rIntOrErr(m, err))
		q, m, err = DivMod(a, b)
		if err != nil {
			add("divmod("+pa+","+pb+")", rErr(err))
		} else {
			add("divmod("+pa+","+pb+")", "("+rI(q)+", "+rI(m)+")")
		}
		f, err := TrueDiv(a, b)
		add(pa+"/"+pb, rFloatOrErr(f, err))
		f, err = IntToFloat(a)
		add("float("+pa+")", rFloatOrErr(f, err))
		// Exponents small enough to compute.
		e := big.NewInt(int64(r.Intn(40) - 10))
		i, pf, err := Pow(a, e)
		switch {
		case err != nil:
			add(pa+"**"+pyI(e), rErr(err))
		case i == nil:
			// A negative exponent: float_pow, through glibc's pow.
			add(pa+"**"+pyI(e), rF(pf))
		default:
			add(pa+"**"+pyI(e), rI(i))
		}
		mod := randInt(r)
		z, err := PowMod(a, b, mod)
		if b.BitLen() < 400 {
			add("pow("+pa+","+pb+","+pyI(mod)+")", rIntOrErr(z, err))
		}
		sh := big.NewInt(int64(r.Intn(140) - 5))
		z, err = Lsh(a, sh)
		add(pa+"<<"+pyI(sh), rIntOrErr(z, err))
		z, err = Rsh(a, sh)
		add(pa+">>"+pyI(sh), rIntOrErr(z, err))
		// int64 fast paths agree with the big versions.
		if a.IsInt64() && b.IsInt64() {
			x, y := a.Int64(), b.Int64()
			if v, ok := FloorDivInt64(x, y); ok {
				add(pa+"//"+pb, rI(big.NewInt(v)))
			}
			if v, ok := ModInt64(x, y); ok {
				add(pa+"%"+pb, rI(big.NewInt(v)))
			}
			if v, w, ok := DivModInt64(x, y); ok {
				add("divmod("+pa+","+pb+")", "("+rI(big.NewInt(v))+", "+rI(big.NewInt(w))+")")
			}
			if v, ok := TrueDivInt64(x, y); ok {
				add(pa+"/"+pb, rF(v))
			}
			if v, ok := PowInt64(x, e.Int64()); ok {
				add(pa+"**"+pyI(e), rI(big.NewInt(v)))
			}
			if v, ok := LshInt64(x, sh.Int64()); ok {
				add(pa+"<<"+pyI(sh), rI(big.NewInt(v)))
			}
			if v, ok := RshInt64(x, sh.Int64()); ok {
				add(pa+">>"+pyI(sh), rI(big.NewInt(v)))
			}
		}
	}
	// Quotients near the float range's ends and its subnormals.
	for k := 0; k < 500; k++ {
		a := new(big.Int).Rand(r, new(big.Int).Lsh(bigOne, uint(r.Intn(1100))))
		b := new(big.Int).Rand(r, new(big.Int).Lsh(bigOne, uint(r.Intn(1100))))
		b.Add(b, bigOne)
		if r.Intn(2) == 0 {
			a.Neg(a)
		}
		f, err := TrueDiv(a, b)
		add(pyI(a)+"/"+pyI(b), rFloatOrErr(f, err))
		f, err = IntToFloat(a)
		add("float("+pyI(a)+")", rFloatOrErr(f, err))
	}
	for _, s := range []string{"(1<<(2**63))", "(1<<(2**40))", "(0<<(2**63))", "(5>>(2**63))", "(-5>>(2**63))", "(1<<-1)", "(1>>-1)"} {
		_ = s
	}
	big2 := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 0); return v }
	for _, c := range [][3]string{{"1", "1<<", "9223372036854775808"}, {"1", "1<<", "1099511627776"}, {"0", "1<<", "9223372036854775808"}, {"5", ">>", "9223372036854775808"}, {"-5", ">>", "9223372036854775808"}, {"1", "<<", "-1"}, {"1", ">>", "-1"}} {
		a, op, n := big2(c[0]), c[1], big2(c[2])
		var z *big.Int
		var err error
		if op == ">>" {
			z, err = Rsh(a, n)
		} else {
			z, err = Lsh(a, n)
			op = "<<"
		}
		add(pyI(a)+op+pyI(n), rIntOrErr(z, err))
	}
	compareWithPython(t, "", cases)
}

func TestIntFloatConversionsMatchPython(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	var cases []diffCase
	add := func(expr, got string) { cases = append(cases, diffCase{expr: expr, got: got}) }
	for k := 0; k < 3000; k++ {
		f := randFloat(r)
		i, err := FloatToInt(f)
		add("int("+pyF(f)+")", rIntOrErr(i, err))
		a := randInt(r)
		if k%3 == 0 && !math.IsInf(f, 0) && !math.IsNaN(f) {
			// an int equal or adjacent to the float
			a, _ = FloatToInt(math.Trunc(f))
			a.Add(a, big.NewInt(int64(r.Intn(3)-1)))
		}
		c, ok := CompareIntFloat(a, f)
		got := "[False, False, False, True]" // <, ==, >, !=
		if ok {
			got = "[" + pyBool(c < 0) + ", " + pyBool(c == 0) + ", " + pyBool(c > 0) + ", " + pyBool(c != 0) + "]"
		}
		x, y := pyI(a), pyF(f)
		add("["+x+"<"+y+", "+x+"=="+y+", "+x+">"+y+", "+x+"!="+y+"]", got)
	}
	compareWithPython(t, "", cases)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
