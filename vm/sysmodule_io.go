package vm

import (
	"errors"
	"io"
	"strings"
	"syscall"

	"github.com/quicken-py/quicken/vm/text"
)

// sys.stdin, sys.stdout and sys.stderr: _io.TextIOWrapper objects over
// the Machine's streams, UTF-8 with CPython's error handlers under a
// C.UTF-8 locale (surrogateescape for stdin and stdout, backslashreplace
// for stderr). CPython's stdin does not translate newlines: lines end at
// "\n" and keep any "\r".

// Stream kinds.
const (
	streamIn = iota
	streamOut
	streamErr
	streamFile // a file open() opened for reading (builtins_open.go)
)

// textStream is one of the standard streams, or a file opened for
// reading.
type textStream struct {
	Header
	kind   int
	closed bool
	file   *openFile // streamFile only
}

func (s *textStream) name() string {
	if s.file != nil {
		return s.file.name
	}
	return textStreamNames[s.kind]
}

func (s *textStream) mode() string {
	if s.file != nil {
		return "r"
	}
	return textStreamModes[s.kind]
}

func (s *textStream) encoding() string {
	if s.file != nil {
		return "UTF-8" // the locale's name for it
	}
	return "utf-8"
}

func (s *textStream) errors() string {
	if s.file != nil {
		return "strict"
	}
	return textStreamErrors[s.kind]
}

func (*textStream) traverse(func(Value)) {}

var textStreamNames = [...]string{"<stdin>", "<stdout>", "<stderr>"}
var textStreamModes = [...]string{"r", "w", "w"}
var textStreamErrors = [...]string{"surrogateescape", "surrogateescape", "backslashreplace"}

var textIOSpec = typeSpec{name: "TextIOWrapper", module: "_io", basicSize: 192,
	flags: FlagHaveGC | FlagBaseType,
	slots: Slots{GetAttr: textStreamGetAttr, Repr: textStreamRepr, Hash: identityHash,
		Iter: textStreamIter, Next: textStreamNext},
	methods: []MethodDef{
		{Name: "write", Fn: textStreamWrite},
		{Name: "writelines", Fn: textStreamWriteLines},
		{Name: "flush", Fn: textStreamFlush},
		{Name: "read", Fn: textStreamRead},
		{Name: "readline", Fn: textStreamReadLine},
		{Name: "readlines", Fn: textStreamReadLines},
		{Name: "close", Fn: textStreamClose},
		{Name: "isatty", Fn: textStreamIsATTY},
		{Name: "fileno", Fn: textStreamFileno},
		{Name: "readable", Fn: textStreamReadable},
		{Name: "writable", Fn: textStreamWritable},
		{Name: "seekable", Fn: textStreamSeekable},
		{Name: "__enter__", Fn: textStreamEnter},
		{Name: "__exit__", Fn: textStreamExit},
	},
}

func (m *Machine) textStream(v Value) *textStream { return m.obj(v).(*textStream) }

func textStreamRepr(m *Machine, v Value) (Value, error) {
	s := m.textStream(v)
	name, err := m.ReprString(m.NewStr(s.name()))
	if err != nil {
		return Null, err
	}
	return m.NewStr("<_io.TextIOWrapper name=" + name + " mode='" + s.mode() + "' encoding='" +
		s.encoding() + "'>"), nil
}

// textStreamGetAttr serves the data attributes, then the methods.
func textStreamGetAttr(m *Machine, obj, name Value) (Value, error) {
	s := m.textStream(obj)
	switch m.str(name).S {
	case "name":
		return m.NewStr(s.name()), nil
	case "mode":
		return m.NewStr(s.mode()), nil
	case "encoding":
		return m.NewStr(s.encoding()), nil
	case "errors":
		return m.NewStr(s.errors()), nil
	case "closed":
		return Bool(s.closed), nil
	case "line_buffering":
		switch s.kind {
		case streamOut:
			return Bool(m.stdout.lineBuffering && !m.stdout.writeThrough), nil
		case streamErr:
			return Bool(!m.stderr.writeThrough), nil
		}
		return False, nil
	case "write_through":
		return Bool(s.kind != streamIn && s.kind != streamFile && m.stdout.writeThrough), nil
	case "newlines":
		return None, nil
	}
	return m.GenericGetAttr(obj, name)
}

func (m *Machine) checkOpen(s *textStream) error {
	if s.closed {
		return m.Raisef(m.types.ValueError, "I/O operation on closed file.")
	}
	return nil
}

// unsupported raises io.UnsupportedOperation, the class io makes from
// OSError and ValueError; quicken makes it on first use (by calling type,
// as the class statement in io.py does).
func (m *Machine) unsupported(what string) error {
	t := m.types.exceptions["UnsupportedOperation"]
	if t == nil {
		osErr, valErr := m.types.exceptions["OSError"], m.types.exceptions["ValueError"]
		if osErr != nil && valErr != nil {
			ns := m.NewDict()
			m.dictSetStr(ns, "__module__", m.Intern("io"))
			cls, err := m.Call(m.types.Type.self, []Value{m.Intern("UnsupportedOperation"),
				m.NewTuple([]Value{osErr.self, valErr.self}), ns.self}, nil)
			if err == nil && m.typeObj(cls) != nil {
				t = m.typeObj(cls)
				m.types.exceptions["UnsupportedOperation"] = t
			}
		}
	}
	if t == nil {
		t = m.excType("OSError")
	}
	return m.raiseValue(m.makeException(t, m.NewStr(what)))
}

var (
	specStreamWrite      = &ArgSpec{Name: "write", Func: "TextIOWrapper.write", Kind: ArgsO}
	specStreamWriteLines = &ArgSpec{Name: "writelines", Func: "TextIOWrapper.writelines", Kind: ArgsO}
	specStreamFlush      = &ArgSpec{Name: "flush", Func: "TextIOWrapper.flush", Kind: ArgsNone}
	specStreamRead       = &ArgSpec{Name: "read", Kind: ArgsPositional, Min: 0, Max: 1}
	specStreamReadLine   = &ArgSpec{Name: "readline", Kind: ArgsPositional, Min: 0, Max: 1}
	specStreamReadLines  = &ArgSpec{Name: "readlines", Kind: ArgsPositional, Min: 0, Max: 1}
	specStreamClose      = &ArgSpec{Name: "close", Func: "TextIOWrapper.close", Kind: ArgsNone}
	specStreamNoArgs     = &ArgSpec{Name: "isatty", Func: "TextIOWrapper.isatty", Kind: ArgsNone}
)

func textStreamWrite(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specStreamWrite, args, kw, a[:]); err != nil {
		return Null, err
	}
	s := m.textStream(self)
	t := m.str(a[0])
	if t == nil {
		return Null, m.typeError("write() argument must be str, not %s", m.badArgumentName(a[0]))
	}
	if err := m.streamWrite(s, t.S); err != nil {
		return Null, err
	}
	return m.NewInt(int64(t.strLength())), nil
}

// streamWrite writes text to a standard stream, encoded as CPython's
// stream would: lone surrogates are an error on stdout except those
// surrogateescape turns back into bytes; stderr escapes them.
func (m *Machine) streamWrite(s *textStream, t string) error {
	if err := m.checkOpen(s); err != nil {
		return err
	}
	if s.kind == streamIn || s.kind == streamFile {
		return m.unsupported("not writable")
	}
	if strings.IndexByte(t, 0xED) >= 0 {
		b, err := text.Encode(t, "utf-8", textStreamErrors[s.kind])
		if err != nil {
			return m.textError(err)
		}
		t = b
	}
	if s.kind == streamErr {
		m.writeStderr(t)
		return nil
	}
	if err := m.writeStdout(t); err != nil {
		return m.writeError(err)
	}
	return nil
}

// writeError raises the OSError a failed write of the real standard output
// is (BrokenPipeError once a reader such as `head` has gone): at every
// write from then on when stdout is unbuffered, at every write that
// reaches the file when it is buffered.
func (m *Machine) writeError(err error) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		errno = syscall.EIO
	}
	cls := "OSError"
	if errno == syscall.EPIPE {
		cls = "BrokenPipeError"
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return m.raiseValue(m.makeException(m.types.exceptions[cls], m.NewInt(int64(errno)), m.NewStr(msg)))
}

// textError raises the Python exception a vm/text error stands for: a
// *text.Error by its class name (MemoryError without a message), a
// *text.UnicodeError as UnicodeEncodeError or UnicodeDecodeError made by
// calling the class, so that it has its attributes.
func (m *Machine) textError(err error) error {
	switch e := err.(type) {
	case *text.UnicodeError:
		t := m.types.exceptions[e.Type]
		if t == nil {
			t = m.types.ValueError
		}
		obj := m.NewStr(e.Object)
		if e.Type == "UnicodeDecodeError" {
			obj = m.NewBytes([]byte(e.Object))
		}
		exc, cerr := m.Call(t.self, []Value{m.NewStr(e.Encoding), obj,
			m.NewInt(int64(e.Start)), m.NewInt(int64(e.End)), m.NewStr(e.Reason)}, nil)
		if cerr != nil {
			return cerr
		}
		return m.raiseValue(exc)
	case *text.Error:
		if e.Type == "MemoryError" {
			return m.noMemory()
		}
		t := m.types.exceptions[e.Type]
		if t == nil {
			t = m.types.SystemError
		}
		return m.Raisef(t, "%s", e.Msg)
	}
	return err
}

func textStreamWriteLines(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specStreamWriteLines, args, kw, a[:]); err != nil {
		return Null, err
	}
	s := m.textStream(self)
	if err := m.checkOpen(s); err != nil {
		return Null, err
	}
	it, err := m.GetIter(a[0])
	if err != nil {
		return Null, err
	}
	for {
		line, err := m.nextItem(it)
		if err != nil {
			return Null, err
		}
		if line == Null {
			return None, nil
		}
		t := m.str(line)
		if t == nil {
			return Null, m.typeError("write() argument must be str, not %s", m.badArgumentName(line))
		}
		if err := m.streamWrite(s, t.S); err != nil {
			return Null, err
		}
	}
}

func textStreamFlush(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specStreamFlush, args, kw, nil); err != nil {
		return Null, err
	}
	s := m.textStream(self)
	if err := m.checkOpen(s); err != nil {
		return Null, err
	}
	if err := m.flushStream(s); err != nil {
		return Null, err
	}
	return None, nil
}

// flushStream is TextIOWrapper.flush of a standard stream.
func (m *Machine) flushStream(s *textStream) error {
	switch s.kind {
	case streamOut:
		if err := m.stdout.flush(); err != nil {
			return m.writeError(err)
		}
	case streamErr:
		m.err.Flush()
		m.stderr.flush()
	}
	return nil
}

// sizeArg is the optional size of read and readline: -1 (all) when
// omitted or None (read only), else an int by __index__.
func (m *Machine) sizeArg(v Value, noneOK bool) (int64, error) {
	if v == Null || noneOK && v == None {
		return -1, nil
	}
	return m.ArgSsize(v)
}

// readLine reads one line of stdin, decoded: "" at the end of input.
func (m *Machine) readLine(s *textStream, limit int64) (string, error) {
	if err := m.checkOpen(s); err != nil {
		return "", err
	}
	if s.kind == streamFile {
		return m.fileReadLine(s.file, limit)
	}
	if s.kind != streamIn {
		return "", m.unsupported("not readable")
	}
	m.out.Flush()
	if m.in.r == nil {
		return "", nil
	}
	if limit == 0 {
		return "", nil
	}
	var b []byte
	for {
		c, err := m.in.r.ReadByte()
		if err != nil {
			break
		}
		b = append(b, c)
		if c == '\n' || limit > 0 && validUTF8End(b) && int64(text.Len(string(b))) >= limit {
			break
		}
	}
	return m.decodeInput(b)
}

// validUTF8End reports whether b does not end inside a UTF-8 sequence.
func validUTF8End(b []byte) bool {
	for i := len(b) - 1; i >= 0 && i >= len(b)-4; i-- {
		c := b[i]
		if c < 0x80 {
			return true
		}
		if c >= 0xC0 {
			n := 2
			if c >= 0xF0 {
				n = 4
			} else if c >= 0xE0 {
				n = 3
			}
			return len(b)-i >= n
		}
	}
	return true
}

func (m *Machine) decodeInput(b []byte) (string, error) {
	s, err := text.Decode(string(b), "utf-8", "surrogateescape")
	if err != nil {
		return "", m.textError(err)
	}
	return s, nil
}

func textStreamReadLine(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specStreamReadLine, args, kw, a[:]); err != nil {
		return Null, err
	}
	limit, err := m.sizeArg(a[0], false)
	if err != nil {
		return Null, err
	}
	line, err := m.readLine(m.textStream(self), limit)
	if err != nil {
		return Null, err
	}
	return m.NewStr(line), nil
}

func textStreamRead(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specStreamRead, args, kw, a[:]); err != nil {
		return Null, err
	}
	limit, err := m.sizeArg(a[0], true)
	if err != nil {
		return Null, err
	}
	s := m.textStream(self)
	if err := m.checkOpen(s); err != nil {
		return Null, err
	}
	if s.kind == streamFile {
		t, err := m.fileRead(s.file, limit)
		if err != nil {
			return Null, err
		}
		return m.NewStr(t), nil
	}
	if s.kind != streamIn {
		return Null, m.unsupported("not readable")
	}
	m.out.Flush()
	if m.in.r == nil {
		return m.emptyStr, nil
	}
	var b []byte
	if limit < 0 {
		b, _ = io.ReadAll(m.in.r)
	} else {
		for int64(text.Len(string(b))) < limit || !validUTF8End(b) {
			c, err := m.in.r.ReadByte()
			if err != nil {
				break
			}
			b = append(b, c)
		}
	}
	t, err := m.decodeInput(b)
	if err != nil {
		return Null, err
	}
	return m.NewStr(t), nil
}

func textStreamReadLines(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specStreamReadLines, args, kw, a[:]); err != nil {
		return Null, err
	}
	hint, err := m.sizeArg(a[0], true)
	if err != nil {
		return Null, err
	}
	s := m.textStream(self)
	var lines []Value
	total := int64(0)
	for {
		line, err := m.readLine(s, -1)
		if err != nil {
			return Null, err
		}
		if line == "" {
			break
		}
		lines = append(lines, m.NewStr(line))
		total += int64(text.Len(line))
		if hint > 0 && total >= hint {
			break
		}
	}
	return m.NewList(lines), nil
}

func textStreamIter(m *Machine, v Value) (Value, error) {
	if err := m.checkOpen(m.textStream(v)); err != nil {
		return Null, err
	}
	return v, nil
}

func textStreamNext(m *Machine, v Value) (Value, error) {
	line, err := m.readLine(m.textStream(v), -1)
	if err != nil || line == "" {
		return Null, err
	}
	return m.NewStr(line), nil
}

func textStreamClose(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specStreamClose, args, kw, nil); err != nil {
		return Null, err
	}
	s := m.textStream(self)
	if s.closed {
		return None, nil
	}
	// TextIOWrapper.close flushes first and closes even if that fails.
	err := m.flushStream(s)
	s.closed = true
	if err != nil {
		return Null, err
	}
	return None, nil
}

func textStreamIsATTY(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specStreamNoArgs, args, kw, nil); err != nil {
		return Null, err
	}
	s := m.textStream(self)
	if err := m.checkOpen(s); err != nil {
		return Null, err
	}
	b := m.opts.Buffering
	switch s.kind {
	case streamIn:
		return Bool(b.StdinTTY), nil
	case streamOut:
		return Bool(b.StdoutTTY), nil
	case streamErr:
		return Bool(b.StderrTTY), nil
	}
	return False, nil
}

func textStreamFileno(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specStreamNoArgs, args, kw, nil); err != nil {
		return Null, err
	}
	s := m.textStream(self)
	if err := m.checkOpen(s); err != nil {
		return Null, err
	}
	return SmallIntValue(int64(s.kind)), nil
}

func textStreamReadable(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specStreamNoArgs, args, kw, nil); err != nil {
		return Null, err
	}
	s := m.textStream(self)
	if err := m.checkOpen(s); err != nil {
		return Null, err
	}
	return Bool(s.kind == streamIn || s.kind == streamFile), nil
}

func textStreamWritable(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specStreamNoArgs, args, kw, nil); err != nil {
		return Null, err
	}
	s := m.textStream(self)
	if err := m.checkOpen(s); err != nil {
		return Null, err
	}
	return Bool(s.kind == streamOut || s.kind == streamErr), nil
}

func textStreamSeekable(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specStreamNoArgs, args, kw, nil); err != nil {
		return Null, err
	}
	if err := m.checkOpen(m.textStream(self)); err != nil {
		return Null, err
	}
	return False, nil
}

func textStreamEnter(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.checkOpen(m.textStream(self)); err != nil {
		return Null, err
	}
	return self, nil
}

func textStreamExit(m *Machine, self Value, args, kw []Value) (Value, error) {
	return textStreamClose(m, self, nil, nil)
}
