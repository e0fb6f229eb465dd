package vm

// BaseException is an exception instance (PyBaseExceptionObject).
type BaseException struct {
	Header
	dict            *Dict
	Args            Value // tuple
	Traceback       Value // traceback or None
	Context         Value
	Cause           Value
	SuppressContext bool
	Notes           Value
	// Kind-specific fields (StopIteration.value, SystemExit.code,
	// OSError's errno…), by attribute name, in a fixed order per kind.
	extra []Value
}

func (e *BaseException) traverse(visit func(Value)) {
	if e.dict != nil {
		visit(e.dict.self)
	}
	for _, v := range [...]Value{e.Args, e.Traceback, e.Context, e.Cause, e.Notes} {
		if v != Null {
			visit(v)
		}
	}
	for _, v := range e.extra {
		if v != Null {
			visit(v)
		}
	}
}

// newException creates an instance of exception type t with args, without
// running Python code (t's __init__ is not called), as PyErr_SetObject does
// for builtin exception types.
func (m *Machine) newException(t *Type, args []Value) Value {
	e := &BaseException{Args: m.NewTuple(args), Traceback: None, Context: None, Cause: None}
	return m.alloc(e, t)
}

// exception returns the *BaseException behind v, or nil.
func (m *Machine) exception(v Value) *BaseException {
	if !v.IsRef() {
		return nil
	}
	e, _ := m.heap.objs[v].(*BaseException)
	return e
}
