package vm

// BuiltinFunction is builtin_function_or_method: a MethodDef bound to self
// (a module for module-level functions, an instance for a bound builtin
// method).
type BuiltinFunction struct {
	Header
	Def  *MethodDef
	Self Value
	// Module is __module__ (a str or None).
	Module Value
}

func (f *BuiltinFunction) traverse(visit func(Value)) {
	if f.Self != Null {
		visit(f.Self)
	}
	if f.Module != Null {
		visit(f.Module)
	}
}

// NewBuiltinFunction returns a builtin function object for def bound to
// self.
func (m *Machine) NewBuiltinFunction(def *MethodDef, self, module Value) Value {
	return m.alloc(&BuiltinFunction{Def: def, Self: self, Module: module}, m.types.BuiltinFunction)
}

func builtinFunctionCall(m *Machine, callable Value, args, kwnames []Value) (Value, error) {
	f := m.obj(callable).(*BuiltinFunction)
	return f.Def.Fn(m, f.Self, args, kwnames)
}

// MethodDescriptor is method_descriptor: a builtin type's method in the
// type's namespace (list.append), bound on attribute access.
type MethodDescriptor struct {
	Header
	Def   *MethodDef
	Owner *Type
	// flags caches CallMethFlags (valid when flagsKnown).
	flags      uint16
	flagsKnown bool
}

func (d *MethodDescriptor) traverse(visit func(Value)) { visit(d.Owner.self) }

// GetSetDescriptor is getset_descriptor.
type GetSetDescriptor struct {
	Header
	Def   *GetSetDef
	Owner *Type
}

func (d *GetSetDescriptor) traverse(visit func(Value)) { visit(d.Owner.self) }
