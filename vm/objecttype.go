package vm

// The object type and the singletons' types (CPython 3.11
// Objects/typeobject.c object_*, Objects/object.c NoneType,
// NotImplementedType, Objects/sliceobject.c ellipsis).

var objectSpec = typeSpec{
	name:      "object",
	basicSize: 16,
	flags:     FlagBaseType | FlagImmutable,
	slots: Slots{
		Repr:        objectRepr,
		Str:         objectStr,
		Hash:        identityHash,
		RichCompare: objectRichCompare,
		GetAttr:     genericGetAttr,
		SetAttr:     genericSetAttr,
		Init:        objectInit,
		New:         objectNew,
	},
	methods: []MethodDef{
		{Name: "__reduce_ex__", Fn: objectReduceEx},
		{Name: "__reduce__", Fn: objectReduce},
		{Name: "__getstate__", Fn: objectGetstate},
		{Name: "__subclasshook__", Fn: objectSubclasshook, Kind: ClassMethod},
		{Name: "__init_subclass__", Fn: objectInitSubclass, Kind: ClassMethod},
		{Name: "__format__", Fn: objectFormat},
		{Name: "__sizeof__", Fn: objectSizeof},
		{Name: "__dir__", Fn: objectDir},
	},
	getsets: []GetSetDef{
		{Name: "__class__", Get: objectGetClass, Set: objectSetClass},
	},
	init: initObjectModel,
}

// initObjectModel runs once the builtin types exist: it readies the
// types made outside the type table (the exceptions).
func initObjectModel(m *Machine, _ *Type) {
	var exc []*Type
	for _, t := range m.types.exceptions {
		exc = append(exc, t)
	}
	// Creation order (handles) keeps this deterministic.
	for i := 1; i < len(exc); i++ {
		for j := i; j > 0 && exc[j].self < exc[j-1].self; j-- {
			exc[j], exc[j-1] = exc[j-1], exc[j]
		}
	}
	for _, t := range exc {
		if t.Flags&flagReady == 0 {
			m.readyBuiltinType(t)
		}
	}
}

// identityHash is _Py_HashPointer: the address rotated right by 4 bits.
func identityHash(m *Machine, v Value) (int64, error) {
	a := m.FakeAddress(v)
	h := int64(a>>4 | a<<60)
	if h == -1 {
		h = -2
	}
	return h, nil
}

// objectRepr is object_repr: <__main__.C object at 0x…>.
func objectRepr(m *Machine, v Value) (Value, error) {
	t := m.TypeOf(v)
	mod := m.typeModuleName(t)
	name := t.Name
	if mod != "" && mod != "builtins" {
		name = mod + "." + m.typeQualName(t)
	}
	return m.NewStr("<" + name + " object at " + hexAddr(m.FakeAddress(v)) + ">"), nil
}

// objectStr is object_str: the type's repr.
func objectStr(m *Machine, v Value) (Value, error) {
	if f := m.TypeOf(v).Repr; f != nil {
		return f(m, v)
	}
	return objectRepr(m, v)
}

// objectRichCompare is object_richcompare: == is identity (or
// NotImplemented), != inverts the type's ==.
func objectRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	switch op {
	case EQ:
		if a == b {
			return True, nil
		}
		return NotImplemented, nil
	case NE:
		f := m.TypeOf(a).RichCompare
		if f == nil {
			return NotImplemented, nil
		}
		r, err := f(m, a, b, EQ)
		if err != nil || r == NotImplemented {
			return r, err
		}
		t, err := m.Truth(r)
		if err != nil {
			return Null, err
		}
		return Bool(!t), nil
	}
	return NotImplemented, nil
}

func genericGetAttr(m *Machine, obj, name Value) (Value, error) {
	return m.GenericGetAttr(obj, name)
}

func genericSetAttr(m *Machine, obj, name, v Value) error {
	return m.GenericSetAttr(obj, name, v)
}

// excessArgs reports whether a call passed any argument.
func excessArgs(args []Value) bool { return len(args) > 0 }

// objectInit is object_init: extra arguments are an error only when
// neither __init__ nor __new__ is overridden in a way that takes them.
func objectInit(m *Machine, self Value, args, kwnames []Value) error {
	if excessArgs(args) {
		t := m.TypeOf(self)
		if !sameSlot(t.Init, objectInit) {
			return m.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if sameSlot(t.New, objectNew) {
			return m.typeError("%s.__init__() takes exactly one argument (the instance to initialize)", cTrunc(t.Name, 200))
		}
	}
	return nil
}

// objectNew is object_new: a new instance of t, refusing arguments that
// no __init__ takes and abstract classes.
func objectNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if excessArgs(args) {
		if !sameSlot(t.New, objectNew) {
			return Null, m.typeError("object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if sameSlot(t.Init, objectInit) {
			return Null, m.typeError("%s() takes no arguments", cTrunc(t.Name, 200))
		}
	}
	if t.Flags&FlagAbstract != 0 {
		return Null, m.abstractInstantiation(t)
	}
	return m.allocInstance(t), nil
}

// abstractInstantiation is object_new's error for a class with abstract
// methods.
func (m *Machine) abstractInstantiation(t *Type) error {
	v, err := m.GetAttr(t.self, m.Intern("__abstractmethods__"))
	if err != nil {
		return err
	}
	names, err := m.iterateStrs(v)
	if err != nil {
		return err
	}
	sortStrings(names)
	s := ""
	if len(names) > 1 {
		s = "s"
	}
	joined := ""
	for i, n := range names {
		if i > 0 {
			joined += ", "
		}
		joined += n
	}
	return m.typeError("Can't instantiate abstract class %s with abstract method%s %s", t.Name, s, joined)
}

// iterateStrs collects the strs of an iterable.
func (m *Machine) iterateStrs(v Value) ([]string, error) {
	it, err := m.GetIter(v)
	if err != nil {
		return nil, err
	}
	var out []string
	for {
		x, err := m.Next(it)
		if err != nil {
			return nil, err
		}
		if x == Null {
			return out, nil
		}
		s, err := m.StrString(x)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
}

// sortStrings sorts by code point (Go's byte order of UTF-8 is code point
// order).
func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// allocInstance is tp_alloc plus _PyObject_InitializeDict: a blank
// instance of t in the Go struct of t's builtin base.
func (m *Machine) allocInstance(t *Type) Value {
	base := builtinBase(t)
	if base == m.types.Object {
		return m.newPlainInstance(t)
	}
	if t.newInstance != nil {
		return m.alloc(t.newInstance(m, t), t)
	}
	if base.newInstance != nil {
		return m.alloc(base.newInstance(m, t), t)
	}
	return m.newPlainInstance(t)
}

// tpNewWrapperDef is the __new__ of builtin types (tp_new_wrapper): a
// builtin method bound to the type, called as T.__new__(S, ...).
var tpNewWrapperDef = MethodDef{Name: "__new__", Fn: tpNewWrapper,
	Doc: "__new__($type, *args, **kwargs)\n--\n\nCreate and return a new object.  See help(type) for accurate signature."}

// tpNewWrapper is tp_new_wrapper: T.__new__(S, ...) makes an S with T's
// tp_new, provided S derives from T and the nearest base of S that does
// not define __new__ in Python has T's tp_new (object.__new__(dict) would
// make a broken dict).
func tpNewWrapper(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	t := m.typeObj(self)
	if t == nil {
		return Null, m.Raisef(m.types.SystemError, "__new__() called with non-type 'self'")
	}
	if len(args)-len(kwnames) < 1 {
		return Null, m.typeError("%s.__new__(): not enough arguments", tpName(t))
	}
	sub := m.typeObj(args[0])
	if sub == nil {
		return Null, m.typeError("%s.__new__(X): X is not a type object (%s)", tpName(t), m.typeName(args[0]))
	}
	if !sub.IsSubtype(t) {
		return Null, m.typeError("%s.__new__(%s): %s is not a subtype of %s", tpName(t), tpName(sub), tpName(sub), tpName(t))
	}
	static := sub
	for static != nil && sameSlot(static.New, slotTpNew) {
		static = static.Base
	}
	if static != nil && !sameSlot(static.New, t.New) {
		return Null, m.typeError("%s.__new__(%s) is not safe, use %s.__new__()", tpName(t), tpName(sub), tpName(static))
	}
	return t.New(m, sub, args[1:], kwnames)
}

func objectGetstate(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.noArgs("__getstate__", args); err != nil {
		return Null, err
	}
	return m.objectGetstateDefault(self, false)
}

// objectGetstateDefault is object_getstate_default: the instance dict
// (None if empty) and, when slots named by copyreg._slotnames are set, a
// pair of it and a dict of them. required (protocol 2 without
// __getnewargs__) refuses objects with C-level fields beyond those.
func (m *Machine) objectGetstateDefault(self Value, required bool) (Value, error) {
	t := m.TypeOf(self)
	if required && t.ItemSize != 0 {
		return Null, m.typeError("cannot pickle %s objects", cTrunc(t.Name, 200))
	}
	state := None
	if iv := m.inlineValues(self); iv != nil {
		if len(iv.order) > 0 {
			state = m.materializeDict(self).self
		}
	} else if dp := m.dictPointer(self); dp != nil && *dp != nil && (*dp).Len() > 0 {
		state = (*dp).self
	}
	names, err := m.slotNamesOf(t)
	if err != nil {
		return Null, err
	}
	var list *List
	if names != None {
		list = m.obj0(names).(*List)
	}
	if required {
		size := m.types.Object.BasicSize
		if t.DictOffset != 0 && t.Flags&FlagManagedDict == 0 {
			size += 8
		}
		if t.WeakrefOffset != 0 {
			size += 8
		}
		if list != nil {
			size += 8 * len(list.Items)
		}
		if t.BasicSize > size {
			return Null, m.typeError("cannot pickle '%s' object", cTrunc(t.Name, 200))
		}
	}
	if list == nil || len(list.Items) == 0 {
		return state, nil
	}
	slots := m.NewDict()
	n := len(list.Items)
	for i := 0; i < len(list.Items); i++ {
		name := list.Items[i]
		if m.str(name) == nil {
			return Null, m.typeError("attribute name must be string, not '%s'", cTrunc(m.typeName(name), 200))
		}
		v, err := m.LookupAttr(self, name)
		if err != nil {
			return Null, err
		}
		if v != Null {
			if err := m.DictSet(slots, name, v); err != nil {
				return Null, err
			}
		}
		// The list lives on the class: a __getattr__ may change it.
		if len(list.Items) != n {
			return Null, m.Raisef(m.types.exceptions["RuntimeError"], "__slotsname__ changed size during iteration")
		}
	}
	if slots.Len() > 0 {
		return m.NewTuple([]Value{state, slots.self}), nil
	}
	return state, nil
}

func objectSubclasshook(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	return NotImplemented, nil
}

func objectInitSubclass(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	name := "object"
	if t := m.typeObj(self); t != nil {
		name = m.typeQualName(t)
	}
	if len(kwnames) > 0 {
		return Null, m.typeError("%s.__init_subclass__() takes no keyword arguments", name)
	}
	if len(args) > 0 {
		return Null, m.typeError("%s.__init_subclass__() takes no arguments (%d given)", name, len(args))
	}
	return None, nil
}

// noArgs is METH_NOARGS's check for a method of object.
func (m *Machine) noArgs(name string, args []Value) error {
	if len(args) > 0 {
		return m.typeError("object.%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

func objectFormat(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 {
		return Null, m.typeError("object.__format__() takes no keyword arguments")
	}
	if len(args) != 1 {
		return Null, m.typeError("object.__format__() takes exactly one argument (%d given)", len(args))
	}
	spec := m.str(args[0])
	if spec == nil {
		return Null, m.typeError("__format__() argument must be str, not %s", m.typeName(args[0]))
	}
	if spec.S != "" {
		return Null, m.typeError("unsupported format string passed to %s.__format__", cTrunc(m.typeName(self), 200))
	}
	return m.StrOf(self)
}

func objectSizeof(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.noArgs("__sizeof__", args); err != nil {
		return Null, err
	}
	return m.NewInt(int64(m.objectSizeof(self))), nil
}

// objectSizeof is object.__sizeof__: basicsize plus itemsize times the
// object's ob_size.
func (m *Machine) objectSizeof(v Value) int {
	t := m.TypeOf(v)
	n := t.BasicSize
	if t.ItemSize > 0 {
		if tu := m.tuple(v); tu != nil {
			n += t.ItemSize * len(tu.Items)
		}
	}
	return n
}

// objectDir is object.__dir__: the keys of the instance __dict__ and of
// the class and its bases' namespaces.
func objectDir(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.noArgs("__dir__", args); err != nil {
		return Null, err
	}
	d := m.NewDict()
	dv, err := m.lookupAttrStr(self, "__dict__")
	if err != nil {
		return Null, err
	}
	if src, ok := m.obj0(dv).(*Dict); ok {
		var err error
		src.Items(func(k, v Value) bool {
			err = m.DictSet(d, k, v)
			return err == nil
		})
		if err != nil {
			return Null, err
		}
	}
	cls, err := m.lookupAttrStr(self, "__class__")
	if err != nil {
		return Null, err
	}
	if cls != Null {
		if err := m.mergeClassDict(d, cls); err != nil {
			return Null, err
		}
	}
	return m.dictKeysList(d), nil
}

// mergeClassDict is merge_class_dict: the names of aclass.__dict__ and,
// recursively, of its __bases__.
func (m *Machine) mergeClassDict(d *Dict, aclass Value) error {
	cd, err := m.lookupAttrStr(aclass, "__dict__")
	if err != nil {
		return err
	}
	if cd != Null {
		var src *Dict
		if p, ok := m.obj0(cd).(*MappingProxy); ok {
			src, _ = m.obj0(p.Mapping).(*Dict)
		} else {
			src, _ = m.obj0(cd).(*Dict)
		}
		if src != nil {
			var err error
			src.Items(func(k, v Value) bool {
				err = m.DictSet(d, k, v)
				return err == nil
			})
			if err != nil {
				return err
			}
		}
	}
	bases, err := m.lookupAttrStr(aclass, "__bases__")
	if err != nil || bases == Null {
		return err
	}
	if tu := m.tuple(bases); tu != nil {
		for _, b := range tu.Items {
			if err := m.mergeClassDict(d, b); err != nil {
				return err
			}
		}
	}
	return nil
}

// dictKeysList is PyDict_Keys.
func (m *Machine) dictKeysList(d *Dict) Value {
	keys := make([]Value, 0, d.Len())
	d.Items(func(k, v Value) bool {
		keys = append(keys, k)
		return true
	})
	return m.NewList(keys)
}

// The singletons' types. None's, Ellipsis's and NotImplemented's hashes
// are their addresses in CPython; the low 12 bits are fixed for a given
// binary (ASLR moves whole pages), and they decide where the singleton
// sits in a small set, so they are reproduced.
var noneSpec = typeSpec{name: "NoneType", basicSize: 16,
	slots: Slots{
		Repr: func(m *Machine, a Value) (Value, error) { return m.Intern("None"), nil },
		Hash: func(m *Machine, v Value) (int64, error) { return singletonHash(m, v, 0xbbe) },
		Bool: func(m *Machine, a Value) (bool, error) { return false, nil },
		New:  singletonNew("NoneType", None),
	}}

var notImplementedSpec = typeSpec{name: "NotImplementedType", basicSize: 16,
	slots: Slots{
		Repr: func(m *Machine, a Value) (Value, error) { return m.Intern("NotImplemented"), nil },
		Hash: func(m *Machine, v Value) (int64, error) { return singletonHash(m, v, 0xba3) },
		// CPython 3.11: true, with a DeprecationWarning.
		Bool: func(m *Machine, v Value) (bool, error) {
			return true, m.deprecated("NotImplemented should not be used in a boolean context")
		},
		New: singletonNew("NotImplementedType", NotImplemented),
	},
	methods: []MethodDef{{Name: "__reduce__", Fn: func(m *Machine, self Value, args, kw []Value) (Value, error) {
		return m.Intern("NotImplemented"), nil
	}}}}

var ellipsisSpec = typeSpec{name: "ellipsis", basicSize: 16,
	slots: Slots{
		Repr: func(m *Machine, a Value) (Value, error) { return m.Intern("Ellipsis"), nil },
		Hash: func(m *Machine, v Value) (int64, error) { return singletonHash(m, v, 0xde6) },
		New:  singletonNew("EllipsisType", Ellipsis),
	},
	methods: []MethodDef{{Name: "__reduce__", Fn: func(m *Machine, self Value, args, kw []Value) (Value, error) {
		return m.Intern("Ellipsis"), nil
	}}}}

func singletonHash(m *Machine, v Value, low int64) (int64, error) {
	h, _ := identityHash(m, v)
	return h&^0xfff | low, nil
}

func singletonNew(name string, v Value) func(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	return func(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
		if len(args) > 0 {
			return Null, m.typeError("%s takes no arguments", name)
		}
		return v, nil
	}
}
