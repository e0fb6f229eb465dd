package vm

// sys.excepthook, sys.unraisablehook and sys.displayhook, and their
// __excepthook__, __unraisablehook__ and __displayhook__ originals: the
// hooks CPython 3.11 calls for an uncaught exception, an exception it
// cannot raise (a finalizer's, a failed flush at exit) and PRINT_EXPR.
// A program may replace them; the interpreter looks them up in sys each
// time, as CPython does.

var (
	specExcepthook     = &ArgSpec{Name: "excepthook", Func: "excepthook", Kind: ArgsPositional, Min: 3, Max: 3}
	specUnraisablehook = &ArgSpec{Name: "unraisablehook", Func: "sys.unraisablehook", Kind: ArgsO}
	specDisplayhook    = &ArgSpec{Name: "displayhook", Func: "sys.displayhook", Kind: ArgsO}
)

var sysHookFuncs = []MethodDef{
	{Name: "excepthook", Fn: sysExcepthook},
	{Name: "unraisablehook", Fn: sysUnraisablehook},
	{Name: "displayhook", Fn: sysDisplayhook},
}

// sysExcepthook is the default sys.excepthook: the traceback printed as
// PyErr_Display prints it.
func sysExcepthook(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [3]Value
	if err := m.ParseArgs(specExcepthook, args, kw, a[:]); err != nil {
		return Null, err
	}
	m.displayException(a[1])
	return None, nil
}

// displayException is PyErr_Display of an exception value (a value that
// is not an exception prints as CPython's "TypeError: print_exception():
// Exception expected for value, T found").
func (m *Machine) displayException(exc Value) {
	if m.exception(exc) == nil {
		m.writeStderr("TypeError: print_exception(): Exception expected for value, " + m.typeName(exc) + " found\n")
		return
	}
	m.PrintException(exc)
}

// callExcepthook is the part of _PyErr_PrintEx after SystemExit: sys.last_*
// set, then sys.excepthook(type, value, traceback) called; an exception
// from the hook is printed with the original. It returns the SystemExit
// the hook raised, if it did.
func (m *Machine) callExcepthook(exc Value) Value {
	tb := m.exception(exc).Traceback
	if tb == Null {
		tb = None
	}
	typ := m.TypeOf(exc).self
	if m.sysMod != nil {
		m.dictSetStr(m.sysMod.Dict, "last_type", typ)
		m.dictSetStr(m.sysMod.Dict, "last_value", exc)
		m.dictSetStr(m.sysMod.Dict, "last_traceback", tb)
	}
	hook := Null
	if m.sysMod != nil {
		hook = m.dictGetStr(m.sysMod.Dict, "excepthook")
	}
	if hook == Null {
		m.writeStderr("sys.excepthook is missing\n")
		m.displayException(exc)
		return Null
	}
	if bf, ok := m.obj0(hook).(*BuiltinFunction); ok && bf.Self == m.sysMod.self && bf.Def.Name == "excepthook" {
		m.displayException(exc)
		return Null
	}
	_, err := m.Call(hook, []Value{typ, exc, tb}, nil)
	if err == nil {
		return Null
	}
	exc2, herr := m.exceptionOf(err)
	if herr != nil {
		return Null
	}
	if m.TypeOf(exc2).IsSubtype(m.types.exceptions["SystemExit"]) {
		return exc2
	}
	m.writeStderr("Error in sys.excepthook:\n")
	m.displayException(exc2)
	m.writeStderr("\nOriginal exception was:\n")
	m.displayException(exc)
	return Null
}

// unraisableArgsFields are sys.UnraisableHookArgs' fields.
var unraisableArgsFields = []string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}

// unraisableArgs makes a sys.UnraisableHookArgs.
func (m *Machine) unraisableArgs(typ, exc, tb, msg, obj Value) Value {
	return m.alloc(&Tuple{Items: []Value{typ, exc, tb, msg, obj}}, m.unraisableArgsType)
}

// sysUnraisablehook is the default sys.unraisablehook.
func sysUnraisablehook(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specUnraisablehook, args, kw, a[:]); err != nil {
		return Null, err
	}
	t := m.tuple(a[0])
	if t == nil || m.TypeOf(a[0]) != m.unraisableArgsType || len(t.Items) != len(unraisableArgsFields) {
		return Null, m.typeError("sys.unraisablehook argument type must be UnraisableHookArgs")
	}
	exc, msg, obj := t.Items[1], t.Items[3], t.Items[4]
	if exc == None {
		return None, nil
	}
	m.printUnraisable(exc, msg, obj)
	return None, nil
}

// sysDisplayhook is the default sys.displayhook: repr(value) and a
// newline on sys.stdout, and builtins._ set to the value; None prints
// nothing.
func sysDisplayhook(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specDisplayhook, args, kw, a[:]); err != nil {
		return Null, err
	}
	v := a[0]
	if v == None {
		return None, nil
	}
	m.dictSetStr(m.builtins, "_", None)
	out, err := m.sysStream("stdout")
	if err != nil {
		return Null, err
	}
	if out == None {
		return Null, m.Raisef(m.types.exceptions["RuntimeError"], "lost sys.stdout")
	}
	r, err := m.Repr(v)
	if err != nil {
		return Null, err
	}
	w := m.fileWriter(out)
	if err := w.writeObject(r); err != nil {
		return Null, err
	}
	if err := w.writeString("\n"); err != nil {
		return Null, err
	}
	m.dictSetStr(m.builtins, "_", v)
	return None, nil
}

// printExpr is PRINT_EXPR: the value handed to sys.displayhook.
func (m *Machine) printExpr(v Value) error {
	hook := Null
	if m.sysMod != nil {
		hook = m.dictGetStr(m.sysMod.Dict, "displayhook")
	}
	if hook == Null {
		return m.Raisef(m.types.exceptions["RuntimeError"], "lost sys.displayhook")
	}
	_, err := m.Call(hook, []Value{v}, nil)
	return err
}
