package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/quicken-py/quicken/vm"
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/syntax"
)

// A Driver runs a Program on its own goroutine and publishes Snapshots.
// The UI sends it commands, which never block: each is queued and
// carried out in order; a run (continue, step over, seek) goes on in
// chunks of a few milliseconds, with a snapshot published per frame,
// until it stops or the UI pauses it.
//
// Step back is exact re-execution: the program is run again from the
// start, on a fresh Machine, to the wanted step. The VM is deterministic
// (DESIGN.md), so the run reaches the same state the user left.
type Driver struct {
	prog *Program

	mu     sync.Mutex
	wake   *sync.Cond
	queue  []command
	busy   bool // a command or a run is in progress
	closed bool
	latest *Snapshot
	snaps  chan *Snapshot

	// session is the running session, for Pause from the UI goroutine.
	session atomic.Pointer[vm.Session]
	running atomic.Bool
	// rec, when set, records the session (record.go).
	rec atomic.Pointer[recorder]

	// Everything below belongs to the driver's goroutine.
	code       *bytecode.Code
	compileErr string
	r          *run
	runs       int
	seq        int
	mode       *runMode
	bps        []Breakpoint
	speed      int
	inspect    Inspect
	state      RunState
	why        string
	lastPub    time.Time
	credit     float64 // steps allowed by the speed limit, not yet run
	prevObject *ObjectState
}

// runIDs numbers runs across all drivers of the process, so that a pane
// caching per run never mistakes a new program's run for an old one.
var runIDs atomic.Int64

// run is one execution of the program from its start.
type run struct {
	m       *vm.Machine
	s       *vm.Session
	out     *console
	events  []Event
	counts  [EvVersion + 1]int
	typeTag map[uint32]string
	codes   []*vm.Code
	codeIDs map[*vm.Code]int
	units   [][]uint16 // the last published copy of each code's units
	done    bool
	exit    int
	failure string
	steps   int64
}

// runMode is a run in progress: it goes on until target (if >= 0), until
// stop accepts a boundary, or until paused.
type runMode struct {
	target    int64
	stop      func(f *vm.Frame) bool
	stopWhy   string // set by stop when it stops the run
	rewinding bool
	limited   bool // the speed limit applies (continue)
	label     string
}

// Inspect says what the UI has selected: an instruction site whose cache
// to decode (Offset -1: the current instruction) and a value whose
// layout to show.
type Inspect struct {
	CodeID, Offset int
	Value          ValueRef
}

// ValueRef names a value by where it is, so that the same selection
// follows the program as it runs: frame Frame (0 innermost), the stack
// slot Index from the top (Local false) or local Index (Local true).
// Auto selects the top of the innermost stack, or nothing.
type ValueRef struct {
	Auto  bool
	Frame int
	Local bool
	Index int
}

type command struct {
	kind   cmdKind
	n      int64
	event  EventKind
	bps    []Breakpoint
	speed  int
	insp   Inspect
	expect int // Seq the UI has seen (for Wait)
}

type cmdKind uint8

const (
	cmdStep cmdKind = iota + 1
	cmdBack
	cmdGoto
	cmdOver
	cmdOut
	cmdContinue
	cmdPause
	cmdNextEvent
	cmdBreakpoints
	cmdSpeed
	cmdInspect
	cmdRestart
)

// frameInterval is how often a running program is shown.
const frameInterval = time.Second / 30

// chunkBudget is how long the VM runs between looks at the queue.
const chunkBudget = 8 * time.Millisecond

// NewDriver compiles p and starts its driver, paused before the first
// instruction. Close it when done.
func NewDriver(p *Program) *Driver {
	d := &Driver{prog: p, snaps: make(chan *Snapshot, 1), inspect: Inspect{Offset: -1, Value: ValueRef{Auto: true}}}
	d.wake = sync.NewCond(&d.mu)
	d.busy = true
	go d.loop()
	return d
}

// Snapshots delivers published snapshots. Only the newest one waits: a
// slow reader skips the ones it missed.
func (d *Driver) Snapshots() <-chan *Snapshot { return d.snaps }

// Latest returns the newest published snapshot (nil before the first).
func (d *Driver) Latest() *Snapshot {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.latest
}

// Step runs n instructions.
func (d *Driver) Step(n int) { d.send(command{kind: cmdStep, n: int64(n)}) }

// Back goes n steps back.
func (d *Driver) Back(n int) { d.send(command{kind: cmdBack, n: int64(n)}) }

// GoTo goes to step n (forward or back).
func (d *Driver) GoTo(n int64) { d.send(command{kind: cmdGoto, n: n}) }

// Over runs until the current frame's next instruction (calls run
// whole).
func (d *Driver) Over() { d.send(command{kind: cmdOver}) }

// Out runs until the current frame has returned.
func (d *Driver) Out() { d.send(command{kind: cmdOut}) }

// Continue runs until a breakpoint, the end, or Pause.
func (d *Driver) Continue() { d.send(command{kind: cmdContinue}) }

// NextEvent runs until the next timeline event of kind k (0: any).
func (d *Driver) NextEvent(k EventKind) { d.send(command{kind: cmdNextEvent, event: k}) }

// SetBreakpoints replaces the breakpoints.
func (d *Driver) SetBreakpoints(b []Breakpoint) {
	d.send(command{kind: cmdBreakpoints, bps: slices.Clone(b)})
}

// SetSpeed limits continue to steps per second (0: no limit).
func (d *Driver) SetSpeed(stepsPerSecond int) { d.send(command{kind: cmdSpeed, speed: stepsPerSecond}) }

// SetInspect changes what the cache and layout panes show.
func (d *Driver) SetInspect(in Inspect) { d.send(command{kind: cmdInspect, insp: in}) }

// Restart runs the program again from its start.
func (d *Driver) Restart() { d.send(command{kind: cmdRestart}) }

// Pause stops a run at once (at the next instruction boundary the VM
// polls, within microseconds).
func (d *Driver) Pause() {
	if d.running.Load() {
		if s := d.session.Load(); s != nil {
			s.Pause()
		}
	}
	d.send(command{kind: cmdPause})
}

// Wait blocks until every command sent so far has been carried out and
// nothing runs, and returns the snapshot that shows the result.
func (d *Driver) Wait() *Snapshot {
	d.mu.Lock()
	defer d.mu.Unlock()
	for (d.busy || len(d.queue) > 0) && !d.closed {
		d.wake.Wait()
	}
	return d.latest
}

// Close stops the program and the driver.
func (d *Driver) Close() {
	d.Pause()
	d.mu.Lock()
	d.closed = true
	d.wake.Broadcast()
	d.mu.Unlock()
}

func (d *Driver) send(c command) {
	d.mu.Lock()
	d.queue = append(d.queue, c)
	d.wake.Broadcast()
	d.mu.Unlock()
}

// next returns the next command; it waits for one when wait is set.
func (d *Driver) next(wait bool) (command, bool, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for wait && len(d.queue) == 0 && !d.closed {
		d.busy = false
		d.wake.Broadcast()
		d.wake.Wait()
	}
	if d.closed {
		return command{}, false, true
	}
	if len(d.queue) == 0 {
		return command{}, false, false
	}
	c := d.queue[0]
	d.queue = d.queue[1:]
	d.busy = true
	return c, true, false
}

func (d *Driver) loop() {
	defer func() {
		if d.r != nil && d.r.s != nil {
			d.r.s.Close()
		}
		d.mu.Lock()
		d.busy = false
		d.wake.Broadcast()
		d.mu.Unlock()
	}()
	d.guard(d.begin)
	d.publish()
	for {
		c, ok, closed := d.next(d.mode == nil)
		if closed {
			return
		}
		if ok {
			d.guard(func() { d.apply(c) })
		}
		if d.mode != nil {
			d.guard(d.advance)
		}
		if d.mode == nil || time.Since(d.lastPub) >= frameInterval {
			d.publish()
			if rec := d.rec.Load(); rec != nil {
				rec.published(d)
			}
		}
	}
}

// guard runs f, turning a panic into a failed state shown in the UI: an
// internal error never takes the explorer down.
func (d *Driver) guard(f func()) {
	defer func() {
		if r := recover(); r != nil {
			d.mode = nil
			d.running.Store(false)
			d.state = Failed
			step := int64(0)
			if d.r != nil {
				step = d.r.steps
				d.r.failure = fmt.Sprintf("internal error at step %d: %v", step, r)
				d.r.done = true
			}
			d.why = fmt.Sprintf("internal error at step %d: %v", step, r)
		}
	}()
	f()
}

// begin compiles the program and starts its first run.
func (d *Driver) begin() {
	code, err := d.prog.compile()
	if err != nil {
		d.compileErr = syntaxErrorText(err, d.prog)
		d.state = Failed
		d.why = "syntax error"
		return
	}
	d.code = code
	d.restart()
}

// restart starts a new run, paused before the first instruction.
func (d *Driver) restart() {
	if d.r != nil && d.r.s != nil {
		d.r.s.Close()
	}
	d.prevObject = nil
	d.runs = int(runIDs.Add(1))
	out := &console{}
	r := &run{out: out, typeTag: map[uint32]string{}, codeIDs: map[*vm.Code]int{}}
	r.m = d.prog.newMachine(out)
	r.m.SetListener((*eventSink)(r))
	r.s = vm.NewSession(r.m, d.code)
	d.r = r
	d.session.Store(r.s)
	d.state = Paused
	d.why = ""
	d.runChunk(0, nil)
}

// runChunk runs up to n steps (stopping early where stop says) and
// records how the run stands.
func (d *Driver) runChunk(n int64, stop func(*vm.Frame) bool) {
	r := d.r
	if r.done {
		return
	}
	st, err := r.s.RunUntil(n, stop)
	r.steps = st.Steps
	if st.Done {
		r.done = true
		r.exit = st.Outcome.ExitStatus
		if err != nil {
			r.failure = err.Error()
		}
	}
	r.collectCodes()
}

func (d *Driver) apply(c command) {
	if rec := d.rec.Load(); rec != nil {
		rec.command(d, c)
	}
	r := d.r
	switch c.kind {
	case cmdInspect:
		d.inspect = c.insp
		return
	case cmdBreakpoints:
		d.bps = c.bps
		return
	case cmdSpeed:
		d.speed = c.speed
		return
	case cmdPause:
		if d.mode != nil {
			if d.mode.rewinding {
				// A rewind is not interrupted: it lands where the
				// user asked to go.
				return
			}
			d.mode = nil
			d.running.Store(false)
			d.state = Paused
			d.why = "paused"
		}
		if d.r != nil && d.r.s != nil {
			d.r.s.ClearPause()
		}
		return
	}
	if d.code == nil {
		return // nothing runs: the program does not compile
	}
	if d.mode != nil && d.mode.rewinding {
		// A rewind lands where the user asked before anything else
		// happens: "back, then step" steps from the step before.
		for !r.done && r.steps < d.mode.target {
			d.runChunk(d.mode.target-r.steps, nil)
		}
	}
	d.mode = nil
	d.why = ""
	switch c.kind {
	case cmdRestart:
		d.restart()
	case cmdStep:
		if r.done {
			d.why = "the program has ended"
			return
		}
		d.start(&runMode{target: r.steps + c.n, stop: d.breakStop(nil), label: "stepping"})
	case cmdBack:
		d.seek(r.steps - c.n)
	case cmdGoto:
		d.seek(c.n)
	case cmdOver, cmdOut:
		if r.done {
			d.why = "the program has ended"
			return
		}
		m := r.m
		d0 := m.Depth()
		label, why := "stepping over", "stepped over"
		pred := func(f *vm.Frame) bool { return m.Depth() <= d0 }
		if c.kind == cmdOut {
			label, why = "stepping out", "stepped out"
			pred = func(f *vm.Frame) bool { return m.Depth() < d0 }
		}
		mode := &runMode{target: -1, label: label}
		mode.stop = d.breakStop(func(f *vm.Frame) bool {
			if pred(f) {
				mode.stopWhy = why
				return true
			}
			return false
		})
		d.start(mode)
	case cmdContinue:
		if r.done {
			d.why = "the program has ended"
			return
		}
		d.start(&runMode{target: -1, stop: d.breakStop(nil), limited: true, label: "running"})
	case cmdNextEvent:
		if r.done {
			d.why = "the program has ended"
			return
		}
		k := c.event
		start := r.counts[k]
		mode := &runMode{target: -1, label: "seeking the next " + eventKindLabel(k)}
		mode.stop = d.breakStop(func(*vm.Frame) bool {
			if r.counts[k] > start {
				mode.stopWhy = "next " + eventKindLabel(k)
				return true
			}
			return false
		})
		d.start(mode)
	}
}

func eventKindLabel(k EventKind) string {
	if k == 0 {
		return "event"
	}
	return k.String() + " event"
}

// seek goes to step n: forward by running, back by re-executing.
func (d *Driver) seek(n int64) {
	if n < 0 {
		n = 0
	}
	if n < d.r.steps {
		d.restart()
		if n == 0 {
			return
		}
		d.start(&runMode{target: n, rewinding: true, label: fmt.Sprintf("rewinding to step %d", n)})
		return
	}
	if n == d.r.steps || d.r.done {
		return
	}
	d.start(&runMode{target: n, label: fmt.Sprintf("going to step %d", n)})
}

func (d *Driver) start(m *runMode) {
	d.mode = m
	d.credit = 0
	d.running.Store(true)
	d.state = Running
	if m.rewinding {
		d.state = Rewinding
	}
	d.why = m.label
}

// advance runs one chunk of the current mode.
func (d *Driver) advance() {
	m, r := d.mode, d.r
	n := int64(-1)
	if m.target >= 0 {
		n = m.target - r.steps
	}
	// A chunk is bounded in steps so that the queue is looked at every
	// few milliseconds even when nothing polls Pause.
	chunk := int64(1 << 16)
	if m.stop != nil {
		chunk = 1 << 13 // every boundary takes the slow path
	}
	if m.limited && d.speed > 0 {
		d.credit += float64(d.speed) * frameInterval.Seconds()
		if d.credit < 1 {
			time.Sleep(frameInterval)
			return
		}
		chunk = int64(d.credit)
		d.credit -= float64(chunk)
		defer time.Sleep(frameInterval)
	}
	if n < 0 || n > chunk {
		n = chunk
	}
	start := time.Now()
	for {
		d.runChunk(n, m.stop)
		if r.done || m.stopWhy != "" || m.target >= 0 && r.steps >= m.target || !d.running.Load() {
			break
		}
		if m.limited && d.speed > 0 || time.Since(start) >= chunkBudget {
			return
		}
		if m.target >= 0 && m.target-r.steps < n {
			n = m.target - r.steps
		}
	}
	d.finish()
}

// finish ends the current mode, saying why.
func (d *Driver) finish() {
	m, r := d.mode, d.r
	d.mode = nil
	d.running.Store(false)
	d.state = Paused
	switch {
	case r.done && r.failure != "":
		d.state = Failed
		d.why = "internal error"
	case r.done:
		d.state = Ended
		d.why = fmt.Sprintf("the program ended (exit status %d)", r.exit)
	case m.stopWhy != "":
		d.why = m.stopWhy
	case m.rewinding:
		d.why = fmt.Sprintf("rewound to step %d (re-executed from the start)", r.steps)
	case m.target >= 0:
		d.why = ""
	default:
		d.why = "paused"
	}
}

// breakStop returns the stop predicate of a run: the breakpoints, and
// also more, if given. nil when there is nothing to check (the VM then
// runs at full speed).
func (d *Driver) breakStop(more func(*vm.Frame) bool) func(*vm.Frame) bool {
	bps := d.bps
	if len(bps) == 0 && more == nil {
		return nil
	}
	r := d.r
	m := r.m
	var lastFrame *vm.Frame
	lastDepth, lastLine, lastPC := -1, -1, -1
	if f := m.CurrentFrame(); f != nil {
		lastFrame, lastDepth, lastLine, lastPC = f, m.Depth(), r.lineOf(f.Code, f.PC), f.PC
	}
	filename := d.prog.Filename
	return func(f *vm.Frame) bool {
		if more != nil && more(f) {
			return true
		}
		if len(bps) == 0 {
			return false
		}
		line := -1
		if f.Code.Filename == filename {
			line = r.lineOf(f.Code, f.PC)
		}
		// A line breakpoint stops where the line is entered: from
		// another line or frame, or again by a jump back.
		entered := f != lastFrame || m.Depth() != lastDepth || line != lastLine || f.PC <= lastPC
		lastFrame, lastDepth, lastLine, lastPC = f, m.Depth(), line, f.PC
		for _, b := range bps {
			if b.Line > 0 {
				if line == b.Line && entered {
					d.mode.stopWhy = fmt.Sprintf("breakpoint at line %d", b.Line)
					return true
				}
				continue
			}
			if id, ok := r.codeIDs[f.Code]; ok && id == b.CodeID && f.PC == b.Offset {
				d.mode.stopWhy = fmt.Sprintf("breakpoint at %s @%d", f.Code.QualName, 2*b.Offset)
				return true
			}
		}
		return false
	}
}

// lineOf returns the line of the instruction at code unit at (-1: none).
func (r *run) lineOf(c *vm.Code, at int) int {
	lines := c.UnitLines()
	if at < 0 || at >= len(lines) {
		return -1
	}
	return int(lines[at])
}

// collectCodes finds the program's code objects: the module's (the
// bottom frame's) and every code object nested in its constants.
func (r *run) collectCodes() {
	if len(r.codes) > 0 {
		return
	}
	f := r.m.CurrentFrame()
	if f == nil {
		return
	}
	for f.Back != nil {
		f = f.Back
	}
	r.addCode(f.Code)
}

func (r *run) addCode(c *vm.Code) int {
	if id, ok := r.codeIDs[c]; ok {
		return id
	}
	id := len(r.codes)
	r.codeIDs[c] = id
	r.codes = append(r.codes, c)
	r.units = append(r.units, nil)
	for i, k := range c.Code.Consts {
		if _, ok := k.(*bytecode.Code); ok {
			if nested, ok := r.m.Object(c.Consts[i]).(*vm.Code); ok {
				r.addCode(nested)
			}
		}
	}
	return id
}

// eventSink turns the VM's events into timeline entries. It runs on the
// VM's goroutine while the driver's waits for the chunk to end.
type eventSink run

func (*eventSink) WantInstructions() bool { return false }

func (s *eventSink) Event(e *vm.Event) {
	r := (*run)(s)
	ev := Event{Step: e.Step, CodeID: -1, Offset: -1}
	switch e.Kind {
	case vm.EvRewrite:
		rw := *e.Rewrite
		ev.Rewrite = &rw
		ev.CodeID, ev.Offset = r.addCode(rw.Code), rw.Offset
		switch rw.Kind {
		case vm.RewriteQuickened:
			ev.Kind = EvQuicken
		case vm.RewriteSpecialized, vm.RewriteReverted:
			ev.Kind = EvSpecialize
		case vm.RewriteFailed:
			ev.Kind = EvFailure
		case vm.RewriteMissed:
			ev.Kind = EvMiss
		case vm.RewriteDeopted:
			ev.Kind = EvDeopt
		default:
			return
		}
		ev.Text = rw.String()
	case vm.EvQuicken:
		ev.Kind = EvQuicken
		ev.CodeID = r.addCode(e.Code)
		ev.Text = fmt.Sprintf("%s quickened: its code warmed up", e.Code.QualName)
	case vm.EvTypeVersion:
		ev.Kind = EvVersion
		name := e.Type.Name
		if e.Version != 0 {
			r.typeTag[e.Version] = name
			ev.Text = fmt.Sprintf("class %s gets version tag %d", name, e.Version)
		} else {
			ev.Text = fmt.Sprintf("class %s modified: version tag invalidated", name)
		}
	case vm.EvKeysVersion:
		ev.Kind = EvVersion
		if e.Version != 0 {
			ev.Text = fmt.Sprintf("dict keys get version %d", e.Version)
		} else {
			ev.Text = "dict keys changed: keys version invalidated"
		}
	default:
		return
	}
	r.counts[ev.Kind]++
	r.counts[0]++
	r.events = append(r.events, ev)
}

// syntaxErrorText renders a compile error as python3 prints it.
func syntaxErrorText(err error, p *Program) string {
	var se *syntax.Error
	if errors.As(err, &se) {
		return strings.TrimSuffix(se.Format(), "\n")
	}
	return fmt.Sprintf("%s: %v", p.Filename, err)
}
