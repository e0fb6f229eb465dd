package num

import (
	"math"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

// randNumberText builds strings that int() and float() may or may not
// accept: digits, signs, underscores, prefixes, points, exponents, Unicode
// digits and spaces, and garbage.
func randNumberText(r *rand.Rand) string {
	pieces := []string{"0", "1", "7", "9", "5", "00", "123", "_", "__", "-", "+", " ", "\t", ".", "e", "E", "e-", "e+", "x", "0x", "0X", "0o", "0b", "0B", "a", "f", "F", "z", "Z", "inf", "INF", "Infinity", "nan", "NaN", "١", "٢", "１", "\u3000", "\u2003", "\x85", "\x1c", "\x00", "é", "\xed\xa0\x80", "9999999999", "1e400", "1e-400"}
	n := r.Intn(6) + 1
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

func TestParseMatchesPython(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	var cases []diffCase
	add := func(expr, got string) { cases = append(cases, diffCase{expr: expr, got: got}) }
	texts := []string{"", " ", "0", "-0", "+0", "00", "0_0", "012", "0_7", "1_000", "1__0", "_1", "1_", "0x_1f", "0x__1", "0x_", "0b1_0", "+0x10", "-0o17", "0O17", "0B1", "١٢", "１２", "1\x00", " 1 ", "\u30001\u2003", "\x0b1\x0c", "\x1c1", "1\x1c", "-", "+ 1", "- 1", "1e5", "1.5", ".5", "5.", ".", "1e", "1e+", "infinity", "-inf", "+nAn", "-nan", "infinit", "nan(1)", "0x10", "1_0.5_5", "1e5_0", "1_e5", "1._5", "1.5\x85", strings.Repeat("x", 300), strings.Repeat("é", 300), strings.Repeat("1", 4300), strings.Repeat("1", 4301), strings.Repeat("0", 5000), strings.Repeat("1", 4301) + "x", strings.Repeat("١", 4301), "9" + strings.Repeat("0", 4299)}
	for k := 0; k < 3000; k++ {
		texts = append(texts, randNumberText(r))
	}
	for _, s := range texts {
		for _, base := range []int{10, 0, 16, 8, 2, 36, 3, 7} {
			i, err := ParseInt(s, base)
			got := rErr(err)
			if err == nil {
				got = pyS(IntToBase(i, 16, true))
			}
			add("hex(int("+pyS(s)+", "+itoa(base)+"))", got)
		}
		f, err := ParseFloat(s)
		got := rFloatOrErr(f, err)
		if err == nil && math.IsNaN(f) && math.Signbit(f) {
			got = "'-nan'"
		}
		add("(lambda f: '-nan' if f != f and math.copysign(1, f) < 0 else f)(float("+pyS(s)+"))", got)
	}
	for _, base := range []int{1, 37, -1} {
		_, err := ParseInt("1", base)
		add("int('1', "+itoa(base)+")", rErr(err))
	}
	compareWithPython(t, "sys.set_int_max_str_digits(4300)", cases)
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }

func TestIntToDecimalLimit(t *testing.T) {
	var cases []diffCase
	for _, e := range []int64{10, 4299, 4300, 4301, 5000, 20000} {
		for _, d := range []int64{-1, 0, 1} {
			v := new(big.Int).Exp(big.NewInt(10), big.NewInt(e), nil)
			v.Add(v, big.NewInt(d))
			for _, neg := range []bool{false, true} {
				if neg {
					v = new(big.Int).Neg(v)
				}
				s, err := IntToDecimal(v, DefaultMaxStrDigits)
				got := "'" + s + "'"
				if err != nil {
					got = rErr(err)
				}
				cases = append(cases, diffCase{expr: "str(" + pyI(v) + ")", got: got})
			}
		}
	}
	compareWithPython(t, "sys.set_int_max_str_digits(4300)", cases)
}
