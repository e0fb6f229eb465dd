package specializer

import (
	"fmt"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// The LOAD_ATTR family (CPython 3.11 _Py_Specialize_LoadAttr): an exact
// module's attribute (LOAD_ATTR_MODULE), or, on an object whose type
// uses the generic attribute lookup, a __slots__ member or __class__
// (LOAD_ATTR_SLOT) or an instance attribute found through the managed
// dict: in the inline values (LOAD_ATTR_INSTANCE_VALUE) or in a
// materialised dict (LOAD_ATTR_WITH_HINT). Cache: version(2) index(1).

func init() {
	register(op.LOAD_ATTR, &family{specialize: specializeLoadAttr, explain: explainLoadAttr})
}

// CPython 3.11's failure kinds of the attribute families (SPEC_FAIL_*).
const (
	attrKindOther           = 0
	attrKindNoDict          = 1
	attrKindOverridden      = 2
	attrKindOutOfVersions   = 3
	attrKindOutOfRange      = 4
	attrKindExpectedError   = 5
	attrKindOverridingDescr = 8
	attrKindMethod          = 11
	attrKindMutableClass    = 12
	attrKindProperty        = 13
	attrKindNonObjectSlot   = 14
	attrKindReadOnly        = 15
	attrKindNotManagedDict  = 17
	attrKindNonStrOrSplit   = 18
	attrKindModuleNotFound  = 19
)

// attrFailNames names the kinds above.
var attrFailNames = map[int]string{
	attrKindOther:           "SPEC_FAIL_OTHER",
	attrKindNoDict:          "SPEC_FAIL_NO_DICT",
	attrKindOverridden:      "SPEC_FAIL_OVERRIDDEN",
	attrKindOutOfVersions:   "SPEC_FAIL_OUT_OF_VERSIONS",
	attrKindOutOfRange:      "SPEC_FAIL_OUT_OF_RANGE",
	attrKindExpectedError:   "SPEC_FAIL_EXPECTED_ERROR",
	attrKindOverridingDescr: "SPEC_FAIL_ATTR_OVERRIDING_DESCRIPTOR",
	attrKindMethod:          "SPEC_FAIL_ATTR_METHOD",
	attrKindMutableClass:    "SPEC_FAIL_ATTR_MUTABLE_CLASS",
	attrKindProperty:        "SPEC_FAIL_ATTR_PROPERTY",
	attrKindNonObjectSlot:   "SPEC_FAIL_ATTR_NON_OBJECT_SLOT",
	attrKindReadOnly:        "SPEC_FAIL_ATTR_READ_ONLY",
	attrKindNotManagedDict:  "SPEC_FAIL_ATTR_NOT_MANAGED_DICT",
	attrKindNonStrOrSplit:   "SPEC_FAIL_ATTR_NON_STRING_OR_SPLIT",
	attrKindModuleNotFound:  "SPEC_FAIL_ATTR_MODULE_ATTR_NOT_FOUND",
}

// attrFail is a failed attempt of LOAD_ATTR or STORE_ATTR.
func attrFail(kind int, reason string, args ...any) vm.Attempt {
	return fail(kind, attrFailNames[kind], reason, args...)
}

// nameOf returns co_names[oparg] and its text.
func nameOf(m *vm.Machine, f *vm.Frame, oparg int) (vm.Value, string) {
	name := f.Code.Names[oparg]
	s, _ := m.GoString(name)
	return name, s
}

// specializeModuleAttr is specialize_module_load_attr, shared by
// LOAD_ATTR and LOAD_METHOD: caches the module dict's keys version and
// the name's entry index (LOAD_ATTR's layout: LOAD_METHOD_MODULE
// overlays it on its own cache). failKind maps the LOAD_ATTR kinds to the
// calling family's.
func specializeModuleAttr(m *vm.Machine, units []uint16, at int, d *vm.Dict, name vm.Value, sname string,
	form op.Opcode, failWith func(kind int, reason string, args ...any) vm.Attempt) vm.Attempt {
	if d == nil {
		return failWith(attrKindNoDict, "the module has no __dict__")
	}
	k := d.Keys()
	if !k.IsUnicode() || k.IsSplit() {
		return failWith(attrKindNonStrOrSplit, "the module's dict has keys that are not all str")
	}
	if m.DictHint(d, m.Intern("__getattr__")) >= 0 {
		return failWith(attrKindModuleNotFound, "the module defines __getattr__")
	}
	ix := m.DictHint(d, name)
	if ix < 0 || ix > 0xffff {
		if ix < 0 {
			return failWith(attrKindOutOfRange, "the module has no '%s' in its dict", sname)
		}
		return failWith(attrKindOutOfRange, "'%s' is at entry %d of the module's dict, past 65535", sname, ix)
	}
	kv := m.KeysVersion(k)
	if kv == 0 {
		return failWith(attrKindOutOfVersions, "dict keys versions are exhausted")
	}
	write32(units, at, 1, kv)
	write16(units, at, 3, uint16(ix))
	rewrite(units, at, form)
	return success("module dict keys version %d, '%s' at entry %d", kv, sname, ix)
}

// specializeDictAccess is specialize_dict_access: an attribute that lives
// in the instance's managed dict. With no dict object yet (inline
// values), the name's index in the class's shared keys is cached
// (valuesForm); with a dict, its entry index in that dict (hintForm).
// Both cache the type's version tag as it stands, even 0 (gh-89811).
func specializeDictAccess(m *vm.Machine, units []uint16, at int, owner vm.Value, t *vm.Type,
	name vm.Value, sname string, valuesForm, hintForm op.Opcode) vm.Attempt {
	if t.Flags&vm.FlagManagedDict == 0 {
		return attrFail(attrKindNotManagedDict, "%s instances keep no managed dict", t.Name)
	}
	d := m.ManagedDictOf(owner)
	if d == nil {
		k := t.CachedKeys
		ix := -1
		if k != nil {
			ix = m.DictKeysStringLookup(k, name)
		}
		if ix < 0 || ix > 0xffff {
			return attrFail(attrKindOutOfRange, "'%s' is not among the attribute names of %s's shared keys", sname, t.Name)
		}
		write32(units, at, 1, t.VersionTag)
		write16(units, at, 3, uint16(ix))
		rewrite(units, at, valuesForm)
		return success("type %s version %d, '%s' at inline index %d", t.Name, t.VersionTag, sname, ix)
	}
	if !m.IsExactDict(d) {
		return attrFail(attrKindNoDict, "the instance's __dict__ is not exactly a dict")
	}
	ix := m.DictHint(d, name)
	if ix < 0 || ix > 0xffff {
		return attrFail(attrKindOutOfRange, "'%s' is not in the instance's __dict__", sname)
	}
	write16(units, at, 3, uint16(ix))
	write32(units, at, 1, t.VersionTag)
	rewrite(units, at, hintForm)
	kind := "combined"
	if d.Keys().IsSplit() {
		kind = "split (materialised from inline values)"
	}
	return success("type %s version %d, '%s' at hint %d of the instance's %s __dict__", t.Name, t.VersionTag, sname, ix, kind)
}

func specializeLoadAttr(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt {
	units := f.Code.Units
	owner := stackTop(f, 0)
	name, sname := nameOf(m, f, oparg)
	if d := m.ExactModuleDict(owner); d != nil || m.TypeOf(owner) == m.Types().Module {
		return specializeModuleAttr(m, units, at, d, name, sname, op.LOAD_ATTR_MODULE, attrFail)
	}
	t := m.TypeOf(owner)
	kind, descr := analyzeDescriptor(m, t, name, false)
	switch kind {
	case descrOverriding:
		return attrFail(attrKindOverridingDescr, "%s", describeDescr(kind, t, sname))
	case descrMethod:
		return attrFail(attrKindMethod, "%s (loaded without a call: LOAD_ATTR, not LOAD_METHOD)", describeDescr(kind, t, sname))
	case descrProperty:
		return attrFail(attrKindProperty, "%s", describeDescr(kind, t, sname))
	case descrObjectSlot:
		owner, offset, _ := objectSlot(m, descr)
		if !t.IsSubtype(owner) {
			return attrFail(attrKindExpectedError, "the member '%s' belongs to %s, not to %s", sname, owner.Name, t.Name)
		}
		if offset > 0xffff {
			return attrFail(attrKindOutOfRange, "slot offset %d past 65535", offset)
		}
		write16(units, at, 3, uint16(offset))
		write32(units, at, 1, t.VersionTag)
		rewrite(units, at, op.LOAD_ATTR_SLOT)
		return success("type %s version %d, member '%s' at byte offset %d", t.Name, t.VersionTag, sname, offset)
	case descrDunderClass:
		write16(units, at, 3, vm.DunderClassOffset)
		write32(units, at, 1, t.VersionTag)
		rewrite(units, at, op.LOAD_ATTR_SLOT)
		return success("type %s version %d, __class__ read at offset %d (ob_type)", t.Name, t.VersionTag, vm.DunderClassOffset)
	case descrOtherSlot:
		return attrFail(attrKindNonObjectSlot, "%s", describeDescr(kind, t, sname))
	case descrMutable:
		return attrFail(attrKindMutableClass, "%s", describeDescr(kind, t, sname))
	case descrGetSetOverridden:
		if m.AsTypeObject(owner) != nil {
			return attrFail(attrKindOverridden, "LOAD_ATTR on a class object: type's own __getattribute__ (class attributes never specialize in 3.11)")
		}
		return attrFail(attrKindOverridden, "%s", describeDescr(kind, t, sname))
	}
	return specializeDictAccess(m, units, at, owner, t, name, sname, op.LOAD_ATTR_INSTANCE_VALUE, op.LOAD_ATTR_WITH_HINT)
}

// explainAttrVersion says why a type version guard fails, or "".
func explainAttrVersion(m *vm.Machine, t *vm.Type, cached uint32) string {
	if t.VersionTag == cached {
		return ""
	}
	if t.VersionTag == 0 {
		return fmt.Sprintf("type %s has no version tag now (modified since), cached %d", t.Name, cached)
	}
	return fmt.Sprintf("type version of %s is %d, cached %d", t.Name, t.VersionTag, cached)
}

func explainLoadAttr(m *vm.Machine, f *vm.Frame, at, oparg int) string {
	units := f.Code.Units
	owner := stackTop(f, 0)
	name, sname := nameOf(m, f, oparg)
	version := uint32(units[at+2]) | uint32(units[at+3])<<16
	ix := int(units[at+4])
	t := m.TypeOf(owner)
	switch op.Opcode(units[at] & 0xff) {
	case op.LOAD_ATTR_MODULE:
		return explainModule(m, owner, units, at)
	case op.LOAD_ATTR_INSTANCE_VALUE:
		if s := explainAttrVersion(m, t, version); s != "" {
			return s
		}
		if m.InlineValues(owner) == nil {
			return noInlineValues(m, owner)
		}
		return fmt.Sprintf("the instance has no '%s' at inline index %d", sname, ix)
	case op.LOAD_ATTR_WITH_HINT:
		if s := explainAttrVersion(m, t, version); s != "" {
			return s
		}
		d := m.ManagedDictOf(owner)
		if d == nil {
			return "the instance has no __dict__ object (inline values)"
		}
		if ix >= d.Keys().NEntries() {
			return fmt.Sprintf("hint %d is past the dict's %d entries", ix, d.Keys().NEntries())
		}
		key, _ := d.EntryKeyValue(ix)
		if key != name {
			return fmt.Sprintf("entry %d of the instance's dict is not '%s'", ix, sname)
		}
		if d.Keys().IsSplit() {
			return "split dict: its entries hold no values (they live in the values array), so WITH_HINT always misses (3.11 quirk)"
		}
		return fmt.Sprintf("'%s' was deleted from the instance's dict", sname)
	case op.LOAD_ATTR_SLOT:
		if s := explainAttrVersion(m, t, version); s != "" {
			return s
		}
		return fmt.Sprintf("the __slots__ member '%s' is unset", sname)
	}
	return "a guard failed"
}

// explainModule explains a miss of LOAD_ATTR_MODULE or LOAD_METHOD_MODULE.
func explainModule(m *vm.Machine, owner vm.Value, units []uint16, at int) string {
	d := m.ExactModuleDict(owner)
	if d == nil {
		return fmt.Sprintf("owner is a %s, not a module", m.TypeOf(owner).Name)
	}
	version := uint32(units[at+2]) | uint32(units[at+3])<<16
	if kv := d.Keys().KeysVersionNow(); kv != version {
		return fmt.Sprintf("module dict keys version is %d, cached %d (a name was added or deleted)", kv, version)
	}
	return "the cached entry of the module's dict is empty"
}

// noInlineValues says why an instance has no inline values: its __dict__
// was materialised, or its class derives from a builtin type whose
// __new__ is not object's (CPython 3.11 sets inline values up only in
// object.__new__).
func noInlineValues(m *vm.Machine, owner vm.Value) string {
	if _, plain := m.Object(owner).(*vm.Instance); plain {
		return "the instance's __dict__ was materialised: no inline values any more"
	}
	return "the instance has no inline values: its class derives from " +
		"a builtin type, and only object.__new__ sets inline values up"
}
