package vm

// BuiltinFunc is the Go body of a builtin function or method: self is the
// bound object (the module for module functions, the instance for
// methods), args the positional arguments followed by the keyword
// arguments' values, kwnames the keywords' names.
type BuiltinFunc func(m *Machine, self Value, args []Value, kwnames []Value) (Value, error)

// MethodKind says how a method in a type's namespace binds.
type MethodKind uint8

// Method kinds.
const (
	InstanceMethod MethodKind = iota
	ClassMethod               // bound to the type (dict.fromkeys)
	StaticMethod              // not bound (str.maketrans)
)

// MethodDef describes a builtin method or function (PyMethodDef).
type MethodDef struct {
	Name string
	Fn   BuiltinFunc
	Kind MethodKind
	Doc  string
}

// GetSetDef describes a computed attribute (PyGetSetDef); Set nil makes
// it read-only.
type GetSetDef struct {
	Name string
	Get  func(m *Machine, self Value) (Value, error)
	Set  func(m *Machine, self, v Value) error
}

// typeSpec describes a builtin type (PyType_Spec): what initTypes needs
// to make it in a Machine.
type typeSpec struct {
	name   string
	module string // "" means builtins
	// base selects the base type among those already made ("object" if
	// nil, except for object itself).
	base    func(*builtinTypes) *Type
	flags   TypeFlags
	slots   Slots
	methods []MethodDef
	getsets []GetSetDef
	// Layout (CPython 3.11 numbers).
	basicSize, itemSize, dictOffset, weakrefOffset int
	newInstance                                    func(m *Machine, t *Type) Object
	// init runs after the type and its namespace exist, to add anything
	// else (class attributes, constants).
	init func(m *Machine, t *Type)
}
