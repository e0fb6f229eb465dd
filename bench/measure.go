package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// outcome is what one run of one interpreter printed, how it ended and how
// long it took.
type outcome struct {
	stdout, stderr []byte
	status         int   // exit status; -1 if the process did not exit normally
	err            error // the process could not be started, or was killed
	wall, cpu      time.Duration
}

// runOnce runs argv with an empty standard input and PYTHONHASHSEED=0 (the
// corpus convention, so that str hashes and set orders are reproducible).
func runOnce(argv []string, timeout time.Duration) outcome {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	o := outcome{stdout: stdout.Bytes(), stderr: stderr.Bytes(), wall: time.Since(start), status: -1}
	if cmd.ProcessState != nil {
		o.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		o.status = cmd.ProcessState.ExitCode()
	}
	var exitErr *exec.ExitError
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		o.err = fmt.Errorf("timed out after %v", timeout)
	case err != nil && !errors.As(err, &exitErr):
		o.err = err
	case o.status < 0:
		o.err = err // killed by a signal
	}
	return o
}

// elapsed is the time this run counts for.
func (o outcome) elapsed(cpu bool) time.Duration {
	if cpu {
		return o.cpu
	}
	return o.wall
}

// failure describes a run that did not do its job, or returns "". Only a
// failure to start, a signal or a timeout count here: a Python program may
// legitimately exit non-zero, and then both interpreters must agree.
func (o outcome) failure() string {
	if o.err != nil {
		return o.err.Error() + firstLine(o.stderr)
	}
	return ""
}

// sameAs reports how o differs from want, or "" if it prints the same.
func (o outcome) sameAs(want outcome) string {
	switch {
	case o.status != want.status:
		return fmt.Sprintf("exit status %d, CPython %d%s", o.status, want.status, firstLine(o.stderr))
	case !bytes.Equal(o.stdout, want.stdout):
		return "stdout differs: " + firstDifference(o.stdout, want.stdout)
	case !bytes.Equal(o.stderr, want.stderr):
		return "stderr differs: " + firstDifference(o.stderr, want.stderr)
	}
	return ""
}

// firstLine formats the first line of a stream for a one-line report.
func firstLine(b []byte) string {
	s := strings.TrimSpace(string(b))
	if s == "" {
		return ""
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return ": " + s
}

// firstDifference names the first line where got and want differ.
func firstDifference(got, want []byte) string {
	g := strings.Split(string(got), "\n")
	w := strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if i >= len(g) || i >= len(w) || gl != wl {
			return fmt.Sprintf("line %d: got %q, CPython %q", i+1, gl, wl)
		}
	}
	return "same lines, different bytes"
}
