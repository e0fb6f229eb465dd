package vm

// The iterators of CPython 3.11's Objects/iterobject.c: the sequence
// iterator iter() makes for objects with __getitem__ but no __iter__, and
// the callable iterator of iter(callable, sentinel).

// seqIterator is "iterator": seq[0], seq[1], ... until IndexError or
// StopIteration. seq is Null once exhausted.
type seqIterator struct {
	Header
	seq   Value
	index int64
}

func (it *seqIterator) traverse(visit func(Value)) { visit(it.seq) }

// hasSequenceGetItem is PySequence_Check for iteration: a type with
// __getitem__ that is not a dict is iterable by index.
func (m *Machine) hasSequenceGetItem(t *Type) bool {
	return t.GetItem != nil && !t.IsSubtype(m.types.Dict)
}

// newSeqIter is PySeqIter_New.
func (m *Machine) newSeqIter(v Value) Value {
	return m.alloc(&seqIterator{seq: v}, m.types.ct.SeqIterator)
}

// NewSeqIter is iter(seq) for a sequence without __iter__.
func (m *Machine) NewSeqIter(v Value) Value { return m.newSeqIter(v) }

func seqIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*seqIterator)
	if it.seq == Null {
		return Null, nil
	}
	if it.index == 1<<63-1 {
		return Null, m.Raisef(m.types.exceptions["OverflowError"], "iter index too large")
	}
	r, err := m.GetItem(it.seq, m.NewInt(it.index))
	if err == nil {
		it.index++
		return r, nil
	}
	if m.isRaise(err, m.types.exceptions["IndexError"]) || m.isRaise(err, m.types.exceptions["StopIteration"]) {
		it.seq = Null
		return Null, nil
	}
	return Null, err
}

// seqIterLengthHint is iter_len: len(seq) - index, NotImplemented for a
// sequence without __len__.
func seqIterLengthHint(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	it := m.obj(self).(*seqIterator)
	if it.seq != Null {
		t := m.TypeOf(it.seq)
		if t.Len == nil {
			return NotImplemented, nil
		}
		n, err := t.Len(m, it.seq)
		if err != nil {
			return Null, err
		}
		if r := int64(n) - it.index; r >= 0 {
			return m.NewInt(r), nil
		}
	}
	return SmallIntValue(0), nil
}

func seqIterReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	it := m.obj(self).(*seqIterator)
	iter := m.dictGetStr(m.builtins, "iter")
	if it.seq == Null {
		return m.NewTuple([]Value{iter, m.NewTuple([]Value{m.emptyTuple})}), nil
	}
	return m.NewTuple([]Value{iter, m.NewTuple([]Value{it.seq}), m.NewInt(it.index)}), nil
}

func seqIterSetState(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(args) != 1 || len(kwnames) > 0 {
		return Null, m.typeError("iterator.__setstate__() takes exactly one argument (%d given)", len(args))
	}
	i, err := m.ArgSsize(args[0])
	if err != nil {
		return Null, err
	}
	it := m.obj(self).(*seqIterator)
	if it.seq != Null {
		it.index = max(i, 0)
	}
	return None, nil
}

var seqIteratorSpec = typeSpec{name: "iterator", basicSize: 32, flags: FlagHaveGC | flagDisallowInstantiation,
	slots: Slots{Iter: selfIter, Next: seqIterNext, GetAttr: genericGetAttr, Hash: identityHash},
	methods: []MethodDef{
		{Name: "__length_hint__", Fn: seqIterLengthHint},
		{Name: "__reduce__", Fn: seqIterReduce},
		{Name: "__setstate__", Fn: seqIterSetState},
	},
}

// callIterator is callable_iterator: callable() until it returns
// sentinel (compared sentinel == result). Both are Null once exhausted.
type callIterator struct {
	Header
	callable, sentinel Value
}

func (it *callIterator) traverse(visit func(Value)) {
	visit(it.callable)
	visit(it.sentinel)
}

// NewCallIter is iter(callable, sentinel) (PyCallIter_New).
func (m *Machine) NewCallIter(callable, sentinel Value) Value {
	return m.alloc(&callIterator{callable: callable, sentinel: sentinel}, m.types.ct.CallIter)
}

func callIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*callIterator)
	if it.callable == Null {
		return Null, nil
	}
	r, err := m.Call(it.callable, nil, nil)
	if err != nil {
		if m.isRaise(err, m.types.exceptions["StopIteration"]) {
			it.callable, it.sentinel = Null, Null
			return Null, nil
		}
		return Null, err
	}
	eq, err := m.Equal(it.sentinel, r)
	if err != nil {
		return Null, err
	}
	if eq {
		it.callable, it.sentinel = Null, Null
		return Null, nil
	}
	return r, nil
}

func callIterReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	it := m.obj(self).(*callIterator)
	iter := m.dictGetStr(m.builtins, "iter")
	if it.callable == Null {
		return m.NewTuple([]Value{iter, m.NewTuple([]Value{m.emptyTuple})}), nil
	}
	return m.NewTuple([]Value{iter, m.NewTuple([]Value{it.callable, it.sentinel})}), nil
}

var callIteratorSpec = typeSpec{name: "callable_iterator", basicSize: 32, flags: FlagHaveGC | flagDisallowInstantiation,
	slots: Slots{Iter: selfIter, Next: callIterNext, GetAttr: genericGetAttr, Hash: identityHash},
	methods: []MethodDef{
		{Name: "__reduce__", Fn: callIterReduce},
	},
}
