package vm

import "math/big"

// The builtin iterator types: enumerate, zip, map, filter and reversed.
// Each is created by calling the type (tp_new) and yields through tp_next.

var (
	specZip      = &ArgSpec{Name: "zip", Kind: ArgsKeywords, Names: []string{"strict"}}
	specFilter   = &ArgSpec{Name: "filter", Kind: ArgsPositional, Min: 2, Max: 2}
	specReversed = &ArgSpec{Name: "reversed", Kind: ArgsPositional, Min: 1, Max: 1}
)

// iterTypeSlots are the slots every builtin iterator shares.
func iterTypeSlots(next UnaryFunc, newFn func(m *Machine, t *Type, args, kwnames []Value) (Value, error)) Slots {
	return Slots{GetAttr: genericGetAttr, Repr: objectRepr, Hash: identityHash,
		Iter: selfIter, Next: next, New: newFn}
}

// enumerate

type enumerateObj struct {
	Header
	it    Value
	index int64
	// bigIndex is the count once it leaves the int64 range (en_longindex),
	// or from the start when start is a big int.
	bigIndex *big.Int
}

func (e *enumerateObj) traverse(visit func(Value)) { visit(e.it) }

var enumerateSpec = typeSpec{name: "enumerate", basicSize: 56, flags: FlagHaveGC | FlagBaseType,
	slots:   iterTypeSlots(enumerateNext, enumerateNew),
	methods: []MethodDef{{Name: "__reduce__", Fn: enumerateReduce}, classGetItemMethod}}

// enumerateNew is CPython 3.11's enum_vectorcall: enumerate(iterable,
// start=0) parsed by hand, with its own messages.
func enumerateNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	nkw := len(kwnames)
	nargs := len(args) - nkw
	checkKeyword := func(i int, name string) error {
		if k := m.str(kwnames[i]); k == nil || k.S != name {
			r, err := m.ReprString(kwnames[i])
			if err != nil {
				return err
			}
			return m.typeError("%s is an invalid keyword argument for enumerate()", r)
		}
		return nil
	}
	var iterable, start Value
	switch {
	case nargs+nkw == 2:
		iterable, start = args[0], args[1]
		switch nkw {
		case 1:
			if err := checkKeyword(0, "start"); err != nil {
				return Null, err
			}
		case 2:
			if k := m.str(kwnames[0]); k != nil && k.S == "start" {
				if err := checkKeyword(1, "iterable"); err != nil {
					return Null, err
				}
				iterable, start = args[1], args[0]
				break
			}
			if err := checkKeyword(0, "iterable"); err != nil {
				return Null, err
			}
			if err := checkKeyword(1, "start"); err != nil {
				return Null, err
			}
		}
	case nargs+nkw == 1:
		if nkw == 1 {
			if err := checkKeyword(0, "iterable"); err != nil {
				return Null, err
			}
		}
		iterable = args[0]
	case nargs == 0:
		return Null, m.typeError("enumerate() missing required argument 'iterable'")
	default:
		return Null, m.typeError("enumerate() takes at most 2 arguments (%d given)", nargs+nkw)
	}
	it, err := m.GetIter(iterable)
	if err != nil {
		return Null, err
	}
	e := &enumerateObj{it: it}
	if start != Null {
		s, err := m.NumberIndex(start)
		if err != nil {
			return Null, err
		}
		if i, ok := m.Int64(s); ok {
			e.index = i
		} else {
			e.bigIndex, _ = m.BigInt(s)
		}
	}
	return m.alloc(e, t), nil
}

func enumerateNext(m *Machine, v Value) (Value, error) {
	e := m.obj(v).(*enumerateObj)
	item, err := m.nextCoop(m.takeCoop(v), e.it)
	if err != nil || item == Null {
		return Null, err
	}
	var idx Value
	if e.bigIndex == nil {
		idx = m.NewInt(e.index)
		if e.index == 1<<63-1 {
			e.bigIndex = new(big.Int).Add(big.NewInt(e.index), big.NewInt(1))
		} else {
			e.index++
		}
	} else {
		idx = m.NewBigInt(e.bigIndex)
		e.bigIndex = new(big.Int).Add(e.bigIndex, big.NewInt(1))
	}
	return m.NewTuple([]Value{idx, item}), nil
}

// zip

type zipObj struct {
	Header
	its    []Value
	strict bool
}

func (z *zipObj) traverse(visit func(Value)) {
	for _, it := range z.its {
		visit(it)
	}
}

var zipSpec = typeSpec{name: "zip", basicSize: 48, flags: FlagHaveGC | FlagBaseType,
	slots:   iterTypeSlots(zipNext, zipNew),
	methods: []MethodDef{{Name: "__reduce__", Fn: zipReduce}, {Name: "__setstate__", Fn: zipSetstate}}}

func zipNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	pos, kwvals := SplitVarargs(args, kwnames)
	z := &zipObj{}
	if len(kwnames) > 0 {
		var a [1]Value
		if err := m.ParseArgs(specZip, kwvals, kwnames, a[:]); err != nil {
			return Null, err
		}
		if a[0] != Null {
			s, err := m.Truth(a[0])
			if err != nil {
				return Null, err
			}
			z.strict = s
		}
	}
	z.its = make([]Value, len(pos))
	for i, p := range pos {
		it, err := m.GetIter(p)
		if err != nil {
			return Null, err
		}
		z.its[i] = it
	}
	return m.alloc(z, t), nil
}

func zipNext(m *Machine, v Value) (Value, error) {
	z := m.obj(v).(*zipObj)
	if len(z.its) == 0 {
		return Null, nil
	}
	// Only the first iterator may run cooperatively: the items got
	// before a call are held here, where no collection sees them.
	coop := m.takeCoop(v)
	items := make([]Value, len(z.its))
	for i, it := range z.its {
		item, err := m.nextCoop(coop && i == 0, it)
		if err != nil {
			if !z.strict || !m.isRaise(err, m.types.exceptions["StopIteration"]) {
				return Null, err
			}
		}
		if item == Null {
			if z.strict {
				return Null, m.zipStrictCheck(z, i)
			}
			return Null, nil
		}
		items[i] = item
	}
	return m.NewTuple(items), nil
}

// zipStrictCheck is zip(strict=True) at the first exhausted iterator i:
// an error unless every other iterator is exhausted too.
func (m *Machine) zipStrictCheck(z *zipObj, i int) error {
	plural := func(i int) string {
		if i == 1 {
			return " "
		}
		return "s 1-"
	}
	if i > 0 {
		return m.Raisef(m.types.ValueError, "zip() argument %d is shorter than argument%s%d", i+1, plural(i), i)
	}
	for j := 1; j < len(z.its); j++ {
		item, err := m.Next(z.its[j])
		if err != nil && !m.isRaise(err, m.types.exceptions["StopIteration"]) {
			return err
		}
		if item != Null {
			return m.Raisef(m.types.ValueError, "zip() argument %d is longer than argument%s%d", j+1, plural(j), j)
		}
	}
	return nil
}

// map

type mapObj struct {
	Header
	fn  Value
	its []Value
}

func (o *mapObj) traverse(visit func(Value)) {
	visit(o.fn)
	for _, it := range o.its {
		visit(it)
	}
}

var mapSpec = typeSpec{name: "map", basicSize: 32, flags: FlagHaveGC | FlagBaseType,
	slots:   iterTypeSlots(mapNext, mapNew),
	methods: []MethodDef{{Name: "__reduce__", Fn: mapReduce}}}

func mapNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if err := m.NoKeywords("map", kwnames); err != nil {
		return Null, err
	}
	if len(args) < 2 {
		return Null, m.typeError("map() must have at least two arguments.")
	}
	o := &mapObj{fn: args[0], its: make([]Value, len(args)-1)}
	for i, a := range args[1:] {
		it, err := m.GetIter(a)
		if err != nil {
			return Null, err
		}
		o.its[i] = it
	}
	return m.alloc(o, t), nil
}

func mapNext(m *Machine, v Value) (Value, error) {
	o := m.obj(v).(*mapObj)
	// The first iterator and the function may run cooperatively: the
	// items are held here before the call, where no collection sees
	// them, and are its arguments during it.
	coop := m.takeCoop(v)
	args := make([]Value, len(o.its))
	for i, it := range o.its {
		item, err := m.nextCoop(coop && i == 0, it)
		if err != nil || item == Null {
			return Null, err
		}
		args[i] = item
	}
	return m.stopIsEnd(m.callCoop(coop, o.fn, args))
}

// stopIsEnd turns a StopIteration raised inside an iterator's tp_next
// (by a function it calls) into exhaustion, which is what every consumer
// of a CPython iterator makes of it.
func (m *Machine) stopIsEnd(v Value, err error) (Value, error) {
	if err != nil && m.isRaise(err, m.types.exceptions["StopIteration"]) {
		return Null, nil
	}
	return v, err
}

// filter

type filterObj struct {
	Header
	fn Value // None or bool: the items' truth
	it Value
}

func (o *filterObj) traverse(visit func(Value)) {
	visit(o.fn)
	visit(o.it)
}

var filterSpec = typeSpec{name: "filter", basicSize: 32, flags: FlagHaveGC | FlagBaseType,
	slots:   iterTypeSlots(filterNext, filterNew),
	methods: []MethodDef{{Name: "__reduce__", Fn: filterReduce}}}

func filterNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specFilter, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	it, err := m.GetIter(a[1])
	if err != nil {
		return Null, err
	}
	return m.alloc(&filterObj{fn: a[0], it: it}, t), nil
}

func filterNext(m *Machine, v Value) (Value, error) {
	o := m.obj(v).(*filterObj)
	coop := m.takeCoop(v)
	for {
		item, err := m.nextCoop(coop, o.it)
		if err != nil || item == Null {
			return Null, err
		}
		var ok bool
		if o.fn == None || o.fn == m.types.Bool.self {
			ok, err = m.Truth(item)
		} else {
			var r Value
			if r, err = m.callCoop(coop, o.fn, []Value{item}); err == nil {
				ok, err = m.Truth(r)
			}
		}
		if err != nil {
			return m.stopIsEnd(Null, err)
		}
		if ok {
			return item, nil
		}
	}
}

// reversed

type reversedObj struct {
	Header
	seq   Value // Null once exhausted
	index int64
}

func (o *reversedObj) traverse(visit func(Value)) {
	if o.seq != Null {
		visit(o.seq)
	}
}

var reversedSpec = typeSpec{name: "reversed", basicSize: 32, flags: FlagHaveGC | FlagBaseType,
	slots: iterTypeSlots(reversedNext, reversedNew),
	methods: []MethodDef{{Name: "__length_hint__", Fn: reversedLengthHint},
		{Name: "__reduce__", Fn: reversedReduce}, {Name: "__setstate__", Fn: reversedSetstate}},
}

// reversedNew is reversed_new_impl: __reversed__ if the type defines it
// (None meaning "not reversible"), else the sequence protocol.
func reversedNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if t == m.types.Reversed {
		if err := m.NoKeywords("reversed", kwnames); err != nil {
			return Null, err
		}
	}
	var a [1]Value
	if err := m.ParseArgs(specReversed, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	seq := a[0]
	st := m.TypeOf(seq)
	if meth := m.mroLookup(st, "__reversed__"); meth != Null {
		if meth == None {
			return Null, m.typeError("'%s' object is not reversible", st.Name)
		}
		return m.callBound(meth, seq, st, nil)
	}
	if !m.isSequence(st) {
		return Null, m.typeError("'%s' object is not reversible", st.Name)
	}
	n, err := m.Len(seq)
	if err != nil {
		return Null, err
	}
	return m.alloc(&reversedObj{seq: seq, index: int64(n) - 1}, t), nil
}

// isSequence is PySequence_Check: item access that is not a dict's.
func (m *Machine) isSequence(t *Type) bool {
	if t.IsSubtype(m.types.Dict) {
		return false
	}
	return t.GetItem != nil
}

func reversedNext(m *Machine, v Value) (Value, error) {
	o := m.obj(v).(*reversedObj)
	if o.seq == Null {
		return Null, nil
	}
	if o.index >= 0 {
		item, err := m.GetItem(o.seq, m.NewInt(o.index))
		if err == nil {
			o.index--
			return item, nil
		}
		if !m.isRaise(err, m.types.exceptions["IndexError"]) && !m.isRaise(err, m.types.exceptions["StopIteration"]) {
			return Null, err
		}
	}
	o.index = -1
	o.seq = Null
	return Null, nil
}

func reversedLengthHint(m *Machine, self Value, args, kw []Value) (Value, error) {
	o := m.obj(self).(*reversedObj)
	if o.seq == Null {
		return SmallIntValue(0), nil
	}
	n, err := m.Len(o.seq)
	if err != nil {
		return Null, err
	}
	if int64(n) < o.index+1 {
		return SmallIntValue(0), nil
	}
	return m.NewInt(o.index + 1), nil
}
