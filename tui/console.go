package tui

import "io"

// console collects a run's standard output and error in the order they
// were written. It is written on the VM's goroutine while the program
// runs and read by the driver between steps; its bytes are never changed
// once written, so a snapshot may keep a prefix.
type console struct {
	text []byte
	// errs are the [start, end) ranges of text written to stderr.
	errs [][2]int
}

type consoleStream struct {
	c      *console
	stderr bool
}

func (c *console) stream(stderr bool) io.Writer { return consoleStream{c, stderr} }

func (s consoleStream) Write(p []byte) (int, error) {
	c := s.c
	start := len(c.text)
	c.text = append(c.text, p...)
	if s.stderr {
		if n := len(c.errs); n > 0 && c.errs[n-1][1] == start {
			c.errs[n-1][1] = len(c.text)
		} else {
			c.errs = append(c.errs, [2]int{start, len(c.text)})
		}
	}
	return len(p), nil
}

// Output is the program's output so far.
type Output struct {
	Text []byte
	// Stderr are the [start, end) ranges of Text written to stderr.
	Stderr [][2]int
}

func (c *console) output() Output {
	return Output{Text: c.text[:len(c.text):len(c.text)], Stderr: append([][2]int(nil), c.errs...)}
}
