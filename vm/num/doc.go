// Package num implements CPython 3.11's numeric semantics on plain Go
// types, for the VM to call: int arithmetic on *big.Int (with int64 fast
// paths), float arithmetic on float64, the conversions between them, the
// text forms of numbers (int() and float() parsing, str(), format() and
// %-formatting), round(), the C library functions CPython calls, and the
// core of the math module.
//
// The package holds no state and never panics on bad input. Operations that
// raise in Python return a *Error whose Kind names the exception type and
// whose Msg is CPython 3.11's exact message (what str() of the exception
// prints), so the VM only has to map the kind to its exception class.
//
// Files:
//
//	error.go              Error, ErrKind and the shared messages
//	int.go                //, %, divmod, / (correctly rounded), **, pow(a, b, m), <<, >>
//	float.go              float /, //, %, divmod, ** (with complex results)
//	convert.go            int ↔ float conversions, exact int/float comparison
//	complex.go            complex *, /, **, abs
//	inttext.go            str(int) with the 4300-digit limit, bin/oct/hex, int(str, base)
//	floatparse.go         float(str), complex(str)
//	floathex.go           float.hex, float.fromhex, float.as_integer_ratio
//	unicode.go            Unicode 14 digits and whitespace, as int() and float() see them
//	dtoa.go               PyOS_double_to_string: repr, 'e', 'f', 'g' digits and layout
//	spec.go, format.go    the format-spec mini-language: format() of str, int, float, complex
//	printf.go             one %-conversion of an int or float
//	round.go              round() of floats and ints
//	libm.go               C99 pow's special cases; which glibc algorithm each function follows
//	glibc_exp.go          glibc's exp, exp2 and pow (data in glibc_tables.go)
//	glibc_log.go          glibc's log and log2
//	glibc_sin.go          glibc's sin and cos (data in glibc_sin_tables.go)
//	glibc_tan.go          glibc's tan
//	glibc_atan.go         glibc's atan and atan2 (data in glibc_atan_tables.go)
//	glibc_asin.go         glibc's asin and acos (data in glibc_asin_tables.go)
//	glibc_expm1.go        glibc's expm1 and log1p
//	glibc_hypot.go        glibc's hypot
//	fdlibm.go, erf.go     glibc's sinh, cosh, tanh, asinh, acosh, atanh, log10, cbrt; erf, erfc
//	libmapi.go            the C library functions, exported (LibmSin, …)
//	math.go, mathint.go   the math module's functions with Python's errors
//
// Conventions:
//   - *big.Int arguments are never mutated; results are fresh values.
//   - Python's int subclass bool is the VM's business: it passes bools as
//     ints. In particular format(True, spec) with a non-empty spec formats
//     the int 1 (CPython 3.11's bool inherits int.__format__), and only the
//     empty spec gives "True"; the VM applies that rule before calling
//     FormatInt.
//   - Where Python's result type depends on the operands' values (int **
//     negative int is a float, a negative float ** a non-integer is a
//     complex), the functions say which kind they returned.
//   - float64 expressions whose exact rounding matters are written with
//     explicit float64() conversions around products, because the Go spec
//     lets a compiler fuse x*y+z into one FMA (it does on arm64 and with
//     GOAMD64=v3), which CPython's C build does not; where the C library
//     code does fuse (glibc's -mfma copies), math.FMA says so. Go constant
//     expressions are exact, so constants that C computes in double
//     precision (math.pi/180) are computed at run time here.
//   - NaN results carry the sign an x86-64 CPython gives them (inf % 5 is
//     a negative NaN, float('nan') a positive one); payloads are not
//     modelled.
//
// The C library functions follow glibc 2.36 on x86-64, which CPython calls,
// bit for bit: glibc's double functions are not correctly rounded, so
// each one's algorithm is reproduced operation for operation, with the
// fused multiply-adds of the copies glibc's ifunc picks on a CPU with FMA
// (libm.go lists them). Go's math package differs from glibc in the last
// bit for a quarter to a half of random arguments of sin, log10, pow and
// others, so it is used only for exact operations (sqrt, fmod, floor).
package num
