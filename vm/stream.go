package vm

import (
	"bufio"
	"io"
	"strings"
)

// The standard streams. Between a program's print() and the file
// descriptor, CPython 3.11 puts a TextIOWrapper, which keeps encoded text
// pending up to its 8 KiB chunk size, over a BufferedWriter with a buffer
// of the file's block size (create_stdio in pylifecycle.c). How they are
// set up decides when text reaches the descriptor, and so how stdout and
// stderr interleave when they share a pipe or a file (`2>&1`):
//
//   - unbuffered (PYTHONUNBUFFERED or -u): every write goes out at once
//     (write_through, no BufferedWriter);
//   - stdout on a terminal: line buffered, flushed by any write that
//     holds a newline or carriage return;
//   - stdout elsewhere: block buffered; text goes out when the chunk or
//     the buffer fills, on flush() and at exit;
//   - stderr: line buffered.
//
// textBuffer models those two layers exactly; beneath it, outStream
// coalesces the writes that reach the "descriptor" for speed and is
// flushed whenever the order of the two streams could be observed.

// Buffering says how the standard streams buffer, as CPython decides at
// startup. The zero value is unbuffered.
type Buffering struct {
	// Buffered is false under PYTHONUNBUFFERED or `python3 -u`.
	Buffered bool
	// StdoutTTY is whether stdout is a terminal (line buffered, and
	// sys.stdout.isatty()); StdinTTY and StderrTTY answer isatty().
	StdinTTY, StdoutTTY, StderrTTY bool
	// StdoutBlockSize and StderrBlockSize are the files' st_blksize,
	// the size of their BufferedWriter's buffer (8192 if 0).
	StdoutBlockSize, StderrBlockSize int
}

// textChunkSize is TextIOWrapper's _CHUNK_SIZE.
const textChunkSize = 8192

// defaultBufferSize is io.DEFAULT_BUFFER_SIZE, used when the file's
// block size is unknown.
const defaultBufferSize = 8192

// textBuffer is a TextIOWrapper over a BufferedWriter (or, write-through,
// over the raw file).
type textBuffer struct {
	raw           *outStream
	writeThrough  bool
	lineBuffering bool
	// pending is the TextIOWrapper's encoded text not yet handed on.
	pending []byte
	// buf is the BufferedWriter's buffer, of capacity bufSize.
	buf     []byte
	bufSize int
}

func newTextBuffer(raw *outStream, writeThrough, lineBuffering bool, blockSize int) *textBuffer {
	if blockSize <= 1 {
		blockSize = defaultBufferSize
	}
	return &textBuffer{raw: raw, writeThrough: writeThrough, lineBuffering: lineBuffering, bufSize: blockSize}
}

// write is TextIOWrapper.write of text already encoded: the error is the
// host's, from a write of the file that failed.
func (t *textBuffer) write(s string) error {
	if t.writeThrough {
		return t.rawWriteString(s)
	}
	needFlush := t.lineBuffering && strings.ContainsAny(s, "\n\r")
	if len(t.pending)+len(s) > textChunkSize {
		// CPython 3.11 never lets pending text grow past a chunk.
		if err := t.handOn(); err != nil {
			return err
		}
	}
	t.pending = append(t.pending, s...)
	if len(t.pending) >= textChunkSize || needFlush {
		if err := t.handOn(); err != nil {
			return err
		}
	}
	if needFlush {
		return t.flushBuffer()
	}
	return nil
}

// handOn is _textiowrapper_writeflush: the pending text, joined, is one
// BufferedWriter.write. The text is dropped even when that fails.
func (t *textBuffer) handOn() error {
	if len(t.pending) == 0 {
		return nil
	}
	b := t.pending
	t.pending = t.pending[:0]
	err := t.bufferedWrite(b)
	return err
}

// bufferedWrite is BufferedWriter.write: data that fits joins the
// buffer; otherwise the buffer is written out, then data larger than the
// buffer goes out in one write and smaller data starts the next buffer.
func (t *textBuffer) bufferedWrite(b []byte) error {
	if len(b) <= t.bufSize-len(t.buf) {
		t.buf = append(t.buf, b...)
		return nil
	}
	if err := t.flushBuffer(); err != nil {
		return err
	}
	if len(b) > t.bufSize {
		return t.rawWrite(b)
	}
	t.buf = append(t.buf, b...)
	return nil
}

// flushBuffer writes out the BufferedWriter's buffer, which keeps its
// contents if the write fails (so a flush at exit fails again).
func (t *textBuffer) flushBuffer() error {
	if len(t.buf) == 0 {
		return nil
	}
	if err := t.rawWrite(t.buf); err != nil {
		return err
	}
	t.buf = t.buf[:0]
	return nil
}

// rawWrite is one write(2) of the file: it reaches the descriptor now,
// so that a failure (EPIPE) is seen by the write that caused it.
func (t *textBuffer) rawWrite(b []byte) error {
	if t.raw.err != nil {
		return t.raw.err
	}
	t.raw.Write(b)
	t.raw.Flush()
	return t.raw.err
}

func (t *textBuffer) rawWriteString(s string) error {
	if t.raw.err != nil {
		return t.raw.err
	}
	t.raw.WriteString(s)
	t.raw.Flush()
	return t.raw.err
}

// flush is TextIOWrapper.flush: pending text handed on, the buffer
// written out.
func (t *textBuffer) flush() error {
	if err := t.handOn(); err != nil {
		return err
	}
	if err := t.flushBuffer(); err != nil {
		return err
	}
	// The file's own writes: only one that fails now is this flush's
	// error (with nothing left to write, a flush after a failed write
	// succeeds, as in CPython).
	if t.raw.err != nil {
		return nil
	}
	t.raw.Flush()
	return t.raw.err
}

// outStream is the file beneath sys.stdout or sys.stderr. Its writes are
// buffered for speed but flushed whenever the order of the two streams
// could be observed: before anything reaches stderr's file, before
// reading stdin, when the program pauses and when it ends.
type outStream struct {
	w   *bufio.Writer
	err error
}

func newOutStream(w io.Writer) *outStream { return &outStream{w: bufio.NewWriterSize(w, 8192)} }

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

// inStream is sys.stdin.
type inStream struct {
	r *bufio.Reader
}

func newInStream(r io.Reader) *inStream {
	if r == nil {
		return &inStream{}
	}
	return &inStream{r: bufio.NewReader(r)}
}

// ReadLine returns the next line with its newline ("" at end of input).
func (i *inStream) ReadLine() (string, error) {
	if i.r == nil {
		return "", io.EOF
	}
	s, err := i.r.ReadString('\n')
	if err == io.EOF && s != "" {
		err = nil
	}
	return s, err
}

// writeStdout writes program output to sys.stdout; the error is the
// host's, from a write of the file that failed.
func (m *Machine) writeStdout(s string) error { return m.stdout.write(s) }

// writeStderr writes to sys.stderr (stdout's file flushed first, so that
// what reached it stays first).
func (m *Machine) writeStderr(s string) {
	m.out.Flush()
	m.stderr.write(s)
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
	if s, ok := m.obj0(file).(*textStream); ok && s.typ == m.types.TextIO {
		return s.closed
	}
	v, err := m.GetAttr(file, m.Intern("closed"))
	if err != nil {
		return false
	}
	t, err := m.Truth(v)
	return err == nil && t
}
