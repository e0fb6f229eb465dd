package num

import (
	"math"
	"math/rand"
	"testing"
)

// glibcExpm1Cases are arguments of expm1, log1p and the hyperbolic
// functions with CPython 3.11's results on Debian 12 (glibc 2.36's
// __expm1_fma and __log1p_fma, and the functions that call them), from
// float.hex: arguments where fdlibm's textbook expm1 and log1p (Go's
// math.Expm1 and math.Log1p) differ from glibc's, where evaluating glibc's
// expm1 and log1p without their fused multiply-adds gives another result,
// and arguments inside the ranges where glibc's branch limits, taken from
// the high word alone, differ from the exact limits (sinh and cosh just
// below ln(DBL_MAX), cosh just above ln2/2, asinh just above 2 and 2**28).
var glibcExpm1Cases = []struct {
	fn      string
	x, want float64
}{
	{"expm1", -0x1.0975697c8e3cdp+0, -0x1.4a7a5ecb3bd7cp-1},
	{"expm1", -0x1.032b26aca59bep+0, -0x1.45f6707361eb7p-1},
	{"expm1", -0x1.c3bb13106e96ep-2, -0x1.6d42a216e8b3ap-2},
	{"expm1", -0x1.59d6a4d4bdf18p-2, -0x1.257e2f1da730bp-2},
	{"expm1", -0x1.2d8f11355bd2dp-2, -0x1.053627fe75e3bp-2},
	{"expm1", -0x1.2c29365ded38cp-2, -0x1.042b6781dcd2bp-2},
	{"expm1", -0x1.2bf6f18df1b28p-2, -0x1.0405e760873e7p-2},
	{"expm1", -0x1.057a16c96476dp-2, -0x1.cd8629410f129p-3},
	{"expm1", -0x1.f046102b246c8p-3, -0x1.b8b89f8cac93fp-3},
	{"expm1", -0x1.b401af91efb3ap-3, -0x1.88b873c645009p-3},
	{"expm1", 0x1.24cd7e74f1580p-4, 0x1.2f85a9428fdcbp-4},
	{"expm1", 0x1.2b79bd84e02f8p-2, 0x1.5bde236d2d601p-2},
	{"expm1", 0x1.468159ceed648p-2, 0x1.808fe0276bf5dp-2},
	{"expm1", 0x1.d8afc49f365a8p-2, 0x1.2c59e13708ed9p-1},
	{"expm1", 0x1.1405dcd1d0180p+0, 0x1.f07e3f68bb731p+0},
	{"expm1", 0x1.20cc518137c02p+0, 0x1.0b7fb58d7bbe3p+1},
	{"expm1", 0x1.39bf8f90e7f3ep+1, 0x1.5341c69a55649p+3},
	{"expm1", 0x1.afab8bc731cb2p+3, 0x1.6081c6ab74ce8p+19},
	{"expm1", 0x1.5e26180156aecp+4, 0x1.7ca9c9b2613bcp+31},
	{"expm1", 0x1.44974454b6008p+9, 0x1.7c63146371541p+936},
	{"log1p", -0x1.557b7dca51700p-1, -0x1.1977eac148edap+0},
	{"log1p", -0x1.1220583a82c70p-2, -0x1.3f0b707589eefp-2},
	{"log1p", -0x1.f6650d7ce2ea6p-3, -0x1.2033ef725adf9p-2},
	{"log1p", 0x1.498ae3dcf32cfp-3, 0x1.3191b5b419304p-3},
	{"log1p", 0x1.c07d47673bfb0p-3, 0x1.958c723a5465ep-3},
	{"log1p", 0x1.ced4647792f2dp-3, 0x1.a1476f5174b2fp-3},
	{"log1p", 0x1.44956aa4a022fp-2, 0x1.19f24d71a315dp-2},
	{"log1p", 0x1.7dce24d011000p-2, 0x1.447fcb1bd104dp-2},
	{"log1p", 0x1.ac07706ad0a20p-2, 0x1.65a0963c2fd73p-2},
	{"log1p", 0x1.bb4220ce57baep-2, 0x1.704fb3c0309fap-2},
	{"log1p", 0x1.f717ad0ec48a4p-2, 0x1.993d9aacac238p-2},
	{"log1p", 0x1.08ed5339b67dbp-1, 0x1.ab07c5a7e2b06p-2},
	{"log1p", 0x1.100906d12ffd8p-1, 0x1.b45b41e134cb4p-2},
	{"log1p", 0x1.2071b54637d71p-1, 0x1.c990fe01ac5b7p-2},
	{"log1p", 0x1.553d1d973341ap+0, 0x1.b1bc43f43f135p-1},
	{"log1p", 0x1.7b26369eaab5cp+0, 0x1.d13ed87b57ed2p-1},
	{"log1p", 0x1.95110948d365ap+0, 0x1.e5b9002a92297p-1},
	{"log1p", 0x1.a467de7cf5d78p+0, 0x1.f1779b7ae2d23p-1},
	{"log1p", 0x1.e6c7c50852e68p+0, 0x1.10b27333955aep+0},
	{"log1p", 0x1.3b33c9d821f26p+4, 0x1.83dba604db40fp+1},
	{"sinh", -0x1.62e428accf3e0p+9, -0x1.ffe2f5815c73cp+1022},
	{"sinh", -0x1.62e427a3aa995p+9, -0x1.ffded12f3bf0ap+1022},
	{"sinh", -0x1.62e424c3ee766p+9, -0x1.ffd3531e734d3p+1022},
	{"sinh", -0x1.62e42006a236ap+9, -0x1.ffc05feebdb75p+1022},
	{"sinh", -0x1.0c7a1d93846b2p+0, -0x1.407835495c3f2p+0},
	{"sinh", -0x1.03522689c70f4p+0, -0x1.32005a7a48c20p+0},
	{"sinh", -0x1.5290345cfecd0p-2, -0x1.58c3f421040d2p-2},
	{"sinh", -0x1.40b0c9cb11520p-2, -0x1.45f55e6b84e88p-2},
	{"sinh", 0x1.25cfd1521ba21p-2, 0x1.29dc1d2f46f81p-2},
	{"sinh", 0x1.2e3045897f1c0p-2, 0x1.32980625027ccp-2},
	{"sinh", 0x1.701578b431fecp-2, 0x1.780fd77ef9039p-2},
	{"sinh", 0x1.7ec4d3a117670p-2, 0x1.87bebb6cd6980p-2},
	{"sinh", 0x1.c04e566fe3c14p+0, 0x1.65a07791f4b6bp+1},
	{"sinh", 0x1.d2d0c86379e44p+0, 0x1.820cbbaf0f099p+1},
	{"cosh", -0x1.62e42c046b50dp+9, 0x1.fff0535c349b2p+1022},
	{"cosh", -0x1.62e420d1c11b3p+9, 0x1.ffc38c07dd1a1p+1022},
	{"cosh", -0x1.62e42ffddcb46p-2, 0x1.0f876ccf38a1fp+0},
	{"cosh", -0x1.62e42ffbbec34p-2, 0x1.0f876ccf08bb3p+0},
	{"cosh", -0x1.25d6ae61567b5p-2, 0x1.0a9cb9a162ba6p+0},
	{"cosh", -0x1.241e8d3258678p-2, 0x1.0a7ccfed64fe5p+0},
	{"cosh", -0x1.b4ca780de5f00p-3, 0x1.05d82d25ec647p+0},
	{"cosh", -0x1.8f8852e68f35cp-3, 0x1.04e30a4075406p+0},
	{"cosh", 0x1.ecfd3db02359ap-3, 0x1.0773ec6c3e02cp+0},
	{"cosh", 0x1.00fdcb77080a8p-2, 0x1.081abf9ed1920p+0},
	{"cosh", 0x1.2343ed2009094p-2, 0x1.0a6d08194564ap+0},
	{"cosh", 0x1.5360ea3d7da4fp-2, 0x1.0e305fb9cc27dp+0},
	{"cosh", 0x1.59b6d3839c672p-2, 0x1.0eba8ec381f3ap+0},
	{"cosh", 0x1.5dd83b9f5d328p-2, 0x1.0f161335af399p+0},
	{"cosh", 0x1.62e42ff2f2ab3p-2, 0x1.0f876cce41ac1p+0},
	{"cosh", 0x1.62e42ff5fbad6p-2, 0x1.0f876cce8659dp+0},
	{"cosh", 0x1.62e42a0112a70p+9, 0x1.ffe84648ddf45p+1022},
	{"cosh", 0x1.62e42e4a798a1p+9, 0x1.fff96b627ff47p+1022},
	{"tanh", -0x1.e589a5d2a22b0p-2, -0x1.c426635a27c78p-2},
	{"tanh", -0x1.aea78879d7d10p-3, -0x1.a86acc50ac0d4p-3},
	{"tanh", -0x1.1bc620be843d0p-3, -0x1.19f8c0baf3c7fp-3},
	{"tanh", -0x1.02bf9bb26c52dp-3, -0x1.016165feb1af3p-3},
	{"tanh", -0x1.e00a1b662c352p-4, -0x1.ddda8ad45eb9ep-4},
	{"tanh", -0x1.57a6cdf5e30a0p-4, -0x1.56d8f68dd3c95p-4},
	{"tanh", -0x1.320e06a7851a0p-4, -0x1.317c89b14155cp-4},
	{"tanh", 0x1.68f9bce27ec52p-4, 0x1.680b3d59fe352p-4},
	{"tanh", 0x1.efb9c54ee2d00p-2, 0x1.cc50c1a1b40fdp-2},
	{"tanh", 0x1.01c6354645814p-1, 0x1.dbfe845049f0ep-2},
	{"asinh", -0x1.00000b20d765dp+28, -0x1.419ecc2339ba9p+4},
	{"asinh", -0x1.00000af15eebcp+28, -0x1.419ecc2042331p+4},
	{"asinh", -0x1.00000e523c893p+1, -0x1.719225006b3b8p+0},
	{"asinh", -0x1.555bf28f7d716p+0, -0x1.19429f9435321p+0},
	{"asinh", -0x1.3ab9feb314406p+0, -0x1.08df752d07eb4p+0},
	{"asinh", -0x1.df88d5a3a4093p-3, -0x1.db41e87cd1ccep-3},
	{"asinh", -0x1.c6390dda5f14cp-3, -0x1.c2943ea6a41a5p-3},
	{"asinh", -0x1.bffa486e54040p-4, -0x1.bf16df5882c85p-4},
	{"asinh", 0x1.3d4bf915fdad0p-3, 0x1.3c0a7a0d7f01dp-3},
	{"asinh", 0x1.8edc4dd5defa8p-2, 0x1.85682b75c7f6bp-2},
	{"asinh", 0x1.b1625a0ddfd2cp-2, 0x1.a563cb043cc55p-2},
	{"asinh", 0x1.1caeca35961b8p+0, 0x1.eab66e7541cdcp-1},
	{"asinh", 0x1.267612ca3dc78p+0, 0x1.f7aa8d00e9b1dp-1},
	{"asinh", 0x1.0000048e089c9p+1, 0x1.71921c442ba53p+0},
	{"asinh", 0x1.000007d93a49ep+1, 0x1.71921f3658906p+0},
	{"asinh", 0x1.00000b53c3797p+1, 0x1.71922252dd76ep+0},
	{"asinh", 0x1.00000498a871cp+28, 0x1.419ecbbab6ce8p+4},
	{"asinh", 0x1.00000c0084071p+28, 0x1.419ecc3134840p+4},
	{"acosh", 0x1.03c593f00e421p+0, 0x1.5f210e0cc8e04p-3},
	{"acosh", 0x1.066e64878644dp+0, 0x1.ca1b52235ca16p-3},
	{"acosh", 0x1.0749f18c876b0p+0, 0x1.e78faaa035abap-3},
	{"acosh", 0x1.0dcd0d982a406p+0, 0x1.4ebf7d773e479p-2},
	{"acosh", 0x1.0fcef91a6481dp+0, 0x1.6609f1d4a49a7p-2},
	{"acosh", 0x1.13b2eee3c3529p+0, 0x1.8f2e69d1b1becp-2},
	{"acosh", 0x1.16b949921c569p+0, 0x1.ac534a4a2a62bp-2},
	{"acosh", 0x1.795c357115cc9p+0, 0x1.e0b18e0646856p-1},
	{"acosh", 0x1.9a57584a1d971p+0, 0x1.0c9dc81fe35c6p+0},
	{"acosh", 0x1.de8b687b9d960p+0, 0x1.3cecab5d506dfp+0},
	{"atanh", -0x1.7db5df9a22510p-3, -0x1.8239935f92c41p-3},
	{"atanh", -0x1.55e2ec621f54ap-3, -0x1.591dd1f967512p-3},
	{"atanh", -0x1.4fa488c017007p-3, -0x1.52b27721238ddp-3},
	{"atanh", -0x1.08e006bcc31b8p-3, -0x1.0a5df20a79498p-3},
	{"atanh", -0x1.a3cdeccc3582ep-4, -0x1.a5489e94f590bp-4},
	{"atanh", -0x1.3c9bda6237d8fp-4, -0x1.3d3ddbacbe262p-4},
	{"atanh", -0x1.0791773f42413p-4, -0x1.07eed34b2a1c7p-4},
	{"atanh", 0x1.b595d49685b1cp-4, 0x1.b742f2604550dp-4},
	{"atanh", 0x1.f5f0dab56bf20p-4, 0x1.f879ed991409ap-4},
	{"atanh", 0x1.37ce2647275f0p-3, 0x1.3a3f9f2dfe897p-3},
}

// glibcExpm1Funcs are the functions under test, as the math module's
// wrappers (with Python's errors) and by name.
var glibcExpm1Funcs = []struct {
	name string
	f    func(float64) (float64, error)
}{
	{"expm1", MathExpm1}, {"log1p", MathLog1p}, {"sinh", MathSinh}, {"cosh", MathCosh},
	{"tanh", MathTanh}, {"asinh", MathAsinh}, {"acosh", MathAcosh}, {"atanh", MathAtanh},
}

func glibcExpm1Func(name string) func(float64) (float64, error) {
	for _, f := range glibcExpm1Funcs {
		if f.name == name {
			return f.f
		}
	}
	panic("no function " + name)
}

func TestGlibcExpm1Table(t *testing.T) {
	for _, c := range glibcExpm1Cases {
		got, err := glibcExpm1Func(c.fn)(c.x)
		if err != nil || math.Float64bits(got) != math.Float64bits(c.want) {
			t.Errorf("%s(%x) = %x, %v; CPython %x", c.fn, c.x, got, err, c.want)
		}
	}
}

// TestGlibcExpm1Special checks signed zeros, infinities, NaNs and the
// poles, on the C functions (no Python errors).
func TestGlibcExpm1Special(t *testing.T) {
	negZero := math.Copysign(0, -1)
	inf, nan := math.Inf(1), math.NaN()
	tests := []struct {
		name    string
		f       func(float64) float64
		x, want float64
	}{
		{"expm1", LibmExpm1, 0, 0}, {"expm1", LibmExpm1, negZero, negZero},
		{"expm1", LibmExpm1, inf, inf}, {"expm1", LibmExpm1, -inf, -1}, {"expm1", LibmExpm1, 710, inf},
		{"expm1", LibmExpm1, -40, -1}, {"expm1", LibmExpm1, 0x1p-1074, 0x1p-1074},
		{"log1p", LibmLog1p, 0, 0}, {"log1p", LibmLog1p, negZero, negZero},
		{"log1p", LibmLog1p, -1, -inf}, {"log1p", LibmLog1p, -2, nan}, {"log1p", LibmLog1p, inf, inf},
		{"log1p", LibmLog1p, -inf, nan}, {"log1p", LibmLog1p, math.MaxFloat64, 0x1.62e42fefa39efp+9},
		{"sinh", LibmSinh, negZero, negZero}, {"sinh", LibmSinh, -inf, -inf}, {"sinh", LibmSinh, -711, -inf},
		{"cosh", LibmCosh, negZero, 1}, {"cosh", LibmCosh, -inf, inf}, {"cosh", LibmCosh, 711, inf},
		{"tanh", LibmTanh, negZero, negZero}, {"tanh", LibmTanh, -inf, -1}, {"tanh", LibmTanh, 30, 1},
		{"asinh", LibmAsinh, negZero, negZero}, {"asinh", LibmAsinh, -inf, -inf},
		{"acosh", LibmAcosh, 1, 0}, {"acosh", LibmAcosh, 0.5, nan}, {"acosh", LibmAcosh, inf, inf},
		{"atanh", LibmAtanh, negZero, negZero}, {"atanh", LibmAtanh, -1, -inf}, {"atanh", LibmAtanh, 1, inf},
		{"atanh", LibmAtanh, 2, nan},
	}
	for _, f := range []func(float64) float64{LibmExpm1, LibmLog1p, LibmSinh, LibmCosh, LibmTanh, LibmAsinh, LibmAcosh, LibmAtanh} {
		tests = append(tests, struct {
			name    string
			f       func(float64) float64
			x, want float64
		}{"f", f, nan, nan})
	}
	for _, tt := range tests {
		got := tt.f(tt.x)
		if math.Float64bits(got) != math.Float64bits(tt.want) && !(math.IsNaN(got) && math.IsNaN(tt.want)) {
			t.Errorf("%s(%v) = %v, want %v", tt.name, tt.x, got, tt.want)
		}
	}
}

// glibcLimitWords are high words at which the functions switch branches
// (or their reductions switch multiples of ln 2), for arguments next to
// them.
var glibcLimitWords = []uint64{
	0x00000000, 0x00100000, 0x3c800000, 0x3c900000, 0x3e200000, 0x3e300000, 0x3fd2bec3,
	0x3fd62e42, 0x3fd62e43, 0x3fda827a, 0x3fe00000, 0x3ff00000, 0x3ff0a2b2, 0x40000000,
	0x40062e42, 0x40162e42, 0x4033687a, 0x40360000, 0x4043687a, 0x40862e42, 0x408633ce,
	0x41b00000, 0x43400000, 0x7fefffff,
}

// glibcExpm1Arg draws an argument for function fn: any double, every
// binade, the common ranges, the branch limits, next to multiples of
// ln2/2, and short decimals.
func glibcExpm1Arg(r *rand.Rand, fn string, k int) float64 {
	var x float64
	switch k % 8 {
	case 0:
		x = math.Float64frombits(r.Uint64())
	case 1:
		x = math.Ldexp(1+r.Float64(), r.Intn(2100)-1075)
	case 2:
		x = r.Float64()*2 - 1
	case 3:
		x = (r.Float64()*2 - 1) * 40
	case 4:
		x = (r.Float64()*2 - 1) * 720
	case 5:
		hw := glibcLimitWords[r.Intn(len(glibcLimitWords))]
		d := int64(r.Intn(201) - 100)
		if r.Intn(2) == 0 {
			d = r.Int63n(1<<34) - 1<<33
		}
		x = math.Float64frombits(uint64(int64(hw<<32) + d))
	case 6:
		x = float64(r.Intn(4200)-2100) * 0x1.62e42fefa39efp-2
		x = math.Float64frombits(math.Float64bits(x) + uint64(r.Intn(201)) - 100)
	case 7:
		x = math.Round((r.Float64()*2-1)*1e6) / 1000
	}
	if r.Intn(2) == 0 {
		x = -x
	}
	switch fn {
	case "log1p":
		if x < -1 && r.Intn(4) > 0 {
			x = -1 / x
		}
	case "acosh":
		if r.Intn(4) > 0 {
			x = 1 + math.Abs(x)
		}
	case "atanh":
		if math.Abs(x) > 1 && r.Intn(4) > 0 {
			x = 1 / x
		}
	}
	return x
}

// TestGlibcExpm1MatchesPython compares expm1, log1p and the hyperbolic
// functions with CPython 3.11's, results and errors, bit for bit: the
// table's arguments and 500 random ones per function.
func TestGlibcExpm1MatchesPython(t *testing.T) {
	requirePython311(t)
	n := 500
	if testing.Short() {
		n = 100
	}
	type arg struct {
		fn string
		x  float64
	}
	var args []arg
	for _, c := range glibcExpm1Cases {
		args = append(args, arg{c.fn, c.x})
	}
	r := rand.New(rand.NewSource(23))
	for _, f := range glibcExpm1Funcs {
		for k := 0; k < n; k++ {
			args = append(args, arg{f.name, glibcExpm1Arg(r, f.name, k)})
		}
	}
	exprs := make([]string, len(args))
	for i, a := range args {
		exprs[i] = "math." + a.fn + "(" + pyF(a.x) + ").hex()"
	}
	want := pyEval(t, "", exprs)
	bad := 0
	for i, a := range args {
		v, err := glibcExpm1Func(a.fn)(a.x)
		got := "'" + FloatHex(v) + "'"
		if err != nil {
			got = rErr(err)
		}
		if got != want[i] {
			bad++
			if bad <= 10 {
				t.Errorf("%s(%x): got %s, CPython %s", a.fn, a.x, got, want[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d arguments differ", bad, len(args))
	}
}
