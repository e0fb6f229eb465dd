package vm

// State and helpers the container types share: the per-interpreter
// counters CPython keeps in globals (dict versions, keys versions), the
// repr recursion guard, and the abstract-protocol routines the containers
// build on (PySequence_Fast, PyObject_LengthHint, _PyObject_LookupSpecial).

// containerState is the containers' per-Machine state.
type containerState struct {
	// keysVersions counts keys versions handed out; CPython 3.11 starts
	// at 2 (next_dict_keys_version), 1 being the empty keys' version.
	keysVersions uint32
	// dictVersion is _pydict_global_version (ma_version_tag source).
	dictVersion uint64
	// reprActive is Py_ReprEnter's list: the containers whose repr is
	// being computed, innermost last.
	reprActive []Value
}

// containerTypes are the iterator and view types of the containers.
type containerTypes struct {
	ListIterator, ListRevIterator, TupleIterator                         *Type
	DictKeys, DictValues, DictItems                                      *Type
	DictKeyIterator, DictValueIterator, DictItemIterator                 *Type
	DictRevKeyIterator, DictRevValueIterator, DictRevItemIterator        *Type
	SetIterator, RangeIterator, LongRangeIterator, SeqIterator, CallIter *Type
	GenericAlias                                                         *Type
}

// flagDisallowInstantiation is Py_TPFLAGS_DISALLOW_INSTANTIATION, which
// CPython 3.11's PyType_Ready sets on static types without tp_new (the
// iterators and views): they cannot be created by calling them.
const flagDisallowInstantiation TypeFlags = 1 << 7

// nextDictVersion is DICT_NEXT_VERSION.
func (m *Machine) nextDictVersion() uint64 {
	m.ct.dictVersion++
	return m.ct.dictVersion
}

// reprEnter is Py_ReprEnter: false if v's repr is already being computed
// further up (the caller then prints "[...]" or its kind's equivalent).
func (m *Machine) reprEnter(v Value) bool {
	for _, a := range m.ct.reprActive {
		if a == v {
			return false
		}
	}
	m.ct.reprActive = append(m.ct.reprActive, v)
	return true
}

// reprLeave is Py_ReprLeave.
func (m *Machine) reprLeave(v Value) {
	a := m.ct.reprActive
	for i := len(a) - 1; i >= 0; i-- {
		if a[i] == v {
			m.ct.reprActive = append(a[:i], a[i+1:]...)
			return
		}
	}
}

// chargeItems accounts n pointer-sized slots about to be allocated; a
// count whose byte size would not even fit a machine word is MemoryError
// at once (CPython's allocation would fail the same way).
func (m *Machine) chargeItems(n int) error {
	if n < 0 || n > 1<<58 {
		return m.noMemory()
	}
	return m.charge(8 * n)
}

// seqFast is PySequence_Fast: the items of an exact list or tuple
// themselves (not a copy: the caller must not keep them across Python
// code), or of a new list made by iterating v. msg replaces the TypeError
// of a non-iterable v.
func (m *Machine) seqFast(v Value, msg string) ([]Value, error) {
	if l := m.list(v); l != nil && l.typ == m.types.List {
		return l.Items, nil
	}
	if t := m.tuple(v); t != nil && t.typ == m.types.Tuple {
		return t.Items, nil
	}
	it, err := m.GetIter(v)
	if err != nil {
		if m.isRaise(err, m.types.TypeError) {
			return nil, m.typeError("%s", msg)
		}
		return nil, err
	}
	l := &List{}
	if err := m.listExtendIter(l, v, it); err != nil {
		return nil, err
	}
	return l.Items, nil
}

// iterate calls f with each item of iterable v.
func (m *Machine) iterate(v Value, f func(x Value) error) error {
	it, err := m.GetIter(v)
	if err != nil {
		return err
	}
	for {
		x, err := m.Next(it)
		if err != nil {
			return err
		}
		if x == Null {
			return nil
		}
		if err := f(x); err != nil {
			return err
		}
	}
}

// lengthHinter is implemented by the builtin iterators: their
// __length_hint__ without a method call.
type lengthHinter interface {
	lengthHint(m *Machine) int
}

// lengthHint is PyObject_LengthHint: len(v) if it has one, else
// v.__length_hint__(), else dflt.
func (m *Machine) lengthHint(v Value, dflt int) (int, error) {
	t := m.TypeOf(v)
	if t.Len != nil {
		n, err := t.Len(m, v)
		if err == nil {
			return n, nil
		}
		if !m.isRaise(err, m.types.TypeError) {
			return 0, err
		}
	}
	if h, ok := m.obj0(v).(lengthHinter); ok && !t.IsHeap() {
		return h.lengthHint(m), nil
	}
	hint, err := m.lookupSpecial(v, "__length_hint__")
	if err != nil || hint == Null {
		return dflt, err
	}
	r, err := m.Call(hint, nil, nil)
	if err != nil {
		if m.isRaise(err, m.types.TypeError) {
			return dflt, nil
		}
		return 0, err
	}
	if r == NotImplemented {
		return dflt, nil
	}
	if !m.isInt(r) {
		return 0, m.typeError("__length_hint__ must be an integer, not %s", m.typeName(r))
	}
	n, ok := m.Int64(r)
	if !ok {
		if b, _ := m.BigInt(r); b.Sign() > 0 {
			return 0, m.Raisef(m.types.exceptions["OverflowError"], "Python int too large to convert to C ssize_t")
		}
		n = -1
	}
	if n < 0 {
		return 0, m.Raisef(m.types.ValueError, "__length_hint__() should return >= 0")
	}
	return int(n), nil
}

// otherOperandFirst emulates the part of CPython's binary_op1 that the
// sequence types' number slots replace: a sequence type has no nb_add or
// nb_multiply in CPython, so the right operand's slot (a class's __radd__,
// __rmul__) runs before the sequence's sq_concat or sq_repeat. self is
// the sequence type's own slot, which is skipped; builtin right operands
// are skipped too (their number slots refuse sequences anyway, and the
// str and bytes slots would raise their own messages).
func (m *Machine) otherOperandFirst(a, b Value, nb int, self BinaryFunc) (Value, error) {
	tb := m.TypeOf(b)
	if !tb.IsHeap() || tb == m.TypeOf(a) {
		return NotImplemented, nil
	}
	fb := tb.Number[nb]
	if fb == nil || sameFunc(fb, self) {
		return NotImplemented, nil
	}
	return fb(m, a, b)
}

// repeatCount is the count operand of sequence repetition (CPython's
// sequence_repeat): an int by __index__, clamped like
// PyNumber_AsSsize_t(n, OverflowError) except that huge counts become
// MemoryError in the repeat itself.
func (m *Machine) repeatCount(n Value) (int, error) {
	if n.IsSmallInt() {
		return int(n.SmallInt()), nil
	}
	if !m.isIndexable(n) {
		return 0, m.typeError("can't multiply sequence by non-int of type '%s'", m.typeName(n))
	}
	r, err := m.NumberIndex(n)
	if err != nil {
		return 0, err
	}
	if i, ok := m.Int64(r); ok {
		return int(i), nil
	}
	return 0, m.Raisef(m.types.exceptions["OverflowError"], "cannot fit '%s' into an index-sized integer", m.typeName(n))
}

// funcPtr identifies a Go function value (slot functions are compared by
// identity, as CPython compares slot pointers).
func funcPtr(f any) uintptr { return funcPointer(f) }
