package vm

import (
	"fmt"
	"runtime/debug"
)

// BaseException is an exception instance (PyBaseExceptionObject and the
// structs that extend it). Instances of classes defined in Python that
// derive from an exception type are the same struct with another type.
type BaseException struct {
	Header
	dict *Dict
	Args Value // a tuple
	// Traceback, Context and Cause are Null when unset (the attributes
	// read None then, as in CPython).
	Traceback       Value
	Context         Value
	Cause           Value
	SuppressContext bool
	Notes           Value // unused: __notes__ lives in the instance dict, as in 3.11
	// kind says which kind-specific members extra holds (StopIteration's
	// value, OSError's errno…), laid out as in exceptions.go.
	kind  excKind
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

// instanceDict returns the exception's __dict__ (CPython's
// tp_dictoffset 16), made when create is set.
func (e *BaseException) instanceDict(m *Machine, create bool) *Dict {
	if e.dict == nil && create {
		e.dict = m.NewDict()
	}
	return e.dict
}

// setExceptionAttr sets an attribute of an exception the VM raises
// (NameError.name, AttributeError.obj, StopIteration.value…) without
// running Python code: a kind-specific member when the exception has it,
// else an entry of its instance dict.
func (m *Machine) setExceptionAttr(exc Value, name string, v Value) {
	e := m.exception(exc)
	if e == nil {
		return
	}
	if i, ok := excMemberIndex(e.kind, name); ok {
		e.extra[i] = v
		return
	}
	switch name {
	case "args":
		if m.tuple(v) != nil {
			e.Args = v
		}
		return
	case "__cause__":
		e.Cause = v
		e.SuppressContext = true
		return
	case "__context__":
		e.Context = v
		return
	}
	m.dictSetStr(m.excDict(e), name, v)
}

// exceptionAttr reads a kind-specific member of an exception (Null when
// unset or when the exception has no such member).
func (m *Machine) exceptionAttr(exc Value, name string) Value {
	e := m.exception(exc)
	if e == nil {
		return Null
	}
	if i, ok := excMemberIndex(e.kind, name); ok {
		return e.extra[i]
	}
	return Null
}

// excMemberIndex finds a kind's member by attribute name.
func excMemberIndex(kind excKind, name string) (int, bool) {
	var names []string
	switch kind {
	case kindStopIteration:
		names = []string{"value"}
	case kindSystemExit:
		names = []string{"code"}
	case kindImportError:
		names = []string{"msg", "name", "path"}
	case kindOSError:
		names = []string{"errno", "strerror", "filename", "filename2"}
	case kindNameError:
		names = []string{"name"}
	case kindAttributeError:
		names = []string{"name", "obj"}
	case kindSyntaxError:
		names = []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}
	case kindUnicodeError:
		names = []string{"encoding", "object", "start", "end", "reason"}
	case kindGroup:
		names = []string{"message", "exceptions"}
	}
	for i, n := range names {
		if n == name {
			return i, true
		}
	}
	return 0, false
}

// systemExitCode is what CPython's handle_system_exit reads: the code
// attribute of a SystemExit (None if unset).
func (m *Machine) systemExitCode(exc Value) (Value, error) {
	if e := m.exception(exc); e != nil && e.kind == kindSystemExit && !m.TypeOf(exc).IsHeap() {
		if c := e.extra[fExitCode]; c != Null {
			return c, nil
		}
		return None, nil
	}
	return m.GetAttr(exc, m.Intern("code"))
}

// InternalError is a bug in quicken (a Go panic) caught at the API
// boundary, so that it ends the run with a message instead of killing
// the host.
type InternalError struct {
	Value any    // what was passed to panic
	Stack []byte // the Go stack where it was recovered
}

// Error is the panic value on one line; the stack is in Stack.
func (e *InternalError) Error() string { return fmt.Sprint(e.Value) }

// internalError wraps a recovered panic value. It is called from the
// deferred recover of an entry point, so the stack still shows the panic.
func (m *Machine) internalError(r any) error {
	if e, ok := r.(*InternalError); ok {
		return e
	}
	return &InternalError{Value: r, Stack: debug.Stack()}
}
