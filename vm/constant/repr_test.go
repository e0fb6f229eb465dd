package constant

import (
	"math"
	"math/big"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

func bigInt(s string) Int {
	n, ok := new(big.Int).SetString(s, 0)
	if !ok {
		panic(s)
	}
	return Int{n}
}

func TestReprTable(t *testing.T) {
	negNaN := math.Copysign(math.NaN(), -1)
	for _, tc := range []struct {
		v    Value
		want string
	}{
		{None{}, "None"},
		{Ellipsis{}, "Ellipsis"},
		{Bool(true), "True"},
		{bigInt("-12345678901234567890123"), "-12345678901234567890123"},
		{Float(1), "1.0"},
		{Float(1e16), "1e+16"},
		{Float(1e15), "1000000000000000.0"},
		{Float(1e-5), "1e-05"},
		{Float(1e-4), "0.0001"},
		{Float(math.Inf(1)), "inf"},
		{Float(negNaN), "nan"},
		{Float(math.Copysign(0, -1)), "-0.0"},
		{Float(0.30000000000000004), "0.30000000000000004"},
		{Float(5e-324), "5e-324"},
		{Float(123456789012345678.0), "1.2345678901234568e+17"},
		{Complex(1i), "1j"},
		{Complex(1 + 2i), "(1+2j)"},
		{Complex(complex(math.Copysign(0, -1), -1)), "(-0-1j)"},
		{Complex(complex(0, math.Inf(1))), "infj"},
		{Complex(complex(math.NaN(), 0)), "(nan+0j)"},
		{Complex(complex(1, negNaN)), "(1+nanj)"},
		{Complex(complex(0, math.Copysign(0, -1))), "-0j"},
		{Complex(1e16i), "1e+16j"},
		{Str("it's"), `"it's"`},
		{Str(`'"`), `'\'"'`},
		{Str("a\tb\n\\\x7f\x00é日\u200b\U000e0001😀"), `'a\tb\n\\\x7f\x00é日\u200b\U000e0001😀'`},
		{StrFromCodePoints([]rune{0xd800, 'x'}), `'\ud800x'`},
		{Bytes("a'\x00\xff\t"), `b"a'\x00\xff\t"`},
		{Tuple{}, "()"},
		{Tuple{Int{big.NewInt(1)}}, "(1,)"},
		{Tuple{Str("a"), Tuple{}, None{}}, "('a', (), None)"},
		{FrozenSet{}, "frozenset()"},
		{FrozenSet{Int{big.NewInt(1)}, Int{big.NewInt(2)}}, "frozenset({1, 2})"},
	} {
		if got := tc.v.Repr(); got != tc.want {
			t.Errorf("%#v.Repr() = %s, want %s", tc.v, got, tc.want)
		}
	}
}

// randomValues returns a reproducible mix of constants of every type,
// weighted toward edge cases.
func randomValues(r *rand.Rand, n int, depth int) []Value {
	var out []Value
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e16, 1e15, 9999999999999998, 1e-4, 1e-5,
		1e22, 1e23, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), 0.1, 2.5, 1e100, 123456.789}
	for i := 0; i < n; i++ {
		switch k := r.Intn(10); {
		case k == 0:
			out = append(out, Int{new(big.Int).Rsh(new(big.Int).SetUint64(r.Uint64()), uint(r.Intn(64)))})
		case k == 1:
			x := new(big.Int).Lsh(big.NewInt(r.Int63()), uint(r.Intn(200)))
			if r.Intn(2) == 0 {
				x.Neg(x)
			}
			out = append(out, Int{x})
		case k == 2:
			var f float64
			switch r.Intn(3) {
			case 0:
				f = specials[r.Intn(len(specials))]
			case 1:
				f = math.Float64frombits(r.Uint64())
				if math.IsNaN(f) {
					f = 1.5
				}
			default:
				f = float64(r.Intn(2000)-1000) / 8
			}
			out = append(out, Float(f))
		case k == 3:
			out = append(out, Complex(complex(specials[r.Intn(len(specials))], specials[r.Intn(len(specials))])))
		case k == 4 || k == 5:
			cps := make([]rune, r.Intn(12))
			for j := range cps {
				switch r.Intn(5) {
				case 0:
					cps[j] = rune(r.Intn(0x100))
				case 1:
					cps[j] = rune(r.Intn(0x10000))
				case 2:
					cps[j] = rune(r.Intn(0x110000))
				default:
					cps[j] = rune(" 'a\"\\\n"[r.Intn(6)])
				}
			}
			out = append(out, StrFromCodePoints(cps))
		case k == 6:
			b := make([]byte, r.Intn(10))
			for j := range b {
				b[j] = byte(r.Intn(256))
				if r.Intn(3) == 0 {
					b[j] = "'\"\\a\t"[r.Intn(5)]
				}
			}
			out = append(out, Bytes(b))
		case k == 7:
			out = append(out, []Value{None{}, Ellipsis{}, Bool(true), Bool(false)}[r.Intn(4)])
		default:
			if depth > 0 {
				out = append(out, Tuple(randomValues(r, r.Intn(4), depth-1)))
			} else {
				out = append(out, Tuple{})
			}
		}
	}
	return out
}

func TestReprAndHashMatchPython(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	vs := randomValues(r, 3000, 2)
	// Hashes of None, Ellipsis and NaN are identity-based in CPython 3.11;
	// compare them only for values free of those.
	reprs, hashes := pythonReprHash(t, vs, true)
	for i, v := range vs {
		if got := v.Repr(); got != reprs[i] {
			t.Errorf("repr(%s): got %s, want %s", pyExpr(v), got, reprs[i])
		}
		if hasIdentityHash(v) {
			continue
		}
		if got := strconv.FormatInt(Hash(v), 10); got != hashes[i] {
			t.Errorf("hash(%s): got %s, want %s", pyExpr(v), got, hashes[i])
		}
	}
}

func hasIdentityHash(v Value) bool {
	switch v := v.(type) {
	case None, Ellipsis:
		return true
	case Float:
		return math.IsNaN(float64(v))
	case Complex:
		return math.IsNaN(real(complex128(v))) || math.IsNaN(imag(complex128(v)))
	case Tuple:
		for _, e := range v {
			if hasIdentityHash(e) {
				return true
			}
		}
	case FrozenSet:
		for _, e := range v {
			if hasIdentityHash(e) {
				return true
			}
		}
	}
	return false
}

// TestPrintableMatchesPython checks isPrintable over every code point
// against str.isprintable().
func TestPrintableMatchesPython(t *testing.T) {
	out := runPython(t, `import sys
sys.stdout.write(''.join('1' if chr(c).isprintable() else '0' for c in range(0x110000)))`, "")
	if len(out) != 0x110000 {
		t.Fatalf("python output has %d entries", len(out))
	}
	bad := 0
	for c := rune(0); c < 0x110000; c++ {
		if isPrintable(c) != (out[c] == '1') {
			if bad++; bad < 10 {
				t.Errorf("isPrintable(U+%04X) = %v, python says %c", c, isPrintable(c), out[c])
			}
		}
	}
}

func TestHashTable(t *testing.T) {
	for _, tc := range []struct {
		v    Value
		want int64
	}{
		{Str(""), 0},
		{Str("a"), 4644417185603328019},
		{Bytes("a"), 4644417185603328019},
		{Str("é"), 6047309291227476195},
		{Str("😀"), -3536540696076613844},
		{bigInt("-1"), -2},
		{bigInt("-2"), -2},
		{bigInt("0x1fffffffffffffff"), 0},
		{bigInt("0x10000000000000000"), 8},
		{bigInt("-0x8000000000000000"), -4},
		{Float(0.5), 1152921504606846976},
		{Float(-1), -2},
		{Complex(1i), 1000003},
		{Tuple{}, 5740354900026072187},
		{FrozenSet{}, 133146708735736},
	} {
		if got := Hash(tc.v); got != tc.want {
			t.Errorf("Hash(%s) = %d, want %d", tc.v.Repr(), got, tc.want)
		}
	}
}

// HashText (str hashes, ASCII ones hashed in place) against python3 at
// every length around SipHash's 8-byte blocks, ASCII and not.
func TestHashTextMatchesPython(t *testing.T) {
	var vs []Value
	for n := 0; n <= 40; n++ {
		vs = append(vs, Str(strings.Repeat("a", n)), Str(strings.Repeat("~\x00z", n)[:n]))
		if n > 0 {
			vs = append(vs, Str(strings.Repeat("b", n-1)+"é"), Str("é"+strings.Repeat("c", n-1)),
				Str(strings.Repeat("d", n-1)+"\x7f"), Str(strings.Repeat("e", n-1)+"€"), Str(strings.Repeat("f", n-1)+"😀"))
		}
	}
	vs = append(vs, Bytes("alpha beta"), Bytes("\x80\xff"), Bytes(""))
	_, hashes := pythonReprHash(t, vs, true)
	for i, v := range vs {
		got := Hash(v)
		if s, ok := v.(Str); ok && HashText(string(s)) != got {
			t.Errorf("HashText(%q) = %d, Hash gives %d", s, HashText(string(s)), got)
		}
		if strconv.FormatInt(got, 10) != hashes[i] {
			t.Errorf("hash(%s): got %d, want %s", pyExpr(v), got, hashes[i])
		}
	}
}

// BenchmarkHashText hashes a word-sized and a line-sized ASCII str, as
// every str's first hash does.
func BenchmarkHashText(b *testing.B) {
	for _, s := range []string{"epsilon", "the quick brown fox jumps over the lazy dog"} {
		b.Run(strconv.Itoa(len(s)), func(b *testing.B) {
			for b.Loop() {
				HashText(s)
			}
		})
	}
}
