package num

import (
	"math"
	"math/rand"
	"testing"
)

// glibcHypotCases are arguments of hypot with CPython 3.11's abs(complex(x,
// y)) on Debian 12 (glibc 2.36's hypot), from float.hex: arguments where
// the correctly rounded result differs from glibc's, among them
// hypot(-4.7, 12.4), and arguments next to 2**-510 where only glibc's
// scaling below 2**-459 gives its result (unscaled, delta² in the
// correction underflows).
var glibcHypotCases = []struct{ x, y, want float64 }{
	{-0x1.2cccccccccccdp+2, 0x1.8cccccccccccdp+3, 0x1.a858d6d04e2b7p+3},
	{0x1.7f1b1022941f4p+25, 0x1.2a96fb0e5fbe4p+26, 0x1.62c04875741edp+26},
	{0x1.7666666666666p+6, -0x1.2a66666666666p+6, 0x1.dec45f914f684p+6},
	{0x1.bf9bde798e7a0p+3, -0x1.4a77b3caf43eep+2, 0x1.dd220c63e9e49p+3},
	{-0x1.bb8507ea53498p+2, 0x1.3f229e4455632p+3, 0x1.849e75a92dfb4p+3},
	{-0x1.ffc883259432cp+2, -0x1.076726457a4d7p+4, 0x1.24d5470941542p+4},
	{0x1.1e00000000000p+6, -0x1.e666666666666p+4, 0x1.36c700467ee91p+6},
	{0x1.b827d284ed79ep+5, 0x1.4f3fc21d2e50bp+4, 0x1.d6fe5752b7e2cp+5},
	{0x1.3933333333333p+6, -0x1.1c66666666666p+6, 0x1.a70eb49413facp+6},
	{-0x1.9cda84e5ca4a8p+2, -0x1.15cac456093fbp+4, 0x1.2858c8afdbb8ep+4},
	{-0x1.8c00000000000p+5, -0x1.3f33333333333p+5, 0x1.fca1523003e53p+5},
	{-0x1.8b9999999999ap+6, 0x1.3c66666666666p+6, 0x1.fa90b21f06a5fp+6},
	{0x1.4abcbaa207e28p-2, 0x1.ef137792dbac6p+0, 0x1.f5eee92f550dbp+0},
	{0x1.d266666666666p+5, 0x1.8cccccccccccdp+3, 0x1.dcd537efb9220p+5},
	{-0x1.f666666666666p+5, 0x1.2000000000000p+6, 0x1.7e28aef830e2bp+6},
	{0x1.0f70230b10bdcp+25, 0x1.6f55f37549e24p+22, 0x1.134b59fd231b7p+25},
	{0x1.b4ccccccccccdp+4, -0x1.3b33333333333p+6, 0x1.4d948120a484ap+6},
	{0x1.1b61ad248b218p+2, 0x1.32c2918a23428p+4, 0x1.3ad5a45705800p+4},
	{-0x1.519999999999ap+5, -0x1.0b33333333333p+6, 0x1.3c0d7ab8dd84bp+6},
	{0x1.e000000000000p+4, -0x1.14ccccccccccdp+5, 0x1.6e5baae1d2443p+5},
	{-0x1.d241e0d0c8580p+2, 0x1.aeec5dff63860p-1, 0x1.d55bc5a079a69p+2},
	{-0x1.31a5421d9538bp+4, 0x1.1fb1199f8da08p+4, 0x1.a3beb09e582cap+4},
	{-0x1.a572df79f3348p+3, -0x1.1ff0e4d0ac138p+3, 0x1.fe6ba2e5a78d1p+3},
	{0x1.b5e582eb74810p-21, 0x1.c4f1968c94184p-24, 0x1.b98aa4c1d0ee7p-21},
	{0x1.8d315bb814258p+3, -0x1.2971d85073360p+4, 0x1.65a6879b119efp+4},
	{0x1.3b9999999999ap+6, -0x1.4b9999999999ap+6, 0x1.c9c78287d258ep+6},
	{0x1.58a8bb225d79dp+13, 0x1.254c56f7447e9p+12, 0x1.768f964403534p+13},
	{0x1.6db2ee83e4457p-14, 0x1.4a90567cbfdb2p-11, 0x1.4db5a4a83570ep-11},
	{-0x1.3f33333333333p+5, 0x1.5d9999999999ap+5, 0x1.d966bc3b1098dp+5},
	{0x1.e333333333333p+3, 0x1.ca66666666666p+5, 0x1.da0cbecd6fb99p+5},
	{0x1.73689cb464572p-15, 0x1.59b67650dae06p-14, 0x1.886ec30626398p-14},
	{0x1.3200000000000p+6, -0x1.d99999999999ap+3, 0x1.37ac86d1bd144p+6},
	{0x1.70cbfb15c1124p+3, 0x1.17e50642b0a9ep+4, 0x1.4f2d5e9ab002fp+4},
	{0x1.b0ccccccccccdp+5, 0x1.be66666666666p+5, 0x1.36e19eb38ce21p+6},
	{0x1.f057adaad050cp+22, 0x1.a8cf87f72dff0p+23, 0x1.ebfd28275714dp+23},
	{-0x1.ad8e7c3807572p+3, -0x1.62f3c55447b8ep+3, 0x1.169df9f670218p+4},
	{-0x1.159999999999ap+6, 0x1.5b33333333333p+5, 0x1.47698310e3412p+6},
	{-0x1.81bb4366e90b0p+2, 0x1.24c0d4ff4da9cp+4, 0x1.343a1009768a9p+4},
	{0x1.0000000000000p+3, 0x1.9cccccccccccdp+3, 0x1.e5bc84043e0e1p+3},
	{0x1.bcccccccccccdp+3, 0x1.319999999999ap+6, 0x1.369dde8a682d0p+6},
	{0x1.e10d68c7c3768p+3, -0x1.27d7506afe040p+1, 0x1.e6b46a7d3ad90p+3},
	{0x1.ce2087bf4e232p-508, 0x1.5e44420a78070p-510, 0x1.d659a96d77d55p-508},
	{0x1.b17d3758a8b47p-509, 0x1.ae441cc547ad0p-510, 0x1.e3efe0d5518a0p-509},
	{0x1.701ec586a1117p-507, 0x1.45d7f7d85afdep-509, 0x1.790692d8d06fbp-507},
	{0x1.f11e68e601358p-507, 0x1.44403f043b1ecp-509, 0x1.f7af4738e0903p-507},
	{0x1.79b861f18902ep-510, 0x1.40d798db5e00ap-510, 0x1.ef97c5d1f225ep-510},
	{0x1.cbde246bcf3f5p-508, 0x1.425438e081315p-510, 0x1.d2dfe2209993ap-508},
	{0x1.4fba26f60478ap-510, 0x1.1103e729b70e4p-510, 0x1.b0b9572e1a5a4p-510},
	{0x1.e380930eb4809p-509, 0x1.589915d623116p-510, 0x1.00a476cd39d00p-508},
	{0x1.9d677264ddad8p-509, 0x1.bc7ef3f9c4aefp-510, 0x1.d55bb13a2806ap-509},
	{0x1.2851e711d89f4p-508, 0x1.059e5ea598462p-509, 0x1.43e8859605366p-508},
}

func TestGlibcHypotTable(t *testing.T) {
	for _, c := range glibcHypotCases {
		for _, xy := range [][2]float64{{c.x, c.y}, {c.y, c.x}, {-c.x, c.y}, {c.x, -c.y}} {
			if got := LibmHypot(xy[0], xy[1]); math.Float64bits(got) != math.Float64bits(c.want) {
				t.Errorf("hypot(%x, %x) = %x, CPython %x", xy[0], xy[1], got, c.want)
			}
		}
	}
}

// TestGlibcHypotSpecial checks zeros, infinities, NaNs (an infinity wins
// over a quiet NaN, not a signaling one) and the ends of the range.
func TestGlibcHypotSpecial(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	snan := math.Float64frombits(0x7ff0_0000_0000_0001)
	tests := []struct{ x, y, want float64 }{
		{0, 0, 0}, {math.Copysign(0, -1), 0, 0}, {-3, 0, 3}, {0, -4, 4}, {3, 4, 5},
		{inf, nan, inf}, {nan, -inf, inf}, {nan, 1, nan}, {snan, inf, nan}, {inf, snan, nan},
		{math.MaxFloat64, math.MaxFloat64, inf}, {math.MaxFloat64, 1, math.MaxFloat64},
		{1e308, 1e308, 1.4142135623730951e308}, {0x1p-1074, 0x1p-1074, 0x1p-1074},
		{0x1p-1074, 0, 0x1p-1074}, {3e-320, 4e-320, 5e-320},
	}
	for _, tt := range tests {
		got := LibmHypot(tt.x, tt.y)
		if math.Float64bits(got) != math.Float64bits(tt.want) && !(math.IsNaN(got) && math.IsNaN(tt.want)) {
			t.Errorf("hypot(%v, %v) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}

// glibcHypotArgs draws a pair: comparable magnitudes anywhere in the
// range (through the scaled kernels above 2**511 and below 2**-459),
// ratios near 2**-54 where the smaller stops mattering, short decimals,
// and any two doubles.
func glibcHypotArgs(r *rand.Rand, k int) (x, y float64) {
	switch k % 6 {
	case 0:
		x = math.Ldexp(1+r.Float64(), r.Intn(2100)-1075)
		y = math.Ldexp(1+r.Float64(), r.Intn(2100)-1075)
	case 1:
		e := r.Intn(2100) - 1075
		x = math.Ldexp(1+r.Float64(), e)
		y = math.Ldexp(1+r.Float64(), e-r.Intn(8))
	case 2:
		e := []int{511, -459, -510, -1022, 1023, 0}[r.Intn(6)] + r.Intn(5) - 2
		x = math.Ldexp(1+r.Float64(), e)
		y = math.Ldexp(1+r.Float64(), e-r.Intn(4))
	case 3:
		x = math.Ldexp(1+r.Float64(), r.Intn(60)-30)
		y = math.Ldexp(x, -52-r.Intn(4)) * (0.5 + r.Float64())
	case 4:
		x = math.Round((r.Float64()-0.5)*2000) / 10
		y = math.Round((r.Float64()-0.5)*2000) / 10
	case 5:
		x = (r.Float64() - 0.5) * 40
		y = (r.Float64() - 0.5) * 40
	}
	if r.Intn(2) == 0 {
		x = -x
	}
	if r.Intn(2) == 0 {
		y = -y
	}
	if r.Intn(2) == 0 {
		x, y = y, x
	}
	return x, y
}

// TestGlibcHypotMatchesPython compares hypot, through abs() of a complex
// (CPython's _Py_c_abs calls the C hypot; math.hypot has its own
// algorithm), with CPython 3.11, results and errors, bit for bit: the
// table's arguments and 3000 random pairs.
func TestGlibcHypotMatchesPython(t *testing.T) {
	requirePython311(t)
	n := 3000
	if testing.Short() {
		n = 500
	}
	var xs, ys []float64
	for _, c := range glibcHypotCases {
		xs, ys = append(xs, c.x), append(ys, c.y)
	}
	r := rand.New(rand.NewSource(31))
	for k := 0; k < n; k++ {
		x, y := glibcHypotArgs(r, k)
		xs, ys = append(xs, x), append(ys, y)
	}
	exprs := make([]string, len(xs))
	for i := range xs {
		exprs[i] = "abs(complex(" + pyF(xs[i]) + ", " + pyF(ys[i]) + ")).hex()"
	}
	want := pyEval(t, "", exprs)
	bad := 0
	for i := range xs {
		v, err := ComplexAbs(complex(xs[i], ys[i]))
		got := "'" + FloatHex(v) + "'"
		if err != nil {
			got = rErr(err)
		}
		if got != want[i] {
			bad++
			if bad <= 10 {
				t.Errorf("abs(complex(%x, %x)): got %s, CPython %s", xs[i], ys[i], got, want[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d arguments differ", bad, len(xs))
	}
}
