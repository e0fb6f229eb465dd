package num

import (
	"math"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

// rMath formats a math result as Python prints it: repr, or the error.
func rMath(f float64, err error) string {
	if err != nil {
		return rErr(err)
	}
	return rF(f)
}

func TestMathModuleMatchesPython(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	var cases []diffCase
	add := func(expr, got string) { cases = append(cases, diffCase{expr: expr, got: got}) }
	one := []struct {
		name string
		f    func(float64) (float64, error)
	}{
		{"acos", MathAcos}, {"acosh", MathAcosh}, {"asin", MathAsin}, {"asinh", MathAsinh},
		{"atan", MathAtan}, {"atanh", MathAtanh}, {"cbrt", MathCbrt}, {"cos", MathCos},
		{"cosh", MathCosh}, {"exp", MathExp}, {"exp2", MathExp2}, {"expm1", MathExpm1},
		{"log1p", MathLog1p}, {"sin", MathSin}, {"sinh", MathSinh}, {"sqrt", MathSqrt},
		{"tan", MathTan}, {"tanh", MathTanh}, {"log", MathLog}, {"log2", MathLog2},
		{"log10", MathLog10},
		{"erf", func(x float64) (float64, error) { return MathErf(x), nil }},
		{"erfc", func(x float64) (float64, error) { return MathErfc(x), nil }},
		{"fabs", func(x float64) (float64, error) { return MathFabs(x), nil }},
		{"degrees", func(x float64) (float64, error) { return MathDegrees(x), nil }},
		{"radians", func(x float64) (float64, error) { return MathRadians(x), nil }},
		{"ulp", func(x float64) (float64, error) { return MathUlp(x), nil }},
	}
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 2, -2, 0.5, math.Inf(1), math.Inf(-1), MathNaN, 1000, -1000, 710, 709.78, -745.2, 1e-300, 5e-324, math.MaxFloat64, 22, 1e308}
	for _, c := range one {
		xs := append([]float64(nil), specials...)
		for k := 0; k < 200; k++ {
			xs = append(xs, randFloat(r))
		}
		for _, x := range xs {
			v, err := c.f(x)
			cases = append(cases, diffCase{"math." + c.name + "(" + pyF(x) + ")", rMath(v, err), true})
		}
	}
	two := []struct {
		name string
		f    func(x, y float64) (float64, error)
	}{
		{"pow", MathPow}, {"fmod", MathFmod}, {"remainder", MathRemainder},
		{"atan2", func(x, y float64) (float64, error) { return MathAtan2(x, y), nil }},
		{"copysign", func(x, y float64) (float64, error) { return MathCopysign(x, y), nil }},
		{"hypot", func(x, y float64) (float64, error) { return MathHypot(x, y), nil }},
		{"nextafter", func(x, y float64) (float64, error) { return MathNextafter(x, y), nil }},
	}
	for _, c := range two {
		for k := 0; k < 600; k++ {
			x, y := randFloat(r), randFloat(r)
			if k < 100 {
				x, y = specials[k%len(specials)], specials[(k/len(specials)+k)%len(specials)]
			}
			v, err := c.f(x, y)
			cases = append(cases, diffCase{"math." + c.name + "(" + pyF(x) + ", " + pyF(y) + ")", rMath(v, err), true})
		}
	}
	// float ** float (complex results for negative bases), %, //, divmod;
	// NaN signs shown through copysign.
	for k := 0; k < 1500; k++ {
		x, y := randFloat(r), randFloat(r)
		if k%3 == 0 {
			y = float64(r.Intn(21)-10) / []float64{1, 2, 3, 7}[r.Intn(4)]
		}
		if k%5 == 0 {
			x = float64(r.Intn(21) - 10)
		}
		f, c, isC, err := FloatPow(x, y)
		got := rMath(f, err)
		if isC && err == nil {
			got = complexRepr(c)
		}
		cases = append(cases, diffCase{pyF(x) + " ** " + pyF(y), got, true})
		m, err := FloatMod(x, y)
		add("(lambda v: (v, math.copysign(1, v)))("+pyF(x)+" % "+pyF(y)+")", pairOrErr(m, err))
		q, err := FloatFloorDiv(x, y)
		add("(lambda v: (v, math.copysign(1, v)))("+pyF(x)+" // "+pyF(y)+")", pairOrErr(q, err))
	}
	// log of ints beyond the float range, with bases.
	for k := 0; k < 300; k++ {
		a := new(big.Int).Rand(r, new(big.Int).Lsh(bigOne, uint(r.Intn(5000))))
		if k%7 == 0 {
			a.Neg(a)
		}
		v, err := MathLogInt(a)
		add("math.log("+pyI(a)+")", rMath(v, err))
		v, err = MathLog2Int(a)
		add("math.log2("+pyI(a)+")", rMath(v, err))
		v, err = MathLog10Int(a)
		add("math.log10("+pyI(a)+")", rMath(v, err))
		b := big.NewInt(int64(r.Intn(12)))
		num, err1 := MathLogInt(a)
		den, err2 := MathLogInt(b)
		var lv float64
		err = err1
		if err == nil {
			err = err2
		}
		if err == nil {
			lv, err = FloatTrueDiv(num, den)
		}
		add("math.log("+pyI(a)+", "+pyI(b)+")", rMath(lv, err))
	}
	// floor/ceil/trunc, frexp, modf, ldexp, isclose.
	for k := 0; k < 500; k++ {
		x := randFloat(r)
		i, err := MathFloor(x)
		add("math.floor("+pyF(x)+")", rIntOrErr(i, err))
		i, err = MathCeil(x)
		add("math.ceil("+pyF(x)+")", rIntOrErr(i, err))
		i, err = MathTrunc(x)
		add("math.trunc("+pyF(x)+")", rIntOrErr(i, err))
		m, e := MathFrexp(x)
		add("math.frexp("+pyF(x)+")", "("+rF(m)+", "+itoa(e)+")")
		fr, in := MathModf(x)
		add("math.modf("+pyF(x)+")", "("+rF(fr)+", "+rF(in)+")")
		n := big.NewInt(int64(r.Intn(2400) - 1200))
		v, err := MathLdexp(x, n)
		add("math.ldexp("+pyF(x)+", "+pyI(n)+")", rMath(v, err))
		y := x * (1 + (r.Float64()-0.5)*1e-8)
		ok, err := MathIsclose(x, y, 1e-9, 0)
		add("math.isclose("+pyF(x)+", "+pyF(y)+")", boolOrErr(ok, err))
	}
	// hypot and dist in more dimensions, fsum.
	for k := 0; k < 500; k++ {
		n := r.Intn(6)
		p, q := make([]float64, n), make([]float64, n)
		var ps, qs []string
		for i := range p {
			p[i], q[i] = randFloat(r), randFloat(r)
			if k%2 == 0 {
				p[i], q[i] = (r.Float64()-0.5)*100, (r.Float64()-0.5)*100
			}
			ps, qs = append(ps, pyF(p[i])), append(qs, pyF(q[i]))
		}
		add("math.hypot("+strings.Join(ps, ", ")+")", rF(MathHypot(p...)))
		d, err := MathDist(p, q)
		add("math.dist(["+strings.Join(ps, ", ")+"], ["+strings.Join(qs, ", ")+"])", rMath(d, err))
		vals := make([]float64, r.Intn(30))
		var vs []string
		for i := range vals {
			vals[i] = math.Ldexp(r.Float64()-0.5, r.Intn(200)-100)
			if r.Intn(40) == 0 {
				vals[i] = specials[r.Intn(len(specials))]
			}
			vs = append(vs, pyF(vals[i]))
		}
		s, err := MathFsum(vals)
		add("math.fsum(["+strings.Join(vs, ", ")+"])", rMath(s, err))
	}
	for _, vals := range [][]float64{{1e308, 1e308, -1e308}, {math.Inf(1), math.Inf(-1)}, {math.Inf(1), MathNaN}, {math.Copysign(0, -1)}, {}, {1e-16, 1, 1e16}, {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}} {
		var vs []string
		for _, v := range vals {
			vs = append(vs, pyF(v))
		}
		s, err := MathFsum(vals)
		add("math.fsum(["+strings.Join(vs, ", ")+"])", rMath(s, err))
	}
	_, err := MathDist([]float64{1}, []float64{1, 2})
	add("math.dist([1.0], [1.0, 2.0])", rErr(err))
	_, err = MathIsclose(1, 1, -1, 0)
	add("math.isclose(1, 1, rel_tol=-1)", rErr(err))
	compareWithPython(t, "", cases)
}

func complexRepr(c complex128) string { return rC(c) }

func pairOrErr(v float64, err error) string {
	if err != nil {
		return rErr(err)
	}
	return "(" + rF(v) + ", " + rF(math.Copysign(1, v)) + ")"
}

func boolOrErr(b bool, err error) string {
	if err != nil {
		return rErr(err)
	}
	return pyBool(b)
}

func TestMathIntegerFunctionsMatchPython(t *testing.T) {
	r := rand.New(rand.NewSource(9))
	var cases []diffCase
	add := func(expr, got string) { cases = append(cases, diffCase{expr: expr, got: got}) }
	for k := 0; k < 400; k++ {
		a, b := randInt(r), randInt(r)
		add("math.gcd("+pyI(a)+", "+pyI(b)+")", rI(MathGcd(a, b)))
		add("math.lcm("+pyI(a)+", "+pyI(b)+")", rI(MathLcm(a, b)))
		i, err := MathIsqrt(a)
		add("math.isqrt("+pyI(a)+")", rIntOrErr(i, err))
		n := big.NewInt(int64(r.Intn(300) - 20))
		kk := big.NewInt(int64(r.Intn(200) - 20))
		if k%10 == 0 {
			n = new(big.Int).Lsh(bigOne, uint(r.Intn(80)))
		}
		i, err = MathComb(n, kk)
		add("math.comb("+pyI(n)+", "+pyI(kk)+")", rIntOrErr(i, err))
		i, err = MathPerm(n, kk)
		add("math.perm("+pyI(n)+", "+pyI(kk)+")", rIntOrErr(i, err))
		if n.BitLen() < 12 {
			i, err = MathFactorial(n)
			add("math.factorial("+pyI(n)+")", rIntOrErr(i, err))
		}
	}
	add("math.gcd()", rI(MathGcd()))
	add("math.lcm()", rI(MathLcm()))
	huge := new(big.Int).Lsh(bigOne, 70)
	_, err := MathFactorial(huge)
	add("math.factorial(2**70)", rErr(err))
	_, err = MathComb(huge, new(big.Int).Lsh(bigOne, 69))
	add("math.comb(2**70, 2**69)", rErr(err))
	_, err = MathPerm(huge, new(big.Int).Lsh(bigOne, 65))
	add("math.perm(2**70, 2**65)", rErr(err))
	i, _ := MathPerm(big.NewInt(7), nil)
	add("math.perm(7)", rI(i))
	compareWithPython(t, "", cases)
}
