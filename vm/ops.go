package vm

// The abstract object protocol (CPython's Objects/abstract.c and
// object.c): what the eval loop and builtins call, dispatching on slots.

// Hash returns hash(v).
func (m *Machine) Hash(v Value) (int64, error) {
	if v.IsSmallInt() {
		return hashSmallInt(v.SmallInt()), nil
	}
	if s := m.str(v); s != nil && s.typ == m.types.Str {
		return s.strHash(), nil
	}
	t := m.TypeOf(v)
	if t.Hash == nil {
		return 0, m.typeError("unhashable type: '%s'", t.Name)
	}
	return t.Hash(m, v)
}

// hashSmallInt is CPython's long hash for ints below 2^61.
func hashSmallInt(i int64) int64 {
	const mod = 1<<61 - 1
	var h int64
	if i >= 0 {
		h = i % mod
	} else {
		h = -((-i) % mod)
	}
	if h == -1 {
		h = -2
	}
	return h
}

// fastEqual compares a and b without running Python code when both are
// small ints or exact strs; ok is false when it cannot decide.
func (m *Machine) fastEqual(a, b Value) (eq, ok bool) {
	if a == b {
		return true, true
	}
	if a.IsSmallInt() && b.IsSmallInt() {
		return false, true
	}
	sa, sb := m.str(a), m.str(b)
	if sa != nil && sb != nil && sa.typ == m.types.Str && sb.typ == m.types.Str {
		return sa.S == sb.S, true
	}
	return false, false
}

// Equal is PyObject_RichCompareBool(a, b, Py_EQ): identity implies
// equality.
func (m *Machine) Equal(a, b Value) (bool, error) {
	// At the recursion limit only identity answers without the
	// comparison, which raises RecursionError (PyObject_RichCompare).
	if a == b || m.depth < m.recursionLimit {
		if eq, ok := m.fastEqual(a, b); ok {
			return eq, nil
		}
	}
	r, err := m.RichCompare(a, b, EQ)
	if err != nil {
		return false, err
	}
	return m.Truth(r)
}

var swappedOp = [...]CompareOp{LT: GT, LE: GE, EQ: EQ, NE: NE, GT: LT, GE: LE}
var compareOpSymbol = [...]string{"<", "<=", "==", "!=", ">", ">="}

// RichCompare is PyObject_RichCompare: the reflected operation goes first
// when the right operand's type is a proper subclass overriding it; ==
// and != fall back to identity.
func (m *Machine) RichCompare(a, b Value, op CompareOp) (Value, error) {
	if err := m.enterRecursiveCall(" in comparison"); err != nil {
		return Null, err
	}
	defer m.leaveRecursiveCall()
	ta, tb := m.TypeOf(a), m.TypeOf(b)
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) && tb.RichCompare != nil {
		checkedReverse = true
		r, err := tb.RichCompare(m, b, a, swappedOp[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if ta.RichCompare != nil {
		r, err := ta.RichCompare(m, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !checkedReverse && tb.RichCompare != nil {
		r, err := tb.RichCompare(m, b, a, swappedOp[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case EQ:
		return Bool(a == b), nil
	case NE:
		return Bool(a != b), nil
	}
	return Null, m.typeError("'%s' not supported between instances of '%s' and '%s'",
		compareOpSymbol[op], ta.Name, tb.Name)
}

// Truth is PyObject_IsTrue.
func (m *Machine) Truth(v Value) (bool, error) {
	switch v {
	case True:
		return true, nil
	case False, None:
		return false, nil
	}
	if v.IsSmallInt() {
		return v.SmallInt() != 0, nil
	}
	if v.IsFloat() {
		return v.FloatVal() != 0, nil
	}
	t := m.TypeOf(v)
	if t.Bool != nil {
		return t.Bool(m, v)
	}
	if t.Len != nil {
		n, err := t.Len(m, v)
		return n != 0, err
	}
	return true, nil
}

// Repr is repr(v).
func (m *Machine) Repr(v Value) (Value, error) {
	t := m.TypeOf(v)
	if t.Repr == nil {
		return m.NewStr("<" + t.Name + " object>"), nil
	}
	if err := m.enterRecursiveCall(" while getting the repr of an object"); err != nil {
		return Null, err
	}
	defer m.leaveRecursiveCall()
	r, err := t.Repr(m, v)
	if err != nil {
		return Null, err
	}
	if m.str(r) == nil {
		return Null, m.typeError("__repr__ returned non-string (type %s)", m.typeName(r))
	}
	return r, nil
}

// StrOf is str(v).
func (m *Machine) StrOf(v Value) (Value, error) {
	if m.isExactStr(v) {
		return v, nil
	}
	t := m.TypeOf(v)
	if t.Str == nil {
		return m.Repr(v)
	}
	if err := m.enterRecursiveCall(" while getting the str of an object"); err != nil {
		return Null, err
	}
	r, err := t.Str(m, v)
	m.leaveRecursiveCall()
	if err != nil {
		return Null, err
	}
	if m.str(r) == nil {
		return Null, m.typeError("__str__ returned non-string (type %s)", m.typeName(r))
	}
	return r, nil
}

// ReprString is repr(v) as Go text.
func (m *Machine) ReprString(v Value) (string, error) {
	r, err := m.Repr(v)
	if err != nil {
		return "", err
	}
	return m.str(r).S, nil
}

// StrString is str(v) as Go text.
func (m *Machine) StrString(v Value) (string, error) {
	r, err := m.StrOf(v)
	if err != nil {
		return "", err
	}
	return m.str(r).S, nil
}

// Call calls callable with vectorcall arguments (see CallFunc).
func (m *Machine) Call(callable Value, args []Value, kwnames []Value) (Value, error) {
	if f := m.function(callable); f != nil {
		return m.callPython(f, args, kwnames, Null)
	}
	t := m.TypeOf(callable)
	if t.Call == nil {
		return Null, m.typeError("'%s' object is not callable", t.Name)
	}
	if !m.callIsChecked(callable, t) {
		return t.Call(m, callable, args, kwnames)
	}
	if err := m.enterRecursiveCall(" while calling a Python object"); err != nil {
		return Null, err
	}
	r, err := t.Call(m, callable, args, kwnames)
	m.leaveRecursiveCall()
	return r, err
}

// callIsChecked reports whether CPython 3.11 counts a call of callable
// (of type t, not a function) against the recursion limit before making
// it: C functions and method descriptors check on entry
// (cfunction_enter_call, method_enter_call), and so does every call
// through tp_call (_PyObject_MakeTpCall: classes, slot wrappers,
// instances with __call__). A bound method only forwards to its
// function, and a builtin type with a vectorcall of its own (list, map,
// range...) is called without a check.
func (m *Machine) callIsChecked(callable Value, t *Type) bool {
	switch t {
	case m.types.Method:
		return false
	case m.types.Type:
		tt := m.typeObj(callable)
		return tt.IsHeap() || m.CallTypeInfo(tt)&TypeCallVectorcall == 0
	}
	return true
}

// GetIter is iter(v).
func (m *Machine) GetIter(v Value) (Value, error) {
	t := m.TypeOf(v)
	if t.Iter != nil {
		it, err := t.Iter(m, v)
		if err != nil {
			return Null, err
		}
		if m.TypeOf(it).Next == nil {
			return Null, m.typeError("iter() returned non-iterator of type '%s'", m.typeName(it))
		}
		return it, nil
	}
	if t.GetItem != nil && t.Flags&FlagMapping == 0 || m.hasSequenceGetItem(t) {
		return m.newSeqIter(v), nil
	}
	return Null, m.typeError("'%s' object is not iterable", t.Name)
}

// Next advances an iterator: Null with a nil error at exhaustion. A
// StopIteration raised by the iterator also means exhaustion, as
// PyIter_Next and FOR_ITER treat it.
func (m *Machine) Next(it Value) (Value, error) {
	t := m.TypeOf(it)
	if t.Next == nil {
		return Null, m.typeError("'%s' object is not an iterator", t.Name)
	}
	v, err := t.Next(m, it)
	if err != nil && m.isRaise(err, m.types.exceptions["StopIteration"]) {
		return Null, nil
	}
	return v, err
}

// GetItem is obj[key].
func (m *Machine) GetItem(obj, key Value) (Value, error) {
	t := m.TypeOf(obj)
	if t.GetItem != nil {
		return t.GetItem(m, obj, key)
	}
	if tt := m.typeObj(obj); tt != nil {
		return m.classGetItem(tt, key)
	}
	return Null, m.typeError("'%s' object is not subscriptable", t.Name)
}

// SetItem is obj[key] = v (v Null: del obj[key]).
func (m *Machine) SetItem(obj, key, v Value) error {
	t := m.TypeOf(obj)
	if t.SetItem != nil {
		return t.SetItem(m, obj, key, v)
	}
	if v == Null {
		// PyObject_DelItem hands an index to PySequence_DelItem when the
		// type has sequence methods (every class has), whose message
		// differs by one word.
		if m.isIndexable(key) && (t.IsHeap() || t.Contains != nil || t.GetItem != nil) {
			return m.typeError("'%s' object doesn't support item deletion", t.Name)
		}
		return m.typeError("'%s' object does not support item deletion", t.Name)
	}
	return m.typeError("'%s' object does not support item assignment", t.Name)
}

// Contains is `v in obj`.
func (m *Machine) Contains(obj, v Value) (bool, error) {
	t := m.TypeOf(obj)
	if t.Contains != nil {
		return t.Contains(m, obj, v)
	}
	if t.Iter == nil && !m.hasSequenceGetItem(t) {
		return false, m.typeError("argument of type '%s' is not iterable", t.Name)
	}
	it, err := m.GetIter(obj)
	if err != nil {
		return false, err
	}
	for {
		x, err := m.Next(it)
		if err != nil || x == Null {
			return false, err
		}
		eq, err := m.Equal(x, v)
		if err != nil || eq {
			return eq, err
		}
	}
}

// Len is len(v).
func (m *Machine) Len(v Value) (int, error) {
	t := m.TypeOf(v)
	if t.Len == nil {
		return 0, m.typeError("object of type '%s' has no len()", t.Name)
	}
	n, err := t.Len(m, v)
	return n, err
}

// typeObj returns the *Type behind v if v is a type object, else nil.
func (m *Machine) typeObj(v Value) *Type {
	if !v.IsRef() {
		return nil
	}
	t, _ := m.heap.objs[v].(*Type)
	return t
}
