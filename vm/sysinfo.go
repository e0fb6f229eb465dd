package vm

// The parts of sys that describe CPython's build and runtime settings
// without changing what a program computes here: the thread switch
// interval, dlopen flags, the build's names and the standard library's
// module names, as CPython 3.11.7 on Debian 12 reports them.

var sysInfoFuncs = []MethodDef{
	{Name: "getswitchinterval", Fn: sysGetSwitchInterval},
	{Name: "setswitchinterval", Fn: sysSetSwitchInterval},
	{Name: "getdlopenflags", Fn: sysGetDlopenFlags},
	{Name: "setdlopenflags", Fn: sysSetDlopenFlags},
	{Name: "getfilesystemencodeerrors", Fn: sysGetFSEncodeErrors},
	{Name: "call_tracing", Fn: sysCallTracing},
}

var (
	specSysGetSwitch = &ArgSpec{Name: "getswitchinterval", Func: "sys.getswitchinterval", Kind: ArgsNone}
	specSysSetSwitch = &ArgSpec{Name: "setswitchinterval", Func: "sys.setswitchinterval", Kind: ArgsO}
	specSysGetDlopen = &ArgSpec{Name: "getdlopenflags", Func: "sys.getdlopenflags", Kind: ArgsNone}
	specSysSetDlopen = &ArgSpec{Name: "setdlopenflags", Func: "sys.setdlopenflags", Kind: ArgsO}
	specSysFSErrors  = &ArgSpec{Name: "getfilesystemencodeerrors", Func: "sys.getfilesystemencodeerrors", Kind: ArgsNone}
	specSysCallTrace = &ArgSpec{Name: "call_tracing", Kind: ArgsPositional, Min: 2, Max: 2}
)

// sysState holds the settings sys's setters change.
type sysState struct {
	// switchInterval is in microseconds, as CPython keeps it.
	switchInterval uint64
	dlopenFlags    int
}

func sysGetSwitchInterval(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specSysGetSwitch, args, kw, nil); err != nil {
		return Null, err
	}
	return m.Float(1e-6 * float64(m.sys.switchInterval)), nil
}

func sysSetSwitchInterval(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specSysSetSwitch, args, kw, a[:]); err != nil {
		return Null, err
	}
	f, err := m.AsDouble(a[0])
	if err != nil {
		return Null, err
	}
	if f <= 0 {
		return Null, m.Raisef(m.types.ValueError, "switch interval must be strictly positive")
	}
	m.sys.switchInterval = uint64(1e6 * f)
	return None, nil
}

func sysGetDlopenFlags(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specSysGetDlopen, args, kw, nil); err != nil {
		return Null, err
	}
	return m.NewInt(int64(m.sys.dlopenFlags)), nil
}

func sysSetDlopenFlags(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specSysSetDlopen, args, kw, a[:]); err != nil {
		return Null, err
	}
	n, err := m.ArgCInt(a[0])
	if err != nil {
		return Null, err
	}
	m.sys.dlopenFlags = n
	return None, nil
}

func sysGetFSEncodeErrors(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specSysFSErrors, args, kw, nil); err != nil {
		return Null, err
	}
	return m.Intern("surrogateescape"), nil
}

// sysCallTracing is sys.call_tracing(func, args): func(*args), args a
// tuple.
func sysCallTracing(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specSysCallTrace, args, kw, a[:]); err != nil {
		return Null, err
	}
	t := m.tuple(a[1])
	if t == nil {
		return Null, m.typeError("call_tracing() argument 2 must be tuple, not %s", m.typeName(a[1]))
	}
	return m.Call(a[0], append([]Value(nil), t.Items...), nil)
}

// initSysInfo adds the build's descriptions to sys's namespace.
func (m *Machine) initSysInfo(d *Dict) {
	m.sys = sysState{switchInterval: 5000, dlopenFlags: 2}
	name := m.Intern("sys")
	for i := range sysInfoFuncs {
		def := &sysInfoFuncs[i]
		m.dictSetStr(d, def.Name, m.NewBuiltinFunction(def, m.sysMod.self, name))
	}
	m.dictSetStr(d, "_git", m.NewTuple([]Value{m.NewStr("CPython"), m.emptyStr, m.emptyStr}))
	m.dictSetStr(d, "_framework", m.emptyStr)
	m.dictSetStr(d, "_base_executable", m.NewStr(sysPrefix+"/bin/python3"))
	m.dictSetStr(d, "_stdlib_dir", m.NewStr(sysPrefix+"/lib/python3.11"))
	m.dictSetStr(d, "thread_info", m.newStructSeq("thread_info", []string{"name", "lock", "version"},
		[]Value{m.NewStr("pthread"), m.NewStr("semaphore"), m.NewStr("NPTL 2.36")}))
	// PyFrozenSet_New over the sorted names, as CPython builds it.
	s := m.newSet(m.types.FrozenSet)
	for _, n := range stdlibModuleNames {
		m.setAddKey(s, m.Intern(n))
	}
	m.dictSetStr(d, "stdlib_module_names", s.self)
}

// stdlibModuleNames is sys.stdlib_module_names of CPython 3.11, sorted.
var stdlibModuleNames = [...]string{
	"__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect",
	"_blake2", "_bootsubprocess", "_bz2", "_codecs", "_codecs_cn",
	"_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
	"_collections", "_collections_abc", "_compat_pickle", "_compression",
	"_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel",
	"_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
	"_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq",
	"_imp", "_io", "_json", "_locale", "_lsprof", "_lzma", "_markupbase",
	"_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode",
	"_operator", "_osx_support", "_overlapped", "_pickle", "_posixshmem",
	"_posixsubprocess", "_py_abc", "_pydecimal", "_pyio", "_queue", "_random",
	"_scproxy", "_sha1", "_sha256", "_sha3", "_sha512", "_signal",
	"_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat",
	"_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread",
	"_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing",
	"_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo",
	"abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat",
	"asyncio", "asyncore", "atexit", "audioop", "base64", "bdb", "binascii",
	"bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb",
	"chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections",
	"colorsys", "compileall", "concurrent", "configparser", "contextlib",
	"contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses",
	"dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "distutils",
	"doctest", "email", "encodings", "ensurepip", "enum", "errno",
	"faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions",
	"ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext",
	"glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html",
	"http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect",
	"io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache",
	"locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math",
	"mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing",
	"netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers",
	"opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb",
	"pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib",
	"poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty",
	"pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue",
	"quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter",
	"runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex",
	"shutil", "signal", "site", "smtpd", "smtplib", "sndhdr", "socket",
	"socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants",
	"sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct",
	"subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog",
	"tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap",
	"this", "threading", "time", "timeit", "tkinter", "token", "tokenize",
	"tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle",
	"turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uu",
	"uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg",
	"winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile",
	"zipimport", "zlib", "zoneinfo",
}
