package vm

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

// _io.FileIO: a file descriptor's bytes, unbuffered (CPython 3.11's
// fileio.c). Under open() it is an *os.File; under sys.stdin, stdout and
// stderr it is one of the Machine's streams (stdDevice).

// rawDevice is what a FileIO reads and writes.
type rawDevice interface {
	Read(p []byte) (int, error)
	Write(p []byte) (int, error)
	Seek(offset int64, whence int) (int64, error)
	Truncate(size int64) error
	Close() error
}

// fileIO is an _io.FileIO. Its name lives in the instance dict, where
// FileIO.__init__ puts it.
type fileIO struct {
	Header
	ioDict
	dev rawDevice // nil once closed
	// fd is fileno(): the descriptor, -1 once closed.
	fd                                     int
	readable, writable, appending, created bool
	closefd                                bool
	seekable                               int8 // -1 until asked
	blksize                                int
	tty                                    bool
}

func (f *fileIO) traverse(visit func(Value)) { f.traverseDict(visit) }

var fileIOSpec = typeSpec{name: "FileIO", module: "_io", basicSize: 48, dictOffset: 40, weakrefOffset: 32,
	flags: ioFlags,
	base:  func(t *builtinTypes) *Type { return t.io.RawIOBase },
	slots: Slots{Repr: fileIORepr, GetAttr: builtinGetAttr, SetAttr: builtinSetAttr},
	methods: []MethodDef{
		{Name: "read", Fn: fileIORead},
		{Name: "readall", Fn: fileIOReadall},
		{Name: "readinto", Fn: fileIOReadinto},
		{Name: "write", Fn: fileIOWrite},
		{Name: "seek", Fn: fileIOSeek},
		{Name: "tell", Fn: fileIOTell},
		{Name: "truncate", Fn: fileIOTruncate},
		{Name: "close", Fn: fileIOClose},
		{Name: "seekable", Fn: fileIOSeekable},
		{Name: "readable", Fn: fileIOReadable},
		{Name: "writable", Fn: fileIOWritable},
		{Name: "fileno", Fn: fileIOFileno},
		{Name: "isatty", Fn: fileIOIsatty},
		{Name: "_dealloc_warn", Fn: ioDeallocWarn},
	},
	getsets: []GetSetDef{
		{Name: "closed", Get: func(m *Machine, v Value) (Value, error) { return Bool(m.fileIO(v).dev == nil), nil }},
		{Name: "closefd", Get: func(m *Machine, v Value) (Value, error) { return Bool(m.fileIO(v).closefd), nil }},
		{Name: "mode", Get: func(m *Machine, v Value) (Value, error) { return m.NewStr(m.fileIO(v).mode()), nil }},
		{Name: "_blksize", Get: func(m *Machine, v Value) (Value, error) { return m.NewInt(int64(m.fileIO(v).blksize)), nil }},
		{Name: "_finalizing", Get: func(m *Machine, v Value) (Value, error) { return False, nil }},
	},
}

func ioDeallocWarn(m *Machine, self Value, args, kw []Value) (Value, error) {
	return None, nil
}

func (m *Machine) fileIO(v Value) *fileIO { return m.obj(v).(*fileIO) }

// mode is FileIO.mode (mode_string).
func (f *fileIO) mode() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable && f.writable:
		return "rb+"
	case f.readable:
		return "rb"
	}
	return "wb"
}

func fileIORepr(m *Machine, v Value) (Value, error) {
	f := m.fileIO(v)
	if f.dev == nil {
		return m.NewStr("<_io.FileIO [closed]>"), nil
	}
	closefd := "False"
	if f.closefd {
		closefd = "True"
	}
	name, err := m.lookupAttrStr(v, "name")
	if err != nil {
		return Null, err
	}
	if name == Null {
		return m.NewStr("<_io.FileIO fd=" + itoa(f.fd) + " mode='" + f.mode() + "' closefd=" + closefd + ">"), nil
	}
	r, err := m.ReprString(name)
	if err != nil {
		return Null, err
	}
	return m.NewStr("<_io.FileIO name=" + r + " mode='" + f.mode() + "' closefd=" + closefd + ">"), nil
}

// osError raises the OSError for a failed system call (the subclass its
// errno selects), naming filename unless it is Null.
func (m *Machine) osError(err error, filename Value) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		if !errors.As(err, &errno) {
			errno = syscall.EIO
		}
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	args := []Value{m.NewInt(int64(errno)), m.NewStr(msg)}
	if filename != Null {
		args = append(args, filename)
	}
	return m.raiseValue(m.makeException(m.types.exceptions["OSError"], args...))
}

// checks of fileio.c: err_closed and err_mode.
func (m *Machine) fileIOCheck(f *fileIO) error {
	if f.dev == nil {
		return m.ioClosedError("I/O operation on closed file")
	}
	return nil
}

func (m *Machine) fileIOCheckReadable(f *fileIO) error {
	if err := m.fileIOCheck(f); err != nil {
		return err
	}
	if !f.readable {
		return m.unsupported("File not open for reading")
	}
	return nil
}

func (m *Machine) fileIOCheckWritable(f *fileIO) error {
	if err := m.fileIOCheck(f); err != nil {
		return err
	}
	if !f.writable {
		return m.unsupported("File not open for writing")
	}
	return nil
}

// readRaw is one read(2) of at most n bytes ("" at the end of the file).
func (m *Machine) readRaw(f *fileIO, n int) (string, error) {
	if n == 0 {
		return "", nil
	}
	buf := make([]byte, n)
	got, err := f.dev.Read(buf)
	if err != nil && err != io.EOF {
		return "", m.osError(err, Null)
	}
	return string(buf[:got]), nil
}

// readAllRaw reads to the end of the file.
func (m *Machine) readAllRaw(f *fileIO) (string, error) {
	var out []byte
	buf := make([]byte, 64*1024)
	for {
		n, err := f.dev.Read(buf)
		out = append(out, buf[:n]...)
		if err == io.EOF || err == nil && n == 0 {
			return string(out), nil
		}
		if err != nil {
			return "", m.osError(err, Null)
		}
	}
}

// writeRaw is write(2) of all of b.
func (m *Machine) writeRaw(f *fileIO, b string) error {
	if _, err := f.dev.Write([]byte(b)); err != nil {
		return m.osError(err, Null)
	}
	return nil
}

func (m *Machine) seekRaw(f *fileIO, pos int64, whence int) (int64, error) {
	r, err := f.dev.Seek(pos, whence)
	if err != nil {
		return 0, m.osError(err, Null)
	}
	return r, nil
}

// optSize is the "size" argument of read methods
// (_Py_convert_optional_to_ssize_t): an int by __index__ or None.
func (m *Machine) optSize(v Value) (int64, error) {
	if v == Null || v == None {
		return -1, nil
	}
	if m.TypeOf(v).Index == nil && !m.isInt(v) {
		return 0, m.typeError("argument should be integer or None, not '%s'", m.typeName(v))
	}
	return m.ArgSsize(v)
}

var (
	specFileIORead     = &ArgSpec{Name: "read", Kind: ArgsPositional, Min: 0, Max: 1}
	specFileIOReadinto = &ArgSpec{Name: "readinto", Func: "FileIO.readinto", Kind: ArgsO}
	specFileIOWrite    = &ArgSpec{Name: "write", Func: "FileIO.write", Kind: ArgsO}
	specFileIOSeek     = &ArgSpec{Name: "seek", Kind: ArgsPositional, Min: 1, Max: 2}
	specFileIOTruncate = &ArgSpec{Name: "truncate", Kind: ArgsPositional, Min: 0, Max: 1}
)

func fileIORead(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specFileIORead, args, kw, a[:]); err != nil {
		return Null, err
	}
	f := m.fileIO(self)
	if err := m.fileIOCheckReadable(f); err != nil {
		return Null, err
	}
	n, err := m.optSize(a[0])
	if err != nil {
		return Null, err
	}
	var b string
	if n < 0 {
		b, err = m.readAllRaw(f)
	} else {
		b, err = m.readRaw(f, int(n))
	}
	if err != nil {
		return Null, err
	}
	return m.newBytes(b), nil
}

func fileIOReadall(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "readall", args, kw); err != nil {
		return Null, err
	}
	f := m.fileIO(self)
	if err := m.fileIOCheck(f); err != nil {
		return Null, err
	}
	b, err := m.readAllRaw(f)
	if err != nil {
		return Null, err
	}
	return m.newBytes(b), nil
}

// writableBuffer is a read-write bytes-like argument (readinto's): the
// bytearray's or memoryview's storage.
func (m *Machine) writableBuffer(v Value, fn string) ([]byte, error) {
	if ba := m.byteArray(v); ba != nil {
		return ba.B, nil
	}
	return nil, m.typeError("%s() argument must be read-write bytes-like object, not %s", fn, m.typeName(v))
}

func fileIOReadinto(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specFileIOReadinto, args, kw, a[:]); err != nil {
		return Null, err
	}
	buf, err := m.writableBuffer(a[0], "readinto")
	if err != nil {
		return Null, err
	}
	f := m.fileIO(self)
	if err := m.fileIOCheckReadable(f); err != nil {
		return Null, err
	}
	b, err := m.readRaw(f, len(buf))
	if err != nil {
		return Null, err
	}
	copy(buf, b)
	return m.NewInt(int64(len(b))), nil
}

func fileIOWrite(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specFileIOWrite, args, kw, a[:]); err != nil {
		return Null, err
	}
	f := m.fileIO(self)
	if err := m.fileIOCheckWritable(f); err != nil {
		return Null, err
	}
	b, err := m.bufferArg(a[0])
	if err != nil {
		return Null, err
	}
	if err := m.writeRaw(f, b); err != nil {
		return Null, err
	}
	return m.NewInt(int64(len(b))), nil
}

// whenceArg is a seek's whence (an int, 0 when omitted).
func (m *Machine) whenceArg(v Value) (int, error) {
	if v == Null {
		return 0, nil
	}
	return m.ArgCInt(v)
}

func fileIOSeek(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specFileIOSeek, args, kw, a[:]); err != nil {
		return Null, err
	}
	f := m.fileIO(self)
	if err := m.fileIOCheck(f); err != nil {
		return Null, err
	}
	if m.TypeOf(a[0]) == m.types.Float {
		return Null, m.typeError("an integer is required")
	}
	pos, err := m.ArgSsize(a[0])
	if err != nil {
		return Null, err
	}
	whence, err := m.whenceArg(a[1])
	if err != nil {
		return Null, err
	}
	r, err := m.seekRaw(f, pos, whence)
	if err != nil {
		return Null, err
	}
	return m.NewInt(r), nil
}

func fileIOTell(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "tell", args, kw); err != nil {
		return Null, err
	}
	f := m.fileIO(self)
	if err := m.fileIOCheck(f); err != nil {
		return Null, err
	}
	r, err := m.seekRaw(f, 0, io.SeekCurrent)
	if err != nil {
		return Null, err
	}
	return m.NewInt(r), nil
}

// truncateRaw is FileIO.truncate: to pos (the current position when
// Null or None), which it returns.
func (m *Machine) truncateRaw(f *fileIO, pos Value) (Value, error) {
	if err := m.fileIOCheckWritable(f); err != nil {
		return Null, err
	}
	if pos == Null || pos == None {
		r, err := m.seekRaw(f, 0, io.SeekCurrent)
		if err != nil {
			return Null, err
		}
		pos = m.NewInt(r)
	}
	n, err := m.ArgSsize(pos)
	if err != nil {
		return Null, err
	}
	if err := f.dev.Truncate(n); err != nil {
		return Null, m.osError(err, Null)
	}
	return pos, nil
}

func fileIOTruncate(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specFileIOTruncate, args, kw, a[:]); err != nil {
		return Null, err
	}
	f := m.fileIO(self)
	if err := m.fileIOCheck(f); err != nil {
		return Null, err
	}
	return m.truncateRaw(f, a[0])
}

// closeRaw is FileIO.close: _RawIOBase.close (which marks the object
// closed), then the descriptor closed unless closefd is false.
func (m *Machine) closeRaw(f *fileIO) error {
	_, err := ioBaseClose(m, f.self, nil, nil)
	if f.dev != nil {
		dev := f.dev
		f.dev, f.fd = nil, -1
		if f.closefd {
			if cerr := dev.Close(); cerr != nil && err == nil {
				err = m.osError(cerr, Null)
			}
		}
	}
	return err
}

func fileIOClose(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ioNoArgs(self, "close", args, kw); err != nil {
		return Null, err
	}
	if err := m.closeRaw(m.fileIO(self)); err != nil {
		return Null, err
	}
	return None, nil
}

func (m *Machine) seekableRaw(f *fileIO) bool {
	if f.seekable < 0 {
		f.seekable = 0
		if _, err := f.dev.Seek(0, io.SeekCurrent); err == nil {
			f.seekable = 1
		}
	}
	return f.seekable == 1
}

// fileIOQuery makes the FileIO methods that take no argument and answer
// from the open file (fileno, isatty, readable, writable, seekable).
func fileIOQuery(name string, answer func(m *Machine, f *fileIO) Value) BuiltinFunc {
	return func(m *Machine, self Value, args, kw []Value) (Value, error) {
		if err := m.ioNoArgs(self, name, args, kw); err != nil {
			return Null, err
		}
		f := m.fileIO(self)
		if err := m.fileIOCheck(f); err != nil {
			return Null, err
		}
		return answer(m, f), nil
	}
}

var (
	fileIOSeekable = fileIOQuery("seekable", func(m *Machine, f *fileIO) Value { return Bool(m.seekableRaw(f)) })
	fileIOReadable = fileIOQuery("readable", func(m *Machine, f *fileIO) Value { return Bool(f.readable) })
	fileIOWritable = fileIOQuery("writable", func(m *Machine, f *fileIO) Value { return Bool(f.writable) })
	fileIOFileno   = fileIOQuery("fileno", func(m *Machine, f *fileIO) Value { return m.NewInt(int64(f.fd)) })
	fileIOIsatty   = fileIOQuery("isatty", func(m *Machine, f *fileIO) Value { return Bool(f.tty) })
)

// openFileIO is FileIO(name, mode, closefd) for open(): the file opened
// with the flags of its mode, its name kept in the instance dict.
func (m *Machine) openFileIO(path string, name Value, mode string) (*fileIO, error) {
	f := &fileIO{closefd: true, seekable: -1}
	flags := syscall.O_CLOEXEC
	plus := strings.IndexByte(mode, '+') >= 0
	switch {
	case strings.IndexByte(mode, 'x') >= 0:
		f.created, f.writable = true, true
		flags |= os.O_EXCL | os.O_CREATE
	case strings.IndexByte(mode, 'w') >= 0:
		f.writable = true
		flags |= os.O_CREATE | os.O_TRUNC
	case strings.IndexByte(mode, 'a') >= 0:
		f.writable, f.appending = true, true
		flags |= os.O_APPEND | os.O_CREATE
	default:
		f.readable = true
	}
	if plus {
		f.readable, f.writable = true, true
	}
	switch {
	case f.readable && f.writable:
		flags |= os.O_RDWR
	case f.writable:
		flags |= os.O_WRONLY
	default:
		flags |= os.O_RDONLY
	}
	file, err := os.OpenFile(path, flags, 0o666)
	if err != nil {
		return nil, m.osError(err, name)
	}
	if st, err := file.Stat(); err == nil && st.IsDir() {
		file.Close()
		return nil, m.osError(syscall.EISDIR, name)
	}
	f.dev, f.fd = file, int(file.Fd())
	f.blksize = fileBlockSize(file)
	f.tty = isTerminal(file)
	m.alloc(f, m.types.io.FileIO)
	m.ioAttr(&f.ioDict, "name", name)
	if f.appending {
		// CPython seeks to the end at once, so that tell() is right
		// before the first write.
		if _, err := file.Seek(0, io.SeekEnd); err != nil {
			m.closeRaw(f)
			return nil, m.osError(err, Null)
		}
	}
	return f, nil
}

// rawFlush is flush() of the FileIO beneath a buffered or text layer
// (_IOBase.flush). An exact FileIO is asked directly whether it is
// closed rather than through the __IOBase_closed attribute: CPython's
// startup has already looked up names on the standard streams' FileIO
// type, so flushing them at exit must not be the lookup that gives
// FileIO its version tag (an event the program never caused).
func (m *Machine) rawFlush(f *fileIO) error {
	if f.typ == m.types.io.FileIO && (f.dict == nil || m.dictGetStr(f.dict, ioClosedFlag) == Null) {
		if f.dev == nil {
			return m.ioClosedError(closedFileMsg)
		}
		return nil
	}
	_, err := ioBaseFlush(m, f.self, nil, nil)
	return err
}
