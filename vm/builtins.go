package vm

import (
	"math/big"
	"strconv"

	"github.com/quicken-py/quicken/vm/num"
	"github.com/quicken-py/quicken/vm/text"
)

// The builtins module: its namespace, in CPython 3.11's order, and the
// builtin functions that are thin layers over the object protocol. The
// others live beside it by concept: builtins_num.go (abs, divmod, pow,
// round, sum, bin/oct/hex), builtins_iter.go (iter, next, min, max, all,
// any, sorted), builtins_itertypes.go (enumerate, zip, map, filter,
// reversed), builtins_print.go (print, exit, quit), builtins_eval.go
// (exec, eval, compile, globals, locals, vars, dir), input.go.

// builtinFuncs are the builtin functions in the order CPython 3.11's
// builtins module defines them (its methods table), which is the order
// of the module's namespace: LOAD_GLOBAL_BUILTIN caches an index into
// that dict's keys, so the order is observable in the specializer.
var builtinFuncs = []MethodDef{
	{Name: "__import__", Fn: bltinImport},
	{Name: "abs", Fn: bltinAbs},
	{Name: "all", Fn: bltinAll},
	{Name: "any", Fn: bltinAny},
	{Name: "ascii", Fn: bltinASCII},
	{Name: "bin", Fn: bltinBin},
	{Name: "breakpoint", Fn: bltinBreakpoint},
	{Name: "callable", Fn: bltinCallable},
	{Name: "chr", Fn: bltinChr},
	{Name: "compile", Fn: bltinCompile},
	{Name: "delattr", Fn: bltinDelattr},
	{Name: "dir", Fn: bltinDir},
	{Name: "divmod", Fn: bltinDivmod},
	{Name: "eval", Fn: bltinEval},
	{Name: "exec", Fn: bltinExec},
	{Name: "format", Fn: bltinFormat},
	{Name: "getattr", Fn: bltinGetattr},
	{Name: "globals", Fn: bltinGlobals},
	{Name: "hasattr", Fn: bltinHasattr},
	{Name: "hash", Fn: bltinHash},
	{Name: "hex", Fn: bltinHex},
	{Name: "id", Fn: bltinID},
	{Name: "input", Fn: bltinInput},
	{Name: "isinstance", Fn: bltinIsinstance},
	{Name: "issubclass", Fn: bltinIssubclass},
	{Name: "iter", Fn: bltinIter},
	{Name: "aiter", Fn: bltinAiter},
	{Name: "len", Fn: bltinLen},
	{Name: "locals", Fn: bltinLocals},
	{Name: "max", Fn: bltinMax},
	{Name: "min", Fn: bltinMin},
	{Name: "next", Fn: bltinNext},
	{Name: "anext", Fn: bltinAnext},
	{Name: "oct", Fn: bltinOct},
	{Name: "ord", Fn: bltinOrd},
	{Name: "pow", Fn: bltinPow},
	{Name: "print", Fn: bltinPrint},
	{Name: "repr", Fn: bltinRepr},
	{Name: "round", Fn: bltinRound},
	{Name: "setattr", Fn: bltinSetattr},
	{Name: "sorted", Fn: bltinSorted},
	{Name: "sum", Fn: bltinSum},
	{Name: "vars", Fn: bltinVars},
}

// builtinTypeNames are the types the builtins module holds, in CPython
// 3.11's order; each is taken from the Machine's builtin types by name,
// so a type another file has not registered yet is simply left out.
var builtinTypeNames = []string{
	"bool", "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict",
	"enumerate", "filter", "float", "frozenset", "property", "int", "list", "map",
	"object", "range", "reversed", "set", "slice", "staticmethod", "str", "super",
	"tuple", "type", "zip",
}

// builtinExceptionNames are the exception classes of the builtins module
// in CPython 3.11's order (EnvironmentError and IOError are aliases of
// OSError).
var builtinExceptionNames = []string{
	"BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt",
	"SystemExit", "ArithmeticError", "AssertionError", "AttributeError", "BufferError",
	"EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "OSError",
	"ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError",
	"SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
	"ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning",
	"FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning",
	"RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError",
	"ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError",
	"InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
	"ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError",
	"ModuleNotFoundError", "NotImplementedError", "RecursionError", "UnboundLocalError",
	"UnicodeError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
	"ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError",
	"UnicodeTranslateError", "ExceptionGroup",
}

// initModules makes sys.modules, the builtins module and the sys and
// math modules, as CPython's startup leaves them for `python3 FILE`.
func (m *Machine) initModules() {
	m.modules = m.NewDict()
	bm := m.NewModule("builtins")
	m.builtins = bm.Dict
	m.builtinsModule = bm.self
	d := bm.Dict
	m.dictSetStr(d, "__doc__", None)
	m.dictSetStr(d, "__package__", m.emptyStr)
	m.dictSetStr(d, "__loader__", None)
	m.dictSetStr(d, "__spec__", None)
	m.setBuiltinSpec(bm)
	m.dictSetStr(d, "__build_class__", m.BuildClassFunction(bm.self))
	modName := m.Intern("builtins")
	for i := range builtinFuncs {
		def := &builtinFuncs[i]
		m.dictSetStr(d, def.Name, m.NewBuiltinFunction(def, bm.self, modName))
	}
	m.dictSetStr(d, "None", None)
	m.dictSetStr(d, "Ellipsis", Ellipsis)
	m.dictSetStr(d, "NotImplemented", NotImplemented)
	m.dictSetStr(d, "False", False)
	m.dictSetStr(d, "True", True)
	for _, name := range builtinTypeNames {
		if t := m.builtinTypeNamed(name); t != nil {
			m.dictSetStr(d, name, t.self)
		}
	}
	m.dictSetStr(d, "__debug__", True)
	for _, name := range builtinExceptionNames {
		if t := m.types.exceptions[name]; t != nil {
			m.dictSetStr(d, name, t.self)
		}
	}
	if t := m.types.exceptions["OSError"]; t != nil {
		m.dictSetStr(d, "EnvironmentError", t.self)
		m.dictSetStr(d, "IOError", t.self)
	}
	m.dictSetStr(d, "open", m.NewBuiltinFunction(&openDef, Null, m.Intern("io")))
	m.dictSetStr(d, "quit", m.newQuitter("quit"))
	m.dictSetStr(d, "exit", m.newQuitter("exit"))
	m.dictSetStr(d, "copyright", m.newSitePrinter("copyright", sysCopyright))
	m.dictSetStr(d, "credits", m.newSitePrinter("credits", creditsText))
	m.dictSetStr(d, "license", m.newSitePrinter("license", licenseText))
	m.dictSetStr(d, "help", m.alloc(&siteHelper{}, m.types.SiteHelper))
	m.mustSetModule("builtins", bm.self)
	m.initSys()
	m.initMath()
}

// excType returns the builtin exception class called name, or Exception
// if the Machine lacks it.
func (m *Machine) excType(name string) *Type {
	if t := m.types.exceptions[name]; t != nil {
		return t
	}
	return m.types.Exception
}

// mustSetModule records a module in sys.modules.
func (m *Machine) mustSetModule(name string, mod Value) {
	if err := m.DictSet(m.modules, m.Intern(name), mod); err != nil {
		panic(err)
	}
}

// builtinTypeNamed returns the builtin type called name (module
// builtins), or nil.
func (m *Machine) builtinTypeNamed(name string) *Type {
	for _, t := range m.types.all {
		if t.Name == name && t.Module == "builtins" {
			return t
		}
	}
	return nil
}

// Argument specs of the builtins (messages checked against python3).
var (
	specLen      = &ArgSpec{Name: "len", Kind: ArgsO}
	specRepr     = &ArgSpec{Name: "repr", Kind: ArgsO}
	specASCII    = &ArgSpec{Name: "ascii", Kind: ArgsO}
	specHash     = &ArgSpec{Name: "hash", Kind: ArgsO}
	specID       = &ArgSpec{Name: "id", Kind: ArgsO}
	specCallable = &ArgSpec{Name: "callable", Kind: ArgsO}
	specChr      = &ArgSpec{Name: "chr", Kind: ArgsO}
	specOrd      = &ArgSpec{Name: "ord", Kind: ArgsO}
	specFormat   = &ArgSpec{Name: "format", Kind: ArgsPositional, Min: 1, Max: 2}
	specGetattr  = &ArgSpec{Name: "getattr", Kind: ArgsPositional, Min: 2, Max: 3}
	specSetattr  = &ArgSpec{Name: "setattr", Kind: ArgsPositional, Min: 3, Max: 3}
	specHasattr  = &ArgSpec{Name: "hasattr", Kind: ArgsPositional, Min: 2, Max: 2}
	specDelattr  = &ArgSpec{Name: "delattr", Kind: ArgsPositional, Min: 2, Max: 2}
	specIsinst   = &ArgSpec{Name: "isinstance", Kind: ArgsPositional, Min: 2, Max: 2}
	specIssub    = &ArgSpec{Name: "issubclass", Kind: ArgsPositional, Min: 2, Max: 2}
)

func bltinLen(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specLen, args, kw, a[:]); err != nil {
		return Null, err
	}
	n, err := m.Len(a[0])
	if err != nil {
		return Null, err
	}
	return m.NewInt(int64(n)), nil
}

func bltinRepr(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specRepr, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.Repr(a[0])
}

func bltinASCII(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specASCII, args, kw, a[:]); err != nil {
		return Null, err
	}
	r, err := m.ReprString(a[0])
	if err != nil {
		return Null, err
	}
	if text.IsASCII(r) {
		return m.NewStr(r), nil
	}
	return m.NewStr(asciiEscape(r)), nil
}

// asciiEscape is what ascii() does to a repr: every non-ASCII code point
// becomes \xhh, \uhhhh or \Uhhhhhhhh.
func asciiEscape(s string) string {
	b := make([]byte, 0, len(s)+8)
	const hexDigits = "0123456789abcdef"
	for _, r := range text.CodePoints(s) {
		switch {
		case r < 0x80:
			b = append(b, byte(r))
		case r < 0x100:
			b = append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		case r < 0x10000:
			b = append(b, '\\', 'u')
			for sh := 12; sh >= 0; sh -= 4 {
				b = append(b, hexDigits[(r>>sh)&15])
			}
		default:
			b = append(b, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				b = append(b, hexDigits[(r>>sh)&15])
			}
		}
	}
	return string(b)
}

func bltinHash(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specHash, args, kw, a[:]); err != nil {
		return Null, err
	}
	h, err := m.Hash(a[0])
	if err != nil {
		return Null, err
	}
	return m.NewInt(h), nil
}

func bltinID(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specID, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.NewBigInt(new(big.Int).SetUint64(m.FakeAddress(a[0]))), nil
}

func bltinCallable(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specCallable, args, kw, a[:]); err != nil {
		return Null, err
	}
	return Bool(m.isCallable(a[0])), nil
}

// isCallable is PyCallable_Check: the type has tp_call.
func (m *Machine) isCallable(v Value) bool {
	return m.function(v) != nil || m.TypeOf(v).Call != nil
}

func bltinChr(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specChr, args, kw, a[:]); err != nil {
		return Null, err
	}
	i, err := m.ArgCInt(a[0])
	if err != nil {
		return Null, err
	}
	if i < 0 || i > 0x10FFFF {
		return Null, m.Raisef(m.types.ValueError, "chr() arg not in range(0x110000)")
	}
	return m.NewStr(text.Chr(rune(i))), nil
}

func bltinOrd(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specOrd, args, kw, a[:]); err != nil {
		return Null, err
	}
	c := a[0]
	if s := m.str(c); s != nil {
		if n := s.strLength(); n != 1 {
			return Null, m.typeError("ord() expected a character, but string of length %d found", n)
		}
		return m.NewInt(int64(text.CodePoints(s.S)[0])), nil
	}
	t := m.TypeOf(c)
	if m.types.Bytes != nil && t.IsSubtype(m.types.Bytes) || m.types.ByteArray != nil && t.IsSubtype(m.types.ByteArray) {
		n, err := m.Len(c)
		if err != nil {
			return Null, err
		}
		if n != 1 {
			return Null, m.typeError("ord() expected a character, but string of length %d found", n)
		}
		return m.GetItem(c, SmallIntValue(0))
	}
	return Null, m.typeError("ord() expected string of length 1, but %s found", t.Name)
}

func bltinFormat(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specFormat, args, kw, a[:]); err != nil {
		return Null, err
	}
	spec := a[1]
	if spec == Null {
		spec = m.emptyStr
	} else if m.str(spec) == nil {
		return Null, m.typeError("format() argument 2 must be str, not %s", m.badArgumentName(spec))
	}
	return m.Format(a[0], spec)
}

// Format is PyObject_Format: format(v, spec) through type(v).__format__.
func (m *Machine) Format(v, spec Value) (Value, error) {
	empty := m.str(spec).S == ""
	if empty {
		// CPython's fast paths: exact str and int format as str().
		if m.isExactStr(v) {
			return v, nil
		}
		if v.IsSmallInt() || m.TypeOf(v) == m.types.Int {
			return m.StrOf(v)
		}
	}
	r, found, err := m.specialCall(v, "__format__", spec)
	if err != nil {
		return Null, err
	}
	if !found {
		// object.__format__.
		if !empty {
			return Null, m.typeError("unsupported format string passed to %s.__format__", m.typeName(v))
		}
		return m.StrOf(v)
	}
	if m.str(r) == nil {
		return Null, m.typeError("__format__ must return a str, not %s", m.typeName(r))
	}
	return r, nil
}

// specialCall is a call of a special method (_PyObject_LookupSpecial):
// name looked up on type(v)'s MRO, not on the instance, and called bound
// to v. found is false when no class defines it.
func (m *Machine) specialCall(v Value, name string, args ...Value) (r Value, found bool, err error) {
	t := m.TypeOf(v)
	attr := m.mroLookup(t, name)
	if attr == Null {
		return Null, false, nil
	}
	r, err = m.callBound(attr, v, t, args)
	return r, true, err
}

// mroLookup is _PyType_Lookup: name in the namespaces along t's MRO, or
// Null.
func (m *Machine) mroLookup(t *Type, name string) Value {
	for _, b := range t.MRO {
		if b.Dict == nil {
			continue
		}
		if v := m.dictGetStr(b.Dict, name); v != Null {
			return v
		}
	}
	return Null
}

// callBound calls attr, found on type t, as a method of v: functions and
// builtin method descriptors get v as their first argument without a
// bound method being made (as CPython's vectorcall of unbound methods),
// other descriptors are bound by their __get__.
func (m *Machine) callBound(attr, v Value, t *Type, args []Value) (Value, error) {
	if m.function(attr) != nil {
		all := make([]Value, 0, len(args)+1)
		all = append(append(all, v), args...)
		return m.Call(attr, all, nil)
	}
	if d, ok := m.obj0(attr).(*MethodDescriptor); ok {
		switch d.Def.Kind {
		case ClassMethod:
			return d.Def.Fn(m, t.self, args, nil)
		case StaticMethod:
			return d.Def.Fn(m, Null, args, nil)
		}
		return d.Def.Fn(m, v, args, nil)
	}
	if g := m.TypeOf(attr).DescrGet; g != nil {
		bound, err := g(m, attr, v, t)
		if err != nil {
			return Null, err
		}
		return m.Call(bound, args, nil)
	}
	return m.Call(attr, args, nil)
}

func bltinGetattr(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [3]Value
	if err := m.ParseArgs(specGetattr, args, kw, a[:]); err != nil {
		return Null, err
	}
	if err := m.attrName(a[1]); err != nil {
		return Null, err
	}
	v, err := m.GetAttr(a[0], a[1])
	if err != nil && a[2] != Null && m.isRaise(err, m.types.exceptions["AttributeError"]) {
		return a[2], nil
	}
	return v, err
}

func bltinHasattr(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specHasattr, args, kw, a[:]); err != nil {
		return Null, err
	}
	if err := m.attrName(a[1]); err != nil {
		return Null, err
	}
	_, err := m.GetAttr(a[0], a[1])
	if err != nil {
		if m.isRaise(err, m.types.exceptions["AttributeError"]) {
			return False, nil
		}
		return Null, err
	}
	return True, nil
}

func bltinSetattr(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [3]Value
	if err := m.ParseArgs(specSetattr, args, kw, a[:]); err != nil {
		return Null, err
	}
	if err := m.attrName(a[1]); err != nil {
		return Null, err
	}
	if err := m.SetAttr(a[0], a[1], a[2]); err != nil {
		return Null, err
	}
	return None, nil
}

func bltinDelattr(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specDelattr, args, kw, a[:]); err != nil {
		return Null, err
	}
	if err := m.attrName(a[1]); err != nil {
		return Null, err
	}
	if err := m.SetAttr(a[0], a[1], Null); err != nil {
		return Null, err
	}
	return None, nil
}

func bltinIsinstance(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specIsinst, args, kw, a[:]); err != nil {
		return Null, err
	}
	ok, err := m.IsInstance(a[0], a[1])
	if err != nil {
		return Null, err
	}
	return Bool(ok), nil
}

func bltinIssubclass(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specIssub, args, kw, a[:]); err != nil {
		return Null, err
	}
	ok, err := m.IsSubclass(a[0], a[1])
	if err != nil {
		return Null, err
	}
	return Bool(ok), nil
}

func bltinBreakpoint(m *Machine, _ Value, args, kw []Value) (Value, error) {
	// sys.breakpointhook starts pdb, which quicken does not have.
	return Null, m.Raisef(m.types.exceptions["RuntimeError"], "breakpoint() is not supported by quicken")
}

func bltinAiter(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&ArgSpec{Name: "aiter", Kind: ArgsO}, args, kw, a[:]); err != nil {
		return Null, err
	}
	it, found, err := m.specialCall(a[0], "__aiter__")
	if !found {
		return Null, m.typeError("'%s' object is not an async iterable", m.typeName(a[0]))
	}
	if err != nil {
		return Null, err
	}
	if m.mroLookup(m.TypeOf(it), "__anext__") == Null {
		return Null, m.typeError("aiter() returned not an async iterator of type '%s'", m.typeName(it))
	}
	return it, nil
}

func bltinAnext(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(&ArgSpec{Name: "anext", Kind: ArgsPositional, Min: 1, Max: 2}, args, kw, a[:]); err != nil {
		return Null, err
	}
	if m.mroLookup(m.TypeOf(a[0]), "__anext__") == Null {
		return Null, m.typeError("'%s' object is not an async iterator", m.typeName(a[0]))
	}
	if a[1] != Null {
		return Null, m.Raisef(m.types.exceptions["RuntimeError"], "anext() with a default is not supported by quicken")
	}
	r, _, err := m.specialCall(a[0], "__anext__")
	return r, err
}

// intText is bin/oct/hex: v by __index__ in base 2, 8 or 16.
func (m *Machine) intText(v Value, base int) (Value, error) {
	i, err := m.NumberIndex(v)
	if err != nil {
		return Null, err
	}
	if n, ok := m.Int64(i); ok {
		var p string
		switch base {
		case 2:
			p = "0b"
		case 8:
			p = "0o"
		default:
			p = "0x"
		}
		if n < 0 {
			return m.NewStr("-" + p + strconv.FormatUint(uint64(-n), base)), nil
		}
		return m.NewStr(p + strconv.FormatUint(uint64(n), base)), nil
	}
	b, _ := m.BigInt(i)
	return m.NewStr(num.IntToBase(b, base, true)), nil
}

func bltinBin(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&ArgSpec{Name: "bin", Kind: ArgsO}, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.intText(a[0], 2)
}

func bltinOct(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&ArgSpec{Name: "oct", Kind: ArgsO}, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.intText(a[0], 8)
}

func bltinHex(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&ArgSpec{Name: "hex", Kind: ArgsO}, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.intText(a[0], 16)
}
