package vm

// UNPACK_SEQUENCE and UNPACK_EX (CPython 3.11's unpack_iterable in
// Python/ceval.c). The values land on the stack in reverse: the first
// item ends on top, where the next STORE takes it.

// unpackSequence is UNPACK_SEQUENCE: dst (the stack slots, the first of
// which held v) receives len(dst) items of v, the first in the last slot.
func (m *Machine) unpackSequence(v Value, dst []Value) error {
	n := len(dst)
	// Exact lists and tuples iterate their items as they are.
	var items []Value
	if t := m.tuple(v); t != nil && t.typ == m.types.Tuple {
		items = t.Items
	} else if l := m.list(v); l != nil && l.typ == m.types.List {
		items = l.Items
	}
	if items != nil || v == m.emptyTuple {
		switch {
		case len(items) < n:
			return m.Raisef(m.types.ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
		case len(items) > n:
			return m.Raisef(m.types.ValueError, "too many values to unpack (expected %d)", n)
		}
		for i, x := range items {
			dst[n-1-i] = x
		}
		return nil
	}
	it, err := m.unpackIter(v)
	if err != nil {
		return err
	}
	got := make([]Value, 0, n)
	for len(got) < n {
		x, err := m.Next(it)
		if err != nil {
			return err
		}
		if x == Null {
			return m.Raisef(m.types.ValueError, "not enough values to unpack (expected %d, got %d)", n, len(got))
		}
		got = append(got, x)
	}
	x, err := m.Next(it)
	if err != nil {
		return err
	}
	if x != Null {
		return m.Raisef(m.types.ValueError, "too many values to unpack (expected %d)", n)
	}
	for i, x := range got {
		dst[n-1-i] = x
	}
	return nil
}

// unpackIter is iter(v) with unpack_iterable's message for objects that
// cannot be iterated at all.
func (m *Machine) unpackIter(v Value) (Value, error) {
	it, err := m.GetIter(v)
	if err != nil && m.isRaise(err, m.types.TypeError) {
		t := m.TypeOf(v)
		if t.Iter == nil && !m.hasSequenceGetItem(t) {
			return Null, m.typeError("cannot unpack non-iterable %s object", t.Name)
		}
	}
	return it, err
}

// unpackEx is UNPACK_EX: before items, a list of the rest but the last
// after items, then those after items; dst holds before+1+after slots,
// filled from the top down.
func (m *Machine) unpackEx(v Value, dst []Value, before, after int) error {
	it, err := m.unpackIter(v)
	if err != nil {
		return err
	}
	n := len(dst)
	var heads []Value
	for len(heads) < before {
		x, err := m.Next(it)
		if err != nil {
			return err
		}
		if x == Null {
			return m.Raisef(m.types.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(heads))
		}
		heads = append(heads, x)
	}
	l := &List{}
	lv := m.alloc(l, m.types.List)
	if err := m.listExtendIter(l, it, it); err != nil {
		return err
	}
	ll := len(l.Items)
	if ll < after {
		return m.Raisef(m.types.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, before+ll)
	}
	for i, x := range heads {
		dst[n-1-i] = x
	}
	dst[n-1-before] = lv
	for j := 0; j < after; j++ {
		dst[n-2-before-j] = l.Items[ll-after+j]
	}
	// CPython shortens the list without reallocating it.
	clear(l.Items[ll-after:])
	l.Items = l.Items[:ll-after]
	return nil
}
