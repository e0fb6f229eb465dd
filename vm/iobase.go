package vm

// The io class hierarchy of CPython 3.11's _io module, which open() and
// sys.stdin/stdout/stderr return instances of:
//
//	_IOBase
//	├── _RawIOBase       FileIO                        (fileio.go)
//	├── _BufferedIOBase  BufferedReader, BufferedWriter,
//	│                    BufferedRandom                (bufferedio.go)
//	│                    BytesIO                       (bytesio.go)
//	└── _TextIOBase      TextIOWrapper                 (textio.go)
//	                     StringIO                      (stringio.go)
//
// A text file is a TextIOWrapper over a buffered object over a FileIO,
// as in CPython, and each layer reaches the one below it directly (in
// Go) rather than through Python method calls. The methods each class's
// namespace holds are CPython's, so dir() and the errors of misuse (an
// operation a class inherits from its abstract base raises what the base
// raises) come out as python3's. The abstract bases' own methods work
// through Python calls on self, as iobase.c's do.

// ioTypes are the _io module's classes (TextIOWrapper is builtinTypes.TextIO).
type ioTypes struct {
	IOBase, RawIOBase, BufferedIOBase, TextIOBase          *Type
	FileIO, BufferedReader, BufferedWriter, BufferedRandom *Type
	StringIO, BytesIO                                      *Type
}

// ioDict is the instance __dict__ every _io object has: open() keeps a
// text file's mode there and FileIO its name, as CPython does.
type ioDict struct {
	dict *Dict
}

func (d *ioDict) instanceDict(m *Machine, create bool) *Dict {
	if d.dict == nil && create {
		d.dict = m.NewDict()
	}
	return d.dict
}

func (d *ioDict) traverseDict(visit func(Value)) {
	if d.dict != nil {
		visit(d.dict.self)
	}
}

// ioAttr sets an attribute in an _io object's instance dict.
func (m *Machine) ioAttr(d *ioDict, name string, v Value) {
	m.dictSetStr(d.instanceDict(m, true), name, v)
}

// ioClosedFlag is the attribute _IOBase.close sets in the instance dict.
const ioClosedFlag = "__IOBase_closed"

const ioFlags = FlagHaveGC | FlagBaseType

var ioBaseSpec = typeSpec{name: "_IOBase", module: "_io", basicSize: 32, dictOffset: 16, weakrefOffset: 24,
	flags: ioFlags,
	slots: Slots{GetAttr: builtinGetAttr, SetAttr: builtinSetAttr, Iter: ioBaseIter, Next: ioBaseNext},
	methods: []MethodDef{
		{Name: "seek", Fn: ioBaseSeek},
		{Name: "tell", Fn: ioBaseTell},
		{Name: "truncate", Fn: ioBaseTruncate},
		{Name: "flush", Fn: ioBaseFlush},
		{Name: "close", Fn: ioBaseClose},
		{Name: "seekable", Fn: ioBaseFalse("seekable")},
		{Name: "readable", Fn: ioBaseFalse("readable")},
		{Name: "writable", Fn: ioBaseFalse("writable")},
		{Name: "_checkClosed", Fn: ioBaseCheckClosed},
		{Name: "_checkSeekable", Fn: ioBaseCheck("seekable", "File or stream is not seekable.")},
		{Name: "_checkReadable", Fn: ioBaseCheck("readable", "File or stream is not readable.")},
		{Name: "_checkWritable", Fn: ioBaseCheck("writable", "File or stream is not writable.")},
		{Name: "fileno", Fn: ioBaseFileno},
		{Name: "isatty", Fn: ioBaseIsatty},
		{Name: "__enter__", Fn: ioBaseEnter},
		{Name: "__exit__", Fn: ioBaseExit},
		{Name: "readline", Fn: ioBaseReadline},
		{Name: "readlines", Fn: ioBaseReadlines},
		{Name: "writelines", Fn: ioBaseWritelines},
	},
	getsets: []GetSetDef{
		dictGetSet,
		{Name: "closed", Get: ioBaseClosed},
	},
	// __del__ is the slot wrapper of tp_finalize.
	init: func(m *Machine, t *Type) { m.setAsyncSlotWrapper(t, &delWrapperDef, ioBaseFinalize) },
}

var rawIOBaseSpec = typeSpec{name: "_RawIOBase", module: "_io", flags: ioFlags,
	base: func(t *builtinTypes) *Type { return t.io.IOBase },
	methods: []MethodDef{
		{Name: "read", Fn: rawIOBaseRead},
		{Name: "readall", Fn: rawIOBaseReadall},
		{Name: "readinto", Fn: ioNotImplemented},
		{Name: "write", Fn: ioNotImplemented},
	},
}

var bufferedIOBaseSpec = typeSpec{name: "_BufferedIOBase", module: "_io", flags: ioFlags,
	base: func(t *builtinTypes) *Type { return t.io.IOBase },
	methods: []MethodDef{
		{Name: "detach", Fn: ioUnsupportedMethod("detach")},
		{Name: "read", Fn: ioUnsupportedMethod("read")},
		{Name: "read1", Fn: ioUnsupportedMethod("read1")},
		{Name: "readinto", Fn: bufferedIOBaseReadinto(false)},
		{Name: "readinto1", Fn: bufferedIOBaseReadinto(true)},
		{Name: "write", Fn: ioUnsupportedMethod("write")},
	},
}

var textIOBaseSpec = typeSpec{name: "_TextIOBase", module: "_io", flags: ioFlags,
	base: func(t *builtinTypes) *Type { return t.io.IOBase },
	methods: []MethodDef{
		{Name: "detach", Fn: ioUnsupportedMethod("detach")},
		{Name: "read", Fn: ioUnsupportedMethod("read")},
		{Name: "readline", Fn: ioUnsupportedMethod("readline")},
		{Name: "write", Fn: ioUnsupportedMethod("write")},
	},
	getsets: []GetSetDef{
		{Name: "encoding", Get: ioNone},
		{Name: "newlines", Get: ioNone},
		{Name: "errors", Get: ioNone},
	},
}

func ioNone(*Machine, Value) (Value, error) { return None, nil }

// unsupported raises io.UnsupportedOperation.
func (m *Machine) unsupported(what string) error {
	return m.raiseValue(m.makeException(m.unsupportedOperation(), m.NewStr(what)))
}

// unsupportedOperation is io.UnsupportedOperation, the class io makes
// from OSError and ValueError; quicken makes it on first use (by calling
// type, as the class statement in io.py does), and the _io module binds
// it. OSError stands in should the class fail to be made.
func (m *Machine) unsupportedOperation() *Type {
	if t := m.types.exceptions["UnsupportedOperation"]; t != nil {
		return t
	}
	osErr, valErr := m.types.exceptions["OSError"], m.types.exceptions["ValueError"]
	if osErr != nil && valErr != nil {
		ns := m.NewDict()
		m.dictSetStr(ns, "__module__", m.Intern("io"))
		cls, err := m.Call(m.types.Type.self, []Value{m.Intern("UnsupportedOperation"),
			m.NewTuple([]Value{osErr.self, valErr.self}), ns.self}, nil)
		if t := m.typeObj(cls); err == nil && t != nil {
			m.types.exceptions["UnsupportedOperation"] = t
			return t
		}
	}
	return m.excType("OSError")
}

// ioClosedError is the ValueError of an operation on a closed file;
// the messages differ by layer ("I/O operation on closed file." from
// _IOBase and TextIOWrapper, without the period from FileIO, "read of
// closed file" and the like from the buffered classes).
func (m *Machine) ioClosedError(msg string) error {
	return m.Raisef(m.types.ValueError, "%s", msg)
}

const closedFileMsg = "I/O operation on closed file."

var (
	specIOSeek  = &ArgSpec{Name: "seek", Kind: ArgsPositional, Min: 1, Max: 2}
	specIOTrunc = &ArgSpec{Name: "truncate", Kind: ArgsPositional, Min: 0, Max: 1}
	specIOExit  = &ArgSpec{Name: "__exit__", Kind: ArgsTuple, Max: -1}
	specIOSize  = &ArgSpec{Name: "readline", Kind: ArgsPositional, Min: 0, Max: 1}
	specIOLines = &ArgSpec{Name: "readlines", Kind: ArgsPositional, Min: 0, Max: 1}
	specIOO     = &ArgSpec{Name: "writelines", Kind: ArgsO}
)

// ioIsClosed is iobase_is_closed: whether the _IOBase close flag is set.
func (m *Machine) ioIsClosed(self Value) (bool, error) {
	v, err := m.lookupAttrStr(self, ioClosedFlag)
	if err != nil {
		return false, err
	}
	return v != Null, nil
}

// ioCheckClosed is _PyIOBase_check_closed: self.closed, true raising
// ValueError.
func (m *Machine) ioCheckClosed(self Value) error {
	v, err := m.lookupAttrStr(self, "closed")
	if err != nil || v == Null {
		return err
	}
	closed, err := m.Truth(v)
	if err != nil {
		return err
	}
	if closed {
		return m.ioClosedError(closedFileMsg)
	}
	return nil
}

func ioBaseClosed(m *Machine, self Value) (Value, error) {
	closed, err := m.ioIsClosed(self)
	if err != nil {
		return Null, err
	}
	return Bool(closed), nil
}

func ioBaseSeek(m *Machine, self Value, args, kw []Value) (Value, error) {
	return Null, m.unsupported("seek")
}

func ioBaseTruncate(m *Machine, self Value, args, kw []Value) (Value, error) {
	return Null, m.unsupported("truncate")
}

// ioBaseTell is _IOBase.tell: self.seek(0, 1).
func ioBaseTell(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "tell", args, kw); err != nil {
		return Null, err
	}
	return m.CallMethod(self, "seek", SmallIntValue(0), SmallIntValue(1))
}

func ioBaseFlush(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "flush", args, kw); err != nil {
		return Null, err
	}
	closed, err := m.ioIsClosed(self)
	if err != nil {
		return Null, err
	}
	if closed {
		return Null, m.ioClosedError(closedFileMsg)
	}
	return None, nil
}

// ioBaseClose is _IOBase.close: flush, then mark closed even if the
// flush failed.
func ioBaseClose(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "close", args, kw); err != nil {
		return Null, err
	}
	closed, err := m.ioIsClosed(self)
	if err != nil {
		return Null, err
	}
	if closed {
		return None, nil
	}
	_, ferr := m.CallMethod(self, "flush")
	if err := m.SetAttr(self, m.Intern(ioClosedFlag), True); err != nil {
		return Null, err
	}
	if ferr != nil {
		return Null, ferr
	}
	return None, nil
}

func ioBaseFalse(name string) BuiltinFunc {
	return func(m *Machine, self Value, args, kw []Value) (Value, error) {
		if err := m.ioNoArgs(self, name, args, kw); err != nil {
			return Null, err
		}
		return False, nil
	}
}

func ioBaseCheckClosed(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioCheckClosed(self); err != nil {
		return Null, err
	}
	return None, nil
}

// ioBaseCheck is _checkSeekable and its kin: self.method() must be True.
func ioBaseCheck(method, msg string) BuiltinFunc {
	return func(m *Machine, self Value, args, kw []Value) (Value, error) {
		r, err := m.CallMethod(self, method)
		if err != nil {
			return Null, err
		}
		if r != True {
			return Null, m.unsupported(msg)
		}
		return r, nil
	}
}

func ioBaseFileno(m *Machine, self Value, args, kw []Value) (Value, error) {
	return Null, m.unsupported("fileno")
}

func ioBaseIsatty(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "isatty", args, kw); err != nil {
		return Null, err
	}
	if err := m.ioCheckClosed(self); err != nil {
		return Null, err
	}
	return False, nil
}

func ioBaseEnter(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "__enter__", args, kw); err != nil {
		return Null, err
	}
	if err := m.ioCheckClosed(self); err != nil {
		return Null, err
	}
	return self, nil
}

func ioBaseExit(m *Machine, self Value, args, kw []Value) (Value, error) {
	return m.CallMethod(self, "close")
}

// ioBaseFinalize is _IOBase.__del__ (iobase_finalize): close, errors
// reported as unraisable. quicken never calls it itself.
func ioBaseFinalize(m *Machine, self Value) (Value, error) {
	if closed, err := m.lookupAttrStr(self, "closed"); err == nil && closed != Null {
		if t, _ := m.Truth(closed); t {
			return None, nil
		}
	}
	if _, err := m.CallMethod(self, "close"); err != nil {
		m.writeUnraisable(err, self)
	}
	return None, nil
}

func ioBaseIter(m *Machine, self Value) (Value, error) {
	if err := m.ioCheckClosed(self); err != nil {
		return Null, err
	}
	return self, nil
}

// ioBaseNext is _IOBase.__next__: self.readline(), empty at the end.
func ioBaseNext(m *Machine, self Value) (Value, error) {
	line, err := m.CallMethod(self, "readline")
	if err != nil {
		return Null, err
	}
	n, err := m.Len(line)
	if err != nil {
		return Null, err
	}
	if n == 0 {
		return Null, nil
	}
	return line, nil
}

// ioBaseReadline is _IOBase.readline: self.peek() to find the end of the
// line when the object has peek, else self.read(1) byte by byte.
func ioBaseReadline(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specIOSize, args, kw, a[:]); err != nil {
		return Null, err
	}
	limit, err := m.sizeArg(a[0], true)
	if err != nil {
		return Null, err
	}
	peek, err := m.lookupAttrStr(self, "peek")
	if err != nil {
		return Null, err
	}
	var out []byte
	for limit < 0 || int64(len(out)) < limit {
		n := int64(1)
		if peek != Null {
			ahead, err := m.Call(peek, []Value{SmallIntValue(1)}, nil)
			if err != nil {
				return Null, err
			}
			b, ok := m.bytesLike(ahead)
			if !ok {
				return Null, m.Raisef(m.types.exceptions["OSError"],
					"peek() should have returned a bytes object, not '%s'", m.typeName(ahead))
			}
			if b != "" {
				end := len(b)
				if limit >= 0 && int64(end) > limit-int64(len(out)) {
					end = int(limit - int64(len(out)))
				}
				if i := indexByte(b[:end], '\n'); i >= 0 {
					end = i + 1
				}
				n = int64(end)
			}
		}
		chunk, err := m.CallMethod(self, "read", m.NewInt(n))
		if err != nil {
			return Null, err
		}
		b, ok := m.bytesLike(chunk)
		if !ok {
			if chunk == None {
				break
			}
			return Null, m.Raisef(m.types.exceptions["OSError"],
				"read() should have returned a bytes object, not '%s'", m.typeName(chunk))
		}
		if b == "" {
			break
		}
		out = append(out, b...)
		if out[len(out)-1] == '\n' {
			break
		}
	}
	return m.NewBytes(out), nil
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// ioBaseReadlines is _IOBase.readlines: the lines of iter(self), up to a
// total size of hint when it is positive.
func ioBaseReadlines(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specIOLines, args, kw, a[:]); err != nil {
		return Null, err
	}
	hint := int64(-1)
	if a[0] != Null && a[0] != None {
		h, err := m.ArgSsize(a[0])
		if err != nil {
			return Null, err
		}
		hint = h
	}
	it, err := m.GetIter(self)
	if err != nil {
		return Null, err
	}
	var lines []Value
	total := int64(0)
	for {
		line, err := m.nextItem(it)
		if err != nil {
			return Null, err
		}
		if line == Null {
			break
		}
		lines = append(lines, line)
		if hint > 0 {
			n, err := m.Len(line)
			if err != nil {
				return Null, err
			}
			total += int64(n)
			if total >= hint {
				break
			}
		}
	}
	return m.NewList(lines), nil
}

// ioBaseWritelines is _IOBase.writelines: self.write(line) for each.
func ioBaseWritelines(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specIOO, args, kw, a[:]); err != nil {
		return Null, err
	}
	if err := m.ioCheckClosed(self); err != nil {
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
		if _, err := m.CallMethod(self, "write", line); err != nil {
			return Null, err
		}
	}
}

// rawIOBaseRead is _RawIOBase.read: readall() for a negative size, else
// readinto() a bytearray of the size.
func rawIOBaseRead(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specIOSize, args, kw, a[:]); err != nil {
		return Null, err
	}
	n, err := m.sizeArg(a[0], false)
	if err != nil {
		return Null, err
	}
	if n < 0 {
		return m.CallMethod(self, "readall")
	}
	ba, err := m.newByteArray(string(make([]byte, n)))
	if err != nil {
		return Null, err
	}
	r, err := m.CallMethod(self, "readinto", ba)
	if err != nil || r == None {
		return r, err
	}
	got, err := m.ArgSsize(r)
	if err != nil {
		return Null, err
	}
	b := m.byteArray(ba).B
	if got < 0 || got > int64(len(b)) {
		return Null, m.Raisef(m.types.ValueError, "readinto returned %d outside buffer size %d", got, len(b))
	}
	return m.NewBytes(b[:got]), nil
}

// rawIOBaseReadall is _RawIOBase.readall: read() of the default buffer
// size until it returns nothing.
func rawIOBaseReadall(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "readall", args, kw); err != nil {
		return Null, err
	}
	var out []byte
	for {
		chunk, err := m.CallMethod(self, "read", SmallIntValue(defaultBufferSize))
		if err != nil {
			return Null, err
		}
		if chunk == None {
			if out == nil {
				return None, nil
			}
			break
		}
		b, ok := m.bytesLike(chunk)
		if !ok || m.bytesObj(chunk) == nil {
			return Null, m.typeError("read() should return bytes")
		}
		if b == "" {
			break
		}
		out = append(out, b...)
	}
	return m.NewBytes(out), nil
}

func ioNotImplemented(m *Machine, self Value, args, kw []Value) (Value, error) {
	return Null, m.Raisef(m.excType("NotImplementedError"), "")
}

func ioUnsupportedMethod(name string) BuiltinFunc {
	return func(m *Machine, self Value, args, kw []Value) (Value, error) {
		return Null, m.unsupported(name)
	}
}

// bufferedIOBaseReadinto is _BufferedIOBase.readinto(1): self.read(n)
// (read1) copied into the buffer.
func bufferedIOBaseReadinto(one bool) BuiltinFunc {
	return func(m *Machine, self Value, args, kw []Value) (Value, error) {
		var a [1]Value
		if err := m.ParseArgs(specIOO, args, kw, a[:]); err != nil {
			return Null, err
		}
		ba := m.byteArray(a[0])
		if ba == nil {
			return Null, m.typeError("readinto() argument must be read-write bytes-like object, not %s", m.typeName(a[0]))
		}
		method := "read"
		if one {
			method = "read1"
		}
		r, err := m.CallMethod(self, method, m.NewInt(int64(len(ba.B))))
		if err != nil {
			return Null, err
		}
		b, ok := m.bytesLike(r)
		if !ok {
			return Null, m.typeError("read() should return bytes")
		}
		if len(b) > len(ba.B) {
			return Null, m.Raisef(m.types.ValueError, "read() returned too much data: %d bytes requested, %d returned", len(ba.B), len(b))
		}
		copy(ba.B, b)
		return m.NewInt(int64(len(b))), nil
	}
}

// ioNoArgs checks the arguments of an io method that takes none
// (METH_NOARGS). The method is named by the type that defines it, as a
// method call names it: f.flush(1) on a FileIO says "_IOBase.flush()
// takes no arguments (1 given)".
func (m *Machine) ioNoArgs(self Value, name string, args, kwnames []Value) error {
	if len(args) == 0 {
		return nil
	}
	owner := m.TypeOf(self)
	for _, t := range owner.MRO {
		if t.Dict != nil && m.dictGetStr(t.Dict, name) != Null {
			owner = t
			break
		}
	}
	if len(kwnames) > 0 {
		return m.typeError("%s.%s() takes no keyword arguments", owner.Name, name)
	}
	return m.typeError("%s.%s() takes no arguments (%d given)", owner.Name, name, len(args))
}
