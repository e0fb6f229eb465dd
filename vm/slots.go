package vm

import "unsafe"

// The slots of classes and the special methods of types (CPython 3.11
// Objects/typeobject.c: slotdefs, update_one_slot and the slot_*
// functions).
//
// The slotdefs table pairs each special method name with the slot it
// fills. It works both ways:
//
//   - A class (a heap type) gets, for every slot, either nothing, or the
//     slot function of a builtin base when the special method found in
//     its MRO is that base's own slot wrapper (class L(list) keeps list's
//     Go functions), or a generic slot function that looks the special
//     method up on the type at call time and calls it (slot_tp_repr,
//     slot_nb_add, …). Generic slot functions are package-level, so that
//     binary_op1 can tell that two operands share one (arith.go).
//   - A builtin type's namespace has a slot wrapper (wrapper_descriptor,
//     descr.go) for each slot its spec fills, so int.__add__ or
//     object.__init__ exist and classes find them.
//
// Setting or deleting a special method on a class re-derives the slot on
// the class and on its subclasses that do not define the name themselves
// (update_slot).

// slotID names a Go slot of Slots; the number slots are slotNumber+Nb*
// and slotInplace+Nb*.
type slotID uint8

const (
	slotRepr slotID = iota
	slotHash
	slotCall
	slotStr
	slotGetAttr
	slotSetAttr
	slotRichCompare
	slotIter
	slotNext
	slotDescrGet
	slotDescrSet
	slotInit
	slotNew
	slotNegative
	slotPositive
	slotAbsolute
	slotBool
	slotInvert
	slotInt
	slotFloat
	slotIndex
	slotLen
	slotGetItem
	slotSetItem
	slotContains
	slotDivmod
	slotNumber  // + Nb*
	slotInplace = slotNumber + NbCount
	slotCount   = slotInplace + NbCount
)

// wrapKind is the wrap_* function with which a slot wrapper calls its
// slot.
type wrapKind uint8

const (
	wkNone     wrapKind = iota // no wrapper (__getattr__, __new__)
	wkUnary                    // wrap_unaryfunc
	wkHash                     // wrap_hashfunc
	wkCall                     // wrap_call (keywords allowed)
	wkGetattr                  // wrap_binaryfunc for __getattribute__
	wkSetattr                  // wrap_setattr
	wkDelattr                  // wrap_delattr
	wkRichcmp                  // richcmp_*
	wkNext                     // wrap_next
	wkDescrGet                 // wrap_descr_get
	wkDescrSet                 // wrap_descr_set
	wkDescrDel                 // wrap_descr_delete
	wkInit                     // wrap_init (keywords allowed)
	wkBinaryL                  // wrap_binaryfunc_l, wrap_binaryfunc
	wkBinaryR                  // wrap_binaryfunc_r
	wkTernary                  // wrap_ternaryfunc (__pow__)
	wkTernaryR                 // wrap_ternaryfunc_r (__rpow__)
	wkInquiry                  // wrap_inquirypred (__bool__)
	wkLen                      // wrap_lenfunc
	wkSetitem                  // wrap_objobjargproc
	wkDelitem                  // wrap_delitem
	wkContains                 // wrap_objobjproc
)

// dunderDef is one entry of CPython's slotdefs: a special method name, the
// slot it fills, and how its slot wrapper calls the slot.
type dunderDef struct {
	name string
	slot slotID
	wrap wrapKind
	op   CompareOp // wkRichcmp
	doc  string
}

// dunderDefs follows CPython's table order (the order of slot wrappers in
// a builtin type's namespace); entries of one slot are consecutive.
var dunderDefs = buildDunderDefs()

func buildDunderDefs() []dunderDef {
	d := []dunderDef{
		{name: "__repr__", slot: slotRepr, wrap: wkUnary, doc: "Return repr(self)."},
		{name: "__hash__", slot: slotHash, wrap: wkHash, doc: "Return hash(self)."},
		{name: "__call__", slot: slotCall, wrap: wkCall, doc: "Call self as a function."},
		{name: "__str__", slot: slotStr, wrap: wkUnary, doc: "Return str(self)."},
		{name: "__getattribute__", slot: slotGetAttr, wrap: wkGetattr, doc: "Return getattr(self, name)."},
		{name: "__getattr__", slot: slotGetAttr},
		{name: "__setattr__", slot: slotSetAttr, wrap: wkSetattr, doc: "Implement setattr(self, name, value)."},
		{name: "__delattr__", slot: slotSetAttr, wrap: wkDelattr, doc: "Implement delattr(self, name)."},
	}
	for op, n := range richcmpNames {
		d = append(d, dunderDef{name: n, slot: slotRichCompare, wrap: wkRichcmp, op: CompareOp(op),
			doc: "Return self" + compareOpSymbol[op] + "value."})
	}
	d = append(d,
		dunderDef{name: "__iter__", slot: slotIter, wrap: wkUnary, doc: "Implement iter(self)."},
		dunderDef{name: "__next__", slot: slotNext, wrap: wkNext, doc: "Implement next(self)."},
		dunderDef{name: "__get__", slot: slotDescrGet, wrap: wkDescrGet, doc: "Return an attribute of instance, which is of type owner."},
		dunderDef{name: "__set__", slot: slotDescrSet, wrap: wkDescrSet, doc: "Set an attribute of instance to value."},
		dunderDef{name: "__delete__", slot: slotDescrSet, wrap: wkDescrDel, doc: "Delete an attribute of instance."},
		dunderDef{name: "__init__", slot: slotInit, wrap: wkInit, doc: "Initialize self.  See help(type(self)) for accurate signature."},
		dunderDef{name: "__new__", slot: slotNew},
	)
	bin := func(nb int, name, rname, sym string) {
		d = append(d,
			dunderDef{name: name, slot: slotNumber + slotID(nb), wrap: wkBinaryL, doc: "Return self" + sym + "value."},
			dunderDef{name: rname, slot: slotNumber + slotID(nb), wrap: wkBinaryR, doc: "Return value" + sym + "self."})
	}
	un := func(s slotID, name string, wk wrapKind, doc string) {
		d = append(d, dunderDef{name: name, slot: s, wrap: wk, doc: doc})
	}
	inp := func(nb int, name, sym string) {
		d = append(d, dunderDef{name: name, slot: slotInplace + slotID(nb), wrap: wkBinaryL, doc: "Return self" + sym + "value."})
	}
	bin(NbAdd, "__add__", "__radd__", "+")
	bin(NbSubtract, "__sub__", "__rsub__", "-")
	bin(NbMultiply, "__mul__", "__rmul__", "*")
	bin(NbRemainder, "__mod__", "__rmod__", "%")
	d = append(d,
		dunderDef{name: "__divmod__", slot: slotDivmod, wrap: wkBinaryL, doc: "Return divmod(self, value)."},
		dunderDef{name: "__rdivmod__", slot: slotDivmod, wrap: wkBinaryR, doc: "Return divmod(value, self)."},
		dunderDef{name: "__pow__", slot: slotNumber + NbPower, wrap: wkTernary, doc: "Return pow(self, value, mod)."},
		dunderDef{name: "__rpow__", slot: slotNumber + NbPower, wrap: wkTernaryR, doc: "Return pow(value, self, mod)."})
	un(slotNegative, "__neg__", wkUnary, "-self")
	un(slotPositive, "__pos__", wkUnary, "+self")
	un(slotAbsolute, "__abs__", wkUnary, "abs(self)")
	un(slotBool, "__bool__", wkInquiry, "True if self else False")
	un(slotInvert, "__invert__", wkUnary, "~self")
	bin(NbLshift, "__lshift__", "__rlshift__", "<<")
	bin(NbRshift, "__rshift__", "__rrshift__", ">>")
	bin(NbAnd, "__and__", "__rand__", "&")
	bin(NbXor, "__xor__", "__rxor__", "^")
	bin(NbOr, "__or__", "__ror__", "|")
	un(slotInt, "__int__", wkUnary, "int(self)")
	un(slotFloat, "__float__", wkUnary, "float(self)")
	inp(NbAdd, "__iadd__", "+=")
	inp(NbSubtract, "__isub__", "-=")
	inp(NbMultiply, "__imul__", "*=")
	inp(NbRemainder, "__imod__", "%=")
	inp(NbPower, "__ipow__", "**=")
	inp(NbLshift, "__ilshift__", "<<=")
	inp(NbRshift, "__irshift__", ">>=")
	inp(NbAnd, "__iand__", "&=")
	inp(NbXor, "__ixor__", "^=")
	inp(NbOr, "__ior__", "|=")
	bin(NbFloorDivide, "__floordiv__", "__rfloordiv__", "//")
	bin(NbTrueDivide, "__truediv__", "__rtruediv__", "/")
	inp(NbFloorDivide, "__ifloordiv__", "//=")
	inp(NbTrueDivide, "__itruediv__", "/=")
	un(slotIndex, "__index__", wkUnary, "Return self converted to an integer, if self is suitable for use as an index into a list.")
	bin(NbMatrixMultiply, "__matmul__", "__rmatmul__", "@")
	inp(NbMatrixMultiply, "__imatmul__", "@=")
	un(slotLen, "__len__", wkLen, "Return len(self).")
	un(slotGetItem, "__getitem__", wkBinaryL, "Return self[key].")
	un(slotSetItem, "__setitem__", wkSetitem, "Set self[key] to value.")
	un(slotSetItem, "__delitem__", wkDelitem, "Delete self[key].")
	un(slotContains, "__contains__", wkContains, "Return key in self.")
	return d
}

// slotGroups are the dunderDefs of each slot, in table order.
var slotGroups = func() [slotCount][]*dunderDef {
	var g [slotCount][]*dunderDef
	for i := range dunderDefs {
		p := &dunderDefs[i]
		g[p.slot] = append(g[p.slot], p)
	}
	return g
}()

// slotsByName maps a special method name to its dunderDefs.
var slotsByName = func() map[string][]*dunderDef {
	n := map[string][]*dunderDef{}
	for i := range dunderDefs {
		p := &dunderDefs[i]
		n[p.name] = append(n[p.name], p)
	}
	return n
}()

// slotOrder lists the slots in the order of their first dunderDef.
var slotOrder = func() []slotID {
	var o []slotID
	seen := [slotCount]bool{}
	for _, p := range dunderDefs {
		if !seen[p.slot] {
			seen[p.slot] = true
			o = append(o, p.slot)
		}
	}
	return o
}()

// funcPointer identifies a Go function by its code address (nil: 0), as
// reflect.Value.Pointer does, but cheaply enough for attribute lookups: a
// func value is a pointer to a closure record whose first word is the
// code address. f must hold a func (or be nil).
func funcPointer(f any) uintptr {
	p := (*[2]unsafe.Pointer)(unsafe.Pointer(&f))[1]
	if p == nil {
		return 0
	}
	return *(*uintptr)(p)
}

// sameSlot reports whether two slot functions are the same Go function,
// as CPython compares slot pointers.
func sameSlot[F any](a, b F) bool { return funcPointer(a) == funcPointer(b) }

// getSlot returns the function in slot s of t, or nil.
func (t *Type) getSlot(s slotID) any {
	var f any
	switch {
	case s >= slotInplace:
		f = t.InplaceNumber[s-slotInplace]
	case s >= slotNumber:
		f = t.Number[s-slotNumber]
	default:
		switch s {
		case slotRepr:
			f = t.Repr
		case slotHash:
			f = t.Hash
		case slotCall:
			f = t.Call
		case slotStr:
			f = t.Str
		case slotGetAttr:
			f = t.GetAttr
		case slotSetAttr:
			f = t.SetAttr
		case slotRichCompare:
			f = t.RichCompare
		case slotIter:
			f = t.Iter
		case slotNext:
			f = t.Next
		case slotDescrGet:
			f = t.DescrGet
		case slotDescrSet:
			f = t.DescrSet
		case slotInit:
			f = t.Init
		case slotNew:
			f = t.New
		case slotNegative:
			f = t.Negative
		case slotPositive:
			f = t.Positive
		case slotAbsolute:
			f = t.Absolute
		case slotBool:
			f = t.Bool
		case slotInvert:
			f = t.Invert
		case slotInt:
			f = t.Int
		case slotFloat:
			f = t.Float
		case slotIndex:
			f = t.Index
		case slotLen:
			f = t.Len
		case slotGetItem:
			f = t.GetItem
		case slotSetItem:
			f = t.SetItem
		case slotContains:
			f = t.Contains
		case slotDivmod:
			f = t.Divmod
		}
	}
	if funcPointer(f) == 0 {
		return nil
	}
	return f
}

// setSlot stores f (nil clears) in slot s of t.
func (t *Type) setSlot(s slotID, f any) {
	switch {
	case s >= slotInplace:
		t.InplaceNumber[s-slotInplace], _ = f.(BinaryFunc)
		return
	case s >= slotNumber:
		t.Number[s-slotNumber], _ = f.(BinaryFunc)
		return
	}
	switch s {
	case slotRepr:
		t.Repr, _ = f.(UnaryFunc)
	case slotHash:
		t.Hash, _ = f.(func(*Machine, Value) (int64, error))
	case slotCall:
		t.Call, _ = f.(CallFunc)
	case slotStr:
		t.Str, _ = f.(UnaryFunc)
	case slotGetAttr:
		t.GetAttr, _ = f.(func(*Machine, Value, Value) (Value, error))
	case slotSetAttr:
		t.SetAttr, _ = f.(func(*Machine, Value, Value, Value) error)
	case slotRichCompare:
		t.RichCompare, _ = f.(func(*Machine, Value, Value, CompareOp) (Value, error))
	case slotIter:
		t.Iter, _ = f.(UnaryFunc)
	case slotNext:
		t.Next, _ = f.(UnaryFunc)
	case slotDescrGet:
		t.DescrGet, _ = f.(func(*Machine, Value, Value, *Type) (Value, error))
	case slotDescrSet:
		t.DescrSet, _ = f.(func(*Machine, Value, Value, Value) error)
	case slotInit:
		t.Init, _ = f.(func(*Machine, Value, []Value, []Value) error)
	case slotNew:
		t.New, _ = f.(func(*Machine, *Type, []Value, []Value) (Value, error))
	case slotNegative:
		t.Negative, _ = f.(UnaryFunc)
	case slotPositive:
		t.Positive, _ = f.(UnaryFunc)
	case slotAbsolute:
		t.Absolute, _ = f.(UnaryFunc)
	case slotBool:
		t.Bool, _ = f.(func(*Machine, Value) (bool, error))
	case slotInvert:
		t.Invert, _ = f.(UnaryFunc)
	case slotInt:
		t.Int, _ = f.(UnaryFunc)
	case slotFloat:
		t.Float, _ = f.(UnaryFunc)
	case slotIndex:
		t.Index, _ = f.(UnaryFunc)
	case slotLen:
		t.Len, _ = f.(func(*Machine, Value) (int, error))
	case slotGetItem:
		t.GetItem, _ = f.(func(*Machine, Value, Value) (Value, error))
	case slotSetItem:
		t.SetItem, _ = f.(func(*Machine, Value, Value, Value) error)
	case slotContains:
		t.Contains, _ = f.(func(*Machine, Value, Value) (bool, error))
	case slotDivmod:
		t.Divmod, _ = f.(BinaryFunc)
	}
}

// genericSlot returns the slot_* function of slot s.
func genericSlot(s slotID) any {
	switch {
	case s >= slotInplace:
		return slotNbInplace[s-slotInplace]
	case s >= slotNumber:
		return slotNbBinary[s-slotNumber]
	}
	switch s {
	case slotRepr:
		return UnaryFunc(slotTpRepr)
	case slotHash:
		return slotTpHash
	case slotCall:
		return CallFunc(slotTpCall)
	case slotStr:
		return UnaryFunc(slotTpStr)
	case slotGetAttr:
		return slotTpGetattrHook
	case slotSetAttr:
		return slotTpSetattro
	case slotRichCompare:
		return slotTpRichcompare
	case slotIter:
		return UnaryFunc(slotTpIter)
	case slotNext:
		return UnaryFunc(slotTpIternext)
	case slotDescrGet:
		return slotTpDescrGet
	case slotDescrSet:
		return slotTpDescrSet
	case slotInit:
		return slotTpInit
	case slotNew:
		return slotTpNew
	case slotNegative:
		return UnaryFunc(slotNbNegative)
	case slotPositive:
		return UnaryFunc(slotNbPositive)
	case slotAbsolute:
		return UnaryFunc(slotNbAbsolute)
	case slotBool:
		return slotNbBool
	case slotInvert:
		return UnaryFunc(slotNbInvert)
	case slotInt:
		return UnaryFunc(slotNbInt)
	case slotFloat:
		return UnaryFunc(slotNbFloat)
	case slotIndex:
		return UnaryFunc(slotNbIndex)
	case slotDivmod:
		return BinaryFunc(slotNbDivmod)
	case slotLen:
		return slotMpLength
	case slotGetItem:
		return slotMpSubscript
	case slotSetItem:
		return slotMpAssSubscript
	case slotContains:
		return slotSqContains
	}
	return nil
}

// fixupSlots is fixup_slot_dispatchers: every slot of the class t from
// the special methods found in its MRO.
func (m *Machine) fixupSlots(t *Type) {
	for _, s := range slotOrder {
		m.updateOneSlot(t, s)
	}
}

// updateOneSlot is update_one_slot for slot s of t: nothing if none of
// the slot's special methods is found in t's MRO; the builtin function
// when they all resolve to one builtin type's slot wrapper (or __new__);
// unhashable for __hash__ = None; otherwise the generic slot function.
func (m *Machine) updateOneSlot(t *Type, s slotID) {
	var generic, specific any
	var specificOwner *Type
	useGeneric, found := false, false
	for _, p := range slotGroups[s] {
		descr, _ := m.findNameInMRO(t, m.Intern(p.name))
		if descr == Null {
			continue
		}
		found = true
		switch d := m.obj0(descr).(type) {
		case *WrapperDescriptor:
			if d.Def.name == p.name {
				generic = genericSlot(s)
				if (specific == nil || funcPointer(specific) == funcPointer(d.Fn)) && d.Def == p && t.IsSubtype(d.Owner) {
					specific = d.Fn
					specificOwner = d.Owner
				} else {
					useGeneric = true
				}
				continue
			}
		case *BuiltinFunction:
			if d.Def == &tpNewWrapperDef && s == slotNew {
				// __new__ of a builtin type: tp_new as inherited.
				specific = t.getSlot(slotNew)
				continue
			}
		}
		if descr == None && s == slotHash {
			// __hash__ = None: unhashable, not inherited.
			specific = hashNotImplemented
			continue
		}
		useGeneric = true
		generic = genericSlot(s)
	}
	var f any
	if specific != nil && !useGeneric {
		f = specific
	} else {
		f = generic
		specificOwner = nil
	}
	if !found && s != slotNew {
		// A builtin base whose namespace lacks the slot's wrapper still
		// lends its slot (CPython would have found the wrapper).
		if b := builtinBase(t); b != t {
			f = b.getSlot(s)
			specificOwner = b
		}
	}
	t.setSlot(s, f)
	if s == slotNumber+NbPower {
		switch {
		case f == nil:
			t.Pow3 = nil
		case specificOwner != nil:
			t.Pow3 = specificOwner.Pow3
		default:
			t.Pow3 = slotNbPower3
		}
	}
}

// updateSlot is update_slot: the slots that name affects, re-derived on
// t and on its subclasses that do not define name themselves.
func (m *Machine) updateSlot(t *Type, name Value) {
	defs := slotsByName[m.str(name).S]
	if len(defs) == 0 {
		return
	}
	var slots []slotID
	for _, p := range defs {
		slots = append(slots, p.slot)
	}
	m.updateSubclasses(t, name, slots)
}

func (m *Machine) updateSubclasses(t *Type, name Value, slots []slotID) {
	for _, s := range slots {
		m.updateOneSlot(t, s)
	}
	for _, sub := range t.subclasses {
		if sub.Dict != nil {
			if v, _ := m.DictGet(sub.Dict, name); v != Null {
				continue
			}
		}
		m.updateSubclasses(sub, name, slots)
	}
}

// The generic slot functions (CPython's slot_*): each looks its special
// method up on the type of self when called.

// callMaybeMethod is vectorcall_maybe: self's special method name called
// with args; found is false when the type has no such attribute.
func (m *Machine) callMaybeMethod(self Value, name string, args ...Value) (r Value, found bool, err error) {
	f, unbound, err := m.lookupMaybeMethod(self, m.Intern(name))
	if err != nil || f == Null {
		return Null, false, err
	}
	r, err = m.callUnbound(f, unbound, self, args)
	return r, true, err
}

func slotTpRepr(m *Machine, self Value) (Value, error) {
	r, found, err := m.callMaybeMethod(self, "__repr__")
	if found || err != nil {
		return r, err
	}
	return m.NewStr("<" + m.typeName(self) + " object at " + hexAddr(m.FakeAddress(self)) + ">"), nil
}

func slotTpStr(m *Machine, self Value) (Value, error) { return m.callSpecial(self, "__str__") }

func slotTpHash(m *Machine, self Value) (int64, error) {
	f, unbound, err := m.lookupMaybeMethod(self, m.Intern("__hash__"))
	if err != nil {
		return 0, err
	}
	if f == None || f == Null {
		return hashNotImplemented(m, self)
	}
	r, err := m.callUnbound(f, unbound, self, nil)
	if err != nil {
		return 0, err
	}
	if !r.IsSmallInt() && r != True && r != False && m.intObj(r) == nil {
		return 0, m.typeError("__hash__ method should return an integer")
	}
	h, ok := m.Int64(r)
	if !ok {
		// Outside Py_ssize_t: the int's own hash.
		return m.Hash(m.exactInt(r))
	}
	if h == -1 {
		h = -2
	}
	return h, nil
}

// exactInt returns the exact int equal to v (an int or subclass).
func (m *Machine) exactInt(v Value) Value {
	if b, ok := m.BigInt(v); ok {
		return m.NewBigInt(b)
	}
	return v
}

func slotTpCall(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	f, unbound, err := m.lookupMaybeMethod(self, m.Intern("__call__"))
	if err != nil {
		return Null, err
	}
	if f == Null {
		return Null, m.RaiseArgs(m.types.exceptions["AttributeError"], m.Intern("__call__"))
	}
	if unbound {
		all := make([]Value, 1+len(args))
		all[0] = self
		copy(all[1:], args)
		return m.Call(f, all, kwnames)
	}
	return m.Call(f, args, kwnames)
}

// slotTpGetattrHook is slot_tp_getattr_hook: __getattribute__, then
// __getattr__ after an AttributeError.
func slotTpGetattrHook(m *Machine, self, name Value) (Value, error) {
	t := m.TypeOf(self)
	getattr := m.lookupType(t, m.Intern("__getattr__"))
	getattribute := m.lookupType(t, m.Intern("__getattribute__"))
	var r Value
	var err error
	if getattribute == Null || isGenericGetattrWrapper(m, getattribute) {
		r, err = m.GenericGetAttr(self, name)
	} else {
		r, err = m.callAttribute(self, getattribute, name)
	}
	if getattr != Null && err != nil && m.isRaise(err, m.types.exceptions["AttributeError"]) {
		r, err = m.callAttribute(self, getattr, name)
	}
	return r, err
}

func isGenericGetattrWrapper(m *Machine, v Value) bool {
	d, ok := m.obj0(v).(*WrapperDescriptor)
	return ok && funcPointer(d.Fn) == funcPointer(genericGetAttr)
}

// callAttribute is call_attribute: attr (from the type) bound to self
// if it is a descriptor, called with name.
func (m *Machine) callAttribute(self, attr, name Value) (Value, error) {
	if get := m.TypeOf(attr).DescrGet; get != nil {
		if m.isMethodDescriptor(attr) {
			return m.Call(attr, []Value{self, name}, nil)
		}
		b, err := get(m, attr, self, m.TypeOf(self))
		if err != nil {
			return Null, err
		}
		attr = b
	}
	return m.Call(attr, []Value{name}, nil)
}

func slotTpSetattro(m *Machine, self, name, v Value) error {
	var err error
	if v == Null {
		_, err = m.callSpecial(self, "__delattr__", name)
	} else {
		_, err = m.callSpecial(self, "__setattr__", name, v)
	}
	return err
}

var richcmpNames = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

func slotTpRichcompare(m *Machine, self, other Value, op CompareOp) (Value, error) {
	r, found, err := m.callMaybeMethod(self, richcmpNames[op], other)
	if !found && err == nil {
		return NotImplemented, nil
	}
	return r, err
}

func slotTpIter(m *Machine, self Value) (Value, error) {
	f, unbound, err := m.lookupMaybeMethod(self, m.Intern("__iter__"))
	if err != nil {
		return Null, err
	}
	if f == None {
		return Null, m.typeError("'%s' object is not iterable", cTrunc(m.typeName(self), 200))
	}
	if f != Null {
		return m.callUnbound(f, unbound, self, nil)
	}
	g, _, err := m.lookupMaybeMethod(self, m.Intern("__getitem__"))
	if err != nil {
		return Null, err
	}
	if g == Null {
		return Null, m.typeError("'%s' object is not iterable", cTrunc(m.typeName(self), 200))
	}
	return m.newSeqIter(self), nil
}

// slotTpIternext is slot_tp_iternext: a StopIteration from __next__ is
// exhaustion (Null, nil).
func slotTpIternext(m *Machine, self Value) (Value, error) {
	r, err := m.callSpecial(self, "__next__")
	if err != nil && m.isRaise(err, m.types.exceptions["StopIteration"]) {
		return Null, nil
	}
	return r, err
}

func slotTpDescrGet(m *Machine, self, obj Value, typ *Type) (Value, error) {
	t := m.TypeOf(self)
	get := m.lookupType(t, m.Intern("__get__"))
	if get == Null {
		return self, nil
	}
	if obj == Null {
		obj = None
	}
	tv := None
	if typ != nil {
		tv = typ.self
	}
	if m.isMethodDescriptor(get) {
		return m.Call(get, []Value{self, obj, tv}, nil)
	}
	f, err := m.bindToSelf(get, self)
	if err != nil {
		return Null, err
	}
	return m.Call(f, []Value{obj, tv}, nil)
}

// bindToSelf binds attr found on self's type to self, through its
// __get__ if it has one.
func (m *Machine) bindToSelf(attr, self Value) (Value, error) {
	if get := m.TypeOf(attr).DescrGet; get != nil {
		return get(m, attr, self, m.TypeOf(self))
	}
	return attr, nil
}

func slotTpDescrSet(m *Machine, self, target, v Value) error {
	var err error
	if v == Null {
		_, err = m.callSpecial(self, "__delete__", target)
	} else {
		_, err = m.callSpecial(self, "__set__", target, v)
	}
	return err
}

func slotTpInit(m *Machine, self Value, args, kwnames []Value) error {
	if m.strInit == Null {
		m.strInit = m.Intern("__init__")
	}
	f, unbound, err := m.lookupMaybeMethod(self, m.strInit)
	if err != nil {
		return err
	}
	if f == Null {
		return m.RaiseArgs(m.types.exceptions["AttributeError"], m.Intern("__init__"))
	}
	var r Value
	if unbound {
		all := make([]Value, 1+len(args))
		all[0] = self
		copy(all[1:], args)
		r, err = m.Call(f, all, kwnames)
	} else {
		r, err = m.Call(f, args, kwnames)
	}
	if err != nil {
		return err
	}
	if r != None {
		return m.typeError("__init__() should return None, not '%s'", cTrunc(m.typeName(r), 200))
	}
	return nil
}

// slotTpNew is slot_tp_new: type.__new__ looked up as an attribute of
// the class (a staticmethod) and called with the class first.
func slotTpNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	f, err := m.GetAttr(t.self, m.Intern("__new__"))
	if err != nil {
		return Null, err
	}
	all := make([]Value, 1+len(args))
	all[0] = t.self
	copy(all[1:], args)
	return m.Call(f, all, kwnames)
}

func slotNbNegative(m *Machine, self Value) (Value, error) { return m.callSpecial(self, "__neg__") }
func slotNbPositive(m *Machine, self Value) (Value, error) { return m.callSpecial(self, "__pos__") }
func slotNbAbsolute(m *Machine, self Value) (Value, error) { return m.callSpecial(self, "__abs__") }
func slotNbInvert(m *Machine, self Value) (Value, error)   { return m.callSpecial(self, "__invert__") }
func slotNbInt(m *Machine, self Value) (Value, error)      { return m.callSpecial(self, "__int__") }
func slotNbFloat(m *Machine, self Value) (Value, error)    { return m.callSpecial(self, "__float__") }
func slotNbIndex(m *Machine, self Value) (Value, error)    { return m.callSpecial(self, "__index__") }

// slotNbBool is slot_nb_bool: __bool__ must return a bool; without it,
// __len__ decides.
func slotNbBool(m *Machine, self Value) (bool, error) {
	r, found, err := m.callMaybeMethod(self, "__bool__")
	if err != nil {
		return false, err
	}
	if found {
		if r != True && r != False {
			return false, m.typeError("__bool__ should return bool, returned %s", m.typeName(r))
		}
		return r == True, nil
	}
	r, found, err = m.callMaybeMethod(self, "__len__")
	if err != nil || !found {
		return true, err
	}
	return m.Truth(r)
}

// slotMpLength is slot_mp_length: __len__'s result through __index__,
// at least 0 and an index-sized int.
func slotMpLength(m *Machine, self Value) (int, error) {
	r, err := m.callSpecial(self, "__len__")
	if err != nil {
		return 0, err
	}
	r, err = m.NumberIndex(r)
	if err != nil {
		return 0, err
	}
	b, _ := m.BigInt(r)
	if b.Sign() < 0 {
		return 0, m.Raisef(m.types.ValueError, "__len__() should return >= 0")
	}
	if !b.IsInt64() {
		return 0, m.Raisef(m.types.exceptions["OverflowError"], "cannot fit '%s' into an index-sized integer", m.typeName(r))
	}
	return int(b.Int64()), nil
}

func slotMpSubscript(m *Machine, self, key Value) (Value, error) {
	return m.callSpecial(self, "__getitem__", key)
}

func slotMpAssSubscript(m *Machine, self, key, v Value) error {
	var err error
	if v == Null {
		_, err = m.callSpecial(self, "__delitem__", key)
	} else {
		_, err = m.callSpecial(self, "__setitem__", key, v)
	}
	return err
}

// slotSqContains is slot_sq_contains: __contains__, None meaning "not a
// container", or iteration when the type has no __contains__.
func slotSqContains(m *Machine, self, v Value) (bool, error) {
	f, unbound, err := m.lookupMaybeMethod(self, m.Intern("__contains__"))
	if err != nil {
		return false, err
	}
	if f == None {
		return false, m.typeError("'%s' object is not a container", cTrunc(m.typeName(self), 200))
	}
	if f != Null {
		r, err := m.callUnbound(f, unbound, self, []Value{v})
		if err != nil {
			return false, err
		}
		return m.Truth(r)
	}
	it, err := m.GetIter(self)
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

// nbNames are the special method names of the binary operators, by Nb*.
var nbNames = [NbCount][2]string{
	NbAdd:            {"__add__", "__radd__"},
	NbAnd:            {"__and__", "__rand__"},
	NbFloorDivide:    {"__floordiv__", "__rfloordiv__"},
	NbLshift:         {"__lshift__", "__rlshift__"},
	NbMatrixMultiply: {"__matmul__", "__rmatmul__"},
	NbMultiply:       {"__mul__", "__rmul__"},
	NbRemainder:      {"__mod__", "__rmod__"},
	NbOr:             {"__or__", "__ror__"},
	NbPower:          {"__pow__", "__rpow__"},
	NbRshift:         {"__rshift__", "__rrshift__"},
	NbSubtract:       {"__sub__", "__rsub__"},
	NbTrueDivide:     {"__truediv__", "__rtruediv__"},
	NbXor:            {"__xor__", "__rxor__"},
}

var nbInplaceNames = [NbCount]string{
	NbAdd: "__iadd__", NbAnd: "__iand__", NbFloorDivide: "__ifloordiv__", NbLshift: "__ilshift__",
	NbMatrixMultiply: "__imatmul__", NbMultiply: "__imul__", NbRemainder: "__imod__", NbOr: "__ior__",
	NbPower: "__ipow__", NbRshift: "__irshift__", NbSubtract: "__isub__", NbTrueDivide: "__itruediv__",
	NbXor: "__ixor__",
}

// slotNbBinary are slot_nb_add and friends, one package-level function
// per operator (binary_op1 compares them by identity). Filled by init:
// they refer to the table themselves.
var slotNbBinary [NbCount]BinaryFunc

func init() { slotNbBinary = slotNbBinaryFuncs }

var slotNbBinaryFuncs = [NbCount]BinaryFunc{
	NbAdd:            func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbAdd, a, b) },
	NbAnd:            func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbAnd, a, b) },
	NbFloorDivide:    func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbFloorDivide, a, b) },
	NbLshift:         func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbLshift, a, b) },
	NbMatrixMultiply: func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbMatrixMultiply, a, b) },
	NbMultiply:       func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbMultiply, a, b) },
	NbRemainder:      func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbRemainder, a, b) },
	NbOr:             func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbOr, a, b) },
	NbPower:          func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbPower, a, b) },
	NbRshift:         func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbRshift, a, b) },
	NbSubtract:       func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbSubtract, a, b) },
	NbTrueDivide:     func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbTrueDivide, a, b) },
	NbXor:            func(m *Machine, a, b Value) (Value, error) { return m.slotBinary(NbXor, a, b) },
}

// slotNbInplace are slot_nb_inplace_add and friends: the in-place method
// called as is.
var slotNbInplace = [NbCount]BinaryFunc{
	NbAdd:         func(m *Machine, a, b Value) (Value, error) { return m.callSpecial(a, nbInplaceNames[NbAdd], b) },
	NbAnd:         func(m *Machine, a, b Value) (Value, error) { return m.callSpecial(a, nbInplaceNames[NbAnd], b) },
	NbFloorDivide: func(m *Machine, a, b Value) (Value, error) { return m.callSpecial(a, nbInplaceNames[NbFloorDivide], b) },
	NbLshift:      func(m *Machine, a, b Value) (Value, error) { return m.callSpecial(a, nbInplaceNames[NbLshift], b) },
	NbMatrixMultiply: func(m *Machine, a, b Value) (Value, error) {
		return m.callSpecial(a, nbInplaceNames[NbMatrixMultiply], b)
	},
	NbMultiply:   func(m *Machine, a, b Value) (Value, error) { return m.callSpecial(a, nbInplaceNames[NbMultiply], b) },
	NbRemainder:  func(m *Machine, a, b Value) (Value, error) { return m.callSpecial(a, nbInplaceNames[NbRemainder], b) },
	NbOr:         func(m *Machine, a, b Value) (Value, error) { return m.callSpecial(a, nbInplaceNames[NbOr], b) },
	NbPower:      func(m *Machine, a, b Value) (Value, error) { return m.callSpecial(a, nbInplaceNames[NbPower], b) },
	NbRshift:     func(m *Machine, a, b Value) (Value, error) { return m.callSpecial(a, nbInplaceNames[NbRshift], b) },
	NbSubtract:   func(m *Machine, a, b Value) (Value, error) { return m.callSpecial(a, nbInplaceNames[NbSubtract], b) },
	NbTrueDivide: func(m *Machine, a, b Value) (Value, error) { return m.callSpecial(a, nbInplaceNames[NbTrueDivide], b) },
	NbXor:        func(m *Machine, a, b Value) (Value, error) { return m.callSpecial(a, nbInplaceNames[NbXor], b) },
}

// slotBinary is SLOT1BINFULL: the left operand's method, the right
// operand's reflected method first when its type is a subclass that
// overrides it, and the reflected method alone when only the right type
// has this slot.
func (m *Machine) slotBinary(nb int, self, other Value) (Value, error) {
	ts, to := m.TypeOf(self), m.TypeOf(other)
	testfunc := slotNbBinary[nb]
	doOther := ts != to && sameSlot(to.Number[nb], testfunc)
	op, rop := nbNames[nb][0], nbNames[nb][1]
	if sameSlot(ts.Number[nb], testfunc) {
		if doOther && to.IsSubtype(ts) {
			over, err := m.methodIsOverloaded(self, other, rop)
			if err != nil {
				return Null, err
			}
			if over {
				r, found, err := m.callMaybeMethod(other, rop, self)
				if err != nil {
					return Null, err
				}
				if found && r != NotImplemented {
					return r, nil
				}
				doOther = false
			}
		}
		r, found, err := m.callMaybeMethod(self, op, other)
		if err != nil {
			return Null, err
		}
		if !found {
			r = NotImplemented
		}
		if r != NotImplemented || to == ts {
			return r, nil
		}
	}
	if doOther {
		r, found, err := m.callMaybeMethod(other, rop, self)
		if err != nil || !found {
			return NotImplemented, err
		}
		return r, nil
	}
	return NotImplemented, nil
}

// methodIsOverloaded is method_is_overloaded: does right's type define
// name differently from left's?
func (m *Machine) methodIsOverloaded(left, right Value, name string) (bool, error) {
	n := m.Intern(name)
	b, err := m.LookupAttr(m.TypeOf(right).self, n)
	if err != nil || b == Null {
		return false, err
	}
	a, err := m.LookupAttr(m.TypeOf(left).self, n)
	if err != nil {
		return false, err
	}
	if a == Null {
		return true, nil
	}
	r, err := m.RichCompare(a, b, NE)
	if err != nil {
		return false, err
	}
	return m.Truth(r)
}

// slotNbPower3 is slot_nb_power with a modulus: only the left operand's
// __pow__, if its type uses this slot.
func slotNbPower3(m *Machine, self, other, mod Value) (Value, error) {
	if mod == None {
		return m.slotBinary(NbPower, self, other)
	}
	if sameSlot(m.TypeOf(self).Number[NbPower], slotNbBinary[NbPower]) {
		r, found, err := m.callMaybeMethod(self, "__pow__", other, mod)
		if err != nil || found {
			return r, err
		}
	}
	return NotImplemented, nil
}

// WrapperDescriptor is wrapper_descriptor, a "slot wrapper": a builtin
// type's slot seen as a special method (int.__add__, object.__init__).
type WrapperDescriptor struct {
	Header
	Def   *dunderDef
	Owner *Type
	// Fn is the slot function of Owner it calls (d_wrapped).
	Fn any
}

func (d *WrapperDescriptor) traverse(visit func(Value)) { visit(d.Owner.self) }

// MethodWrapper is method-wrapper: a slot wrapper bound to an object
// ((1).__add__).
type MethodWrapper struct {
	Header
	Descr *WrapperDescriptor
	Self  Value
}

func (w *MethodWrapper) traverse(visit func(Value)) {
	visit(w.Descr.self)
	visit(w.Self)
}

func (m *Machine) wrapperDescr(v Value) *WrapperDescriptor {
	d, _ := m.obj0(v).(*WrapperDescriptor)
	return d
}

func (m *Machine) methodWrapper(v Value) *MethodWrapper {
	w, _ := m.obj0(v).(*MethodWrapper)
	return w
}

// wrapperSig is a slot wrapper's __text_signature__.
func wrapperSig(p *dunderDef) string {
	switch p.wrap {
	case wkCall, wkInit:
		return "($self, /, *args, **kwargs)"
	case wkGetattr:
		return "($self, name, /)"
	case wkSetattr:
		return "($self, name, value, /)"
	case wkDelattr:
		return "($self, name, /)"
	case wkDescrGet:
		return "($self, instance, owner=None, /)"
	case wkDescrSet:
		return "($self, instance, value, /)"
	case wkDescrDel:
		return "($self, instance, /)"
	case wkTernary, wkTernaryR:
		return "($self, value, mod=None, /)"
	case wkSetitem:
		return "($self, key, value, /)"
	case wkDelitem, wkContains:
		return "($self, key, /)"
	case wkBinaryL, wkBinaryR, wkRichcmp:
		if p.slot == slotGetItem {
			return "($self, key, /)"
		}
		return "($self, value, /)"
	}
	return "($self, /)"
}

var wrapperDescriptorSpec = typeSpec{
	name: "wrapper_descriptor", basicSize: 56, flags: FlagHaveGC | FlagImmutable | flagMethodDescriptor,
	slots: Slots{
		Repr: func(m *Machine, v Value) (Value, error) {
			d := m.wrapperDescr(v)
			return m.NewStr("<slot wrapper '" + d.Def.name + "' of '" + tpName(d.Owner) + "' objects>"), nil
		},
		DescrGet: wrapperDescrGet,
		Call:     wrapperDescrCall,
	},
	methods: []MethodDef{{Name: "__reduce__", Fn: wrapperDescrReduce}},
	getsets: []GetSetDef{
		{Name: "__objclass__", Get: func(m *Machine, self Value) (Value, error) {
			return m.wrapperDescr(self).Owner.self, nil
		}},
		{Name: "__name__", Get: func(m *Machine, self Value) (Value, error) {
			return m.Intern(m.wrapperDescr(self).Def.name), nil
		}},
		{Name: "__qualname__", Get: func(m *Machine, self Value) (Value, error) {
			d := m.wrapperDescr(self)
			return m.NewStr(typeQualName(d.Owner) + "." + d.Def.name), nil
		}},
		{Name: "__doc__", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewStr(m.wrapperDescr(self).Def.doc), nil
		}},
		{Name: "__text_signature__", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewStr(wrapperSig(m.wrapperDescr(self).Def)), nil
		}},
	},
}

var methodWrapperSpec = typeSpec{
	name: "method-wrapper", basicSize: 32, flags: FlagHaveGC | FlagImmutable,
	slots: Slots{
		Repr: func(m *Machine, v Value) (Value, error) {
			w := m.methodWrapper(v)
			return m.NewStr("<method-wrapper '" + w.Descr.Def.name + "' of " + m.typeName(w.Self) +
				" object at " + hexAddr(m.FakeAddress(w.Self)) + ">"), nil
		},
		Call: func(m *Machine, callable Value, args, kwnames []Value) (Value, error) {
			w := m.methodWrapper(callable)
			return m.callWrapper(w.Descr, w.Self, args, kwnames)
		},
		Hash: func(m *Machine, v Value) (int64, error) {
			w := m.methodWrapper(v)
			x, err := m.Hash(w.Self)
			if err != nil {
				return 0, err
			}
			y, _ := identityHash(m, w.Descr.self)
			h := x ^ y
			if h == -1 {
				h = -2
			}
			return h, nil
		},
		RichCompare: func(m *Machine, a, b Value, op CompareOp) (Value, error) {
			wa, wb := m.methodWrapper(a), m.methodWrapper(b)
			if wa == nil || wb == nil || op != EQ && op != NE {
				return NotImplemented, nil
			}
			eq := wa.Descr == wb.Descr && wa.Self == wb.Self
			return Bool(eq == (op == EQ)), nil
		},
	},
	methods: []MethodDef{{Name: "__reduce__", Fn: methodWrapperReduce}},
	getsets: []GetSetDef{
		{Name: "__self__", Get: func(m *Machine, self Value) (Value, error) {
			return m.methodWrapper(self).Self, nil
		}},
		{Name: "__objclass__", Get: func(m *Machine, self Value) (Value, error) {
			return m.methodWrapper(self).Descr.Owner.self, nil
		}},
		{Name: "__name__", Get: func(m *Machine, self Value) (Value, error) {
			return m.Intern(m.methodWrapper(self).Descr.Def.name), nil
		}},
		{Name: "__qualname__", Get: func(m *Machine, self Value) (Value, error) {
			d := m.methodWrapper(self).Descr
			return m.NewStr(typeQualName(d.Owner) + "." + d.Def.name), nil
		}},
		{Name: "__doc__", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewStr(m.methodWrapper(self).Descr.Def.doc), nil
		}},
		{Name: "__text_signature__", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewStr(wrapperSig(m.methodWrapper(self).Descr.Def)), nil
		}},
	},
}

func wrapperDescrGet(m *Machine, descr, obj Value, typ *Type) (Value, error) {
	if obj == Null {
		return descr, nil
	}
	d := m.wrapperDescr(descr)
	if err := m.descrApplies(d.Def.name, d.Owner, obj); err != nil {
		return Null, err
	}
	return m.alloc(&MethodWrapper{Descr: d, Self: obj}, m.types.MethodWrapper), nil
}

// wrapperDescrCall is wrapperdescr_call: int.__add__(1, 2).
func wrapperDescrCall(m *Machine, callable Value, args, kwnames []Value) (Value, error) {
	d := m.wrapperDescr(callable)
	if len(args)-len(kwnames) < 1 {
		return Null, m.typeError("descriptor '%s' of '%s' object needs an argument", d.Def.name, cTrunc(tpName(d.Owner), 100))
	}
	self := args[0]
	if !m.TypeOf(self).IsSubtype(d.Owner) {
		return Null, m.typeError("descriptor '%s' requires a '%s' object but received a '%s'",
			d.Def.name, cTrunc(tpName(d.Owner), 100), cTrunc(m.typeName(self), 100))
	}
	return m.callWrapper(d, self, args[1:], kwnames)
}

// checkNumArgs is check_num_args.
func (m *Machine) checkNumArgs(args []Value, n int) error {
	if len(args) != n {
		return m.typeError("expected %d argument%s, got %d", n, plural1(n), len(args))
	}
	return nil
}

// unpackArgs is PyArg_UnpackTuple with the empty name the slot wrappers
// give it (hence the leading space of its messages).
func (m *Machine) unpackArgs(args []Value, min, max int) error {
	n := len(args)
	if n < min {
		at := "at least "
		if min == max {
			at = ""
		}
		return m.typeError(" expected %s%d argument%s, got %d", at, min, plural1(min), n)
	}
	if n > max {
		at := "at most "
		if min == max {
			at = ""
		}
		return m.typeError(" expected %s%d argument%s, got %d", at, max, plural1(max), n)
	}
	return nil
}

// callWrapper is wrapperdescr_raw_call with the wrap_* function of the
// slot: argument checks, then the slot function.
func (m *Machine) callWrapper(d *WrapperDescriptor, self Value, args, kwnames []Value) (Value, error) {
	p := d.Def
	if len(kwnames) > 0 && p.wrap != wkCall && p.wrap != wkInit {
		return Null, m.typeError("wrapper %s() takes no keyword arguments", p.name)
	}
	nargs := func(n int) error { return m.checkNumArgs(args, n) }
	switch p.wrap {
	case wkUnary:
		if err := nargs(0); err != nil {
			return Null, err
		}
		return d.Fn.(UnaryFunc)(m, self)
	case wkHash:
		if err := nargs(0); err != nil {
			return Null, err
		}
		h, err := d.Fn.(func(*Machine, Value) (int64, error))(m, self)
		if err != nil {
			return Null, err
		}
		return m.NewInt(h), nil
	case wkCall:
		if err := m.enterRecursiveCall(" while calling a Python object"); err != nil {
			return Null, err
		}
		defer m.leaveRecursiveCall()
		return d.Fn.(CallFunc)(m, self, args, kwnames)
	case wkGetattr:
		if err := nargs(1); err != nil {
			return Null, err
		}
		return d.Fn.(func(*Machine, Value, Value) (Value, error))(m, self, args[0])
	case wkSetattr, wkDelattr:
		n := 2
		if p.wrap == wkDelattr {
			n = 1
		}
		if p.wrap == wkSetattr {
			if err := m.unpackArgs(args, 2, 2); err != nil {
				return Null, err
			}
		} else if err := nargs(1); err != nil {
			return Null, err
		}
		f := d.Fn.(func(*Machine, Value, Value, Value) error)
		if err := m.hackCheck(self, f, p.name); err != nil {
			return Null, err
		}
		v := Null
		if n == 2 {
			v = args[1]
		}
		return None, f(m, self, args[0], v)
	case wkRichcmp:
		if err := nargs(1); err != nil {
			return Null, err
		}
		return d.Fn.(func(*Machine, Value, Value, CompareOp) (Value, error))(m, self, args[0], p.op)
	case wkNext:
		if err := nargs(0); err != nil {
			return Null, err
		}
		r, err := d.Fn.(UnaryFunc)(m, self)
		if err == nil && r == Null {
			return Null, m.RaiseArgs(m.types.exceptions["StopIteration"])
		}
		return r, err
	case wkDescrGet:
		if err := m.unpackArgs(args, 1, 2); err != nil {
			return Null, err
		}
		obj, typ := args[0], None
		if len(args) == 2 {
			typ = args[1]
		}
		if obj == None {
			obj = Null
		}
		if typ == None {
			typ = Null
		}
		if obj == Null && typ == Null {
			return Null, m.typeError("__get__(None, None) is invalid")
		}
		var t *Type
		if typ != Null {
			t = m.typeObj(typ)
		}
		return d.Fn.(func(*Machine, Value, Value, *Type) (Value, error))(m, self, obj, t)
	case wkDescrSet, wkSetitem:
		if err := m.unpackArgs(args, 2, 2); err != nil {
			return Null, err
		}
		return None, d.Fn.(func(*Machine, Value, Value, Value) error)(m, self, args[0], args[1])
	case wkDescrDel, wkDelitem:
		if err := nargs(1); err != nil {
			return Null, err
		}
		return None, d.Fn.(func(*Machine, Value, Value, Value) error)(m, self, args[0], Null)
	case wkInit:
		return None, d.Fn.(func(*Machine, Value, []Value, []Value) error)(m, self, args, kwnames)
	case wkBinaryL, wkBinaryR:
		if err := nargs(1); err != nil {
			return Null, err
		}
		if (p.slot == slotNumber+NbMultiply || p.slot == slotInplace+NbMultiply) && isSequenceConcat(d.Owner) {
			// wrap_indexargfunc of sq_repeat and sq_inplace_repeat: the
			// count is an index (PyNumber_AsSsize_t, OverflowError).
			if !m.isIndexable(args[0]) {
				return Null, m.typeError("'%s' object cannot be interpreted as an integer", m.typeName(args[0]))
			}
			r, err := m.NumberIndex(args[0])
			if err != nil {
				return Null, err
			}
			if _, ok := m.Int64(r); !ok {
				return Null, m.Raisef(m.types.exceptions["OverflowError"], "cannot fit '%s' into an index-sized integer", m.typeName(args[0]))
			}
		}
		if p.slot == slotGetItem {
			return d.Fn.(func(*Machine, Value, Value) (Value, error))(m, self, args[0])
		}
		if p.wrap == wkBinaryR {
			return d.Fn.(BinaryFunc)(m, args[0], self)
		}
		return d.Fn.(BinaryFunc)(m, self, args[0])
	case wkTernary, wkTernaryR:
		if err := m.unpackArgs(args, 1, 2); err != nil {
			return Null, err
		}
		a, b := self, args[0]
		if p.wrap == wkTernaryR {
			a, b = b, a
		}
		if len(args) == 2 && args[1] != None {
			if p3 := d.Owner.Pow3; p3 != nil {
				return p3(m, a, b, args[1])
			}
			return NotImplemented, nil
		}
		return d.Fn.(BinaryFunc)(m, a, b)
	case wkInquiry:
		if err := nargs(0); err != nil {
			return Null, err
		}
		r, err := d.Fn.(func(*Machine, Value) (bool, error))(m, self)
		return Bool(r), err
	case wkLen:
		if err := nargs(0); err != nil {
			return Null, err
		}
		n, err := d.Fn.(func(*Machine, Value) (int, error))(m, self)
		if err != nil {
			return Null, err
		}
		return m.NewInt(int64(n)), nil
	case wkContains:
		if err := nargs(1); err != nil {
			return Null, err
		}
		r, err := d.Fn.(func(*Machine, Value, Value) (bool, error))(m, self, args[0])
		return Bool(r), err
	}
	return Null, m.Raisef(m.types.SystemError, "bad slot wrapper %s", p.name)
}

// hackCheck is hackcheck: object.__setattr__ may not be applied to an
// object whose nearest builtin type sets attributes its own way (a type
// object), which would bypass its checks.
func (m *Machine) hackCheck(self Value, f func(*Machine, Value, Value, Value) error, what string) error {
	defining := m.TypeOf(self)
	for defining != nil && defining.IsHeap() {
		defining = defining.Base
	}
	if defining != nil && !sameSlot(defining.SetAttr, f) {
		return m.typeError("can't apply this %s to %s object", what, tpName(defining))
	}
	return nil
}

// addSlotWrappers is add_operators: a slot wrapper in t's namespace for
// each slot t fills, unless the name is there already; a hash of
// hashNotImplemented shows as __hash__ = None.
//
// A sequence's + and * wrappers come where CPython's
// sq_concat and sq_repeat put them, after the mapping slots.
func (m *Machine) addSlotWrappers(t *Type) {
	seq := isSequenceConcat(t)
	order := dunderOrder
	if seq {
		order = seqDunderOrder
	}
	for _, p := range order {
		if p.wrap == wkNone {
			continue
		}
		f := t.getSlot(p.slot)
		if p.slot == slotHash && f == nil && t.RichCompare != nil && !inheritedSlot(t, slotRichCompare) {
			// A type comparing for equality without a hash is unhashable
			// (its spec leaves Hash nil where CPython sets
			// PyObject_HashNotImplemented).
			t.Hash = hashNotImplemented
			f = t.Hash
		}
		if f == nil {
			continue
		}
		if seq && p.wrap == wkBinaryR && p.slot == slotNumber+NbAdd {
			// sq_concat has no reflected form.
			continue
		}
		name := m.Intern(p.name)
		if v, _ := m.DictGet(t.Dict, name); v != Null {
			continue
		}
		if p.slot == slotHash && sameSlot(f, any(hashNotImplemented)) {
			m.dictSetStr(t.Dict, p.name, None)
			continue
		}
		d := &WrapperDescriptor{Def: p, Owner: t, Fn: f}
		m.dictSetStr(t.Dict, p.name, m.alloc(d, m.types.WrapperDescriptor))
	}
}

// inheritedSlot reports whether t's slot s holds its base's function.
func inheritedSlot(t *Type, s slotID) bool {
	return t.Base != nil && funcPointer(t.Base.getSlot(s)) == funcPointer(t.getSlot(s))
}

// dunderOrder is dunderDefs in table order; seqDunderOrder moves the
// number slots a sequence uses for concatenation and repetition after
// the mapping slots, where CPython's sequence slots are.
var dunderOrder, seqDunderOrder = func() ([]*dunderDef, []*dunderDef) {
	var all, seq, moved []*dunderDef
	isSeqSlot := func(p *dunderDef) bool {
		switch p.slot {
		case slotNumber + NbAdd, slotNumber + NbMultiply, slotInplace + NbAdd, slotInplace + NbMultiply:
			return true
		}
		return false
	}
	for i := range dunderDefs {
		p := &dunderDefs[i]
		all = append(all, p)
		if isSeqSlot(p) {
			moved = append(moved, p)
			continue
		}
		if p.name == "__contains__" {
			// sq_concat, sq_repeat, then sq_contains, then the in-place
			// forms.
			for _, q := range moved {
				if q.slot < slotInplace {
					seq = append(seq, q)
				}
			}
			seq = append(seq, p)
			for _, q := range moved {
				if q.slot >= slotInplace {
					seq = append(seq, q)
				}
			}
			continue
		}
		seq = append(seq, p)
	}
	return all, seq
}()

// isSequenceConcat reports whether t's + and * are CPython's sq_concat
// and sq_repeat (str, list, tuple, bytes, bytearray and subclasses).
func isSequenceConcat(t *Type) bool {
	if t.Flags&(FlagStrSubclass|FlagListSubclass|FlagTupleSubclass|FlagBytesSubclass) != 0 {
		return true
	}
	for ; t != nil; t = t.Base {
		if t.Name == "bytearray" && !t.IsHeap() || t.Name == "deque" && t.Module == "collections" {
			return true
		}
	}
	return false
}

// hashNotImplemented is PyObject_HashNotImplemented: the hash of an
// unhashable type (a class with __hash__ = None, list, dict).
func hashNotImplemented(m *Machine, v Value) (int64, error) {
	return 0, m.typeError("unhashable type: '%s'", cTrunc(m.typeName(v), 200))
}
