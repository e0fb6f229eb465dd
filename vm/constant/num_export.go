package constant

import (
	"math/big"
)

// Exports for package vm/num, which implements the numeric operations on
// the same representations (Str's UTF-8 with 3-byte surrogates, CPython's
// number hashes) and must agree with this package bit for bit.

// DecodeCodePoint returns the first code point of a Str's bytes and its
// width, decoding lone surrogates held in their 3-byte form.
func DecodeCodePoint(s string) (rune, int) { return decodeCodePoint(s) }

// AppendCodePoint appends r to buf in Str's encoding (surrogates as their
// 3-byte form).
func AppendCodePoint(buf []byte, r rune) []byte { return appendCodePoint(buf, r) }

// HashInt returns CPython 3.11's hash() of an int.
func HashInt(n *big.Int) int64 { return hashBigInt(n) }

// HashFloat returns CPython 3.11's hash() of a float (NaN gets the fixed
// stand-in Hash uses for identity-hashed values).
func HashFloat(f float64) int64 { return hashFloat(f) }
