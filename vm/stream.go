package vm

import (
	"bufio"
	"io"
)

// outStream is sys.stdout or sys.stderr. Output is buffered for speed but
// flushed whenever the order of the two streams could be observed: before
// anything is written to stderr, before reading stdin, when the program
// pauses and when it ends. That is what CPython with PYTHONUNBUFFERED=1
// shows.
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

// writeStdout writes program output to sys.stdout.
func (m *Machine) writeStdout(s string) { m.out.WriteString(s) }

// writeStderr writes to sys.stderr, stdout flushed first.
func (m *Machine) writeStderr(s string) {
	m.out.Flush()
	m.err.WriteString(s)
	m.err.Flush()
}

// FlushOutput flushes both streams.
func (m *Machine) FlushOutput() {
	m.out.Flush()
	m.err.Flush()
}
