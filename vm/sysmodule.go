package vm

import (
	"math"
	"math/big"
)

// The sys module. quicken reproduces CPython 3.11.7, so sys describes
// that interpreter (sys.implementation.name is "cpython", the version is
// 3.11.7, the platform linux on x86-64): programs that test the version or
// the platform take the branches they take under python3 (docs/sys.md).

// initSys makes the sys module with its namespace in CPython 3.11's order
// (the parts quicken has).
func (m *Machine) initSys() {
	mod := m.NewModule("sys")
	m.sysMod = mod
	d := mod.Dict
	set := func(name string, v Value) { m.dictSetStr(d, name, v) }
	set("__doc__", None)
	set("__package__", m.emptyStr)
	set("__loader__", None)
	set("__spec__", None)
	m.setBuiltinSpec(mod)
	modName := m.Intern("sys")
	for i := range sysFuncs {
		def := &sysFuncs[i]
		set(def.Name, m.NewBuiltinFunction(def, mod.self, modName))
	}
	m.initSysInfo(mod.Dict)
	m.unraisableArgsType = m.TypeOf(m.newStructSeq("UnraisableHookArgs", unraisableArgsFields,
		[]Value{None, None, None, None, None}))
	for i := range sysHookFuncs {
		def := &sysHookFuncs[i]
		hook := m.NewBuiltinFunction(def, mod.self, modName)
		set(def.Name, hook)
		set("__"+def.Name+"__", hook)
	}
	set("modules", m.modules.self)
	m.stdStreams = m.makeStdStreams()
	stdin, stdout, stderr := m.stdStreams[0], m.stdStreams[1], m.stdStreams[2]
	set("stderr", stderr)
	set("__stderr__", stderr)
	set("version", m.NewStr(sysVersion))
	set("hexversion", m.NewInt(sysHexVersion))
	set("api_version", SmallIntValue(1013))
	set("copyright", m.NewStr(sysCopyright))
	set("platform", m.NewStr("linux"))
	set("maxsize", m.NewInt(math.MaxInt64))
	set("float_info", m.newStructSeq("float_info", floatInfoFields, []Value{
		m.Float(math.MaxFloat64), SmallIntValue(1024), SmallIntValue(308),
		m.Float(2.2250738585072014e-308), SmallIntValue(-1021), SmallIntValue(-307),
		SmallIntValue(15), SmallIntValue(53), m.Float(2.220446049250313e-16),
		SmallIntValue(2), SmallIntValue(1)}))
	set("int_info", m.newStructSeq("int_info", intInfoFields, []Value{
		SmallIntValue(30), SmallIntValue(4), SmallIntValue(4300), SmallIntValue(640)}))
	set("hash_info", m.newStructSeq("hash_info", hashInfoFields, []Value{
		SmallIntValue(64), m.NewInt(1<<61 - 1), SmallIntValue(314159), SmallIntValue(0),
		SmallIntValue(1000003), m.NewStr("siphash13"), SmallIntValue(64), SmallIntValue(128),
		SmallIntValue(0)}))
	set("maxunicode", SmallIntValue(0x10FFFF))
	names := make([]Value, len(sysBuiltinModuleNames))
	for i, n := range sysBuiltinModuleNames {
		names[i] = m.NewStr(n)
	}
	set("builtin_module_names", m.NewTuple(names))
	set("byteorder", m.NewStr("little"))
	set("abiflags", m.emptyStr)
	versionInfo := m.newStructSeq("version_info", versionInfoFields, []Value{
		SmallIntValue(3), SmallIntValue(11), SmallIntValue(7), m.NewStr("final"), SmallIntValue(0)})
	set("version_info", versionInfo)
	set("implementation", m.newNamespace([]string{"name", "cache_tag", "version", "hexversion", "_multiarch"},
		[]Value{m.NewStr("cpython"), m.NewStr("cpython-311"), versionInfo, m.NewInt(sysHexVersion),
			m.NewStr("x86_64-linux-gnu")}))
	flags := make([]Value, len(flagsFields))
	for i := range flags {
		flags[i] = SmallIntValue(0)
	}
	flags[13], flags[16], flags[17] = False, False, SmallIntValue(-1) // dev_mode, safe_path, int_max_str_digits
	set("flags", m.newStructSeq("flags", flagsFields, flags))
	set("float_repr_style", m.NewStr("short"))
	set("path", m.NewList([]Value{m.NewStr(m.scriptDir())}))
	set("executable", m.NewStr(sysPrefix+"/bin/python3"))
	set("prefix", m.NewStr(sysPrefix))
	set("base_prefix", m.NewStr(sysPrefix))
	set("exec_prefix", m.NewStr(sysPrefix))
	set("base_exec_prefix", m.NewStr(sysPrefix))
	set("platlibdir", m.NewStr("lib"))
	set("pycache_prefix", None)
	argv := make([]Value, len(m.opts.Argv))
	for i, a := range m.opts.Argv {
		argv[i] = m.NewStr(a)
	}
	if len(argv) == 0 {
		argv = []Value{m.emptyStr}
	}
	set("argv", m.NewList(argv))
	orig := []Value{m.NewStr("python3")}
	for _, a := range m.opts.Argv {
		orig = append(orig, m.NewStr(a))
	}
	set("orig_argv", m.NewList(orig))
	set("warnoptions", m.NewList(nil))
	set("_xoptions", m.NewDict().self)
	set("dont_write_bytecode", False)
	set("__stdin__", stdin)
	set("stdin", stdin)
	set("__stdout__", stdout)
	set("stdout", stdout)
	m.mustSetModule("sys", mod.self)
}

const (
	sysVersion    = "3.11.7 (main, Dec  4 2023, 18:10:11) [GCC 12.2.0]"
	sysHexVersion = 0x030b07f0
	sysPrefix     = "/usr/local"
	sysCopyright  = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n" +
		"Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
		"Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
		"Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."
)

var sysBuiltinModuleNames = []string{"_abc", "_ast", "_codecs", "_collections", "_functools",
	"_imp", "_io", "_locale", "_operator", "_signal", "_sre", "_stat", "_string", "_symtable",
	"_thread", "_tokenize", "_tracemalloc", "_warnings", "_weakref", "atexit", "builtins",
	"errno", "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys", "time",
	"xxsubtype"}

var (
	versionInfoFields = []string{"major", "minor", "micro", "releaselevel", "serial"}
	floatInfoFields   = []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
		"dig", "mant_dig", "epsilon", "radix", "rounds"}
	intInfoFields  = []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}
	hashInfoFields = []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
		"seed_bits", "cutoff"}
	flagsFields = []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
		"no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
		"hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
		"safe_path", "int_max_str_digits"}
)

// scriptDir is sys.path[0]: the directory of the script as given.
func (m *Machine) scriptDir() string {
	if len(m.opts.Argv) == 0 {
		return ""
	}
	p := m.opts.Argv[0]
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			if i == 0 {
				return "/"
			}
			return p[:i]
		}
	}
	return ""
}

var sysFuncs = []MethodDef{
	{Name: "exception", Fn: sysException},
	{Name: "exc_info", Fn: sysExcInfo},
	{Name: "exit", Fn: sysExit},
	{Name: "getdefaultencoding", Fn: sysGetDefaultEncoding},
	{Name: "getfilesystemencoding", Fn: sysGetDefaultEncoding},
	{Name: "getrecursionlimit", Fn: sysGetRecursionLimit},
	{Name: "getsizeof", Fn: sysGetSizeOf},
	{Name: "_getframe", Fn: sysGetFrame},
	{Name: "intern", Fn: sysIntern},
	{Name: "is_finalizing", Fn: sysIsFinalizing},
	{Name: "setrecursionlimit", Fn: sysSetRecursionLimit},
	{Name: "get_int_max_str_digits", Fn: sysGetIntMaxStrDigits},
	{Name: "set_int_max_str_digits", Fn: sysSetIntMaxStrDigits},
}

var (
	specSysException   = &ArgSpec{Name: "exception", Func: "sys.exception", Kind: ArgsNone}
	specSysExcInfo     = &ArgSpec{Name: "exc_info", Func: "sys.exc_info", Kind: ArgsNone}
	specSysExit        = &ArgSpec{Name: "exit", Func: "sys.exit", Kind: ArgsPositional, Min: 0, Max: 1}
	specSysEncoding    = &ArgSpec{Name: "getdefaultencoding", Func: "sys.getdefaultencoding", Kind: ArgsNone}
	specSysGetRecLimit = &ArgSpec{Name: "getrecursionlimit", Func: "sys.getrecursionlimit", Kind: ArgsNone}
	specSysSetRecLimit = &ArgSpec{Name: "setrecursionlimit", Func: "sys.setrecursionlimit", Kind: ArgsO}
	specSysGetSizeOf   = &ArgSpec{Name: "getsizeof", Kind: ArgsKeywords, Names: []string{"object", "default"}, Min: 1, Max: 2}
	specSysGetFrame    = &ArgSpec{Name: "_getframe", Func: "sys._getframe", Kind: ArgsPositional, Min: 0, Max: 1}
	specSysIntern      = &ArgSpec{Name: "intern", Func: "sys.intern", Kind: ArgsO}
	specSysFinalizing  = &ArgSpec{Name: "is_finalizing", Func: "sys.is_finalizing", Kind: ArgsNone}
	specSysGetDigits   = &ArgSpec{Name: "get_int_max_str_digits", Func: "sys.get_int_max_str_digits", Kind: ArgsNone}
	specSysSetDigits   = &ArgSpec{Name: "set_int_max_str_digits", Kind: ArgsKeywords, Names: []string{"maxdigits"}, Min: 1, Max: 1}
)

func sysException(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specSysException, args, kw, nil); err != nil {
		return Null, err
	}
	return m.handledException(), nil
}

func sysExcInfo(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specSysExcInfo, args, kw, nil); err != nil {
		return Null, err
	}
	exc := m.handledException()
	if exc == None {
		return m.NewTuple([]Value{None, None, None}), nil
	}
	return m.NewTuple([]Value{m.TypeOf(exc).self, exc, m.exceptionTraceback(exc)}), nil
}

// sysExit is sys.exit(status=None): PyErr_SetObject(SystemExit, status),
// which makes SystemExit() for None and SystemExit(*status) for a tuple.
func sysExit(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specSysExit, args, kw, a[:]); err != nil {
		return Null, err
	}
	t := m.types.exceptions["SystemExit"]
	switch {
	case a[0] == Null || a[0] == None:
		return Null, m.raiseValue(m.makeException(t))
	case m.TypeOf(a[0]) == m.types.Tuple:
		return Null, m.raiseValue(m.makeException(t, m.tuple(a[0]).Items...))
	}
	return Null, m.raiseValue(m.makeException(t, a[0]))
}

func sysGetDefaultEncoding(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specSysEncoding, args, kw, nil); err != nil {
		return Null, err
	}
	return m.NewStr("utf-8"), nil
}

func sysGetRecursionLimit(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specSysGetRecLimit, args, kw, nil); err != nil {
		return Null, err
	}
	return m.NewInt(int64(m.recursionLimit)), nil
}

// sysSetRecursionLimit is sys.setrecursionlimit: CPython 3.11 refuses a
// limit at or below the current depth (which counts the builtin's own
// call, as m.depth does).
func sysSetRecursionLimit(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specSysSetRecLimit, args, kw, a[:]); err != nil {
		return Null, err
	}
	if m.isFloatValue(a[0]) {
		return Null, m.typeError("'float' object cannot be interpreted as an integer")
	}
	n, err := m.ArgCInt(a[0])
	if err != nil {
		return Null, err
	}
	if n < 1 {
		return Null, m.Raisef(m.types.ValueError, "recursion limit must be greater or equal than 1")
	}
	if m.depth >= n {
		return Null, m.Raisef(m.types.exceptions["RecursionError"],
			"cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, m.depth)
	}
	m.recursionLimit = n
	return None, nil
}

// isFloatValue reports whether v is a float or float subclass instance.
func (m *Machine) isFloatValue(v Value) bool {
	_, ok := m.FloatOf(v)
	return ok
}

// sysGetFrame is sys._getframe(depth=0): the caller's frame, or the one
// depth calls above it, as a frame object. It is a snapshot taken at the
// call (its f_lineno and f_locals do not follow the running frame, as
// CPython's do; f_back is None).
func sysGetFrame(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specSysGetFrame, args, kw, a[:]); err != nil {
		return Null, err
	}
	depth := 0
	if a[0] != Null {
		d, err := m.ArgCInt(a[0])
		if err != nil {
			return Null, err
		}
		depth = d
	}
	f := m.frame
	for ; f != nil && depth > 0; depth-- {
		f = f.Back
	}
	if f == nil {
		return Null, m.Raisef(m.types.ValueError, "call stack is not deep enough")
	}
	return m.frameObject(f), nil
}

func sysIntern(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specSysIntern, args, kw, a[:]); err != nil {
		return Null, err
	}
	s := m.str(a[0])
	if s == nil {
		return Null, m.typeError("intern() argument must be str, not %s", m.badArgumentName(a[0]))
	}
	if s.typ != m.types.Str {
		return Null, m.typeError("can't intern %s", m.typeName(a[0]))
	}
	if s.interned {
		return a[0], nil
	}
	if v, ok := m.interned[s.S]; ok {
		return v, nil
	}
	s.interned = true
	m.interned[s.S] = a[0]
	return a[0], nil
}

func sysIsFinalizing(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specSysFinalizing, args, kw, nil); err != nil {
		return Null, err
	}
	return False, nil
}

func sysGetIntMaxStrDigits(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specSysGetDigits, args, kw, nil); err != nil {
		return Null, err
	}
	return m.NewInt(int64(m.intMaxStrDigits)), nil
}

func sysSetIntMaxStrDigits(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specSysSetDigits, args, kw, a[:]); err != nil {
		return Null, err
	}
	n, err := m.ArgCInt(a[0])
	if err != nil {
		return Null, err
	}
	if n != 0 && n < 640 {
		return Null, m.Raisef(m.types.ValueError, "maxdigits must be 0 or larger than %d", 640)
	}
	m.intMaxStrDigits = n
	return None, nil
}

// sysGetSizeOf is sys.getsizeof(object, default): __sizeof__ plus the
// 16-byte GC header of GC-tracked objects, default returned when
// __sizeof__ raises TypeError.
func sysGetSizeOf(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specSysGetSizeOf, args, kw, a[:]); err != nil {
		return Null, err
	}
	n, err := m.SizeOf(a[0])
	if err != nil {
		if a[1] != Null && m.isRaise(err, m.types.TypeError) {
			return a[1], nil
		}
		return Null, err
	}
	return m.NewInt(n), nil
}

// SizeOf is sys.getsizeof(v), CPython 3.11's _PySys_GetSizeOf: the
// type's __sizeof__ plus the object's pre-header (the GC header of
// GC-tracked types and the managed-dict pointers). A __sizeof__ written in
// Python is called; a builtin object that knows its size (sizer, which
// includes the pre-header) reports it without a call; otherwise the
// builtin __sizeof__ is called.
func (m *Machine) SizeOf(v Value) (int64, error) {
	switch {
	case v.IsSmallInt():
		return intSizeOf(v.SmallInt(), nil), nil
	case v.IsFloat():
		return 24, nil
	}
	t := m.TypeOf(v)
	o := m.obj(v)
	pre := int64(preHeaderSize(t))
	meth := m.mroLookup(t, "__sizeof__")
	_, builtin := m.obj0(meth).(*MethodDescriptor)
	if meth == Null || builtin {
		if s, ok := o.(sizer); ok {
			return int64(s.sizeOf()), nil
		}
		switch o := o.(type) {
		case *Int:
			return intSizeOf(o.small, o.big), nil
		case *singleton:
			if v == True || v == False {
				return 28, nil
			}
		}
		if meth == Null {
			return int64(t.BasicSize) + pre, nil
		}
	}
	r, err := m.callBound(meth, v, t, nil)
	if err != nil {
		return 0, err
	}
	if !m.isInt(r) {
		return 0, m.typeError("an integer is required")
	}
	n, ok := m.Int64(r)
	if !ok {
		if b, _ := m.BigInt(r); b.Sign() < 0 {
			return 0, m.Raisef(m.types.ValueError, "__sizeof__() should return >= 0")
		}
		return 0, m.Raisef(m.types.exceptions["OverflowError"], "Python int too large to convert to C ssize_t")
	}
	if n < 0 {
		return 0, m.Raisef(m.types.ValueError, "__sizeof__() should return >= 0")
	}
	return n + pre, nil
}

// intSizeOf is int.__sizeof__: 24 bytes of header and one 4-byte digit
// per 30 bits (at least one).
func intSizeOf(small int64, b *big.Int) int64 {
	var bits int
	if b != nil {
		bits = b.BitLen()
	} else {
		if small < 0 {
			small = -small
		}
		bits = big.NewInt(small).BitLen()
		if small == math.MinInt64 {
			bits = 64
		}
	}
	digits := (bits + 29) / 30
	if digits < 1 {
		digits = 1
	}
	return 24 + 4*int64(digits)
}

// Structure sequences (sys.version_info, sys.flags…): tuples whose items
// also have names.

// newStructSeq makes the structseq type sys.<name> and its one
// instance. Its namespace is CPython's: __repr__, __reduce__, a
// read-only member per field, __doc__, the field counts and
// __match_args__ (the field names).
func (m *Machine) newStructSeq(name string, fields []string, items []Value) Value {
	spec := &typeSpec{name: name, module: "sys", basicSize: 24, itemSize: 8,
		flags:   FlagTupleSubclass | FlagHaveGC,
		base:    func(t *builtinTypes) *Type { return t.Tuple },
		slots:   Slots{Repr: structSeqRepr},
		methods: []MethodDef{{Name: "__reduce__", Fn: structSeqReduce}}}
	if structSeqNewable[name] {
		spec.slots.New = structSeqNew
	}
	t := m.newBuiltinType(spec)
	t.Slots = m.types.Tuple.Slots
	t.Repr = structSeqRepr
	t.New = spec.slots.New
	doc := m.dictGetStr(t.Dict, "__doc__")
	if doc != Null {
		if _, err := m.DictDelete(t.Dict, m.Intern("__doc__")); err != nil {
			panic("newStructSeq: " + err.Error())
		}
	}
	names := make([]Value, len(fields))
	for i, f := range fields {
		names[i] = m.Intern(f)
		d := &MemberDescriptor{Name: names[i], Owner: t, Offset: 24 + 8*i, index: i, item: true}
		m.dictSetStr(t.Dict, f, m.alloc(d, m.types.MemberDescriptor))
	}
	if text, ok := structSeqDocs[name]; ok {
		doc = m.NewStr(text)
	}
	if doc != Null {
		m.dictSetStr(t.Dict, "__doc__", doc)
	}
	m.dictSetStr(t.Dict, "n_sequence_fields", SmallIntValue(int64(len(fields))))
	m.dictSetStr(t.Dict, "n_fields", SmallIntValue(int64(len(fields))))
	m.dictSetStr(t.Dict, "n_unnamed_fields", SmallIntValue(0))
	m.dictSetStr(t.Dict, "__match_args__", m.NewTuple(names))
	return m.alloc(&Tuple{Items: items}, t)
}

// structSeqDocs are the structure sequences' doc strings.
var structSeqDocs = map[string]string{
	"version_info": "sys.version_info\n\nVersion information as a named tuple.",
	"flags":        "sys.flags\n\nFlags provided through command line arguments or environment vars.",
	"float_info": "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\n" +
		"information about the precision and internal representation. Please study\n" +
		"your system's :file:`float.h` for more information.",
	"int_info": "sys.int_info\n\nA named tuple that holds information about Python's\n" +
		"internal representation of integers.  The attributes are read only.",
	"hash_info":   "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.",
	"thread_info": "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
}

// structSeqNewable are the structure sequences whose type can be
// called (sys.version_info's and sys.flags' cannot).
var structSeqNewable = map[string]bool{"float_info": true, "int_info": true, "hash_info": true, "thread_info": true}

var specStructSeqNew = &ArgSpec{Name: "structseq", Kind: ArgsKeywords, Names: []string{"sequence", "dict"}, Min: 1, Max: 2}

// structSeqNew is structseq_new: a structure sequence from a sequence of
// its fields.
func structSeqNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specStructSeqNew, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	items, err := m.sequenceFast(a[0], "constructor requires a sequence")
	if err != nil {
		return Null, err
	}
	if d := a[1]; d != Null && d != None && m.dict(d) == nil {
		return Null, m.typeError("%s() takes a dict as second arg, if any", tpName(t))
	}
	if n := len(m.structSeqFields(t)); len(items) != n {
		return Null, m.typeError("%s() takes a %d-sequence (%d-sequence given)", tpName(t), n, len(items))
	}
	return m.alloc(&Tuple{Items: append([]Value(nil), items...)}, t), nil
}

// structSeqReduce is structseq_reduce: (type, (fields as a tuple, {})).
func structSeqReduce(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "__reduce__", args, kw); err != nil {
		return Null, err
	}
	items := m.NewTuple(append([]Value(nil), m.tuple(self).Items...))
	return m.NewTuple([]Value{m.TypeOf(self).self, m.NewTuple([]Value{items, m.NewDict().self})}), nil
}

// structSeqFields returns a structseq type's field names.
func (m *Machine) structSeqFields(t *Type) []Value {
	if tup := m.tuple(m.dictGetStr(t.Dict, "__match_args__")); tup != nil {
		return tup.Items
	}
	return nil
}

func structSeqRepr(m *Machine, v Value) (Value, error) {
	t := m.TypeOf(v)
	fields := m.structSeqFields(t)
	b := []byte(t.Module + "." + t.Name + "(")
	for i, item := range m.tuple(v).Items {
		if i > 0 {
			b = append(b, ", "...)
		}
		r, err := m.ReprString(item)
		if err != nil {
			return Null, err
		}
		b = append(b, m.str(fields[i]).S...)
		b = append(b, '=')
		b = append(b, r...)
	}
	b = append(b, ')')
	return m.NewStr(string(b)), nil
}

// newBuiltinType makes a builtin type from a spec at run time, as
// initTypes does for the types of the table (for types made while the
// modules are built, such as sys's structure sequences).
func (m *Machine) newBuiltinType(s *typeSpec) *Type {
	t := &Type{Slots: s.slots, Name: s.name, QualName: s.name, Module: s.module, Flags: s.flags,
		BasicSize: s.basicSize, ItemSize: s.itemSize, DictOffset: s.dictOffset,
		WeakrefOffset: s.weakrefOffset, newInstance: s.newInstance}
	if t.Module == "" {
		t.Module = "builtins"
	}
	t.Base = m.types.Object
	if s.base != nil {
		t.Base = s.base(&m.types)
	}
	t.Bases = []*Type{t.Base}
	t.MRO = append([]*Type{t}, t.Base.MRO...)
	m.alloc(t, m.types.Type)
	t.Base.subclasses = append(t.Base.subclasses, t)
	m.types.all = append(m.types.all, t)
	m.fillTypeDict(t, s)
	if s.init != nil {
		s.init(m, t)
	}
	return t
}

// namespace is types.SimpleNamespace (sys.implementation): attributes in
// a dict, repr namespace(a=1, b=2).
type namespace struct {
	Header
	dict *Dict
}

func (n *namespace) traverse(visit func(Value)) { visit(n.dict.self) }

var namespaceSpec = typeSpec{name: "SimpleNamespace", module: "types", basicSize: 24, dictOffset: 16,
	flags: FlagHaveGC | FlagBaseType,
	slots: Slots{Repr: namespaceRepr, GetAttr: namespaceGetAttr, SetAttr: namespaceSetAttr}}

func (m *Machine) newNamespace(names []string, values []Value) Value {
	n := &namespace{dict: m.NewDict()}
	for i, name := range names {
		m.dictSetStr(n.dict, name, values[i])
	}
	return m.alloc(n, m.types.Namespace)
}

func namespaceRepr(m *Machine, v Value) (Value, error) {
	n := m.obj(v).(*namespace)
	b := []byte("namespace(")
	first := true
	var err error
	n.dict.Items(func(k, val Value) bool {
		if !first {
			b = append(b, ", "...)
		}
		first = false
		var r string
		if r, err = m.ReprString(val); err != nil {
			return false
		}
		b = append(b, m.str(k).S...)
		b = append(b, '=')
		b = append(b, r...)
		return true
	})
	if err != nil {
		return Null, err
	}
	return m.NewStr(string(b) + ")"), nil
}

func namespaceGetAttr(m *Machine, obj, name Value) (Value, error) {
	n := m.obj(obj).(*namespace)
	if m.str(name).S == "__dict__" {
		return n.dict.self, nil
	}
	v, err := m.DictGet(n.dict, name)
	if err != nil || v != Null {
		return v, err
	}
	return m.GenericGetAttr(obj, name)
}

func namespaceSetAttr(m *Machine, obj, name, v Value) error {
	n := m.obj(obj).(*namespace)
	if v == Null {
		found, err := m.DictDelete(n.dict, name)
		if err == nil && !found {
			err = m.Raisef(m.types.exceptions["AttributeError"], "'types.SimpleNamespace' object has no attribute '%s'", m.str(name).S)
		}
		return err
	}
	return m.DictSet(n.dict, name, v)
}
