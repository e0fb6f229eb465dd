package vm

// The type type (CPython 3.11 Objects/typeobject.c): calling a class,
// attribute access on classes (type_getattro, type_setattro), the
// attributes of types, their repr, mappingproxy (a class's __dict__),
// isinstance/issubclass (Objects/abstract.c), and PyType_Ready for
// builtin types.

var typeSpecType = typeSpec{
	name:          "type",
	basicSize:     904,
	itemSize:      40,
	dictOffset:    264,
	weakrefOffset: 368,
	flags:         FlagBaseType | FlagHaveGC | FlagImmutable | flagHaveVectorcall | FlagTypeSubclass,
	slots: Slots{
		Repr:    typeRepr,
		Call:    typeCall,
		GetAttr: typeGetAttr,
		SetAttr: typeSetAttr,
		Init:    typeInit,
		New:     typeNew,
		// CPython 3.11: type.__or__ makes a PEP 604 union (union.go).
		Number: [NbCount]BinaryFunc{NbOr: unionTypeOr},
	},
	methods: []MethodDef{
		{Name: "mro", Fn: typeMroMethod},
		{Name: "__subclasses__", Fn: typeSubclassesMethod},
		{Name: "__prepare__", Fn: typePrepare, Kind: ClassMethod},
		{Name: "__instancecheck__", Fn: typeInstancecheck},
		{Name: "__subclasscheck__", Fn: typeSubclasscheck},
		{Name: "__dir__", Fn: typeDir},
		{Name: "__sizeof__", Fn: typeSizeof},
	},
	getsets: []GetSetDef{
		{Name: "__basicsize__", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewInt(int64(m.typeObj(self).BasicSize)), nil
		}, Set: readonlyMember},
		{Name: "__itemsize__", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewInt(int64(m.typeObj(self).ItemSize)), nil
		}, Set: readonlyMember},
		{Name: "__flags__", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewInt(int64(m.typeFlags(m.typeObj(self)))), nil
		}, Set: readonlyMember},
		{Name: "__weakrefoffset__", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewInt(int64(m.typeObj(self).WeakrefOffset)), nil
		}, Set: readonlyMember},
		{Name: "__base__", Get: func(m *Machine, self Value) (Value, error) {
			if b := m.typeObj(self).Base; b != nil {
				return b.self, nil
			}
			return None, nil
		}, Set: readonlyMember},
		{Name: "__dictoffset__", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewInt(int64(m.typeObj(self).DictOffset)), nil
		}, Set: readonlyMember},
		{Name: "__mro__", Get: func(m *Machine, self Value) (Value, error) {
			return m.typesTuple(m.typeObj(self).MRO), nil
		}, Set: readonlyMember},
		{Name: "__name__", Get: typeGetName, Set: typeSetName},
		{Name: "__qualname__", Get: typeGetQualname, Set: typeSetQualname},
		{Name: "__bases__", Get: func(m *Machine, self Value) (Value, error) {
			return m.typesTuple(m.typeObj(self).Bases), nil
		}, Set: typeSetBases},
		{Name: "__module__", Get: typeGetModule, Set: typeSetModule},
		{Name: "__abstractmethods__", Get: typeGetAbstractmethods, Set: typeSetAbstractmethods},
		{Name: "__dict__", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewMappingProxy(m.typeObj(self).Dict.self), nil
		}},
		{Name: "__doc__", Get: typeGetDoc, Set: typeSetDoc},
		{Name: "__text_signature__", Get: func(m *Machine, self Value) (Value, error) { return None, nil }},
		{Name: "__annotations__", Get: typeGetAnnotations, Set: typeSetAnnotations},
	},
}

// typeFlags is tp_flags as __flags__ shows it.
func (m *Machine) typeFlags(t *Type) TypeFlags {
	f := t.Flags | flagReady
	if !t.IsHeap() {
		f |= FlagImmutable
	}
	if m.builtinMatchSelf(t) {
		// Class patterns match the subject itself (match.go).
		f |= flagMatchSelf
	}
	return f
}

// tpName is tp_name: a builtin type outside builtins is "module.name".
func tpName(t *Type) string {
	if !t.IsHeap() && t.Module != "" && t.Module != "builtins" {
		return t.Module + "." + t.Name
	}
	return t.Name
}

// typesTuple makes a tuple of types.
func (m *Machine) typesTuple(ts []*Type) Value {
	items := make([]Value, len(ts))
	for i, t := range ts {
		items[i] = t.self
	}
	return m.NewTuple(items)
}

// typeModuleName is type_module as Go text: a class's __module__ (""
// if it is not a str), a builtin type's module.
func (m *Machine) typeModuleName(t *Type) string {
	if t.IsHeap() {
		if t.Dict != nil {
			if s := m.str(m.dictGetStr(t.Dict, "__module__")); s != nil {
				return s.S
			}
		}
		return ""
	}
	if t.Module == "" {
		return "builtins"
	}
	return t.Module
}

// typeQualName is type_qualname.
func (m *Machine) typeQualName(t *Type) string {
	if t.IsHeap() && t.QualName != "" {
		return t.QualName
	}
	return t.Name
}

// typeRepr is type_repr: <class 'module.QualName'>, builtins unprefixed.
func typeRepr(m *Machine, v Value) (Value, error) {
	t := m.typeObj(v)
	mod := m.typeModuleName(t)
	if t.IsHeap() && t.Dict != nil {
		mv := m.dictGetStr(t.Dict, "__module__")
		if mv == Null {
			mod = ""
		}
	}
	if mod != "" && mod != "builtins" {
		return m.NewStr("<class '" + mod + "." + m.typeQualName(t) + "'>"), nil
	}
	return m.NewStr("<class '" + tpName(t) + "'>"), nil
}

// typeCall is type_call: type(x), or a new instance made by tp_new and,
// if it is an instance of the class, initialised by tp_init.
func typeCall(m *Machine, callable Value, args, kwnames []Value) (Value, error) {
	t := m.typeObj(callable)
	if t == m.types.Type {
		nargs := len(args) - len(kwnames)
		if nargs == 1 {
			if len(kwnames) > 0 {
				return Null, m.typeError("type() takes no keyword arguments")
			}
			return m.TypeOf(args[0]).self, nil
		}
		if nargs != 3 {
			return Null, m.typeError("type() takes 1 or 3 arguments")
		}
	}
	if t.New == nil {
		return Null, m.typeError("cannot create '%s' instances", tpName(t))
	}
	obj, err := t.New(m, t, args, kwnames)
	if err != nil {
		return Null, err
	}
	ot := m.TypeOf(obj)
	if !ot.IsSubtype(t) {
		return obj, nil
	}
	if ot.Init != nil {
		if err := ot.Init(m, obj, args, kwnames); err != nil {
			return Null, err
		}
	}
	return obj, nil
}

// typeInit is type_init: type.__init__ only checks its arguments.
func typeInit(m *Machine, self Value, args, kwnames []Value) error {
	nargs := len(args) - len(kwnames)
	if len(kwnames) > 0 && nargs == 1 {
		return m.typeError("type.__init__() takes no keyword arguments")
	}
	if nargs != 1 && nargs != 3 {
		return m.typeError("type.__init__() takes 1 or 3 arguments")
	}
	return nil
}

// typeGetAttr is type_getattro: a data descriptor of the metaclass, then
// the class's MRO (binding descriptors with no instance), then the
// metaclass's other attributes.
func typeGetAttr(m *Machine, obj, name Value) (Value, error) {
	t := m.typeObj(obj)
	if m.str(name) == nil {
		return Null, m.typeError("attribute name must be string, not '%s'", cTrunc(m.typeName(name), 200))
	}
	meta := m.TypeOf(obj)
	metaAttr := m.lookupType(meta, name)
	var metaGet func(m *Machine, descr, obj Value, typ *Type) (Value, error)
	if metaAttr != Null {
		mt := m.TypeOf(metaAttr)
		metaGet = mt.DescrGet
		if metaGet != nil && mt.DescrSet != nil {
			return metaGet(m, metaAttr, obj, meta)
		}
	}
	if attr := m.lookupType(t, name); attr != Null {
		if get := m.TypeOf(attr).DescrGet; get != nil {
			return get(m, attr, Null, t)
		}
		return attr, nil
	}
	if metaGet != nil {
		return metaGet(m, metaAttr, obj, meta)
	}
	if metaAttr != Null {
		return metaAttr, nil
	}
	return Null, m.noAttribute(obj, name)
}

// typeSetAttr is type_setattro: builtin types are immutable; a class's
// version tag is invalidated and, for a special method, its slots are
// re-derived.
func typeSetAttr(m *Machine, obj, name, v Value) error {
	t := m.typeObj(obj)
	if !t.IsHeap() || t.Flags&FlagImmutable != 0 {
		r, _ := m.Repr(name)
		rs := "?"
		if s := m.str(r); s != nil {
			rs = s.S
		}
		return m.typeError("cannot set %s attribute of immutable type '%s'", rs, tpName(t))
	}
	if s := m.str(name); s != nil {
		// Names become exact, interned strs.
		name = m.Intern(s.S)
	}
	if err := m.GenericSetAttr(obj, name, v); err != nil {
		return err
	}
	m.typeModified(t)
	if isDunder(m.str(name).S) {
		m.updateSlot(t, name)
	}
	return nil
}

// isDunder is is_dunder_name: __x__ with something between.
func isDunder(s string) bool {
	return len(s) > 4 && s[:2] == "__" && s[len(s)-2:] == "__"
}

// checkSetSpecialTypeAttr is check_set_special_type_attr.
func (m *Machine) checkSetSpecialTypeAttr(t *Type, v Value, name string) error {
	if !t.IsHeap() || t.Flags&FlagImmutable != 0 {
		return m.typeError("cannot set '%s' attribute of immutable type '%s'", name, tpName(t))
	}
	if v == Null {
		return m.typeError("cannot delete '%s' attribute of immutable type '%s'", name, tpName(t))
	}
	return nil
}

func typeGetName(m *Machine, self Value) (Value, error) {
	return m.NewStr(m.typeObj(self).Name), nil
}

func typeSetName(m *Machine, self, v Value) error {
	t := m.typeObj(self)
	if err := m.checkSetSpecialTypeAttr(t, v, "__name__"); err != nil {
		return err
	}
	s := m.str(v)
	if s == nil {
		return m.typeError("can only assign string to %s.__name__, not '%s'", tpName(t), m.typeName(v))
	}
	for i := 0; i < len(s.S); i++ {
		if s.S[i] == 0 {
			return m.Raisef(m.types.ValueError, "type name must not contain null characters")
		}
	}
	t.Name = s.S
	return nil
}

func typeGetQualname(m *Machine, self Value) (Value, error) {
	return m.NewStr(m.typeQualName(m.typeObj(self))), nil
}

func typeSetQualname(m *Machine, self, v Value) error {
	t := m.typeObj(self)
	if err := m.checkSetSpecialTypeAttr(t, v, "__qualname__"); err != nil {
		return err
	}
	s := m.str(v)
	if s == nil {
		return m.typeError("can only assign string to %s.__qualname__, not '%s'", tpName(t), m.typeName(v))
	}
	t.QualName = s.S
	return nil
}

func typeGetModule(m *Machine, self Value) (Value, error) {
	t := m.typeObj(self)
	if t.IsHeap() {
		v := m.dictGetStr(t.Dict, "__module__")
		if v == Null {
			return Null, m.RaiseArgs(m.types.exceptions["AttributeError"], m.Intern("__module__"))
		}
		return v, nil
	}
	return m.Intern(m.typeModuleName(t)), nil
}

func typeSetModule(m *Machine, self, v Value) error {
	t := m.typeObj(self)
	if err := m.checkSetSpecialTypeAttr(t, v, "__module__"); err != nil {
		return err
	}
	m.typeModified(t)
	return m.DictSet(t.Dict, m.Intern("__module__"), v)
}

func typeGetAbstractmethods(m *Machine, self Value) (Value, error) {
	t := m.typeObj(self)
	var v Value
	if t != m.types.Type {
		v = m.dictGetStr(t.Dict, "__abstractmethods__")
	}
	if v == Null {
		return Null, m.RaiseArgs(m.types.exceptions["AttributeError"], m.Intern("__abstractmethods__"))
	}
	return v, nil
}

func typeSetAbstractmethods(m *Machine, self, v Value) error {
	t := m.typeObj(self)
	abstract := false
	if v != Null {
		b, err := m.Truth(v)
		if err != nil {
			return err
		}
		abstract = b
		if err := m.DictSet(t.Dict, m.Intern("__abstractmethods__"), v); err != nil {
			return err
		}
	} else {
		found, err := m.DictDelete(t.Dict, m.Intern("__abstractmethods__"))
		if err != nil {
			return err
		}
		if !found {
			return m.RaiseArgs(m.types.exceptions["AttributeError"], m.Intern("__abstractmethods__"))
		}
	}
	m.typeModified(t)
	if abstract {
		t.Flags |= FlagAbstract
	} else {
		t.Flags &^= FlagAbstract
	}
	return nil
}

func typeGetDoc(m *Machine, self Value) (Value, error) {
	t := m.typeObj(self)
	if !t.IsHeap() && t.Doc != "" {
		return m.NewStr(t.Doc), nil
	}
	v := m.dictGetStr(t.Dict, "__doc__")
	if v == Null {
		return None, nil
	}
	if get := m.TypeOf(v).DescrGet; get != nil {
		return get(m, v, Null, t)
	}
	return v, nil
}

func typeSetDoc(m *Machine, self, v Value) error {
	t := m.typeObj(self)
	if err := m.checkSetSpecialTypeAttr(t, v, "__doc__"); err != nil {
		return err
	}
	m.typeModified(t)
	return m.DictSet(t.Dict, m.Intern("__doc__"), v)
}

func typeGetAnnotations(m *Machine, self Value) (Value, error) {
	t := m.typeObj(self)
	if !t.IsHeap() {
		return Null, m.Raisef(m.types.exceptions["AttributeError"],
			"type object '%s' has no attribute '__annotations__'", tpName(t))
	}
	v := m.dictGetStr(t.Dict, "__annotations__")
	if v != Null {
		if get := m.TypeOf(v).DescrGet; get != nil {
			return get(m, v, Null, t)
		}
		return v, nil
	}
	d := m.NewDict()
	m.dictSetStr(t.Dict, "__annotations__", d.self)
	m.typeModified(t)
	return d.self, nil
}

func typeSetAnnotations(m *Machine, self, v Value) error {
	t := m.typeObj(self)
	if !t.IsHeap() || t.Flags&FlagImmutable != 0 {
		return m.typeError("cannot set '__annotations__' attribute of immutable type '%s'", tpName(t))
	}
	if v != Null {
		if err := m.DictSet(t.Dict, m.Intern("__annotations__"), v); err != nil {
			return err
		}
	} else {
		found, err := m.DictDelete(t.Dict, m.Intern("__annotations__"))
		if err != nil {
			return err
		}
		if !found {
			return m.RaiseArgs(m.types.exceptions["AttributeError"], m.Intern("__annotations__"))
		}
	}
	m.typeModified(t)
	return nil
}

func typeMroMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(args) > 0 {
		return Null, m.typeError("type.mro() takes no arguments (%d given)", len(args))
	}
	mro, err := m.mroImplementation(m.typeObj(self))
	if err != nil {
		return Null, err
	}
	items := make([]Value, len(mro))
	for i, t := range mro {
		items[i] = t.self
	}
	return m.NewList(items), nil
}

func typeSubclassesMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(args) > 0 {
		return Null, m.typeError("type.__subclasses__() takes no arguments (%d given)", len(args))
	}
	subs := m.typeObj(self).subclasses
	items := make([]Value, len(subs))
	for i, s := range subs {
		items[i] = s.self
	}
	return m.NewList(items), nil
}

// typePrepare is type.__prepare__: a new dict, whatever the arguments.
func typePrepare(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	return m.NewDict().self, nil
}

func typeInstancecheck(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 || len(args) != 1 {
		return Null, m.typeError("type.__instancecheck__() takes exactly one argument (%d given)", len(args))
	}
	r, err := m.realIsInstance(args[0], self)
	return Bool(r), err
}

func typeSubclasscheck(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 || len(args) != 1 {
		return Null, m.typeError("type.__subclasscheck__() takes exactly one argument (%d given)", len(args))
	}
	r, err := m.realIsSubclass(args[0], self)
	return Bool(r), err
}

func typeDir(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(args) > 0 {
		return Null, m.typeError("type.__dir__() takes no arguments (%d given)", len(args))
	}
	d := m.NewDict()
	if err := m.mergeClassDict(d, self); err != nil {
		return Null, err
	}
	return m.dictKeysList(d), nil
}

// typeSizeof is type.__sizeof__: PyHeapTypeObject plus the shared keys
// for a class, PyTypeObject for a builtin type.
func typeSizeof(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(args) > 0 {
		return Null, m.typeError("type.__sizeof__() takes no arguments (%d given)", len(args))
	}
	return m.NewInt(int64(typeObjectSize(m.typeObj(self)))), nil
}

// Sizes of CPython 3.11's type structs on a 64-bit build.
const (
	sizeofPyTypeObject     = 408
	sizeofPyHeapTypeObject = 904
)

func typeObjectSize(t *Type) int {
	if !t.IsHeap() {
		return sizeofPyTypeObject
	}
	n := sizeofPyHeapTypeObject
	if k := t.CachedKeys; k != nil {
		n += dictKeysSize(k)
	}
	return n
}

// dictKeysSize is _PyDict_KeysSize: header, index bytes, and entries for
// the usable fraction of the table.
func dictKeysSize(k *DictKeys) int {
	size := 1 << k.log2Size
	ixBytes := 1
	switch {
	case k.log2Size >= 32:
		ixBytes = 8
	case k.log2Size >= 16:
		ixBytes = 4
	case k.log2Size >= 8:
		ixBytes = 2
	}
	entry := 24
	if k.kind != keysGeneral {
		entry = 16
	}
	return 32 + size*ixBytes + usableFraction(size)*entry
}

// IsInstance is isinstance(v, cls) (PyObject_IsInstance): cls may be a
// tuple, and a metaclass's __instancecheck__ is honoured.
func (m *Machine) IsInstance(v, cls Value) (bool, error) {
	vt := m.TypeOf(v)
	if ct := m.typeObj(cls); ct != nil && vt == ct {
		return true, nil
	}
	if m.TypeOf(cls) == m.types.Type {
		return m.objectIsInstance(v, cls)
	}
	// CPython 3.11: a union is checked as the tuple of its arguments.
	if u := m.union(cls); u != nil {
		cls = u.Args
	}
	if tu := m.tuple(cls); tu != nil {
		if err := m.enterRecursiveCall(" in __instancecheck__"); err != nil {
			return false, err
		}
		defer m.leaveRecursiveCall()
		for _, item := range tu.Items {
			r, err := m.IsInstance(v, item)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	checker, err := m.lookupSpecial(cls, "__instancecheck__")
	if err != nil {
		return false, err
	}
	if checker != Null {
		if err := m.enterRecursiveCall(" in __instancecheck__"); err != nil {
			return false, err
		}
		r, err := m.Call(checker, []Value{v}, nil)
		m.leaveRecursiveCall()
		if err != nil {
			return false, err
		}
		return m.Truth(r)
	}
	return m.objectIsInstance(v, cls)
}

// realIsInstance is _PyObject_RealIsInstance (type.__instancecheck__).
func (m *Machine) realIsInstance(v, cls Value) (bool, error) { return m.objectIsInstance(v, cls) }

// objectIsInstance is object_isinstance: by type, or by __class__.
func (m *Machine) objectIsInstance(v, cls Value) (bool, error) {
	if ct := m.typeObj(cls); ct != nil {
		if m.TypeOf(v).IsSubtype(ct) {
			return true, nil
		}
		icls, err := m.lookupAttrStr(v, "__class__")
		if err != nil || icls == Null {
			return false, err
		}
		if it := m.typeObj(icls); it != nil && it != m.TypeOf(v) {
			return it.IsSubtype(ct), nil
		}
		return false, nil
	}
	if err := m.checkClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"); err != nil {
		return false, err
	}
	icls, err := m.lookupAttrStr(v, "__class__")
	if err != nil || icls == Null {
		return false, err
	}
	return m.abstractIsSubclass(icls, cls)
}

// IsSubclass is issubclass(derived, cls) (PyObject_IsSubclass).
func (m *Machine) IsSubclass(derived, cls Value) (bool, error) {
	if m.TypeOf(cls) == m.types.Type {
		if derived == cls {
			return true, nil
		}
		return m.recursiveIsSubclass(derived, cls)
	}
	if u := m.union(cls); u != nil {
		cls = u.Args
	}
	if tu := m.tuple(cls); tu != nil {
		if err := m.enterRecursiveCall(" in __subclasscheck__"); err != nil {
			return false, err
		}
		defer m.leaveRecursiveCall()
		for _, item := range tu.Items {
			r, err := m.IsSubclass(derived, item)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	checker, err := m.lookupSpecial(cls, "__subclasscheck__")
	if err != nil {
		return false, err
	}
	if checker != Null {
		if err := m.enterRecursiveCall(" in __subclasscheck__"); err != nil {
			return false, err
		}
		r, err := m.Call(checker, []Value{derived}, nil)
		m.leaveRecursiveCall()
		if err != nil {
			return false, err
		}
		return m.Truth(r)
	}
	return m.recursiveIsSubclass(derived, cls)
}

// realIsSubclass is _PyObject_RealIsSubclass (type.__subclasscheck__).
func (m *Machine) realIsSubclass(derived, cls Value) (bool, error) {
	return m.recursiveIsSubclass(derived, cls)
}

// recursiveIsSubclass is recursive_issubclass.
func (m *Machine) recursiveIsSubclass(derived, cls Value) (bool, error) {
	dt, ct := m.typeObj(derived), m.typeObj(cls)
	if dt != nil && ct != nil {
		return dt.IsSubtype(ct), nil
	}
	if err := m.checkClass(derived, "issubclass() arg 1 must be a class"); err != nil {
		return false, err
	}
	if err := m.checkClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"); err != nil {
		return false, err
	}
	return m.abstractIsSubclass(derived, cls)
}

// abstractGetBases is abstract_get_bases: cls.__bases__ if it is a
// tuple, else Null.
func (m *Machine) abstractGetBases(cls Value) (Value, error) {
	b, err := m.lookupAttrStr(cls, "__bases__")
	if err != nil {
		return Null, err
	}
	if b != Null && m.tuple(b) == nil {
		return Null, nil
	}
	return b, nil
}

// checkClass is check_class: cls must have a tuple __bases__.
func (m *Machine) checkClass(cls Value, msg string) error {
	b, err := m.abstractGetBases(cls)
	if err != nil {
		return err
	}
	if b == Null {
		return m.typeError("%s", msg)
	}
	return nil
}

// abstractIsSubclass is abstract_issubclass: derived's __bases__ walked
// for cls.
func (m *Machine) abstractIsSubclass(derived, cls Value) (bool, error) {
	for {
		if derived == cls {
			return true, nil
		}
		b, err := m.abstractGetBases(derived)
		if err != nil || b == Null {
			return false, err
		}
		items := m.tuple(b).Items
		switch len(items) {
		case 0:
			return false, nil
		case 1:
			derived = items[0]
			continue
		}
		if err := m.enterRecursiveCall(" in __issubclass__"); err != nil {
			return false, err
		}
		defer m.leaveRecursiveCall()
		for _, it := range items {
			r, err := m.abstractIsSubclass(it, cls)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
}

// MappingProxy is mappingproxy: a read-only view of a mapping (a class's
// __dict__).
type MappingProxy struct {
	Header
	Mapping Value
}

func (p *MappingProxy) traverse(visit func(Value)) { visit(p.Mapping) }

// NewMappingProxy returns a mappingproxy of mapping.
func (m *Machine) NewMappingProxy(mapping Value) Value {
	return m.alloc(&MappingProxy{Mapping: mapping}, m.types.MappingProxy)
}

func (m *Machine) proxied(v Value) Value { return m.obj(v).(*MappingProxy).Mapping }

var mappingProxySpec = typeSpec{
	name: "mappingproxy", basicSize: 24, flags: FlagHaveGC | FlagMapping,
	slots: Slots{
		Repr: func(m *Machine, v Value) (Value, error) {
			s, err := m.ReprString(m.proxied(v))
			if err != nil {
				return Null, err
			}
			return m.NewStr("mappingproxy(" + s + ")"), nil
		},
		Str: func(m *Machine, v Value) (Value, error) { return m.StrOf(m.proxied(v)) },
		RichCompare: func(m *Machine, a, b Value, op CompareOp) (Value, error) {
			return m.RichCompare(m.proxied(a), b, op)
		},
		GetItem: func(m *Machine, obj, key Value) (Value, error) { return m.GetItem(m.proxied(obj), key) },
		Len:     func(m *Machine, v Value) (int, error) { return m.Len(m.proxied(v)) },
		Contains: func(m *Machine, obj, v Value) (bool, error) {
			if d, ok := m.obj0(m.proxied(obj)).(*Dict); ok {
				r, err := m.DictGet(d, v)
				return r != Null, err
			}
			return m.Contains(m.proxied(obj), v)
		},
		Iter: func(m *Machine, v Value) (Value, error) { return m.GetIter(m.proxied(v)) },
		New:  mappingProxyNew,
		Number: [NbCount]BinaryFunc{
			NbOr: func(m *Machine, a, b Value) (Value, error) {
				if p, ok := m.obj0(a).(*MappingProxy); ok {
					a = p.Mapping
				}
				if p, ok := m.obj0(b).(*MappingProxy); ok {
					b = p.Mapping
				}
				return m.BinaryOp(a, b, NbOr)
			},
		},
	},
	methods: []MethodDef{
		{Name: "get", Fn: func(m *Machine, self Value, args, kw []Value) (Value, error) {
			return m.callProxied(self, "get", args, kw)
		}},
		{Name: "keys", Fn: func(m *Machine, self Value, args, kw []Value) (Value, error) {
			return m.callProxied(self, "keys", args, kw)
		}},
		{Name: "values", Fn: func(m *Machine, self Value, args, kw []Value) (Value, error) {
			return m.callProxied(self, "values", args, kw)
		}},
		{Name: "items", Fn: func(m *Machine, self Value, args, kw []Value) (Value, error) {
			return m.callProxied(self, "items", args, kw)
		}},
		{Name: "copy", Fn: func(m *Machine, self Value, args, kw []Value) (Value, error) {
			return m.callProxied(self, "copy", args, kw)
		}},
		{Name: "__reversed__", Fn: func(m *Machine, self Value, args, kw []Value) (Value, error) {
			return m.callProxied(self, "__reversed__", args, kw)
		}},
	},
}

// callProxied calls a method of the proxied mapping.
func (m *Machine) callProxied(self Value, name string, args, kwnames []Value) (Value, error) {
	f, err := m.GetAttr(m.proxied(self), m.Intern(name))
	if err != nil {
		return Null, err
	}
	return m.Call(f, args, kwnames)
}

func mappingProxyNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	var mapping Value
	switch {
	case len(kwnames) == 1 && len(args) == 1 && m.str(kwnames[0]).S == "mapping":
		mapping = args[0]
	case len(kwnames) > 0:
		return Null, m.typeError("mappingproxy() got an unexpected keyword argument '%s'", m.str(kwnames[0]).S)
	case len(args) != 1:
		if len(args) == 0 {
			return Null, m.typeError("mappingproxy() missing required argument 'mapping' (pos 1)")
		}
		return Null, m.typeError("mappingproxy() takes at most 1 argument (%d given)", len(args))
	default:
		mapping = args[0]
	}
	// mappingproxy_check_mapping: a mapping protocol, but not a list or
	// tuple.
	if m.TypeOf(mapping).GetItem == nil || m.list(mapping) != nil || m.tuple(mapping) != nil {
		return Null, m.typeError("mappingproxy() argument must be a mapping, not %s", cTrunc(m.typeName(mapping), 200))
	}
	return m.NewMappingProxy(mapping), nil
}

// readyBuiltinType is PyType_Ready for a builtin type whose namespace has
// its methods and getsets: __new__, slot wrappers, __doc__, slot
// inheritance from the MRO, and __hash__ = None for an unhashable type.
func (m *Machine) readyBuiltinType(t *Type) {
	if t.Dict == nil {
		t.Dict = m.NewDict()
	}
	m.typeReadySetNew(t)
	m.addSlotWrappers(t)
	m.typeReadyFinish(t)
}

// typeReadySetNew is type_ready_set_new for a builtin type: its tp_new as
// __new__, or no instantiation when a direct subclass of object has none.
func (m *Machine) typeReadySetNew(t *Type) {
	if t.New == nil {
		if t.Base != nil && t.Base != m.types.Object {
			t.New = t.Base.New
		}
		return
	}
	if v, _ := m.DictGet(t.Dict, m.Intern("__new__")); v == Null {
		m.dictSetStr(t.Dict, "__new__", m.NewBuiltinFunction(&tpNewWrapperDef, t.self, Null))
	}
}

// typeReadyFinish completes PyType_Ready once the namespace is filled:
// __doc__, inherited flags and slots, __hash__, readiness.
func (m *Machine) typeReadyFinish(t *Type) {
	if v, _ := m.DictGet(t.Dict, m.Intern("__doc__")); v == Null {
		doc := None
		if t.Doc != "" {
			doc = m.NewStr(t.Doc)
		}
		m.dictSetStr(t.Dict, "__doc__", doc)
	}
	if t.Base != nil {
		m.inheritSpecial(t, t.Base)
		for _, b := range t.MRO[1:] {
			m.inheritSlots(t, b)
		}
	}
	if t.Hash == nil {
		if v, _ := m.DictGet(t.Dict, m.Intern("__hash__")); v == Null {
			m.dictSetStr(t.Dict, "__hash__", None)
			t.Hash = hashNotImplemented
		}
	}
	t.Flags |= flagReady
}

// inheritSpecial is inherit_special: GC, managed dict and the fast
// subclass flags, and the layout numbers a type leaves at 0.
func (m *Machine) inheritSpecial(t, base *Type) {
	if t.Flags&FlagHaveGC == 0 && base.Flags&FlagHaveGC != 0 && !t.IsHeap() {
		t.Flags |= FlagHaveGC
	}
	t.Flags |= base.Flags & FlagManagedDict
	if t.BasicSize == 0 {
		t.BasicSize = base.BasicSize
	}
	if t.ItemSize == 0 {
		t.ItemSize = base.ItemSize
	}
	if t.WeakrefOffset == 0 {
		t.WeakrefOffset = base.WeakrefOffset
	}
	if t.DictOffset == 0 {
		t.DictOffset = base.DictOffset
	}
	ty := &m.types
	switch {
	case ty.BaseException != nil && base.IsSubtype(ty.BaseException):
		t.Flags |= FlagBaseExcSub
	case base.IsSubtype(ty.Type):
		t.Flags |= FlagTypeSubclass
	case base.IsSubtype(ty.Int):
		t.Flags |= FlagLongSubclass
	case ty.Bytes != nil && base.IsSubtype(ty.Bytes):
		t.Flags |= FlagBytesSubclass
	case base.IsSubtype(ty.Str):
		t.Flags |= FlagStrSubclass
	case base.IsSubtype(ty.Tuple):
		t.Flags |= FlagTupleSubclass
	case base.IsSubtype(ty.List):
		t.Flags |= FlagListSubclass
	case base.IsSubtype(ty.Dict):
		t.Flags |= FlagDictSubclass
	}
	if t.Flags&(FlagSequence|FlagMapping) == 0 {
		t.Flags |= base.Flags & (FlagSequence | FlagMapping)
	}
}

// inheritSlots is inherit_slots: each slot t lacks is copied from base
// when base defines it (rather than inheriting it from its own base);
// rich comparison and hash only together, and only when t's namespace
// defines neither __eq__ nor __hash__.
func (m *Machine) inheritSlots(t, base *Type) {
	bb := base.Base
	defined := func(s slotID) any {
		f := base.getSlot(s)
		if f == nil || bb != nil && funcPointer(bb.getSlot(s)) == funcPointer(f) {
			return nil
		}
		return f
	}
	copySlot := func(s slotID) {
		if t.getSlot(s) == nil {
			if f := defined(s); f != nil {
				t.setSlot(s, f)
			}
		}
	}
	for nb := 0; nb < NbCount; nb++ {
		copySlot(slotNumber + slotID(nb))
		copySlot(slotInplace + slotID(nb))
	}
	if t.Pow3 == nil && base.Pow3 != nil && (bb == nil || funcPointer(bb.Pow3) != funcPointer(base.Pow3)) {
		t.Pow3 = base.Pow3
	}
	for _, s := range [...]slotID{slotNegative, slotPositive, slotAbsolute, slotBool, slotInvert,
		slotInt, slotFloat, slotIndex, slotLen, slotGetItem, slotSetItem, slotContains} {
		copySlot(s)
	}
	if t.GetAttr == nil {
		t.GetAttr = base.GetAttr
	}
	if t.SetAttr == nil {
		t.SetAttr = base.SetAttr
	}
	copySlot(slotRepr)
	copySlot(slotCall)
	copySlot(slotStr)
	if t.RichCompare == nil && t.Hash == nil {
		eq, _ := m.DictGet(t.Dict, m.Intern("__eq__"))
		h, _ := m.DictGet(t.Dict, m.Intern("__hash__"))
		if eq == Null && h == Null {
			t.RichCompare = base.RichCompare
			t.Hash = base.Hash
		}
	}
	copySlot(slotIter)
	copySlot(slotNext)
	copySlot(slotDescrGet)
	copySlot(slotDescrSet)
	copySlot(slotInit)
}

// classGetItem is a class subscripted (C[int]): its __class_getitem__
// (PyObject_GetItem's case for types).
func (m *Machine) classGetItem(t *Type, key Value) (Value, error) {
	meth, err := m.lookupAttrStr(t.self, "__class_getitem__")
	if err != nil {
		return Null, err
	}
	if meth != Null && meth != None {
		return m.Call(meth, []Value{key}, nil)
	}
	return Null, m.typeError("type '%s' is not subscriptable", cTrunc(tpName(t), 200))
}
