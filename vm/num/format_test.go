package num

import (
	"math"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

// randSpec builds format specs, mostly valid ones, from the grammar
// [[fill]align][sign][z][#][0][width][grouping][.precision][type], with
// occasional junk.
func randSpec(r *rand.Rand, types string) string {
	var b strings.Builder
	if r.Intn(3) == 0 {
		if r.Intn(2) == 0 {
			b.WriteString([]string{"*", "0", "x", " ", "é", "\U0001F600", "<", "{"}[r.Intn(8)])
		}
		b.WriteByte("<>=^"[r.Intn(4)])
	}
	if r.Intn(3) == 0 {
		b.WriteByte("+- "[r.Intn(3)])
	}
	if r.Intn(6) == 0 {
		b.WriteByte('z')
	}
	if r.Intn(4) == 0 {
		b.WriteByte('#')
	}
	if r.Intn(4) == 0 {
		b.WriteByte('0')
	}
	if r.Intn(2) == 0 {
		b.WriteString(itoa(r.Intn(25)))
	}
	if r.Intn(4) == 0 {
		b.WriteByte(",_"[r.Intn(2)])
	}
	if r.Intn(2) == 0 {
		b.WriteString("." + itoa(r.Intn(20)))
	}
	if r.Intn(4) != 0 {
		b.WriteByte(types[r.Intn(len(types))])
	}
	if r.Intn(40) == 0 {
		b.WriteString([]string{",", "_", "x", "..", "z", "\x00"}[r.Intn(6)])
	}
	return b.String()
}

func TestFormatMatchesPython(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	var cases []diffCase
	add := func(expr, got string) { cases = append(cases, diffCase{expr: expr, got: got}) }
	const types = "bcdoxXneEfFgG%sr "
	for k := 0; k < 6000; k++ {
		// ints
		i := randInt(r)
		if k%5 == 0 {
			i = big.NewInt(int64(r.Intn(0x11000)))
		}
		spec := randSpec(r, types)
		sp, err := ParseSpec(spec, "int")
		var s string
		if err == nil {
			s, err = FormatInt(i, sp, DefaultMaxStrDigits)
		}
		add("format("+pyI(i)+", "+pyS(spec)+")", rStrOrErr(s, err))
		// floats
		f := randFloat(r)
		spec = randSpec(r, types)
		sp, err = ParseSpec(spec, "float")
		if err == nil {
			s, err = FormatFloat(f, sp)
		}
		add("format("+pyF(f)+", "+pyS(spec)+")", rStrOrErr(s, err))
		// complex
		g := randFloat(r)
		if k%4 == 0 {
			g = 0
		}
		spec = randSpec(r, types)
		sp, err = ParseSpec(spec, "complex")
		if err == nil {
			s, err = FormatComplex(g, f, sp)
		}
		add("format(complex("+pyF(g)+", "+pyF(f)+"), "+pyS(spec)+")", rStrOrErr(s, err))
		// strs
		str := []string{"", "a", "abc", "héllo", "\U0001F600x", "\xed\xa0\x80", "tab\there"}[r.Intn(7)]
		spec = randSpec(r, types)
		sp, err = ParseSpec(spec, "str")
		if err == nil {
			s, err = FormatStr(str, sp)
		}
		add("format("+pyS(str)+", "+pyS(spec)+")", rStrOrErr(s, err))
	}
	for _, c := range []struct {
		v    any
		spec string
	}{
		{1.0, "abc"}, {1, ".3"}, {"a", "+"}, {"a", ",s"}, {1, ",_"}, {1, "_,"}, {1, "_c"},
		{1.0, "_n"}, {1, ",,"}, {1, "__"}, {1, "."}, {1, ".x"}, {1, "<<<"}, {1, "x<"},
		{1, "\xed\xa0\x80<5"}, {1.0, "99999999999999999999"}, {1.0, ".99999999999999999999"},
		{1.0, ".2147483648f"}, {1, "\x00"}, {1.0, "é"}, {-1, "c"}, {0x110000, "c"},
		{"a", "05"}, {"a", "0=5"}, {"a", "0^9"}, {1.5, "z=10"}, {-0.001, "z.1f"},
		{1, "١٠"}, {1.5, ".١f"}, {big.NewInt(0).Lsh(bigOne, 70), "c"},
		{new(big.Int).Exp(big.NewInt(10), big.NewInt(5000), nil), "d"},
		{new(big.Int).Exp(big.NewInt(10), big.NewInt(5000), nil), ","},
		{new(big.Int).Exp(big.NewInt(10), big.NewInt(400), nil), "e"},
		{math.Copysign(math.NaN(), -1), "+"},
	} {
		var s string
		var err error
		var expr string
		switch v := c.v.(type) {
		case int:
			sp, e := ParseSpec(c.spec, "int")
			if err = e; err == nil {
				s, err = FormatInt(big.NewInt(int64(v)), sp, DefaultMaxStrDigits)
			}
			expr = "format(" + itoa(v) + ", " + pyS(c.spec) + ")"
		case *big.Int:
			sp, e := ParseSpec(c.spec, "int")
			if err = e; err == nil {
				s, err = FormatInt(v, sp, DefaultMaxStrDigits)
			}
			expr = "format(" + pyI(v) + ", " + pyS(c.spec) + ")"
		case float64:
			sp, e := ParseSpec(c.spec, "float")
			if err = e; err == nil {
				s, err = FormatFloat(v, sp)
			}
			expr = "format(" + pyF(v) + ", " + pyS(c.spec) + ")"
		case string:
			sp, e := ParseSpec(c.spec, "str")
			if err = e; err == nil {
				s, err = FormatStr(v, sp)
			}
			expr = "format(" + pyS(v) + ", " + pyS(c.spec) + ")"
		}
		add(expr, rStrOrErr(s, err))
	}
	compareWithPython(t, "sys.set_int_max_str_digits(4300)", cases)
}

func TestPrintfMatchesPython(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	var cases []diffCase
	add := func(expr, got string) { cases = append(cases, diffCase{expr: expr, got: got}) }
	for k := 0; k < 6000; k++ {
		var fl PrintfFlags
		var spec strings.Builder
		spec.WriteByte('%')
		for _, c := range "-+ #0" {
			if r.Intn(4) == 0 {
				spec.WriteRune(c)
				switch c {
				case '-':
					fl.Left = true
				case '+':
					fl.Plus = true
				case ' ':
					fl.Space = true
				case '#':
					fl.Alt = true
				case '0':
					fl.Zero = true
				}
			}
		}
		width, prec := -1, -1
		if r.Intn(2) == 0 {
			width = r.Intn(25)
			spec.WriteString(itoa(width))
		}
		if r.Intn(2) == 0 {
			prec = r.Intn(20)
			spec.WriteString("." + itoa(prec))
		}
		ic := "diuoxX"[r.Intn(6)]
		i := randInt(r)
		s, err := PrintfInt(i, fl, width, prec, ic, DefaultMaxStrDigits)
		add(pyS(spec.String()+string(ic))+" % "+pyI(i), rStrOrErr(s, err))
		fc := "eEfFgG"[r.Intn(6)]
		f := randFloat(r)
		s, err = PrintfFloat(f, fl, width, prec, fc)
		add(pyS(spec.String()+string(fc))+" % "+pyF(f), rStrOrErr(s, err))
	}
	compareWithPython(t, "sys.set_int_max_str_digits(4300)", cases)
}

func TestRoundMatchesPython(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	var cases []diffCase
	add := func(expr, got string) { cases = append(cases, diffCase{expr: expr, got: got}) }
	for k := 0; k < 4000; k++ {
		f := randFloat(r)
		if k%3 == 0 {
			f = float64(r.Intn(100000)) / []float64{8, 1000, 100, 10, 200}[r.Intn(5)]
		}
		nd := int64(r.Intn(40) - 20)
		if k%17 == 0 {
			nd = int64(r.Intn(700) - 350)
		}
		g, err := RoundFloat(f, nd)
		got := rFloatOrErr(g, err)
		add("round("+pyF(f)+", "+itoa(int(nd))+")", got)
		i, err := RoundFloatToInt(f)
		add("round("+pyF(f)+")", rIntOrErr(i, err))
		a := randInt(r)
		n := big.NewInt(int64(r.Intn(30) - 25))
		add("round("+pyI(a)+", "+pyI(n)+")", rI(RoundInt(a, n)))
	}
	add("round(5, -1000)", rI(RoundInt(big.NewInt(5), big.NewInt(-1000))))
	g, err := RoundFloat(math.MaxFloat64, -308)
	add("round(1.7976931348623157e308, -308)", rFloatOrErr(g, err))
	compareWithPython(t, "", cases)
}
