package num

import (
	"math"
	"math/rand"
	"testing"
)

func pyComplex(c complex128) string { return "complex(" + pyF(real(c)) + ", " + pyF(imag(c)) + ")" }

func TestComplexMatchesPython(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	var cases []diffCase
	cval := func() complex128 {
		switch r.Intn(5) {
		case 0:
			return complex(float64(r.Intn(7)-3), float64(r.Intn(7)-3))
		case 1:
			return complex(randFloat(r), 0)
		}
		return complex(randFloat(r), randFloat(r))
	}
	res := func(c complex128, err error) string {
		if err != nil {
			return rErr(err)
		}
		return rC(c)
	}
	for k := 0; k < 2500; k++ {
		a, b := cval(), cval()
		pa, pb := pyComplex(a), pyComplex(b)
		cases = append(cases, diffCase{expr: pa + " * " + pb, got: rC(ComplexMul(a, b))})
		q, err := ComplexDiv(a, b)
		cases = append(cases, diffCase{expr: pa + " / " + pb, got: res(q, err)})
		if k%2 == 0 {
			b = complex(float64(r.Intn(30)-15), 0)
			pb = pyComplex(b)
		}
		p, err := ComplexPow(a, b)
		cases = append(cases, diffCase{expr: pa + " ** " + pb, got: res(p, err), libm: true})
		v, err := ComplexAbs(a)
		cases = append(cases, diffCase{expr: "abs(" + pa + ")", got: rFloatOrErr(v, err), libm: true})
		x, y := randFloat(r), randFloat(r)
		if k%3 == 0 {
			x, y = math.Ldexp(r.Float64(), r.Intn(2000)-1000), math.Ldexp(r.Float64(), r.Intn(2000)-1000)
		}
		cases = append(cases, diffCase{expr: "abs(complex(" + pyF(x) + ", " + pyF(y) + "))", got: func() string { v, err := ComplexAbs(complex(x, y)); return rFloatOrErr(v, err) }(), libm: true})
	}
	compareWithPython(t, "", cases)
}

func TestParseComplexMatchesPython(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	texts := []string{"1+2j", "(1+2j)", " ( 1+2j ) ", "1", "j", "-j", "+J", "1-j", "1e5j", "1ej", "infj", "-infj", "nanj", "1+infj", "inf+nanj", "1_0+2_0j", "1__0", "_1", "1_", "(1", "1)", "()", "", "  ", "1+2", "2j+1", "1+2jj", "1 +2j", "1+ 2j", "1.5e-3-4.2E+2J", "\u0661+\u0662j", "\u3000(1+2j)\u3000", "1+2j\x00", ".j", ".5j", "5.j", "e5j", "1e+j", "+1-1j", "--1j", "1+-2j", "( 1+2j", "0x1j", "1j ", "(\t1j\t)", "1e400j", "-0j", "(-0-0j)", "1_j", "(_1j)", "1+2_j"}
	pieces := []string{"1", "2.5", "-", "+", "j", "J", "e", "e-", "3", "(", ")", " ", "_", "inf", "nan", ".", "0"}
	for k := 0; k < 3000; k++ {
		var b []byte
		for i := r.Intn(6) + 1; i > 0; i-- {
			b = append(b, pieces[r.Intn(len(pieces))]...)
		}
		texts = append(texts, string(b))
	}
	var cases []diffCase
	for _, s := range texts {
		c, err := ParseComplex(s)
		got := rErr(err)
		if err == nil {
			got = "(" + rF(real(c)) + ", " + rF(imag(c)) + ", " + rF(math.Copysign(1, real(c))) + ", " + rF(math.Copysign(1, imag(c))) + ")"
		}
		cases = append(cases, diffCase{expr: "(lambda c: (c.real, c.imag, math.copysign(1, c.real), math.copysign(1, c.imag)))(complex(" + pyS(s) + "))", got: got})
	}
	compareWithPython(t, "", cases)
}
