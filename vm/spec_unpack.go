package vm

import (
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// The UNPACK_SEQUENCE family's specialized forms, with CPython 3.11's
// guards (ceval.c): an exact tuple or list of exactly oparg items. One
// cache unit (the counter).

func init() {
	specBodies[op.UNPACK_SEQUENCE_TWO_TUPLE] = execUnpackTwoTuple
	specBodies[op.UNPACK_SEQUENCE_TUPLE] = execUnpackTuple
	specBodies[op.UNPACK_SEQUENCE_LIST] = execUnpackList
}

// unpackCaches is the number of cache units after UNPACK_SEQUENCE.
const unpackCaches = 1

// ExactTupleItems returns v's items if v is exactly a tuple (ok false
// otherwise). The slice is the tuple's own: read it, never write it.
func (m *Machine) ExactTupleItems(v Value) (items []Value, ok bool) {
	t := m.tuple(v)
	if t == nil || t.typ != m.types.Tuple {
		return nil, false
	}
	return t.Items, true
}

// ExactListItems returns v's items if v is exactly a list (ok false
// otherwise). The slice is the list's own: read it, never write it.
func (m *Machine) ExactListItems(v Value) (items []Value, ok bool) {
	l := m.list(v)
	if l == nil || l.typ != m.types.List {
		return nil, false
	}
	return l.Items, true
}

// HasSqItem reports whether t has CPython's sq_item slot: the builtin
// sequences that index by position (list, tuple, str, bytes, bytearray,
// range, memoryview), and a class with __getitem__ anywhere in its MRO
// (a class statement fills sq_item from any __getitem__). The lookup
// assigns no version tag and runs no Python code.
func (m *Machine) HasSqItem(t *Type) bool {
	tt := &m.types
	switch t {
	case tt.List, tt.Tuple, tt.Str, tt.Bytes, tt.ByteArray, tt.Range, tt.MemoryView:
		return true
	}
	if !t.IsHeap() {
		return false
	}
	v, _ := m.findNameInMRO(t, m.Intern("__getitem__"))
	return v != Null
}

// HasIterNext reports whether t's instances are iterators (tp_iternext
// is set: PyIter_Check).
func (t *Type) HasIterNext() bool { return t.Next != nil }

// CPython 3.11: UNPACK_SEQUENCE_TWO_TUPLE guards an exact tuple of two
// items.
func execUnpackTwoTuple(m *Machine, f *Frame, oparg int) (specResult, error) {
	sp := f.SP
	t := m.tuple(f.Vals[sp-1])
	if t == nil || t.typ != m.types.Tuple || len(t.Items) != 2 {
		return specMiss, nil
	}
	f.Vals[sp-1] = t.Items[1]
	f.Vals[sp] = t.Items[0]
	f.SP = sp + 1
	f.PC += unpackCaches
	return specHit, nil
}

// CPython 3.11: UNPACK_SEQUENCE_TUPLE guards an exact tuple of oparg
// items.
func execUnpackTuple(m *Machine, f *Frame, oparg int) (specResult, error) {
	t := m.tuple(f.Vals[f.SP-1])
	if t == nil || t.typ != m.types.Tuple || len(t.Items) != oparg {
		return specMiss, nil
	}
	unpackItems(f, t.Items)
	return specHit, nil
}

// CPython 3.11: UNPACK_SEQUENCE_LIST guards an exact list of oparg
// items.
func execUnpackList(m *Machine, f *Frame, oparg int) (specResult, error) {
	l := m.list(f.Vals[f.SP-1])
	if l == nil || l.typ != m.types.List || len(l.Items) != oparg {
		return specMiss, nil
	}
	unpackItems(f, l.Items)
	return specHit, nil
}

// unpackItems replaces the sequence on top of f's stack by its items,
// the first on top.
func unpackItems(f *Frame, items []Value) {
	n := len(items)
	dst := f.Vals[f.SP-1 : f.SP-1+n]
	for i, x := range items {
		dst[n-1-i] = x
	}
	f.SP += n - 1
	f.PC += unpackCaches
}
