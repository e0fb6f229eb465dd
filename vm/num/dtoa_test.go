package num

import (
	"math"
	"math/rand"
	"testing"

	"github.com/quicken-py/quicken/vm/constant"
)

// TestFloatTextMatchesPython sends thousands of random floats through
// repr, str.format's common specs and %-formatting, and checks that
// ParseFloat reads every repr back exactly.
func TestFloatTextMatchesPython(t *testing.T) {
	r := rand.New(rand.NewSource(10))
	var cases []diffCase
	add := func(expr, got string) { cases = append(cases, diffCase{expr: expr, got: got}) }
	specs := []string{"", ".0f", ".1f", ".2f", ".3e", ".17g", "g", ".1g", ".0e", "#.0f", "%", ".3%", ",.2f", "_", "+.5", "010.3f", "z.1f", ".12", "e", "E", "G", "n", "r"}
	for k := 0; k < 3000; k++ {
		f := randFloat(r)
		rep := formatDouble(f, 'r', 0, dtsAddDot0)
		if rep != constant.Float(f).Repr() {
			t.Errorf("formatDouble(%x, 'r') = %s, constant repr %s", f, rep, constant.Float(f).Repr())
		}
		if g, err := ParseFloat(rep); err != nil || (math.Float64bits(g) != math.Float64bits(f) && !math.IsNaN(f)) {
			t.Errorf("ParseFloat(%s) = %v, %v", rep, g, err)
		}
		add("repr("+pyF(f)+")", pyS(rep))
		spec := specs[r.Intn(len(specs))]
		sp, err := ParseSpec(spec, "float")
		var s string
		if err == nil {
			s, err = FormatFloat(f, sp)
		}
		add("format("+pyF(f)+", "+pyS(spec)+")", rStrOrErr(s, err))
		prec := r.Intn(20) - 1
		conv := "eEfFgG"[r.Intn(6)]
		s, _ = PrintfFloat(f, PrintfFlags{}, -1, prec, conv)
		p := "%"
		if prec >= 0 {
			p += "." + itoa(prec)
		}
		add(pyS(p+string(conv))+" % "+pyF(f), pyS(s))
	}
	compareWithPython(t, "", cases)
}
