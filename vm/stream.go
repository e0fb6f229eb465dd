package vm

import (
	"bufio"
	"io"
	"os"
	"syscall"
)

// The standard streams. Between a program's print() and the file
// descriptor, CPython 3.11 puts a TextIOWrapper, which keeps encoded text
// pending up to its 8 KiB chunk size, over a BufferedWriter with a buffer
// of the file's block size, over a FileIO (create_stdio in pylifecycle.c).
// How they are set up decides when text reaches the descriptor, and so
// how stdout and stderr interleave when they share a pipe or a file
// (`2>&1`):
//
//   - unbuffered (PYTHONUNBUFFERED or -u): the TextIOWrapper is write
//     through and directly over the FileIO (no BufferedWriter);
//   - stdout on a terminal: line buffered, flushed by any write that
//     holds a newline or carriage return;
//   - stdout elsewhere: block buffered; text goes out when the chunk or
//     the buffer fills, on flush() and at exit;
//   - stderr: line buffered.
//
// The io objects (textio.go, bufferedio.go, fileio.go) model those
// layers exactly; beneath them, a FileIO's writes go to an outStream,
// which coalesces them for speed and is flushed whenever the order of
// the two streams could be observed.

// Buffering says how the standard streams are set up, as CPython decides
// at startup. The zero value is unbuffered UTF-8.
type Buffering struct {
	// Buffered is false under PYTHONUNBUFFERED or `python3 -u`.
	Buffered bool
	// StdoutTTY is whether stdout is a terminal (line buffered, and
	// sys.stdout.isatty()); StdinTTY and StderrTTY answer isatty().
	StdinTTY, StdoutTTY, StderrTTY bool
	// StdoutBlockSize and StderrBlockSize are the files' st_blksize,
	// the size of their BufferedWriter's buffer (8192 if 0).
	StdoutBlockSize, StderrBlockSize int
	// Encoding and Errors are PYTHONIOENCODING's parts: the streams'
	// encoding ("" for utf-8) and the error handler of stdin and stdout
	// ("" for surrogateescape, or strict when Encoding is set); stderr's
	// is always backslashreplace.
	Encoding, Errors string
}

// textChunkSize is TextIOWrapper's _CHUNK_SIZE.
const textChunkSize = 8192

// defaultBufferSize is io.DEFAULT_BUFFER_SIZE, used when the file's
// block size is unknown.
const defaultBufferSize = 8192

// textBuffer is sys.__stdout__ or sys.__stderr__ as the Machine made it:
// the set-up create_stdio chose, then the three layers. The Machine
// keeps them to write out what they buffer at exit (as CPython does when
// it deallocates them), whatever the program did with sys.stdout.
type textBuffer struct {
	out                         *outStream
	writeThrough, lineBuffering bool
	blockSize                   int
	text                        *textIO
	buffer                      *bufferedIO // nil when unbuffered
	raw                         *fileIO
}

func newTextBuffer(out *outStream, writeThrough, lineBuffering bool, blockSize int) *textBuffer {
	if blockSize <= 1 {
		blockSize = defaultBufferSize
	}
	return &textBuffer{out: out, writeThrough: writeThrough, lineBuffering: lineBuffering && !writeThrough, blockSize: blockSize}
}

// flushStd writes out all a standard stream's layers hold, errors
// ignored.
func (m *Machine) flushStd(t *textBuffer) {
	if t.text == nil {
		return
	}
	if !t.text.detached && !t.text.layerClosed() {
		_ = m.textWriteFlush(t.text)
	}
	if b := t.buffer; b != nil && !b.detached && b.raw.dev != nil {
		_ = m.bufFlushWrites(b)
	}
}

// stdDevice is the "file descriptor" beneath a standard stream's FileIO:
// the Machine's stdin, stdout or stderr.
type stdDevice struct {
	m  *Machine
	fd int
}

// Read reads stdin; what reached stdout's file is flushed first, so a
// prompt shows.
func (d *stdDevice) Read(p []byte) (int, error) {
	m := d.m
	if d.fd != 0 {
		return 0, syscall.EBADF
	}
	m.out.Flush()
	if m.in.r == nil {
		return 0, io.EOF
	}
	return m.in.r.Read(p)
}

// Write is one write(2): it reaches the file now, so that a failure
// (EPIPE) is seen by the write that caused it. What reached stdout's
// file goes before anything written to stderr's.
func (d *stdDevice) Write(p []byte) (int, error) {
	m := d.m
	var o *outStream
	switch d.fd {
	case 1:
		o = m.out
	case 2:
		m.out.Flush()
		o = m.err
	default:
		return 0, syscall.EBADF
	}
	if o.err != nil {
		return 0, o.err
	}
	o.Write(p)
	o.Flush()
	if o.err != nil {
		return 0, o.err
	}
	return len(p), nil
}

// host is the file beneath the stream when it is one.
func (d *stdDevice) host() (*os.File, bool) {
	var v any
	switch d.fd {
	case 0:
		v = d.m.in.host
	case 1:
		v = d.m.out.host
	case 2:
		v = d.m.err.host
	}
	f, ok := v.(*os.File)
	return f, ok
}

func (d *stdDevice) Seek(offset int64, whence int) (int64, error) {
	f, ok := d.host()
	if !ok {
		return 0, syscall.ESPIPE
	}
	switch d.fd {
	case 0:
		if whence == io.SeekCurrent && d.m.in.r != nil {
			offset -= int64(d.m.in.r.Buffered())
		}
		r, err := f.Seek(offset, whence)
		if err == nil && d.m.in.r != nil {
			d.m.in.r.Reset(f)
		}
		return r, err
	case 1:
		d.m.out.Flush()
	case 2:
		d.m.err.Flush()
	}
	return f.Seek(offset, whence)
}

func (d *stdDevice) Truncate(size int64) error {
	f, ok := d.host()
	if !ok {
		return syscall.EINVAL
	}
	return f.Truncate(size)
}

// Close is a no-op: the Machine's streams stay open.
func (d *stdDevice) Close() error { return nil }

// newStdFileIO is FileIO(fd, closefd=False) for a standard stream.
func (m *Machine) newStdFileIO(fd int) *fileIO {
	d := &stdDevice{m: m, fd: fd}
	f := &fileIO{dev: d, fd: fd, readable: fd == 0, writable: fd != 0, seekable: -1, blksize: defaultBufferSize}
	b := m.opts.Buffering
	switch fd {
	case 0:
		f.tty = b.StdinTTY
	case 1:
		f.tty = b.StdoutTTY
		if b.StdoutBlockSize > 1 {
			f.blksize = b.StdoutBlockSize
		}
	case 2:
		f.tty = b.StderrTTY
		if b.StderrBlockSize > 1 {
			f.blksize = b.StderrBlockSize
		}
	}
	m.alloc(f, m.types.io.FileIO)
	return f
}

// makeStdStreams is create_stdio for the three streams: it returns
// sys.stdin, sys.stdout and sys.stderr.
func (m *Machine) makeStdStreams() [3]Value {
	b := m.opts.Buffering
	encoding, errors := "utf-8", "surrogateescape"
	if b.Encoding != "" {
		if _, err := m.lookupTextEncoding(b.Encoding); err == nil {
			encoding, errors = b.Encoding, "strict"
		}
	}
	if b.Errors != "" {
		errors = b.Errors
	}
	nl := "\n"
	var streams [3]Value
	for fd := 0; fd < 3; fd++ {
		raw := m.newStdFileIO(fd)
		m.ioAttr(&raw.ioDict, "name", m.NewStr(textStreamNames[fd]))
		o := textOptions{encoding: encoding, errors: errors, newline: &nl, writeThrough: !b.Buffered}
		var stack *textBuffer
		switch fd {
		case 0:
			o.lineBuffering = b.Buffered && b.StdinTTY
		case 1:
			stack = m.stdout
		case 2:
			stack = m.stderr
			o.errors = "backslashreplace"
		}
		var buf *bufferedIO
		if fd == 0 || b.Buffered {
			size := defaultBufferSize
			if stack != nil {
				size = stack.blockSize
			}
			buf = m.newBuffered(raw, size)
		}
		if stack != nil {
			o.lineBuffering = stack.lineBuffering
		}
		t, err := m.newTextIO(buf, raw, o)
		if err != nil {
			// Not reached: utf-8 and the encodings above are known.
			panic(err)
		}
		m.ioAttr(&t.ioDict, "mode", m.NewStr(textStreamModes[fd]))
		if stack != nil {
			stack.text, stack.buffer, stack.raw = t, buf, raw
		}
		streams[fd] = t.self
	}
	return streams
}

var textStreamNames = [...]string{"<stdin>", "<stdout>", "<stderr>"}
var textStreamModes = [...]string{"r", "w", "w"}

// outStream is the file beneath sys.stdout or sys.stderr. Its writes are
// buffered for speed but flushed whenever the order of the two streams
// could be observed: before anything reaches stderr's file, before
// reading stdin, when the program pauses and when it ends.
type outStream struct {
	w    *bufio.Writer
	err  error
	host io.Writer
}

func newOutStream(w io.Writer) *outStream {
	return &outStream{w: bufio.NewWriterSize(w, 8192), host: w}
}

func (o *outStream) WriteString(s string) {
	if o.err == nil {
		_, o.err = o.w.WriteString(s)
	}
}

func (o *outStream) Write(b []byte) {
	if o.err == nil {
		_, o.err = o.w.Write(b)
	}
}

func (o *outStream) Flush() {
	if o.err == nil {
		o.err = o.w.Flush()
	}
}

// inStream is the file beneath sys.stdin.
type inStream struct {
	r    *bufio.Reader
	host io.Reader
}

func newInStream(r io.Reader) *inStream {
	if r == nil {
		return &inStream{}
	}
	return &inStream{r: bufio.NewReader(r), host: r}
}

// writeStderr writes text the interpreter itself prints (tracebacks,
// warnings) through sys.__stderr__'s layers, errors ignored (stdout's
// file flushed first, so that what reached it stays first).
func (m *Machine) writeStderr(s string) {
	m.out.Flush()
	if t := m.stderr.text; t != nil && !t.detached && !t.layerClosed() {
		_ = m.textWrite(t, s)
	}
	m.err.Flush()
}

// FlushOutput writes out what has reached the streams' files; text the
// program's sys.stdout still buffers (as CPython's would) stays there.
func (m *Machine) FlushOutput() {
	m.out.Flush()
	m.err.Flush()
}

// flushStdFiles is flush_std_files at shutdown: sys.stdout then
// sys.stderr flushed (whatever objects they now are), a failure of
// stdout's printed as an unraisable exception. It reports whether both
// flushes succeeded (CPython exits with status 120 otherwise).
func (m *Machine) flushStdFiles() bool {
	ok := true
	for _, name := range [...]string{"stdout", "stderr"} {
		v, err := m.sysStream(name)
		if err != nil || v == None || m.fileClosed(v) {
			continue
		}
		if err := m.flushFile(v); err != nil {
			ok = false
			if name == "stdout" {
				m.writeUnraisable(err, v)
			}
		}
	}
	m.FlushOutput()
	return ok
}

// flushIO is pythonrun.c's flush_io: sys.stderr.flush() then
// sys.stdout.flush(), any error ignored.
func (m *Machine) flushIO() {
	for _, name := range [...]string{"stderr", "stdout"} {
		if v, err := m.sysStream(name); err == nil && v != None {
			m.flushFile(v)
		}
	}
}

// fileClosed is file_is_closed: the file's closed attribute, false when
// it has none.
func (m *Machine) fileClosed(file Value) bool {
	if t, ok := m.obj0(file).(*textIO); ok && t.typ == m.types.TextIO && !t.detached {
		return t.layerClosed()
	}
	v, err := m.GetAttr(file, m.Intern("closed"))
	if err != nil {
		return false
	}
	t, err := m.Truth(v)
	return err == nil && t
}

// flushFile calls file.flush() (directly for a TextIOWrapper).
func (m *Machine) flushFile(file Value) error {
	if t, ok := m.obj0(file).(*textIO); ok && t.typ == m.types.TextIO {
		return m.textFlush(t)
	}
	_, err := m.CallMethod(file, "flush")
	return err
}
