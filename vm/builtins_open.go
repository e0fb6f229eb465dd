package vm

import (
	"strings"
	"syscall"
)

// open() (CPython 3.11's _io.open): a FileIO, wrapped in a buffered
// object unless buffering is 0, wrapped in a TextIOWrapper unless the
// mode is binary. The checks and their order are _io_open_impl's: the
// mode and the arguments binary mode refuses first, then the file is
// opened, then the layers are made (a bad newline or encoding is
// reported after the file was created or truncated, as in CPython).
//
// Only a Machine with Options.WriteFiles may create or change files
// (quicken run sets it); elsewhere every mode that writes, appends,
// creates or updates raises PermissionError, so that the explorer and a
// replayed recording never touch the file system.
//
// Files opened for writing go in the Machine's table of open files
// (openFiles): their buffers are written out whenever open() is called
// again and at exit, where CPython's reference counting would have
// closed a file object the program dropped (`open(p, "w").write(s)`).

var openDef = MethodDef{Name: "open", Fn: bltinOpen}

var specOpen = &ArgSpec{Name: "open", Kind: ArgsKeywords,
	Names: []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
	Min:   1, Max: 8}

// openFiles is the Machine's table of the files open() opened for
// writing and not yet closed.
type openFiles struct {
	writers []Object // *textIO or *bufferedIO
}

// flushOpenFiles writes out what the files opened for writing buffer,
// errors ignored, as their deallocation would; closed files leave the
// table.
func (m *Machine) flushOpenFiles() {
	kept := m.files.writers[:0]
	for _, o := range m.files.writers {
		switch f := o.(type) {
		case *textIO:
			if f.detached || f.layerClosed() {
				continue
			}
			_ = m.textWriteFlush(f)
			if f.buffer != nil {
				_ = m.bufFlushWrites(f.buffer)
			}
		case *bufferedIO:
			if f.detached || f.raw.dev == nil {
				continue
			}
			_ = m.bufFlushWrites(f)
		}
		kept = append(kept, o)
	}
	clear(m.files.writers[len(kept):])
	m.files.writers = kept
}

func bltinOpen(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [8]Value
	if err := m.ParseArgs(specOpen, args, kw, a[:]); err != nil {
		return Null, err
	}
	file := a[0]
	mode := "r"
	if a[1] != Null {
		s := m.str(a[1])
		if s == nil {
			return Null, m.typeError("open() argument 'mode' must be str, not %s", m.badArgumentName(a[1]))
		}
		mode = s.S
	}
	buffering := int64(-1)
	if a[2] != Null {
		b, err := m.ArgCInt(a[2])
		if err != nil {
			return Null, err
		}
		buffering = int64(b)
	}
	encoding, haveEncoding, err := m.optionalStr("open", "encoding", a[3])
	if err != nil {
		return Null, err
	}
	errors, haveErrors, err := m.optionalStr("open", "errors", a[4])
	if err != nil {
		return Null, err
	}
	newline, haveNewline, err := m.optionalStr("open", "newline", a[5])
	if err != nil {
		return Null, err
	}
	closefd := true
	if a[6] != Null {
		if closefd, err = m.Truth(a[6]); err != nil {
			return Null, err
		}
	}

	// The file: a path (str, bytes or os.PathLike) or a descriptor.
	var path string
	pathV := file
	fd := -1
	if m.isInt(file) {
		n, err := m.ArgCInt(file)
		if err != nil {
			return Null, err
		}
		fd = n
	} else {
		if pathV, err = m.fsPath(file); err != nil {
			return Null, err
		}
		if s := m.str(pathV); s != nil {
			path = s.S
		} else {
			path = m.bytesObj(pathV).B
		}
	}

	creating, reading, writing, appending, updating, binary, err := m.openMode(mode)
	if err != nil {
		return Null, err
	}
	if binary && haveEncoding {
		return Null, m.Raisef(m.types.ValueError, "binary mode doesn't take an encoding argument")
	}
	if binary && haveErrors {
		return Null, m.Raisef(m.types.ValueError, "binary mode doesn't take an errors argument")
	}
	if binary && haveNewline {
		return Null, m.Raisef(m.types.ValueError, "binary mode doesn't take a newline argument")
	}
	if binary && buffering == 1 {
		if err := m.warn(m.types.exceptions["RuntimeWarning"],
			"line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used"); err != nil {
			return Null, err
		}
	}

	// The raw file (FileIO).
	rawMode := strings.Repeat("x", creating) + strings.Repeat("r", reading) +
		strings.Repeat("w", writing) + strings.Repeat("a", appending)
	if updating {
		rawMode += "+"
	}
	var raw *fileIO
	if path == "" && m.isInt(file) {
		if raw, err = m.openFD(fd, rawMode, closefd); err != nil {
			return Null, err
		}
	} else {
		if !closefd {
			return Null, m.Raisef(m.types.ValueError, "Cannot use closefd=False with file name")
		}
		if strings.IndexByte(path, 0) >= 0 {
			return Null, m.Raisef(m.types.ValueError, "embedded null byte")
		}
		if (reading == 0 || updating) && !m.opts.WriteFiles {
			return Null, m.osError(syscall.EACCES, pathV)
		}
		m.flushOpenFiles()
		if a[7] != Null && a[7] != None {
			// The opener must return a descriptor, and quicken has only
			// the standard streams' to give.
			r, err := m.Call(a[7], []Value{pathV, m.NewInt(int64(openFlags(rawMode)))}, nil)
			if err != nil {
				return Null, err
			}
			n, err := m.ArgCInt(r)
			if err != nil {
				return Null, err
			}
			if n < 0 {
				return Null, m.Raisef(m.types.ValueError, "opener returned %d", n)
			}
			if raw, err = m.openFD(n, rawMode, true); err != nil {
				return Null, err
			}
			m.ioAttr(&raw.ioDict, "name", pathV)
		} else if raw, err = m.openFileIO(path, pathV, rawMode); err != nil {
			return Null, err
		}
	}

	// Buffering: line buffering on a terminal or when asked for, else
	// the file's block size.
	lineBuffering := false
	if buffering == 1 || buffering < 0 && raw.tty {
		buffering, lineBuffering = -1, true
	}
	if buffering < 0 {
		buffering = int64(raw.blksize)
		if buffering <= 1 {
			buffering = defaultBufferSize
		}
	}
	if buffering == 0 {
		if !binary {
			m.closeRaw(raw)
			return Null, m.Raisef(m.types.ValueError, "can't have unbuffered text I/O")
		}
		return raw.self, nil
	}
	buf := m.newBuffered(raw, int(buffering))
	if binary {
		if raw.writable {
			m.files.writers = append(m.files.writers, buf)
		}
		return buf.self, nil
	}
	o := textOptions{encoding: encoding, errors: errors, lineBuffering: lineBuffering}
	if haveNewline {
		if err := m.checkNewline(newline); err != nil {
			m.bufClose(buf)
			return Null, err
		}
		o.newline = &newline
	}
	t, err := m.newTextIO(buf, nil, o)
	if err != nil {
		m.bufClose(buf)
		return Null, err
	}
	modeV := a[1]
	if modeV == Null {
		modeV = m.Intern("r")
	}
	m.ioAttr(&t.ioDict, "mode", modeV)
	if raw.writable {
		m.files.writers = append(m.files.writers, t)
	}
	return t.self, nil
}

// openFlags are the open(2) flags of a FileIO mode.
func openFlags(mode string) int {
	flags := syscall.O_CLOEXEC
	switch {
	case strings.IndexByte(mode, 'x') >= 0:
		flags |= syscall.O_EXCL | syscall.O_CREAT
	case strings.IndexByte(mode, 'w') >= 0:
		flags |= syscall.O_CREAT | syscall.O_TRUNC
	case strings.IndexByte(mode, 'a') >= 0:
		flags |= syscall.O_APPEND | syscall.O_CREAT
	}
	switch {
	case strings.IndexByte(mode, '+') >= 0:
		flags |= syscall.O_RDWR
	case strings.IndexByte(mode, 'r') >= 0:
		flags |= syscall.O_RDONLY
	default:
		flags |= syscall.O_WRONLY
	}
	return flags
}

// openMode decodes open()'s mode as _io_open_impl does.
func (m *Machine) openMode(mode string) (creating, reading, writing, appending int, updating, binary bool, err error) {
	text := false
	invalid := func() error { return m.Raisef(m.types.ValueError, "invalid mode: '%s'", mode) }
	for i := 0; i < len(mode); i++ {
		c := mode[i]
		switch c {
		case 'x':
			creating = 1
		case 'r':
			reading = 1
		case 'w':
			writing = 1
		case 'a':
			appending = 1
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		default:
			err = invalid()
			return
		}
		if strings.IndexByte(mode[i+1:], c) >= 0 {
			err = invalid()
			return
		}
	}
	switch {
	case text && binary:
		err = m.Raisef(m.types.ValueError, "can't have text and binary mode at once")
	case creating+reading+writing+appending > 1:
		err = m.Raisef(m.types.ValueError, "must have exactly one of create/read/write/append mode")
	case creating+reading+writing+appending == 0:
		err = m.Raisef(m.types.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	return
}

// fsPath is PyOS_FSPath: a str or bytes path, or what __fspath__
// returns.
func (m *Machine) fsPath(v Value) (Value, error) {
	if m.str(v) != nil || m.bytesObj(v) != nil {
		return v, nil
	}
	f, err := m.lookupAttrStr(m.TypeOf(v).self, "__fspath__")
	if err != nil {
		return Null, err
	}
	if f == Null {
		return Null, m.typeError("expected str, bytes or os.PathLike object, not %s", m.typeName(v))
	}
	r, err := m.CallMethod(v, "__fspath__")
	if err != nil {
		return Null, err
	}
	if m.str(r) != nil || m.bytesObj(r) != nil {
		return r, nil
	}
	return Null, m.typeError("expected %s.__fspath__() to return str or bytes, not %s", m.typeName(v), m.typeName(r))
}

// openFD is FileIO(fd, mode, closefd): quicken lets a program open its
// standard streams' descriptors only.
func (m *Machine) openFD(fd int, mode string, closefd bool) (*fileIO, error) {
	if fd < 0 {
		return nil, m.Raisef(m.types.ValueError, "negative file descriptor")
	}
	if fd > 2 {
		return nil, m.osError(syscall.EBADF, Null)
	}
	f := m.newStdFileIO(fd)
	f.readable, f.writable, f.appending, f.created = false, false, false, false
	switch {
	case strings.IndexByte(mode, 'r') >= 0:
		f.readable = true
	case strings.IndexByte(mode, 'x') >= 0:
		f.writable, f.created = true, true
	case strings.IndexByte(mode, 'a') >= 0:
		f.writable, f.appending = true, true
	default:
		f.writable = true
	}
	if strings.IndexByte(mode, '+') >= 0 {
		f.readable, f.writable = true, true
	}
	f.closefd = closefd
	m.ioAttr(&f.ioDict, "name", m.NewInt(int64(fd)))
	return f, nil
}
