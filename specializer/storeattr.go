package specializer

import (
	"fmt"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// The STORE_ATTR family (CPython 3.11 _Py_Specialize_StoreAttr): a
// __slots__ member (STORE_ATTR_SLOT) or an instance attribute stored
// through the managed dict, in the inline values
// (STORE_ATTR_INSTANCE_VALUE) or in a materialised dict
// (STORE_ATTR_WITH_HINT). Same cache as LOAD_ATTR: version(2) index(1).
// Stack: value, owner (TOS).

func init() {
	register(op.STORE_ATTR, &family{specialize: specializeStoreAttr, explain: explainStoreAttr})
}

func specializeStoreAttr(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt {
	units := f.Code.Units
	owner := stackTop(f, 0)
	name, sname := nameOf(m, f, oparg)
	t := m.TypeOf(owner)
	if t == m.Types().Module {
		return attrFail(attrKindOverridden, "STORE_ATTR on a module is not specialized")
	}
	kind, descr := analyzeDescriptor(m, t, name, true)
	switch kind {
	case descrOverriding:
		return attrFail(attrKindOverridingDescr, "%s", describeDescr(kind, t, sname))
	case descrMethod:
		return attrFail(attrKindMethod, "%s", describeDescr(kind, t, sname))
	case descrProperty:
		return attrFail(attrKindProperty, "%s", describeDescr(kind, t, sname))
	case descrObjectSlot:
		owner, offset, readonly := objectSlot(m, descr)
		if !t.IsSubtype(owner) {
			return attrFail(attrKindExpectedError, "the member '%s' belongs to %s, not to %s", sname, owner.Name, t.Name)
		}
		if readonly {
			return attrFail(attrKindReadOnly, "the member '%s' of %s is read-only", sname, owner.Name)
		}
		if offset > 0xffff {
			return attrFail(attrKindOutOfRange, "slot offset %d past 65535", offset)
		}
		write16(units, at, 3, uint16(offset))
		write32(units, at, 1, t.VersionTag)
		rewrite(units, at, op.STORE_ATTR_SLOT)
		return success("type %s version %d, __slots__ member '%s' at byte offset %d", t.Name, t.VersionTag, sname, offset)
	case descrDunderClass, descrOtherSlot:
		return attrFail(attrKindNonObjectSlot, "%s", describeDescr(kind, t, sname))
	case descrMutable:
		return attrFail(attrKindMutableClass, "%s", describeDescr(kind, t, sname))
	case descrGetSetOverridden:
		if m.AsTypeObject(owner) != nil {
			return attrFail(attrKindOverridden, "STORE_ATTR on a class object: type's own __setattr__")
		}
		return attrFail(attrKindOverridden, "%s does not use the generic attribute assignment (__setattr__ or a builtin with its own)", t.Name)
	}
	return specializeDictAccess(m, units, at, owner, t, name, sname, op.STORE_ATTR_INSTANCE_VALUE, op.STORE_ATTR_WITH_HINT)
}

func explainStoreAttr(m *vm.Machine, f *vm.Frame, at, oparg int) string {
	units := f.Code.Units
	owner := stackTop(f, 0)
	name, sname := nameOf(m, f, oparg)
	version := uint32(units[at+2]) | uint32(units[at+3])<<16
	ix := int(units[at+4])
	t := m.TypeOf(owner)
	if s := explainAttrVersion(m, t, version); s != "" {
		return s
	}
	switch op.Opcode(units[at] & 0xff) {
	case op.STORE_ATTR_INSTANCE_VALUE:
		return noInlineValues(m, owner)
	case op.STORE_ATTR_WITH_HINT:
		d := m.ManagedDictOf(owner)
		if d == nil {
			return "the instance has no __dict__ object (inline values)"
		}
		if ix >= d.Keys().NEntries() {
			return fmt.Sprintf("hint %d is past the dict's %d entries", ix, d.Keys().NEntries())
		}
		if key, _ := d.EntryKeyValue(ix); key != name {
			return fmt.Sprintf("entry %d of the instance's dict is not '%s'", ix, sname)
		}
		if d.Keys().IsSplit() {
			return "split dict: its entries hold no values (they live in the values array), so WITH_HINT always misses (3.11 quirk)"
		}
		return fmt.Sprintf("'%s' is not set in the instance's dict (WITH_HINT only replaces a value)", sname)
	}
	return "a guard failed"
}
