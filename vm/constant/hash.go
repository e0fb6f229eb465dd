package constant

import (
	"math"
	"math/big"
	"math/bits"
)

// Hash returns CPython 3.11's hash() of a constant on a 64-bit build with
// PYTHONHASHSEED=0: the value that decides set and dict slot order.
//
// Values CPython hashes by identity (None, Ellipsis, NaN) get fixed
// stand-ins shaped like CPython's: id(obj) rotated right by 4 bits, with
// the low 12 bits CPython 3.11 shows on this platform (None …bbe,
// Ellipsis …de6), since only low bits decide slots in small tables.
// Values that implement Hasher supply their own hash.
func Hash(v Value) int64 {
	switch v := v.(type) {
	case None:
		return noneHash
	case Ellipsis:
		return ellipsisHash
	case Bool:
		if v {
			return 1
		}
		return 0
	case Int:
		return hashBigInt(v.V)
	case Float:
		return hashFloat(float64(v))
	case Complex:
		// CPython 3.11 complex_hash: hash(re) + 1000003*hash(im), wrapping.
		h := uint64(hashFloat(real(complex128(v)))) + 1000003*uint64(hashFloat(imag(complex128(v))))
		return fixMinusOne(int64(h))
	case Str:
		return HashText(string(v))
	case Bytes:
		return hashBytes([]byte(v))
	case Tuple:
		return hashTuple(v)
	case FrozenSet:
		return hashFrozenSet(v)
	case Hasher:
		return v.Hash()
	}
	return 0
}

// Hasher is implemented by values that compute their own hash.
type Hasher interface {
	Hash() int64
}

const (
	noneHash     = 0x7f1f3ea5bbe
	ellipsisHash = 0x7f1f3ea5de6
	nanHash      = 0x7f1f3e9b2f1
)

// hashModulus is CPython's _PyHASH_MODULUS, 2**61 - 1.
const hashModulus = (1 << 61) - 1

func fixMinusOne(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

var bigModulus = big.NewInt(hashModulus)

// hashBigInt is CPython's long_hash: |n| mod 2**61-1, negated for n < 0.
func hashBigInt(n *big.Int) int64 {
	if n.IsInt64() {
		x := n.Int64()
		if x >= 0 {
			return x % hashModulus
		}
		if x == math.MinInt64 {
			// |x| = 2**63 ≡ 4 (mod 2**61-1).
			return -4
		}
		return fixMinusOne(-((-x) % hashModulus))
	}
	var m big.Int
	m.Abs(n).Mod(&m, bigModulus)
	h := m.Int64()
	if n.Sign() < 0 {
		h = -h
	}
	return fixMinusOne(h)
}

// hashFloat is CPython's _Py_HashDouble: the exact rational value reduced
// mod 2**61-1, so integral floats hash like the equal int.
func hashFloat(v float64) int64 {
	if math.IsInf(v, 1) {
		return 314159
	}
	if math.IsInf(v, -1) {
		return -314159
	}
	if math.IsNaN(v) {
		return nanHash
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>uint(61-e)
	return fixMinusOne(int64(x) * sign)
}

// strHashData is the byte string CPython hashes for a str that is not
// ASCII: its canonical representation, Latin-1, UCS-2 or UCS-4
// (little-endian) according to the largest code point.
func strHashData(s Str) []byte {
	cps := s.CodePoints()
	var max rune
	for _, r := range cps {
		if r > max {
			max = r
		}
	}
	switch {
	case max < 0x100:
		out := make([]byte, len(cps))
		for i, r := range cps {
			out[i] = byte(r)
		}
		return out
	case max < 0x10000:
		out := make([]byte, 0, 2*len(cps))
		for _, r := range cps {
			out = append(out, byte(r), byte(r>>8))
		}
		return out
	}
	out := make([]byte, 0, 4*len(cps))
	for _, r := range cps {
		out = append(out, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
	}
	return out
}

// HashText is the hash of the str whose text is s. An ASCII str is its
// own Latin-1 form and is hashed in place; it is also Hash(Str(s))
// without the allocation of passing a Go string through Hash's interface
// parameter.
func HashText(s string) int64 {
	if len(s) == 0 {
		return 0
	}
	if h, ascii := siphash13(s); ascii {
		return fixMinusOne(int64(h))
	}
	return hashBytes(strHashData(Str(s)))
}

// hashBytes is CPython 3.11's _Py_HashBytes with Py_HASH_CUTOFF 0; empty
// input is 0.
func hashBytes(data []byte) int64 {
	if len(data) == 0 {
		return 0
	}
	h, _ := siphash13(data)
	return fixMinusOne(int64(h))
}

// sipInput is what SipHash reads: a str's text or a byte string.
type sipInput interface{ ~string | ~[]byte }

// load64 is the little-endian word at s[i:i+8] (the compiler makes it one
// load).
func load64[T sipInput](s T, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// siphash13 is SipHash-1-3 keyed with k0 = k1 = 0 (PYTHONHASHSEED=0), as
// _Py_HashBytes computes it, and whether every byte is ASCII (the check
// rides on the loads the hash makes anyway).
func siphash13[T sipInput](data T) (uint64, bool) {
	v0 := uint64(0x736f6d6570736575)
	v1 := uint64(0x646f72616e646f6d)
	v2 := uint64(0x6c7967656e657261)
	v3 := uint64(0x7465646279746573)
	var high uint64
	n := len(data) &^ 7
	for i := 0; i < n; i += 8 {
		mi := load64(data, i)
		high |= mi
		v3 ^= mi
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
		v0 ^= mi
	}
	var t uint64
	for j := len(data) - 1; j >= n; j-- {
		t = t<<8 | uint64(data[j])
	}
	high |= t
	b := uint64(len(data))<<56 | t
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

// hashTuple is CPython 3.11's xxHash-based tuplehash.
func hashTuple(t Tuple) int64 {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, e := range t {
		acc += uint64(Hash(e)) * prime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= prime1
	}
	acc += uint64(len(t)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

// hashFrozenSet is CPython 3.11's frozenset_hash: an order-independent
// xor of shuffled element hashes, then a final scramble.
func hashFrozenSet(s FrozenSet) int64 {
	var h uint64
	for _, e := range s {
		x := uint64(Hash(e))
		h ^= ((x ^ 89869747) ^ (x << 16)) * 3644798167
	}
	h ^= (uint64(len(s)) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		return 590923713
	}
	return int64(h)
}
