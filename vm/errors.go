package vm

import "fmt"

// Raise is a Python exception travelling through Go code as an error.
// Exc is the exception instance.
type Raise struct {
	Exc Value
	// chained is set once the exception's __context__ has been set (at
	// its raise, as _PyErr_SetObject does), so frames it passes through
	// later do not set it again.
	chained bool
}

func (r *Raise) Error() string { return "Python exception" }

// raise returns an error raising exc (an exception instance).
func (m *Machine) raiseValue(exc Value) error { return &Raise{Exc: exc} }

// Raisef raises an exception of type t with a formatted message, as
// PyErr_Format does.
func (m *Machine) Raisef(t *Type, format string, args ...any) error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return m.raiseValue(m.newException(t, []Value{m.NewStr(msg)}))
}

// RaiseArgs raises an exception of type t with the given args.
func (m *Machine) RaiseArgs(t *Type, args ...Value) error {
	return m.raiseValue(m.newException(t, args))
}

// typeError is the common TypeError.
func (m *Machine) typeError(format string, args ...any) error {
	return m.Raisef(m.types.TypeError, format, args...)
}

// noMemory returns MemoryError (preallocated, as CPython raises it
// without allocating).
func (m *Machine) noMemory() error {
	return m.raiseValue(m.newException(m.types.MemoryError, nil))
}

// isRaise reports whether err is a Python exception of type t (or a
// subclass).
func (m *Machine) isRaise(err error, t *Type) bool {
	r, ok := err.(*Raise)
	return ok && m.TypeOf(r.Exc).IsSubtype(t)
}

// typeName returns the name CPython's messages use for v's type
// (Py_TYPE(v)->tp_name): a builtin type defined outside builtins carries
// its module ("_io.TextIOWrapper").
func (m *Machine) typeName(v Value) string {
	return tpName(m.TypeOf(v))
}
