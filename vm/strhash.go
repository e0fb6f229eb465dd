package vm

import (
	"math/bits"

	"github.com/quicken-py/quicken/vm/constant"
)

// hashText is CPython 3.11's hash of a str with text s (PYTHONHASHSEED=0):
// SipHash-1-3 of its canonical 1-, 2- or 4-byte form. An ASCII str's form
// is its UTF-8 bytes, hashed here in place; other strs are left to
// constant.Hash. This repeats constant's siphash13 because passing a Go
// string through constant.Hash's interface parameter allocates, once for
// every str a program hashes.
func hashText(s string) int64 {
	if len(s) == 0 {
		return 0
	}
	h, ascii := siphash13(s)
	if !ascii {
		return constant.Hash(constant.Str(s))
	}
	if int64(h) == -1 {
		return -2
	}
	return int64(h)
}

// load64 is the little-endian word at s[i:i+8] (the compiler makes it one
// load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// siphash13 is SipHash-1-3 with the key 0 of s's bytes, as _Py_HashBytes
// computes it, and whether the bytes are all ASCII (only then is the hash
// the str's; the check rides on the loads the hash makes anyway).
func siphash13(s string) (uint64, bool) {
	v0 := uint64(0x736f6d6570736575)
	v1 := uint64(0x646f72616e646f6d)
	v2 := uint64(0x6c7967656e657261)
	v3 := uint64(0x7465646279746573)
	var high uint64
	n := len(s) &^ 7
	for i := 0; i < n; i += 8 {
		mi := load64(s, i)
		high |= mi
		v3 ^= mi
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
		v0 ^= mi
	}
	var t uint64
	for j := len(s) - 1; j >= n; j-- {
		t = t<<8 | uint64(s[j])
	}
	high |= t
	b := uint64(len(s))<<56 | t
	v3 ^= b
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0 ^= b
	v2 ^= 0xff
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	return (v0 ^ v1) ^ (v2 ^ v3), high&0x8080808080808080 == 0
}

func sipRound(v0, v1, v2, v3 uint64) (uint64, uint64, uint64, uint64) {
	v0 += v1
	v2 += v3
	v1 = bits.RotateLeft64(v1, 13) ^ v0
	v3 = bits.RotateLeft64(v3, 16) ^ v2
	v0 = bits.RotateLeft64(v0, 32)
	v2 += v1
	v0 += v3
	v1 = bits.RotateLeft64(v1, 17) ^ v2
	v3 = bits.RotateLeft64(v3, 21) ^ v0
	v2 = bits.RotateLeft64(v2, 32)
	return v0, v1, v2, v3
}
