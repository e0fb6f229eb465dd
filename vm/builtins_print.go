package vm

// print(), and the exit and quit objects the site module adds to builtins.

var specPrint = &ArgSpec{Name: "print", Kind: ArgsKeywords, Names: []string{"sep", "end", "file", "flush"}, Varargs: true}

// bltinPrint is CPython 3.11's builtin_print_impl: sys.stdout looked up
// at each call, the separator and end checked, and every piece written
// with a call of file.write (the str() of each object, the separators,
// the end), so a failing __str__ leaves the earlier pieces written.
func bltinPrint(m *Machine, _ Value, args, kw []Value) (Value, error) {
	objs, kwvals := SplitVarargs(args, kw)
	var a [4]Value
	if len(kw) > 0 {
		if err := m.ParseArgs(specPrint, kwvals, kw, a[:]); err != nil {
			return Null, err
		}
	}
	sep, end, file, flush := a[0], a[1], a[2], a[3]
	if file == Null || file == None {
		var err error
		if file, err = m.sysStream("stdout"); err != nil {
			return Null, err
		}
		if file == None {
			return None, nil
		}
	}
	if sep == None {
		sep = Null
	} else if sep != Null && m.str(sep) == nil {
		return Null, m.typeError("sep must be None or a string, not %s", m.typeName(sep))
	}
	if end == None {
		end = Null
	} else if end != Null && m.str(end) == nil {
		return Null, m.typeError("end must be None or a string, not %s", m.typeName(end))
	}
	w := m.fileWriter(file)
	for i, o := range objs {
		if i > 0 {
			if sep == Null {
				if err := w.writeString(" "); err != nil {
					return Null, err
				}
			} else if err := w.writeObject(sep); err != nil {
				return Null, err
			}
		}
		if err := w.writeObject(o); err != nil {
			return Null, err
		}
	}
	if end == Null {
		if err := w.writeString("\n"); err != nil {
			return Null, err
		}
	} else if err := w.writeObject(end); err != nil {
		return Null, err
	}
	if flush != Null {
		doFlush, err := m.Truth(flush)
		if err != nil {
			return Null, err
		}
		if doFlush {
			if _, err := m.CallMethod(file, "flush"); err != nil {
				return Null, err
			}
		}
	}
	return None, nil
}

// sysStream returns sys.stdout, sys.stderr or sys.stdin as the program
// has left it, or RuntimeError "lost sys.stdout" if it was deleted.
func (m *Machine) sysStream(name string) (Value, error) {
	if m.sysMod != nil {
		if v := m.dictGetStr(m.sysMod.Dict, name); v != Null {
			return v, nil
		}
	}
	return Null, m.Raisef(m.types.exceptions["RuntimeError"], "lost sys.%s", name)
}

// fileWriter writes to a file object as PyFile_WriteObject and
// PyFile_WriteString do: through its write method, except that the
// Machine's own standard streams are written directly.
type fileWriter struct {
	m    *Machine
	file Value
	// text is set when file is a TextIOWrapper.
	text *textIO
}

func (m *Machine) fileWriter(file Value) fileWriter {
	w := fileWriter{m: m, file: file}
	// The TextIOWrapper is written directly unless the program gave
	// the object a write method of its own.
	if t, ok := m.obj0(file).(*textIO); ok && t.typ == m.types.TextIO &&
		(t.dict == nil || m.dictGetStr(t.dict, "write") == Null) {
		w.text = t
	}
	return w
}

// writeObject writes str(v) (PyFile_WriteObject with Py_PRINT_RAW: the
// write method is looked up before str() is called).
func (w fileWriter) writeObject(v Value) error {
	m := w.m
	if w.text != nil {
		s, err := m.StrOf(v)
		if err != nil {
			return err
		}
		return m.textWrite(w.text, m.str(s).S)
	}
	write, err := m.GetAttr(w.file, m.Intern("write"))
	if err != nil {
		return err
	}
	s, err := m.StrOf(v)
	if err != nil {
		return err
	}
	_, err = m.Call(write, []Value{s}, nil)
	return err
}

// writeString writes a constant piece (the default separator and end).
func (w fileWriter) writeString(s string) error {
	if w.text != nil {
		return w.m.textWrite(w.text, s)
	}
	return w.writeObject(w.m.NewStr(s))
}

// quitter is the exit and quit objects (_sitebuiltins.Quitter).
type quitter struct {
	Header
	name string
}

func (*quitter) traverse(func(Value)) {}

// The site module's objects are instances of Python classes in CPython:
// 40 bytes and GC-tracked, so sys.getsizeof gives 56.
var quitterSpec = typeSpec{name: "Quitter", module: "_sitebuiltins", basicSize: 40, flags: FlagHaveGC,
	slots: Slots{GetAttr: genericGetAttr, Hash: identityHash, Repr: quitterRepr, Call: quitterCall}}

func (m *Machine) newQuitter(name string) Value {
	return m.alloc(&quitter{name: name}, m.types.Quitter)
}

func quitterRepr(m *Machine, v Value) (Value, error) {
	q := m.obj(v).(*quitter)
	return m.NewStr("Use " + q.name + "() or Ctrl-D (i.e. EOF) to exit"), nil
}

// quitterCall is Quitter.__call__(self, code=None): sys.stdin closed, then
// SystemExit(code).
func quitterCall(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return Null, m.typeError("Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", npos+1)
	}
	code := None
	if npos == 1 {
		code = args[0]
	}
	for i, k := range kwnames {
		name := m.str(k).S
		if name != "code" {
			return Null, m.typeError("Quitter.__call__() got an unexpected keyword argument '%s'", name)
		}
		if npos == 1 {
			return Null, m.typeError("Quitter.__call__() got multiple values for argument 'code'")
		}
		code = args[npos+i]
	}
	if in, err := m.sysStream("stdin"); err == nil {
		// Errors from sys.stdin's close are ignored.
		_, _ = m.CallMethod(in, "close")
	}
	return Null, m.raiseValue(m.makeException(m.types.exceptions["SystemExit"], code))
}

// sitePrinter is copyright, credits and license (_sitebuiltins._Printer):
// the repr is the text when it is short, calling it prints the text.
type sitePrinter struct {
	Header
	name, text string
}

func (*sitePrinter) traverse(func(Value)) {}

var sitePrinterSpec = typeSpec{name: "_Printer", module: "_sitebuiltins", basicSize: 40, flags: FlagHaveGC,
	slots: Slots{GetAttr: genericGetAttr, Hash: identityHash, Repr: sitePrinterRepr, Call: sitePrinterCall}}

// sitePrinterMaxLines is _Printer.MAXLINES: longer texts page.
const sitePrinterMaxLines = 23

// The texts site.py gives them. license's is the one CPython falls back to
// when it finds no LICENSE file (quicken has none to page through).
const (
	creditsText = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n" +
		"    for supporting Python development.  See www.python.org for more information."
	licenseText = "See https://www.python.org/psf/license/"
)

func (m *Machine) newSitePrinter(name, text string) Value {
	return m.alloc(&sitePrinter{name: name, text: text}, m.types.SitePrinter)
}

func sitePrinterRepr(m *Machine, v Value) (Value, error) {
	p := m.obj(v).(*sitePrinter)
	if p.name == "license" {
		// CPython's license text is long: its repr points at the call.
		return m.NewStr("Type license() to see the full license text"), nil
	}
	return m.NewStr(p.text), nil
}

func sitePrinterCall(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if n := len(args); n > 0 {
		return Null, m.typeError("_Printer.__call__() takes 1 positional argument but %d were given", n+1)
	}
	p := m.obj(self).(*sitePrinter)
	out, err := m.sysStream("stdout")
	if err != nil {
		return Null, err
	}
	if out == None {
		return None, nil
	}
	if err := m.fileWriter(out).writeString(p.text + "\n"); err != nil {
		return Null, err
	}
	return None, nil
}

// siteHelper is help (_sitebuiltins._Helper). quicken has no pydoc:
// calling it raises.
type siteHelper struct{ Header }

func (*siteHelper) traverse(func(Value)) {}

var siteHelperSpec = typeSpec{name: "_Helper", module: "_sitebuiltins", basicSize: 40, flags: FlagHaveGC,
	slots: Slots{GetAttr: genericGetAttr, Hash: identityHash, Repr: siteHelperRepr, Call: siteHelperCall}}

func siteHelperRepr(m *Machine, v Value) (Value, error) {
	return m.NewStr("Type help() for interactive help, or help(object) for help about object."), nil
}

func siteHelperCall(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	return Null, m.Raisef(m.types.exceptions["RuntimeError"], "help() is not available in quicken")
}

// makeException creates an exception by calling its class, so that the
// class's __init__ sets its attributes (SystemExit.code, OSError.errno).
func (m *Machine) makeException(t *Type, args ...Value) Value {
	if v, err := m.Call(t.self, args, nil); err == nil && m.exception(v) != nil {
		return v
	}
	return m.newException(t, args)
}
