package vm

// Builtins over iteration: iter, next, all, any, min, max and sorted.

var (
	specIter   = &ArgSpec{Name: "iter", Kind: ArgsPositional, Min: 1, Max: 2}
	specNext   = &ArgSpec{Name: "next", Kind: ArgsPositional, Min: 1, Max: 2}
	specAll    = &ArgSpec{Name: "all", Kind: ArgsO}
	specAny    = &ArgSpec{Name: "any", Kind: ArgsO}
	specSorted = &ArgSpec{Name: "sorted", Kind: ArgsPositional, Min: 1, Max: 1}
	// min and max parse their keywords with PyArg_ParseTupleAndKeywords
	// over no positional arguments, which counts them ("takes at most 2
	// keyword arguments"), unlike print's parser.
	specMin = &ArgSpec{Name: "min", Kind: ArgsKeywords, Names: []string{"key", "default"}}
	specMax = &ArgSpec{Name: "max", Kind: ArgsKeywords, Names: []string{"key", "default"}}
)

func bltinIter(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specIter, args, kw, a[:]); err != nil {
		return Null, err
	}
	if a[1] == Null {
		return m.GetIter(a[0])
	}
	if !m.isCallable(a[0]) {
		return Null, m.typeError("iter(v, w): v must be callable")
	}
	return m.NewCallIter(a[0], a[1]), nil
}

func bltinNext(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specNext, args, kw, a[:]); err != nil {
		return Null, err
	}
	it := a[0]
	t := m.TypeOf(it)
	if t.Next == nil {
		return Null, m.typeError("'%s' object is not an iterator", t.Name)
	}
	v, err := t.Next(m, it)
	if err != nil {
		if a[1] != Null && m.isRaise(err, m.types.exceptions["StopIteration"]) {
			return a[1], nil
		}
		return Null, err
	}
	if v == Null {
		if a[1] != Null {
			return a[1], nil
		}
		return Null, m.RaiseArgs(m.types.exceptions["StopIteration"])
	}
	return v, nil
}

func bltinAll(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specAll, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.allAny(a[0], false)
}

func bltinAny(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specAny, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.allAny(a[0], true)
}

// allAny is all() (stop at a false item) and any() (stop at a true one).
func (m *Machine) allAny(iterable Value, stopAt bool) (Value, error) {
	it, err := m.GetIter(iterable)
	if err != nil {
		return Null, err
	}
	sc := m.openScopeFor(it, Null)
	defer m.closeScope(sc)
	for {
		v, err := m.nextItemIn(it)
		if err != nil {
			return Null, err
		}
		if v == Null {
			return Bool(!stopAt), nil
		}
		t, err := m.Truth(v)
		if err != nil {
			return Null, err
		}
		if t == stopAt {
			return Bool(stopAt), nil
		}
	}
}

func bltinMin(m *Machine, _ Value, args, kw []Value) (Value, error) {
	return m.minMax(specMin, args, kw, LT)
}

func bltinMax(m *Machine, _ Value, args, kw []Value) (Value, error) {
	return m.minMax(specMax, args, kw, GT)
}

// minMax is CPython 3.11's min_max: one iterable or several arguments,
// keyword-only key and default; an item replaces the current one only if
// it compares strictly better, so the first extreme item wins.
func (m *Machine) minMax(spec *ArgSpec, args, kw []Value, op CompareOp) (Value, error) {
	pos, kwvals := SplitVarargs(args, kw)
	if len(pos) == 0 {
		return Null, m.typeError("%s expected at least 1 argument, got 0", spec.Name)
	}
	var opts [2]Value
	if err := m.ParseArgs(spec, kwvals, kw, opts[:]); err != nil {
		return Null, err
	}
	key, dflt := opts[0], opts[1]
	if key == None {
		key = Null
	}
	if len(pos) > 1 && dflt != Null {
		return Null, m.typeError("Cannot specify a default for %s() with multiple positional arguments", spec.Name)
	}
	var items []Value
	var it Value
	if len(pos) > 1 {
		items = append([]Value(nil), pos...)
	} else {
		var err error
		if it, err = m.GetIter(pos[0]); err != nil {
			return Null, err
		}
	}
	// The loop holds best and bestVal, in the scope, across calls.
	sc := m.openScopeFor(it, key)
	defer m.closeScope(sc)
	var best, bestVal Value
	for i := 0; ; i++ {
		var item Value
		if it != Null {
			var err error
			if item, err = m.nextItemIn(it); err != nil {
				return Null, err
			}
		} else if i < len(items) {
			item = items[i]
		}
		if item == Null {
			break
		}
		val := item
		if key != Null {
			var err error
			if val, err = m.callIn(key, []Value{item}); err != nil {
				return Null, err
			}
		}
		if bestVal == Null {
			best, bestVal = item, val
			m.hold(sc, 0, best)
			m.hold(sc, 1, bestVal)
			continue
		}
		r, err := m.RichCompare(val, bestVal, op)
		if err != nil {
			return Null, err
		}
		better, err := m.Truth(r)
		if err != nil {
			return Null, err
		}
		if better {
			best, bestVal = item, val
			m.hold(sc, 0, best)
			m.hold(sc, 1, bestVal)
		}
	}
	if best == Null {
		if dflt != Null {
			return dflt, nil
		}
		return Null, m.Raisef(m.types.ValueError, "%s() arg is an empty sequence", spec.Name)
	}
	return best, nil
}

// bltinSorted is CPython 3.11's builtin_sorted: list(iterable), then
// the new list's sort method called with the keyword arguments, so the
// keywords get list.sort's messages ("'x' is an invalid keyword argument
// for sort()").
func bltinSorted(m *Machine, _ Value, args, kw []Value) (Value, error) {
	pos, kwvals := SplitVarargs(args, kw)
	var a [1]Value
	if err := m.ParseArgs(specSorted, pos, nil, a[:]); err != nil {
		return Null, err
	}
	items, err := m.iterateAll(a[0])
	if err != nil {
		return Null, err
	}
	l := m.NewList(items)
	sortFn, err := m.GetAttr(l, m.Intern("sort"))
	if err != nil {
		return Null, err
	}
	if _, err := m.Call(sortFn, kwvals, kw); err != nil {
		return Null, err
	}
	return l, nil
}

// iterateAll collects the items of an iterable (PySequence_List's loop).
func (m *Machine) iterateAll(iterable Value) ([]Value, error) {
	if t := m.tuple(iterable); t != nil && m.TypeOf(iterable) == m.types.Tuple {
		return append([]Value(nil), t.Items...), nil
	}
	if l := m.list(iterable); l != nil && m.TypeOf(iterable) == m.types.List {
		return append([]Value(nil), l.Items...), nil
	}
	it, err := m.GetIter(iterable)
	if err != nil {
		return nil, err
	}
	return m.collectItems(it, true)
}

// collectItems returns the items iterator it gives; a StopIteration a
// __next__ raises ends them if stopEnds.
func (m *Machine) collectItems(it Value, stopEnds bool) ([]Value, error) {
	sc := m.openScopeFor(it, Null)
	defer m.closeScope(sc)
	l := &List{}
	m.holdList(sc, l)
	for {
		v, err := m.nextIn(it)
		if err != nil {
			if stopEnds && m.isRaise(err, m.types.exceptions["StopIteration"]) {
				return l.Items, nil
			}
			return nil, err
		}
		if v == Null {
			return l.Items, nil
		}
		l.Items = append(l.Items, v)
	}
}
