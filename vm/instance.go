package vm

// Instances of classes defined in Python (CPython 3.11 Objects/dictobject.c
// and typeobject.c): managed dicts with inline values over the class's
// shared keys, __slots__ members, __dict__ and __class__.
//
// A class whose instances may have a __dict__ (and no builtin base with a
// layout of its own) has Py_TPFLAGS_MANAGED_DICT and a shared keys object
// (ht_cached_keys, Type.CachedKeys) made with the class: a split-table
// keys object of 64 slots and 30 usable entries. Each new instance takes
// one off the usable count (while more than one is left) and gets an
// inline values array as long as entries plus usable: attribute i of
// every instance lives at values[i]. The values array also records the
// order in which the instance set its attributes.
//
// A new attribute name is added to the shared keys (append-only, so
// indexes stay valid for every instance). The instance gets a dict of its
// own ("materialised") when the keys are full, when the name is not an
// exact str, or when __dict__ is asked for: the dict then shares the keys
// and adopts the values array, and the instance keeps it for good (the
// split dicts themselves are dict.go's).

// Instance is an instance of a class whose bases are all plain classes
// (object's layout): ob_refcnt, ob_type, then __slots__ members and the
// __weakref__ slot; the managed dict lives before the header.
type Instance struct {
	Header
	// values are the inline values (PyDictValues) while the instance has
	// no dict object; nil for classes without a managed dict.
	values *instanceValues
	// dict is the managed __dict__ once materialised (or assigned).
	dict *Dict
	// slots hold the __slots__ members by slot index: (offset - 16) / 8.
	slots []Value
	// The storage a new instance's values, order and slots use when they
	// fit, so that making an instance of a plain class is one Go
	// allocation.
	ownValues instanceValues
	valsBuf   [inlineValuesCap]Value
	orderBuf  [inlineValuesCap]uint8
	slotsBuf  [1]Value
}

// inlineValuesCap is how many inline values an Instance holds in its own
// allocation; a class whose instances need more gets a separate array.
const inlineValuesCap = 6

// instanceValues is PyDictValues: the values array and the insertion
// order of the indexes in use.
type instanceValues struct {
	vals  []Value
	order []uint8
}

func (o *Instance) traverse(visit func(Value)) {
	visit(o.typ.self)
	if o.values != nil {
		for _, v := range o.values.vals {
			if v != Null {
				visit(v)
			}
		}
	}
	if o.dict != nil {
		visit(o.dict.self)
	}
	for _, v := range o.slots {
		if v != Null {
			visit(v)
		}
	}
}

// sharedKeysLookup is _PyDictKeys_StringLookup: the entry index of name
// (an exact str) in split keys, or -1.
func (m *Machine) sharedKeysLookup(k *DictKeys, name Value) int {
	if ix := m.DictKeysStringLookup(k, name); ix >= 0 {
		return ix
	}
	return -1
}

// insertIntoSharedKeys is insert_into_dictkeys: the index of name in the
// shared keys, added at the end if there is room; -1 if not.
func (m *Machine) insertIntoSharedKeys(k *DictKeys, name Value) int {
	if ix := m.sharedKeysLookup(k, name); ix >= 0 {
		return ix
	}
	if k.usable <= 0 {
		return -1
	}
	h := m.str(name).strHash()
	k.version = 0
	slot := k.findEmptySlot(h)
	ix := len(k.entries)
	k.indices[slot] = int32(ix)
	k.entries = append(k.entries, dictEntry{hash: h, key: name})
	k.usable--
	k.nentries++
	return ix
}

// get returns the value of name (an exact str) or Null.
func (iv *instanceValues) get(m *Machine, k *DictKeys, name Value) Value {
	ix := m.sharedKeysLookup(k, name)
	if ix < 0 || ix >= len(iv.vals) {
		return Null
	}
	return iv.vals[ix]
}

func (iv *instanceValues) addToOrder(ix int) { iv.order = append(iv.order, uint8(ix)) }

func (iv *instanceValues) deleteFromOrder(ix int) {
	for i, o := range iv.order {
		if int(o) == ix {
			iv.order = append(iv.order[:i], iv.order[i+1:]...)
			return
		}
	}
}

// initInlineValues is init_inline_values: a new instance's values array,
// in o's own storage when it fits.
func initInlineValues(o *Instance, t *Type) *instanceValues {
	k := t.CachedKeys
	if k.usable > 1 {
		k.usable--
	}
	size := k.nentries + k.usable
	iv := &o.ownValues
	if size <= inlineValuesCap {
		iv.vals = o.valsBuf[:size:size]
		iv.order = o.orderBuf[:0]
	} else {
		iv.vals = make([]Value, size)
		iv.order = make([]uint8, 0, size)
	}
	return iv
}

// inlineValues returns obj's inline values, or nil if obj has a dict
// object (or no managed dict).
func (m *Machine) inlineValues(obj Value) *instanceValues {
	if o, ok := m.obj0(obj).(*Instance); ok {
		return o.values
	}
	return nil
}

// materializeDict gives an instance with inline values its dict
// (make_dict_from_instance_attributes): a split dict over the class's
// keys that adopts the values and their order; the instance keeps the
// dict from then on.
func (m *Machine) materializeDict(obj Value) *Dict {
	o := m.obj(obj).(*Instance)
	iv := o.values
	d := m.NewSplitDict(o.typ.CachedKeys, iv.vals, iv.order)
	o.values = nil
	o.dict = d
	return d
}

// newDictWithSharedKeys is new_dict_with_shared_keys: an empty split
// dict over a class's shared keys, its values array as long as the keys'
// entries plus their usable room.
func (m *Machine) newDictWithSharedKeys(k *DictKeys) *Dict {
	return m.NewSplitDict(k, make([]Value, k.nentries+k.usable), nil)
}

// storeInstanceAttribute is _PyObject_StoreInstanceAttribute: set (or,
// v Null, delete) name in obj's inline values.
func (m *Machine) storeInstanceAttribute(obj Value, iv *instanceValues, name, v Value) error {
	o := m.obj(obj).(*Instance)
	ix := -1
	if m.isExactStr(name) {
		ix = m.insertIntoSharedKeys(o.typ.CachedKeys, name)
	}
	if ix < 0 || ix >= len(iv.vals) {
		d := m.materializeDict(obj)
		if v == Null {
			found, err := m.DictDelete(d, name)
			if err == nil && !found {
				err = m.RaiseArgs(m.types.exceptions["KeyError"], name)
			}
			return err
		}
		return m.DictSet(d, name, v)
	}
	old := iv.vals[ix]
	iv.vals[ix] = v
	if old == Null {
		if v == Null {
			return m.Raisef(m.types.exceptions["AttributeError"],
				"'%s' object has no attribute '%s'", cTrunc(o.typ.Name, 100), m.str(name).S)
		}
		iv.addToOrder(ix)
	} else if v == Null {
		iv.deleteFromOrder(ix)
	}
	return nil
}

// dictPointer is _PyObject_DictPointer: where obj's __dict__ is kept
// (the pointer may hold nil: no dict yet), or nil if obj has none.
func (m *Machine) dictPointer(obj Value) **Dict {
	switch o := m.obj0(obj).(type) {
	case nil:
		return nil
	case *Instance:
		if o.typ.DictOffset == 0 {
			return nil
		}
		return &o.dict
	case *BaseException:
		return &o.dict
	case *Function:
		return &o.dict
	case *Module:
		return &o.Dict
	case *Type:
		return &o.Dict
	default:
		t := o.hdr().typ
		if t.DictOffset == 0 || !t.IsHeap() {
			return nil
		}
		return &m.extra(obj, true).dict
	}
}

// instanceDict is PyObject_GenericGetDict: obj's __dict__, made (or
// materialised) if needed; nil if obj cannot have one.
func (m *Machine) instanceDict(obj Value) *Dict {
	if o, ok := m.obj0(obj).(*Instance); ok && o.values != nil {
		return m.materializeDict(obj)
	}
	dp := m.dictPointer(obj)
	if dp == nil {
		return nil
	}
	if *dp == nil {
		*dp = m.NewDict()
	}
	return *dp
}

// instanceExtra is what a class adds to an instance of a builtin type
// whose Go struct has no room for it (class L(list): its __dict__ and
// __slots__). Owner identifies the object, whose handle may be reused
// after it dies.
type instanceExtra struct {
	owner Object
	dict  *Dict
	slots []Value
}

// extra returns the instance extras of obj (a builtin struct of a heap
// type), making them if make is set; nil otherwise.
func (m *Machine) extra(obj Value, make bool) *instanceExtra {
	om := &m.om
	o := m.obj(obj)
	if x := om.extras[obj]; x != nil {
		if x.owner == o {
			return x
		}
		delete(om.extras, obj) // the handle's former owner died
	}
	if !make {
		return nil
	}
	if om.extras == nil {
		om.extras = map[Value]*instanceExtra{}
		om.rootsObj = m.alloc(&extrasRoot{m: m}, m.types.Object)
		m.extraRoots = append(m.extraRoots, om.rootsObj)
	}
	x := &instanceExtra{owner: o}
	om.extras[obj] = x
	return x
}

// extrasRoot makes the instance extras reachable for the collector: an
// extra is live while its owner is the object at its handle. Stale
// entries (owner freed) are dropped when the collector next marks.
type extrasRoot struct {
	Header
	m *Machine
}

func (r *extrasRoot) traverse(visit func(Value)) {
	m := r.m
	for h, x := range m.om.extras {
		if int(h) >= len(m.heap.objs) || m.heap.objs[h] != x.owner {
			delete(m.om.extras, h)
			continue
		}
		if x.dict != nil {
			visit(x.dict.self)
		}
		for _, v := range x.slots {
			if v != Null {
				visit(v)
			}
		}
	}
}

// builtinBase returns the builtin type whose Go struct t's instances use:
// the first non-heap type on t's base chain.
func builtinBase(t *Type) *Type {
	for t.IsHeap() && t.Base != nil {
		t = t.Base
	}
	return t
}

// slotStorage returns the __slots__ storage of obj, sized for its type.
func (m *Machine) slotStorage(obj Value) []Value {
	t := m.TypeOf(obj)
	n := (t.BasicSize - builtinBase(t).BasicSize) / 8
	switch o := m.obj0(obj).(type) {
	case nil:
		return nil
	case *Instance:
		if len(o.slots) < n {
			o.slots = append(o.slots, make([]Value, n-len(o.slots))...)
		}
		return o.slots
	default:
		x := m.extra(obj, true)
		if len(x.slots) < n {
			x.slots = append(x.slots, make([]Value, n-len(x.slots))...)
		}
		return x.slots
	}
}

// newPlainInstance allocates an instance of t, a class with object's
// layout: object_new's tp_alloc and _PyObject_InitializeDict.
func (m *Machine) newPlainInstance(t *Type) Value {
	o := m.heap.newInstance()
	if t.Flags&FlagManagedDict != 0 && t.CachedKeys != nil {
		o.values = initInlineValues(o, t)
	}
	if n := (t.BasicSize - 16) / 8; n == 1 {
		o.slots = o.slotsBuf[:]
	} else if n > 0 {
		o.slots = make([]Value, n)
	}
	return m.allocAt(o, &o.Header, t)
}

// MemberDescriptor is member_descriptor: a __slots__ member of a class,
// stored at a fixed offset of its instances (T_OBJECT_EX).
type MemberDescriptor struct {
	Header
	Name   Value // str
	Owner  *Type
	Offset int
	// index is the member's position in the instance's slot storage,
	// or in the tuple's items if item (a structure sequence's field,
	// read-only).
	index int
	item  bool
}

func (d *MemberDescriptor) traverse(visit func(Value)) {
	visit(d.Name)
	visit(d.Owner.self)
}

// newMemberDescriptor makes the descriptor of the __slots__ member name
// of owner at offset.
func (m *Machine) newMemberDescriptor(owner *Type, name string, offset int) Value {
	d := &MemberDescriptor{Name: m.Intern(name), Owner: owner, Offset: offset,
		index: (offset - builtinBase(owner).BasicSize) / 8}
	return m.alloc(d, m.types.MemberDescriptor)
}

func (m *Machine) memberDescr(v Value) *MemberDescriptor {
	d, _ := m.obj0(v).(*MemberDescriptor)
	return d
}

var memberDescriptorSpec = typeSpec{
	name: "member_descriptor", basicSize: 48, flags: FlagHaveGC | FlagImmutable,
	slots: Slots{
		Repr: func(m *Machine, v Value) (Value, error) {
			d := m.memberDescr(v)
			return m.NewStr("<member '" + m.str(d.Name).S + "' of '" + tpName(d.Owner) + "' objects>"), nil
		},
		DescrGet: memberGet,
		DescrSet: memberSet,
	},
	methods: []MethodDef{{Name: "__reduce__", Fn: memberDescrReduce}},
	getsets: []GetSetDef{
		{Name: "__objclass__", Get: func(m *Machine, self Value) (Value, error) {
			return m.memberDescr(self).Owner.self, nil
		}, Set: readonlyMember},
		{Name: "__name__", Get: func(m *Machine, self Value) (Value, error) {
			return m.memberDescr(self).Name, nil
		}, Set: readonlyMember},
		{Name: "__doc__", Get: func(m *Machine, self Value) (Value, error) { return None, nil }},
		{Name: "__qualname__", Get: func(m *Machine, self Value) (Value, error) {
			d := m.memberDescr(self)
			return m.NewStr(typeQualName(d.Owner) + "." + m.str(d.Name).S), nil
		}},
	},
}

func memberGet(m *Machine, descr, obj Value, typ *Type) (Value, error) {
	d := m.memberDescr(descr)
	if obj == Null {
		return descr, nil
	}
	if err := m.descrApplies(m.str(d.Name).S, d.Owner, obj); err != nil {
		return Null, err
	}
	if d.item {
		return m.tuple(obj).Items[d.index], nil
	}
	slots := m.slotStorage(obj)
	if d.index >= len(slots) || slots[d.index] == Null {
		return Null, m.Raisef(m.types.exceptions["AttributeError"],
			"'%s' object has no attribute '%s'", cTrunc(tpName(m.TypeOf(obj)), 200), m.str(d.Name).S)
	}
	return slots[d.index], nil
}

func memberSet(m *Machine, descr, obj, v Value) error {
	d := m.memberDescr(descr)
	if err := m.descrApplies(m.str(d.Name).S, d.Owner, obj); err != nil {
		return err
	}
	if d.item {
		return m.Raisef(m.types.exceptions["AttributeError"], "readonly attribute")
	}
	slots := m.slotStorage(obj)
	if d.index >= len(slots) {
		return m.Raisef(m.types.SystemError, "bad memberdescr type for %s", m.str(d.Name).S)
	}
	if v == Null && slots[d.index] == Null {
		// PyMember_SetOne: the message is the bare name.
		return m.RaiseArgs(m.types.exceptions["AttributeError"], d.Name)
	}
	slots[d.index] = v
	return nil
}

// The __dict__ and __weakref__ attributes of classes that add them
// (subtype_getsets_full and friends).
var (
	subtypeDictGetSet = GetSetDef{Name: "__dict__", Get: subtypeDict, Set: subtypeSetDict}
	subtypeWeakGetSet = GetSetDef{Name: "__weakref__", Get: subtypeGetWeakref}
)

// builtinBaseWithDict is get_builtin_base_with_dict: the first builtin
// type on t's base chain that has a dict of its own (BaseException,
// function), whose __dict__ descriptor then serves.
func builtinBaseWithDict(t *Type) *Type {
	for ; t.Base != nil; t = t.Base {
		if t.DictOffset != 0 && !t.IsHeap() {
			return t
		}
	}
	return nil
}

// builtinDictDescriptor returns the data descriptor __dict__ of base, or
// Null.
func (m *Machine) builtinDictDescriptor(base *Type) Value {
	d := m.lookupType(base, m.Intern("__dict__"))
	if d == Null || m.TypeOf(d).DescrSet == nil {
		return Null
	}
	return d
}

func subtypeDict(m *Machine, obj Value) (Value, error) {
	t := m.TypeOf(obj)
	if base := builtinBaseWithDict(t); base != nil {
		d := m.builtinDictDescriptor(base)
		if d == Null || m.TypeOf(d).DescrGet == nil {
			return Null, m.typeError("this __dict__ descriptor does not support '%s' objects", cTrunc(t.Name, 200))
		}
		return m.TypeOf(d).DescrGet(m, d, obj, t)
	}
	d := m.instanceDict(obj)
	if d == nil {
		return Null, m.Raisef(m.types.exceptions["AttributeError"], "This object has no __dict__")
	}
	return d.self, nil
}

func subtypeSetDict(m *Machine, obj, v Value) error {
	t := m.TypeOf(obj)
	if base := builtinBaseWithDict(t); base != nil {
		d := m.builtinDictDescriptor(base)
		if d == Null {
			return m.typeError("this __dict__ descriptor does not support '%s' objects", cTrunc(t.Name, 200))
		}
		return m.TypeOf(d).DescrSet(m, d, obj, v)
	}
	// _PyObject_GetDictPtr materialises inline values first.
	if o, ok := m.obj0(obj).(*Instance); ok && o.values != nil {
		m.materializeDict(obj)
	}
	dp := m.dictPointer(obj)
	if dp == nil {
		return m.Raisef(m.types.exceptions["AttributeError"], "This object has no __dict__")
	}
	if v == Null {
		// Unlike object.__dict__, a class's __dict__ may be deleted.
		*dp = nil
		return nil
	}
	d, ok := m.obj0(v).(*Dict)
	if !ok {
		return m.typeError("__dict__ must be set to a dictionary, not a '%s'", cTrunc(m.typeName(v), 200))
	}
	*dp = d
	return nil
}

func subtypeGetWeakref(m *Machine, obj Value) (Value, error) {
	if m.TypeOf(obj).WeakrefOffset == 0 {
		return Null, m.Raisef(m.types.exceptions["AttributeError"], "This object has no __weakref__")
	}
	// Weak references are not kept: the list is always empty.
	return None, nil
}

// objectGetClass and objectSetClass are object.__class__.
func objectGetClass(m *Machine, self Value) (Value, error) { return m.TypeOf(self).self, nil }

func objectSetClass(m *Machine, self, v Value) error {
	if v == Null {
		return m.typeError("can't delete __class__ attribute")
	}
	newto := m.typeObj(v)
	if newto == nil {
		return m.typeError("__class__ must be set to a class, not '%s' object", m.typeName(v))
	}
	oldto := m.TypeOf(self)
	bothModules := newto.IsSubtype(m.types.Module) && oldto.IsSubtype(m.types.Module)
	if !bothModules && (!newto.IsHeap() || !oldto.IsHeap()) {
		return m.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if err := m.compatibleForAssignment(oldto, newto, "__class__"); err != nil {
		return err
	}
	// The shared keys belong to the old class: materialise first.
	if o, ok := m.obj0(self).(*Instance); ok && o.values != nil {
		m.materializeDict(self)
	}
	m.setType(self, newto)
	return nil
}

// compatibleWithBase is compatible_with_tp_base.
func compatibleWithBase(child *Type) bool {
	p := child.Base
	return p != nil && child.BasicSize == p.BasicSize && child.ItemSize == p.ItemSize &&
		child.DictOffset == p.DictOffset && child.WeakrefOffset == p.WeakrefOffset &&
		child.Flags&FlagHaveGC == p.Flags&FlagHaveGC && (child.IsHeap() || sameLayoutStruct(child, p))
}

// sameLayoutStruct stands for CPython's "same tp_dealloc" test between a
// builtin type and its base: they share a Go struct when the derived one
// adds no field.
func sameLayoutStruct(a, b *Type) bool { return a.BasicSize == b.BasicSize }

// sameSlotsAdded is same_slots_added.
func (m *Machine) sameSlotsAdded(a, b *Type) bool {
	base := a.Base
	size := base.BasicSize
	if a.DictOffset == size && b.DictOffset == size {
		size += 8
	}
	if a.WeakrefOffset == size && b.WeakrefOffset == size {
		size += 8
	}
	if !a.IsHeap() || !b.IsHeap() {
		return false
	}
	sa, sb := a.slotNames, b.slotNames
	if len(sa) != len(sb) {
		return false
	}
	for i := range sa {
		if sa[i] != sb[i] {
			return false
		}
	}
	size += 8 * len(sa)
	return size == a.BasicSize && size == b.BasicSize
}

// compatibleForAssignment is compatible_for_assignment.
func (m *Machine) compatibleForAssignment(oldto, newto *Type, attr string) error {
	newbase, oldbase := newto, oldto
	for compatibleWithBase(newbase) {
		newbase = newbase.Base
	}
	for compatibleWithBase(oldbase) {
		oldbase = oldbase.Base
	}
	differs := newbase != oldbase && (newbase.Base != oldbase.Base || !m.sameSlotsAdded(newbase, oldbase))
	if !differs && oldto.Flags&FlagManagedDict == newto.Flags&FlagManagedDict {
		return nil
	}
	return m.typeError("%s assignment: '%s' object layout differs from '%s'", attr, newto.Name, oldto.Name)
}

// What the specializer reads of an instance (LOAD_ATTR_INSTANCE_VALUE,
// LOAD_ATTR_WITH_HINT, STORE_ATTR_INSTANCE_VALUE).

// InlineValues returns obj's inline values array (values[i] belongs to
// entry i of its class's CachedKeys; Null where unset), or nil when obj
// has none: not an instance of a class with a managed dict, or its dict
// was materialised.
func (m *Machine) InlineValues(obj Value) []Value {
	if iv := m.inlineValues(obj); iv != nil {
		return iv.vals
	}
	return nil
}

// ManagedDict returns the dict object of an instance with a managed dict
// once it has one (nil otherwise).
func (m *Machine) ManagedDict(obj Value) *Dict {
	if o, ok := m.obj0(obj).(*Instance); ok {
		return o.dict
	}
	return nil
}

// StoreInlineValue sets entry ix of obj's inline values (the shared keys
// already hold the name), keeping the insertion order as
// _PyObject_StoreInstanceAttribute does; it reports false when obj has no
// inline values or ix is out of range.
func (m *Machine) StoreInlineValue(obj Value, ix int, v Value) bool {
	iv := m.inlineValues(obj)
	if iv == nil || ix < 0 || ix >= len(iv.vals) || v == Null {
		return false
	}
	if iv.vals[ix] == Null {
		iv.addToOrder(ix)
	}
	iv.vals[ix] = v
	return true
}

// HasGenericGetAttr reports whether t's tp_getattro is
// PyObject_GenericGetAttr (the specializer's precondition for most
// LOAD_ATTR forms).
func (t *Type) HasGenericGetAttr() bool { return sameSlot(t.GetAttr, genericGetAttr) }

// HasGenericSetAttr reports whether t's tp_setattro is
// PyObject_GenericSetAttr.
func (t *Type) HasGenericSetAttr() bool { return sameSlot(t.SetAttr, genericSetAttr) }
