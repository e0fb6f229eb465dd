package specializer

import (
	"fmt"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// The LOAD_METHOD family (CPython 3.11 _Py_Specialize_LoadMethod): a
// module's attribute (LOAD_METHOD_MODULE, LOAD_ATTR's cache overlaid),
// a function on a class object called as K.f() (LOAD_METHOD_CLASS), or a
// method found on the type of an instance, with the instance's dict
// checked as cheaply as its layout allows: inline values
// (LOAD_METHOD_WITH_VALUES: the shared keys' version), a dict
// (LOAD_METHOD_WITH_DICT: that dict's keys version), or no dict at all
// (LOAD_METHOD_NO_DICT). Cache: type_version(2) dict_offset(1)
// keys_version(2) descr(4). Only the fields a form uses are written:
// the others keep what an earlier specialization left there, as in
// CPython.

func init() {
	register(op.LOAD_METHOD, &family{specialize: specializeLoadMethod, explain: explainLoadMethod})
}

// LOAD_METHOD's own failure kinds (SPEC_FAIL_LOAD_METHOD_*).
const (
	methKindOverridingDescr    = 8
	methKindNonOverridingDescr = 9
	methKindNotDescriptor      = 10
	methKindMethod             = 11
	methKindMutableClass       = 12
	methKindProperty           = 13
	methKindNonObjectSlot      = 14
	methKindIsAttr             = 15
	methKindBuiltinClassMethod = 17
	methKindClassMethodObj     = 18
	methKindObjectSlot         = 19
	methKindInstanceAttribute  = 22
	methKindMetaclassAttribute = 23
)

var methFailNames = map[int]string{
	attrKindOther:              "SPEC_FAIL_OTHER",
	attrKindNoDict:             "SPEC_FAIL_NO_DICT",
	attrKindOverridden:         "SPEC_FAIL_OVERRIDDEN",
	attrKindOutOfVersions:      "SPEC_FAIL_OUT_OF_VERSIONS",
	attrKindOutOfRange:         "SPEC_FAIL_OUT_OF_RANGE",
	attrKindExpectedError:      "SPEC_FAIL_EXPECTED_ERROR",
	methKindOverridingDescr:    "SPEC_FAIL_LOAD_METHOD_OVERRIDING_DESCRIPTOR",
	methKindNonOverridingDescr: "SPEC_FAIL_LOAD_METHOD_NON_OVERRIDING_DESCRIPTOR",
	methKindNotDescriptor:      "SPEC_FAIL_LOAD_METHOD_NOT_DESCRIPTOR",
	methKindMethod:             "SPEC_FAIL_LOAD_METHOD_METHOD",
	methKindMutableClass:       "SPEC_FAIL_LOAD_METHOD_MUTABLE_CLASS",
	methKindProperty:           "SPEC_FAIL_LOAD_METHOD_PROPERTY",
	methKindNonObjectSlot:      "SPEC_FAIL_LOAD_METHOD_NON_OBJECT_SLOT",
	methKindIsAttr:             "SPEC_FAIL_LOAD_METHOD_IS_ATTR",
	methKindBuiltinClassMethod: "SPEC_FAIL_LOAD_METHOD_BUILTIN_CLASS_METHOD",
	methKindClassMethodObj:     "SPEC_FAIL_LOAD_METHOD_CLASS_METHOD_OBJ",
	methKindObjectSlot:         "SPEC_FAIL_LOAD_METHOD_OBJECT_SLOT",
	methKindInstanceAttribute:  "SPEC_FAIL_LOAD_METHOD_INSTANCE_ATTRIBUTE",
	methKindMetaclassAttribute: "SPEC_FAIL_LOAD_METHOD_METACLASS_ATTRIBUTE",
}

// methFail is a failed attempt of LOAD_METHOD.
func methFail(kind int, reason string, args ...any) vm.Attempt {
	return fail(kind, methFailNames[kind], reason, args...)
}

// methFailKind is load_method_fail_kind: the kind of a classification
// that is not a method.
func methFailKind(k descrKind) int {
	switch k {
	case descrOverriding:
		return methKindOverridingDescr
	case descrMethod:
		return methKindMethod
	case descrProperty:
		return methKindProperty
	case descrObjectSlot:
		return methKindObjectSlot
	case descrOtherSlot:
		return methKindNonObjectSlot
	case descrDunderClass:
		return attrKindOther
	case descrMutable:
		return methKindMutableClass
	case descrGetSetOverridden:
		return attrKindOverridden
	case descrBuiltinClassMethod:
		return methKindBuiltinClassMethod
	case descrPythonClassMethod:
		return methKindClassMethodObj
	case descrNonOverriding:
		return methKindNonOverridingDescr
	case descrNonDescriptor:
		return methKindNotDescriptor
	}
	return methKindInstanceAttribute
}

func specializeLoadMethod(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt {
	units := f.Code.Units
	owner := stackTop(f, 0)
	name, sname := nameOf(m, f, oparg)
	t := m.TypeOf(owner)
	if t == m.Types().Module {
		// LOAD_ATTR's kinds are LOAD_METHOD's numbers here, as in CPython
		// (the module helper records them under LOAD_METHOD).
		return specializeModuleAttr(m, units, at, m.ExactModuleDict(owner), name, sname, op.LOAD_METHOD_MODULE,
			func(kind int, reason string, args ...any) vm.Attempt {
				return fail(kind, attrFailNames[kind], reason, args...)
			})
	}
	if k := m.AsTypeObject(owner); k != nil {
		return specializeClassLoadMethod(m, units, at, k, name, sname)
	}
	kind, descr := analyzeDescriptor(m, t, name, false)
	if kind != descrMethod {
		return methFail(methFailKind(kind), "%s: not a method found on the type", describeDescr(kind, t, sname))
	}
	const (
		managedValues = iota
		managedDict
		offsetDict
		noDict
	)
	var dictKind int
	var keys *vm.DictKeys
	if t.Flags&vm.FlagManagedDict != 0 {
		keys = t.CachedKeys
		dictKind = managedValues
		if m.ManagedDictOf(owner) != nil {
			dictKind = managedDict
		}
	} else {
		off := t.DictOffset
		switch {
		case off < 0 || off > 32767:
			return methFail(attrKindOutOfRange, "%s instances keep their __dict__ at offset %d, outside 0..32767", t.Name, off)
		case off == 0:
			dictKind = noDict
		default:
			d := m.OffsetDictOf(owner)
			if d == nil {
				return methFail(attrKindNoDict, "the %s instance has no __dict__ yet", t.Name)
			}
			keys = d.Keys()
			dictKind = offsetDict
		}
	}
	var kv uint32
	if dictKind != noDict {
		if keys == nil || m.DictKeysStringLookup(keys, name) != vm.DictKeyAbsent {
			return methFail(methKindIsAttr, "'%s' is (or may be) an instance attribute: it is in the instance dict's keys", sname)
		}
		kv = m.KeysVersion(keys)
		if kv == 0 {
			return methFail(attrKindOutOfVersions, "dict keys versions are exhausted")
		}
		write32(units, at, 4, kv)
	}
	var how string
	switch dictKind {
	case noDict:
		rewrite(units, at, op.LOAD_METHOD_NO_DICT)
		how = "no instance dict"
	case managedValues:
		rewrite(units, at, op.LOAD_METHOD_WITH_VALUES)
		how = fmt.Sprintf("inline values, shared keys version %d", kv)
	case managedDict:
		off := int16(vm.ManagedDictOffset)
		write16(units, at, 3, uint16(off))
		rewrite(units, at, op.LOAD_METHOD_WITH_DICT)
		how = fmt.Sprintf("managed __dict__ (offset %d), shared keys version %d", vm.ManagedDictOffset, kv)
	case offsetDict:
		write16(units, at, 3, uint16(t.DictOffset))
		rewrite(units, at, op.LOAD_METHOD_WITH_DICT)
		how = fmt.Sprintf("__dict__ at offset %d, keys version %d", t.DictOffset, kv)
	}
	write32(units, at, 1, t.VersionTag)
	writeValue(units, at, 6, descr)
	return success("type %s version %d, method '%s' cached; %s", t.Name, t.VersionTag, sname, how)
}

// specializeClassLoadMethod is specialize_class_load_method: K.f() on a
// class whose metaclass is exactly type and does not define the name.
func specializeClassLoadMethod(m *vm.Machine, units []uint16, at int, k *vm.Type, name vm.Value, sname string) vm.Attempt {
	meta := m.TypeOf(k.Value())
	if meta != m.Types().Type {
		return methFail(methKindMetaclassAttribute, "%s's metaclass is %s, not type", k.Name, meta.Name)
	}
	if m.AttrTypeLookup(meta, name) != vm.Null {
		return methFail(methKindMetaclassAttribute, "type itself defines '%s'", sname)
	}
	kind, descr := analyzeDescriptor(m, k, name, false)
	switch kind {
	case descrMethod, descrNonDescriptor:
		write32(units, at, 1, k.VersionTag)
		writeValue(units, at, 6, descr)
		rewrite(units, at, op.LOAD_METHOD_CLASS)
		return success("class %s version %d, '%s' cached: pushed with NULL, called without self", k.Name, k.VersionTag, sname)
	case descrAbsent:
		// CPython's stats build records EXPECTED_ERROR (the lookup will
		// raise AttributeError).
		return methFail(attrKindExpectedError, "class %s has no attribute '%s'", k.Name, sname)
	}
	return methFail(methFailKind(kind), "%s: K.%s() specializes only for a plain function or a non-descriptor", describeDescr(kind, k, sname), sname)
}

func explainLoadMethod(m *vm.Machine, f *vm.Frame, at, oparg int) string {
	units := f.Code.Units
	owner := stackTop(f, 0)
	version := uint32(units[at+2]) | uint32(units[at+3])<<16
	keysVersion := uint32(units[at+5]) | uint32(units[at+6])<<16
	t := m.TypeOf(owner)
	switch op.Opcode(units[at] & 0xff) {
	case op.LOAD_METHOD_MODULE:
		return explainModule(m, owner, units, at)
	case op.LOAD_METHOD_CLASS:
		k := m.AsTypeObject(owner)
		if k == nil {
			return fmt.Sprintf("owner is a %s instance, not a class", t.Name)
		}
		return explainAttrVersion(m, k, version)
	}
	if s := explainAttrVersion(m, t, version); s != "" {
		return s
	}
	switch op.Opcode(units[at] & 0xff) {
	case op.LOAD_METHOD_WITH_VALUES:
		if m.ManagedDictOf(owner) != nil {
			return "the instance's __dict__ was materialised"
		}
		if t.CachedKeys != nil {
			return fmt.Sprintf("shared keys version of %s is %d, cached %d (an instance attribute name was added)",
				t.Name, t.CachedKeys.KeysVersionNow(), keysVersion)
		}
	case op.LOAD_METHOD_WITH_DICT:
		var d *vm.Dict
		if int16(units[at+4]) == vm.ManagedDictOffset {
			d = m.ManagedDictOf(owner)
		} else {
			d = m.OffsetDictOf(owner)
		}
		if d == nil {
			return "the instance has no __dict__ object"
		}
		return fmt.Sprintf("keys version of the instance's dict is %d, cached %d", d.Keys().KeysVersionNow(), keysVersion)
	}
	return "a guard failed"
}
