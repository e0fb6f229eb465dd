package scenarios

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	"github.com/quicken-py/quicken/specializer"
	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// Resolution is what running a lesson found: where each moment falls and
// which expectations do not hold.
type Resolution struct {
	// Steps is, per moment (in the lesson's order), the step at which it
	// happens: the number of instructions run; -1 if it never happens.
	Steps []int64
	// Failures are the expectations that do not hold and the moments
	// that never happen, positioned at their line in the lesson file.
	Failures []*ParseError
	// Output is everything the program wrote (stdout and stderr,
	// interleaved as a terminal shows them).
	Output string
	// Exit is the program's exit status (1 after an uncaught exception:
	// a lesson may teach one).
	Exit int
}

// EventKindName names a VM event as the explorer and lesson selectors do
// (quicken, rewrite, failure, miss, deopt, version); "" for an event that
// is none of them.
func EventKindName(e *vm.Event) string {
	switch e.Kind {
	case vm.EvRewrite:
		switch e.Rewrite.Kind {
		case vm.RewriteQuickened:
			return "quicken"
		case vm.RewriteSpecialized, vm.RewriteReverted:
			return "rewrite"
		case vm.RewriteFailed:
			return "failure"
		case vm.RewriteMissed:
			return "miss"
		case vm.RewriteDeopted:
			return "deopt"
		}
	case vm.EvTypeVersion, vm.EvKeysVersion:
		return "version"
	}
	return ""
}

// Resolve runs the lesson's program once, as the explorer runs it
// (specializer attached, stdin empty), stopping at each moment to check
// its expectations. An error means the program could not be run at all:
// it does not compile, or the VM failed.
func Resolve(l *Lesson) (*Resolution, error) {
	src, driveEnds := l.Program()
	bc, err := vm.Compile([]byte(src), l.Filename())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", l.Filename(), err)
	}
	out := &syncBuffer{}
	m := vm.New(vm.Options{Stdin: strings.NewReader(""), Stdout: out, Stderr: out, Argv: []string{l.Filename()}})
	specializer.Attach(m)
	r := &resolver{
		l:         l,
		m:         m,
		filename:  l.Filename(),
		driveEnds: driveEnds,
		res:       &Resolution{Steps: make([]int64, len(l.Moments))},
		ready:     make([]bool, len(l.Moments)),
		evCount:   make([]int, len(l.Moments)),
		evStep:    make([]int64, len(l.Moments)),
		out:       out,
	}
	for i := range r.res.Steps {
		r.res.Steps[i], r.evStep[i] = -1, -1
	}
	m.SetListener(r)
	s := vm.NewSession(m, bc)
	defer s.Close()

	st, err := s.RunUntil(0, nil) // to the first instruction
	if err != nil {
		return nil, fmt.Errorf("%s: internal error: %w", l.Filename(), err)
	}
	if f := m.CurrentFrame(); f != nil {
		for f.Back != nil {
			f = f.Back
		}
		r.module = f.Code
		r.addCode(f.Code)
	}
	for i, mo := range l.Moments {
		if mo.Selector.Kind == AtStart || mo.Selector.Kind == AtStep && mo.Selector.N == 0 {
			r.ready[i] = true
		}
	}
	r.settle(st.Steps)
	for !st.Done {
		var stop func(*vm.Frame) bool
		if r.needStops() {
			stop = r.stop
		}
		st, err = s.RunUntil(-1, stop)
		if err != nil {
			return nil, fmt.Errorf("%s: internal error at step %d: %w", l.Filename(), st.Steps, err)
		}
		if !st.Done {
			r.settle(st.Steps)
		}
	}
	// The program has ended: the end, the last drive action, events of
	// its last instruction, and a step count it ran exactly.
	for i, mo := range l.Moments {
		if r.res.Steps[i] >= 0 {
			continue
		}
		sel := mo.Selector
		switch sel.Kind {
		case AtEnd:
			r.ready[i] = true
		case AfterDrive:
			// The last action has finished if the module returned:
			// an uncaught exception ends the program inside an
			// action.
			r.ready[i] = sel.N == len(driveEnds) && st.Outcome.ExitStatus == 0
		case AtEvent:
			r.ready[i] = r.evStep[i] >= 0
		case AtStep:
			r.ready[i] = int64(sel.N) == st.Steps
		}
	}
	r.settle(st.Steps)
	for i, mo := range l.Moments {
		if r.res.Steps[i] < 0 {
			r.failf(mo.Line, "moment never happens: %q (the program ended after %d steps)", mo.Selector.Text, st.Steps)
		}
	}
	r.res.Output = out.String()
	r.res.Exit = st.Outcome.ExitStatus
	return r.res, nil
}

// resolver follows a lesson's run. Its listener and stop predicate run
// on the VM's goroutine while Resolve waits for RunUntil to return.
type resolver struct {
	l         *Lesson
	m         *vm.Machine
	filename  string
	driveEnds []int
	module    *vm.Code
	codes     []*vm.Code
	seen      map[*vm.Code]bool
	res       *Resolution
	// ready marks the moments found at the boundary the run stopped at.
	ready []bool
	// evCount counts the events an AtEvent moment selects; evStep is the
	// step at which its Nth is seen (-1 until then).
	evCount []int
	evStep  []int64
	out     *syncBuffer
}

func (r *resolver) WantInstructions() bool { return false }

func (r *resolver) Event(e *vm.Event) {
	name := EventKindName(e)
	if name == "" {
		return
	}
	line := -1
	if e.Kind == vm.EvRewrite {
		line = r.lineIn(e.Rewrite.Code, e.Rewrite.Offset)
	} else if f := r.m.CurrentFrame(); f != nil {
		// A version has no site: it belongs to the instruction that
		// assigned or invalidated it.
		line = r.lineIn(f.Code, f.Lasti)
	}
	for i, mo := range r.l.Moments {
		sel := mo.Selector
		if sel.Kind != AtEvent || sel.Event != name || r.evStep[i] >= 0 || sel.Line > 0 && sel.Line != line {
			continue
		}
		r.evCount[i]++
		if r.evCount[i] == sel.N {
			r.evStep[i] = e.Step
		}
	}
}

// needStops reports whether a moment other than the end is still to be
// found (otherwise the program runs to its end at full speed).
func (r *resolver) needStops() bool {
	for i, mo := range r.l.Moments {
		if r.res.Steps[i] >= 0 {
			continue
		}
		switch mo.Selector.Kind {
		case AtEnd, AtStart:
		case AfterDrive:
			if mo.Selector.N < len(r.driveEnds) {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// stop is the RunUntil predicate: it marks the moments that fall at this
// boundary and stops there if any does.
func (r *resolver) stop(f *vm.Frame) bool {
	steps := r.m.Steps()
	hit := false
	line := -2 // not looked up yet
	lineOf := func() int {
		if line == -2 {
			line = r.lineIn(f.Code, f.PC)
		}
		return line
	}
	for i, mo := range r.l.Moments {
		if r.res.Steps[i] >= 0 || r.ready[i] {
			continue
		}
		sel := mo.Selector
		ok := false
		switch sel.Kind {
		case AtStep:
			ok = steps >= int64(sel.N)
		case AtLine:
			ok = lineOf() == sel.Line
		case AfterDrive:
			ok = sel.N < len(r.driveEnds) && f.Code == r.module && lineOf() > r.driveEnds[sel.N-1]
		case AtEvent:
			ok = r.evStep[i] >= 0 && steps >= r.evStep[i]
		}
		if ok {
			r.ready[i] = true
			hit = true
		}
	}
	return hit
}

// lineIn returns the line of the instruction at code unit at of c, -1 if
// c is not the lesson's or the instruction has no line.
func (r *resolver) lineIn(c *vm.Code, at int) int {
	if c == nil || c.Filename != r.filename {
		return -1
	}
	lines := c.UnitLines()
	if at < 0 || at >= len(lines) || lines[at] <= 0 {
		return -1
	}
	return int(lines[at])
}

// settle records the step of the moments found here and checks their
// expectations.
func (r *resolver) settle(steps int64) {
	for i := range r.l.Moments {
		if !r.ready[i] {
			continue
		}
		r.ready[i] = false
		r.res.Steps[i] = steps
		for _, e := range r.l.Moments[i].Expects {
			r.check(e, steps)
		}
	}
}

func (r *resolver) failf(line int, format string, args ...any) {
	file := r.l.File
	if file == "" {
		file = r.l.Name + ".lesson"
	}
	r.res.Failures = append(r.res.Failures, &ParseError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// check tests one expectation against the machine as it stands.
func (r *resolver) check(e Expect, steps int64) {
	if e.Kind == ExpectOutput {
		if out := r.out.String(); !strings.Contains(out, e.Text) {
			r.failf(e.Line, "expected the output to contain %q, it is %q at step %d", e.Text, tail(out, 200), steps)
		}
		return
	}
	c, at, msg := r.site(e.Func, e.Offset)
	if msg != "" {
		r.failf(e.Line, "%s", msg)
		return
	}
	form := op.Opcode(c.Units[at] & 0xff)
	switch e.Kind {
	case ExpectForm:
		if _, ok := op.OpcodeByName(e.Op); !ok {
			r.failf(e.Line, "%q is not a CPython 3.11 instruction", e.Op)
			return
		}
		if form.String() != e.Op {
			r.failf(e.Line, "expected %s @%d to be %s, it is %s at step %d", e.Func, e.Offset, e.Op, form, steps)
		}
	case ExpectCache:
		entries := specializer.DescribeCache(r.m, c, at)
		var names []string
		for _, ce := range entries {
			if ce.Name == e.Field {
				if ce.Value != e.Value {
					r.failf(e.Line, "expected %s @%d %s = %d, it is %d (%s) at step %d", e.Func, e.Offset, e.Field, e.Value, ce.Value, ce.Text, steps)
				}
				return
			}
			names = append(names, ce.Name)
		}
		if len(names) == 0 {
			r.failf(e.Line, "%s @%d (%s) has no inline cache", e.Func, e.Offset, form)
			return
		}
		r.failf(e.Line, "%s @%d (%s) has no cache field %q (it has %s)", e.Func, e.Offset, form, e.Field, strings.Join(names, ", "))
	}
}

// site finds the instruction at byte offset off of the code object
// qualified name qual; msg says why there is none.
func (r *resolver) site(qual string, off int) (c *vm.Code, at int, msg string) {
	var found []*vm.Code
	var names []string
	for _, k := range r.codes {
		if k.QualName == qual {
			found = append(found, k)
		}
		names = append(names, k.QualName)
	}
	switch len(found) {
	case 0:
		return nil, 0, fmt.Sprintf("no code object %q (the program's are %s)", qual, strings.Join(names, ", "))
	case 1:
	default:
		return nil, 0, fmt.Sprintf("%d code objects are named %q", len(found), qual)
	}
	c, at = found[0], off/2
	for i := 0; i < len(c.Units); i += 1 + op.Opcode(c.Units[i]&0xff).Caches() {
		if i == at {
			return c, at, ""
		}
		if i > at {
			break
		}
	}
	return nil, 0, fmt.Sprintf("%s @%d is not the start of an instruction (the code is %d bytes; see dis)", qual, off, 2*len(c.Units))
}

// addCode records c and the code objects nested in its constants.
func (r *resolver) addCode(c *vm.Code) {
	if r.seen == nil {
		r.seen = map[*vm.Code]bool{}
	}
	if r.seen[c] {
		return
	}
	r.seen[c] = true
	r.codes = append(r.codes, c)
	for i, k := range c.Code.Consts {
		if _, ok := k.(*op.Code); ok {
			if nested, ok := r.m.Object(c.Consts[i]).(*vm.Code); ok {
				r.addCode(nested)
			}
		}
	}
}

// tail returns the last n bytes of s (with "…" in front when cut).
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}

// syncBuffer is the program's stdout and stderr: written on the VM's
// goroutine, read by Resolve while the VM waits.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
