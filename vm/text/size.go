package text

import "math"

// MaxSize is the largest result, in bytes, that the functions of this
// package build. CPython raises MemoryError when it cannot allocate a
// result; Go cannot recover from running out of memory, so results past
// this bound fail with MemoryError instead of being allocated. The VM may
// lower it to the memory it is willing to use.
var MaxSize = 1 << 32

var errMemory = &Error{Type: "MemoryError", Msg: ""}

// checkStrSize fails with MemoryError when a str result of n bytes would
// be larger than MaxSize.
func checkStrSize(n int) error {
	if n < 0 || n > MaxSize {
		return errMemory
	}
	return nil
}

// checkBytesSize is checkStrSize for bytes, which CPython 3.11's
// PyBytes_FromStringAndSize refuses with OverflowError "byte string is
// too large" past PY_SSIZE_T_MAX minus its 33-byte header.
func checkBytesSize(n int) error {
	if n > math.MaxInt-33 {
		return &Error{Type: "OverflowError", Msg: "byte string is too large"}
	}
	return checkStrSize(n)
}

// mulAdd returns a*b+c, or -1 when it overflows (a, b, c >= 0).
func mulAdd(a, b, c int) int {
	if a != 0 && b > (math.MaxInt-c)/a {
		return -1
	}
	return a*b + c
}
