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
