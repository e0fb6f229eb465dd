package vm

import "testing"

func TestMathErrors(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
import math
class F:
    def __float__(self): return 2.0
class BadF:
    def __float__(self): return 1
class I:
    def __index__(self): return 3
class T:
    def __trunc__(self): return 7
class C:
    def __ceil__(self): return 8
    def __floor__(self): return 9
`,
		"math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=1)", "math.sqrt('a')", "math.sqrt(None)",
		"math.sqrt(F())", "math.sqrt(BadF())", "math.sqrt(I())", "math.sqrt(-1)", "math.sqrt(2**2000)",
		"math.exp(1000)", "math.log(0)", "math.log(-1)", "math.log(2**2000)", "math.log(10, 0)",
		"math.log(10, 1)", "math.log()", "math.log(1, 2, 3)", "math.log(x=1)", "math.log('a')",
		"math.log(0.0)", "math.log10(-2**80)", "math.log2(2**3000)", "math.log2(0)",
		"math.atan2(1)", "math.atan2(1, 2, 3)", "math.pow(1)", "math.pow(0, -1)", "math.pow(-1, 0.5)",
		"math.pow(10, 400)", "math.pow(float('nan'), 0)", "math.pow(1, float('nan'))",
		"math.pow(float('inf'), -3)", "math.pow(-float('inf'), 3)", "math.pow(0.5, -float('inf'))",
		"math.gcd()", "math.gcd(x=1)", "math.gcd(1.5)", "math.gcd(12, 18, 24)", "math.gcd(-4)",
		"math.gcd(0, 0)", "math.gcd(2**80, 2**70 * 3)", "math.lcm(4, 6)", "math.lcm()",
		"math.lcm(-4, 6)", "math.lcm(0, 5)", "math.lcm(4, 0, 'a')", "math.factorial(1.5)",
		"math.factorial(-1)", "math.factorial('a')", "math.factorial(I())", "math.factorial(0)",
		"math.factorial(25)", "math.factorial(2**70)", "math.factorial(True)",
		"math.isclose(1)", "math.isclose(1, 2, x=3)", "math.isclose(1, 1, rel_tol=-1)",
		"math.isclose(1.0, 1.0 + 1e-10)", "math.isclose(a=1, b=1.1, rel_tol=0.2)",
		"math.isclose(0, 1e-10, abs_tol=1e-9)", "math.isclose(float('inf'), float('inf'))",
		"math.isclose(float('nan'), float('nan'))", "math.dist(1)", "math.dist([1], [1, 2])",
		"math.dist((1, 2), (4, 6))", "math.dist(1, 2)", "math.dist([0, 0, 0], iter([1, 2, 2]))",
		"math.prod()", "math.prod([1], start=2, x=1)", "math.prod([2, 3], start=2)",
		"math.prod([])", "math.prod([1.5, 2])", "math.prod(['a', 3])", "math.prod([2**40] * 3)",
		"math.perm()", "math.perm(5)", "math.perm(5, 2)", "math.perm(-1)", "math.perm(5, -1)",
		"math.perm(1.5)", "math.perm(3, 5)", "math.perm(5, None)", "math.perm(2**70, 2)",
		"math.comb(1)", "math.comb(5, 2)", "math.comb(-1, 2)", "math.comb(2, -1)", "math.comb(3, 5)",
		"math.comb(50, 25)", "math.comb(2**70, 2)", "math.comb(2**70, 2**70 - 1)",
		"math.ldexp(1)", "math.ldexp(1, 1.5)", "math.ldexp(1, 2**100)", "math.ldexp(1, -2**100)",
		"math.ldexp(1.5, 3)", "math.ldexp(1, 2000)", "math.ldexp(float('inf'), 3)",
		"math.copysign(1)", "math.copysign(3, -0.0)", "math.hypot(x=1)", "math.hypot()",
		"math.hypot(3, 4)", "math.hypot('a')", "math.hypot(-5)", "math.hypot(1, 2, 3)",
		"math.hypot(float('inf'), float('nan'))", "math.hypot(1e-320, 1e-320)", "math.hypot(1e308, 1e308)",
		"math.floor()", "math.floor('a')", "math.trunc('a')", "math.ceil('a')", "math.floor(T())",
		"math.trunc(T())", "math.ceil(C())", "math.floor(C())", "math.floor(1e300)",
		"math.floor(float('inf'))", "math.floor(float('nan'))", "math.ceil(I())", "math.floor(F())",
		"math.floor(-2.5)", "math.ceil(-2.5)", "math.trunc(-2.5)", "math.floor(5)", "math.trunc(True)",
		"math.fsum(1)", "math.fsum([1e308, 1e308])", "math.fsum([float('inf'), -float('inf')])",
		"math.fsum(['a'])", "math.fsum([0.1] * 10)", "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])",
		"math.fsum([1e-16, 1, 1e16])", "math.fsum([float('inf'), 1])", "math.fsum([float('nan')])",
		"math.fsum([])", "math.fsum(iter([1, 2.5, 3]))", "math.isqrt(-1)", "math.isqrt(1.5)",
		"math.isqrt(0)", "math.isqrt(99)", "math.isqrt(2**100 + 1)", "math.frexp('a')",
		"math.frexp(8.0)", "math.frexp(0.0)", "math.frexp(float('inf'))", "math.modf(1.5)",
		"math.modf(-2.25)", "math.modf(float('inf'))", "math.modf(float('-inf'))",
		"math.fmod(1, 0)", "math.fmod(float('inf'), 1)", "math.fmod(-7, 3)", "math.fmod(7, float('inf'))",
		"math.remainder(1, 0)", "math.remainder(5, 2)", "math.remainder(7, 2)", "math.remainder(-5, 2)",
		"math.remainder(float('inf'), 1)", "math.remainder(3, float('inf'))", "math.nextafter(1)",
		"math.nextafter(1, 2)", "math.nextafter(0, -1)", "math.ulp('a')", "math.ulp(1)",
		"math.ulp(0)", "math.ulp(float('inf'))", "math.ulp(1.7976931348623157e308)",
		"math.isnan('a')", "math.isnan(float('nan'))", "math.isinf(-float('inf'))",
		"math.isfinite(2**1000)", "math.isfinite(2**1024)", "math.gamma(0)", "math.gamma(-1)",
		"math.lgamma(0)", "math.gamma(200)", "math.gamma(5)", "math.gamma(0.5)", "math.gamma(-0.5)",
		"math.gamma(171.5)", "math.gamma(-200.5)", "math.gamma(1e-30)", "math.lgamma(1)",
		"math.lgamma(10.5)", "math.lgamma(-2.5)", "math.lgamma(float('inf'))", "math.erf('a')",
		"math.acos(2)", "math.atanh(1)", "math.trunc(2.5)", "math.degrees('a')",
		"math.degrees(math.pi)", "math.radians(180)", "math.exp2(3)", "math.pi", "math.e",
		"math.tau", "math.inf", "math.nan", "math.cosh(1000)", "math.sinh(-1000)", "math.expm1(1000)",
		"math.log1p(-1)", "math.log1p(-0.0)", "math.atan2(0.0, -0.0)", "math.atan2(float('inf'), float('-inf'))",
		"math.sqrt(-0.0)", "math.fabs(-3)", "math.copysign(1, float('nan'))",
	))
}

// TestMathLibm checks values from the C library; the last bit may differ
// until vm/num's correctly rounded functions replace Go's math package.
func TestMathLibm(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases("import math",
		"math.sqrt(2)", "math.exp(1)", "math.log(10)", "math.log(8, 2)", "math.log10(1000)",
		"math.log2(8)", "math.sin(0)", "math.cos(0)", "math.tan(0)", "math.atan(1) * 4",
		"math.asin(1)", "math.acos(0)", "math.atan2(1, 1)", "math.sinh(0)", "math.cosh(0)",
		"math.tanh(0)", "math.asinh(0)", "math.acosh(1)", "math.atanh(0)", "math.erf(0)",
		"math.erfc(0)", "math.expm1(0)", "math.log1p(0)", "math.pow(2, 0.5)", "math.pow(2, 10)",
		"math.cbrt(8)", "math.exp2(0.5)",
	))
}
