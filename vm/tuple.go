package vm

import (
	"math"
	"math/bits"
)

// The tuple type (CPython 3.11's Objects/tupleobject.c).

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

// sizeOf is sys.getsizeof: header, one pointer per item, pre-header.
func (t *Tuple) sizeOf() int { return t.typ.BasicSize + 8*len(t.Items) + preHeaderSize(t.typ) }

// NewTuple returns a tuple of items (which it keeps: do not modify them
// afterwards).
func (m *Machine) NewTuple(items []Value) Value {
	if len(items) == 0 && m.emptyTuple != Null {
		return m.emptyTuple
	}
	o := m.heap.newTuple()
	o.Items = items
	return m.allocAt(o, &o.Header, m.types.Tuple)
}

// tuple returns the *Tuple behind v, or nil.
func (m *Machine) tuple(v Value) *Tuple {
	if !v.IsRef() {
		return nil
	}
	t, _ := m.heap.objs[v].(*Tuple)
	return t
}

// isExactTuple reports whether v is exactly a tuple.
func (m *Machine) isExactTuple(v Value) bool {
	t := m.tuple(v)
	return t != nil && t.typ == m.types.Tuple
}

// SequenceTuple is tuple(v) (PySequence_Tuple): v itself if it is a
// tuple, else a new tuple of its items.
func (m *Machine) SequenceTuple(v Value) (Value, error) {
	if m.isExactTuple(v) {
		return v, nil
	}
	if l := m.list(v); l != nil && l.typ == m.types.List {
		return m.NewTuple(append([]Value(nil), l.Items...)), nil
	}
	it, err := m.GetIter(v)
	if err != nil {
		return Null, err
	}
	l := &List{}
	if err := m.listExtendIter(l, v, it); err != nil {
		return Null, err
	}
	return m.NewTuple(l.Items[:len(l.Items):len(l.Items)]), nil
}

var tupleNewArgs = ArgSpec{Name: "tuple", Kind: ArgsPositional, Min: 0, Max: 1}

// tupleNew is tuple.__new__ (tuple_new and tuple_subtype_new).
func tupleNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 && (t == m.types.Tuple || sameInit(t.Init, m.types.Tuple.Init)) {
		return Null, m.typeError("tuple() takes no keyword arguments")
	}
	nargs := len(args) - len(kwnames)
	if err := m.ParseArgs(&tupleNewArgs, args[:nargs], nil, nil); err != nil {
		return Null, err
	}
	r := m.emptyTuple
	if nargs > 0 {
		var err error
		if r, err = m.SequenceTuple(args[0]); err != nil {
			return Null, err
		}
	}
	if t == m.types.Tuple {
		return r, nil
	}
	return m.alloc(&Tuple{Items: append([]Value(nil), m.tuple(r).Items...)}, t), nil
}

// sameInit reports whether two tp_init slots are the same Go function.
func sameInit(a, b func(m *Machine, self Value, args []Value, kwnames []Value) error) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return funcPtr(a) == funcPtr(b)
}

func tupleRepr(m *Machine, v Value) (Value, error) {
	t := m.tuple(v)
	n := len(t.Items)
	if n == 0 {
		return m.NewStr("()"), nil
	}
	// A tuple can reach itself only through a mutable object it holds.
	if !m.reprEnter(v) {
		return m.NewStr("(...)"), nil
	}
	defer m.reprLeave(v)
	b := []byte{'('}
	for i, x := range t.Items {
		if i > 0 {
			b = append(b, ", "...)
		}
		s, err := m.ReprString(x)
		if err != nil {
			return Null, err
		}
		b = append(b, s...)
	}
	if n == 1 {
		b = append(b, ',')
	}
	return m.NewStr(string(append(b, ')'))), nil
}

// Tuple hashing is CPython 3.11's xxHash-derived tuplehash (the same
// algorithm vm/constant uses for constant tuples).
const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

func tupleHash(m *Machine, v Value) (int64, error) {
	t := m.tuple(v)
	acc := uint64(xxPrime5)
	for _, x := range t.Items {
		h, err := m.Hash(x)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * xxPrime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= xxPrime1
	}
	acc += uint64(len(t.Items)) ^ (xxPrime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

func tupleLen(m *Machine, v Value) (int, error) { return len(m.tuple(v).Items), nil }

func tupleContains(m *Machine, v, x Value) (bool, error) {
	for _, item := range m.tuple(v).Items {
		eq, err := m.Equal(item, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func tupleGetItem(m *Machine, v, key Value) (Value, error) {
	t := m.tuple(v)
	if key.IsSmallInt() {
		i := int(key.SmallInt())
		if i < 0 {
			i += len(t.Items)
		}
		if uint(i) >= uint(len(t.Items)) {
			return Null, m.indexError("tuple index out of range")
		}
		return t.Items[i], nil
	}
	if m.isIndexable(key) {
		i, err := m.IndexInt(key)
		if err != nil {
			return Null, err
		}
		if i < 0 {
			i += int64(len(t.Items))
		}
		if i < 0 || i >= int64(len(t.Items)) {
			return Null, m.indexError("tuple index out of range")
		}
		return t.Items[i], nil
	}
	if s := m.sliceObj(key); s != nil {
		start, _, step, n, err := m.sliceIndices(s, len(t.Items))
		if err != nil {
			return Null, err
		}
		if n <= 0 {
			return m.emptyTuple, nil
		}
		if start == 0 && step == 1 && n == len(t.Items) && t.typ == m.types.Tuple {
			return v, nil
		}
		items := make([]Value, n)
		for i, cur := 0, start; i < n; i, cur = i+1, cur+step {
			items[i] = t.Items[cur]
		}
		return m.NewTuple(items), nil
	}
	return Null, m.typeError("tuple indices must be integers or slices, not %s", m.typeName(key))
}

func tupleRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	ta, tb := m.tuple(a), m.tuple(b)
	if ta == nil || tb == nil {
		return NotImplemented, nil
	}
	return m.seqRichCompare(func() []Value { return ta.Items }, func() []Value { return tb.Items }, op)
}

// tupleNbAdd is tuple concatenation (sq_concat).
func tupleNbAdd(m *Machine, a, b Value) (Value, error) {
	ta := m.tuple(a)
	if ta == nil {
		return NotImplemented, nil
	}
	if len(ta.Items) == 0 && m.isExactTuple(b) {
		return b, nil
	}
	tb := m.tuple(b)
	if tb == nil {
		r, err := m.otherOperandFirst(a, b, NbAdd, tupleNbAdd)
		if err != nil || r != NotImplemented {
			return r, err
		}
		return Null, m.typeError("can only concatenate tuple (not \"%s\") to tuple", m.typeName(b))
	}
	if len(tb.Items) == 0 && ta.typ == m.types.Tuple {
		return a, nil
	}
	n := len(ta.Items) + len(tb.Items)
	if n == 0 {
		return m.emptyTuple, nil
	}
	if err := m.chargeItems(n); err != nil {
		return Null, err
	}
	items := make([]Value, 0, n)
	items = append(items, ta.Items...)
	return m.NewTuple(append(items, tb.Items...)), nil
}

// tupleNbMul is tuple repetition (sq_repeat), either operand the tuple.
func tupleNbMul(m *Machine, a, b Value) (Value, error) {
	tv, n := a, b
	t := m.tuple(a)
	if t == nil {
		tv, n = b, a
		if t = m.tuple(b); t == nil {
			return NotImplemented, nil
		}
	} else {
		r, err := m.otherOperandFirst(a, b, NbMultiply, tupleNbMul)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	count, err := m.repeatCount(n)
	if err != nil {
		return Null, err
	}
	if (len(t.Items) == 0 || count == 1) && t.typ == m.types.Tuple {
		return tv, nil
	}
	items, err := m.repeatItems(t.Items, count)
	if err != nil {
		return Null, err
	}
	return m.NewTuple(items), nil
}

var (
	tupleIndexArgs   = ArgSpec{Name: "index", Func: "tuple.index", Kind: ArgsPositional, Min: 1, Max: 3}
	tupleCountArgs   = ArgSpec{Name: "count", Func: "tuple.count", Kind: ArgsO}
	tupleNewargsArgs = ArgSpec{Name: "__getnewargs__", Func: "tuple.__getnewargs__", Kind: ArgsNone}
)

func tupleIndexMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&tupleIndexArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	start, stop, err := m.indexBounds(args)
	if err != nil {
		return Null, err
	}
	t := m.tuple(self)
	n := len(t.Items)
	if start < 0 {
		start = max(start+n, 0)
	}
	if stop < 0 {
		stop += n
	} else if stop > n {
		stop = n
	}
	for i := start; i < stop; i++ {
		eq, err := m.Equal(t.Items[i], args[0])
		if err != nil {
			return Null, err
		}
		if eq {
			return m.NewInt(int64(i)), nil
		}
	}
	return Null, m.Raisef(m.types.ValueError, "tuple.index(x): x not in tuple")
}

func tupleCountMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&tupleCountArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	count := 0
	for _, x := range m.tuple(self).Items {
		eq, err := m.Equal(x, args[0])
		if err != nil {
			return Null, err
		}
		if eq {
			count++
		}
	}
	return m.NewInt(int64(count)), nil
}

func tupleGetnewargsMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&tupleNewargsArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	items := append([]Value(nil), m.tuple(self).Items...)
	return m.NewTuple([]Value{m.NewTuple(items)}), nil
}

func tupleGetitemMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 {
		return Null, m.typeError("tuple.__getitem__() takes no keyword arguments")
	}
	if len(args) != 1 {
		return Null, m.typeError("tuple.__getitem__() takes exactly one argument (%d given)", len(args))
	}
	return tupleGetItem(m, self, args[0])
}

// tupleIterator is tuple_iterator; seq is Null once exhausted.
type tupleIterator struct {
	Header
	seq   Value
	index int
}

func (it *tupleIterator) traverse(visit func(Value)) { visit(it.seq) }

func (it *tupleIterator) lengthHint(m *Machine) int {
	if it.seq == Null {
		return 0
	}
	return len(m.tuple(it.seq).Items) - it.index
}

func tupleIter(m *Machine, v Value) (Value, error) {
	return m.alloc(&tupleIterator{seq: v}, m.types.ct.TupleIterator), nil
}

func tupleIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*tupleIterator)
	if it.seq == Null {
		return Null, nil
	}
	t := m.tuple(it.seq)
	if it.index < len(t.Items) {
		x := t.Items[it.index]
		it.index++
		return x, nil
	}
	it.seq = Null
	return Null, nil
}

func tupleIterReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	it := m.obj(self).(*tupleIterator)
	return m.iterReduceGeneral("iter", it.seq, it.index), nil
}

func tupleIterSetState(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(args) != 1 {
		return Null, m.typeError("tuple_iterator.__setstate__() takes exactly one argument (%d given)", len(args))
	}
	i, err := m.ArgSsize(args[0])
	if err != nil {
		return Null, err
	}
	it := m.obj(self).(*tupleIterator)
	if it.seq != Null {
		it.index = min(max(int(i), 0), len(m.tuple(it.seq).Items))
	}
	return None, nil
}

var tupleIteratorSpec = typeSpec{name: "tuple_iterator", basicSize: 32, flags: FlagHaveGC | flagDisallowInstantiation,
	slots: Slots{Iter: selfIter, Next: tupleIterNext, GetAttr: genericGetAttr, Hash: identityHash},
	methods: []MethodDef{
		{Name: "__length_hint__", Fn: iterLengthHintMethod},
		{Name: "__reduce__", Fn: tupleIterReduce},
		{Name: "__setstate__", Fn: tupleIterSetState},
	},
}

var tupleSpec = typeSpec{name: "tuple", basicSize: 24, itemSize: 8,
	flags: FlagTupleSubclass | FlagBaseType | FlagHaveGC | FlagSequence | flagMatchSelf,
	slots: Slots{
		New: tupleNew, Repr: tupleRepr, Hash: tupleHash, RichCompare: tupleRichCompare,
		GetAttr: genericGetAttr, Iter: tupleIter,
		Len: tupleLen, GetItem: tupleGetItem, Contains: tupleContains,
		Number: [NbCount]BinaryFunc{NbAdd: tupleNbAdd, NbMultiply: tupleNbMul},
	},
	methods: []MethodDef{
		classGetItemMethod,
		{Name: "__getitem__", Fn: tupleGetitemMethod},
		{Name: "__getnewargs__", Fn: tupleGetnewargsMethod},
		{Name: "index", Fn: tupleIndexMethod},
		{Name: "count", Fn: tupleCountMethod},
	},
	newInstance: func(m *Machine, t *Type) Object { return &Tuple{} },
}
