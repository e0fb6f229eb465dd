package vm

import "io"

// _io.BufferedReader, BufferedWriter and BufferedRandom (CPython 3.11's
// bufferedio.c) over a FileIO. The write buffer is modelled exactly,
// because when its bytes reach the file decides how the standard
// streams interleave: data that fits joins the buffer; otherwise the
// buffer is written out, then data larger than the buffer goes out in
// one write and smaller data starts the next buffer. Reading keeps a
// read-ahead buffer filled one raw read at a time; read1() with nothing
// buffered reads the file directly, as TextIOWrapper's chunks do.
// BufferedRandom keeps either read-ahead or unwritten bytes, never both:
// a write first moves the file back over what was read ahead, a read
// first writes out what is pending.

type bufferedIO struct {
	Header
	ioDict
	raw                *fileIO // nil once detached
	readable, writable bool
	detached           bool
	size               int
	// rbuf[rpos:] is read ahead, not yet returned.
	rbuf []byte
	rpos int
	// wbuf is written, not yet handed to the file.
	wbuf []byte
}

func (b *bufferedIO) traverse(visit func(Value)) {
	b.traverseDict(visit)
	if b.raw != nil {
		visit(b.raw.self)
	}
}

func (b *bufferedIO) unread() int { return len(b.rbuf) - b.rpos }

func (m *Machine) buffered(v Value) *bufferedIO { return m.obj(v).(*bufferedIO) }

var bufferedCommon = []MethodDef{
	{Name: "close", Fn: bufferedClose},
	{Name: "detach", Fn: bufferedDetach},
	{Name: "seekable", Fn: bufferedSeekable},
	{Name: "fileno", Fn: bufferedFileno},
	{Name: "isatty", Fn: bufferedIsatty},
	{Name: "_dealloc_warn", Fn: ioDeallocWarn},
	{Name: "seek", Fn: bufferedSeek},
	{Name: "tell", Fn: bufferedTell},
	{Name: "truncate", Fn: bufferedTruncate},
	{Name: "__sizeof__", Fn: bufferedSizeof},
}

var bufferedReading = []MethodDef{
	{Name: "read", Fn: bufferedRead},
	{Name: "peek", Fn: bufferedPeek},
	{Name: "read1", Fn: bufferedRead1},
	{Name: "readinto", Fn: bufferedReadinto(false)},
	{Name: "readinto1", Fn: bufferedReadinto(true)},
	{Name: "readline", Fn: bufferedReadline},
	{Name: "readable", Fn: bufferedReadable},
}

var bufferedWriting = []MethodDef{
	{Name: "write", Fn: bufferedWrite},
	{Name: "writable", Fn: bufferedWritable},
}

var bufferedGetsets = []GetSetDef{
	{Name: "raw", Get: func(m *Machine, v Value) (Value, error) {
		b := m.buffered(v)
		if b.raw == nil {
			return None, nil
		}
		return b.raw.self, nil
	}},
	{Name: "_finalizing", Get: func(m *Machine, v Value) (Value, error) { return False, nil }},
	{Name: "closed", Get: bufferedGetClosed},
	{Name: "name", Get: bufferedGetRawAttr("name")},
	{Name: "mode", Get: bufferedGetRawAttr("mode")},
}

func joinMethods(lists ...[]MethodDef) []MethodDef {
	var out []MethodDef
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

var bufferedReaderSpec = typeSpec{name: "BufferedReader", module: "_io", basicSize: 152, dictOffset: 136, weakrefOffset: 144,
	flags: ioFlags,
	base:  func(t *builtinTypes) *Type { return t.io.BufferedIOBase },
	slots: Slots{Repr: bufferedRepr, GetAttr: builtinGetAttr, SetAttr: builtinSetAttr, Next: bufferedNext},
	methods: joinMethods(bufferedCommon, bufferedReading,
		[]MethodDef{{Name: "flush", Fn: bufferedSimpleFlush}}),
	getsets: bufferedGetsets,
}

var bufferedWriterSpec = typeSpec{name: "BufferedWriter", module: "_io", basicSize: 152, dictOffset: 136, weakrefOffset: 144,
	flags: ioFlags,
	base:  func(t *builtinTypes) *Type { return t.io.BufferedIOBase },
	slots: Slots{Repr: bufferedRepr, GetAttr: builtinGetAttr, SetAttr: builtinSetAttr},
	methods: joinMethods(bufferedCommon, bufferedWriting,
		[]MethodDef{{Name: "flush", Fn: bufferedFlush}}),
	getsets: bufferedGetsets,
}

var bufferedRandomSpec = typeSpec{name: "BufferedRandom", module: "_io", basicSize: 152, dictOffset: 136, weakrefOffset: 144,
	flags: ioFlags,
	base:  func(t *builtinTypes) *Type { return t.io.BufferedIOBase },
	slots: Slots{Repr: bufferedRepr, GetAttr: builtinGetAttr, SetAttr: builtinSetAttr, Next: bufferedNext},
	methods: joinMethods(bufferedCommon, bufferedReading, bufferedWriting,
		[]MethodDef{{Name: "flush", Fn: bufferedFlush}}),
	getsets: bufferedGetsets,
}

// newBuffered makes the buffered object open() puts over raw: a
// BufferedRandom for reading and writing, else a BufferedReader or
// BufferedWriter, with a buffer of size bytes.
func (m *Machine) newBuffered(raw *fileIO, size int) *bufferedIO {
	b := &bufferedIO{raw: raw, readable: raw.readable, writable: raw.writable, size: size}
	t := m.types.io.BufferedReader
	switch {
	case b.readable && b.writable:
		t = m.types.io.BufferedRandom
	case b.writable:
		t = m.types.io.BufferedWriter
	}
	m.alloc(b, t)
	return b
}

// bufCheck is CHECK_INITIALIZED.
func (m *Machine) bufCheck(b *bufferedIO) error {
	if b.detached {
		return m.Raisef(m.types.ValueError, "raw stream has been detached")
	}
	return nil
}

// bufCheckClosed is CHECK_CLOSED: closed with nothing read ahead.
func (m *Machine) bufCheckClosed(b *bufferedIO, msg string) error {
	if b.raw.dev == nil && b.unread() == 0 {
		return m.ioClosedError(msg)
	}
	return nil
}

// bufWrite is BufferedWriter.write of all of data.
func (m *Machine) bufWrite(b *bufferedIO, data string) error {
	if err := m.bufCheck(b); err != nil {
		return err
	}
	if b.raw.dev == nil {
		return m.ioClosedError("write to closed file")
	}
	if b.unread() > 0 {
		if err := m.bufRewind(b); err != nil {
			return err
		}
	}
	if len(data) <= b.size-len(b.wbuf) {
		b.wbuf = append(b.wbuf, data...)
		return nil
	}
	if err := m.bufFlushWrites(b); err != nil {
		return err
	}
	if len(data) > b.size {
		return m.writeRaw(b.raw, data)
	}
	b.wbuf = append(b.wbuf, data...)
	return nil
}

// bufFlushWrites is _bufferedwriter_flush_unlocked: the buffer written
// out; it keeps its contents if the write fails.
func (m *Machine) bufFlushWrites(b *bufferedIO) error {
	if len(b.wbuf) == 0 {
		return nil
	}
	if err := m.writeRaw(b.raw, string(b.wbuf)); err != nil {
		return err
	}
	b.wbuf = b.wbuf[:0]
	return nil
}

// bufRewind moves the file back over what was read ahead and drops it,
// so that the file's position is the logical one.
func (m *Machine) bufRewind(b *bufferedIO) error {
	n := b.unread()
	b.rbuf, b.rpos = b.rbuf[:0], 0
	if n > 0 {
		if _, err := m.seekRaw(b.raw, int64(-n), io.SeekCurrent); err != nil {
			return err
		}
	}
	return nil
}

// bufFlush is buffered_flush_and_rewind_unlocked.
func (m *Machine) bufFlush(b *bufferedIO) error {
	if err := m.bufFlushWrites(b); err != nil {
		return err
	}
	if b.readable {
		return m.bufRewind(b)
	}
	return nil
}

// bufFill reads ahead: one raw read of up to the buffer's size (or n, if
// larger). It reports whether anything came.
func (m *Machine) bufFill(b *bufferedIO, n int) (bool, error) {
	if err := m.bufFlushWrites(b); err != nil {
		return false, err
	}
	if n < b.size {
		n = b.size
	}
	data, err := m.readRaw(b.raw, n)
	if err != nil {
		return false, err
	}
	if b.rpos == len(b.rbuf) {
		b.rbuf, b.rpos = b.rbuf[:0], 0
	}
	b.rbuf = append(b.rbuf, data...)
	return data != "", nil
}

// bufTake returns up to n bytes read ahead.
func (b *bufferedIO) take(n int) string {
	if n > b.unread() {
		n = b.unread()
	}
	s := string(b.rbuf[b.rpos : b.rpos+n])
	b.rpos += n
	return s
}

// bufRead is BufferedReader.read(n): n bytes, fewer only at the end of
// the file; all of it for a negative n.
func (m *Machine) bufRead(b *bufferedIO, n int64) (string, error) {
	if err := m.bufCheck(b); err != nil {
		return "", err
	}
	if n < -1 {
		return "", m.Raisef(m.types.ValueError, "read length must be non-negative or -1")
	}
	if err := m.bufCheckClosed(b, "read of closed file"); err != nil {
		return "", err
	}
	if err := m.bufFlushWrites(b); err != nil {
		return "", err
	}
	if n < 0 {
		head := b.take(b.unread())
		rest, err := m.readAllRaw(b.raw)
		if err != nil {
			return "", err
		}
		return head + rest, nil
	}
	out := b.take(int(n))
	for int64(len(out)) < n {
		more, err := m.bufFill(b, int(n)-len(out))
		if err != nil {
			return "", err
		}
		if !more {
			break
		}
		out += b.take(int(n) - len(out))
	}
	return out, nil
}

// bufRead1 is read1(n): what is read ahead, or else one raw read.
func (m *Machine) bufRead1(b *bufferedIO, n int64) (string, error) {
	if err := m.bufCheck(b); err != nil {
		return "", err
	}
	if n < 0 {
		n = int64(b.size)
	}
	if err := m.bufCheckClosed(b, "read of closed file"); err != nil {
		return "", err
	}
	if n == 0 {
		return "", nil
	}
	if b.unread() > 0 {
		return b.take(int(n)), nil
	}
	if err := m.bufFlush(b); err != nil {
		return "", err
	}
	return m.readRaw(b.raw, int(n))
}

func (m *Machine) bufReadline(b *bufferedIO, limit int64) (string, error) {
	if err := m.bufCheck(b); err != nil {
		return "", err
	}
	if err := m.bufCheckClosed(b, "readline of closed file"); err != nil {
		return "", err
	}
	if err := m.bufFlushWrites(b); err != nil {
		return "", err
	}
	var out []byte
	for limit < 0 || int64(len(out)) < limit {
		if b.unread() == 0 {
			more, err := m.bufFill(b, 0)
			if err != nil {
				return "", err
			}
			if !more {
				break
			}
		}
		avail := b.rbuf[b.rpos:]
		if limit >= 0 && int64(len(avail)) > limit-int64(len(out)) {
			avail = avail[:limit-int64(len(out))]
		}
		for i, c := range avail {
			if c == '\n' {
				out = append(out, avail[:i+1]...)
				b.rpos += i + 1
				return string(out), nil
			}
		}
		out = append(out, avail...)
		b.rpos += len(avail)
	}
	return string(out), nil
}

// bufTell is Buffered.tell: the file's position less what is read ahead,
// plus what is not yet written.
func (m *Machine) bufTell(b *bufferedIO) (int64, error) {
	if err := m.bufCheck(b); err != nil {
		return 0, err
	}
	if err := m.fileIOCheck(b.raw); err != nil {
		return 0, err
	}
	pos, err := m.seekRaw(b.raw, 0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	pos += int64(len(b.wbuf)) - int64(b.unread())
	if pos < 0 {
		pos = 0
	}
	return pos, nil
}

// bufSeek is Buffered.seek: inside what is read ahead when it can be,
// else through the file, the buffers emptied.
func (m *Machine) bufSeek(b *bufferedIO, target int64, whence int) (int64, error) {
	if err := m.bufCheck(b); err != nil {
		return 0, err
	}
	if whence < 0 || whence > 4 {
		return 0, m.Raisef(m.types.ValueError, "whence value %d unsupported", whence)
	}
	if err := m.bufCheckClosed(b, "seek of closed file"); err != nil {
		return 0, err
	}
	if err := m.fileIOCheck(b.raw); err != nil {
		return 0, err
	}
	if !m.seekableRaw(b.raw) {
		return 0, m.unsupported("File or stream is not seekable.")
	}
	if (whence == 0 || whence == 1) && b.readable && b.unread() > 0 {
		current, err := m.seekRaw(b.raw, 0, io.SeekCurrent)
		if err != nil {
			return 0, err
		}
		avail := int64(b.unread())
		offset := target
		if whence == 0 {
			offset = target - (current - avail)
		}
		if offset >= int64(-b.rpos) && offset <= avail {
			b.rpos += int(offset)
			return current - avail + offset, nil
		}
	}
	if err := m.bufFlushWrites(b); err != nil {
		return 0, err
	}
	if whence == 1 {
		target -= int64(b.unread())
	}
	n, err := m.seekRaw(b.raw, target, whence)
	if err != nil {
		// A failed seek leaves what was read ahead, as in CPython.
		return 0, err
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return n, nil
}

// bufClose is Buffered.close: flush, then close the file even if the
// flush failed.
func (m *Machine) bufClose(b *bufferedIO) error {
	if err := m.bufCheck(b); err != nil {
		return err
	}
	if b.raw.dev == nil {
		return nil
	}
	var ferr error
	if b.writable {
		ferr = m.bufFlush(b)
	}
	cerr := m.closeRaw(b.raw)
	b.rbuf, b.rpos = nil, 0
	if ferr != nil {
		return ferr
	}
	return cerr
}

// bufDetach is Buffered.detach: flush, then hand over the file.
func (m *Machine) bufDetach(b *bufferedIO) (*fileIO, error) {
	if err := m.bufCheck(b); err != nil {
		return nil, err
	}
	if b.writable {
		if err := m.bufCheckClosed(b, "flush of closed file"); err != nil {
			return nil, err
		}
		if err := m.bufFlush(b); err != nil {
			return nil, err
		}
	} else if b.raw.dev == nil {
		return nil, m.ioClosedError(closedFileMsg)
	}
	raw := b.raw
	b.raw, b.detached = nil, true
	return raw, nil
}

// The Python methods.

var (
	specBufRead  = &ArgSpec{Name: "read", Kind: ArgsPositional, Min: 0, Max: 1}
	specBufRead1 = &ArgSpec{Name: "read1", Kind: ArgsPositional, Min: 0, Max: 1}
	specBufPeek  = &ArgSpec{Name: "peek", Kind: ArgsPositional, Min: 0, Max: 1}
	specBufLine  = &ArgSpec{Name: "readline", Kind: ArgsPositional, Min: 0, Max: 1}
	specBufWrite = &ArgSpec{Name: "write", Func: "BufferedWriter.write", Kind: ArgsO}
	specBufInto  = &ArgSpec{Name: "readinto", Func: "readinto", Kind: ArgsO}
	specBufSeek  = &ArgSpec{Name: "seek", Kind: ArgsPositional, Min: 1, Max: 2}
	specBufTrunc = &ArgSpec{Name: "truncate", Kind: ArgsPositional, Min: 0, Max: 1}
)

func bufferedRepr(m *Machine, v Value) (Value, error) {
	name := m.TypeOf(v).Name
	n, err := m.GetAttr(v, m.Intern("name"))
	if err != nil {
		if m.isRaise(err, m.types.Exception) {
			return m.NewStr("<_io." + name + ">"), nil
		}
		return Null, err
	}
	r, err := m.ReprString(n)
	if err != nil {
		return Null, err
	}
	return m.NewStr("<_io." + name + " name=" + r + ">"), nil
}

func bufferedGetClosed(m *Machine, v Value) (Value, error) {
	b := m.buffered(v)
	if err := m.bufCheck(b); err != nil {
		return Null, err
	}
	return Bool(b.raw.dev == nil), nil
}

func bufferedGetRawAttr(name string) func(m *Machine, v Value) (Value, error) {
	return func(m *Machine, v Value) (Value, error) {
		b := m.buffered(v)
		if err := m.bufCheck(b); err != nil {
			return Null, err
		}
		return m.GetAttr(b.raw.self, m.Intern(name))
	}
}

func bufferedNext(m *Machine, v Value) (Value, error) {
	line, err := m.bufReadline(m.buffered(v), -1)
	if err != nil || line == "" {
		return Null, err
	}
	return m.newBytes(line), nil
}

func bufferedClose(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "close", args, kw); err != nil {
		return Null, err
	}
	if err := m.bufClose(m.buffered(self)); err != nil {
		return Null, err
	}
	return None, nil
}

func bufferedDetach(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "detach", args, kw); err != nil {
		return Null, err
	}
	raw, err := m.bufDetach(m.buffered(self))
	if err != nil {
		return Null, err
	}
	return raw.self, nil
}

// bufferedRawCall is the methods that ask the file: CHECK_INITIALIZED,
// then the FileIO's own method.
func bufferedRawCall(name string, fn BuiltinFunc) BuiltinFunc {
	return func(m *Machine, self Value, args, kw []Value) (Value, error) {
		if err := m.ioNoArgs(self, name, args, kw); err != nil {
			return Null, err
		}
		b := m.buffered(self)
		if err := m.bufCheck(b); err != nil {
			return Null, err
		}
		return fn(m, b.raw.self, nil, nil)
	}
}

var (
	bufferedSeekable = bufferedRawCall("seekable", fileIOSeekable)
	bufferedFileno   = bufferedRawCall("fileno", fileIOFileno)
	bufferedIsatty   = bufferedRawCall("isatty", fileIOIsatty)
	bufferedReadable = bufferedRawCall("readable", fileIOReadable)
	bufferedWritable = bufferedRawCall("writable", fileIOWritable)
)

// bufferedSimpleFlush is BufferedReader.flush: the file's flush
// (_IOBase.flush for a FileIO).
func bufferedSimpleFlush(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "flush", args, kw); err != nil {
		return Null, err
	}
	b := m.buffered(self)
	if err := m.bufCheck(b); err != nil {
		return Null, err
	}
	return ioBaseFlush(m, b.raw.self, nil, nil)
}

func bufferedFlush(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "flush", args, kw); err != nil {
		return Null, err
	}
	b := m.buffered(self)
	if err := m.bufCheck(b); err != nil {
		return Null, err
	}
	if err := m.bufCheckClosed(b, "flush of closed file"); err != nil {
		return Null, err
	}
	if err := m.bufFlush(b); err != nil {
		return Null, err
	}
	return None, nil
}

func bufferedWrite(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBufWrite, args, kw, a[:]); err != nil {
		return Null, err
	}
	data, err := m.bufferArg(a[0])
	if err != nil {
		return Null, err
	}
	if err := m.bufWrite(m.buffered(self), data); err != nil {
		return Null, err
	}
	return m.NewInt(int64(len(data))), nil
}

func bufferedRead(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBufRead, args, kw, a[:]); err != nil {
		return Null, err
	}
	n, err := m.optSize(a[0])
	if err != nil {
		return Null, err
	}
	b, err := m.bufRead(m.buffered(self), n)
	if err != nil {
		return Null, err
	}
	return m.newBytes(b), nil
}

func bufferedRead1(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBufRead1, args, kw, a[:]); err != nil {
		return Null, err
	}
	n := int64(-1)
	if a[0] != Null {
		var err error
		if n, err = m.ArgSsize(a[0]); err != nil {
			return Null, err
		}
	}
	b, err := m.bufRead1(m.buffered(self), n)
	if err != nil {
		return Null, err
	}
	return m.newBytes(b), nil
}

func bufferedPeek(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBufPeek, args, kw, a[:]); err != nil {
		return Null, err
	}
	if a[0] != Null {
		if _, err := m.ArgSsize(a[0]); err != nil {
			return Null, err
		}
	}
	b := m.buffered(self)
	if err := m.bufCheck(b); err != nil {
		return Null, err
	}
	if err := m.bufCheckClosed(b, "peek of closed file"); err != nil {
		return Null, err
	}
	if b.unread() == 0 {
		if _, err := m.bufFill(b, 0); err != nil {
			return Null, err
		}
	}
	return m.NewBytes(b.rbuf[b.rpos:]), nil
}

func bufferedReadinto(one bool) BuiltinFunc {
	return func(m *Machine, self Value, args, kw []Value) (Value, error) {
		var a [1]Value
		if err := m.ParseArgs(specBufInto, args, kw, a[:]); err != nil {
			return Null, err
		}
		name := "readinto"
		if one {
			name = "readinto1"
		}
		buf, err := m.writableBuffer(a[0], name)
		if err != nil {
			return Null, err
		}
		b := m.buffered(self)
		if err := m.bufCheck(b); err != nil {
			return Null, err
		}
		if err := m.bufCheckClosed(b, "readinto of closed file"); err != nil {
			return Null, err
		}
		var data string
		if one {
			data, err = m.bufRead1(b, int64(len(buf)))
		} else {
			data, err = m.bufRead(b, int64(len(buf)))
		}
		if err != nil {
			return Null, err
		}
		copy(buf, data)
		return m.NewInt(int64(len(data))), nil
	}
}

func bufferedReadline(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBufLine, args, kw, a[:]); err != nil {
		return Null, err
	}
	n, err := m.optSize(a[0])
	if err != nil {
		return Null, err
	}
	line, err := m.bufReadline(m.buffered(self), n)
	if err != nil {
		return Null, err
	}
	return m.newBytes(line), nil
}

// offsetArg is PyNumber_AsOff_t(v, ValueError).
func (m *Machine) offsetArg(v Value) (int64, error) {
	r, err := m.NumberIndex(v)
	if err != nil {
		return 0, err
	}
	i, ok := m.Int64(r)
	if !ok {
		return 0, m.Raisef(m.types.ValueError, "cannot fit 'int' into an offset-sized integer")
	}
	return i, nil
}

func bufferedSeek(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specBufSeek, args, kw, a[:]); err != nil {
		return Null, err
	}
	b := m.buffered(self)
	if err := m.bufCheck(b); err != nil {
		return Null, err
	}
	whence, err := m.whenceArg(a[1])
	if err != nil {
		return Null, err
	}
	if whence < 0 || whence > 4 {
		return Null, m.Raisef(m.types.ValueError, "whence value %d unsupported", whence)
	}
	if err := m.bufCheckClosed(b, "seek of closed file"); err != nil {
		return Null, err
	}
	if err := m.fileIOCheck(b.raw); err != nil {
		return Null, err
	}
	if !m.seekableRaw(b.raw) {
		return Null, m.unsupported("File or stream is not seekable.")
	}
	target, err := m.offsetArg(a[0])
	if err != nil {
		return Null, err
	}
	pos, err := m.bufSeek(b, target, whence)
	if err != nil {
		return Null, err
	}
	return m.NewInt(pos), nil
}

func bufferedTell(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "tell", args, kw); err != nil {
		return Null, err
	}
	pos, err := m.bufTell(m.buffered(self))
	if err != nil {
		return Null, err
	}
	return m.NewInt(pos), nil
}

// bufTruncate is Buffered.truncate: what is pending written, the file's
// position made the logical one, then the file truncated.
func (m *Machine) bufTruncate(b *bufferedIO, pos Value) (Value, error) {
	if err := m.bufCheck(b); err != nil {
		return Null, err
	}
	if err := m.bufCheckClosed(b, "truncate of closed file"); err != nil {
		return Null, err
	}
	if !b.writable {
		return Null, m.unsupported("truncate")
	}
	if err := m.bufFlush(b); err != nil {
		return Null, err
	}
	return m.truncateRaw(b.raw, pos)
}

func bufferedTruncate(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specBufTrunc, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.bufTruncate(m.buffered(self), a[0])
}

func bufferedSizeof(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "__sizeof__", args, kw); err != nil {
		return Null, err
	}
	b := m.buffered(self)
	return m.NewInt(int64(m.TypeOf(self).BasicSize + b.size)), nil
}
