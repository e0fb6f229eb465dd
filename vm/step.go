package vm

import (
	"sync/atomic"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// Session runs a program on a Machine one step at a time. The program
// runs on its own goroutine, which blocks at an instruction boundary
// whenever it has used the steps it was given, so Python code called from
// Go (an __init__, a sort key) pauses like any other. Between calls the
// Machine may be inspected: the program is stopped.
type Session struct {
	m        *Machine
	code     *bytecode.Code
	started  bool
	done     bool
	outcome  Outcome
	err      error
	finished chan struct{}
}

// Status says where a Session stands after Step or Run.
type Status struct {
	// Steps is the number of instructions executed so far.
	Steps int64
	// Done reports that the program has ended; Outcome says how.
	Done    bool
	Outcome Outcome
}

// NewSession prepares code (a compiled main program) to run on m.
func NewSession(m *Machine, code *bytecode.Code) *Session {
	return &Session{m: m, code: code, finished: make(chan struct{})}
}

// Machine returns the session's Machine. Inspect it only between calls.
func (s *Session) Machine() *Machine { return s.m }

func (s *Session) start() {
	s.started = true
	m := s.m
	m.ctl = &control{paused: make(chan int64), resume: make(chan resumeCmd)}
	// Break before the first instruction, so the first Run starts there.
	m.fuel, m.fuelBase, m.stopAt = 0, 0, 0
	go func() {
		defer close(s.finished)
		s.outcome, s.err = m.RunMain(s.code)
	}()
	select {
	case <-m.ctl.paused:
	case <-s.finished:
		s.done = true
	}
}

// Step runs one instruction (a superinstruction is one).
func (s *Session) Step() (Status, error) { return s.Run(1) }

// Run runs up to n instructions (n < 0: until the program ends or Pause
// is called).
func (s *Session) Run(n int64) (Status, error) { return s.RunUntil(n, nil) }

// RunUntil is Run that also stops before the first instruction, after at
// least one has run, for which stop(frame about to run it) reports true.
// stop runs on the VM's goroutine at every instruction boundary (so the
// program takes the slow path meanwhile); it may read the Machine and the
// frame but not change them.
func (s *Session) RunUntil(n int64, stop func(f *Frame) bool) (Status, error) {
	if !s.started {
		s.start()
	}
	if s.done || n == 0 {
		return s.status(), s.err
	}
	m := s.m
	stopAt := int64(-1)
	if n >= 0 {
		stopAt = m.Steps() + n
	}
	m.ctl.resume <- resumeCmd{stopAt: stopAt, stopFn: stop, stopFrom: m.Steps()}
	select {
	case <-m.ctl.paused:
	case <-s.finished:
		s.done = true
	}
	return s.status(), s.err
}

func (s *Session) status() Status {
	return Status{Steps: s.m.Steps(), Done: s.done, Outcome: s.outcome}
}

// Pause makes a Run in progress return at the next instruction boundary
// the VM polls (within a few thousand instructions, also inside an
// infinite loop). Safe from any goroutine.
func (s *Session) Pause() { atomic.StoreInt32(&s.m.pauseReq, 1) }

// ClearPause withdraws a Pause that the VM has not acted on yet (the run
// it was meant for ended first), so that it does not stop the next one.
// Call it only between runs.
func (s *Session) ClearPause() { atomic.StoreInt32(&s.m.pauseReq, 0) }

// Close ends the session, stopping the program where it stands.
func (s *Session) Close() {
	if !s.started || s.done {
		return
	}
	s.m.ctl.resume <- resumeCmd{close: true}
	<-s.finished
	s.done = true
}

// pause blocks the VM at an instruction boundary until the controller
// (Session) lets it run again. Without a controller it returns at once.
func (m *Machine) pause(f *Frame) {
	if m.ctl == nil {
		m.stopAt = -1
		return
	}
	m.FlushOutput()
	m.ctl.paused <- m.Steps()
	cmd := <-m.ctl.resume
	if cmd.close {
		panic(errClosedPanic)
	}
	m.stopAt = cmd.stopAt
	m.stopFn, m.stopFrom = cmd.stopFn, cmd.stopFrom
}

type closedPanic struct{}

var errClosedPanic = &closedPanic{}

type control struct {
	paused chan int64
	resume chan resumeCmd
}

type resumeCmd struct {
	stopAt   int64
	stopFn   func(*Frame) bool
	stopFrom int64
	close    bool
}

// Depth returns the number of Python frames on the stack.
func (m *Machine) Depth() int { return m.depth }

// CurrentFrame returns the innermost frame (nil when nothing runs).
func (m *Machine) CurrentFrame() *Frame { return m.frame }

// Object returns the heap object behind v (nil for immediates and Null).
func (m *Machine) Object(v Value) Object { return m.obj0(v) }
