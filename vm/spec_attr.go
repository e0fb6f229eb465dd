package vm

import (
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// The attribute families' specialized forms (LOAD_ATTR, STORE_ATTR,
// LOAD_METHOD) with CPython 3.11's guards (ceval.c), and what the
// specializer reads of the object model to choose them.
//
// Cache layouts, in units after the counter (f.PC is the counter's unit):
//
//	LOAD_ATTR, STORE_ATTR: version(2) index(1)
//	LOAD_METHOD: type_version(2) dict_offset(1) keys_version(2) descr(4)
//
// LOAD_METHOD_MODULE overlays LOAD_ATTR's layout on LOAD_METHOD's cache
// (the module keys version in type_version's units, the index in
// dict_offset's). A cached descr is the object's handle: like CPython's
// borrowed pointer it stays valid while the type version guard holds,
// because the class's dict keeps the object alive.

func init() {
	specBodies[op.LOAD_ATTR_INSTANCE_VALUE] = execLoadAttrInstanceValue
	specBodies[op.LOAD_ATTR_MODULE] = execLoadAttrModule
	specBodies[op.LOAD_ATTR_SLOT] = execLoadAttrSlot
	specBodies[op.LOAD_ATTR_WITH_HINT] = execLoadAttrWithHint
	specBodies[op.STORE_ATTR_INSTANCE_VALUE] = execStoreAttrInstanceValue
	specBodies[op.STORE_ATTR_SLOT] = execStoreAttrSlot
	specBodies[op.STORE_ATTR_WITH_HINT] = execStoreAttrWithHint
	specBodies[op.LOAD_METHOD_WITH_VALUES] = execLoadMethodWithValues
	specBodies[op.LOAD_METHOD_WITH_DICT] = execLoadMethodWithDict
	specBodies[op.LOAD_METHOD_NO_DICT] = execLoadMethodNoDict
	specBodies[op.LOAD_METHOD_MODULE] = execLoadMethodModule
	specBodies[op.LOAD_METHOD_CLASS] = execLoadMethodClass
}

// Cache units of the attribute families.
const (
	attrCaches   = 4
	methodCaches = 10
)

// ManagedDictOffset is MANAGED_DICT_OFFSET, the dict_offset
// LOAD_METHOD_WITH_DICT caches for a managed dict (-24: the dict pointer
// lives before the object header).
const ManagedDictOffset = -24

// DunderClassOffset is offsetof(PyObject, ob_type): the index
// LOAD_ATTR_SLOT caches for object.__class__.
const DunderClassOffset = 8

// ---- What the specializer reads -------------------------------------

// AttrTypeLookup is _PyType_Lookup as the specializer calls it: name (an
// exact str) in t's MRO, without binding; Null if absent. Like CPython's
// it may assign t a version tag (a cacheable name), and runs no Python
// code.
func (m *Machine) AttrTypeLookup(t *Type, name Value) Value { return m.lookupType(t, name) }

// HasMethodDescriptorFlag reports whether t has
// Py_TPFLAGS_METHOD_DESCRIPTOR (function, method_descriptor,
// wrapper_descriptor).
func (t *Type) HasMethodDescriptorFlag() bool { return t.Flags&flagMethodDescriptor != 0 }

// IsImmutableType reports whether t has Py_TPFLAGS_IMMUTABLETYPE: every
// static builtin type (which here do not carry the flag in Flags: see
// typeFlags), and heap types made with it.
func (t *Type) IsImmutableType() bool { return !t.IsHeap() || t.Flags&FlagImmutable != 0 }

// IsGenericGetAttr reports whether t's tp_getattro is
// PyObject_GenericGetAttr. Builtin objects that keep a __dict__ of their
// own (classmethod, staticmethod) use the same algorithm through
// builtinGetAttr here, so they count as generic, as in CPython.
func (t *Type) IsGenericGetAttr() bool {
	return sameSlot(t.GetAttr, genericGetAttr) || sameSlot(t.GetAttr, builtinGetAttr)
}

// IsGenericSetAttr reports whether t's tp_setattro is
// PyObject_GenericSetAttr.
func (t *Type) IsGenericSetAttr() bool {
	return sameSlot(t.SetAttr, genericSetAttr) || sameSlot(t.SetAttr, builtinSetAttr)
}

// AsMemberDescriptor returns v as a member descriptor (a __slots__
// member: T_OBJECT_EX, writable), or nil.
func (m *Machine) AsMemberDescriptor(v Value) *MemberDescriptor { return m.memberDescr(v) }

// BuiltinObjectMember reports whether descr is one of the members of
// kind T_OBJECT_EX (read-only) that CPython 3.11 gives a builtin type
// with a PyMemberDef and this VM models as a getset: range's start, stop
// and step. It returns the owner and the member's byte offset in
// CPython's struct, which LOAD_ATTR_SLOT caches (SlotValue reads it).
func (m *Machine) BuiltinObjectMember(descr Value) (owner *Type, offset int, ok bool) {
	d, isGetSet := m.obj0(descr).(*GetSetDescriptor)
	if !isGetSet || d.Owner != m.types.Range {
		return nil, 0, false
	}
	switch d.Def.Name {
	case "start":
		return d.Owner, 16, true
	case "stop":
		return d.Owner, 24, true
	case "step":
		return d.Owner, 32, true
	}
	return nil, 0, false
}

// AsTypeObject returns the type behind v if v is a type object, else nil.
func (m *Machine) AsTypeObject(v Value) *Type { return m.typeObj(v) }

// ExactModuleDict returns the namespace of v if v is exactly a module
// (PyModule_CheckExact), else nil.
func (m *Machine) ExactModuleDict(v Value) *Dict {
	if m.TypeOf(v) != m.types.Module {
		return nil
	}
	if mo := m.module(v); mo != nil {
		return mo.Dict
	}
	return nil
}

// ManagedDictOf is *_PyObject_ManagedDictPointer(obj): the dict object
// of an object whose type has a managed dict, nil while it has none
// (inline values, or never set).
func (m *Machine) ManagedDictOf(obj Value) *Dict {
	switch o := m.obj0(obj).(type) {
	case nil:
		return nil
	case *Instance:
		return o.dict
	default:
		if x := m.extra(obj, false); x != nil {
			return x.dict
		}
	}
	return nil
}

// OffsetDictOf is the dict at tp_dictoffset of an object whose type keeps
// its __dict__ at a fixed positive offset (functions, exceptions,
// classmethod objects…); nil while it has none.
func (m *Machine) OffsetDictOf(obj Value) *Dict {
	if o, ok := m.obj0(obj).(dictOwner); ok {
		return o.instanceDict(m, false)
	}
	if _, ok := m.obj0(obj).(*Instance); ok {
		return nil
	}
	if dp := m.dictPointer(obj); dp != nil {
		return *dp
	}
	return nil
}

// DictHint is _PyDict_GetItemHint(d, name, -1): the entry index of name
// (an exact str) in d's keys, even when d is a split dict without a
// value for it; -1 if absent. Unlike CPython, which may call a key's
// __eq__ in a general table, it compares only by identity and exact str
// contents: the specializer must run no Python code.
func (m *Machine) DictHint(d *Dict, name Value) int {
	k := d.keys
	if k.kind != keysGeneral {
		if ix := m.DictKeysStringLookup(k, name); ix >= 0 {
			return ix
		}
		return -1
	}
	s := m.str(name)
	if s == nil {
		return -1
	}
	hash := s.strHash()
	mask := uint64(len(k.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := k.indices[i]
		if ix == dkEmpty {
			return -1
		}
		if ix >= 0 {
			e := &k.entries[ix]
			if e.key == name {
				return int(ix)
			}
			if e.hash == hash && m.isExactStr(e.key) && m.str(e.key).S == s.S {
				return int(ix)
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// NEntries is dk_nentries: the entries used so far, deleted ones
// included.
func (k *DictKeys) NEntries() int { return k.nentries }

// EntryKeyValue returns the key and the value stored in entry ix of d's
// keys object, as LOAD_ATTR_WITH_HINT reads them (me_key, me_value): in a
// split dict the entry's value is always Null, its values live apart.
func (d *Dict) EntryKeyValue(ix int) (key, value Value) {
	if ix < 0 || ix >= d.keys.nentries {
		return Null, Null
	}
	e := &d.keys.entries[ix]
	return e.key, e.value
}

// SlotValue returns the __slots__ member of obj at byte offset off (as a
// member descriptor's Offset counts it), Null if unset or outside obj's
// storage; off 8 (DunderClassOffset) is ob_type: obj's class.
func (m *Machine) SlotValue(obj Value, off int) Value {
	if off == DunderClassOffset {
		return m.TypeOf(obj).self
	}
	var slots []Value
	switch o := m.obj0(obj).(type) {
	case nil:
		return Null
	case *Range:
		// rangeobject's start, stop and step (BuiltinObjectMember).
		switch off {
		case 16:
			return o.Start
		case 24:
			return o.Stop
		case 32:
			return o.Step
		}
		return Null
	case *Instance:
		slots = o.slots
	default:
		if x := m.extra(obj, false); x != nil {
			slots = x.slots
		}
	}
	i := (off - builtinBase(m.TypeOf(obj)).BasicSize) / 8
	if off < 16 || i < 0 || i >= len(slots) {
		return Null
	}
	return slots[i]
}

// ---- Bodies ----------------------------------------------------------

// attrVersion and attrIndex read the LOAD_ATTR/STORE_ATTR cache of the
// instruction whose counter is at unit pc.
func attrVersion(units []uint16, pc int) uint32 { return read32(units, pc+1) }
func attrIndex(units []uint16, pc int) int      { return int(units[pc+3]) }

// CPython 3.11: LOAD_ATTR_INSTANCE_VALUE guards the type version, that
// the object still has inline values (its __dict__ was never
// materialised) and that the cached slot holds a value.
func execLoadAttrInstanceValue(m *Machine, f *Frame, oparg int) (specResult, error) {
	units := f.Code.Units
	owner := f.Vals[f.SP-1]
	if m.TypeOf(owner).VersionTag != attrVersion(units, f.PC) {
		return specMiss, nil
	}
	iv := m.inlineValues(owner)
	if iv == nil {
		return specMiss, nil
	}
	ix := attrIndex(units, f.PC)
	if ix >= len(iv.vals) || iv.vals[ix] == Null {
		return specMiss, nil
	}
	f.Vals[f.SP-1] = iv.vals[ix]
	f.PC += attrCaches
	return specHit, nil
}

// moduleAttr is LOAD_MODULE_ATTR_OR_METHOD's guards: an exact module
// whose dict keys version is the cached one, with a value at the cached
// entry.
func (m *Machine) moduleAttr(owner Value, units []uint16, pc int) Value {
	d := m.ExactModuleDict(owner)
	if d == nil || d.keys.version != read32(units, pc+1) {
		return Null
	}
	ix := int(units[pc+3])
	if ix >= d.keys.nentries {
		return Null
	}
	return d.valueAt(ix)
}

// CPython 3.11: LOAD_ATTR_MODULE guards an exact module and its dict's
// keys version, and reads the cached entry.
func execLoadAttrModule(m *Machine, f *Frame, oparg int) (specResult, error) {
	res := m.moduleAttr(f.Vals[f.SP-1], f.Code.Units, f.PC)
	if res == Null {
		return specMiss, nil
	}
	f.Vals[f.SP-1] = res
	f.PC += attrCaches
	return specHit, nil
}

// CPython 3.11: LOAD_ATTR_WITH_HINT guards the type version, a managed
// dict, the hint within the dict's entries, the entry's key being the
// name itself, and the entry's value. A split dict (one materialised
// from inline values) keeps its values apart from the entries, so the
// entry's value is always NULL there and the instruction always misses.
func execLoadAttrWithHint(m *Machine, f *Frame, oparg int) (specResult, error) {
	units := f.Code.Units
	owner := f.Vals[f.SP-1]
	if m.TypeOf(owner).VersionTag != attrVersion(units, f.PC) {
		return specMiss, nil
	}
	d := m.ManagedDictOf(owner)
	if d == nil {
		return specMiss, nil
	}
	key, res := d.EntryKeyValue(attrIndex(units, f.PC))
	if key != f.Code.Names[oparg] || res == Null {
		return specMiss, nil
	}
	f.Vals[f.SP-1] = res
	f.PC += attrCaches
	return specHit, nil
}

// CPython 3.11: LOAD_ATTR_SLOT guards the type version and reads the
// object at the cached byte offset (a __slots__ member, or ob_type for
// __class__); an unset member misses.
func execLoadAttrSlot(m *Machine, f *Frame, oparg int) (specResult, error) {
	units := f.Code.Units
	owner := f.Vals[f.SP-1]
	if m.TypeOf(owner).VersionTag != attrVersion(units, f.PC) {
		return specMiss, nil
	}
	res := m.SlotValue(owner, attrIndex(units, f.PC))
	if res == Null {
		return specMiss, nil
	}
	f.Vals[f.SP-1] = res
	f.PC += attrCaches
	return specHit, nil
}

// CPython 3.11: STORE_ATTR_INSTANCE_VALUE guards the type version and the
// inline values, then stores at the cached index (a new attribute joins
// the values' insertion order).
func execStoreAttrInstanceValue(m *Machine, f *Frame, oparg int) (specResult, error) {
	units := f.Code.Units
	owner := f.Vals[f.SP-1]
	if m.TypeOf(owner).VersionTag != attrVersion(units, f.PC) {
		return specMiss, nil
	}
	iv := m.inlineValues(owner)
	ix := attrIndex(units, f.PC)
	if iv == nil || ix >= len(iv.vals) {
		return specMiss, nil
	}
	if iv.vals[ix] == Null {
		iv.addToOrder(ix)
	}
	iv.vals[ix] = f.Vals[f.SP-2]
	f.SP -= 2
	f.PC += attrCaches
	return specHit, nil
}

// CPython 3.11: STORE_ATTR_WITH_HINT guards as LOAD_ATTR_WITH_HINT does,
// the entry's old value included (so it always misses on a split dict),
// then replaces the value and gives the dict a new ma_version_tag.
func execStoreAttrWithHint(m *Machine, f *Frame, oparg int) (specResult, error) {
	units := f.Code.Units
	owner := f.Vals[f.SP-1]
	if m.TypeOf(owner).VersionTag != attrVersion(units, f.PC) {
		return specMiss, nil
	}
	d := m.ManagedDictOf(owner)
	if d == nil {
		return specMiss, nil
	}
	ix := attrIndex(units, f.PC)
	key, old := d.EntryKeyValue(ix)
	if key != f.Code.Names[oparg] || old == Null {
		return specMiss, nil
	}
	d.keys.entries[ix].value = f.Vals[f.SP-2]
	d.version = m.nextDictVersion()
	f.SP -= 2
	f.PC += attrCaches
	return specHit, nil
}

// CPython 3.11: STORE_ATTR_SLOT guards the type version only and stores
// at the cached byte offset.
func execStoreAttrSlot(m *Machine, f *Frame, oparg int) (specResult, error) {
	units := f.Code.Units
	owner := f.Vals[f.SP-1]
	t := m.TypeOf(owner)
	if t.VersionTag != attrVersion(units, f.PC) {
		return specMiss, nil
	}
	slots := m.slotStorage(owner)
	i := (attrIndex(units, f.PC) - builtinBase(t).BasicSize) / 8
	if i < 0 || i >= len(slots) {
		// Not a layout the cached offset belongs to (cannot happen while
		// the version matches).
		return specMiss, nil
	}
	slots[i] = f.Vals[f.SP-2]
	f.SP -= 2
	f.PC += attrCaches
	return specHit, nil
}

// methodTypeVersion, methodKeysVersion and methodDescr read the
// LOAD_METHOD cache of the instruction whose counter is at unit pc.
func methodTypeVersion(units []uint16, pc int) uint32 { return read32(units, pc+1) }
func methodDictOffset(units []uint16, pc int) int     { return int(int16(units[pc+3])) }
func methodKeysVersion(units []uint16, pc int) uint32 { return read32(units, pc+4) }
func methodDescr(units []uint16, pc int) Value        { return readValue(units, pc+6) }

// staleDescr reports whether a descr cached under type version 0 (gh-89811:
// the type had no tag, so the guard cannot notice the class changing) is
// a handle whose object was freed since. CPython reads freed memory
// then; here such a hit becomes a miss, so that no dead handle reaches
// the stack. With a non-zero version the class's dict keeps descr alive.
func (m *Machine) staleDescr(version uint32, descr Value) bool {
	return version == 0 && descr.IsRef() && m.obj0(descr) == nil
}

// pushMethod ends a LOAD_METHOD hit that found an unbound method: the
// method replaces the owner, which is pushed back as self.
func pushMethod(f *Frame, meth Value) (specResult, error) {
	self := f.Vals[f.SP-1]
	f.Vals[f.SP-1] = meth
	f.Vals[f.SP] = self
	f.SP++
	f.PC += methodCaches
	return specHit, nil
}

// pushAttr ends a LOAD_METHOD hit that found a plain attribute: NULL
// replaces the owner, and the attribute goes on top.
func pushAttr(f *Frame, v Value) (specResult, error) {
	f.Vals[f.SP-1] = Null
	f.Vals[f.SP] = v
	f.SP++
	f.PC += methodCaches
	return specHit, nil
}

// CPython 3.11: LOAD_METHOD_WITH_VALUES guards the type version, that the
// instance has no dict object, and the version of the class's shared
// keys: any new attribute name on any instance of the class changes it,
// which is how an instance attribute shadowing the method is caught.
func execLoadMethodWithValues(m *Machine, f *Frame, oparg int) (specResult, error) {
	units := f.Code.Units
	self := f.Vals[f.SP-1]
	t := m.TypeOf(self)
	if t.VersionTag != methodTypeVersion(units, f.PC) || m.ManagedDictOf(self) != nil ||
		t.CachedKeys == nil || t.CachedKeys.version != methodKeysVersion(units, f.PC) {
		return specMiss, nil
	}
	d := methodDescr(units, f.PC)
	if m.staleDescr(t.VersionTag, d) {
		return specMiss, nil
	}
	return pushMethod(f, d)
}

// CPython 3.11: LOAD_METHOD_WITH_DICT guards the type version, a dict at
// the cached offset (the managed dict, or tp_dictoffset's) and that
// dict's keys version.
func execLoadMethodWithDict(m *Machine, f *Frame, oparg int) (specResult, error) {
	units := f.Code.Units
	self := f.Vals[f.SP-1]
	if m.TypeOf(self).VersionTag != methodTypeVersion(units, f.PC) {
		return specMiss, nil
	}
	var d *Dict
	if methodDictOffset(units, f.PC) == ManagedDictOffset {
		d = m.ManagedDictOf(self)
	} else {
		d = m.OffsetDictOf(self)
	}
	if d == nil || d.keys.version != methodKeysVersion(units, f.PC) {
		return specMiss, nil
	}
	descr := methodDescr(units, f.PC)
	if m.staleDescr(m.TypeOf(self).VersionTag, descr) {
		return specMiss, nil
	}
	return pushMethod(f, descr)
}

// CPython 3.11: LOAD_METHOD_NO_DICT guards the type version only.
func execLoadMethodNoDict(m *Machine, f *Frame, oparg int) (specResult, error) {
	units := f.Code.Units
	version := methodTypeVersion(units, f.PC)
	if m.TypeOf(f.Vals[f.SP-1]).VersionTag != version {
		return specMiss, nil
	}
	descr := methodDescr(units, f.PC)
	if m.staleDescr(version, descr) {
		return specMiss, nil
	}
	return pushMethod(f, descr)
}

// CPython 3.11: LOAD_METHOD_MODULE has LOAD_ATTR_MODULE's guards and
// pushes NULL, then the attribute.
func execLoadMethodModule(m *Machine, f *Frame, oparg int) (specResult, error) {
	res := m.moduleAttr(f.Vals[f.SP-1], f.Code.Units, f.PC)
	if res == Null {
		return specMiss, nil
	}
	return pushAttr(f, res)
}

// CPython 3.11: LOAD_METHOD_CLASS guards that the owner is a type (any
// metaclass) with the cached version, and pushes NULL and the cached
// attribute: K.f() calls the function without self.
func execLoadMethodClass(m *Machine, f *Frame, oparg int) (specResult, error) {
	units := f.Code.Units
	t := m.typeObj(f.Vals[f.SP-1])
	if t == nil || t.VersionTag != methodTypeVersion(units, f.PC) {
		return specMiss, nil
	}
	descr := methodDescr(units, f.PC)
	if m.staleDescr(t.VersionTag, descr) {
		return specMiss, nil
	}
	return pushAttr(f, descr)
}
