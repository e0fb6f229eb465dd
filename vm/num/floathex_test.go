package num

import (
	"math"
	"math/rand"
	"testing"
)

func TestFloatHexMatchesPython(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	var cases []diffCase
	add := func(expr, got string) { cases = append(cases, diffCase{expr: expr, got: got}) }
	texts := []string{"0x1.8p3", "  -0X1P-2  ", "1", "0x", ".", "1.", ".8", "0x.8p1", "inf", "-Infinity", " nan ", "0x1p", "0x1p+", "1p99999999999999999999", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p1024", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1_0", "0x1.8 p3", "x1", "0xg", "\u0663", "1e5", "ff", "-0x0p0", "0x1p-99999999999999999999", "00x1"}
	for k := 0; k < 2000; k++ {
		f := randFloat(r)
		h := FloatHex(f)
		add("("+pyF(f)+").hex()", pyS(h))
		if g, err := FloatFromHex(h); err != nil || (math.Float64bits(g) != math.Float64bits(f) && !math.IsNaN(f)) {
			t.Errorf("FloatFromHex(%s) = %v, %v", h, g, err)
		}
		n, d, err := FloatAsIntegerRatio(f)
		got := rErr(err)
		if err == nil {
			got = "(" + rI(n) + ", " + rI(d) + ")"
		}
		add("("+pyF(f)+").as_integer_ratio()", got)
		// random hex texts, with long mantissas around halfway points
		digits := "0123456789abcdef"
		var b []byte
		for i := r.Intn(20) + 1; i > 0; i-- {
			b = append(b, digits[r.Intn(16)])
		}
		texts = append(texts, "0x"+string(b[:1])+"."+string(b[1:])+"p"+itoa(r.Intn(2200)-1100))
	}
	for _, s := range texts {
		f, err := FloatFromHex(s)
		got := rFloatOrErr(f, err)
		if err == nil && f == 0 && math.Signbit(f) {
			got = "-0.0"
		}
		add("float.fromhex("+pyS(s)+")", got)
	}
	compareWithPython(t, "", cases)
}
