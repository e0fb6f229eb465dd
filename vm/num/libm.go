package num

import (
	"math"
	"math/big"
)

// The C library functions CPython's float operations and math module call
// (exp, log, pow, sin, cos, atan2, …), with C99's special values.
//
// CPython calls the platform libm; on this project's reference platform
// that is glibc 2.36 as Debian 12 ships it, on x86-64 with FMA, where
// glibc's ifunc picks the copies of some functions compiled with -mfma.
// Go's math package differs from glibc in the last bit for a large share
// of arguments, so it is not used for these.
//
// pow, exp, exp2, log and log2 reproduce glibc's own algorithms (Arm's
// optimized-routines: glibc_exp.go, glibc_log.go, data in
// glibc_tables.go), operation for operation, with the fused
// multiply-adds of the FMA builds of exp, log, pow and log2. They are
// accurate to about 0.52 ULP but not correctly rounded, and these copies
// return what glibc returns, bit for bit (checked against CPython on
// millions of arguments; glibc_exp_test.go). Python's float **, math.pow,
// math.exp, math.exp2, math.log and math.log2 go through them, and so do
// the functions below that call glibc's exp and log (fdlibm.go, erf.go,
// complex powers).
//
// The others here (sin, cos, tan, atan, atan2, asin, acos) are correctly
// rounded: each first evaluates the result in double-double arithmetic
// (error ~2**-100) and rounds it when that is unambiguous, which is nearly
// always; otherwise it recomputes with math/big at increasing precision
// (bigmath.go). They differ from glibc where glibc is not correctly
// rounded, about one argument in a thousand. The functions glibc takes
// from fdlibm instead (expm1, log1p, log10, the hyperbolic functions, erf)
// are not correctly rounded there, so fdlibm.go reproduces their
// algorithms.

// Tolerance of the double-double evaluations (relative).
const ddTol = 0x1p-90

func bigOf(x float64) *big.Float { return new(big.Float).SetFloat64(x) }

// ---- pow ----

// crPow is C99 pow(x, y).
func crPow(x, y float64) float64 {
	// The common case first, without the tests below: finite x > 0 and
	// finite y != 0 (NaNs fail the comparisons).
	if x > 0 && x <= math.MaxFloat64 && y != 0 && math.Abs(y) <= math.MaxFloat64 {
		if x == 1 {
			return 1
		}
		return libmPow(x, y)
	}
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	yInt := y == math.Trunc(y)
	yOdd := yInt && math.Abs(y) < 1<<53 && math.Mod(math.Abs(y), 2) == 1
	switch {
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1
		case (ax > 1) == (y > 0):
			return math.Inf(1)
		}
		return 0
	case math.IsInf(x, 0):
		if x > 0 {
			if y > 0 {
				return x
			}
			return 0
		}
		if y > 0 {
			if yOdd {
				return x
			}
			return math.Inf(1)
		}
		if yOdd {
			return math.Copysign(0, -1)
		}
		return 0
	case x == 0:
		if y < 0 {
			if yOdd {
				return math.Copysign(math.Inf(1), x)
			}
			return math.Inf(1)
		}
		if yOdd {
			return x
		}
		return 0
	case x < 0:
		if !yInt {
			return math.NaN()
		}
		r := libmPow(-x, y)
		if yOdd {
			r = -r
		}
		return r
	}
	return libmPow(x, y)
}

// libmPow is pow(x, y) for finite x > 0, x != 1, and finite y != 0, as
// glibc computes it (glibc_exp.go).
func libmPow(x, y float64) float64 { return glibcPowPositive(x, y) }

// oddMantissa writes a finite nonzero double as m·2**e with m odd.
func oddMantissa(f float64) (m int64, e int) {
	fr, ex := math.Frexp(f)
	m = int64(math.Ldexp(fr, 53))
	e = ex - 53
	for m%2 == 0 {
		m /= 2
		e++
	}
	return m, e
}
