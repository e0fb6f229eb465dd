package specializer

import (
	"fmt"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// UNPACK_SEQUENCE, as CPython 3.11's _Py_Specialize_UnpackSequence: an
// exact tuple or list whose length is the oparg. Nothing is cached but
// the counter.

func init() {
	register(op.UNPACK_SEQUENCE, &family{specialize: specializeUnpack, explain: explainUnpack})
}

// UNPACK_SEQUENCE failure kinds (specialize.c, 3.11).
const (
	failExpectedError          = 5
	failUnpackSequenceIterator = 8
	failUnpackSequenceSequence = 9
)

func specializeUnpack(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt {
	units := f.Code.Units
	seq := stackTop(f, 0)
	if items, ok := m.ExactTupleItems(seq); ok {
		if len(items) != oparg {
			return fail(failExpectedError, "SPEC_FAIL_EXPECTED_ERROR",
				"a tuple of %d items unpacked into %d names: it will raise", len(items), oparg)
		}
		if len(items) == 2 {
			rewrite(units, at, op.UNPACK_SEQUENCE_TWO_TUPLE)
			return success("a tuple of 2 items")
		}
		rewrite(units, at, op.UNPACK_SEQUENCE_TUPLE)
		return success("a tuple of %d items", oparg)
	}
	if items, ok := m.ExactListItems(seq); ok {
		if len(items) != oparg {
			return fail(failExpectedError, "SPEC_FAIL_EXPECTED_ERROR",
				"a list of %d items unpacked into %d names: it will raise", len(items), oparg)
		}
		rewrite(units, at, op.UNPACK_SEQUENCE_LIST)
		return success("a list of %d items", oparg)
	}
	// CPython 3.11's unpack_sequence_fail_kind: a sequence (PySequence_Check:
	// sq_item, and not a dict), else an iterator, else other.
	t := m.TypeOf(seq)
	switch {
	case !t.IsSubtype(m.Types().Dict) && m.HasSqItem(t):
		return fail(failUnpackSequenceSequence, "SPEC_FAIL_UNPACK_SEQUENCE_SEQUENCE",
			"%s is a sequence but not exactly a tuple or list", t.Name)
	case t.HasIterNext():
		return fail(failUnpackSequenceIterator, "SPEC_FAIL_UNPACK_SEQUENCE_ITERATOR",
			"%s is an iterator", t.Name)
	}
	return fail(0, "SPEC_FAIL_OTHER", "%s is neither a tuple nor a list", t.Name)
}

func explainUnpack(m *vm.Machine, f *vm.Frame, at, oparg int) string {
	seq := stackTop(f, 0)
	want := "tuple"
	if op.Opcode(f.Code.Units[at]&0xff) == op.UNPACK_SEQUENCE_LIST {
		want = "list"
	}
	var items []vm.Value
	var ok bool
	if want == "tuple" {
		items, ok = m.ExactTupleItems(seq)
	} else {
		items, ok = m.ExactListItems(seq)
	}
	if !ok {
		return fmt.Sprintf("value is a %s, not exactly a %s", m.TypeOf(seq).Name, want)
	}
	return fmt.Sprintf("%s of %d items, expected %d", want, len(items), oparg)
}
