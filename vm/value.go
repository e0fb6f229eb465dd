package vm

import "math"

// Value is a Python object reference in one 64-bit word, with no Go pointer
// in it. The encoding offsets doubles so that the all-zero word is Null and
// small words are heap handles:
//
//	0                                  Null (no value: an empty local, CPython's NULL)
//	1 .. 2^48-1                        handle into the heap (1-5 are the fixed singletons)
//	2^49 .. 0xFFFA_0000_0000_0000      float: IEEE bits + 2^49 (NaNs canonical, sign kept)
//	0xFFFC_0000_0000_0000 .. 2^64-1    small int: 50-bit two's complement payload
//
// Ints outside the 50-bit range are heap objects (*Int), so Python ints
// have any size; arithmetic between small ints never allocates.
type Value uint64

const (
	// Null is the absence of a value: an unbound local, the NULL that
	// 3.11's calling sequence pushes, a failed lookup.
	Null Value = 0

	refLimit    = 1 << 48
	floatOffset = 1 << 49
	intTag      = 0xFFFC_0000_0000_0000
	intPayload  = 1<<50 - 1

	// MaxSmallInt and MinSmallInt bound the ints held immediately.
	MaxSmallInt = 1<<49 - 1
	MinSmallInt = -(1 << 49)
)

// The fixed singletons. Their handles are the first slots of every heap.
const (
	None Value = 1 + iota
	False
	True
	Ellipsis
	NotImplemented
	firstFreeHandle
)

// IsNull reports whether v is Null.
func (v Value) IsNull() bool { return v == Null }

// IsRef reports whether v is a heap handle (singletons included).
func (v Value) IsRef() bool { return v-1 < refLimit-1 }

// IsSmallInt reports whether v is an immediate int.
func (v Value) IsSmallInt() bool { return v >= intTag }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { return v-floatOffset < intTag-floatOffset }

// handle returns v's index in the heap table; v must be a ref.
func (v Value) handle() uint32 { return uint32(v) }

// SmallInt returns the int held in v, which must be a small int.
func (v Value) SmallInt() int64 { return int64(v<<14) >> 14 }

// FloatVal returns the float held in v, which must be a float.
func (v Value) FloatVal() float64 { return math.Float64frombits(uint64(v - floatOffset)) }

// FitsSmall reports whether i can be held immediately.
func FitsSmall(i int64) bool { return i >= MinSmallInt && i <= MaxSmallInt }

// SmallIntValue returns the immediate Value for i, which must fit
// (FitsSmall). Use Machine.NewInt for any int64.
func SmallIntValue(i int64) Value { return Value(uint64(i)&intPayload | intTag) }

// FloatValue returns the Value of f. NaNs are made canonical (quiet, no
// payload) but keep their sign, as math.copysign can observe it.
func FloatValue(f float64) Value {
	b := math.Float64bits(f)
	if f != f {
		b = b&(1<<63) | 0x7FF8_0000_0000_0000
	}
	return Value(b + floatOffset)
}

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}
