package vm

import (
	"strings"
)

// The builtin exception hierarchy of CPython 3.11 (Objects/exceptions.c):
// every type with its name, base, doc, __basicsize__ and the slots,
// methods and attributes it defines itself. Instances are all
// *BaseException; the kind-specific C struct members (SystemExit.code,
// OSError.errno…) live in BaseException.extra, laid out per excKind.

// excKind is the C struct an exception type's instances have
// (PyStopIterationObject, PyOSErrorObject…), inherited by subclasses.
type excKind uint8

const (
	kindBase excKind = iota
	kindStopIteration
	kindSystemExit
	kindImportError
	kindOSError
	kindNameError
	kindAttributeError
	kindSyntaxError
	kindUnicodeError
	kindGroup
)

// Field indexes in BaseException.extra, per kind.
const (
	fStopValue = 0

	fExitCode = 0

	fImportMsg  = 0
	fImportName = 1
	fImportPath = 2

	fOSErrno     = 0
	fOSStrerror  = 1
	fOSFilename  = 2
	fOSFilename2 = 3
	fOSWritten   = 4 // characters_written: an int, Null when unset (-1 in C)

	fNameName = 0

	fAttrName = 0
	fAttrObj  = 1

	fSynMsg             = 0
	fSynFilename        = 1
	fSynLineno          = 2
	fSynOffset          = 3
	fSynText            = 4
	fSynEndLineno       = 5
	fSynEndOffset       = 6
	fSynPrintFileAndLin = 7

	fUniEncoding = 0
	fUniObject   = 1
	fUniStart    = 2 // Py_ssize_t members: ints, 0 when unset
	fUniEnd      = 3
	fUniReason   = 4

	fGroupMsg  = 0
	fGroupExcs = 1
)

var excFieldCount = [...]int{
	kindBase:           0,
	kindStopIteration:  1,
	kindSystemExit:     1,
	kindImportError:    3,
	kindOSError:        5,
	kindNameError:      1,
	kindAttributeError: 2,
	kindSyntaxError:    8,
	kindUnicodeError:   5,
	kindGroup:          2,
}

// excSpec describes one builtin exception type.
type excSpec struct {
	name, base string
	kind       excKind
	doc        string
	basicSize  int
	// Own slots, methods and attributes (inherited ones come from the
	// base).
	str     UnaryFunc
	new     func(m *Machine, t *Type, args []Value, kwnames []Value) (Value, error)
	init    func(m *Machine, self Value, args []Value, kwnames []Value) error
	methods []MethodDef
	getsets []GetSetDef
}

// exceptionSpecs lists the builtin exceptions in the order CPython 3.11
// adds them to builtins (a base always comes before its subclasses).
var exceptionSpecs []excSpec

func init() {
	simple := func(name, base, doc string) excSpec {
		return excSpec{name: name, base: base, doc: doc, basicSize: 72, new: excNew, init: excInit}
	}
	exceptionSpecs = []excSpec{
		{name: "BaseException", doc: "Common base class for all exceptions", basicSize: 72,
			str: excStr, new: excNew, init: excInit, methods: baseExceptionMethods, getsets: baseExceptionGetSets},
		{name: "BaseExceptionGroup", base: "BaseException", kind: kindGroup,
			doc: "A combination of multiple unrelated exceptions.", basicSize: 88,
			str: groupStr, new: groupNew, init: groupInit, methods: groupMethods, getsets: groupGetSets},
		simple("Exception", "BaseException", "Common base class for all non-exit exceptions."),
		simple("GeneratorExit", "BaseException", "Request that a generator exit."),
		simple("KeyboardInterrupt", "BaseException", "Program interrupted by user."),
		{name: "SystemExit", base: "BaseException", kind: kindSystemExit,
			doc: "Request to exit from the interpreter.", basicSize: 80, init: systemExitInit,
			getsets: []GetSetDef{excMember("code", fExitCode)}},
		simple("ArithmeticError", "Exception", "Base class for arithmetic errors."),
		simple("AssertionError", "Exception", "Assertion failed."),
		{name: "AttributeError", base: "Exception", kind: kindAttributeError,
			doc: "Attribute not found.", basicSize: 88, str: excStr, init: attributeErrorInit,
			getsets: []GetSetDef{excMember("name", fAttrName), excMember("obj", fAttrObj)}},
		simple("BufferError", "Exception", "Buffer error."),
		simple("EOFError", "Exception", "Read beyond end of file."),
		{name: "ImportError", base: "Exception", kind: kindImportError,
			doc: "Import can't find module, or can't find name in module.", basicSize: 96,
			str: importErrorStr, init: importErrorInit,
			methods: []MethodDef{{Name: "__reduce__", Fn: importErrorReduce}},
			getsets: []GetSetDef{excMember("msg", fImportMsg), excMember("name", fImportName), excMember("path", fImportPath)}},
		simple("LookupError", "Exception", "Base class for lookup errors."),
		simple("MemoryError", "Exception", "Out of memory."),
		{name: "NameError", base: "Exception", kind: kindNameError,
			doc: "Name not found globally.", basicSize: 80, str: excStr, init: nameErrorInit,
			getsets: []GetSetDef{excMember("name", fNameName)}},
		{name: "OSError", base: "Exception", kind: kindOSError,
			doc: "Base class for I/O related errors.", basicSize: 112,
			str: osErrorStr, new: osErrorNew, init: osErrorInit,
			methods: []MethodDef{{Name: "__reduce__", Fn: osErrorReduce}},
			getsets: []GetSetDef{excMember("errno", fOSErrno), excMember("strerror", fOSStrerror),
				excMember("filename", fOSFilename), excMember("filename2", fOSFilename2),
				{Name: "characters_written", Get: osErrorWrittenGet, Set: osErrorWrittenSet}}},
		simple("ReferenceError", "Exception", "Weak ref proxy used after referent went away."),
		simple("RuntimeError", "Exception", "Unspecified run-time error."),
		simple("StopAsyncIteration", "Exception", "Signal the end from iterator.__anext__()."),
		{name: "StopIteration", base: "Exception", kind: kindStopIteration,
			doc: "Signal the end from iterator.__next__().", basicSize: 80, init: stopIterationInit,
			getsets: []GetSetDef{excMember("value", fStopValue)}},
		{name: "SyntaxError", base: "Exception", kind: kindSyntaxError,
			doc: "Invalid syntax.", basicSize: 136, str: syntaxErrorStr, init: syntaxErrorInit,
			getsets: []GetSetDef{excMember("msg", fSynMsg), excMember("filename", fSynFilename),
				excMember("lineno", fSynLineno), excMember("offset", fSynOffset), excMember("text", fSynText),
				excMember("end_lineno", fSynEndLineno), excMember("end_offset", fSynEndOffset),
				excMember("print_file_and_line", fSynPrintFileAndLin)}},
		simple("SystemError", "Exception", "Internal error in the Python interpreter.\n\n"+
			"Please report this to the Python maintainer, along with the traceback,\n"+
			"the Python version, and the hardware/OS platform and version."),
		simple("TypeError", "Exception", "Inappropriate argument type."),
		simple("ValueError", "Exception", "Inappropriate argument value (of correct type)."),
		simple("Warning", "Exception", "Base class for warning categories."),
		simple("FloatingPointError", "ArithmeticError", "Floating point operation failed."),
		simple("OverflowError", "ArithmeticError", "Result too large to be represented."),
		simple("ZeroDivisionError", "ArithmeticError", "Second argument to a division or modulo operation was zero."),
		simple("BytesWarning", "Warning", "Base class for warnings about bytes and buffer related problems, mostly\n"+
			"related to conversion from str or comparing to str."),
		simple("DeprecationWarning", "Warning", "Base class for warnings about deprecated features."),
		simple("EncodingWarning", "Warning", "Base class for warnings about encodings."),
		simple("FutureWarning", "Warning", "Base class for warnings about constructs that will change semantically\n"+
			"in the future."),
		simple("ImportWarning", "Warning", "Base class for warnings about probable mistakes in module imports"),
		simple("PendingDeprecationWarning", "Warning", "Base class for warnings about features which will be deprecated\n"+
			"in the future."),
		simple("ResourceWarning", "Warning", "Base class for warnings about resource usage."),
		simple("RuntimeWarning", "Warning", "Base class for warnings about dubious runtime behavior."),
		simple("SyntaxWarning", "Warning", "Base class for warnings about dubious syntax."),
		simple("UnicodeWarning", "Warning", "Base class for warnings about Unicode related problems, mostly\n"+
			"related to conversion problems."),
		simple("UserWarning", "Warning", "Base class for warnings generated by user code."),
		osSubclass("BlockingIOError", "OSError", "I/O operation would block."),
		osSubclass("ChildProcessError", "OSError", "Child process error."),
		osSubclass("ConnectionError", "OSError", "Connection error."),
		osSubclass("FileExistsError", "OSError", "File already exists."),
		osSubclass("FileNotFoundError", "OSError", "File not found."),
		osSubclass("InterruptedError", "OSError", "Interrupted by signal."),
		osSubclass("IsADirectoryError", "OSError", "Operation doesn't work on directories."),
		osSubclass("NotADirectoryError", "OSError", "Operation only works on directories."),
		osSubclass("PermissionError", "OSError", "Not enough permissions."),
		osSubclass("ProcessLookupError", "OSError", "Process not found."),
		osSubclass("TimeoutError", "OSError", "Timeout expired."),
		{name: "IndentationError", base: "SyntaxError", kind: kindSyntaxError,
			doc: "Improper indentation.", basicSize: 136, init: syntaxErrorInit},
		simple("IndexError", "LookupError", "Sequence index out of range."),
		{name: "KeyError", base: "LookupError", doc: "Mapping key not found.", basicSize: 72,
			str: keyErrorStr, init: excInit},
		{name: "ModuleNotFoundError", base: "ImportError", kind: kindImportError,
			doc: "Module not found.", basicSize: 96, init: importErrorInit},
		simple("NotImplementedError", "RuntimeError", "Method or function hasn't been implemented yet."),
		simple("RecursionError", "RuntimeError", "Recursion limit exceeded."),
		{name: "UnboundLocalError", base: "NameError", kind: kindNameError,
			doc: "Local name referenced but not bound to a value.", basicSize: 80, init: nameErrorInit},
		simple("UnicodeError", "ValueError", "Unicode related error."),
		osSubclass("BrokenPipeError", "ConnectionError", "Broken pipe."),
		osSubclass("ConnectionAbortedError", "ConnectionError", "Connection aborted."),
		osSubclass("ConnectionRefusedError", "ConnectionError", "Connection refused."),
		osSubclass("ConnectionResetError", "ConnectionError", "Connection reset."),
		{name: "TabError", base: "IndentationError", kind: kindSyntaxError,
			doc: "Improper mixture of spaces and tabs.", basicSize: 136, init: syntaxErrorInit},
		{name: "UnicodeDecodeError", base: "UnicodeError", kind: kindUnicodeError,
			doc: "Unicode decoding error.", basicSize: 112, str: unicodeDecodeErrorStr, new: excNew,
			init: unicodeDecodeErrorInit, getsets: unicodeErrorGetSets},
		{name: "UnicodeEncodeError", base: "UnicodeError", kind: kindUnicodeError,
			doc: "Unicode encoding error.", basicSize: 112, str: unicodeEncodeErrorStr, new: excNew,
			init: unicodeEncodeErrorInit, getsets: unicodeErrorGetSets},
		{name: "UnicodeTranslateError", base: "UnicodeError", kind: kindUnicodeError,
			doc: "Unicode translation error.", basicSize: 112, str: unicodeTranslateErrorStr, new: excNew,
			init: unicodeTranslateErrorInit, getsets: unicodeErrorGetSets},
		// ExceptionGroup is made last, by create_exception_group_class, with
		// two bases; see initExceptionTypes.
	}
}

func osSubclass(name, base, doc string) excSpec {
	return excSpec{name: name, base: base, kind: kindOSError, doc: doc, basicSize: 112, init: osErrorInit}
}

// excTypeFlags are the flags of the static exception types.
const excTypeFlags = FlagBaseType | FlagHaveGC | FlagImmutable

// initExceptionTypes makes the exception hierarchy (after the core types,
// before any module exists).
func (m *Machine) initExceptionTypes() {
	m.types.exceptions = make(map[string]*Type, len(exceptionSpecs)+1)
	for i := range exceptionSpecs {
		s := &exceptionSpecs[i]
		base := m.types.Object
		if s.base != "" {
			base = m.types.exceptions[s.base]
		}
		t := m.newExceptionType(s, []*Type{base}, append([]*Type{nil}, base.MRO...))
		m.types.exceptions[s.name] = t
	}
	// CPython 3.11 creates ExceptionGroup at startup as a class:
	// `class ExceptionGroup(BaseExceptionGroup, Exception)`, with
	// __module__ 'builtins' and a __weakref__ slot.
	bg, ex := m.types.exceptions["BaseExceptionGroup"], m.types.exceptions["Exception"]
	eg := m.newExceptionType(&excSpec{name: "ExceptionGroup", kind: kindGroup, basicSize: 96,
		getsets: []GetSetDef{{Name: "__weakref__", Get: func(m *Machine, self Value) (Value, error) { return None, nil }}}},
		[]*Type{bg, ex}, []*Type{nil, bg, ex, m.types.exceptions["BaseException"], m.types.Object})
	eg.WeakrefOffset = 88
	m.types.exceptions["ExceptionGroup"] = eg

	m.types.BaseException = m.types.exceptions["BaseException"]
	m.types.Exception = m.types.exceptions["Exception"]
	m.types.TypeError = m.types.exceptions["TypeError"]
	m.types.ValueError = m.types.exceptions["ValueError"]
	m.types.MemoryError = m.types.exceptions["MemoryError"]
	m.types.SystemError = m.types.exceptions["SystemError"]
}

// newExceptionType makes one exception type from its spec: its namespace
// gets wrappers of the slots it defines itself, its methods and
// attributes; the other slots are inherited along mro (whose first entry
// is filled in with the new type), as PyType_Ready does.
func (m *Machine) newExceptionType(s *excSpec, bases []*Type, mro []*Type) *Type {
	base := bases[0]
	t := &Type{
		Name:       s.name,
		QualName:   s.name,
		Module:     "builtins",
		Doc:        s.doc,
		Base:       base,
		Bases:      bases,
		Flags:      excTypeFlags | base.Flags&FlagBaseExcSub,
		BasicSize:  s.basicSize,
		DictOffset: 16,
	}
	if s.name == "BaseException" {
		t.Flags |= FlagBaseExcSub
	}
	t.Slots = Slots{Str: s.str, New: s.new, Init: s.init}
	if s.name == "BaseException" {
		// BaseException names object's generic attribute access itself
		// (so its namespace has __getattribute__, __setattr__ and
		// __delattr__).
		t.Repr = excRepr
		t.GetAttr = base.GetAttr
		t.SetAttr = base.SetAttr
	}
	mro[0] = t
	t.MRO = mro
	kind := s.kind
	n := excFieldCount[kind]
	t.newInstance = func(m *Machine, t *Type) Object {
		e := &BaseException{kind: kind, Args: m.emptyTuple}
		if n > 0 {
			e.extra = make([]Value, n)
		}
		return e
	}
	m.alloc(t, m.types.Type)
	for _, b := range bases {
		b.subclasses = append(b.subclasses, t)
	}
	m.types.all = append(m.types.all, t)
	m.fillTypeDict(t, &typeSpec{name: s.name, slots: t.Slots, methods: s.methods, getsets: s.getsets})
	if s.name == "ExceptionGroup" {
		// Made by a class statement: its namespace starts with __module__.
		d := m.NewDict()
		m.dictSetStr(d, "__module__", m.Intern("builtins"))
		t.Dict.Items(func(k, v Value) bool {
			m.dictSetStr(d, m.str(k).S, v)
			return true
		})
		t.Dict = d
	}
	return t
}

// exceptionTypes returns the builtin exception types in the order CPython
// 3.11 puts them in the builtins namespace (each under its __name__).
func (m *Machine) exceptionTypes() []*Type {
	out := make([]*Type, 0, len(exceptionSpecs)+1)
	for i := range exceptionSpecs {
		out = append(out, m.types.exceptions[exceptionSpecs[i].name])
	}
	return append(out, m.types.exceptions["ExceptionGroup"])
}

// ---- construction ----

// excNew is BaseException.__new__: an instance of t whose args are the
// positional arguments (keywords are left to __init__).
func excNew(m *Machine, t *Type, args []Value, kwnames []Value) (Value, error) {
	npos := len(args) - len(kwnames)
	v := m.allocException(t)
	m.exception(v).Args = m.NewTuple(append([]Value(nil), args[:npos]...))
	return v, nil
}

// allocException allocates an instance of exception type t.
// A class defined in Python has the layout of its builtin solid base
// (found along its bases), whose newInstance makes the struct.
func (m *Machine) allocException(t *Type) Value {
	for b := t; b != nil; b = b.Base {
		if b.newInstance != nil {
			if o, ok := b.newInstance(m, t).(*BaseException); ok {
				return m.alloc(o, t)
			}
			break
		}
	}
	return m.alloc(&BaseException{Args: m.emptyTuple}, t)
}

// excNoKeywords is _PyArg_NoKeywords.
func excNoKeywords(m *Machine, self Value, kwnames []Value) error {
	if len(kwnames) > 0 {
		return m.typeError("%s() takes no keyword arguments", m.typeName(self))
	}
	return nil
}

// excInit is BaseException.__init__: args replaced by the positional
// arguments; no keywords.
func excInit(m *Machine, self Value, args []Value, kwnames []Value) error {
	if err := excNoKeywords(m, self, kwnames); err != nil {
		return err
	}
	return excSetArgs(m, self, args[:len(args)-len(kwnames)])
}

func excSetArgs(m *Machine, self Value, pos []Value) error {
	e := m.exception(self)
	if e == nil {
		return m.typeError("descriptor '__init__' requires a 'BaseException' object but received a '%s'", m.typeName(self))
	}
	e.Args = m.NewTuple(append([]Value(nil), pos...))
	return nil
}

// excKeywords parses keyword-only arguments the way
// PyArg_ParseTupleAndKeywords("|$OO:Name") does for NameError,
// AttributeError and ImportError.
func excKeywords(m *Machine, self Value, args, kwnames []Value, names ...string) ([]Value, error) {
	out := make([]Value, len(names))
	if len(kwnames) == 0 {
		return out, nil
	}
	fname := m.typeName(self)
	if len(kwnames) > len(names) {
		s := "s"
		if len(names) == 1 {
			s = ""
		}
		return nil, m.typeError("%s() takes at most %d keyword argument%s (%d given)", fname, len(names), s, len(kwnames))
	}
	vals := args[len(args)-len(kwnames):]
	for i, k := range kwnames {
		key := m.str(k).S
		found := false
		for j, n := range names {
			if n == key {
				out[j] = vals[i]
				found = true
			}
		}
		if !found {
			return nil, m.typeError("'%s' is an invalid keyword argument for %s()", key, fname)
		}
	}
	return out, nil
}

// newException creates an instance of exception type t with args without
// running Python code, as normalizing an exception set from C does for a
// builtin type (its Go __new__ and __init__ run). A class defined in
// Python is called normally; if that fails, the failure is the result.
func (m *Machine) newException(t *Type, args []Value) Value {
	if t.IsHeap() {
		v, err := m.Call(t.self, args, nil)
		if err != nil {
			if r, ok := err.(*Raise); ok {
				return r.Exc
			}
			return m.newException(m.types.SystemError, []Value{m.NewStr(err.Error())})
		}
		if m.exception(v) == nil {
			return m.newException(m.types.TypeError, []Value{m.NewStr(
				"calling " + t.Name + " should have returned an instance of BaseException, not " + m.typeName(v))})
		}
		return v
	}
	var v Value
	var err error
	if t.New == nil || excSameNew(t.New, excNew) {
		// BaseException.__new__, and below its __init__, set args to the
		// same tuple: make it once (exceptions raised in loops are common).
		v = m.allocException(t)
		m.exception(v).Args = m.NewTuple(append([]Value(nil), args...))
	} else {
		v, err = t.New(m, t, args, nil)
	}
	if err == nil {
		if init := m.TypeOf(v).Init; init != nil && !excSameInit(init, excInit) {
			err = init(m, v, args, nil)
		}
	}
	if err != nil {
		if r, ok := err.(*Raise); ok {
			return r.Exc
		}
		v = m.allocException(t)
		m.exception(v).Args = m.NewTuple(args)
	}
	return v
}

// exception returns the *BaseException behind v, or nil.
func (m *Machine) exception(v Value) *BaseException {
	if !v.IsRef() {
		return nil
	}
	e, _ := m.heap.objs[v].(*BaseException)
	return e
}

// field returns a kind-specific member (Null when unset or absent).
func (e *BaseException) field(kind excKind, i int) Value {
	if e.kind != kind || i >= len(e.extra) {
		return Null
	}
	return e.extra[i]
}

func (e *BaseException) setField(kind excKind, i int, v Value) bool {
	if e.kind != kind || i >= len(e.extra) {
		return false
	}
	e.extra[i] = v
	return true
}

// ---- str and repr ----

// excStr is BaseException.__str__: ” for no args, str(arg) for one,
// str(args) otherwise.
func excStr(m *Machine, self Value) (Value, error) {
	e := m.exception(self)
	if e == nil {
		return Null, m.typeError("descriptor '__str__' requires a 'BaseException' object but received a '%s'", m.typeName(self))
	}
	items := m.excArgs(e)
	switch len(items) {
	case 0:
		return m.emptyStr, nil
	case 1:
		return m.StrOf(items[0])
	}
	return m.StrOf(e.Args)
}

// excRepr is BaseException.__repr__: Name('x') for one arg, Name(args...)
// otherwise; the type's __name__ (tp_name after the last dot).
func excRepr(m *Machine, self Value) (Value, error) {
	e := m.exception(self)
	if e == nil {
		return Null, m.typeError("descriptor '__repr__' requires a 'BaseException' object but received a '%s'", m.typeName(self))
	}
	name := m.TypeOf(self).Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	items := m.excArgs(e)
	var r string
	var err error
	if len(items) == 1 {
		r, err = m.ReprString(items[0])
		r = "(" + r + ")"
	} else {
		r, err = m.ReprString(e.Args)
	}
	if err != nil {
		return Null, err
	}
	return m.NewStr(name + r), nil
}

// excArgs returns the items of the exception's args tuple.
func (m *Machine) excArgs(e *BaseException) []Value {
	if t := m.tuple(e.Args); t != nil {
		return t.Items
	}
	return nil
}

// keyErrorStr is KeyError.__str__: the repr of a single argument, so
// that {}[”] prints KeyError: ”.
func keyErrorStr(m *Machine, self Value) (Value, error) {
	if e := m.exception(self); e != nil {
		if items := m.excArgs(e); len(items) == 1 {
			return m.Repr(items[0])
		}
	}
	return excStr(m, self)
}

// ---- BaseException methods and attributes ----

var baseExceptionMethods = []MethodDef{
	{Name: "__reduce__", Fn: excReduce},
	{Name: "__setstate__", Fn: excSetState},
	{Name: "with_traceback", Fn: excWithTraceback,
		Doc: "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
	{Name: "add_note", Fn: excAddNote, Doc: "Exception.add_note(note) --\n    add a note to the exception"},
}

var baseExceptionGetSets = []GetSetDef{
	{Name: "__suppress_context__", Get: excGetSuppress, Set: excSetSuppress},
	{Name: "__dict__", Get: excGetDict, Set: excSetDict},
	{Name: "args", Get: excGetArgs, Set: excSetArgsAttr},
	{Name: "__traceback__", Get: excGetTraceback, Set: excSetTraceback},
	{Name: "__context__", Get: excGetContext, Set: excSetContext},
	{Name: "__cause__", Get: excGetCause, Set: excSetCause},
}

// excSelf returns self as an exception, or the TypeError a descriptor of
// BaseException gives for another object.
func (m *Machine) excSelf(self Value, what string) (*BaseException, error) {
	if e := m.exception(self); e != nil {
		return e, nil
	}
	return nil, m.typeError("descriptor '%s' for 'BaseException' objects doesn't apply to a '%s' object", what, m.typeName(self))
}

// excArity checks a METH_O / METH_NOARGS method's argument count.
func excArity(m *Machine, name string, args, kwnames []Value, n int) error {
	if len(kwnames) > 0 {
		return m.typeError("%s() takes no keyword arguments", name)
	}
	if len(args) == n {
		return nil
	}
	if n == 0 {
		return m.typeError("%s() takes no arguments (%d given)", name, len(args))
	}
	return m.typeError("%s() takes exactly one argument (%d given)", name, len(args))
}

func excReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := excArity(m, "BaseException.__reduce__", args, kwnames, 0); err != nil {
		return Null, err
	}
	e, err := m.excSelf(self, "__reduce__")
	if err != nil {
		return Null, err
	}
	if e.dict != nil {
		return m.NewTuple([]Value{m.TypeOf(self).self, e.Args, e.dict.self}), nil
	}
	return m.NewTuple([]Value{m.TypeOf(self).self, e.Args}), nil
}

func excSetState(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := excArity(m, "BaseException.__setstate__", args, kwnames, 1); err != nil {
		return Null, err
	}
	state := args[0]
	if state == None {
		return None, nil
	}
	d, ok := m.obj0(state).(*Dict)
	if !ok {
		return Null, m.typeError("state is not a dictionary")
	}
	var err error
	d.Items(func(k, v Value) bool {
		err = m.SetAttr(self, k, v)
		return err == nil
	})
	if err != nil {
		return Null, err
	}
	return None, nil
}

func excWithTraceback(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := excArity(m, "BaseException.with_traceback", args, kwnames, 1); err != nil {
		return Null, err
	}
	if err := excSetTraceback(m, self, args[0]); err != nil {
		return Null, err
	}
	return self, nil
}

// excAddNote is add_note(note): appends to __notes__ (an instance
// attribute, created as a list on first use).
func excAddNote(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := excArity(m, "BaseException.add_note", args, kwnames, 1); err != nil {
		return Null, err
	}
	note := args[0]
	if m.str(note) == nil {
		return Null, m.typeError("note must be a str, not '%s'", m.typeName(note))
	}
	name := m.Intern("__notes__")
	notes, err := m.GetAttr(self, name)
	if err != nil {
		if !m.isRaise(err, m.types.exceptions["AttributeError"]) {
			return Null, err
		}
		notes = m.NewList(nil)
		if err := m.SetAttr(self, name, notes); err != nil {
			return Null, err
		}
		if notes, err = m.GetAttr(self, name); err != nil {
			return Null, err
		}
	}
	l := m.list(notes)
	if l == nil {
		return Null, m.typeError("Cannot add note: __notes__ is not a list")
	}
	if err := m.ListAppend(l, note); err != nil {
		return Null, err
	}
	return None, nil
}

func excGetSuppress(m *Machine, self Value) (Value, error) {
	e, err := m.excSelf(self, "__suppress_context__")
	if err != nil {
		return Null, err
	}
	return Bool(e.SuppressContext), nil
}

// excSetSuppress is the T_BOOL member setter.
func excSetSuppress(m *Machine, self, v Value) error {
	e, err := m.excSelf(self, "__suppress_context__")
	if err != nil {
		return err
	}
	switch v {
	case Null:
		return m.typeError("can't delete numeric/char attribute")
	case True, False:
		e.SuppressContext = v == True
		return nil
	}
	return m.typeError("attribute value type must be bool")
}

// instanceDict returns the exception's __dict__, made on first use.
func (m *Machine) excDict(e *BaseException) *Dict {
	if e.dict == nil {
		e.dict = m.NewDict()
	}
	return e.dict
}

func excGetDict(m *Machine, self Value) (Value, error) {
	e, err := m.excSelf(self, "__dict__")
	if err != nil {
		return Null, err
	}
	return m.excDict(e).self, nil
}

func excSetDict(m *Machine, self, v Value) error {
	e, err := m.excSelf(self, "__dict__")
	if err != nil {
		return err
	}
	if v == Null {
		return m.typeError("cannot delete __dict__")
	}
	d, ok := m.obj0(v).(*Dict)
	if !ok {
		return m.typeError("__dict__ must be set to a dictionary, not a '%s'", m.typeName(v))
	}
	e.dict = d
	return nil
}

func excGetArgs(m *Machine, self Value) (Value, error) {
	e, err := m.excSelf(self, "args")
	if err != nil {
		return Null, err
	}
	if e.Args == Null {
		return None, nil
	}
	return e.Args, nil
}

func excSetArgsAttr(m *Machine, self, v Value) error {
	e, err := m.excSelf(self, "args")
	if err != nil {
		return err
	}
	if v == Null {
		return m.typeError("args may not be deleted")
	}
	t, err := m.excTuple(v)
	if err != nil {
		return err
	}
	e.Args = t
	return nil
}

// excTuple is PySequence_Tuple: v itself if it is exactly a tuple, else
// a tuple of its items.
func (m *Machine) excTuple(v Value) (Value, error) {
	if t := m.tuple(v); t != nil && m.TypeOf(v) == m.types.Tuple {
		return v, nil
	}
	if l := m.list(v); l != nil {
		return m.NewTuple(append([]Value(nil), l.Items...)), nil
	}
	it, err := m.GetIter(v)
	if err != nil {
		return Null, err
	}
	var items []Value
	for {
		x, err := m.Next(it)
		if err != nil {
			return Null, err
		}
		if x == Null {
			return m.NewTuple(items), nil
		}
		items = append(items, x)
	}
}

func excGetTraceback(m *Machine, self Value) (Value, error) {
	e, err := m.excSelf(self, "__traceback__")
	if err != nil {
		return Null, err
	}
	if e.Traceback == Null {
		return None, nil
	}
	return e.Traceback, nil
}

func excSetTraceback(m *Machine, self, v Value) error {
	e, err := m.excSelf(self, "__traceback__")
	if err != nil {
		return err
	}
	if v == Null {
		return m.typeError("__traceback__ may not be deleted")
	}
	if v != None && m.traceback(v) == nil {
		return m.typeError("__traceback__ must be a traceback or None")
	}
	e.Traceback = v
	return nil
}

func excGetContext(m *Machine, self Value) (Value, error) {
	e, err := m.excSelf(self, "__context__")
	if err != nil {
		return Null, err
	}
	if e.Context == Null {
		return None, nil
	}
	return e.Context, nil
}

func excSetContext(m *Machine, self, v Value) error {
	e, err := m.excSelf(self, "__context__")
	if err != nil {
		return err
	}
	switch {
	case v == Null:
		return m.typeError("__context__ may not be deleted")
	case v == None:
		e.Context = Null
	case m.exception(v) == nil:
		return m.typeError("exception context must be None or derive from BaseException")
	default:
		e.Context = v
	}
	return nil
}

func excGetCause(m *Machine, self Value) (Value, error) {
	e, err := m.excSelf(self, "__cause__")
	if err != nil {
		return Null, err
	}
	if e.Cause == Null {
		return None, nil
	}
	return e.Cause, nil
}

// excSetCause sets __cause__; like PyException_SetCause it also sets
// __suppress_context__.
func excSetCause(m *Machine, self, v Value) error {
	e, err := m.excSelf(self, "__cause__")
	if err != nil {
		return err
	}
	switch {
	case v == Null:
		return m.typeError("__cause__ may not be deleted")
	case v == None:
		e.Cause = Null
	case m.exception(v) == nil:
		return m.typeError("exception cause must be None or derive from BaseException")
	default:
		e.Cause = v
	}
	e.SuppressContext = true
	return nil
}

// excMember is a T_OBJECT member of a kind-specific struct: None when
// unset, any value settable, deletion unsets it.
func excMember(name string, i int) GetSetDef {
	return GetSetDef{Name: name,
		Get: func(m *Machine, self Value) (Value, error) {
			e, err := m.excSelf(self, name)
			if err != nil {
				return Null, err
			}
			if i >= len(e.extra) || e.extra[i] == Null {
				return None, nil
			}
			return e.extra[i], nil
		},
		Set: func(m *Machine, self, v Value) error {
			e, err := m.excSelf(self, name)
			if err != nil {
				return err
			}
			if i < len(e.extra) {
				e.extra[i] = v
			}
			return nil
		}}
}

// excSsizeMember is a T_PYSSIZET member (UnicodeError.start and end).
func excSsizeMember(name string, i int) GetSetDef {
	return GetSetDef{Name: name,
		Get: func(m *Machine, self Value) (Value, error) {
			e, err := m.excSelf(self, name)
			if err != nil {
				return Null, err
			}
			if i >= len(e.extra) || e.extra[i] == Null {
				return SmallIntValue(0), nil
			}
			return e.extra[i], nil
		},
		Set: func(m *Machine, self, v Value) error {
			e, err := m.excSelf(self, name)
			if err != nil {
				return err
			}
			if v == Null {
				return m.typeError("can't delete numeric/char attribute")
			}
			n, err := m.excSsize(v)
			if err != nil {
				return err
			}
			if i < len(e.extra) {
				e.extra[i] = m.NewInt(n)
			}
			return nil
		}}
}

// excSsize converts an int-like value to a Py_ssize_t.
func (m *Machine) excSsize(v Value) (int64, error) {
	if v.IsSmallInt() {
		return v.SmallInt(), nil
	}
	if m.intObj(v) == nil && v != True && v != False {
		idx := m.TypeOf(v).Index
		if idx == nil {
			return 0, m.typeError("'%s' object cannot be interpreted as an integer", m.typeName(v))
		}
		r, err := idx(m, v)
		if err != nil {
			return 0, err
		}
		v = r
	}
	n, ok := m.Int64(v)
	if !ok {
		return 0, m.Raisef(m.types.exceptions["OverflowError"], "Python int too large to convert to C ssize_t")
	}
	return n, nil
}

// ---- StopIteration, SystemExit ----

func stopIterationInit(m *Machine, self Value, args, kwnames []Value) error {
	if err := excInit(m, self, args, kwnames); err != nil {
		return err
	}
	e := m.exception(self)
	v := None
	if len(args) > 0 {
		v = args[0]
	}
	e.setField(kindStopIteration, fStopValue, v)
	return nil
}

func systemExitInit(m *Machine, self Value, args, kwnames []Value) error {
	if err := excInit(m, self, args, kwnames); err != nil {
		return err
	}
	e := m.exception(self)
	switch len(args) {
	case 0:
	case 1:
		e.setField(kindSystemExit, fExitCode, args[0])
	default:
		e.setField(kindSystemExit, fExitCode, e.Args)
	}
	return nil
}

// ---- NameError, AttributeError, ImportError ----

func nameErrorInit(m *Machine, self Value, args, kwnames []Value) error {
	if err := excSetArgs(m, self, args[:len(args)-len(kwnames)]); err != nil {
		return err
	}
	kw, err := excKeywords(m, self, args, kwnames, "name")
	if err != nil {
		return err
	}
	m.exception(self).setField(kindNameError, fNameName, kw[0])
	return nil
}

func attributeErrorInit(m *Machine, self Value, args, kwnames []Value) error {
	if err := excSetArgs(m, self, args[:len(args)-len(kwnames)]); err != nil {
		return err
	}
	kw, err := excKeywords(m, self, args, kwnames, "name", "obj")
	if err != nil {
		return err
	}
	e := m.exception(self)
	e.setField(kindAttributeError, fAttrName, kw[0])
	e.setField(kindAttributeError, fAttrObj, kw[1])
	return nil
}

func importErrorInit(m *Machine, self Value, args, kwnames []Value) error {
	pos := args[:len(args)-len(kwnames)]
	if err := excSetArgs(m, self, pos); err != nil {
		return err
	}
	kw, err := excKeywords(m, self, args, kwnames, "name", "path")
	if err != nil {
		return err
	}
	e := m.exception(self)
	e.setField(kindImportError, fImportName, kw[0])
	e.setField(kindImportError, fImportPath, kw[1])
	msg := Null
	if len(pos) == 1 {
		msg = pos[0]
	}
	e.setField(kindImportError, fImportMsg, msg)
	return nil
}

// importErrorStr is ImportError.__str__: msg when it is exactly a str.
func importErrorStr(m *Machine, self Value) (Value, error) {
	e := m.exception(self)
	if msg := e.field(kindImportError, fImportMsg); msg != Null && m.isExactStr(msg) {
		return msg, nil
	}
	return excStr(m, self)
}

func importErrorReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := excArity(m, "ImportError.__reduce__", args, kwnames, 0); err != nil {
		return Null, err
	}
	e, err := m.excSelf(self, "__reduce__")
	if err != nil {
		return Null, err
	}
	name, path := e.field(kindImportError, fImportName), e.field(kindImportError, fImportPath)
	var state Value = None
	if name != Null || path != Null {
		d := m.NewDict()
		if e.dict != nil {
			e.dict.Items(func(k, v Value) bool { err = m.DictSet(d, k, v); return err == nil })
			if err != nil {
				return Null, err
			}
		}
		if name != Null {
			m.dictSetStr(d, "name", name)
		}
		if path != Null {
			m.dictSetStr(d, "path", path)
		}
		state = d.self
	} else if e.dict != nil {
		state = e.dict.self
	}
	if state == None {
		return m.NewTuple([]Value{m.TypeOf(self).self, e.Args}), nil
	}
	return m.NewTuple([]Value{m.TypeOf(self).self, e.Args, state}), nil
}

// ---- OSError ----

// errnoTypes is CPython's errnomap on Linux: OSError(errno, ...) makes
// the subclass for errno.
var errnoTypes = map[int64]string{
	11: "BlockingIOError", 114: "BlockingIOError", 115: "BlockingIOError", // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
	32: "BrokenPipeError", 108: "BrokenPipeError", // EPIPE, ESHUTDOWN
	10:  "ChildProcessError",                     // ECHILD
	103: "ConnectionAbortedError",                // ECONNABORTED
	111: "ConnectionRefusedError",                // ECONNREFUSED
	104: "ConnectionResetError",                  // ECONNRESET
	17:  "FileExistsError",                       // EEXIST
	2:   "FileNotFoundError",                     // ENOENT
	21:  "IsADirectoryError",                     // EISDIR
	20:  "NotADirectoryError",                    // ENOTDIR
	4:   "InterruptedError",                      // EINTR
	13:  "PermissionError", 1: "PermissionError", // EACCES, EPERM
	3:   "ProcessLookupError", // ESRCH
	110: "TimeoutError",       // ETIMEDOUT
}

func excSameInit(a, b func(m *Machine, self Value, args []Value, kwnames []Value) error) bool {
	return a != nil && b != nil && funcPointer(a) == funcPointer(b)
}

func excSameNew(a, b func(m *Machine, t *Type, args []Value, kwnames []Value) (Value, error)) bool {
	return a != nil && b != nil && funcPointer(a) == funcPointer(b)
}

// osErrorUseInit is oserror_use_init: a subclass that defines __init__
// but not __new__ gets its arguments parsed by __init__, so that extra
// arguments to __new__ are ignored.
func osErrorUseInit(t *Type) bool {
	return !excSameInit(t.Init, osErrorInit) && excSameNew(t.New, osErrorNew)
}

type osErrorArgs struct {
	errno, strerror, filename, filename2 Value
}

// parse is oserror_parse_args: 2 to 5 arguments are errno, strerror,
// filename, winerror (ignored off Windows) and filename2.
func (a *osErrorArgs) parse(pos []Value) {
	if n := len(pos); n >= 2 && n <= 5 {
		a.errno, a.strerror = pos[0], pos[1]
		if n >= 3 {
			a.filename = pos[2]
		}
		if n >= 5 {
			a.filename2 = pos[4]
		}
	}
}

func osErrorNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	pos := args[:len(args)-len(kwnames)]
	var a osErrorArgs
	useInit := osErrorUseInit(t)
	if !useInit {
		if len(kwnames) > 0 {
			return Null, m.typeError("%s() takes no keyword arguments", t.Name)
		}
		a.parse(pos)
		if t == m.types.exceptions["OSError"] && a.errno != Null && (a.errno.IsSmallInt() || m.intObj(a.errno) != nil || a.errno == True || a.errno == False) {
			if n, ok := m.Int64(a.errno); ok {
				if name, ok := errnoTypes[n]; ok {
					t = m.types.exceptions[name]
				}
			}
		}
	}
	v := m.allocException(t)
	if useInit {
		return v, nil
	}
	return v, m.osErrorFill(v, pos, a)
}

func osErrorInit(m *Machine, self Value, args, kwnames []Value) error {
	t := m.TypeOf(self)
	if !osErrorUseInit(t) {
		return nil // __new__ did everything
	}
	if err := excNoKeywords(m, self, kwnames); err != nil {
		return err
	}
	pos := args[:len(args)-len(kwnames)]
	var a osErrorArgs
	a.parse(pos)
	return m.osErrorFill(self, pos, a)
}

// osErrorFill is oserror_init: with a filename, args keeps only errno
// and strerror; BlockingIOError's third argument may instead be the
// number of characters written.
func (m *Machine) osErrorFill(self Value, pos []Value, a osErrorArgs) error {
	e := m.exception(self)
	if e.kind != kindOSError {
		return nil
	}
	args := pos
	if a.filename != Null && a.filename != None {
		ft := m.TypeOf(a.filename)
		if m.TypeOf(self) == m.types.exceptions["BlockingIOError"] &&
			(ft.Index != nil || ft.Float != nil || a.filename.IsSmallInt() || a.filename.IsFloat() || m.intObj(a.filename) != nil) {
			n, err := m.excSsizeValueError(a.filename)
			if err != nil {
				return err
			}
			e.extra[fOSWritten] = m.NewInt(n)
		} else {
			e.extra[fOSFilename] = a.filename
			if a.filename2 != Null && a.filename2 != None {
				e.extra[fOSFilename2] = a.filename2
			}
			if len(pos) >= 2 && len(pos) <= 5 {
				args = pos[:2]
			}
		}
	}
	e.extra[fOSErrno] = a.errno
	e.extra[fOSStrerror] = a.strerror
	e.Args = m.NewTuple(append([]Value(nil), args...))
	return nil
}

// excSsizeValueError is PyNumber_AsSsize_t(v, ValueError).
func (m *Machine) excSsizeValueError(v Value) (int64, error) {
	n, err := m.excSsize(v)
	if err != nil && m.isRaise(err, m.types.exceptions["OverflowError"]) {
		return 0, m.Raisef(m.types.ValueError, "cannot fit '%s' into an index-sized integer", m.typeName(v))
	}
	return n, err
}

// osErrorStr is OSError.__str__: "[Errno 2] No such file or directory:
// 'x'" when there is a filename, "[Errno n] msg" with errno and
// strerror, else BaseException's.
func osErrorStr(m *Machine, self Value) (Value, error) {
	e := m.exception(self)
	orNone := func(v Value) Value {
		if v == Null {
			return None
		}
		return v
	}
	errno, strerr := e.field(kindOSError, fOSErrno), e.field(kindOSError, fOSStrerror)
	fn, fn2 := e.field(kindOSError, fOSFilename), e.field(kindOSError, fOSFilename2)
	var parts []string
	add := func(v Value, repr bool) error {
		var s string
		var err error
		if repr {
			s, err = m.ReprString(v)
		} else {
			s, err = m.StrString(v)
		}
		parts = append(parts, s)
		return err
	}
	switch {
	case fn != Null:
		for i, x := range []Value{orNone(errno), orNone(strerr), fn, fn2} {
			if x == Null {
				continue
			}
			if err := add(x, i >= 2); err != nil {
				return Null, err
			}
		}
		s := "[Errno " + parts[0] + "] " + parts[1] + ": " + parts[2]
		if len(parts) == 4 {
			s += " -> " + parts[3]
		}
		return m.NewStr(s), nil
	case errno != Null && strerr != Null:
		if err := add(errno, false); err != nil {
			return Null, err
		}
		if err := add(strerr, false); err != nil {
			return Null, err
		}
		return m.NewStr("[Errno " + parts[0] + "] " + parts[1]), nil
	}
	return excStr(m, self)
}

func osErrorReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := excArity(m, "OSError.__reduce__", args, kwnames, 0); err != nil {
		return Null, err
	}
	e, err := m.excSelf(self, "__reduce__")
	if err != nil {
		return Null, err
	}
	a := e.Args
	items := m.excArgs(e)
	if fn := e.field(kindOSError, fOSFilename); len(items) == 2 && fn != Null {
		n := []Value{items[0], items[1], fn}
		if fn2 := e.field(kindOSError, fOSFilename2); fn2 != Null {
			n = append(n, None, fn2)
		}
		a = m.NewTuple(n)
	}
	if e.dict != nil {
		return m.NewTuple([]Value{m.TypeOf(self).self, a, e.dict.self}), nil
	}
	return m.NewTuple([]Value{m.TypeOf(self).self, a}), nil
}

func osErrorWrittenGet(m *Machine, self Value) (Value, error) {
	e, err := m.excSelf(self, "characters_written")
	if err != nil {
		return Null, err
	}
	if w := e.field(kindOSError, fOSWritten); w != Null {
		return w, nil
	}
	return Null, m.Raisef(m.types.exceptions["AttributeError"], "characters_written")
}

func osErrorWrittenSet(m *Machine, self, v Value) error {
	e, err := m.excSelf(self, "characters_written")
	if err != nil {
		return err
	}
	if v == Null {
		if e.field(kindOSError, fOSWritten) == Null {
			return m.Raisef(m.types.exceptions["AttributeError"], "characters_written")
		}
		e.setField(kindOSError, fOSWritten, Null)
		return nil
	}
	n, err := m.excSsizeValueError(v)
	if err != nil {
		return err
	}
	e.setField(kindOSError, fOSWritten, m.NewInt(n))
	return nil
}

// ---- SyntaxError ----

func syntaxErrorInit(m *Machine, self Value, args, kwnames []Value) error {
	if err := excInit(m, self, args, kwnames); err != nil {
		return err
	}
	e := m.exception(self)
	if e.kind != kindSyntaxError {
		return nil
	}
	if len(args) >= 1 {
		e.extra[fSynMsg] = args[0]
	}
	if len(args) != 2 {
		return nil
	}
	tv, err := m.excTuple(args[1])
	if err != nil {
		return err
	}
	info := m.tuple(tv).Items
	switch {
	case len(info) < 4:
		return m.typeError("function takes at least 4 arguments (%d given)", len(info))
	case len(info) > 6:
		return m.typeError("function takes at most 6 arguments (%d given)", len(info))
	}
	e.extra[fSynFilename], e.extra[fSynLineno], e.extra[fSynOffset], e.extra[fSynText] = info[0], info[1], info[2], info[3]
	e.extra[fSynEndLineno], e.extra[fSynEndOffset] = Null, Null
	if len(info) >= 5 {
		e.extra[fSynEndLineno] = info[4]
	}
	if len(info) == 6 {
		e.extra[fSynEndOffset] = info[5]
	}
	if len(info) == 5 {
		return m.typeError("end_offset must be provided when end_lineno is provided")
	}
	return nil
}

// syntaxErrorStr is SyntaxError.__str__: "msg (file.py, line 3)" with
// the file's basename, when those are known.
func syntaxErrorStr(m *Machine, self Value) (Value, error) {
	e := m.exception(self)
	msg := e.field(kindSyntaxError, fSynMsg)
	if msg == Null {
		msg = None
	}
	fnv := e.field(kindSyntaxError, fSynFilename)
	filename, haveFile := "", false
	if s := m.str(fnv); s != nil {
		filename, haveFile = s.S, true
		if i := strings.LastIndexByte(filename, '/'); i >= 0 {
			filename = filename[i+1:]
		}
	}
	ln := e.field(kindSyntaxError, fSynLineno)
	haveLine := ln != Null && (ln.IsSmallInt() || m.intObj(ln) != nil && m.TypeOf(ln) == m.types.Int)
	ms, err := m.StrString(msg)
	if err != nil {
		return Null, err
	}
	var line string
	if haveLine {
		n, ok := m.Int64(ln)
		if !ok {
			n = -1 // PyLong_AsLongAndOverflow's overflow result
		}
		line = "line " + itoa(int(n))
	}
	switch {
	case haveFile && haveLine:
		return m.NewStr(ms + " (" + filename + ", " + line + ")"), nil
	case haveFile:
		return m.NewStr(ms + " (" + filename + ")"), nil
	case haveLine:
		return m.NewStr(ms + " (" + line + ")"), nil
	}
	return m.NewStr(ms), nil
}

// ---- UnicodeError subclasses ----

var unicodeErrorGetSets = []GetSetDef{
	excMember("encoding", fUniEncoding), excMember("object", fUniObject),
	excSsizeMember("start", fUniStart), excSsizeMember("end", fUniEnd),
	excMember("reason", fUniReason),
}

// excParseUnicodeArgs is PyArg_ParseTuple(args, format) for the
// UnicodeError constructors: U is a str, n an index, O anything.
func (m *Machine) excParseUnicodeArgs(pos []Value, format string) ([]Value, error) {
	if len(pos) != len(format) {
		return nil, m.typeError("function takes exactly %d arguments (%d given)", len(format), len(pos))
	}
	out := make([]Value, len(pos))
	for i, c := range format {
		v := pos[i]
		switch c {
		case 'U':
			if m.str(v) == nil {
				return nil, m.typeError("argument %d must be str, not %s", i+1, m.typeName(v))
			}
		case 'n':
			n, err := m.excSsize(v)
			if err != nil {
				return nil, err
			}
			v = m.NewInt(n)
		}
		out[i] = v
	}
	return out, nil
}

func unicodeEncodeErrorInit(m *Machine, self Value, args, kwnames []Value) error {
	if err := excInit(m, self, args, kwnames); err != nil {
		return err
	}
	e := m.exception(self)
	e.setField(kindUnicodeError, fUniEncoding, Null)
	e.setField(kindUnicodeError, fUniObject, Null)
	e.setField(kindUnicodeError, fUniReason, Null)
	vals, err := m.excParseUnicodeArgs(args, "UUnnU")
	if err != nil {
		return err
	}
	if e.kind == kindUnicodeError {
		copy(e.extra, vals)
	}
	return nil
}

func unicodeDecodeErrorInit(m *Machine, self Value, args, kwnames []Value) error {
	if err := excInit(m, self, args, kwnames); err != nil {
		return err
	}
	e := m.exception(self)
	e.setField(kindUnicodeError, fUniEncoding, Null)
	e.setField(kindUnicodeError, fUniObject, Null)
	e.setField(kindUnicodeError, fUniReason, Null)
	vals, err := m.excParseUnicodeArgs(args, "UOnnU")
	if err != nil {
		return err
	}
	// The object is kept as bytes (another bytes-like object is copied).
	if bt := m.types.Bytes; bt != nil && m.TypeOf(vals[1]) != bt {
		if m.TypeOf(vals[1]).IsSubtype(m.types.Str) || m.TypeOf(vals[1]).Iter == nil {
			return m.typeError("a bytes-like object is required, not '%s'", m.typeName(vals[1]))
		}
		b, err := m.Call(bt.self, []Value{vals[1]}, nil)
		if err != nil {
			return err
		}
		vals[1] = b
	}
	if e.kind == kindUnicodeError {
		copy(e.extra, vals)
	}
	return nil
}

func unicodeTranslateErrorInit(m *Machine, self Value, args, kwnames []Value) error {
	if err := excInit(m, self, args, kwnames); err != nil {
		return err
	}
	e := m.exception(self)
	e.setField(kindUnicodeError, fUniObject, Null)
	e.setField(kindUnicodeError, fUniReason, Null)
	vals, err := m.excParseUnicodeArgs(args, "UnnU")
	if err != nil {
		return err
	}
	if e.kind == kindUnicodeError {
		e.extra[fUniObject], e.extra[fUniStart], e.extra[fUniEnd], e.extra[fUniReason] = vals[0], vals[1], vals[2], vals[3]
	}
	return nil
}

// unicodeErrorParts returns str(reason), str(encoding), start and end of
// a UnicodeError; ok is false if the object is unset (not initialized).
func (m *Machine) unicodeErrorParts(self Value, withEncoding bool) (reason, encoding string, start, end int64, ok bool, err error) {
	e := m.exception(self)
	if e.field(kindUnicodeError, fUniObject) == Null {
		return "", "", 0, 0, false, nil
	}
	r := e.field(kindUnicodeError, fUniReason)
	if r == Null {
		r = None
	}
	if reason, err = m.StrString(r); err != nil {
		return
	}
	if withEncoding {
		enc := e.field(kindUnicodeError, fUniEncoding)
		if enc == Null {
			enc = None
		}
		if encoding, err = m.StrString(enc); err != nil {
			return
		}
	}
	start, _ = m.Int64(e.field(kindUnicodeError, fUniStart))
	end, _ = m.Int64(e.field(kindUnicodeError, fUniEnd))
	return reason, encoding, start, end, true, nil
}

// badCharEscape formats a code point as UnicodeEncodeError's message
// does: \xNN, \uNNNN or \UNNNNNNNN.
func badCharEscape(c rune) string {
	const hex = "0123456789abcdef"
	width := 2
	prefix := `\x`
	switch {
	case c > 0xffff:
		width, prefix = 8, `\U`
	case c > 0xff:
		width, prefix = 4, `\u`
	}
	b := make([]byte, width)
	for i := width - 1; i >= 0; i-- {
		b[i] = hex[c&15]
		c >>= 4
	}
	return prefix + string(b)
}

// strCodePoint returns the code point at index i of a str's text (lone
// surrogates decoded from their 3-byte form), ok false if out of range.
func strCodePoint(s string, i int64) (rune, bool) {
	var n int64
	for j := 0; j < len(s); {
		r, size := decodeSurrogateUTF8(s[j:])
		if n == i {
			return r, true
		}
		n++
		j += size
	}
	return 0, false
}

// decodeSurrogateUTF8 decodes one code point of UTF-8 that may hold lone
// surrogates in their 3-byte form.
func decodeSurrogateUTF8(s string) (rune, int) {
	c := s[0]
	switch {
	case c < 0x80:
		return rune(c), 1
	case c < 0xE0 && len(s) >= 2:
		return rune(c&0x1F)<<6 | rune(s[1]&0x3F), 2
	case c < 0xF0 && len(s) >= 3:
		return rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	case len(s) >= 4:
		return rune(c&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
	}
	return rune(c), 1
}

func unicodeEncodeErrorStr(m *Machine, self Value) (Value, error) {
	reason, enc, start, end, ok, err := m.unicodeErrorParts(self, true)
	if err != nil || !ok {
		return m.emptyStr, err
	}
	obj := m.str(m.exception(self).field(kindUnicodeError, fUniObject))
	if obj != nil && end == start+1 {
		if c, ok := strCodePoint(obj.S, start); ok && start >= 0 {
			return m.NewStr("'" + enc + "' codec can't encode character '" + badCharEscape(c) +
				"' in position " + itoa(int(start)) + ": " + reason), nil
		}
	}
	return m.NewStr("'" + enc + "' codec can't encode characters in position " + itoa(int(start)) + "-" +
		itoa(int(end-1)) + ": " + reason), nil
}

// excByteAt returns obj[i] of a bytes object through the sequence
// protocol, ok false when i is out of range.
func (m *Machine) excByteAt(obj Value, i int64) (byte, bool) {
	n, err := m.Len(obj)
	if err != nil || i < 0 || i >= int64(n) {
		return 0, false
	}
	v, err := m.GetItem(obj, m.NewInt(i))
	if err != nil {
		return 0, false
	}
	b, ok := m.Int64(v)
	return byte(b), ok
}

func unicodeDecodeErrorStr(m *Machine, self Value) (Value, error) {
	reason, enc, start, end, ok, err := m.unicodeErrorParts(self, true)
	if err != nil || !ok {
		return m.emptyStr, err
	}
	if b, ok := m.excByteAt(m.exception(self).field(kindUnicodeError, fUniObject), start); ok && end == start+1 {
		const hex = "0123456789abcdef"
		return m.NewStr("'" + enc + "' codec can't decode byte 0x" + string([]byte{hex[b>>4], hex[b&15]}) +
			" in position " + itoa(int(start)) + ": " + reason), nil
	}
	return m.NewStr("'" + enc + "' codec can't decode bytes in position " + itoa(int(start)) + "-" +
		itoa(int(end-1)) + ": " + reason), nil
}

func unicodeTranslateErrorStr(m *Machine, self Value) (Value, error) {
	reason, _, start, end, ok, err := m.unicodeErrorParts(self, false)
	if err != nil || !ok {
		return m.emptyStr, err
	}
	obj := m.str(m.exception(self).field(kindUnicodeError, fUniObject))
	if obj != nil && end == start+1 {
		if c, ok := strCodePoint(obj.S, start); ok && start >= 0 {
			return m.NewStr("can't translate character '" + badCharEscape(c) + "' in position " +
				itoa(int(start)) + ": " + reason), nil
		}
	}
	return m.NewStr("can't translate characters in position " + itoa(int(start)) + "-" + itoa(int(end-1)) +
		": " + reason), nil
}

// ---- BaseExceptionGroup (minimal: construction, str, derive) ----

var groupMethods = []MethodDef{
	classGetItemMethod,
	{Name: "derive", Fn: groupDerive},
	{Name: "split", Fn: groupSplit},
	{Name: "subgroup", Fn: groupSubgroup},
}

var groupGetSets = []GetSetDef{
	{Name: "message", Get: func(m *Machine, self Value) (Value, error) {
		return m.groupField(self, fGroupMsg, "message")
	}},
	{Name: "exceptions", Get: func(m *Machine, self Value) (Value, error) {
		return m.groupField(self, fGroupExcs, "exceptions")
	}},
}

func (m *Machine) groupField(self Value, i int, name string) (Value, error) {
	e, err := m.excSelf(self, name)
	if err != nil {
		return Null, err
	}
	if v := e.field(kindGroup, i); v != Null {
		return v, nil
	}
	return None, nil
}

// groupNew is BaseExceptionGroup.__new__(message, exceptions): a
// BaseExceptionGroup of Exceptions only becomes an ExceptionGroup.
func groupNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	pos := args[:len(args)-len(kwnames)]
	if len(pos) != 2 {
		return Null, m.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(pos))
	}
	msg, excs := pos[0], pos[1]
	if m.str(msg) == nil {
		return Null, m.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", m.typeName(msg))
	}
	xt := m.TypeOf(excs)
	if xt.GetItem == nil || xt.IsSubtype(m.types.Dict) {
		return Null, m.typeError("second argument (exceptions) must be a sequence")
	}
	tv, err := m.excTuple(excs)
	if err != nil {
		return Null, err
	}
	items := m.tuple(tv).Items
	if len(items) == 0 {
		return Null, m.Raisef(m.types.ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	nestedBase := false
	for i, x := range items {
		if m.exception(x) == nil {
			return Null, m.Raisef(m.types.ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !m.TypeOf(x).IsSubtype(m.types.Exception) {
			nestedBase = true
		}
	}
	eg, bg := m.types.exceptions["ExceptionGroup"], m.types.exceptions["BaseExceptionGroup"]
	switch {
	case t == eg:
		if nestedBase {
			return Null, m.typeError("Cannot nest BaseExceptions in an ExceptionGroup")
		}
	case t == bg:
		if !nestedBase {
			t = eg
		}
	default:
		if nestedBase && t.IsSubtype(m.types.Exception) {
			return Null, m.typeError("Cannot nest BaseExceptions in '%s'", t.Name)
		}
	}
	v := m.allocException(t)
	e := m.exception(v)
	e.Args = m.NewTuple(append([]Value(nil), pos...))
	e.setField(kindGroup, fGroupMsg, msg)
	e.setField(kindGroup, fGroupExcs, tv)
	return v, nil
}

func groupInit(m *Machine, self Value, args, kwnames []Value) error {
	if err := excNoKeywords(m, self, kwnames); err != nil {
		return err
	}
	return excSetArgs(m, self, args)
}

// groupStr is "msg (2 sub-exceptions)".
func groupStr(m *Machine, self Value) (Value, error) {
	e := m.exception(self)
	msg := e.field(kindGroup, fGroupMsg)
	if msg == Null {
		msg = None
	}
	s, err := m.StrString(msg)
	if err != nil {
		return Null, err
	}
	n := 0
	if t := m.tuple(e.field(kindGroup, fGroupExcs)); t != nil {
		n = len(t.Items)
	}
	plural := ""
	if n > 1 {
		plural = "s"
	}
	return m.NewStr(s + " (" + itoa(n) + " sub-exception" + plural + ")"), nil
}

func groupDerive(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 {
		return Null, m.typeError("BaseExceptionGroup.derive() takes no keyword arguments")
	}
	if len(args) != 1 {
		return Null, m.typeError("function takes exactly 1 argument (%d given)", len(args))
	}
	e, err := m.excSelf(self, "derive")
	if err != nil {
		return Null, err
	}
	msg := e.field(kindGroup, fGroupMsg)
	if msg == Null {
		msg = None
	}
	return m.Call(m.types.exceptions["BaseExceptionGroup"].self, []Value{msg, args[0]}, nil)
}

// groupMatcher is a split()/subgroup() condition: an exception type or
// tuple of them, or a Python function (a predicate).
type groupMatcher struct {
	value     Value
	predicate bool
	// leaf, when set, is a condition in Go (except*'s projection).
	leaf func(Value) bool
}

// newGroupMatcher is get_matcher_type.
func (m *Machine) newGroupMatcher(v Value) (groupMatcher, error) {
	if m.function(v) != nil {
		return groupMatcher{value: v, predicate: true}, nil
	}
	isExcType := func(x Value) bool {
		t := m.typeObj(x)
		return t != nil && t.IsSubtype(m.types.BaseException)
	}
	if isExcType(v) {
		return groupMatcher{value: v}, nil
	}
	if t := m.tuple(v); t != nil && m.TypeOf(v) == m.types.Tuple {
		ok := true
		for _, x := range t.Items {
			ok = ok && isExcType(x)
		}
		if ok {
			return groupMatcher{value: v}, nil
		}
	}
	return groupMatcher{}, m.typeError("expected a function, exception type or tuple of exception types")
}

func (m *Machine) groupMatches(g groupMatcher, exc Value) (bool, error) {
	if g.leaf != nil {
		return g.leaf(exc), nil
	}
	if g.predicate {
		r, err := m.Call(g.value, []Value{exc}, nil)
		if err != nil {
			return false, err
		}
		return m.Truth(r)
	}
	types := []Value{g.value}
	if t := m.tuple(g.value); t != nil {
		types = t.Items
	}
	et := m.TypeOf(exc)
	for _, x := range types {
		if et.IsSubtype(m.typeObj(x)) {
			return true, nil
		}
	}
	return false, nil
}

// groupSplitRecursive is exceptiongroup_split_recursive: a full match,
// a leaf that does not match, or a group split into the parts of its
// members (each Null when empty).
func (m *Machine) groupSplitRecursive(exc Value, g groupMatcher, withRest bool, depth int) (match, rest Value, err error) {
	ok, err := m.groupMatches(g, exc)
	if err != nil {
		return Null, Null, err
	}
	if ok {
		return exc, Null, nil
	}
	e := m.exception(exc)
	if e == nil || e.kind != kindGroup {
		if withRest {
			return Null, exc, nil
		}
		return Null, Null, nil
	}
	if depth >= m.recursionLimit {
		return Null, Null, m.recursionError(" in exceptiongroup_split_recursive")
	}
	var matches, rests []Value
	if t := m.tuple(e.field(kindGroup, fGroupExcs)); t != nil {
		for _, x := range t.Items {
			mt, rs, err := m.groupSplitRecursive(x, g, withRest, depth+1)
			if err != nil {
				return Null, Null, err
			}
			if mt != Null {
				matches = append(matches, mt)
			}
			if rs != Null {
				rests = append(rests, rs)
			}
		}
	}
	if match, err = m.groupSubset(exc, matches); err != nil {
		return Null, Null, err
	}
	if withRest {
		if rest, err = m.groupSubset(exc, rests); err != nil {
			return Null, Null, err
		}
	}
	return match, rest, nil
}

// groupSubset is exceptiongroup_subset: orig.derive(excs) carrying
// orig's traceback, context, cause and a copy of its notes; Null for no
// exceptions.
func (m *Machine) groupSubset(orig Value, excs []Value) (Value, error) {
	if len(excs) == 0 {
		return Null, nil
	}
	eg, err := m.CallMethod(orig, "derive", m.NewList(excs))
	if err != nil {
		return Null, err
	}
	d := m.exception(eg)
	if d == nil || d.kind != kindGroup {
		return Null, m.typeError("derive must return an instance of BaseExceptionGroup")
	}
	o := m.exception(orig)
	if o.Traceback != Null {
		d.Traceback = o.Traceback
	}
	d.Context = o.Context
	d.Cause = o.Cause
	d.SuppressContext = true // PyException_SetCause
	notes, err := m.GetAttr(orig, m.Intern("__notes__"))
	if err != nil {
		if m.isRaise(err, m.types.exceptions["AttributeError"]) {
			return eg, nil
		}
		return Null, err
	}
	if nt := m.TypeOf(notes); nt.GetItem != nil && !nt.IsSubtype(m.types.Dict) {
		var items []Value
		it, err := m.GetIter(notes)
		if err != nil {
			return Null, err
		}
		for {
			x, err := m.Next(it)
			if err != nil {
				return Null, err
			}
			if x == Null {
				break
			}
			items = append(items, x)
		}
		if err := m.SetAttr(eg, m.Intern("__notes__"), m.NewList(items)); err != nil {
			return Null, err
		}
	}
	return eg, nil
}

func groupSplit(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 {
		return Null, m.typeError("BaseExceptionGroup.split() takes no keyword arguments")
	}
	if len(args) != 1 {
		return Null, m.typeError("split expected 1 argument, got %d", len(args))
	}
	g, err := m.newGroupMatcher(args[0])
	if err != nil {
		return Null, err
	}
	match, rest, err := m.groupSplitRecursive(self, g, true, 0)
	if err != nil {
		return Null, err
	}
	if match == Null {
		match = None
	}
	if rest == Null {
		rest = None
	}
	return m.NewTuple([]Value{match, rest}), nil
}

func groupSubgroup(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 {
		return Null, m.typeError("BaseExceptionGroup.subgroup() takes no keyword arguments")
	}
	if len(args) != 1 {
		return Null, m.typeError("subgroup expected 1 argument, got %d", len(args))
	}
	g, err := m.newGroupMatcher(args[0])
	if err != nil {
		return Null, err
	}
	match, _, err := m.groupSplitRecursive(self, g, false, 0)
	if err != nil || match != Null {
		return match, err
	}
	return None, nil
}
