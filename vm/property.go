package vm

// property, classmethod and staticmethod: the descriptors Python code
// makes with decorators (CPython's Objects/descrobject.c for property,
// Objects/funcobject.c for the other two).

// Property is a property object. Fget, Fset, Fdel and Doc are Null when
// unset; Name is set by __set_name__ (the class statement calls it) and
// names the property in error messages.
type Property struct {
	Header
	Fget, Fset, Fdel, Doc, Name Value
	// getterDoc records that Doc came from Fget's __doc__, so copies made
	// by getter/setter/deleter take the doc of their own getter.
	getterDoc bool
}

func (p *Property) traverse(visit func(Value)) {
	for _, v := range [...]Value{p.Fget, p.Fset, p.Fdel, p.Doc, p.Name} {
		if v != Null {
			visit(v)
		}
	}
}

func (m *Machine) property(v Value) *Property {
	p, _ := m.obj0(v).(*Property)
	return p
}

func propertyNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	return m.alloc(&Property{}, t), nil
}

var propertyArgs = ArgSpec{Name: "property", Kind: ArgsKeywords,
	Names: []string{"fget", "fset", "fdel", "doc"}, Max: -1}

// propertyInit is property_init: None means unset; without a doc the
// getter's __doc__ is used (stored in the instance dict for subclasses,
// where the class's own __doc__ would shadow it).
func propertyInit(m *Machine, self Value, args, kwnames []Value) error {
	var a [4]Value
	if err := m.ParseArgs(&propertyArgs, args, kwnames, a[:]); err != nil {
		return err
	}
	for i := range a[:3] {
		if a[i] == None {
			a[i] = Null
		}
	}
	p := m.property(self)
	p.Fget, p.Fset, p.Fdel, p.Doc = a[0], a[1], a[2], a[3]
	p.Name = Null
	p.getterDoc = false
	if (p.Doc == Null || p.Doc == None) && p.Fget != Null {
		doc, err := m.GetAttr(p.Fget, m.Intern("__doc__"))
		if err != nil {
			if !m.isRaise(err, m.types.exceptions["AttributeError"]) {
				return err
			}
			return nil
		}
		if p.typ == m.types.Property {
			p.Doc = doc
		} else if err := m.SetAttr(self, m.Intern("__doc__"), doc); err != nil {
			return err
		}
		p.getterDoc = true
	}
	return nil
}

// propertyOwnerError is the AttributeError of a missing accessor:
// "property 'x' of 'C' object has no setter" (3.11 wording).
func (m *Machine) propertyOwnerError(p *Property, obj Value, what string) error {
	ae := m.types.exceptions["AttributeError"]
	if obj == Null {
		if what == "getter" {
			return m.Raisef(ae, "property has no getter")
		}
		verb := map[string]string{"setter": "set", "deleter": "delete"}[what]
		return m.Raisef(ae, "can't %s attribute", verb)
	}
	qual, err := m.ReprString(m.NewStr(typeQualName(m.TypeOf(obj))))
	if err != nil {
		return err
	}
	if p.Name != Null {
		name, err := m.ReprString(p.Name)
		if err != nil {
			return err
		}
		return m.Raisef(ae, "property %s of %s object has no %s", name, qual, what)
	}
	return m.Raisef(ae, "property of %s object has no %s", qual, what)
}

func propertyGet(m *Machine, descr, obj Value, typ *Type) (Value, error) {
	if obj == Null || obj == None {
		return descr, nil
	}
	p := m.property(descr)
	if p.Fget == Null {
		return Null, m.propertyOwnerError(p, obj, "getter")
	}
	return m.Call(p.Fget, []Value{obj}, nil)
}

func propertySet(m *Machine, descr, obj, v Value) error {
	p := m.property(descr)
	fn, what := p.Fset, "setter"
	if v == Null {
		fn, what = p.Fdel, "deleter"
	}
	if fn == Null {
		return m.propertyOwnerError(p, obj, what)
	}
	var err error
	if v == Null {
		_, err = m.Call(fn, []Value{obj}, nil)
	} else {
		_, err = m.Call(fn, []Value{obj, v}, nil)
	}
	return err
}

// propertyCopy is property_copy: a property of the same type with one
// accessor replaced (getter, setter, deleter), keeping the name.
func (m *Machine) propertyCopy(self, get, set, del Value) (Value, error) {
	p := m.property(self)
	pick := func(v, old Value) Value {
		if v == Null || v == None {
			if old == Null {
				return None
			}
			return old
		}
		return v
	}
	get, set, del = pick(get, p.Fget), pick(set, p.Fset), pick(del, p.Fdel)
	doc := None
	if p.getterDoc && get != None {
		// Let __init__ take the new getter's __doc__.
		doc = None
	} else if p.Doc != Null {
		doc = p.Doc
	}
	r, err := m.Call(p.typ.self, []Value{get, set, del, doc}, nil)
	if err != nil {
		return Null, err
	}
	if np := m.property(r); np != nil {
		np.Name = p.Name
	}
	return r, nil
}

func propertyAccessor(which int) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		name := [...]string{"getter", "setter", "deleter"}[which]
		if err := m.NoKeywords("property."+name, kwnames); err != nil {
			return Null, err
		}
		if len(args) != 1 {
			return Null, m.typeError("property.%s() takes exactly one argument (%d given)", name, len(args))
		}
		var fns [3]Value
		fns[which] = args[0]
		return m.propertyCopy(self, fns[0], fns[1], fns[2])
	}
}

// isAbstract is _PyObject_IsAbstract: a true __isabstractmethod__.
func (m *Machine) isAbstract(v Value) (bool, error) {
	if v == Null {
		return false, nil
	}
	r, err := m.GetAttr(v, m.Intern("__isabstractmethod__"))
	if err != nil {
		if m.isRaise(err, m.types.exceptions["AttributeError"]) {
			return false, nil
		}
		return false, err
	}
	return m.Truth(r)
}

var propertySpec = typeSpec{name: "property", basicSize: 64,
	flags: FlagHaveGC | FlagBaseType,
	slots: Slots{GetAttr: genericGetAttr, SetAttr: genericSetAttr, DescrGet: propertyGet, DescrSet: propertySet,
		New: propertyNew, Init: propertyInit},
	methods: []MethodDef{
		{Name: "getter", Fn: propertyAccessor(0), Doc: "Descriptor to obtain a copy of the property with a different getter."},
		{Name: "setter", Fn: propertyAccessor(1), Doc: "Descriptor to obtain a copy of the property with a different setter."},
		{Name: "deleter", Fn: propertyAccessor(2), Doc: "Descriptor to obtain a copy of the property with a different deleter."},
		{Name: "__set_name__", Fn: func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
			if err := m.NoKeywords("__set_name__", kwnames); err != nil {
				return Null, err
			}
			if len(args) != 2 {
				return Null, m.typeError("__set_name__() takes 2 positional arguments but %d were given", len(args))
			}
			m.property(self).Name = args[1]
			return None, nil
		}, Doc: "Method to set name of a property."},
	},
	getsets: []GetSetDef{
		{Name: "fget", Get: func(m *Machine, self Value) (Value, error) { return orNone(m.property(self).Fget), nil }, Set: readonlyMember},
		{Name: "fset", Get: func(m *Machine, self Value) (Value, error) { return orNone(m.property(self).Fset), nil }, Set: readonlyMember},
		{Name: "fdel", Get: func(m *Machine, self Value) (Value, error) { return orNone(m.property(self).Fdel), nil }, Set: readonlyMember},
		{Name: "__doc__",
			Get: func(m *Machine, self Value) (Value, error) { return orNone(m.property(self).Doc), nil },
			Set: func(m *Machine, self, v Value) error { m.property(self).Doc = v; return nil }},
		{Name: "__isabstractmethod__", Get: func(m *Machine, self Value) (Value, error) {
			p := m.property(self)
			for _, f := range [...]Value{p.Fget, p.Fset, p.Fdel} {
				abs, err := m.isAbstract(f)
				if err != nil || abs {
					return Bool(abs), err
				}
			}
			return False, nil
		}},
	},
	newInstance: func(m *Machine, t *Type) Object { return &Property{} },
}

// --- classmethod and staticmethod ---

// callableWrapper is a classmethod or staticmethod object: the wrapped
// callable and the instance __dict__ (which __init__ fills with the
// callable's __module__, __name__, __qualname__, __doc__ and
// __annotations__, as functools.wraps would, since 3.10).
type callableWrapper struct {
	Header
	Callable Value
	dict     *Dict
}

func (w *callableWrapper) traverse(visit func(Value)) {
	if w.Callable != Null {
		visit(w.Callable)
	}
	if w.dict != nil {
		visit(w.dict.self)
	}
}

func (w *callableWrapper) instanceDict(m *Machine, create bool) *Dict {
	if w.dict == nil && create {
		w.dict = m.NewDict()
	}
	return w.dict
}

func (m *Machine) callableWrapper(v Value) *callableWrapper {
	w, _ := m.obj0(v).(*callableWrapper)
	return w
}

// NewStaticMethod wraps callable in a staticmethod (PyStaticMethod_New).
func (m *Machine) NewStaticMethod(callable Value) Value {
	return m.alloc(&callableWrapper{Callable: callable}, m.types.StaticMethod)
}

// NewClassMethod wraps callable in a classmethod (PyClassMethod_New).
func (m *Machine) NewClassMethod(callable Value) Value {
	return m.alloc(&callableWrapper{Callable: callable}, m.types.ClassMethod)
}

func callableWrapperNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	return m.alloc(&callableWrapper{}, t), nil
}

// callableWrapperInit is sm_init and cm_init.
func callableWrapperInit(kind string) func(m *Machine, self Value, args, kwnames []Value) error {
	return func(m *Machine, self Value, args, kwnames []Value) error {
		if len(kwnames) > 0 {
			return m.typeError("%s() takes no keyword arguments", kind)
		}
		if len(args) != 1 {
			return m.typeError("%s expected 1 argument, got %d", kind, len(args))
		}
		w := m.callableWrapper(self)
		w.Callable = args[0]
		// CPython 3.10+ functools_wraps.
		for _, name := range [...]string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"} {
			key := m.Intern(name)
			v, err := m.GetAttr(args[0], key)
			if err != nil {
				if m.isRaise(err, m.types.exceptions["AttributeError"]) {
					continue
				}
				return err
			}
			if err := m.SetAttr(self, key, v); err != nil {
				return err
			}
		}
		return nil
	}
}

func callableWrapperRepr(kind string) UnaryFunc {
	return func(m *Machine, v Value) (Value, error) {
		w := m.callableWrapper(v)
		if w.Callable == Null {
			return m.NewStr("<" + kind + "(NULL)>"), nil
		}
		r, err := m.ReprString(w.Callable)
		if err != nil {
			return Null, err
		}
		return m.NewStr("<" + kind + "(" + r + ")>"), nil
	}
}

// staticMethodGet is sm_descr_get: the callable itself.
func staticMethodGet(m *Machine, descr, obj Value, typ *Type) (Value, error) {
	w := m.callableWrapper(descr)
	if w.Callable == Null {
		return Null, m.Raisef(m.types.exceptions["RuntimeError"], "uninitialized staticmethod object")
	}
	return w.Callable, nil
}

// staticMethodCall: staticmethod objects are callable since 3.10.
func staticMethodCall(m *Machine, callable Value, args, kwnames []Value) (Value, error) {
	w := m.callableWrapper(callable)
	if w.Callable == Null {
		return Null, m.Raisef(m.types.exceptions["RuntimeError"], "uninitialized staticmethod object")
	}
	return m.Call(w.Callable, args, kwnames)
}

// classMethodGet is cm_descr_get: bound to the class (of obj when no type
// is given); a callable that is itself a descriptor is bound through its
// __get__ with the class (3.9-3.12 chaining, which makes classmethod
// wrap property).
func classMethodGet(m *Machine, descr, obj Value, typ *Type) (Value, error) {
	w := m.callableWrapper(descr)
	if w.Callable == Null {
		return Null, m.Raisef(m.types.exceptions["RuntimeError"], "uninitialized classmethod object")
	}
	if typ == nil {
		typ = m.TypeOf(obj)
	}
	if get := m.TypeOf(w.Callable).DescrGet; get != nil {
		return get(m, w.Callable, typ.self, typ)
	}
	return m.NewMethod(w.Callable, typ.self), nil
}

func callableWrapperGetSets() []GetSetDef {
	get := func(m *Machine, self Value) (Value, error) { return orNone(m.callableWrapper(self).Callable), nil }
	return []GetSetDef{
		{Name: "__func__", Get: get, Set: readonlyMember},
		{Name: "__wrapped__", Get: get, Set: readonlyMember},
		{Name: "__isabstractmethod__", Get: func(m *Machine, self Value) (Value, error) {
			abs, err := m.isAbstract(m.callableWrapper(self).Callable)
			return Bool(abs), err
		}},
		dictGetSet,
	}
}

var staticMethodSpec = typeSpec{name: "staticmethod", basicSize: 32, dictOffset: 24,
	flags: FlagHaveGC | FlagBaseType,
	slots: Slots{Repr: callableWrapperRepr("staticmethod"), Call: staticMethodCall, GetAttr: builtinGetAttr,
		SetAttr: builtinSetAttr, DescrGet: staticMethodGet, New: callableWrapperNew, Init: callableWrapperInit("staticmethod")},
	getsets:     callableWrapperGetSets(),
	newInstance: func(m *Machine, t *Type) Object { return &callableWrapper{} },
}

var classMethodSpec = typeSpec{name: "classmethod", basicSize: 32, dictOffset: 24,
	flags: FlagHaveGC | FlagBaseType,
	slots: Slots{Repr: callableWrapperRepr("classmethod"), GetAttr: builtinGetAttr, SetAttr: builtinSetAttr,
		DescrGet: classMethodGet, New: callableWrapperNew, Init: callableWrapperInit("classmethod")},
	getsets:     callableWrapperGetSets(),
	newInstance: func(m *Machine, t *Type) Object { return &callableWrapper{} },
}
