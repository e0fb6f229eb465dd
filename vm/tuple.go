package vm

// Tuple is a tuple object.
type Tuple struct {
	Header
	Items []Value
}

func (t *Tuple) traverse(visit func(Value)) {
	for _, v := range t.Items {
		visit(v)
	}
}

// NewTuple returns a tuple of items (which it keeps: do not modify them
// afterwards).
func (m *Machine) NewTuple(items []Value) Value {
	if len(items) == 0 && m.emptyTuple != Null {
		return m.emptyTuple
	}
	return m.alloc(&Tuple{Items: items}, m.types.Tuple)
}

// tuple returns the *Tuple behind v, or nil.
func (m *Machine) tuple(v Value) *Tuple {
	if !v.IsRef() {
		return nil
	}
	t, _ := m.heap.objs[v].(*Tuple)
	return t
}
