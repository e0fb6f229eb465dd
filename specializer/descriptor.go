package specializer

import (
	"github.com/quicken-py/quicken/vm"
)

// descrKind classifies what a name is on a type, as CPython 3.11's
// analyze_descriptor does for the attribute families: it decides which
// forms LOAD_ATTR, STORE_ATTR and LOAD_METHOD can take.
type descrKind int

const (
	// descrOverriding: another data descriptor (a getset such as
	// function.__name__, a data descriptor class written in C).
	descrOverriding descrKind = iota
	// descrMethod: a descriptor whose type has
	// Py_TPFLAGS_METHOD_DESCRIPTOR (a function, a method descriptor).
	descrMethod
	// descrProperty: a property.
	descrProperty
	// descrObjectSlot: a member descriptor of kind T_OBJECT_EX (a
	// __slots__ entry).
	descrObjectSlot
	// descrOtherSlot: another member descriptor.
	descrOtherSlot
	// descrNonOverriding: another non-data descriptor (staticmethod…).
	descrNonOverriding
	// descrBuiltinClassMethod: a classmethod_descriptor (dict.fromkeys).
	descrBuiltinClassMethod
	// descrPythonClassMethod: a classmethod object.
	descrPythonClassMethod
	// descrNonDescriptor: a class attribute that is no descriptor, whose
	// type is immutable (an int, a str, a tuple…).
	descrNonDescriptor
	// descrMutable: a class attribute whose type is mutable (an instance
	// of a Python class): it might become a descriptor at any time.
	descrMutable
	// descrAbsent: the type has no such attribute.
	descrAbsent
	// descrDunderClass: object's __class__.
	descrDunderClass
	// descrGetSetOverridden: the type's tp_getattro (tp_setattro when
	// storing) is not the generic one: __getattr__, __getattribute__,
	// every class object (type has its own), modules.
	descrGetSetOverridden
)

var descrKindNames = [...]string{
	descrOverriding:         "OVERRIDING",
	descrMethod:             "METHOD",
	descrProperty:           "PROPERTY",
	descrObjectSlot:         "OBJECT_SLOT",
	descrOtherSlot:          "OTHER_SLOT",
	descrNonOverriding:      "NON_OVERRIDING",
	descrBuiltinClassMethod: "BUILTIN_CLASSMETHOD",
	descrPythonClassMethod:  "PYTHON_CLASSMETHOD",
	descrNonDescriptor:      "NON_DESCRIPTOR",
	descrMutable:            "MUTABLE",
	descrAbsent:             "ABSENT",
	descrDunderClass:        "DUNDER_CLASS",
	descrGetSetOverridden:   "GETSET_OVERRIDDEN",
}

func (k descrKind) String() string { return descrKindNames[k] }

// analyzeDescriptor is analyze_descriptor: what name (an exact str) is on
// type t, for a load or (store set) a store, and the object found on the
// type (Null for ABSENT and GETSET_OVERRIDDEN). Like CPython's it looks
// the name up through the method cache, which may give t a version tag
// (not for names over 100 characters: gh-89811), and runs no Python code.
func analyzeDescriptor(m *vm.Machine, t *vm.Type, name vm.Value, store bool) (descrKind, vm.Value) {
	if store {
		if !t.IsGenericSetAttr() {
			return descrGetSetOverridden, vm.Null
		}
	} else if !t.IsGenericGetAttr() {
		return descrGetSetOverridden, vm.Null
	}
	descr := m.AttrTypeLookup(t, name)
	if descr == vm.Null {
		return descrAbsent, vm.Null
	}
	dt := m.TypeOf(descr)
	if !dt.IsImmutableType() {
		return descrMutable, descr
	}
	types := m.Types()
	if dt.DescrSet != nil {
		if dt == types.MemberDescriptor {
			// Every member descriptor here is a __slots__ member,
			// T_OBJECT_EX (builtin types' PyMemberDefs are getsets).
			if m.AsMemberDescriptor(descr) != nil {
				return descrObjectSlot, descr
			}
			return descrOtherSlot, descr
		}
		if _, _, ok := m.BuiltinObjectMember(descr); ok {
			// range.start and friends: member descriptors in CPython.
			return descrObjectSlot, descr
		}
		if dt == types.Property {
			return descrProperty, descr
		}
		if s, _ := m.GoString(name); s == "__class__" && descr == m.AttrTypeLookup(types.Object, name) {
			return descrDunderClass, descr
		}
		return descrOverriding, descr
	}
	if dt.DescrGet != nil {
		if dt.HasMethodDescriptorFlag() {
			return descrMethod, descr
		}
		if dt == types.ClassMethodDescriptor {
			return descrBuiltinClassMethod, descr
		}
		if dt == types.ClassMethod {
			return descrPythonClassMethod, descr
		}
		return descrNonOverriding, descr
	}
	return descrNonDescriptor, descr
}

// describeDescr says in a learner's words what the classification means.
func describeDescr(k descrKind, t *vm.Type, name string) string {
	switch k {
	case descrOverriding:
		return "'" + name + "' on " + t.Name + " is a data descriptor (overriding)"
	case descrMethod:
		return "'" + name + "' on " + t.Name + " is a method"
	case descrProperty:
		return "'" + name + "' on " + t.Name + " is a property"
	case descrObjectSlot:
		return "'" + name + "' is a __slots__ member of " + t.Name
	case descrOtherSlot:
		return "'" + name + "' on " + t.Name + " is a member that is not an object slot"
	case descrNonOverriding:
		return "'" + name + "' on " + t.Name + " is a non-data descriptor"
	case descrBuiltinClassMethod:
		return "'" + name + "' on " + t.Name + " is a builtin class method"
	case descrPythonClassMethod:
		return "'" + name + "' on " + t.Name + " is a classmethod"
	case descrNonDescriptor:
		return "'" + name + "' is a class attribute of " + t.Name + " (immutable type, not a descriptor)"
	case descrMutable:
		return "'" + name + "' is a class attribute of " + t.Name + " whose type is mutable (it could become a descriptor)"
	case descrAbsent:
		return t.Name + " has no class attribute '" + name + "'"
	case descrDunderClass:
		return "'" + name + "' is object.__class__"
	case descrGetSetOverridden:
		return t.Name + " does not use the generic attribute lookup (__getattr__/__getattribute__, a class object, or a builtin with its own)"
	}
	return "?"
}

// objectSlot returns the owner and byte offset of an OBJECT_SLOT
// descriptor, and whether it is read-only (a builtin type's member).
func objectSlot(m *vm.Machine, descr vm.Value) (owner *vm.Type, offset int, readonly bool) {
	if md := m.AsMemberDescriptor(descr); md != nil {
		return md.Owner, md.Offset, false
	}
	owner, offset, _ = m.BuiltinObjectMember(descr)
	return owner, offset, true
}
