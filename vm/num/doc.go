// Package num implements CPython 3.11's numeric semantics on plain Go
// types, for the VM to call: int arithmetic on *big.Int (with int64 fast
// paths), float arithmetic on float64, the conversions between them, the
// text forms of numbers (int() and float() parsing, str(), format() and
// %-formatting), round(), and the core of the math module.
//
// The package holds no state and never panics on bad input. Operations that
// raise in Python return a *Error whose Kind names the exception type and
// whose Msg is CPython 3.11's exact message, so the VM only has to map the
// kind to its exception class.
//
// Conventions:
//   - *big.Int arguments are never mutated; results are fresh values.
//   - Python's int subclass bool is the VM's business: it passes bools as
//     ints. In particular format(True, spec) with a non-empty spec formats
//     the int 1 (CPython 3.11 bool inherits int.__format__), and only the
//     empty spec gives "True"; the VM applies that rule before calling
//     FormatInt.
//   - Where Python's result type depends on the operands' values (int **
//     negative int is a float, a negative float ** a non-integer is a
//     complex), the functions say which kind they returned.
//   - float64 expressions whose exact rounding matters are written with
//     explicit float64() conversions around products, because the Go spec
//     lets a compiler fuse x*y+z into one FMA (it does on arm64 and with
//     GOAMD64=v3), which CPython's C build never does.
//
// The transcendental math functions are computed to about 100 bits with
// double-double arithmetic and then rounded, so they are correctly rounded
// except in rare hard cases; glibc's libm, which CPython calls, is also
// within a hair of correct rounding, so the two agree far more often than
// Go's math package (which differs from glibc in a quarter to half of all
// random arguments for sin, log10, pow and others).
package num
