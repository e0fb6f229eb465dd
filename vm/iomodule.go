package vm

// The _io and io modules. _io is built in, as in CPython 3.11: the
// classes of iobase.go and those beside it, open(), open_code() and
// text_encoding(). io is a source module standing in for Lib/io.py: it
// imports those names from _io and adds the SEEK_* constants and the
// abstract base classes.

// ioFuncs are _io's functions other than open, which is the builtin
// (set in init: the functions reach the import machinery, which makes
// the module from this table).
var ioFuncs []MethodDef

func init() {
	ioFuncs = []MethodDef{
		{Name: "text_encoding", Fn: ioTextEncoding},
		{Name: "open_code", Fn: ioOpenCode},
	}
}

// newIOBuiltinModule makes the _io module (on its first import).
func (m *Machine) newIOBuiltinModule() Value {
	mod := m.NewModule("_io")
	d := mod.Dict
	m.dictSetStr(d, "__doc__", None)
	m.dictSetStr(d, "__package__", m.emptyStr)
	m.dictSetStr(d, "__loader__", None)
	m.dictSetStr(d, "__spec__", None)
	m.setBuiltinSpec(mod)
	// CPython's _io module definition is named "io", which its
	// functions' __module__ says.
	name := m.Intern("io")
	// builtins.open is _io.open: the same object, as in CPython.
	open := m.dictGetStr(m.moduleDict(m.builtinsModule), "open")
	if bf, ok := m.obj0(open).(*BuiltinFunction); !ok || bf.Def.Name != "open" || bf.Self != Null {
		// The program replaced builtins.open before importing _io.
		open = m.NewBuiltinFunction(&MethodDef{Name: "open", Fn: bltinOpen}, Null, m.Intern("io"))
	}
	m.dictSetStr(d, "open", open)
	for i := range ioFuncs {
		def := &ioFuncs[i]
		m.dictSetStr(d, def.Name, m.NewBuiltinFunction(def, mod.self, name))
	}
	m.dictSetStr(d, "DEFAULT_BUFFER_SIZE", SmallIntValue(defaultBufferSize))
	m.dictSetStr(d, "UnsupportedOperation", m.unsupportedOperation().self)
	m.dictSetStr(d, "BlockingIOError", m.excType("BlockingIOError").self)
	t := &m.types
	for _, c := range []*Type{t.io.IOBase, t.io.BufferedIOBase, t.io.RawIOBase, t.io.TextIOBase,
		t.io.BytesIO, t.io.BufferedReader, t.io.BufferedWriter, t.io.BufferedRandom,
		t.io.FileIO, t.io.StringIO, t.TextIO} {
		if c != nil {
			m.dictSetStr(d, c.Name, c.self)
		}
	}
	return mod.self
}

// moduleDict is a module's namespace.
func (m *Machine) moduleDict(mod Value) *Dict { return m.obj(mod).(*Module).Dict }

const ioSource = `"""The io module: streams of text and bytes.

quicken's classes are _io's, written in Go: open() returns a
TextIOWrapper over a BufferedReader, BufferedWriter or BufferedRandom
over a FileIO; StringIO and BytesIO keep their text and bytes in memory.
"""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "text_encoding"]

import _io
from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation,
                 open, open_code, FileIO, BytesIO, StringIO, BufferedReader,
                 BufferedWriter, BufferedRandom, text_encoding, TextIOWrapper)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

# CPython's io makes these four abstract classes (metaclass abc.ABCMeta)
# deriving from the _io bases, and registers the concrete classes with
# them. quicken has no abc module, so they are the _io bases themselves:
# every file object derives from one, and isinstance(f, io.IOBase) holds
# as in CPython; only their names differ (io.IOBase.__name__ is
# '_IOBase').
IOBase = _io._IOBase
RawIOBase = _io._RawIOBase
BufferedIOBase = _io._BufferedIOBase
TextIOBase = _io._TextIOBase
`

var specTextEncoding = &ArgSpec{Name: "text_encoding", Func: "io.text_encoding", Kind: ArgsPositional, Min: 1, Max: 2}

// ioTextEncoding is text_encoding(encoding, stacklevel=2): the encoding,
// or for None the default of open(): "locale", as CPython outside UTF-8
// mode (quicken's sys.flags.utf8_mode is 0) and without
// -X warn_default_encoding (so no EncodingWarning).
func ioTextEncoding(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specTextEncoding, args, kw, a[:]); err != nil {
		return Null, err
	}
	if a[1] != Null {
		if _, err := m.ArgCInt(a[1]); err != nil {
			return Null, err
		}
	}
	if a[0] == None {
		return m.Intern("locale"), nil
	}
	return a[0], nil
}

var specOpenCode = &ArgSpec{Name: "open_code", Kind: ArgsKeywords, Names: []string{"path"}, Min: 1, Max: 1}

// ioOpenCode is open_code(path): open(path, 'rb'), as CPython's is
// without an open-code hook.
func ioOpenCode(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specOpenCode, args, kw, a[:]); err != nil {
		return Null, err
	}
	if m.str(a[0]) == nil {
		return Null, m.typeError("open_code() argument 'path' must be str, not %s", m.typeName(a[0]))
	}
	return bltinOpen(m, Null, []Value{a[0], m.NewStr("rb")}, nil)
}
