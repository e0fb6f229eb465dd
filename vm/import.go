package vm

import "strings"

// The import statement over quicken's modules: builtins and sys (made at
// startup), math, __future__, copyreg, _codecs, codecs, _io and io. Any
// other name is ModuleNotFoundError, as for a module that is not
// installed; relative imports fail as in a script run directly, which has
// no parent package.

var specImport = &ArgSpec{Name: "__import__", Kind: ArgsKeywords,
	Names: []string{"name", "globals", "locals", "fromlist", "level"}, Min: 1, Max: 5}

// importName is IMPORT_NAME: __import__(name, globals, locals, fromlist,
// level), through the builtins' __import__ when a program replaced it.
func (m *Machine) importName(f *Frame, name, fromlist, level Value) (Value, error) {
	imp := m.dictGetStr(f.Builtins, "__import__")
	if imp == Null {
		return Null, m.Raisef(m.types.exceptions["ImportError"], "__import__ not found")
	}
	if bf, ok := m.obj0(imp).(*BuiltinFunction); !ok || bf.Def.Name != "__import__" || bf.Self != m.builtinsModule {
		locals := f.Locals
		if locals == Null {
			locals = None
		}
		return m.Call(imp, []Value{name, f.Globals.self, locals, fromlist, level}, nil)
	}
	lv, _ := m.Int64(level)
	return m.importModuleLevel(m.str(name).S, f.Globals, fromlist, lv)
}

func bltinImport(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [5]Value
	if err := m.ParseArgs(specImport, args, kw, a[:]); err != nil {
		return Null, err
	}
	name := m.str(a[0])
	if name == nil {
		return Null, m.typeError("module name must be a string")
	}
	var globals *Dict
	if d, ok := m.obj0(a[1]).(*Dict); ok {
		globals = d
	}
	fromlist := a[3]
	if fromlist == Null {
		fromlist = None
	}
	var level int64
	if a[4] != Null {
		l, err := m.ArgCInt(a[4])
		if err != nil {
			return Null, err
		}
		level = int64(l)
	}
	if level < 0 {
		return Null, m.Raisef(m.types.ValueError, "level must be >= 0")
	}
	if name.S == "" && level == 0 {
		return Null, m.Raisef(m.types.ValueError, "Empty module name")
	}
	return m.importModuleLevel(name.S, globals, fromlist, level)
}

// importModuleLevel is PyImport_ImportModuleLevelObject: the module
// itself when names are imported from it, else the top-level package of a
// dotted name.
func (m *Machine) importModuleLevel(name string, globals *Dict, fromlist Value, level int64) (Value, error) {
	if level > 0 {
		pkg := Null
		if globals != nil {
			pkg = m.dictGetStr(globals, "__package__")
		}
		if pkg == Null || pkg == None || m.str(pkg) == nil || m.str(pkg).S == "" {
			return Null, m.Raisef(m.types.exceptions["ImportError"], "attempted relative import with no known parent package")
		}
		return Null, m.moduleNotFound(m.str(pkg).S)
	}
	parts := strings.Split(name, ".")
	var top Value
	for i := range parts {
		mod, err := m.findModule(strings.Join(parts[:i+1], "."), strings.Join(parts[:i], "."))
		if err != nil {
			return Null, err
		}
		if i == 0 {
			top = mod
		}
		if i == len(parts)-1 && fromlist != None && fromlist != Null {
			if t, err := m.Truth(fromlist); err != nil {
				return Null, err
			} else if t {
				return mod, nil
			}
		}
	}
	return top, nil
}

// findModule returns sys.modules[name], making one of quicken's modules
// on its first import. parent is the enclosing package's name ("" for a
// top-level module).
func (m *Machine) findModule(name, parent string) (Value, error) {
	key := m.NewStr(name)
	mod, err := m.DictGet(m.modules, key)
	if err != nil {
		return Null, err
	}
	if mod == None {
		return Null, m.moduleNotFoundMsg(name, "import of "+name+" halted; None in sys.modules")
	}
	if mod != Null {
		return mod, nil
	}
	if parent != "" {
		return Null, m.moduleNotFoundMsg(name, "No module named '"+name+"'; '"+parent+"' is not a package")
	}
	if name == "math" {
		mod = m.newMathModule()
		if err := m.DictSet(m.modules, key, mod); err != nil {
			return Null, err
		}
		return mod, nil
	}
	if name == "__future__" {
		return m.newFutureModule(key)
	}
	if name == "copyreg" {
		return m.newSourceModule(key, "copyreg", copyregSource)
	}
	if name == "_codecs" {
		mod = m.newCodecsBuiltinModule()
		if err := m.DictSet(m.modules, key, mod); err != nil {
			return Null, err
		}
		return mod, nil
	}
	if name == "codecs" {
		return m.newSourceModule(key, "codecs", codecsSource)
	}
	if name == "_io" {
		mod = m.newIOBuiltinModule()
		if err := m.DictSet(m.modules, key, mod); err != nil {
			return Null, err
		}
		return mod, nil
	}
	if name == "io" {
		return m.newSourceModule(key, "io", ioSource)
	}
	return Null, m.moduleNotFound(name)
}

func (m *Machine) moduleNotFound(name string) error {
	return m.moduleNotFoundMsg(name, "No module named '"+name+"'")
}

// moduleNotFoundMsg raises ModuleNotFoundError(msg, name=name).
func (m *Machine) moduleNotFoundMsg(name, msg string) error {
	t := m.types.exceptions["ModuleNotFoundError"]
	if t == nil {
		t = m.types.exceptions["ImportError"]
	}
	exc := m.makeException(t, m.NewStr(msg))
	m.setExceptionAttr(exc, "name", m.NewStr(name))
	return m.raiseValue(exc)
}

// moduleName returns a module's __name__ as Go text ("" if it has none).
func (m *Machine) moduleName(mod Value) string {
	if mo, ok := m.obj0(mod).(*Module); ok {
		if s := m.str(m.dictGetStr(mo.Dict, "__name__")); s != nil {
			return s.S
		}
	}
	return ""
}

// getAttrOf is getattr(obj, name) that reads a module's namespace itself
// (module attribute lookup is dict lookup unless the module's class says
// otherwise).
func (m *Machine) getAttrOf(obj, name Value) (Value, error) {
	if mo, ok := m.obj0(obj).(*Module); ok && m.TypeOf(obj) == m.types.Module && m.types.Module.GetAttr == nil {
		v, err := m.DictGet(mo.Dict, name)
		if err != nil || v != Null {
			return v, err
		}
		return Null, m.Raisef(m.types.exceptions["AttributeError"], "module '%s' has no attribute '%s'", m.moduleName(obj), m.str(name).S)
	}
	return m.GetAttr(obj, name)
}

// importFrom is IMPORT_FROM: the attribute, else a submodule already in
// sys.modules, else ImportError naming where the module came from.
func (m *Machine) importFrom(mod, name Value) (Value, error) {
	v, err := m.getAttrOf(mod, name)
	if err == nil {
		return v, nil
	}
	if !m.isRaise(err, m.types.exceptions["AttributeError"]) {
		return Null, err
	}
	pkgName := Null
	if mo, ok := m.obj0(mod).(*Module); ok {
		pkgName = m.dictGetStr(mo.Dict, "__name__")
	}
	if s := m.str(pkgName); s != nil {
		full := m.NewStr(s.S + "." + m.str(name).S)
		if sub, err := m.DictGet(m.modules, full); err != nil || sub != Null {
			return sub, err
		}
	}
	pkg := "<unknown module name>"
	if s := m.str(pkgName); s != nil {
		pkg = s.S
	}
	loc := "unknown location"
	if mo, ok := m.obj0(mod).(*Module); ok {
		if file := m.str(m.dictGetStr(mo.Dict, "__file__")); file != nil {
			loc = file.S
		}
	}
	exc := m.makeException(m.types.exceptions["ImportError"],
		m.NewStr("cannot import name '"+m.str(name).S+"' from '"+pkg+"' ("+loc+")"))
	m.setExceptionAttr(exc, "name", pkgName)
	return Null, m.raiseValue(exc)
}

// importStar is IMPORT_STAR: the names of the module's __all__, or its
// public names, stored into the frame's namespace.
func (m *Machine) importStar(f *Frame, mod Value) error {
	if f.Locals == Null {
		return m.Raisef(m.types.SystemError, "no locals found during 'import *'")
	}
	var names []Value
	skipPrivate := false
	all, err := m.getAttrOf(mod, m.Intern("__all__"))
	if err == nil {
		if names, err = m.iterateAll(all); err != nil {
			return err
		}
	} else if !m.isRaise(err, m.types.exceptions["AttributeError"]) {
		return err
	} else {
		dict, err := m.getAttrOf(mod, m.Intern("__dict__"))
		if mo, ok := m.obj0(mod).(*Module); ok && err != nil {
			dict, err = mo.Dict.self, nil
		}
		if err != nil {
			if m.isRaise(err, m.types.exceptions["AttributeError"]) {
				return m.Raisef(m.types.exceptions["ImportError"], "from-import-* object has no __dict__ and no __all__")
			}
			return err
		}
		if names, err = m.mappingKeys(dict); err != nil {
			return err
		}
		skipPrivate = true
	}
	for _, name := range names {
		s := m.str(name)
		if s == nil {
			modName := m.str(m.dictGetStrOf(mod, "__name__"))
			if modName == nil {
				return m.typeError("module __name__ must be a string, not %s", m.typeName(m.dictGetStrOf(mod, "__name__")))
			}
			if skipPrivate {
				return m.typeError("Key in %s.__dict__ must be str, not %s", modName.S, m.typeName(name))
			}
			return m.typeError("Item in %s.__all__ must be str, not %s", modName.S, m.typeName(name))
		}
		if skipPrivate && strings.HasPrefix(s.S, "_") {
			continue
		}
		v, err := m.getAttrOf(mod, name)
		if err != nil {
			return err
		}
		if err := m.storeName(f, name, v); err != nil {
			return err
		}
	}
	return nil
}

// dictGetStrOf reads a module's namespace entry (None otherwise).
func (m *Machine) dictGetStrOf(mod Value, name string) Value {
	if mo, ok := m.obj0(mod).(*Module); ok {
		if v := m.dictGetStr(mo.Dict, name); v != Null {
			return v
		}
	}
	return None
}

// setupAnnotations is SETUP_ANNOTATIONS: a module or class body gets an
// __annotations__ dict unless its namespace has one.
func (m *Machine) setupAnnotations(f *Frame) error {
	if f.Locals == Null {
		return m.Raisef(m.types.SystemError, "no locals found when setting up annotations")
	}
	key := m.Intern("__annotations__")
	if d, ok := m.obj(f.Locals).(*Dict); ok && d.typ == m.types.Dict {
		v, err := m.DictGet(d, key)
		if err != nil || v != Null {
			return err
		}
		return m.DictSet(d, key, m.NewDict().self)
	}
	_, err := m.GetItem(f.Locals, key)
	if err == nil {
		return nil
	}
	if !m.isRaise(err, m.types.exceptions["KeyError"]) {
		return err
	}
	return m.SetItem(f.Locals, key, m.NewDict().self)
}
