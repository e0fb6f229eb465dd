package vm

import "strconv"

// fakeAddrBase is where FakeAddress starts: a CPython-looking heap
// address, so reprs and id() read like CPython's while staying
// deterministic.
const fakeAddrBase = 0x7f3a5c000000

// FakeAddress is the address CPython would print for v (id(v)): derived
// from the handle, so the same program gives the same ids every run.
// Small ints and floats, which CPython allocates, get addresses from
// their bits.
func (m *Machine) FakeAddress(v Value) uint64 {
	if v.IsRef() {
		return fakeAddrBase + uint64(v)*0x30
	}
	return fakeAddrBase + 0x100000000 + (uint64(v)&0xffffffff)*0x20
}

func hexAddr(a uint64) string { return "0x" + strconv.FormatUint(a, 16) }
