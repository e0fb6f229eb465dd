package vm

// Function is a Python function object (PyFunctionObject).
type Function struct {
	Header
	Code     *Code
	Globals  *Dict
	Builtins *Dict
	Name     Value // str
	QualName Value // str
	// Defaults is __defaults__ (a tuple or Null); KwDefaults is
	// __kwdefaults__ (a dict or Null).
	Defaults   Value
	KwDefaults Value
	// Closure holds the cells of the free variables (Null if none).
	Closure     Value
	Doc         Value
	Module      Value
	Annotations Value
	dict        *Dict
	// Version is func_version, which the specializer caches; 0 when the
	// function has been modified since (CPython 3.11).
	Version uint32
}

func (f *Function) traverse(visit func(Value)) {
	visit(f.Code.self)
	visit(f.Globals.self)
	visit(f.Builtins.self)
	for _, v := range [...]Value{f.Name, f.QualName, f.Defaults, f.KwDefaults, f.Closure, f.Doc, f.Module, f.Annotations} {
		if v != Null {
			visit(v)
		}
	}
	if f.dict != nil {
		visit(f.dict.self)
	}
}

// function returns the *Function behind v, or nil.
func (m *Machine) function(v Value) *Function {
	if !v.IsRef() {
		return nil
	}
	f, _ := m.heap.objs[v].(*Function)
	return f
}

// Cell is a cell object holding a closed-over variable (Null: empty).
type Cell struct {
	Header
	V Value
}

func (c *Cell) traverse(visit func(Value)) {
	if c.V != Null {
		visit(c.V)
	}
}

// NewCell returns a cell holding v.
func (m *Machine) NewCell(v Value) Value { return m.alloc(&Cell{V: v}, m.types.Cell) }

// Method is a bound method (PyMethodObject): Func called with Self first.
type Method struct {
	Header
	Func Value
	Self Value
}

func (b *Method) traverse(visit func(Value)) {
	visit(b.Func)
	visit(b.Self)
}

// Module is a module object.
type Module struct {
	Header
	Dict *Dict
}

func (mo *Module) traverse(visit func(Value)) { visit(mo.Dict.self) }
