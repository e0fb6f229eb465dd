package tui

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/quicken-py/quicken/scenarios"
)

// Recording a session (docs/recordings.md). A recorder watches the
// driver's goroutine: it sees every command as the driver applies it and
// every snapshot the driver publishes, and logs each command with the
// step it started from and the step where its run stopped. Since the VM
// is deterministic, the state at a step does not depend on how the run
// got there, so a replay applies the same commands to a fresh driver and
// must land on the same steps, with the same state checksums.

// DefaultCheckpointEvery is how often a headless recording checksums the
// VM's state, in steps.
const DefaultCheckpointEvery = 10_000

// Version is quicken's version as its build records it (module version,
// VCS revision), written into recordings.
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "quicken (unknown build)"
	}
	v := "quicken " + bi.Main.Version
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		v += " " + rev + dirty
	}
	return v + " " + bi.GoVersion
}

// recorder logs a session. Its hooks run on the driver's goroutine;
// finish may run on another, hence the lock.
type recorder struct {
	mu     sync.Mutex
	prog   *Program
	screen *scenarios.Screen
	lesson *scenarios.RecordedLesson

	started, closed bool
	cmds            []scenarios.Command
	// pending is the command whose run has not stopped yet (-1: none).
	pending int
	// last is the newest snapshot seen; furthest the one at the
	// furthest step (its events are the timeline up to there).
	last, furthest *Snapshot
	checkpoints    map[int64]scenarios.Checkpoint
	notes          []scenarios.Note
	sums           stateSummer
	// err is an internal error of the recorder, reported on stop.
	err error
}

func newRecorder(p *Program) *recorder {
	return &recorder{prog: p, pending: -1, checkpoints: map[int64]scenarios.Checkpoint{}}
}

// guard turns a panic of the recorder into an error reported when it
// stops: recording never takes the session down.
func (rec *recorder) guard() {
	if r := recover(); r != nil && rec.err == nil {
		rec.err = fmt.Errorf("internal error while recording: %v", r)
	}
}

// command is called by the driver before it applies c.
func (rec *recorder) command(d *Driver, c command) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	defer rec.guard()
	if rec.closed {
		return
	}
	step := int64(0)
	if d.r != nil {
		step = d.r.steps
	}
	rec.begin(d, step)
	var cmd scenarios.Command
	switch c.kind {
	case cmdStep:
		cmd = scenarios.Command{Op: scenarios.OpStep, N: c.n}
	case cmdBack:
		cmd = scenarios.Command{Op: scenarios.OpBack, N: c.n}
	case cmdGoto:
		cmd = scenarios.Command{Op: scenarios.OpGoto, N: max(c.n, 0)}
	case cmdOver:
		cmd = scenarios.Command{Op: scenarios.OpOver}
	case cmdOut:
		cmd = scenarios.Command{Op: scenarios.OpOut}
	case cmdContinue:
		cmd = scenarios.Command{Op: scenarios.OpContinue}
	case cmdRestart:
		cmd = scenarios.Command{Op: scenarios.OpRestart}
	case cmdNextEvent:
		cmd = scenarios.Command{Op: scenarios.OpNextEvent}
		if c.event != 0 {
			cmd.Event = c.event.String()
		}
	case cmdBreakpoints:
		// A running command keeps the breakpoints it started with.
		rec.cmds = append(rec.cmds, scenarios.Command{Op: scenarios.OpBreakpoints, Breakpoints: recordedBreakpoints(c.bps), From: step, Land: step})
		return
	case cmdPause:
		if d.mode == nil || d.mode.rewinding {
			return // nothing to pause (a rewind is not interrupted)
		}
		cmd = scenarios.Command{Op: scenarios.OpPause}
	default:
		return // what the panes show, the speed: not the run's course
	}
	// This command ends the one still running: a rewind lands where it
	// was going; anything else stops here.
	from := step
	if d.mode != nil && rec.pending >= 0 {
		p := &rec.cmds[rec.pending]
		if d.mode.rewinding {
			from = d.mode.target
			p.Land = from
		} else {
			p.Land, p.Cut = step, true
		}
		rec.pending = -1
	}
	cmd.From, cmd.Land = from, from
	rec.cmds = append(rec.cmds, cmd)
	if cmd.Op != scenarios.OpPause {
		rec.pending = len(rec.cmds) - 1
	}
}

// published is called by the driver after it publishes a snapshot.
func (rec *recorder) published(d *Driver) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	defer rec.guard()
	if rec.closed || d.latest == nil {
		return
	}
	s := d.latest
	rec.begin(d, s.Step)
	rec.see(s)
	if d.mode == nil && rec.pending >= 0 {
		rec.cmds[rec.pending].Land = s.Step
		rec.pending = -1
		rec.checkpoint(s)
	}
}

// begin logs where the session stands when recording starts: its step
// and breakpoints (and, if a run is going on, that run, which lands
// where it stops).
func (rec *recorder) begin(d *Driver, step int64) {
	if rec.started {
		return
	}
	rec.started = true
	rec.cmds = append(rec.cmds, scenarios.Command{Op: scenarios.OpStart, N: step, From: step, Land: step, Breakpoints: recordedBreakpoints(d.bps)})
	if d.mode != nil {
		rec.cmds = append(rec.cmds, scenarios.Command{Op: scenarios.OpGoto, From: step, Land: step, Cut: true})
		rec.pending = len(rec.cmds) - 1
	} else if s := d.latest; s != nil && s.Step == step {
		rec.checkpoint(s)
	}
}

// beginFrom starts a recording that saw no command from the newest
// snapshot (the driver was idle all along).
func (rec *recorder) beginFrom(s *Snapshot) {
	if rec.started || s == nil {
		return
	}
	rec.started = true
	rec.cmds = append(rec.cmds, scenarios.Command{Op: scenarios.OpStart, N: s.Step, From: s.Step, Land: s.Step, Breakpoints: recordedBreakpoints(s.Breakpoints)})
	rec.see(s)
	if s.State != Running && s.State != Rewinding {
		rec.checkpoint(s)
	}
}

func (rec *recorder) see(s *Snapshot) {
	rec.last = s
	if rec.furthest == nil || s.Step >= rec.furthest.Step {
		rec.furthest = s
	}
}

func (rec *recorder) checkpoint(s *Snapshot) {
	if _, ok := rec.checkpoints[s.Step]; !ok {
		rec.checkpoints[s.Step] = rec.sums.checkpoint(s)
	}
}

// note attaches text to a step.
func (rec *recorder) note(step int64, text string) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if !rec.closed {
		rec.notes = append(rec.notes, scenarios.Note{Step: step, Text: scenarios.Text(text)})
	}
}

// finish stops recording and returns the recording. latest is the
// driver's newest snapshot, for a recording that saw nothing else.
func (rec *recorder) finish(latest *Snapshot) (*scenarios.Recording, error) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.closed = true
	rec.beginFrom(latest)
	if rec.err != nil {
		return nil, rec.err
	}
	if rec.pending >= 0 {
		// Still running: it lands where the screen last showed it.
		p := &rec.cmds[rec.pending]
		if rec.last != nil {
			p.Land = max(rec.last.Step, p.From)
		}
		p.Cut = true
		rec.pending = -1
	}
	for i := range rec.cmds {
		if c := &rec.cmds[i]; c.Op == scenarios.OpGoto && c.Cut && c.N == 0 {
			c.N = c.Land
		}
	}
	r := &scenarios.Recording{
		Quicken:  Version(),
		VM:       scenarios.VMSettings{NoSpecialize: rec.prog.NoSpecialize},
		Program:  recordedProgram(rec.prog),
		Lesson:   rec.lesson,
		Screen:   rec.screen,
		Commands: rec.cmds,
		Notes:    rec.notes,
	}
	for _, c := range rec.checkpoints {
		r.Checkpoints = append(r.Checkpoints, c)
	}
	sort.Slice(r.Checkpoints, func(i, j int) bool { return r.Checkpoints[i].Step < r.Checkpoints[j].Step })
	if f := rec.furthest; f != nil {
		r.Events, r.EventsTo = recordedEvents(f.Events, f.Step)
	}
	return r, nil
}

func recordedEvents(evs []Event, to int64) ([]scenarios.RecordedEvent, int64) {
	if len(evs) > scenarios.MaxRecordedEvents {
		evs = evs[:scenarios.MaxRecordedEvents]
		to = evs[len(evs)-1].Step
	}
	out := make([]scenarios.RecordedEvent, len(evs))
	for i, e := range evs {
		out[i] = recordedEvent(e)
	}
	return out, to
}

func recordedEvent(e Event) scenarios.RecordedEvent {
	return scenarios.RecordedEvent{Step: e.Step, Kind: e.Kind.String(), Text: scenarios.Text(e.Text)}
}

func recordedBreakpoints(bps []Breakpoint) []scenarios.Breakpoint {
	var out []scenarios.Breakpoint
	for _, b := range bps {
		out = append(out, scenarios.Breakpoint{Line: b.Line, Code: b.CodeID, Offset: b.Offset})
	}
	return out
}

func replayBreakpoints(bps []scenarios.Breakpoint) []Breakpoint {
	var out []Breakpoint
	for _, b := range bps {
		out = append(out, Breakpoint{Line: b.Line, CodeID: b.Code, Offset: b.Offset})
	}
	return out
}

func recordedProgram(p *Program) scenarios.RecordedProgram {
	rp := scenarios.RecordedProgram{
		Title:    scenarios.Text(p.Title),
		Filename: scenarios.Text(p.Filename),
		Source:   scenarios.Text(p.Source),
		Stdin:    scenarios.Text(p.Stdin),
	}
	for _, a := range p.Argv {
		rp.Argv = append(rp.Argv, scenarios.Text(a))
	}
	return rp
}

// RecordedProgram returns the program a recording runs.
func RecordedProgram(r *scenarios.Recording) *Program {
	rp := r.Program
	p := &Program{
		Title:        string(rp.Title),
		Filename:     string(rp.Filename),
		Source:       []byte(rp.Source),
		NoSpecialize: r.VM.NoSpecialize,
	}
	if rp.Stdin != "" {
		p.Stdin = []byte(rp.Stdin)
	}
	for _, a := range rp.Argv {
		p.Argv = append(p.Argv, string(a))
	}
	return p
}

// stateSummer computes checkpoints. The timeline and the output only grow
// within a run, so their sums are kept running and fed only what is new.
type stateSummer struct {
	run          int
	events, out  hash.Hash
	nEvents, nOu int
}

// checkpoint sums the state s shows: the live code units of the program's
// code objects (those of its file: exec'd code is found only when a
// snapshot shows it running, which depends on the path taken), the
// timeline (kind, step, site offset and text of each event) and the
// output.
func (h *stateSummer) checkpoint(s *Snapshot) scenarios.Checkpoint {
	if h.events == nil || h.run != s.Run || h.nEvents > len(s.Events) || h.nOu > len(s.Output.Text) {
		h.run, h.events, h.out, h.nEvents, h.nOu = s.Run, sha256.New(), sha256.New(), 0, 0
	}
	var buf [8]byte
	num := func(w hash.Hash, n int64) {
		binary.LittleEndian.PutUint64(buf[:], uint64(n))
		w.Write(buf[:])
	}
	for _, e := range s.Events[h.nEvents:] {
		num(h.events, e.Step)
		num(h.events, int64(e.Kind))
		num(h.events, int64(e.Offset))
		num(h.events, int64(len(e.Text)))
		h.events.Write([]byte(e.Text))
	}
	h.nEvents = len(s.Events)
	h.out.Write(s.Output.Text[h.nOu:])
	h.nOu = len(s.Output.Text)
	units := sha256.New()
	var filename string
	if s.Program != nil {
		filename = s.Program.Filename
	}
	for _, c := range s.Codes {
		if c.Code.Filename != filename {
			continue
		}
		num(units, int64(len(c.Code.QualName)))
		units.Write([]byte(c.Code.QualName))
		num(units, int64(len(c.Units)))
		b := make([]byte, 2*len(c.Units))
		for i, u := range c.Units {
			binary.LittleEndian.PutUint16(b[2*i:], u)
		}
		units.Write(b)
	}
	sum := func(w hash.Hash) string { return hex.EncodeToString(w.Sum(nil)[:8]) }
	return scenarios.Checkpoint{
		Step: s.Step, Events: len(s.Events), Output: len(s.Output.Text),
		Units: sum(units), EventsSum: sum(h.events), OutputSum: sum(h.out),
	}
}

// RecordOptions configure Record.
type RecordOptions struct {
	// Steps is the step to run to (0: to the end of the program).
	Steps int64
	// Every is the interval of the checkpoints, in steps (0:
	// DefaultCheckpointEvery).
	Every int64
	// Timeout pauses a run to the end that has not ended by then (0:
	// never); the recording then ends where the run was paused.
	Timeout time.Duration
	// Lesson names the lesson the program comes from, if it does.
	Lesson *scenarios.RecordedLesson
}

// Record runs p headless, as the explorer would on "continue" (or "go to
// step Steps"), and returns the recording, with a checkpoint every Every
// steps.
func Record(p *Program, opts RecordOptions) (*scenarios.Recording, error) {
	d := NewDriver(p)
	defer d.Close()
	rec := newRecorder(p)
	rec.lesson = opts.Lesson
	d.Wait()
	d.rec.Store(rec)
	if opts.Steps > 0 {
		d.GoTo(opts.Steps)
	} else {
		d.Continue()
		if opts.Timeout > 0 {
			t := time.AfterFunc(opts.Timeout, d.Pause)
			defer t.Stop()
		}
	}
	d.Wait()
	d.rec.Store(nil)
	r, err := rec.finish(d.Latest())
	if err != nil {
		return nil, err
	}
	end := r.EventsTo
	for _, c := range r.Commands {
		end = max(end, c.Land)
	}
	if err := addCheckpoints(r, p, opts.Every, end); err != nil {
		return nil, err
	}
	return r, nil
}

// addCheckpoints adds a checkpoint every `every` steps up to end, from
// another run of p.
func addCheckpoints(r *scenarios.Recording, p *Program, every, end int64) error {
	if every <= 0 {
		every = DefaultCheckpointEvery
	}
	have := map[int64]bool{}
	for _, c := range r.Checkpoints {
		have[c.Step] = true
	}
	d := NewDriver(p)
	defer d.Close()
	var sums stateSummer
	for step := every; step < end; step += every {
		d.GoTo(step)
		s := d.Wait()
		if s.Step != step {
			break // the run ended
		}
		if !have[step] {
			r.Checkpoints = append(r.Checkpoints, sums.checkpoint(s))
		}
	}
	slices.SortFunc(r.Checkpoints, func(a, b scenarios.Checkpoint) int {
		switch {
		case a.Step < b.Step:
			return -1
		case a.Step > b.Step:
			return 1
		}
		return 0
	})
	return nil
}

// recording reports whether the explorer is recording.
func (m *Model) recording() bool { return m.d.rec.Load() != nil }

// toggleRecording starts recording the session, or stops and writes the
// recording to quicken-PROGRAM-N.qrec in the current directory (the
// first N that names no file: nothing is overwritten), saying where on
// the status line.
func (m *Model) toggleRecording() tea.Cmd {
	if !m.recording() {
		rec := newRecorder(m.d.prog)
		rec.screen = &scenarios.Screen{Width: m.plan.width, Height: m.plan.height}
		if l := m.lesson; l != nil && l.Lesson != nil {
			rec.lesson = &scenarios.RecordedLesson{Name: l.Lesson.Name}
			if text, err := scenarios.LessonText(l.Lesson.Name); err == nil {
				rec.lesson.Text = scenarios.Text(text)
			}
		}
		m.d.rec.Store(rec)
		m.status = "recording… (the same key stops and saves)"
		return nil
	}
	rec := m.d.rec.Swap(nil)
	r, err := rec.finish(m.d.Latest())
	if err == nil {
		var path string
		path, err = scenarios.CreateRecording(".", "quicken-"+programStem(m.d.prog), r)
		if err == nil {
			m.status = fmt.Sprintf("recorded %d commands to %s", len(r.Commands), path)
			return nil
		}
	}
	m.status = m.c.styles.Error.Render("recording not saved: " + err.Error())
	return nil
}

// addNote attaches text to the current step of the recording, if one is
// being made.
func (m *Model) addNote(text string) bool {
	rec := m.d.rec.Load()
	if rec == nil {
		return false
	}
	rec.note(m.c.snap.Step, text)
	return true
}

// programStem is the program's file name without directory or .py, made
// safe for a file name.
func programStem(p *Program) string {
	base := strings.TrimSuffix(filepath.Base(p.Filename), ".py")
	base = strings.Map(func(r rune) rune {
		if r == os.PathSeparator || r == '/' || r < ' ' || r == '\\' {
			return '_'
		}
		return r
	}, base)
	if base == "" || base == "." || base == ".." {
		base = "program"
	}
	return base
}
