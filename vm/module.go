package vm

// Module objects (CPython's Objects/moduleobject.c): a namespace dict
// with attribute access, the module-level __getattr__ hook (PEP 562) and
// the repr importlib gives modules; and the loader object of __main__.
// The Module struct is in function.go.

func (m *Machine) module(v Value) *Module {
	mo, _ := m.obj0(v).(*Module)
	return mo
}

// moduleGetAttr is module_getattro: the generic lookup, then the module's
// own __getattr__, then "module 'm' has no attribute 'x'".
func moduleGetAttr(m *Machine, obj, name Value) (Value, error) {
	v, err := m.GenericGetAttr(obj, name)
	if err == nil || !m.isRaise(err, m.types.exceptions["AttributeError"]) {
		return v, err
	}
	d := m.module(obj).Dict
	getattr, gerr := m.DictGet(d, m.Intern("__getattr__"))
	if gerr != nil {
		return Null, gerr
	}
	if getattr != Null {
		return m.Call(getattr, []Value{name}, nil)
	}
	ae := m.types.exceptions["AttributeError"]
	modName, gerr := m.DictGet(d, m.Intern("__name__"))
	if gerr != nil {
		return Null, gerr
	}
	if s := m.str(modName); s != nil {
		spec, gerr := m.DictGet(d, m.Intern("__spec__"))
		if gerr != nil {
			return Null, gerr
		}
		init, gerr := m.specInitializing(spec)
		if gerr != nil {
			return Null, gerr
		}
		if init {
			return Null, m.Raisef(ae, "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", s.S, m.str(name).S)
		}
		return Null, m.Raisef(ae, "module '%s' has no attribute '%s'", s.S, m.str(name).S)
	}
	return Null, m.Raisef(ae, "module has no attribute '%s'", m.str(name).S)
}

// specInitializing is _PyModuleSpec_IsInitializing: a true
// spec._initializing (a module still being imported).
func (m *Machine) specInitializing(spec Value) (bool, error) {
	if spec == Null || spec == None {
		return false, nil
	}
	v, err := m.GetAttr(spec, m.Intern("_initializing"))
	if err != nil {
		return false, nil
	}
	return m.Truth(v)
}

// optionalAttr is getattr(obj, name, None) for Go: Null when obj has no
// such attribute.
func (m *Machine) optionalAttr(obj Value, name string) (Value, error) {
	v, err := m.GetAttr(obj, m.Intern(name))
	if err != nil {
		if m.isRaise(err, m.types.exceptions["AttributeError"]) {
			return Null, nil
		}
		return Null, err
	}
	return v, nil
}

// moduleRepr is module_repr, which CPython delegates to importlib's
// _module_repr: from the module's __spec__ when it has a true one, else
// from __name__, __file__ and __loader__.
func moduleRepr(m *Machine, v Value) (Value, error) {
	loader, err := m.optionalAttr(v, "__loader__")
	if err != nil {
		return Null, err
	}
	spec, err := m.optionalAttr(v, "__spec__")
	if err != nil {
		return Null, err
	}
	if spec != Null {
		ok, err := m.Truth(spec)
		if err != nil {
			return Null, err
		}
		if ok {
			return m.moduleReprFromSpec(spec)
		}
	}
	name := "'?'"
	if n, err := m.optionalAttr(v, "__name__"); err != nil {
		return Null, err
	} else if n != Null {
		if name, err = m.ReprString(n); err != nil {
			return Null, err
		}
	}
	file, err := m.optionalAttr(v, "__file__")
	if err != nil {
		return Null, err
	}
	if file != Null {
		f, err := m.ReprString(file)
		if err != nil {
			return Null, err
		}
		return m.NewStr("<module " + name + " from " + f + ">"), nil
	}
	if loader == Null || loader == None {
		return m.NewStr("<module " + name + ">"), nil
	}
	l, err := m.ReprString(loader)
	if err != nil {
		return Null, err
	}
	return m.NewStr("<module " + name + " (" + l + ")>"), nil
}

// moduleReprFromSpec is importlib's _module_repr_from_spec.
func (m *Machine) moduleReprFromSpec(spec Value) (Value, error) {
	attr := func(name string) (Value, error) { return m.GetAttr(spec, m.Intern(name)) }
	specName, err := attr("name")
	if err != nil {
		return Null, err
	}
	name := "'?'"
	if specName != None {
		if name, err = m.ReprString(specName); err != nil {
			return Null, err
		}
	}
	origin, err := attr("origin")
	if err != nil {
		return Null, err
	}
	if origin == None {
		loader, err := attr("loader")
		if err != nil {
			return Null, err
		}
		if loader == None {
			return m.NewStr("<module " + name + ">"), nil
		}
		l, err := m.ReprString(loader)
		if err != nil {
			return Null, err
		}
		return m.NewStr("<module " + name + " (" + l + ")>"), nil
	}
	hasLoc, err := attr("has_location")
	if err != nil {
		return Null, err
	}
	located, err := m.Truth(hasLoc)
	if err != nil {
		return Null, err
	}
	if located {
		o, err := m.ReprString(origin)
		if err != nil {
			return Null, err
		}
		return m.NewStr("<module " + name + " from " + o + ">"), nil
	}
	// CPython prints spec.name here, not the '?' substitute.
	sn, err := m.ReprString(specName)
	if err != nil {
		return Null, err
	}
	o, err := m.StrString(origin)
	if err != nil {
		return Null, err
	}
	return m.NewStr("<module " + sn + " (" + o + ")>"), nil
}

func moduleNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	return m.alloc(&Module{Dict: m.NewDict()}, t), nil
}

var moduleInitArgs = ArgSpec{Name: "module", Kind: ArgsKeywords, Names: []string{"name", "doc"}, Min: 1, Max: -1}

// moduleInit is module.__init__(name, doc=None): the namespace gets
// __name__, __doc__, __package__, __loader__ and __spec__, in that order
// (module_init_dict).
func moduleInit(m *Machine, self Value, args, kwnames []Value) error {
	var a [2]Value
	if err := m.ParseArgs(&moduleInitArgs, args, kwnames, a[:]); err != nil {
		return err
	}
	if m.str(a[0]) == nil {
		return m.typeError("module() argument 'name' must be str, not %s", m.typeName(a[0]))
	}
	doc := a[1]
	if doc == Null {
		doc = None
	}
	return m.moduleInitDict(m.module(self).Dict, a[0], doc)
}

func (m *Machine) moduleInitDict(d *Dict, name, doc Value) error {
	for _, kv := range [...]struct {
		k string
		v Value
	}{{"__name__", name}, {"__doc__", doc}, {"__package__", None}, {"__loader__", None}, {"__spec__", None}} {
		if err := m.DictSet(d, m.Intern(kv.k), kv.v); err != nil {
			return err
		}
	}
	return nil
}

// moduleDir is module.__dir__: the namespace's __dir__() if it has one,
// else its keys.
func moduleDir(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(args) > 0 || len(kwnames) > 0 {
		return Null, m.typeError("__dir__() takes no arguments (%d given)", len(args))
	}
	dv, err := m.GetAttr(self, m.Intern("__dict__"))
	if err != nil {
		return Null, err
	}
	d, ok := m.obj0(dv).(*Dict)
	if !ok {
		return Null, m.typeError("<module>.__dict__ is not a dictionary")
	}
	if f, err := m.DictGet(d, m.Intern("__dir__")); err != nil || f != Null {
		if err != nil {
			return Null, err
		}
		return m.Call(f, nil, nil)
	}
	var keys []Value
	d.Items(func(k, _ Value) bool {
		keys = append(keys, k)
		return true
	})
	return m.NewList(keys), nil
}

var moduleSpec = typeSpec{name: "module", basicSize: 56, dictOffset: 16, weakrefOffset: 40,
	flags: FlagHaveGC | FlagBaseType,
	slots: Slots{Repr: moduleRepr, GetAttr: moduleGetAttr, SetAttr: genericSetAttr, New: moduleNew, Init: moduleInit},
	methods: []MethodDef{
		{Name: "__dir__", Fn: moduleDir, Doc: "__dir__() -> list\nspecialized dir() implementation"},
	},
	getsets: []GetSetDef{
		{Name: "__dict__", Get: func(m *Machine, self Value) (Value, error) { return m.module(self).Dict.self, nil },
			Set: readonlyMember},
		{Name: "__annotations__",
			Get: func(m *Machine, self Value) (Value, error) {
				d := m.module(self).Dict
				key := m.Intern("__annotations__")
				a, err := m.DictGet(d, key)
				if err != nil || a != Null {
					return a, err
				}
				a = m.NewDict().self
				return a, m.DictSet(d, key, a)
			},
			Set: func(m *Machine, self, v Value) error {
				d := m.module(self).Dict
				key := m.Intern("__annotations__")
				if v != Null {
					return m.DictSet(d, key, v)
				}
				found, err := m.DictDelete(d, key)
				if err == nil && !found {
					err = m.RaiseArgs(m.types.exceptions["AttributeError"], key)
				}
				return err
			}},
	},
	newInstance: func(m *Machine, t *Type) Object { return &Module{Dict: m.NewDict()} },
}

// --- the loader of __main__ ---

// sourceLoader is the object CPython's runpy-less startup puts in
// __main__.__loader__: a _frozen_importlib_external.SourceFileLoader whose
// name is '__main__' and path the script's path (taken from
// __main__.__file__ when first needed, since the loader exists before).
type sourceLoader struct {
	Header
	dict *Dict
}

func (l *sourceLoader) traverse(visit func(Value)) {
	if l.dict != nil {
		visit(l.dict.self)
	}
}

func (l *sourceLoader) instanceDict(m *Machine, create bool) *Dict {
	if l.dict == nil {
		l.dict = m.NewDict()
		m.dictSetStr(l.dict, "name", m.Intern("__main__"))
		path := None
		if m.main != nil {
			if f := m.dictGetStr(m.main.Dict, "__file__"); f != Null {
				path = f
			}
		}
		m.dictSetStr(l.dict, "path", path)
	}
	return l.dict
}

// sourceLoader returns a new loader for __main__.
func (m *Machine) sourceLoader() Value {
	return m.alloc(&sourceLoader{}, m.types.SourceFileLoader)
}

func sourceLoaderRepr(m *Machine, v Value) (Value, error) {
	return m.NewStr("<_frozen_importlib_external.SourceFileLoader object at " + hexAddr(m.FakeAddress(v)) + ">"), nil
}

var sourceFileLoaderSpec = typeSpec{name: "SourceFileLoader", module: "_frozen_importlib_external", basicSize: 16,
	slots:   Slots{Repr: sourceLoaderRepr, GetAttr: builtinGetAttr, SetAttr: builtinSetAttr},
	getsets: []GetSetDef{dictGetSet},
}

// --- the spec of built-in modules ---

// moduleSpecObj is an importlib ModuleSpec (importlib._bootstrap's class,
// shown as _frozen_importlib.ModuleSpec): its attributes live in its
// __dict__ as in CPython. The VM makes them for its built-in modules
// (setBuiltinSpec), so that those print as <module 'sys' (built-in)>.
type moduleSpecObj struct {
	Header
	dict *Dict
}

func (s *moduleSpecObj) traverse(visit func(Value)) {
	if s.dict != nil {
		visit(s.dict.self)
	}
}

func (s *moduleSpecObj) instanceDict(m *Machine, create bool) *Dict {
	if s.dict == nil && create {
		s.dict = m.NewDict()
	}
	return s.dict
}

// setBuiltinSpec gives a built-in module the __loader__ and __spec__
// CPython's BuiltinImporter gives it: the BuiltinImporter class, and a
// ModuleSpec(name=..., loader=BuiltinImporter, origin='built-in').
func (m *Machine) setBuiltinSpec(mod *Module) {
	loader := m.types.BuiltinImporter.self
	spec := &moduleSpecObj{dict: m.NewDict()}
	d := spec.dict
	name := m.dictGetStr(mod.Dict, "__name__")
	m.dictSetStr(d, "name", name)
	m.dictSetStr(d, "loader", loader)
	m.dictSetStr(d, "origin", m.Intern("built-in"))
	m.dictSetStr(d, "loader_state", None)
	m.dictSetStr(d, "submodule_search_locations", None)
	m.dictSetStr(d, "_uninitialized_submodules", m.NewList(nil))
	m.dictSetStr(d, "_set_fileattr", False)
	m.dictSetStr(d, "_cached", None)
	m.dictSetStr(mod.Dict, "__loader__", loader)
	m.dictSetStr(mod.Dict, "__spec__", m.alloc(spec, m.types.ModuleSpec))
}

// specAttr reads an attribute of a spec for its repr and properties.
func (m *Machine) specAttr(spec Value, name string) (Value, error) {
	return m.GetAttr(spec, m.Intern(name))
}

// moduleSpecRepr is ModuleSpec.__repr__.
func moduleSpecRepr(m *Machine, v Value) (Value, error) {
	s := "ModuleSpec("
	for i, a := range [...]string{"name", "loader", "origin", "submodule_search_locations"} {
		x, err := m.specAttr(v, a)
		if err != nil {
			return Null, err
		}
		if i >= 2 && x == None {
			continue
		}
		var r string
		if i == 3 {
			r, err = m.StrString(x)
		} else {
			r, err = m.ReprString(x)
		}
		if err != nil {
			return Null, err
		}
		if i > 0 {
			s += ", "
		}
		s += a + "=" + r
	}
	cls, err := m.GetAttr(m.TypeOf(v).self, m.Intern("__name__"))
	if err != nil {
		return Null, err
	}
	return m.NewStr(m.str(cls).S + s[len("ModuleSpec"):] + ")"), nil
}

// moduleSpecRichCompare is ModuleSpec.__eq__: the same name, loader,
// origin, search locations, cached path and location flag.
func moduleSpecRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	if op != EQ && op != NE {
		return NotImplemented, nil
	}
	eq := true
	for _, attr := range [...]string{"name", "loader", "origin", "submodule_search_locations", "cached", "has_location"} {
		x, err := m.specAttr(a, attr)
		if err != nil {
			return Null, err
		}
		y, err := m.specAttr(b, attr)
		if err != nil {
			if m.isRaise(err, m.types.exceptions["AttributeError"]) {
				return NotImplemented, nil
			}
			return Null, err
		}
		if eq, err = m.Equal(x, y); err != nil {
			return Null, err
		}
		if !eq {
			break
		}
	}
	return Bool(eq == (op == EQ)), nil
}

var moduleSpecSpec = typeSpec{name: "ModuleSpec", module: "_frozen_importlib", basicSize: 16,
	flags: FlagBaseType | FlagHaveGC,
	slots: Slots{Repr: moduleSpecRepr, RichCompare: moduleSpecRichCompare, Hash: hashNotImplemented,
		GetAttr: builtinGetAttr, SetAttr: builtinSetAttr},
	getsets: []GetSetDef{
		{Name: "cached", Get: func(m *Machine, self Value) (Value, error) { return m.specAttr(self, "_cached") }},
		{Name: "parent", Get: func(m *Machine, self Value) (Value, error) {
			locs, err := m.specAttr(self, "submodule_search_locations")
			if err != nil {
				return Null, err
			}
			name, err := m.specAttr(self, "name")
			if err != nil || locs != None {
				return name, err
			}
			s := m.str(name)
			if s == nil {
				return Null, m.typeError("must be str, not %s", m.typeName(name))
			}
			for i := len(s.S) - 1; i >= 0; i-- {
				if s.S[i] == '.' {
					return m.NewStr(s.S[:i]), nil
				}
			}
			return m.emptyStr, nil
		}},
		{Name: "has_location", Get: func(m *Machine, self Value) (Value, error) { return m.specAttr(self, "_set_fileattr") }},
		dictGetSet,
	},
}

// builtinImporterSpec is _frozen_importlib.BuiltinImporter, the loader of
// built-in modules; only the class itself is used (as __loader__).
var builtinImporterSpec = typeSpec{name: "BuiltinImporter", module: "_frozen_importlib", basicSize: 16,
	flags: FlagBaseType}
