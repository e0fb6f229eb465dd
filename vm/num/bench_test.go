package num

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

var sinkF float64

func benchUnary(b *testing.B, f func(float64) float64, lo, hi float64) {
	xs := make([]float64, 1024)
	for i := range xs {
		xs[i] = lo + (hi-lo)*float64(i)/1024
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkF += f(xs[i&1023])
	}
}

func BenchmarkLibmExp(b *testing.B)  { benchUnary(b, LibmExp, -700, 700) }
func BenchmarkLibmLog(b *testing.B)  { benchUnary(b, LibmLog, 1e-300, 1e300) }
func BenchmarkLibmSin(b *testing.B)  { benchUnary(b, LibmSin, -100, 100) }
func BenchmarkLibmAtan(b *testing.B) { benchUnary(b, LibmAtan, -100, 100) }
func BenchmarkLibmPow(b *testing.B) {
	benchUnary(b, func(x float64) float64 { return LibmPow(x, 2.7) }, 0.001, 1000)
}

// BenchmarkLibmPowNegThreeHalves is the power of bench/nbody.py's inner
// loop, (dx*dx+dy*dy+dz*dz) ** -1.5.
func BenchmarkLibmPowNegThreeHalves(b *testing.B) {
	benchUnary(b, func(x float64) float64 { return LibmPow(x, -1.5) }, 0.01, 100)
}

// BenchmarkFloatPowNegThreeHalves is the same through Python's float **.
func BenchmarkFloatPowNegThreeHalves(b *testing.B) {
	benchUnary(b, func(x float64) float64 { f, _, _, _ := FloatPow(x, -1.5); return f }, 0.01, 100)
}

// BenchmarkLibmPowGeneral varies both arguments: x over 2**±30, y in
// [-20, 20], so that the results stay in the normal range (near the
// subnormal range, pow is a hundred times slower).
func BenchmarkLibmPowGeneral(b *testing.B) {
	r := rand.New(rand.NewSource(1))
	var xs, ys [1024]float64
	for i := range xs {
		xs[i] = math.Ldexp(1+r.Float64(), r.Intn(60)-30)
		ys[i] = (r.Float64() - 0.5) * 40
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkF += LibmPow(xs[i&1023], ys[i&1023])
	}
}

func BenchmarkFloatPowSquare(b *testing.B) {
	benchUnary(b, func(x float64) float64 { f, _, _, _ := FloatPow(x, 2); return f }, -1000, 1000)
}

func BenchmarkFloatRepr(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = formatDouble(float64(i)*1.1, 'r', 0, dtsAddDot0)
	}
}

func BenchmarkFormatFloat2f(b *testing.B) {
	sp, _ := ParseSpec(".2f", "float")
	for i := 0; i < b.N; i++ {
		_, _ = FormatFloat(float64(i)*1.1, sp)
	}
}

func BenchmarkParseFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, _ = ParseFloat("3.14159e10")
	}
}

func BenchmarkTrueDivBig(b *testing.B) {
	x := new(big.Int).Exp(big.NewInt(10), big.NewInt(40), nil)
	y := new(big.Int).Exp(big.NewInt(7), big.NewInt(30), nil)
	for i := 0; i < b.N; i++ {
		sinkF, _ = TrueDiv(x, y)
	}
}

func BenchmarkGoMathLog(b *testing.B) { benchUnary(b, math.Log, 1e-300, 1e300) }
func BenchmarkGoMathSin(b *testing.B) { benchUnary(b, math.Sin, -100, 100) }

// BenchmarkGoMathPow is a yardstick: Go's pow, not correctly rounded.
func BenchmarkGoMathPow(b *testing.B) {
	benchUnary(b, func(x float64) float64 { return math.Pow(x, -1.5) }, 0.01, 100)
}
