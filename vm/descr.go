package vm

// Descriptors of builtin types (CPython's Objects/descrobject.c):
// method_descriptor and classmethod_descriptor for MethodDefs and
// getset_descriptor for GetSetDefs (PyMemberDef-like attributes are
// getsets here too, with CPython's "readonly attribute"); and the generic
// attribute access of the builtin objects that keep their own __dict__.
// The slot wrappers (wrapper_descriptor, method-wrapper) and __slots__'
// member_descriptor belong to the object model (slots.go, instance.go).

import (
	"strings"
)

// flagMethodDescriptor is Py_TPFLAGS_METHOD_DESCRIPTOR: instances of the
// type bind like functions, so a method call may skip making the bound
// method (function, method_descriptor). __flags__ reports it.
const flagMethodDescriptor TypeFlags = 1 << 17

// dictOwner is implemented by builtin objects that have a __dict__
// (CPython's tp_dictoffset != 0) that the object model's dictPointer does
// not know: classmethod and staticmethod objects, __main__'s loader, module
// specs (and functions, for their __dict__ getset). instanceDict returns
// the namespace, creating it when create is set (nil when absent and not
// created).
type dictOwner interface {
	instanceDict(m *Machine, create bool) *Dict
}

// attrName checks that an attribute name is a str, as
// PyObject_GenericGetAttr does.
func (m *Machine) attrName(name Value) error {
	if m.str(name) == nil {
		return m.typeError("attribute name must be string, not '%s'", m.typeName(name))
	}
	return nil
}

// builtinGetAttr is PyObject_GenericGetAttr for builtin objects: data
// descriptors of the type, then the instance __dict__ (dictOwner), then
// other descriptors and class attributes.
func builtinGetAttr(m *Machine, obj, name Value) (Value, error) {
	var d *Dict
	if o, ok := m.obj0(obj).(dictOwner); ok {
		d = o.instanceDict(m, false)
	}
	return m.getAttrWithDict(obj, name, d)
}

// getAttrWithDict is _PyObject_GenericGetAttrWithDict with an explicit
// instance namespace (nil: none).
func (m *Machine) getAttrWithDict(obj, name Value, d *Dict) (Value, error) {
	if err := m.attrName(name); err != nil {
		return Null, err
	}
	t := m.TypeOf(obj)
	descr := m.lookupType(t, name)
	var dt *Type
	if descr != Null {
		dt = m.TypeOf(descr)
		if dt.DescrGet != nil && dt.DescrSet != nil {
			return dt.DescrGet(m, descr, obj, t)
		}
	}
	if d != nil {
		v, err := m.DictGet(d, name)
		if err != nil || v != Null {
			return v, err
		}
	}
	if descr != Null {
		if dt.DescrGet != nil {
			return dt.DescrGet(m, descr, obj, t)
		}
		return descr, nil
	}
	return Null, m.noAttribute(obj, name)
}

// builtinSetAttr is PyObject_GenericSetAttr for builtin objects (v Null
// deletes).
func builtinSetAttr(m *Machine, obj, name, v Value) error {
	if err := m.attrName(name); err != nil {
		return err
	}
	t := m.TypeOf(obj)
	descr := m.lookupType(t, name)
	if descr != Null {
		if set := m.TypeOf(descr).DescrSet; set != nil {
			return set(m, descr, obj, v)
		}
	}
	o, ok := m.obj0(obj).(dictOwner)
	if !ok {
		if descr == Null {
			return m.Raisef(m.types.exceptions["AttributeError"], "'%s' object has no attribute '%s'", m.typeName(obj), m.str(name).S)
		}
		return m.Raisef(m.types.exceptions["AttributeError"], "'%s' object attribute '%s' is read-only", m.typeName(obj), m.str(name).S)
	}
	if v == Null {
		d := o.instanceDict(m, false)
		found := false
		if d != nil {
			var err error
			if found, err = m.DictDelete(d, name); err != nil {
				return err
			}
		}
		if !found {
			return m.Raisef(m.types.exceptions["AttributeError"], "'%s' object has no attribute '%s'", m.typeName(obj), m.str(name).S)
		}
		return nil
	}
	return m.DictSet(o.instanceDict(m, true), name, v)
}

// dictGetSet is the __dict__ attribute of builtin objects with a dict
// (subtype_dict / PyObject_GenericGetDict and its setter).
var dictGetSet = GetSetDef{Name: "__dict__",
	Get: func(m *Machine, self Value) (Value, error) {
		o, ok := m.obj0(self).(dictOwner)
		if !ok {
			return Null, m.Raisef(m.types.exceptions["AttributeError"], "This object has no __dict__")
		}
		return o.instanceDict(m, true).self, nil
	},
	Set: func(m *Machine, self, v Value) error {
		if v == Null {
			return m.typeError("cannot delete __dict__")
		}
		d, ok := m.obj0(v).(*Dict)
		if !ok {
			return m.typeError("__dict__ must be set to a dictionary, not a '%s'", m.typeName(v))
		}
		switch o := m.obj0(self).(type) {
		case *Function:
			o.dict = d
		case *callableWrapper:
			o.dict = d
		case *sourceLoader:
			o.dict = d
		case *moduleSpecObj:
			o.dict = d
		default:
			return m.Raisef(m.types.exceptions["AttributeError"], "This object has no __dict__")
		}
		return nil
	},
}

// descrApplies is descr_check: a descriptor of owner applied to obj.
func (m *Machine) descrApplies(name string, owner *Type, obj Value) error {
	if !m.TypeOf(obj).IsSubtype(owner) {
		return m.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			name, tpName(owner), m.typeName(obj))
	}
	return nil
}

// splitDoc separates a builtin's doc string into __text_signature__ and
// __doc__ the way CPython's find_signature does: a doc starting with
// "name(" and holding "\n--\n\n" carries the signature before that marker.
func splitDoc(name, doc string) (sig, rest string, hasSig bool) {
	if doc == "" {
		return "", "", false
	}
	if strings.HasPrefix(doc, name+"(") {
		if i := strings.Index(doc, ")\n--\n\n"); i >= 0 {
			return doc[len(name) : i+1], doc[i+len(")\n--\n\n"):], true
		}
	}
	return "", doc, false
}

// docValue returns a builtin's __doc__ from its internal doc (None if
// empty).
func (m *Machine) docValue(name, doc string) Value {
	_, rest, _ := splitDoc(name, doc)
	if rest == "" {
		return None
	}
	return m.NewStr(rest)
}

// textSignature returns a builtin's __text_signature__ (None if it has
// none).
func (m *Machine) textSignature(name, doc string) Value {
	sig, _, ok := splitDoc(name, doc)
	if !ok {
		return None
	}
	return m.NewStr(sig)
}

// typeQualName is a type's __qualname__ as descriptors print it.
func typeQualName(t *Type) string {
	if t.QualName != "" {
		return t.QualName
	}
	return t.Name
}

// --- method_descriptor and classmethod_descriptor ---

func (m *Machine) methodDescr(v Value) *MethodDescriptor {
	d, _ := m.obj0(v).(*MethodDescriptor)
	return d
}

func methodDescrRepr(m *Machine, v Value) (Value, error) {
	d := m.methodDescr(v)
	return m.NewStr("<method '" + d.Def.Name + "' of '" + tpName(d.Owner) + "' objects>"), nil
}

// methodDescrGet is method_get: on the class the descriptor itself, on an
// instance a builtin method bound to it.
func methodDescrGet(m *Machine, descr, obj Value, typ *Type) (Value, error) {
	d := m.methodDescr(descr)
	if obj == Null {
		return descr, nil
	}
	if err := m.descrApplies(d.Def.Name, d.Owner, obj); err != nil {
		return Null, err
	}
	return m.NewBuiltinFunction(d.Def, obj, Null), nil
}

// methodDescrCall calls an unbound builtin method: list.append(l, x).
func methodDescrCall(m *Machine, callable Value, args, kwnames []Value) (Value, error) {
	d := m.methodDescr(callable)
	if len(args)-len(kwnames) < 1 {
		return Null, m.typeError("unbound method %s.%s() needs an argument", typeQualName(d.Owner), d.Def.Name)
	}
	self := args[0]
	if err := m.descrApplies(d.Def.Name, d.Owner, self); err != nil {
		return Null, err
	}
	return d.Def.Fn(m, self, args[1:], kwnames)
}

// classMethodDescrGet is classmethod_get: bound to the type (of obj when
// no type is given).
func classMethodDescrGet(m *Machine, descr, obj Value, typ *Type) (Value, error) {
	d := m.methodDescr(descr)
	if typ == nil {
		if obj == Null {
			return Null, m.typeError("descriptor '%s' for type '%s' needs either an object or a type", d.Def.Name, d.Owner.Name)
		}
		typ = m.TypeOf(obj)
	}
	return m.classMethodDescrBind(d, typ.self)
}

func (m *Machine) classMethodDescrBind(d *MethodDescriptor, typ Value) (Value, error) {
	t := m.typeObj(typ)
	if t == nil {
		return Null, m.typeError("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", d.Def.Name, d.Owner.Name, m.typeName(typ))
	}
	if !t.IsSubtype(d.Owner) {
		return Null, m.typeError("descriptor '%s' requires a subtype of '%s' but received '%s'", d.Def.Name, d.Owner.Name, t.Name)
	}
	return m.NewBuiltinFunction(d.Def, typ, Null), nil
}

// classMethodDescrCall is classmethoddescr_call: dict.__dict__['fromkeys'](dict, it).
func classMethodDescrCall(m *Machine, callable Value, args, kwnames []Value) (Value, error) {
	d := m.methodDescr(callable)
	if len(args)-len(kwnames) < 1 {
		return Null, m.typeError("descriptor '%s' of '%s' object needs an argument", d.Def.Name, tpName(d.Owner))
	}
	if _, err := m.classMethodDescrBind(d, args[0]); err != nil {
		return Null, err
	}
	return d.Def.Fn(m, args[0], args[1:], kwnames)
}

// descrOwnerAndName returns what the attributes of a descriptor of a
// builtin type describe: its owner, name and internal doc.
func descrOwnerAndName(m *Machine, v Value) (*Type, string, string) {
	switch d := m.obj0(v).(type) {
	case *MethodDescriptor:
		return d.Owner, d.Def.Name, d.Def.Doc
	case *GetSetDescriptor:
		return d.Owner, d.Def.Name, ""
	}
	return nil, "", ""
}

// readonlyMember is the setter of a read-only PyMemberDef attribute,
// which this VM exposes as a getset descriptor with CPython's message.
func readonlyMember(m *Machine, self, v Value) error {
	return m.Raisef(m.types.exceptions["AttributeError"], "readonly attribute")
}

// descrGetSets are the attributes of the descriptor types: __objclass__
// and __name__ (members in CPython), __doc__, __qualname__ and, for
// method descriptors, __text_signature__.
func descrGetSets(withSig bool) []GetSetDef {
	gs := []GetSetDef{
		{Name: "__objclass__", Get: func(m *Machine, self Value) (Value, error) {
			t, _, _ := descrOwnerAndName(m, self)
			return t.self, nil
		}, Set: readonlyMember},
		{Name: "__name__", Get: func(m *Machine, self Value) (Value, error) {
			_, n, _ := descrOwnerAndName(m, self)
			return m.Intern(n), nil
		}, Set: readonlyMember},
		{Name: "__doc__", Get: func(m *Machine, self Value) (Value, error) {
			_, n, doc := descrOwnerAndName(m, self)
			return m.docValue(n, doc), nil
		}},
		{Name: "__qualname__", Get: func(m *Machine, self Value) (Value, error) {
			t, n, _ := descrOwnerAndName(m, self)
			return m.NewStr(typeQualName(t) + "." + n), nil
		}},
	}
	if withSig {
		gs = append(gs, GetSetDef{Name: "__text_signature__", Get: func(m *Machine, self Value) (Value, error) {
			_, n, doc := descrOwnerAndName(m, self)
			return m.textSignature(n, doc), nil
		}})
	}
	return gs
}

var methodDescriptorSpec = typeSpec{name: "method_descriptor", basicSize: 56,
	flags:   FlagHaveGC | FlagImmutable | flagMethodDescriptor,
	slots:   Slots{Repr: methodDescrRepr, Call: methodDescrCall, GetAttr: genericGetAttr, DescrGet: methodDescrGet},
	methods: []MethodDef{{Name: "__reduce__", Fn: methodDescrReduce}},
	getsets: descrGetSets(true),
}

var classMethodDescriptorSpec = typeSpec{name: "classmethod_descriptor", basicSize: 56,
	flags:   FlagHaveGC | FlagImmutable,
	slots:   Slots{Repr: methodDescrRepr, Call: classMethodDescrCall, GetAttr: genericGetAttr, DescrGet: classMethodDescrGet},
	getsets: descrGetSets(true),
}

// --- getset_descriptor ---

func getSetDescrRepr(m *Machine, v Value) (Value, error) {
	d := m.obj(v).(*GetSetDescriptor)
	return m.NewStr("<attribute '" + d.Def.Name + "' of '" + tpName(d.Owner) + "' objects>"), nil
}

func getSetDescrGet(m *Machine, descr, obj Value, typ *Type) (Value, error) {
	d := m.obj(descr).(*GetSetDescriptor)
	if obj == Null {
		return descr, nil
	}
	if err := m.descrApplies(d.Def.Name, d.Owner, obj); err != nil {
		return Null, err
	}
	if d.Def.Get == nil {
		return Null, m.Raisef(m.types.exceptions["AttributeError"], "attribute '%s' of '%s' objects is not readable", d.Def.Name, d.Owner.Name)
	}
	return d.Def.Get(m, obj)
}

func getSetDescrSet(m *Machine, descr, obj, v Value) error {
	d := m.obj(descr).(*GetSetDescriptor)
	if err := m.descrApplies(d.Def.Name, d.Owner, obj); err != nil {
		return err
	}
	if d.Def.Set == nil {
		return m.Raisef(m.types.exceptions["AttributeError"], "attribute '%s' of '%s' objects is not writable", d.Def.Name, d.Owner.Name)
	}
	return d.Def.Set(m, obj, v)
}

var getSetDescriptorSpec = typeSpec{name: "getset_descriptor", basicSize: 48,
	flags:   FlagHaveGC | FlagImmutable,
	slots:   Slots{Repr: getSetDescrRepr, GetAttr: genericGetAttr, DescrGet: getSetDescrGet, DescrSet: getSetDescrSet},
	getsets: descrGetSets(false),
}

// methodDescriptorFor makes the descriptor that puts a builtin type's
// method in its namespace (type_add_method): a method_descriptor, a
// classmethod_descriptor, or for a static method a staticmethod wrapping
// a builtin function whose m_self is the type.
func (m *Machine) methodDescriptorFor(t *Type, def *MethodDef) Value {
	switch def.Kind {
	case ClassMethod:
		return m.alloc(&MethodDescriptor{Def: def, Owner: t}, m.types.ClassMethodDescriptor)
	case StaticMethod:
		return m.NewStaticMethod(m.NewBuiltinFunction(def, t.self, Null))
	}
	return m.alloc(&MethodDescriptor{Def: def, Owner: t}, m.types.MethodDescriptor)
}
