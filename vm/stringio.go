package vm

import (
	"strings"

	"github.com/quicken-py/quicken/vm/text"
)

// _io.StringIO (CPython 3.11's Modules/_io/stringio.c): an in-memory
// text stream. The text is a buffer of code points, as CPython's UCS4
// buffer is, so tell() and seek() count code points, and a position past
// the end is allowed: the next write pads the gap with NULs.
//
// Newlines follow the newline argument as TextIOWrapper's do, except
// that writes translate "\n" only to "\r" or "\r\n" (never os.linesep):
//
//	newline   on write                 readline ends at
//	None      "\r\n" and "\r" to "\n"  "\n"
//	""        nothing                  "\n", "\r" or "\r\n"
//	"\n"      nothing                  "\n"
//	"\r"      "\n" to "\r"             "\r"
//	"\r\n"    "\n" to "\r\n"           "\r\n"
//
// With None or "" written text passes through an IncrementalNewlineDecoder
// (always final), which records the newlines seen for the newlines
// attribute.

type stringIO struct {
	Header
	ioDict
	buf []rune
	pos int
	// ok is false until __init__ has run (StringIO.__new__ alone makes an
	// object every method refuses).
	ok, closed bool
	// readNL is the newline argument ("" for None: hasReadNL false),
	// writeNL the translation of "\n" on write ("" for none).
	readNL, writeNL              string
	hasReadNL                    bool
	readUniversal, readTranslate bool
	decoder                      *newlineDecoder
}

func (s *stringIO) traverse(visit func(Value)) { s.traverseDict(visit) }

func (m *Machine) stringIO(v Value) *stringIO { return m.obj(v).(*stringIO) }

var stringIOSpec = typeSpec{name: "StringIO", module: "_io", basicSize: 120, dictOffset: 104, weakrefOffset: 112,
	flags: ioFlags,
	base:  func(t *builtinTypes) *Type { return t.io.TextIOBase },
	slots: Slots{GetAttr: builtinGetAttr, SetAttr: builtinSetAttr, Next: stringIONext,
		New: stringIONew, Init: stringIOInit},
	methods: []MethodDef{
		{Name: "close", Fn: stringIOClose},
		{Name: "getvalue", Fn: stringIOGetvalue},
		{Name: "read", Fn: stringIORead},
		{Name: "readline", Fn: stringIOReadline},
		{Name: "tell", Fn: stringIOTell},
		{Name: "truncate", Fn: stringIOTruncate},
		{Name: "seek", Fn: stringIOSeek},
		{Name: "write", Fn: stringIOWrite},
		{Name: "seekable", Fn: stringIOTrue("seekable")},
		{Name: "readable", Fn: stringIOTrue("readable")},
		{Name: "writable", Fn: stringIOTrue("writable")},
		{Name: "__getstate__", Fn: stringIOGetstate},
		{Name: "__setstate__", Fn: stringIOSetstate},
	},
	getsets: []GetSetDef{
		{Name: "closed", Get: stringIOGetClosed},
		{Name: "newlines", Get: stringIOGetNewlines},
		{Name: "line_buffering", Get: stringIOGetLineBuffering},
	},
	newInstance: func(m *Machine, t *Type) Object { return &stringIO{} },
}

// stringIONew is tp_new: it takes any arguments (__init__ checks them).
func stringIONew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	return m.alloc(&stringIO{}, t), nil
}

var specStringIOInit = &ArgSpec{Name: "StringIO", Kind: ArgsKeywords,
	Names: []string{"initial_value", "newline"}, Max: 2}

// stringIOInit is StringIO.__init__(initial_value=”, newline='\n'). It
// may be called again: the object starts over, open and empty.
func stringIOInit(m *Machine, self Value, args, kwnames []Value) error {
	var a [2]Value
	if err := m.ParseArgs(specStringIOInit, args, kwnames, a[:]); err != nil {
		return err
	}
	value, nlArg := a[0], a[1]
	newline, hasNL := "\n", true
	switch {
	case nlArg == None:
		hasNL = false
	case nlArg != Null:
		s := m.str(nlArg)
		if s == nil {
			return m.typeError("newline must be str or None, not %s", m.typeName(nlArg))
		}
		if _, err := text.Encode(s.S, "utf-8", "strict"); err != nil {
			return m.textError(err)
		}
		// CPython reads the argument as a C string: it ends at a NUL.
		newline = s.S
		if i := strings.IndexByte(newline, 0); i >= 0 {
			newline = newline[:i]
		}
	}
	if hasNL && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n" {
		r, err := m.ReprString(nlArg)
		if err != nil {
			return err
		}
		return m.Raisef(m.types.ValueError, "illegal newline value: %s", r)
	}
	if value != Null && value != None && m.str(value) == nil {
		return m.typeError("initial_value must be str or None, not %s", cTrunc(m.typeName(value), 200))
	}
	s := m.stringIO(self)
	s.ok = false
	s.readNL, s.hasReadNL = newline, hasNL
	s.readUniversal = !hasNL || newline == ""
	s.readTranslate = !hasNL
	s.writeNL = ""
	if hasNL && strings.HasPrefix(newline, "\r") {
		s.writeNL = newline
	}
	s.decoder = nil
	if s.readUniversal {
		s.decoder = &newlineDecoder{dec: strDecoder{}, translate: s.readTranslate}
	}
	s.buf, s.pos = nil, 0
	if value != Null && value != None {
		if err := m.stringIOWriteStr(s, m.str(value).S); err != nil {
			return err
		}
	}
	s.pos = 0
	s.closed, s.ok = false, true
	return nil
}

// strDecoder is the decoder beneath StringIO's IncrementalNewlineDecoder:
// None, so text passes through unchanged.
type strDecoder struct{}

func (strDecoder) decode(input string, final bool) (string, error) { return input, nil }
func (strDecoder) state() (string, int)                            { return "", 0 }
func (strDecoder) setState(string, int)                            {}
func (strDecoder) reset()                                          {}

// stringIOWriteStr is write_str: the text translated, then written at
// the position, overwriting, after NULs if the position is past the end.
func (m *Machine) stringIOWriteStr(s *stringIO, str string) error {
	if s.decoder != nil {
		str, _ = s.decoder.decode(str, true)
	}
	if s.writeNL != "" {
		str = strings.ReplaceAll(str, "\n", s.writeNL)
	}
	cps := text.CodePoints(str)
	end := s.pos + len(cps)
	if end > len(s.buf) {
		if end > cap(s.buf) {
			if err := m.charge(4 * (end - len(s.buf))); err != nil {
				return err
			}
		}
		// Growing pads with zeros: the NULs of an overseek.
		s.buf = append(s.buf, make([]rune, end-len(s.buf))...)
	}
	copy(s.buf[s.pos:], cps)
	s.pos = end
	return nil
}

// stringIOCheck is CHECK_INITIALIZED, then CHECK_CLOSED when closed is
// to be refused.
func (m *Machine) stringIOCheck(s *stringIO, closed bool) error {
	if !s.ok {
		return m.Raisef(m.types.ValueError, "I/O operation on uninitialized object")
	}
	if closed && s.closed {
		return m.ioClosedError("I/O operation on closed file")
	}
	return nil
}

// stringIOText makes a str of code points.
func (m *Machine) stringIOText(cps []rune) (Value, error) {
	if len(cps) > 64 {
		if err := m.charge(len(cps)); err != nil {
			return Null, err
		}
	}
	return m.NewStr(text.FromCodePoints(cps)), nil
}

// rest is the text from the position to the end, at most size code
// points of it when size is not negative.
func (s *stringIO) rest(size int64) []rune {
	n := int64(len(s.buf) - s.pos)
	if size < 0 || size > n {
		size = max(n, 0)
	}
	if size == 0 {
		return nil
	}
	return s.buf[s.pos : s.pos+int(size)]
}

var (
	specStringIORead     = &ArgSpec{Name: "read", Func: "StringIO.read", Kind: ArgsPositional, Min: 0, Max: 1}
	specStringIOReadline = &ArgSpec{Name: "readline", Func: "StringIO.readline", Kind: ArgsPositional, Min: 0, Max: 1}
	specStringIOTruncate = &ArgSpec{Name: "truncate", Func: "StringIO.truncate", Kind: ArgsPositional, Min: 0, Max: 1}
	specStringIOSeek     = &ArgSpec{Name: "seek", Func: "StringIO.seek", Kind: ArgsPositional, Min: 1, Max: 2}
	specStringIOWrite    = &ArgSpec{Name: "write", Func: "StringIO.write", Kind: ArgsO}
	specStringIOSetstate = &ArgSpec{Name: "__setstate__", Func: "StringIO.__setstate__", Kind: ArgsO}
)

// stringIOSize parses the optional size argument of read and readline.
func (m *Machine) stringIOSize(spec *ArgSpec, args, kw []Value) (int64, error) {
	var a [1]Value
	if err := m.ParseArgs(spec, args, kw, a[:]); err != nil {
		return 0, err
	}
	return m.optSize(a[0])
}

func stringIORead(m *Machine, self Value, args, kw []Value) (Value, error) {
	size, err := m.stringIOSize(specStringIORead, args, kw)
	if err != nil {
		return Null, err
	}
	s := m.stringIO(self)
	if err := m.stringIOCheck(s, true); err != nil {
		return Null, err
	}
	out := s.rest(size)
	s.pos += len(out)
	return m.stringIOText(out)
}

func stringIOReadline(m *Machine, self Value, args, kw []Value) (Value, error) {
	size, err := m.stringIOSize(specStringIOReadline, args, kw)
	if err != nil {
		return Null, err
	}
	s := m.stringIO(self)
	if err := m.stringIOCheck(s, true); err != nil {
		return Null, err
	}
	return m.stringIOText(s.readline(size))
}

// readline is _stringio_readline: the text up to and including the
// first line ending (as the newline argument defines it) within limit
// code points, else all of them; the position moves past it.
func (s *stringIO) readline(limit int64) []rune {
	if s.pos >= len(s.buf) {
		return nil
	}
	line := s.rest(limit)
	n := len(line)
	switch {
	case s.readTranslate:
		n = indexRune(line, '\n', n)
	case s.readUniversal:
		for i, c := range line {
			if c == '\n' {
				n = i + 1
				break
			}
			if c == '\r' {
				n = i + 1
				if i+1 < len(line) && line[i+1] == '\n' {
					n = i + 2
				}
				break
			}
		}
	default:
		nl := []rune(s.readNL)
		for i := 0; i+len(nl) <= len(line); i++ {
			if runesHavePrefix(line[i:], nl) {
				n = i + len(nl)
				break
			}
		}
	}
	s.pos += n
	return line[:n]
}

// indexRune is the length of line up to and including the first c, or
// otherwise when c does not occur.
func indexRune(line []rune, c rune, otherwise int) int {
	for i, r := range line {
		if r == c {
			return i + 1
		}
	}
	return otherwise
}

func runesHavePrefix(s, prefix []rune) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i, r := range prefix {
		if s[i] != r {
			return false
		}
	}
	return true
}

// stringIONext is tp_iternext: readline(), through the method for a
// subclass (which may override it), empty at the end.
func stringIONext(m *Machine, self Value) (Value, error) {
	s := m.stringIO(self)
	if err := m.stringIOCheck(s, true); err != nil {
		return Null, err
	}
	if m.TypeOf(self) == m.types.io.StringIO {
		line := s.readline(-1)
		if len(line) == 0 {
			return Null, nil
		}
		return m.stringIOText(line)
	}
	line, err := m.CallMethod(self, "readline")
	if err != nil {
		return Null, err
	}
	str := m.str(line)
	if str == nil {
		return Null, m.Raisef(m.types.exceptions["OSError"],
			"readline() should have returned a str object, not '%s'", cTrunc(m.typeName(line), 200))
	}
	if str.S == "" {
		return Null, nil
	}
	return line, nil
}

func stringIOTell(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "tell", args, kw); err != nil {
		return Null, err
	}
	s := m.stringIO(self)
	if err := m.stringIOCheck(s, true); err != nil {
		return Null, err
	}
	return m.NewInt(int64(s.pos)), nil
}

// stringIOTruncate is truncate(pos=None): the text cut to pos code
// points (the position when None); the position does not move.
func stringIOTruncate(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specStringIOTruncate, args, kw, a[:]); err != nil {
		return Null, err
	}
	s := m.stringIO(self)
	size := int64(s.pos)
	if a[0] != Null && a[0] != None {
		n, err := m.optSize(a[0])
		if err != nil {
			return Null, err
		}
		size = n
	}
	if err := m.stringIOCheck(s, true); err != nil {
		return Null, err
	}
	if size < 0 {
		return Null, m.Raisef(m.types.ValueError, "Negative size value %d", size)
	}
	if size < int64(len(s.buf)) {
		s.buf = s.buf[:size:size]
	}
	return m.NewInt(size), nil
}

// stringIOSeek is seek(pos, whence=0): only seeks to the current
// position or the end are relative, as for a text file.
func stringIOSeek(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specStringIOSeek, args, kw, a[:]); err != nil {
		return Null, err
	}
	pos, err := m.ArgSsize(a[0])
	if err != nil {
		return Null, err
	}
	whence, err := m.whenceArg(a[1])
	if err != nil {
		return Null, err
	}
	s := m.stringIO(self)
	if err := m.stringIOCheck(s, true); err != nil {
		return Null, err
	}
	switch {
	case whence != 0 && whence != 1 && whence != 2:
		return Null, m.Raisef(m.types.ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence)
	case pos < 0 && whence == 0:
		return Null, m.Raisef(m.types.ValueError, "Negative seek position %d", pos)
	case whence != 0 && pos != 0:
		return Null, m.Raisef(m.types.exceptions["OSError"], "Can't do nonzero cur-relative seeks")
	}
	switch whence {
	case 1:
		pos = int64(s.pos)
	case 2:
		pos = int64(len(s.buf))
	}
	s.pos = int(pos)
	return m.NewInt(pos), nil
}

// stringIOWrite is write(s): the number of code points given, whatever
// the newline translation made of them.
func stringIOWrite(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specStringIOWrite, args, kw, a[:]); err != nil {
		return Null, err
	}
	s := m.stringIO(self)
	if err := m.stringIOCheck(s, false); err != nil {
		return Null, err
	}
	str := m.str(a[0])
	if str == nil {
		return Null, m.typeError("string argument expected, got '%s'", m.typeName(a[0]))
	}
	if err := m.stringIOCheck(s, true); err != nil {
		return Null, err
	}
	n, err := m.Len(a[0])
	if err != nil {
		return Null, err
	}
	if n > 0 {
		if err := m.stringIOWriteStr(s, str.S); err != nil {
			return Null, err
		}
	}
	return m.NewInt(int64(n)), nil
}

func stringIOGetvalue(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "getvalue", args, kw); err != nil {
		return Null, err
	}
	s := m.stringIO(self)
	if err := m.stringIOCheck(s, true); err != nil {
		return Null, err
	}
	return m.stringIOText(s.buf)
}

// stringIOClose is close(): the text is freed; no check, so an
// uninitialized or closed object closes too.
func stringIOClose(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "close", args, kw); err != nil {
		return Null, err
	}
	s := m.stringIO(self)
	s.closed = true
	s.buf = nil
	s.readNL, s.hasReadNL, s.writeNL, s.decoder = "", false, "", nil
	return None, nil
}

// stringIOTrue makes readable, writable and seekable: True while open.
func stringIOTrue(name string) BuiltinFunc {
	return func(m *Machine, self Value, args, kw []Value) (Value, error) {
		if err := m.ioNoArgs(self, name, args, kw); err != nil {
			return Null, err
		}
		if err := m.stringIOCheck(m.stringIO(self), true); err != nil {
			return Null, err
		}
		return True, nil
	}
}

func stringIOGetClosed(m *Machine, self Value) (Value, error) {
	s := m.stringIO(self)
	if err := m.stringIOCheck(s, false); err != nil {
		return Null, err
	}
	return Bool(s.closed), nil
}

func stringIOGetLineBuffering(m *Machine, self Value) (Value, error) {
	if err := m.stringIOCheck(m.stringIO(self), true); err != nil {
		return Null, err
	}
	return False, nil
}

// stringIOGetNewlines is the decoder's newlines (None without one: a
// newline argument other than None or "").
func stringIOGetNewlines(m *Machine, self Value) (Value, error) {
	s := m.stringIO(self)
	if err := m.stringIOCheck(s, true); err != nil {
		return Null, err
	}
	if s.decoder == nil {
		return None, nil
	}
	return m.newlinesSeen(s.decoder.seen), nil
}

// stringIOGetstate is __getstate__: (getvalue(), newline, tell(), a
// copy of __dict__ or None).
func stringIOGetstate(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "__getstate__", args, kw); err != nil {
		return Null, err
	}
	s := m.stringIO(self)
	value, err := stringIOGetvalue(m, self, nil, nil)
	if err != nil {
		return Null, err
	}
	newline := None
	if s.hasReadNL {
		newline = m.NewStr(s.readNL)
	}
	dict := None
	if s.dict != nil {
		d, err := m.dictCopy(s.dict)
		if err != nil {
			return Null, err
		}
		dict = d.self
	}
	return m.NewTuple([]Value{value, newline, m.NewInt(int64(s.pos)), dict}), nil
}

// stringIOSetstate is __setstate__(state): __init__(state[0], state[1]),
// then the text as given (untranslated), the position and the dict's
// items.
func stringIOSetstate(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specStringIOSetstate, args, kw, a[:]); err != nil {
		return Null, err
	}
	s := m.stringIO(self)
	if s.closed {
		return Null, m.ioClosedError("I/O operation on closed file")
	}
	state, ok := m.obj0(a[0]).(*Tuple)
	if !ok || len(state.Items) < 4 {
		return Null, m.typeError("%s.__setstate__ argument should be 4-tuple, got %s",
			cTrunc(tpName(m.TypeOf(self)), 200), cTrunc(m.typeName(a[0]), 200))
	}
	if err := stringIOInit(m, self, state.Items[:2], nil); err != nil {
		return Null, err
	}
	// __init__ translated the text's newlines; the state holds them
	// already translated, so the text is put back as it is.
	s.buf = nil
	if v := m.str(state.Items[0]); v != nil {
		s.buf = text.CodePoints(v.S)
	}
	posV := state.Items[2]
	if !m.isInt(posV) {
		return Null, m.typeError("third item of state must be an integer, got %s", cTrunc(m.typeName(posV), 200))
	}
	pos, err := m.ArgSsize(posV)
	if err != nil {
		return Null, err
	}
	if pos < 0 {
		return Null, m.Raisef(m.types.ValueError, "position value cannot be negative")
	}
	s.pos = int(pos)
	if err := m.ioSetstateDict(&s.ioDict, state.Items[3], "fourth"); err != nil {
		return Null, err
	}
	return None, nil
}

// ioSetstateDict is the last step of __setstate__ of StringIO and
// BytesIO: the state's dict (unless None) updates the instance dict.
func (m *Machine) ioSetstateDict(d *ioDict, v Value, which string) error {
	if v == None {
		return nil
	}
	src, ok := m.obj0(v).(*Dict)
	if !ok {
		return m.typeError("%s item of state should be a dict, got a %s", which, cTrunc(m.typeName(v), 200))
	}
	if d.dict == nil {
		d.dict = src
		return nil
	}
	return m.dictMerge(d.dict, v, 1)
}
