package vm

// Minimal specs of the builtin types, to be replaced by each type's own
// file (the file that owns a type moves its spec out of here).

var objectSpec = typeSpec{name: "object", basicSize: 16,
	slots: Slots{GetAttr: genericGetAttr, SetAttr: genericSetAttr, Hash: identityHash, Repr: objectRepr}}
var typeSpecType = typeSpec{name: "type", basicSize: 880, itemSize: 40, dictOffset: 264, weakrefOffset: 368}
var noneSpec = typeSpec{name: "NoneType", basicSize: 16,
	slots: Slots{Repr: func(m *Machine, a Value) (Value, error) { return m.Intern("None"), nil }, Hash: identityHash}}
var notImplementedSpec = typeSpec{name: "NotImplementedType", basicSize: 16}
var ellipsisSpec = typeSpec{name: "ellipsis", basicSize: 16}

func identityHash(m *Machine, v Value) (int64, error) {
	// CPython 3.11 _Py_HashPointer: the address rotated right by 4 bits.
	a := m.FakeAddress(v)
	return int64(a>>4 | a<<60), nil
}

func objectRepr(m *Machine, v Value) (Value, error) {
	t := m.TypeOf(v)
	name := t.QualName
	if t.Module != "builtins" {
		name = t.Module + "." + name
	}
	return m.NewStr("<" + name + " object at " + hexAddr(m.FakeAddress(v)) + ">"), nil
}

func genericGetAttr(m *Machine, obj, name Value) (Value, error) {
	return m.GenericGetAttr(obj, name)
}

func genericSetAttr(m *Machine, obj, name, v Value) error {
	return m.GenericSetAttr(obj, name, v)
}
