package vm

import (
	"math"
	"math/big"
)

// The range type and its iterators (CPython 3.11's Objects/rangeobject.c).
// A range holds four ints (start, stop, step and its length) of any size;
// iteration uses a machine-word iterator when everything fits, as
// CPython's range_iterator does, and an arbitrary-precision
// longrange_iterator otherwise.

// Range is a range object.
type Range struct {
	Header
	Start, Stop, Step, Length Value
}

func (r *Range) traverse(visit func(Value)) {
	visit(r.Start)
	visit(r.Stop)
	visit(r.Step)
	visit(r.Length)
}

func (m *Machine) rangeObj(v Value) *Range {
	if !v.IsRef() {
		return nil
	}
	r, _ := m.heap.objs[v].(*Range)
	return r
}

// bigOf returns an int Value as a big.Int (a new one).
func (m *Machine) bigOf(v Value) *big.Int {
	b, _ := m.BigInt(v)
	return b
}

// NewRange makes range(start, stop, step) from ints (step not zero).
func (m *Machine) NewRange(start, stop, step Value) Value {
	return m.alloc(&Range{Start: start, Stop: stop, Step: step, Length: m.rangeLength(start, stop, step)}, m.types.Range)
}

// rangeLength is compute_range_length.
func (m *Machine) rangeLength(start, stop, step Value) Value {
	a, ok1 := m.Int64(start)
	b, ok2 := m.Int64(stop)
	s, ok3 := m.Int64(step)
	if ok1 && ok2 && ok3 && s != math.MinInt64 {
		if n, ok := lenOfRange64(a, b, s); ok {
			return m.NewInt(n)
		}
	}
	lo, hi, st := m.bigOf(start), m.bigOf(stop), m.bigOf(step)
	if st.Sign() < 0 {
		lo, hi = hi, lo
		st.Neg(st)
	}
	if lo.Cmp(hi) >= 0 {
		return SmallIntValue(0)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Div(n, st) // both non-negative: truncation is floor
	n.Add(n, big.NewInt(1))
	return m.NewBigInt(n)
}

// lenOfRange64 is get_len_of_range on int64s; ok false if the length
// does not fit an int64.
func lenOfRange64(lo, hi, step int64) (int64, bool) {
	var n uint64
	switch {
	case step > 0 && lo < hi:
		n = 1 + (uint64(hi)-1-uint64(lo))/uint64(step)
	case step < 0 && lo > hi:
		n = 1 + (uint64(lo)-1-uint64(hi))/(0-uint64(step))
	}
	return int64(n), n <= math.MaxInt64
}

var rangeNewArgs = ArgSpec{Name: "range", Kind: ArgsPositional, Min: 1, Max: 3}

// rangeNew is range(stop) / range(start, stop[, step]).
func rangeNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if err := m.NoKeywords("range", kwnames); err != nil {
		return Null, err
	}
	if err := m.ParseArgs(&rangeNewArgs, args, nil, nil); err != nil {
		return Null, err
	}
	var start, stop, step Value = SmallIntValue(0), Null, SmallIntValue(1)
	var err error
	if len(args) == 1 {
		if stop, err = m.numberIndexExact(args[0]); err != nil {
			return Null, err
		}
	} else {
		if start, err = m.numberIndexExact(args[0]); err != nil {
			return Null, err
		}
		if stop, err = m.numberIndexExact(args[1]); err != nil {
			return Null, err
		}
		if len(args) == 3 {
			if step, err = m.numberIndexExact(args[2]); err != nil {
				return Null, err
			}
			if m.bigSign(step) == 0 {
				return Null, m.Raisef(m.types.ValueError, "range() arg 3 must not be zero")
			}
		}
	}
	r := &Range{Start: start, Stop: stop, Step: step, Length: m.rangeLength(start, stop, step)}
	return m.alloc(r, t), nil
}

// numberIndexExact is PyNumber_Index: an exact int (a bool or an int
// subclass gives its int value).
func (m *Machine) numberIndexExact(v Value) (Value, error) {
	r, err := m.NumberIndex(v)
	if err != nil || r.IsSmallInt() {
		return r, err
	}
	if i, ok := m.Int64(r); ok {
		return m.NewInt(i), nil
	}
	if o := m.intObj(r); o != nil && o.typ != m.types.Int {
		return m.NewBigInt(o.big), nil
	}
	return r, nil
}

// bigSign is the sign of an int Value.
func (m *Machine) bigSign(v Value) int {
	if i, ok := m.Int64(v); ok {
		switch {
		case i > 0:
			return 1
		case i < 0:
			return -1
		}
		return 0
	}
	return m.bigOf(v).Sign()
}

func rangeRepr(m *Machine, v Value) (Value, error) {
	r := m.rangeObj(v)
	start, err := m.ReprString(r.Start)
	if err != nil {
		return Null, err
	}
	stop, err := m.ReprString(r.Stop)
	if err != nil {
		return Null, err
	}
	if i, ok := m.Int64(r.Step); ok && i == 1 {
		return m.NewStr("range(" + start + ", " + stop + ")"), nil
	}
	step, err := m.ReprString(r.Step)
	if err != nil {
		return Null, err
	}
	return m.NewStr("range(" + start + ", " + stop + ", " + step + ")"), nil
}

// rangeLen is range_length: OverflowError beyond an int64.
func rangeLen(m *Machine, v Value) (int, error) {
	r := m.rangeObj(v)
	if n, ok := m.Int64(r.Length); ok {
		return int(n), nil
	}
	return 0, m.Raisef(m.types.exceptions["OverflowError"], "Python int too large to convert to C ssize_t")
}

func rangeBool(m *Machine, v Value) (bool, error) { return m.bigSign(m.rangeObj(v).Length) != 0, nil }

// rangeItem is compute_item: start + i*step.
func (m *Machine) rangeItem(r *Range, i *big.Int) Value {
	x := new(big.Int).Mul(i, m.bigOf(r.Step))
	return m.NewBigInt(x.Add(x, m.bigOf(r.Start)))
}

// rangeGetItem is range_subscript.
func rangeGetItem(m *Machine, v, key Value) (Value, error) {
	r := m.rangeObj(v)
	if m.isIndexable(key) {
		iv, err := m.NumberIndex(key)
		if err != nil {
			return Null, err
		}
		// Fast path: everything fits an int64.
		if i, ok := m.Int64(iv); ok {
			n, ok1 := m.Int64(r.Length)
			start, ok2 := m.Int64(r.Start)
			step, ok3 := m.Int64(r.Step)
			if ok1 && ok2 && ok3 {
				if i < 0 {
					i += n
				}
				if i < 0 || i >= n {
					return Null, m.indexError("range object index out of range")
				}
				if x, ok := mulAdd64(i, step, start); ok {
					return m.NewInt(x), nil
				}
			}
		}
		i := m.bigOf(iv)
		n := m.bigOf(r.Length)
		if i.Sign() < 0 {
			i.Add(i, n)
		}
		if i.Sign() < 0 || i.Cmp(n) >= 0 {
			return Null, m.indexError("range object index out of range")
		}
		return m.rangeItem(r, i), nil
	}
	if s := m.sliceObj(key); s != nil {
		start, stop, step, err := m.sliceLongIndices(s, m.bigOf(r.Length))
		if err != nil {
			return Null, err
		}
		substep := new(big.Int).Mul(m.bigOf(r.Step), step)
		substart := m.rangeItem(r, start)
		substop := m.rangeItem(r, stop)
		st := m.NewBigInt(substep)
		return m.alloc(&Range{Start: substart, Stop: substop, Step: st,
			Length: m.rangeLength(substart, substop, st)}, m.TypeOf(v)), nil
	}
	return Null, m.typeError("range indices must be integers or slices, not %s", m.typeName(key))
}

// mulAdd64 is a*b+c without overflow, or ok false.
func mulAdd64(a, b, c int64) (int64, bool) {
	p := a * b
	if a != 0 && (p/a != b || a == -1 && b == math.MinInt64) {
		return 0, false
	}
	s := p + c
	if (c > 0 && s < p) || (c < 0 && s > p) {
		return 0, false
	}
	return s, true
}

// rangeContainsLong is range_contains_long: arithmetic membership of an
// int (or bool).
func (m *Machine) rangeContainsLong(r *Range, ob Value) bool {
	x, start, stop, step := m.bigOf(ob), m.bigOf(r.Start), m.bigOf(r.Stop), m.bigOf(r.Step)
	if step.Sign() > 0 {
		if start.Cmp(x) > 0 || x.Cmp(stop) >= 0 {
			return false
		}
	} else if x.Cmp(start) > 0 || stop.Cmp(x) >= 0 {
		return false
	}
	d := new(big.Int).Sub(x, start)
	return d.Mod(d, new(big.Int).Abs(step)).Sign() == 0
}

// isExactIntOrBool is PyLong_CheckExact(ob) || PyBool_Check(ob).
func (m *Machine) isExactIntOrBool(v Value) bool {
	if v.IsSmallInt() || v == True || v == False {
		return true
	}
	i := m.intObj(v)
	return i != nil && i.typ == m.types.Int
}

func rangeContains(m *Machine, v, ob Value) (bool, error) {
	r := m.rangeObj(v)
	if m.isExactIntOrBool(ob) {
		return m.rangeContainsLong(r, ob), nil
	}
	n, err := m.iterSearch(v, ob, iterSearchContains)
	return n != 0, err
}

// Modes of _PySequence_IterSearch.
const (
	iterSearchCount = iota
	iterSearchIndex
	iterSearchContains
)

// iterSearch is _PySequence_IterSearch: count, first index or membership
// of ob in seq by iteration and ==.
func (m *Machine) iterSearch(seq, ob Value, op int) (int, error) {
	n := 0
	found := false
	err := m.iterate(seq, func(x Value) error {
		eq, err := m.Equal(x, ob)
		if err != nil {
			return err
		}
		if eq {
			switch op {
			case iterSearchCount:
				n++
				return nil
			case iterSearchContains:
				found = true
				return errStopIteration
			}
			found = true
			return errStopIteration
		}
		if op == iterSearchIndex {
			n++
		}
		return nil
	})
	if err != nil && err != errStopIteration {
		return 0, err
	}
	switch op {
	case iterSearchContains:
		if found {
			return 1, nil
		}
		return 0, nil
	case iterSearchIndex:
		if !found {
			return 0, m.Raisef(m.types.ValueError, "sequence.index(x): x not in sequence")
		}
	}
	return n, nil
}

// rangeEquals is range_equals: equal as sequences.
func (m *Machine) rangeEquals(a, b *Range) bool {
	if a == b {
		return true
	}
	la, lb := m.bigOf(a.Length), m.bigOf(b.Length)
	if la.Cmp(lb) != 0 {
		return false
	}
	if la.Sign() == 0 {
		return true
	}
	if m.bigOf(a.Start).Cmp(m.bigOf(b.Start)) != 0 {
		return false
	}
	if la.Cmp(big.NewInt(1)) == 0 {
		return true
	}
	return m.bigOf(a.Step).Cmp(m.bigOf(b.Step)) == 0
}

func rangeRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	ra, rb := m.rangeObj(a), m.rangeObj(b)
	if ra == nil || rb == nil || op != EQ && op != NE {
		return NotImplemented, nil
	}
	return Bool(m.rangeEquals(ra, rb) == (op == EQ)), nil
}

// rangeHash is range_hash: hash((len, start, step)) with None for the
// parts that do not matter.
func rangeHash(m *Machine, v Value) (int64, error) {
	r := m.rangeObj(v)
	items := []Value{r.Length, None, None}
	if m.bigSign(r.Length) != 0 {
		items[1] = r.Start
		if n, ok := m.Int64(r.Length); !ok || n != 1 {
			items[2] = r.Step
		}
	}
	return m.Hash(m.NewTuple(items))
}

var (
	rangeCountArgs    = ArgSpec{Name: "count", Func: "range.count", Kind: ArgsO}
	rangeIndexArgs    = ArgSpec{Name: "index", Func: "range.index", Kind: ArgsO}
	rangeReversedArgs = ArgSpec{Name: "__reversed__", Func: "range.__reversed__", Kind: ArgsNone}
)

func rangeCountMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&rangeCountArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	r := m.rangeObj(self)
	if m.isExactIntOrBool(args[0]) {
		if m.rangeContainsLong(r, args[0]) {
			return SmallIntValue(1), nil
		}
		return SmallIntValue(0), nil
	}
	n, err := m.iterSearch(self, args[0], iterSearchCount)
	if err != nil {
		return Null, err
	}
	return m.NewInt(int64(n)), nil
}

func rangeIndexMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&rangeIndexArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	r, ob := m.rangeObj(self), args[0]
	if !m.isExactIntOrBool(ob) {
		n, err := m.iterSearch(self, ob, iterSearchIndex)
		if err != nil {
			return Null, err
		}
		return m.NewInt(int64(n)), nil
	}
	if m.rangeContainsLong(r, ob) {
		d := new(big.Int).Sub(m.bigOf(ob), m.bigOf(r.Start))
		if st, ok := m.Int64(r.Step); !ok || st != 1 {
			d = floorDivBig(d, m.bigOf(r.Step))
		}
		return m.NewBigInt(d), nil
	}
	s, err := m.ReprString(ob)
	if err != nil {
		return Null, err
	}
	return Null, m.Raisef(m.types.ValueError, "%s is not in range", s)
}

// floorDivBig is Python's // on big ints.
func floorDivBig(a, b *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

func rangeReduceMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.NoKeywords("range.__reduce__", kwnames); err != nil {
		return Null, err
	}
	r := m.rangeObj(self)
	return m.NewTuple([]Value{m.TypeOf(self).self, m.NewTuple([]Value{r.Start, r.Stop, r.Step})}), nil
}

// Iterators.

// rangeIterator is range_iterator: the values start + i*step for i below
// len, all int64. small marks iterators whose values all fit immediate
// ints: FOR_ITER then steps them without a call (next).
type rangeIterator struct {
	Header
	index, start, step, len int64
	small                   bool
}

func (*rangeIterator) traverse(func(Value)) {}

func (it *rangeIterator) lengthHint(m *Machine) int { return int(it.len - it.index) }

// next is FOR_ITER's fast path: the next value, Null when exhausted.
// Only for small iterators (see Machine.rangeIter); it never allocates.
func (it *rangeIterator) next() Value {
	if it.index < it.len {
		v := it.start + it.index*it.step
		it.index++
		return SmallIntValue(v)
	}
	return Null
}

// rangeIter returns v as a range iterator FOR_ITER can step inline, or
// nil (any other iterator, or one whose values need heap ints).
func (m *Machine) rangeIter(v Value) *rangeIterator {
	if !v.IsRef() {
		return nil
	}
	if it, ok := m.heap.objs[v].(*rangeIterator); ok && it.small {
		return it
	}
	return nil
}

func (m *Machine) newRangeIterator(start, stop, step, n int64) Value {
	it := &rangeIterator{start: start, step: step, len: n}
	last := start
	if n > 0 {
		last = int64(uint64(start) + uint64(n-1)*uint64(step))
	}
	it.small = FitsSmall(start) && FitsSmall(stop) && FitsSmall(last)
	return m.alloc(it, m.types.ct.RangeIterator)
}

func rangeIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*rangeIterator)
	if it.index < it.len {
		x := int64(uint64(it.start) + uint64(it.index)*uint64(it.step))
		it.index++
		return m.NewInt(x), nil
	}
	return Null, nil
}

// longRangeIterator is longrange_iterator: the same over arbitrary ints.
type longRangeIterator struct {
	Header
	index, start, step, len Value
}

func (it *longRangeIterator) traverse(visit func(Value)) {
	visit(it.index)
	visit(it.start)
	visit(it.step)
	visit(it.len)
}

func longRangeIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*longRangeIterator)
	i := m.bigOf(it.index)
	if i.Cmp(m.bigOf(it.len)) >= 0 {
		return Null, nil
	}
	x := new(big.Int).Mul(i, m.bigOf(it.step))
	x.Add(x, m.bigOf(it.start))
	it.index = m.NewBigInt(i.Add(i, big.NewInt(1)))
	return m.NewBigInt(x), nil
}

// rangeIterSlot is range_iter.
func rangeIterSlot(m *Machine, v Value) (Value, error) {
	r := m.rangeObj(v)
	start, ok1 := m.Int64(r.Start)
	stop, ok2 := m.Int64(r.Stop)
	step, ok3 := m.Int64(r.Step)
	if ok1 && ok2 && ok3 {
		n, ok := lenOfRange64(start, stop, step)
		fits := ok
		if ok && n > 0 {
			if step > 0 {
				fits = stop <= math.MaxInt64-(step-1)
			} else {
				fits = stop >= math.MinInt64+(-1-step)
			}
		}
		if fits {
			return m.newRangeIterator(start, stop, step, n), nil
		}
	}
	it := &longRangeIterator{index: SmallIntValue(0), start: r.Start, step: r.Step, len: r.Length}
	return m.alloc(it, m.types.ct.LongRangeIterator), nil
}

// rangeReversedMethod is range.__reversed__ (range_reverse).
func rangeReversedMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&rangeReversedArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	r := m.rangeObj(self)
	start, ok1 := m.Int64(r.Start)
	stop, ok2 := m.Int64(r.Stop)
	step, ok3 := m.Int64(r.Step)
	if ok1 && ok2 && ok3 && step != math.MinInt64 {
		fits := true
		if step > 0 {
			fits = uint64(start)-(1<<63) >= uint64(step)
		} else {
			fits = uint64(math.MaxInt64)-uint64(start) >= 0-uint64(step)
		}
		if n, ok := lenOfRange64(start, stop, step); fits && ok {
			newStop := start - step
			newStart := int64(uint64(newStop) + uint64(n)*uint64(step))
			return m.newRangeIterator(newStart, newStop, -step, n), nil
		}
	}
	n := m.bigOf(r.Length)
	last := new(big.Int).Sub(n, big.NewInt(1))
	last.Mul(last, m.bigOf(r.Step))
	last.Add(last, m.bigOf(r.Start))
	it := &longRangeIterator{index: SmallIntValue(0), start: m.NewBigInt(last),
		step: m.NewBigInt(new(big.Int).Neg(m.bigOf(r.Step))), len: r.Length}
	return m.alloc(it, m.types.ct.LongRangeIterator), nil
}

func rangeIterLengthHint(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if it, ok := m.obj(self).(*longRangeIterator); ok {
		return m.NewBigInt(new(big.Int).Sub(m.bigOf(it.len), m.bigOf(it.index))), nil
	}
	return iterLengthHintMethod(m, self, args, kwnames)
}

func rangeIterReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	iter := m.dictGetStr(m.builtins, "iter")
	switch it := m.obj(self).(type) {
	case *rangeIterator:
		stop := m.NewBigInt(new(big.Int).Add(big.NewInt(it.start), new(big.Int).Mul(big.NewInt(it.len), big.NewInt(it.step))))
		rng := m.NewRange(m.NewInt(it.start), stop, m.NewInt(it.step))
		return m.NewTuple([]Value{iter, m.NewTuple([]Value{rng}), m.NewInt(it.index)}), nil
	case *longRangeIterator:
		stop := new(big.Int).Mul(m.bigOf(it.len), m.bigOf(it.step))
		rng := m.NewRange(it.start, m.NewBigInt(stop.Add(stop, m.bigOf(it.start))), it.step)
		return m.NewTuple([]Value{iter, m.NewTuple([]Value{rng}), it.index}), nil
	}
	return None, nil
}

func rangeIterSetState(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(args) != 1 || len(kwnames) > 0 {
		return Null, m.typeError("%s.__setstate__() takes exactly one argument (%d given)", m.typeName(self), len(args))
	}
	switch it := m.obj(self).(type) {
	case *rangeIterator:
		i, ok := m.Int64(args[0])
		if !ok {
			if !m.isInt(args[0]) {
				return Null, m.typeError("an integer is required")
			}
			return Null, m.Raisef(m.types.exceptions["OverflowError"], "Python int too large to convert to C long")
		}
		it.index = min(max(i, 0), it.len)
	case *longRangeIterator:
		st := m.bigOf(args[0])
		if st == nil {
			return Null, m.typeError("'<' not supported between instances of '%s' and 'int'", m.typeName(args[0]))
		}
		switch {
		case st.Sign() < 0:
			it.index = SmallIntValue(0)
		case m.bigOf(it.len).Cmp(st) < 0:
			it.index = it.len
		default:
			it.index = args[0]
		}
	}
	return None, nil
}

var rangeIterMethods = []MethodDef{
	{Name: "__length_hint__", Fn: rangeIterLengthHint},
	{Name: "__reduce__", Fn: rangeIterReduce},
	{Name: "__setstate__", Fn: rangeIterSetState},
}

var rangeIteratorSpec = typeSpec{name: "range_iterator", basicSize: 48, flags: flagDisallowInstantiation,
	slots:   Slots{Iter: selfIter, Next: rangeIterNext, GetAttr: genericGetAttr, Hash: identityHash},
	methods: rangeIterMethods,
}

var longRangeIteratorSpec = typeSpec{name: "longrange_iterator", basicSize: 48, flags: flagDisallowInstantiation,
	slots:   Slots{Iter: selfIter, Next: longRangeIterNext, GetAttr: genericGetAttr, Hash: identityHash},
	methods: rangeIterMethods,
}

func rangeMember(get func(r *Range) Value) func(m *Machine, self Value) (Value, error) {
	return func(m *Machine, self Value) (Value, error) { return get(m.rangeObj(self)), nil }
}

var rangeSpec = typeSpec{name: "range", basicSize: 48, flags: FlagSequence,
	slots: Slots{
		New: rangeNew, Repr: rangeRepr, Hash: rangeHash, RichCompare: rangeRichCompare,
		GetAttr: genericGetAttr, Iter: rangeIterSlot, Bool: rangeBool,
		Len: rangeLen, GetItem: rangeGetItem, Contains: rangeContains,
	},
	methods: []MethodDef{
		{Name: "__reversed__", Fn: rangeReversedMethod},
		{Name: "__reduce__", Fn: rangeReduceMethod},
		{Name: "count", Fn: rangeCountMethod},
		{Name: "index", Fn: rangeIndexMethod},
	},
	getsets: []GetSetDef{
		{Name: "start", Get: rangeMember(func(r *Range) Value { return r.Start })},
		{Name: "stop", Get: rangeMember(func(r *Range) Value { return r.Stop })},
		{Name: "step", Get: rangeMember(func(r *Range) Value { return r.Step })},
	},
}
