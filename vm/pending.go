package vm

// Placeholders for parts of the runtime that their own files replace:
// the file that implements one deletes it here.

func (m *Machine) notYet(what string) error {
	return m.Raisef(m.types.exceptions["SystemError"], "not implemented yet: %s", what)
}

func (m *Machine) internalError(r any) error { return &InternalError{Value: r} }

// InternalError is a bug in quicken caught at the API boundary.
type InternalError struct{ Value any }

func (e *InternalError) Error() string { return "internal error" }

func (m *Machine) addTraceback(exc Value, f *Frame)                 {}
func (m *Machine) exceptionTraceback(exc Value) Value               { return None }
func (m *Machine) setExceptionAttr(exc Value, name string, v Value) {}
func (m *Machine) PrintException(exc Value) {
	s, _ := m.StrString(exc)
	m.writeStderr(m.TypeOf(exc).Name + ": " + s + "\n")
}
func (m *Machine) initExceptionTypes() {
	m.types.exceptions = map[string]*Type{}
	mk := func(name string, base *Type) *Type {
		t := &Type{Name: name, QualName: name, Module: "builtins", Base: base, Bases: []*Type{base},
			BasicSize: 72, Slots: base.Slots}
		t.MRO = append([]*Type{t}, base.MRO...)
		m.alloc(t, m.types.Type)
		t.Dict = m.NewDict()
		m.types.exceptions[name] = t
		return t
	}
	be := mk("BaseException", m.types.Object)
	be.Str = func(m *Machine, v Value) (Value, error) {
		e := m.exception(v)
		items := m.tuple(e.Args).Items
		if len(items) == 1 {
			return m.StrOf(items[0])
		}
		return m.Repr(e.Args)
	}
	m.types.BaseException = be
	ex := mk("Exception", be)
	m.types.Exception = ex
	for _, n := range []string{"TypeError", "ValueError", "MemoryError", "SystemError", "NameError",
		"AttributeError", "KeyError", "IndexError", "RuntimeError", "StopIteration", "ZeroDivisionError",
		"AssertionError", "OverflowError", "ImportError", "LookupError"} {
		mk(n, ex)
	}
	mk("UnboundLocalError", m.types.exceptions["NameError"])
	mk("RecursionError", m.types.exceptions["RuntimeError"])
	mk("SystemExit", be)
	mk("KeyboardInterrupt", be)
	mk("GeneratorExit", be)
	m.types.TypeError = m.types.exceptions["TypeError"]
	m.types.ValueError = m.types.exceptions["ValueError"]
	m.types.MemoryError = m.types.exceptions["MemoryError"]
	m.types.SystemError = m.types.exceptions["SystemError"]
}
func (m *Machine) beforeWith(mgr Value) (Value, Value, error) { return Null, Null, m.notYet("with") }
func (m *Machine) NewComplex(c complex128) Value              { return None }
