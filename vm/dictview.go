package vm

// dict_keys, dict_values and dict_items, and the dict iterators
// (CPython 3.11's dictobject.c). The keys and items views are set-like:
// their operators return sets, built in the order §4 of the runtime
// reference describes.

// dictView is a view of a dict: which kind is its type.
type dictView struct {
	Header
	dict Value
}

func (v *dictView) traverse(visit func(Value)) { visit(v.dict) }

func (m *Machine) newDictView(d Value, t *Type) Value {
	return m.alloc(&dictView{dict: d}, t)
}

func (m *Machine) dictViewOf(v Value) *dictView {
	if !v.IsRef() {
		return nil
	}
	dv, _ := m.heap.objs[v].(*dictView)
	return dv
}

// isSetView reports whether v is a keys or items view (PyDictViewSet_Check).
func (m *Machine) isSetView(v Value) bool {
	t := m.TypeOf(v)
	return t.IsSubtype(m.types.ct.DictKeys) || t.IsSubtype(m.types.ct.DictItems)
}

var (
	dictViewMethodsNoArgs = ArgSpec{Name: "__reversed__", Kind: ArgsNone}
)

func dictKeysMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictKeysArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return m.newDictView(self, m.types.ct.DictKeys), nil
}

func dictValuesMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictValuesArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return m.newDictView(self, m.types.ct.DictValues), nil
}

func dictItemsMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictItemsArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return m.newDictView(self, m.types.ct.DictItems), nil
}

func dictViewLen(m *Machine, v Value) (int, error) {
	return m.dict(m.dictViewOf(v).dict).used, nil
}

// dictViewRepr is dictview_repr: "dict_keys([...])".
func dictViewRepr(m *Machine, v Value) (Value, error) {
	if !m.reprEnter(v) {
		return m.NewStr("..."), nil
	}
	defer m.reprLeave(v)
	l, err := m.NewListFromIterable(v)
	if err != nil {
		return Null, err
	}
	s, err := m.ReprString(l)
	if err != nil {
		return Null, err
	}
	return m.NewStr(m.typeName(v) + "(" + s + ")"), nil
}

func dictKeysIter(m *Machine, v Value) (Value, error) {
	return m.newDictIter(m.dictViewOf(v).dict, m.types.ct.DictKeyIterator, dictIterKeys, false), nil
}

func dictValuesIter(m *Machine, v Value) (Value, error) {
	return m.newDictIter(m.dictViewOf(v).dict, m.types.ct.DictValueIterator, dictIterValues, false), nil
}

func dictItemsIter(m *Machine, v Value) (Value, error) {
	return m.newDictIter(m.dictViewOf(v).dict, m.types.ct.DictItemIterator, dictIterItems, false), nil
}

func dictKeysContains(m *Machine, v, key Value) (bool, error) {
	return m.dictContains(m.dict(m.dictViewOf(v).dict), key)
}

// dictItemsContains is dictitems_contains: (key, value) in d.items().
func dictItemsContains(m *Machine, v, x Value) (bool, error) {
	t := m.tuple(x)
	if t == nil || len(t.Items) != 2 {
		return false, nil
	}
	found, err := m.DictGet(m.dict(m.dictViewOf(v).dict), t.Items[0])
	if err != nil || found == Null {
		return false, err
	}
	return m.Equal(found, t.Items[1])
}

// allContainedIn is all_contained_in: every item of a is in b.
func (m *Machine) allContainedIn(a, b Value) (bool, error) {
	ok := true
	err := m.iterate(a, func(x Value) error {
		in, err := m.Contains(b, x)
		if err != nil {
			return err
		}
		if !in {
			ok = false
			return errStopIteration
		}
		return nil
	})
	if err == errStopIteration {
		err = nil
	}
	return ok, err
}

// errStopIteration ends an iterate early; it never leaves this package's
// helpers.
var errStopIteration = &Raise{}

func dictViewRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	if !m.isAnySet(b) && !m.isSetView(b) {
		return NotImplemented, nil
	}
	la, err := m.Len(a)
	if err != nil {
		return Null, err
	}
	lb, err := m.Len(b)
	if err != nil {
		return Null, err
	}
	ok := false
	switch op {
	case EQ, NE:
		if la == lb {
			if ok, err = m.allContainedIn(a, b); err != nil {
				return Null, err
			}
		}
		if op == NE {
			ok = !ok
		}
	case LT:
		if la < lb {
			ok, err = m.allContainedIn(a, b)
		}
	case LE:
		if la <= lb {
			ok, err = m.allContainedIn(a, b)
		}
	case GT:
		if la > lb {
			ok, err = m.allContainedIn(b, a)
		}
	case GE:
		if la >= lb {
			ok, err = m.allContainedIn(b, a)
		}
	}
	if err != nil {
		return Null, err
	}
	return Bool(ok), nil
}

// dictViewsToSet is dictviews_to_set: a keys view of an exact dict is
// made into a set by the dict fast path.
func (m *Machine) dictViewsToSet(v Value) (*Set, error) {
	src := v
	if dv := m.dictViewOf(v); dv != nil && m.TypeOf(v) == m.types.ct.DictKeys && m.isExactDict(dv.dict) {
		src = dv.dict
	}
	return m.newSetFromIterable(m.types.Set, src)
}

// The set operators convert their left operand, whatever it is (CPython
// does not swap them: [1, 2] | d.keys() is a set).
func dictViewsSub(m *Machine, a, b Value) (Value, error) {
	s, err := m.dictViewsToSet(a)
	if err != nil {
		return Null, err
	}
	if _, err := m.CallMethod(s.self, "difference_update", b); err != nil {
		return Null, err
	}
	return s.self, nil
}

func dictViewsOr(m *Machine, a, b Value) (Value, error) {
	s, err := m.dictViewsToSet(a)
	if err != nil {
		return Null, err
	}
	if err := m.setUpdateInternal(s, b); err != nil {
		return Null, err
	}
	return s.self, nil
}

func dictViewsXor(m *Machine, a, b Value) (Value, error) {
	items := m.types.ct.DictItems
	if m.TypeOf(a).IsSubtype(items) && m.TypeOf(b).IsSubtype(items) {
		return m.dictItemsXor(a, b)
	}
	s, err := m.dictViewsToSet(a)
	if err != nil {
		return Null, err
	}
	if _, err := m.CallMethod(s.self, "symmetric_difference_update", b); err != nil {
		return Null, err
	}
	return s.self, nil
}

// dictItemsXor is dictitems_xor.
func (m *Machine) dictItemsXor(a, b Value) (Value, error) {
	d1 := m.dict(m.dictViewOf(a).dict)
	d2 := m.dict(m.dictViewOf(b).dict)
	tmp, err := m.DictCopy(d1)
	if err != nil {
		return Null, err
	}
	result := m.newSet(m.types.Set)
	for pos := 0; ; {
		key, v2, hash, next, ok := d2.dictNext(pos)
		if !ok {
			break
		}
		pos = next
		_, v1, err := m.dictLookup(tmp, key, hash)
		if err != nil {
			return Null, err
		}
		del := false
		if v1 != Null {
			if del, err = m.Equal(v1, v2); err != nil {
				return Null, err
			}
		}
		if del {
			if ix, _, err := m.dictLookup(tmp, key, hash); err != nil {
				return Null, err
			} else if ix >= 0 {
				m.delItemCommon(tmp, hash, ix)
			}
		} else if err := m.setAddKey(result, m.NewTuple([]Value{key, v2})); err != nil {
			return Null, err
		}
	}
	if err := m.setUpdateInternal(result, m.newDictView(tmp.self, m.types.ct.DictItems)); err != nil {
		return Null, err
	}
	return result.self, nil
}

// dictViewIntersect is _PyDictView_Intersect.
func dictViewIntersect(m *Machine, a, b Value) (Value, error) {
	self, other := a, b
	if !m.isSetView(self) {
		self, other = other, self
		if !m.isSetView(self) {
			return NotImplemented, nil
		}
	}
	lenSelf, _ := dictViewLen(m, self)
	if s := m.setObj(other); s != nil && s.typ == m.types.Set {
		if lenSelf <= s.used {
			return m.CallMethod(other, "intersection", self)
		}
	}
	if m.isSetView(other) {
		if lenOther, _ := dictViewLen(m, other); lenOther > lenSelf {
			self, other = other, self
		}
	}
	result := m.newSet(m.types.Set)
	contains := dictKeysContains
	if !m.TypeOf(self).IsSubtype(m.types.ct.DictKeys) {
		contains = dictItemsContains
	}
	err := m.iterate(other, func(key Value) error {
		in, err := contains(m, self, key)
		if err != nil || !in {
			return err
		}
		return m.setAddKey(result, key)
	})
	if err != nil {
		return Null, err
	}
	return result.self, nil
}

var dictViewIsdisjointArgs = ArgSpec{Name: "isdisjoint", Kind: ArgsO}

// dictViewIsdisjoint is dictviews_isdisjoint.
func dictViewIsdisjoint(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictViewIsdisjointArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	other := args[0]
	if self == other {
		n, _ := dictViewLen(m, self)
		return Bool(n == 0), nil
	}
	if m.isAnySet(other) || m.isSetView(other) {
		lenSelf, _ := dictViewLen(m, self)
		lenOther, err := m.Len(other)
		if err != nil {
			return Null, err
		}
		if lenOther > lenSelf {
			self, other = other, self
		}
	}
	disjoint := true
	err := m.iterate(other, func(x Value) error {
		in, err := m.Contains(self, x)
		if err != nil {
			return err
		}
		if in {
			disjoint = false
			return errStopIteration
		}
		return nil
	})
	if err != nil && err != errStopIteration {
		return Null, err
	}
	return Bool(disjoint), nil
}

func dictViewReversed(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictViewMethodsNoArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	d := m.dictViewOf(self).dict
	switch t := m.TypeOf(self); {
	case t.IsSubtype(m.types.ct.DictKeys):
		return m.newDictIter(d, m.types.ct.DictRevKeyIterator, dictIterKeys, true), nil
	case t.IsSubtype(m.types.ct.DictValues):
		return m.newDictIter(d, m.types.ct.DictRevValueIterator, dictIterValues, true), nil
	}
	return m.newDictIter(d, m.types.ct.DictRevItemIterator, dictIterItems, true), nil
}

// Iterators.

// What a dict iterator yields.
const (
	dictIterKeys = iota
	dictIterValues
	dictIterItems
)

// dictIterator is dictiterobject; dict is Null once exhausted.
type dictIterator struct {
	Header
	dict    Value
	used    int // di_used: the dict's size when iteration started (-1: failed)
	pos     int
	length  int
	what    uint8
	reverse bool
}

func (it *dictIterator) traverse(visit func(Value)) { visit(it.dict) }

func (it *dictIterator) lengthHint(m *Machine) int {
	if it.dict != Null && it.used == m.dict(it.dict).used {
		return it.length
	}
	return 0
}

func (m *Machine) newDictIter(dv Value, t *Type, what uint8, reverse bool) Value {
	d := m.dict(dv)
	it := &dictIterator{dict: dv, used: d.used, length: d.used, what: what, reverse: reverse}
	if reverse {
		if d.values != nil {
			it.pos = d.used - 1
		} else {
			it.pos = d.keys.nentries - 1
		}
	}
	return m.alloc(it, t)
}

func dictIter(m *Machine, v Value) (Value, error) {
	return m.newDictIter(v, m.types.ct.DictKeyIterator, dictIterKeys, false), nil
}

func dictReversedMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictReversedArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return m.newDictIter(self, m.types.ct.DictRevKeyIterator, dictIterKeys, true), nil
}

// dictIterNext is dictiter_iternextkey/value/item and
// dictreviter_iternext.
func dictIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*dictIterator)
	if it.dict == Null {
		return Null, nil
	}
	d := m.dict(it.dict)
	if it.used != d.used {
		it.used = -1 // sticky, as CPython's di_used
		return Null, m.Raisef(m.types.exceptions["RuntimeError"], "dictionary changed size during iteration")
	}
	var key, value Value
	i := it.pos
	if it.reverse {
		if i < 0 {
			it.dict = Null
			return Null, nil
		}
		if d.values != nil {
			ix := d.splitOrder()[i]
			key, value = d.keys.entries[ix].key, d.values[ix]
		} else {
			entries := d.keys.entries
			for entries[i].value == Null {
				if i--; i < 0 {
					it.dict = Null
					return Null, nil
				}
			}
			key, value = entries[i].key, entries[i].value
		}
		it.pos = i - 1
	} else {
		if d.values != nil {
			if i >= d.used {
				it.dict = Null
				return Null, nil
			}
			ix := d.splitOrder()[i]
			key, value = d.keys.entries[ix].key, d.values[ix]
		} else {
			entries := d.keys.entries
			for i < len(entries) && entries[i].value == Null {
				i++
			}
			if i >= len(entries) {
				it.dict = Null
				return Null, nil
			}
			key, value = entries[i].key, entries[i].value
		}
		if it.length == 0 {
			it.dict = Null
			return Null, m.Raisef(m.types.exceptions["RuntimeError"], "dictionary keys changed during iteration")
		}
		it.pos = i + 1
	}
	it.length--
	switch it.what {
	case dictIterKeys:
		return key, nil
	case dictIterValues:
		return value, nil
	}
	return m.NewTuple([]Value{key, value}), nil
}

// dictIterReduce is dictiter_reduce: (iter, (list of what is left,)).
func dictIterReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	it := *m.obj(self).(*dictIterator)
	copyIt := m.alloc(&it, m.TypeOf(self))
	l, err := m.NewListFromIterable(copyIt)
	if err != nil {
		return Null, err
	}
	return m.NewTuple([]Value{m.dictGetStr(m.builtins, "iter"), m.NewTuple([]Value{l})}), nil
}

var dictIterMethods = []MethodDef{
	{Name: "__length_hint__", Fn: iterLengthHintMethod},
	{Name: "__reduce__", Fn: dictIterReduce},
}

func dictIterSpec(name string) typeSpec {
	return typeSpec{name: name, basicSize: 56, flags: FlagHaveGC | flagDisallowInstantiation,
		slots:   Slots{Iter: selfIter, Next: dictIterNext, GetAttr: genericGetAttr, Hash: identityHash},
		methods: dictIterMethods,
	}
}

var (
	dictKeyIteratorSpec      = dictIterSpec("dict_keyiterator")
	dictValueIteratorSpec    = dictIterSpec("dict_valueiterator")
	dictItemIteratorSpec     = dictIterSpec("dict_itemiterator")
	dictRevKeyIteratorSpec   = dictIterSpec("dict_reversekeyiterator")
	dictRevValueIteratorSpec = dictIterSpec("dict_reversevalueiterator")
	dictRevItemIteratorSpec  = dictIterSpec("dict_reverseitemiterator")
)

var dictViewSetNumber = [NbCount]BinaryFunc{
	NbSubtract: dictViewsSub, NbAnd: dictViewIntersect, NbXor: dictViewsXor, NbOr: dictViewsOr,
}

var dictKeysSpec = typeSpec{name: "dict_keys", basicSize: 24, flags: FlagHaveGC | flagDisallowInstantiation,
	slots: Slots{
		Repr: dictViewRepr, Number: dictViewSetNumber, Len: dictViewLen, Contains: dictKeysContains,
		GetAttr: genericGetAttr, RichCompare: dictViewRichCompare, Iter: dictKeysIter,
	},
	methods: []MethodDef{
		{Name: "isdisjoint", Fn: dictViewIsdisjoint},
		{Name: "__reversed__", Fn: dictViewReversed},
	},
	getsets: dictViewGetsets,
}

var dictItemsSpec = typeSpec{name: "dict_items", basicSize: 24, flags: FlagHaveGC | flagDisallowInstantiation,
	slots: Slots{
		Repr: dictViewRepr, Number: dictViewSetNumber, Len: dictViewLen, Contains: dictItemsContains,
		GetAttr: genericGetAttr, RichCompare: dictViewRichCompare, Iter: dictItemsIter,
	},
	methods: []MethodDef{
		{Name: "isdisjoint", Fn: dictViewIsdisjoint},
		{Name: "__reversed__", Fn: dictViewReversed},
	},
	getsets: dictViewGetsets,
}

// dict_values has no richcompare, so it keeps object's identity hash.
// dictViewMapping is the views' mapping attribute: a read-only proxy of
// the dict.
func dictViewMapping(m *Machine, self Value) (Value, error) {
	return m.NewMappingProxy(m.dictViewOf(self).dict), nil
}

var dictViewGetsets = []GetSetDef{{Name: "mapping", Get: dictViewMapping}}

var dictValuesSpec = typeSpec{name: "dict_values", basicSize: 24, flags: FlagHaveGC | flagDisallowInstantiation,
	slots: Slots{
		Repr: dictViewRepr, Len: dictViewLen, GetAttr: genericGetAttr, Iter: dictValuesIter,
		Hash: identityHash,
	},
	methods: []MethodDef{
		{Name: "__reversed__", Fn: dictViewReversed},
	},
	getsets: dictViewGetsets,
}
