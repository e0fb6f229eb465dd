package vm

import (
	"math"
	"math/big"
)

// The slice type and the index arithmetic every sequence shares
// (CPython 3.11's Objects/sliceobject.c and _PyEval_SliceIndex).

// sliceObject is a slice: three arbitrary objects, None where omitted.
type sliceObject struct {
	Header
	Start, Stop, Step Value
}

func (s *sliceObject) traverse(visit func(Value)) {
	visit(s.Start)
	visit(s.Stop)
	visit(s.Step)
}

// NewSlice returns slice(start, stop, step); Null parts mean None.
func (m *Machine) NewSlice(start, stop, step Value) Value {
	if start == Null {
		start = None
	}
	if stop == Null {
		stop = None
	}
	if step == Null {
		step = None
	}
	return m.alloc(&sliceObject{Start: start, Stop: stop, Step: step}, m.types.Slice)
}

// sliceObj returns the *sliceObject behind v, or nil.
func (m *Machine) sliceObj(v Value) *sliceObject {
	if !v.IsRef() {
		return nil
	}
	s, _ := m.heap.objs[v].(*sliceObject)
	return s
}

// isIndexable is _PyIndex_Check: v's type has __index__.
func (m *Machine) isIndexable(v Value) bool {
	return v.IsSmallInt() || m.TypeOf(v).Index != nil
}

// sliceIndex is _PyEval_SliceIndex: an int by __index__, clamped to the
// int64 range (PyNumber_AsSsize_t with no exception type), or CPython's
// TypeError.
func (m *Machine) sliceIndex(v Value) (int, error) {
	if v.IsSmallInt() {
		return int(v.SmallInt()), nil
	}
	if !m.isIndexable(v) {
		return 0, m.typeError("slice indices must be integers or None or have an __index__ method")
	}
	r, err := m.NumberIndex(v)
	if err != nil {
		return 0, err
	}
	return m.clampedIndex(r), nil
}

// clampedIndex converts an int to an int, clamping at the int64 limits.
func (m *Machine) clampedIndex(r Value) int {
	if i, ok := m.Int64(r); ok {
		return int(i)
	}
	if b, ok := m.BigInt(r); ok && b.Sign() < 0 {
		return math.MinInt64
	}
	return math.MaxInt64
}

// sliceUnpack is PySlice_Unpack: the slice's parts as ints with None
// replaced by the extreme values, before adjustment to a length.
func (m *Machine) sliceUnpack(s *sliceObject) (start, stop, step int, err error) {
	step = 1
	if s.Step != None {
		if step, err = m.sliceIndex(s.Step); err != nil {
			return
		}
		if step == 0 {
			err = m.Raisef(m.types.ValueError, "slice step cannot be zero")
			return
		}
		if step < -math.MaxInt64 {
			step = -math.MaxInt64
		}
	}
	if s.Start == None {
		if step < 0 {
			start = math.MaxInt64
		}
	} else if start, err = m.sliceIndex(s.Start); err != nil {
		return
	}
	if s.Stop == None {
		if step < 0 {
			stop = math.MinInt64
		} else {
			stop = math.MaxInt64
		}
	} else if stop, err = m.sliceIndex(s.Stop); err != nil {
		return
	}
	return
}

// adjustIndices is PySlice_AdjustIndices: clips start and stop to a
// sequence of the given length and returns the slice's length.
func adjustIndices(length int, start, stop *int, step int) int {
	if *start < 0 {
		*start += length
		if *start < 0 {
			if step < 0 {
				*start = -1
			} else {
				*start = 0
			}
		}
	} else if *start >= length {
		if step < 0 {
			*start = length - 1
		} else {
			*start = length
		}
	}
	if *stop < 0 {
		*stop += length
		if *stop < 0 {
			if step < 0 {
				*stop = -1
			} else {
				*stop = 0
			}
		}
	} else if *stop >= length {
		if step < 0 {
			*stop = length - 1
		} else {
			*stop = length
		}
	}
	if step < 0 {
		if *stop < *start {
			return (*start-*stop-1)/(-step) + 1
		}
	} else if *start < *stop {
		return (*stop-*start-1)/step + 1
	}
	return 0
}

// sliceIndices is PySlice_GetIndicesEx: start, stop, step and the number
// of items the slice selects in a sequence of the given length.
func (m *Machine) sliceIndices(s *sliceObject, length int) (start, stop, step, n int, err error) {
	start, stop, step, err = m.sliceUnpack(s)
	if err != nil {
		return
	}
	n = adjustIndices(length, &start, &stop, step)
	return
}

// sliceLongIndices is _PySlice_GetLongIndices, the arbitrary-precision
// form behind slice.indices() and range slicing.
func (m *Machine) sliceLongIndices(s *sliceObject, length *big.Int) (start, stop, step *big.Int, err error) {
	step = big.NewInt(1)
	if s.Step != None {
		if step, err = m.sliceBigIndex(s.Step); err != nil {
			return
		}
		if step.Sign() == 0 {
			err = m.Raisef(m.types.ValueError, "slice step cannot be zero")
			return
		}
	}
	neg := step.Sign() < 0
	var lower, upper *big.Int
	if neg {
		lower = big.NewInt(-1)
		upper = new(big.Int).Add(length, lower)
	} else {
		lower = big.NewInt(0)
		upper = new(big.Int).Set(length)
	}
	bound := func(v Value, dflt *big.Int) (*big.Int, error) {
		if v == None {
			return new(big.Int).Set(dflt), nil
		}
		x, err := m.sliceBigIndex(v)
		if err != nil {
			return nil, err
		}
		if x.Sign() < 0 {
			x.Add(x, length)
			if x.Cmp(lower) < 0 {
				x.Set(lower)
			}
		} else if x.Cmp(upper) > 0 {
			x.Set(upper)
		}
		return x, nil
	}
	if neg {
		start, err = bound(s.Start, upper)
	} else {
		start, err = bound(s.Start, lower)
	}
	if err != nil {
		return
	}
	if neg {
		stop, err = bound(s.Stop, lower)
	} else {
		stop, err = bound(s.Stop, upper)
	}
	return
}

// sliceBigIndex is evaluate_slice_index: an int by __index__.
func (m *Machine) sliceBigIndex(v Value) (*big.Int, error) {
	if !m.isIndexable(v) {
		return nil, m.typeError("slice indices must be integers or None or have an __index__ method")
	}
	r, err := m.NumberIndex(v)
	if err != nil {
		return nil, err
	}
	b, _ := m.BigInt(r)
	return b, nil
}

func sliceNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if err := m.NoKeywords("slice", kwnames); err != nil {
		return Null, err
	}
	if err := m.ParseArgs(&sliceNewArgs, args, nil, nil); err != nil {
		return Null, err
	}
	switch len(args) {
	case 1:
		return m.NewSlice(None, args[0], None), nil
	case 2:
		return m.NewSlice(args[0], args[1], None), nil
	}
	return m.NewSlice(args[0], args[1], args[2]), nil
}

var sliceNewArgs = ArgSpec{Name: "slice", Kind: ArgsPositional, Min: 1, Max: 3}

func sliceRepr(m *Machine, v Value) (Value, error) {
	s := m.sliceObj(v)
	b := []byte("slice(")
	for i, part := range []Value{s.Start, s.Stop, s.Step} {
		if i > 0 {
			b = append(b, ", "...)
		}
		r, err := m.ReprString(part)
		if err != nil {
			return Null, err
		}
		b = append(b, r...)
	}
	return m.NewStr(string(append(b, ')'))), nil
}

// sliceRichCompare compares slices as (start, stop, step) tuples, with
// CPython 3.11's identity shortcut.
func sliceRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	sa, sb := m.sliceObj(a), m.sliceObj(b)
	if sa == nil || sb == nil {
		return NotImplemented, nil
	}
	if a == b {
		return Bool(op == EQ || op == LE || op == GE), nil
	}
	ta := m.NewTuple([]Value{sa.Start, sa.Stop, sa.Step})
	tb := m.NewTuple([]Value{sb.Start, sb.Stop, sb.Step})
	return m.RichCompare(ta, tb, op)
}

func sliceIndicesMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&sliceIndicesArgs, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	lv, err := m.NumberIndex(a[0])
	if err != nil {
		return Null, err
	}
	length, _ := m.BigInt(lv)
	if length.Sign() < 0 {
		return Null, m.Raisef(m.types.ValueError, "length should not be negative")
	}
	start, stop, step, err := m.sliceLongIndices(m.sliceObj(self), length)
	if err != nil {
		return Null, err
	}
	return m.NewTuple([]Value{m.NewBigInt(start), m.NewBigInt(stop), m.NewBigInt(step)}), nil
}

var sliceIndicesArgs = ArgSpec{Name: "indices", Func: "slice.indices", Kind: ArgsO}

func sliceReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&sliceReduceArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	s := m.sliceObj(self)
	return m.NewTuple([]Value{m.types.Slice.self, m.NewTuple([]Value{s.Start, s.Stop, s.Step})}), nil
}

var sliceReduceArgs = ArgSpec{Name: "__reduce__", Func: "slice.__reduce__", Kind: ArgsNone}

func sliceMember(get func(s *sliceObject) Value) func(m *Machine, self Value) (Value, error) {
	return func(m *Machine, self Value) (Value, error) { return get(m.sliceObj(self)), nil }
}

// CPython 3.11: slices are unhashable (3.12 made them hashable).
var sliceSpec = typeSpec{name: "slice", basicSize: 40, flags: FlagHaveGC,
	slots: Slots{
		New: sliceNew, Repr: sliceRepr, RichCompare: sliceRichCompare, GetAttr: genericGetAttr,
	},
	methods: []MethodDef{
		{Name: "indices", Fn: sliceIndicesMethod},
		{Name: "__reduce__", Fn: sliceReduce},
	},
	getsets: []GetSetDef{
		{Name: "start", Get: sliceMember(func(s *sliceObject) Value { return s.Start })},
		{Name: "stop", Get: sliceMember(func(s *sliceObject) Value { return s.Stop })},
		{Name: "step", Get: sliceMember(func(s *sliceObject) Value { return s.Step })},
	},
}
