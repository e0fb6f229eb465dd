package specializer

import "github.com/quicken-py/quicken/vm"

// CacheEntry is one field of an instruction's inline cache, decoded.
type CacheEntry struct {
	// Name is the field's name in CPython 3.11's cache struct
	// ("counter", "type_version", "index", …).
	Name string
	// Words are the field's raw 16-bit code units, in order.
	Words []uint16
	// Value is the field's value (words little-endian; a descr field is
	// the cached object's handle).
	Value uint64
	// Text says what the value means, in words ("value 3 · backoff 5",
	// "12 → class P", "0 → 'x'").
	Text string
}

// DescribeCache decodes the inline cache of the instruction at code unit
// at of c, as the instruction's current form reads it.
func DescribeCache(m *vm.Machine, c *vm.Code, at int) []CacheEntry {
	return nil
}
