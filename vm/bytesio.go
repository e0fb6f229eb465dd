package vm

// _io.BytesIO (CPython 3.11's Modules/_io/bytesio.c): an in-memory
// stream of bytes. A position past the end is allowed; the next write
// pads the gap with zero bytes.
//
// getbuffer() returns a writable memoryview over the stream's bytes. CPython
// counts such exports and refuses to resize the stream while one lives
// (BufferError); quicken has no reference counts to tell when a view
// dies, so it counts none and lets writes resize: a view then sees the
// bytes that are still within it (memoryview.go).

type bytesIO struct {
	Header
	ioDict
	buf    []byte
	pos    int
	closed bool
	// alloc is the size of CPython's buffer (its resize_buffer policy),
	// for __sizeof__; 0 while the buffer is the initial bytes object.
	alloc int
}

func (b *bytesIO) traverse(visit func(Value)) { b.traverseDict(visit) }

func (m *Machine) bytesIO(v Value) *bytesIO { return m.obj(v).(*bytesIO) }

var bytesIOSpec = typeSpec{name: "BytesIO", module: "_io", basicSize: 64, dictOffset: 40, weakrefOffset: 48,
	flags: ioFlags,
	base:  func(t *builtinTypes) *Type { return t.io.BufferedIOBase },
	slots: Slots{GetAttr: builtinGetAttr, SetAttr: builtinSetAttr, Iter: bytesIOIter, Next: bytesIONext,
		New: bytesIONew, Init: bytesIOInit},
	methods: []MethodDef{
		{Name: "readable", Fn: bytesIOAnswer("readable", True)},
		{Name: "seekable", Fn: bytesIOAnswer("seekable", True)},
		{Name: "writable", Fn: bytesIOAnswer("writable", True)},
		{Name: "close", Fn: bytesIOClose},
		{Name: "flush", Fn: bytesIOAnswer("flush", None)},
		{Name: "isatty", Fn: bytesIOAnswer("isatty", False)},
		{Name: "tell", Fn: bytesIOTell},
		{Name: "write", Fn: bytesIOWrite},
		{Name: "writelines", Fn: bytesIOWritelines},
		{Name: "read1", Fn: bytesIORead("read1")},
		{Name: "readinto", Fn: bytesIOReadinto},
		{Name: "readline", Fn: bytesIOReadline},
		{Name: "readlines", Fn: bytesIOReadlines},
		{Name: "read", Fn: bytesIORead("read")},
		{Name: "getbuffer", Fn: bytesIOGetbuffer},
		{Name: "getvalue", Fn: bytesIOGetvalue},
		{Name: "seek", Fn: bytesIOSeek},
		{Name: "truncate", Fn: bytesIOTruncate},
		{Name: "__getstate__", Fn: bytesIOGetstate},
		{Name: "__setstate__", Fn: bytesIOSetstate},
		{Name: "__sizeof__", Fn: bytesIOSizeof},
	},
	getsets: []GetSetDef{
		{Name: "closed", Get: func(m *Machine, v Value) (Value, error) { return Bool(m.bytesIO(v).closed), nil }},
	},
	newInstance: func(m *Machine, t *Type) Object { return &bytesIO{} },
}

// bytesIONew is tp_new: an open, empty stream, whatever the arguments
// (__init__ checks them).
func bytesIONew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	return m.alloc(&bytesIO{}, t), nil
}

var specBytesIOInit = &ArgSpec{Name: "BytesIO", Kind: ArgsKeywords, Names: []string{"initial_bytes"}, Max: 1}

// bytesIOInit is BytesIO.__init__(initial_bytes): the stream starts
// over at position 0 with the bytes. Exact bytes are taken as they are
// (reopening a closed stream); anything else is written, so a closed
// stream refuses it.
func bytesIOInit(m *Machine, self Value, args, kwnames []Value) error {
	var a [1]Value
	if err := m.ParseArgs(specBytesIOInit, args, kwnames, a[:]); err != nil {
		return err
	}
	b := m.bytesIO(self)
	b.buf, b.pos = b.buf[:0], 0
	init := a[0]
	if init == Null || init == None {
		return nil
	}
	if bs, ok := m.obj0(init).(*Bytes); ok && m.TypeOf(init) == m.types.Bytes {
		b.buf, b.closed, b.alloc = []byte(bs.B), false, 0
		return nil
	}
	if _, err := bytesIOWrite(m, self, []Value{init}, nil); err != nil {
		return err
	}
	b.pos = 0
	return nil
}

// bytesIOCheck is CHECK_CLOSED.
func (m *Machine) bytesIOCheck(b *bytesIO) error {
	if b.closed {
		return m.ioClosedError(closedFileMsg)
	}
	return nil
}

// bytesIOAnswer makes the methods that take no argument and answer the
// same while the stream is open (readable, flush, isatty...).
func bytesIOAnswer(name string, answer Value) BuiltinFunc {
	return func(m *Machine, self Value, args, kw []Value) (Value, error) {
		if err := m.ioNoArgs(self, name, args, kw); err != nil {
			return Null, err
		}
		if err := m.bytesIOCheck(m.bytesIO(self)); err != nil {
			return Null, err
		}
		return answer, nil
	}
}

// resize is resize_buffer's bookkeeping of CPython's allocation, which
// only __sizeof__ shows.
func (b *bytesIO) resize(size int) {
	alloc := b.alloc
	if alloc == 0 {
		alloc = len(b.buf)
	}
	switch {
	case size < alloc/2:
		alloc = size + 1
	case size < alloc:
	case float64(size) <= float64(alloc)*1.125:
		extra := 6
		if size < 9 {
			extra = 3
		}
		alloc = size + size>>3 + extra
	default:
		alloc = size + 1
	}
	b.alloc = alloc
}

// writeBytes is write_bytes: data at the position, after zero bytes if
// the position is past the end.
func (m *Machine) bytesIOWriteBytes(b *bytesIO, data string) error {
	end := b.pos + len(data)
	if end > len(b.buf) {
		if end > b.alloc {
			b.resize(end)
		}
		if end > cap(b.buf) {
			if err := m.charge(end - len(b.buf)); err != nil {
				return err
			}
		}
		b.buf = append(b.buf, make([]byte, end-len(b.buf))...)
	}
	copy(b.buf[b.pos:], data)
	b.pos = end
	return nil
}

var (
	specBytesIOWrite      = &ArgSpec{Name: "write", Func: "BytesIO.write", Kind: ArgsO}
	specBytesIOWritelines = &ArgSpec{Name: "writelines", Func: "BytesIO.writelines", Kind: ArgsO}
	specBytesIOReadinto   = &ArgSpec{Name: "readinto", Func: "BytesIO.readinto", Kind: ArgsO}
	specBytesIOReadline   = &ArgSpec{Name: "readline", Func: "BytesIO.readline", Kind: ArgsPositional, Min: 0, Max: 1}
	specBytesIOReadlines  = &ArgSpec{Name: "readlines", Func: "BytesIO.readlines", Kind: ArgsPositional, Min: 0, Max: 1}
	specBytesIOTruncate   = &ArgSpec{Name: "truncate", Func: "BytesIO.truncate", Kind: ArgsPositional, Min: 0, Max: 1}
	specBytesIOSeek       = &ArgSpec{Name: "seek", Func: "BytesIO.seek", Kind: ArgsPositional, Min: 1, Max: 2}
	specBytesIOSetstate   = &ArgSpec{Name: "__setstate__", Func: "BytesIO.__setstate__", Kind: ArgsO}
)

// bytesIOWrite is write(b): any bytes-like object; its length.
func bytesIOWrite(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBytesIOWrite, args, kw, a[:]); err != nil {
		return Null, err
	}
	b := m.bytesIO(self)
	if err := m.bytesIOCheck(b); err != nil {
		return Null, err
	}
	data, err := m.bufferArg(a[0])
	if err != nil {
		return Null, err
	}
	if data != "" {
		if err := m.bytesIOWriteBytes(b, data); err != nil {
			return Null, err
		}
	}
	return m.NewInt(int64(len(data))), nil
}

func bytesIOWritelines(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBytesIOWritelines, args, kw, a[:]); err != nil {
		return Null, err
	}
	if err := m.bytesIOCheck(m.bytesIO(self)); err != nil {
		return Null, err
	}
	it, err := m.GetIter(a[0])
	if err != nil {
		return Null, err
	}
	for {
		item, err := m.nextItem(it)
		if err != nil {
			return Null, err
		}
		if item == Null {
			return None, nil
		}
		if _, err := bytesIOWrite(m, self, []Value{item}, nil); err != nil {
			return Null, err
		}
	}
}

// rest is the bytes from the position to the end, at most size of them
// when size is not negative.
func (b *bytesIO) rest(size int64) []byte {
	n := int64(len(b.buf) - b.pos)
	if size < 0 || size > n {
		size = max(n, 0)
	}
	if size == 0 {
		return nil
	}
	return b.buf[b.pos : b.pos+int(size)]
}

// readBytes hands out the next n bytes (n within the stream).
func (m *Machine) bytesIOReadBytes(b *bytesIO, n int) (Value, error) {
	if n <= 0 {
		// The position may be past the end (a seek there).
		return m.newBytesString("")
	}
	out := string(b.buf[b.pos : b.pos+n])
	b.pos += n
	return m.newBytesString(out)
}

// bytesIORead makes read(size=-1) and read1(size=-1), which are the
// same.
func bytesIORead(name string) BuiltinFunc {
	spec := &ArgSpec{Name: name, Func: "BytesIO." + name, Kind: ArgsPositional, Min: 0, Max: 1}
	return func(m *Machine, self Value, args, kw []Value) (Value, error) {
		var a [1]Value
		if err := m.ParseArgs(spec, args, kw, a[:]); err != nil {
			return Null, err
		}
		size, err := m.optSize(a[0])
		if err != nil {
			return Null, err
		}
		b := m.bytesIO(self)
		if err := m.bytesIOCheck(b); err != nil {
			return Null, err
		}
		return m.bytesIOReadBytes(b, len(b.rest(size)))
	}
}

// scanEOL is scan_eol: how many bytes from the position make the next
// line, at most limit of them when limit is not negative.
func (b *bytesIO) scanEOL(limit int64) int {
	if b.pos >= len(b.buf) {
		return 0
	}
	line := b.rest(limit)
	if i := indexByte(string(line), '\n'); i >= 0 {
		return i + 1
	}
	return len(line)
}

func bytesIOReadline(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBytesIOReadline, args, kw, a[:]); err != nil {
		return Null, err
	}
	size, err := m.optSize(a[0])
	if err != nil {
		return Null, err
	}
	b := m.bytesIO(self)
	if err := m.bytesIOCheck(b); err != nil {
		return Null, err
	}
	return m.bytesIOReadBytes(b, b.scanEOL(size))
}

// bytesIOReadlines is readlines(size=None): the lines, stopping once
// they total size bytes when size is positive.
func bytesIOReadlines(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBytesIOReadlines, args, kw, a[:]); err != nil {
		return Null, err
	}
	b := m.bytesIO(self)
	if err := m.bytesIOCheck(b); err != nil {
		return Null, err
	}
	maxSize := int64(-1)
	if arg := a[0]; arg != Null && arg != None {
		if !m.isInt(arg) {
			return Null, m.typeError("integer argument expected, got '%s'", m.typeName(arg))
		}
		n, err := m.ArgSsize(arg)
		if err != nil {
			return Null, err
		}
		maxSize = n
	}
	var lines []Value
	total := int64(0)
	for {
		n := b.scanEOL(-1)
		if n == 0 {
			break
		}
		line, err := m.bytesIOReadBytes(b, n)
		if err != nil {
			return Null, err
		}
		lines = append(lines, line)
		total += int64(n)
		if maxSize > 0 && total >= maxSize {
			break
		}
	}
	return m.NewList(lines), nil
}

// bytesIOReadinto is readinto(buffer): as many bytes as fit, copied
// into a writable buffer (a bytearray or a writable memoryview that is
// contiguous, as PyBUF_WRITABLE asks).
func bytesIOReadinto(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBytesIOReadinto, args, kw, a[:]); err != nil {
		return Null, err
	}
	ba := m.byteArray(a[0])
	mv := m.memoryView(a[0])
	if ba == nil && (mv == nil || mv.readonly || mv.released || mv.step != 1 && mv.n > 1) {
		return Null, m.typeError("readinto() argument must be read-write bytes-like object, not %s", m.typeName(a[0]))
	}
	b := m.bytesIO(self)
	if err := m.bytesIOCheck(b); err != nil {
		return Null, err
	}
	var data []byte
	if ba != nil {
		data = b.rest(int64(len(ba.B)))
		copy(ba.B, data)
	} else {
		data = b.rest(int64(mv.n))
		for i, c := range data {
			m.mvSetItem(mv, i, c)
		}
	}
	b.pos += len(data)
	return m.NewInt(int64(len(data))), nil
}

// bytesIOIter is tp_iter: the stream itself, closed or not.
func bytesIOIter(m *Machine, self Value) (Value, error) { return self, nil }

func bytesIONext(m *Machine, self Value) (Value, error) {
	b := m.bytesIO(self)
	if err := m.bytesIOCheck(b); err != nil {
		return Null, err
	}
	n := b.scanEOL(-1)
	if n == 0 {
		return Null, nil
	}
	return m.bytesIOReadBytes(b, n)
}

func bytesIOTell(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "tell", args, kw); err != nil {
		return Null, err
	}
	b := m.bytesIO(self)
	if err := m.bytesIOCheck(b); err != nil {
		return Null, err
	}
	return m.NewInt(int64(b.pos)), nil
}

// bytesIOSeek is seek(pos, whence=0): relative seeks of any offset, a
// position before the start clamped to 0.
func bytesIOSeek(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specBytesIOSeek, args, kw, a[:]); err != nil {
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
	b := m.bytesIO(self)
	if err := m.bytesIOCheck(b); err != nil {
		return Null, err
	}
	if pos < 0 && whence == 0 {
		return Null, m.Raisef(m.types.ValueError, "negative seek value %d", pos)
	}
	var base int64
	switch whence {
	case 0:
	case 1:
		base = int64(b.pos)
	case 2:
		base = int64(len(b.buf))
	default:
		return Null, m.Raisef(m.types.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if pos > maxSsize-base {
		return Null, m.Raisef(m.types.exceptions["OverflowError"], "new position too large")
	}
	pos = max(pos+base, 0)
	b.pos = int(pos)
	return m.NewInt(pos), nil
}

const maxSsize = 1<<63 - 1

// bytesIOTruncate is truncate(size=None): the stream cut to size bytes
// (the position when None); the position does not move.
func bytesIOTruncate(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBytesIOTruncate, args, kw, a[:]); err != nil {
		return Null, err
	}
	b := m.bytesIO(self)
	size := int64(b.pos)
	if a[0] != Null && a[0] != None {
		n, err := m.optSize(a[0])
		if err != nil {
			return Null, err
		}
		size = n
	}
	if err := m.bytesIOCheck(b); err != nil {
		return Null, err
	}
	if size < 0 {
		return Null, m.Raisef(m.types.ValueError, "negative size value %d", size)
	}
	if size < int64(len(b.buf)) {
		b.buf = b.buf[:size]
		b.resize(int(size))
	}
	return m.NewInt(size), nil
}

func bytesIOGetvalue(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "getvalue", args, kw); err != nil {
		return Null, err
	}
	b := m.bytesIO(self)
	if err := m.bytesIOCheck(b); err != nil {
		return Null, err
	}
	return m.newBytesString(string(b.buf))
}

// bytesIOGetbuffer is getbuffer(): a writable view of the stream's
// bytes (memoryview.go reads and writes them through the stream).
func bytesIOGetbuffer(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "getbuffer", args, kw); err != nil {
		return Null, err
	}
	b := m.bytesIO(self)
	if err := m.bytesIOCheck(b); err != nil {
		return Null, err
	}
	return m.newMemoryView(self, 0, 1, len(b.buf), false), nil
}

// bytesIOClose is close(): the bytes are freed.
func bytesIOClose(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "close", args, kw); err != nil {
		return Null, err
	}
	b := m.bytesIO(self)
	b.closed, b.buf, b.pos, b.alloc = true, nil, 0, 0
	return None, nil
}

// bytesIOGetstate is __getstate__: (getvalue(), tell(), a copy of
// __dict__ or None).
func bytesIOGetstate(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "__getstate__", args, kw); err != nil {
		return Null, err
	}
	b := m.bytesIO(self)
	value, err := bytesIOGetvalue(m, self, nil, nil)
	if err != nil {
		return Null, err
	}
	dict := None
	if b.dict != nil {
		d, err := m.dictCopy(b.dict)
		if err != nil {
			return Null, err
		}
		dict = d.self
	}
	return m.NewTuple([]Value{value, m.NewInt(int64(b.pos)), dict}), nil
}

// bytesIOSetstate is __setstate__(state): the bytes written from the
// start, then the position and the dict's items.
func bytesIOSetstate(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBytesIOSetstate, args, kw, a[:]); err != nil {
		return Null, err
	}
	state, ok := m.obj0(a[0]).(*Tuple)
	if !ok || len(state.Items) < 3 {
		return Null, m.typeError("%s.__setstate__ argument should be 3-tuple, got %s",
			cTrunc(tpName(m.TypeOf(self)), 200), cTrunc(m.typeName(a[0]), 200))
	}
	b := m.bytesIO(self)
	b.buf, b.pos = b.buf[:0], 0
	if _, err := bytesIOWrite(m, self, state.Items[:1], nil); err != nil {
		return Null, err
	}
	posV := state.Items[1]
	if !m.isInt(posV) {
		return Null, m.typeError("second item of state must be an integer, not %s", cTrunc(m.typeName(posV), 200))
	}
	pos, err := m.ArgSsize(posV)
	if err != nil {
		return Null, err
	}
	if pos < 0 {
		return Null, m.Raisef(m.types.ValueError, "position value cannot be negative")
	}
	b.pos = int(pos)
	if err := m.ioSetstateDict(&b.ioDict, state.Items[2], "third"); err != nil {
		return Null, err
	}
	return None, nil
}

// bytesIOSizeof is __sizeof__: the object and, once the stream has a
// buffer of its own, that bytes object (33 bytes and its allocation).
// CPython shares the initial bytes and getvalue()'s result with the
// stream while both live, which quicken does not follow, so the buffer
// is counted from the first write that needs one.
func bytesIOSizeof(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "__sizeof__", args, kw); err != nil {
		return Null, err
	}
	b := m.bytesIO(self)
	n := m.TypeOf(self).BasicSize
	if !b.closed && b.alloc > 0 {
		n += 33 + b.alloc
	}
	return m.NewInt(int64(n)), nil
}
