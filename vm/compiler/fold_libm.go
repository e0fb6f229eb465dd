package compiler

import "github.com/quicken-py/quicken/vm/num"

// The C library functions constant folding needs. CPython 3.11 folds
// `x ** y` on floats with float_pow, which calls the C library's pow, and
// `x ** y` on complexes with _Py_c_pow, which calls hypot, pow, atan2,
// exp, log, cos and sin. The folder must produce the constant the VM
// would compute at run time, so each of these is vm/num's copy of the
// function (num.LibmPow, …), which reproduces glibc 2.36's algorithm bit
// for bit; none of glibc's is correctly rounded everywhere, and neither
// are these. (The cr prefix is historical: these were once correctly
// rounded here.)

// crExp is exp().
func crExp(x float64) float64 { return num.LibmExp(x) }

// crLog is log().
func crLog(x float64) float64 { return num.LibmLog(x) }

// crSin and crCos are sin() and cos(). The caller deals with infinite
// arguments (a domain error in C).
func crSin(x float64) float64 { return num.LibmSin(x) }

func crCos(x float64) float64 { return num.LibmCos(x) }

// crAtan2 is atan2().
func crAtan2(y, x float64) float64 { return num.LibmAtan2(y, x) }

// crHypot is hypot().
func crHypot(x, y float64) float64 { return num.LibmHypot(x, y) }

// crPow is pow() with C99's special cases, for the arguments float_pow and
// _Py_c_pow pass it.
func crPow(x, y float64) float64 { return num.LibmPow(x, y) }
