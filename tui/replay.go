package tui

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/quicken-py/quicken/scenarios"
)

// Replaying a recording. A replay runs the recorded program on a fresh
// driver and sends it the recorded commands; a command that was cut short
// (paused, or interrupted by the next one) is replaced by "go to the step
// where it stopped", which reaches the same state.

// replayCommand sends the driver what reproduces command c.
func replayCommand(d *Driver, c scenarios.Command) {
	if c.Cut && c.Moves() {
		d.GoTo(c.Land)
		return
	}
	switch c.Op {
	case scenarios.OpStart:
		d.GoTo(c.Land)
		d.SetBreakpoints(replayBreakpoints(c.Breakpoints))
	case scenarios.OpStep:
		d.Step(int(c.N))
	case scenarios.OpBack:
		d.Back(int(c.N))
	case scenarios.OpGoto:
		d.GoTo(c.N)
	case scenarios.OpOver:
		d.Over()
	case scenarios.OpOut:
		d.Out()
	case scenarios.OpContinue:
		d.Continue()
	case scenarios.OpRestart:
		d.Restart()
	case scenarios.OpNextEvent:
		d.NextEvent(eventKindNamed(c.Event))
	case scenarios.OpBreakpoints:
		d.SetBreakpoints(replayBreakpoints(c.Breakpoints))
	}
}

func eventKindNamed(name string) EventKind {
	for _, k := range EventKinds {
		if k.String() == name {
			return k
		}
	}
	return 0
}

// Divergence is where a replay stopped matching its recording.
type Divergence struct {
	// Step is the step at which the runs differ.
	Step int64
	// Command is the recorded command (1 first) whose landing differs,
	// or 0 when a checkpoint does.
	Command            int
	Expected, Got, Why string
}

func (d *Divergence) Error() string {
	s := fmt.Sprintf("diverged at step %d: expected %s, got %s", d.Step, d.Expected, d.Got)
	if d.Why != "" {
		s += " (" + d.Why + ")"
	}
	return s
}

// CheckResult counts what Check verified.
type CheckResult struct {
	Positions, Checkpoints int
}

// Check replays r headless and verifies it: every checkpoint (in step
// order, on one run going forward) and the step every recorded command
// lands on. The first difference comes back as a *Divergence.
func Check(r *scenarios.Recording) (CheckResult, error) {
	var res CheckResult
	p := RecordedProgram(r)
	d := NewDriver(p)
	defer d.Close()
	var sums stateSummer
	for _, cp := range r.Checkpoints {
		d.GoTo(cp.Step)
		s := d.Wait()
		if dv := compareState(r, cp, s, &sums); dv != nil {
			return res, dv
		}
		res.Checkpoints++
	}
	// The commands, on another driver.
	d2 := NewDriver(p)
	defer d2.Close()
	byStep := map[int64]scenarios.Checkpoint{}
	for _, cp := range r.Checkpoints {
		byStep[cp.Step] = cp
	}
	var sums2 stateSummer
	for i, c := range r.Commands {
		replayCommand(d2, c)
		s := waitUpTo(d2, c.Land)
		if !c.Moves() {
			continue
		}
		res.Positions++
		if s.Step != c.Land {
			dv := &Divergence{Step: c.From, Command: i + 1,
				Expected: fmt.Sprintf("command %d (%s) to stop at step %d", i+1, describeCommand(c), c.Land),
				Got:      fmt.Sprintf("step %d", s.Step)}
			if s.Why != "" {
				dv.Why = s.Why
			}
			return res, dv
		}
		if cp, ok := byStep[s.Step]; ok {
			if dv := compareState(r, cp, s, &sums2); dv != nil {
				dv.Command = i + 1
				dv.Why = fmt.Sprintf("reached by command %d, %s", i+1, describeCommand(c))
				return res, dv
			}
		}
	}
	return res, nil
}

// waitUpTo waits for d to finish its commands, pausing it if it runs past
// step limit: a command that no longer stops where it was recorded to
// (or a hostile recording's "step 2^60" on a loop that never ends) must
// not run for ever.
func waitUpTo(d *Driver, limit int64) *Snapshot {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if s := d.Latest(); s != nil && s.Step > limit {
					d.Pause()
					return
				}
			}
		}
	}()
	s := d.Wait()
	close(done)
	return s
}

// compareState compares the state s shows with checkpoint cp: the
// timeline first (it says best what differs), then the checksums.
func compareState(r *scenarios.Recording, cp scenarios.Checkpoint, s *Snapshot, sums *stateSummer) *Divergence {
	if dv := compareEvents(r, s); dv != nil {
		return dv
	}
	if s.Step != cp.Step {
		return &Divergence{Step: s.Step, Expected: fmt.Sprintf("the run to reach step %d", cp.Step),
			Got: fmt.Sprintf("it stopped at step %d (%s)", s.Step, s.Why)}
	}
	got := sums.checkpoint(s)
	switch {
	case got != cp && s.CompileErr != "":
		return &Divergence{Step: cp.Step, Expected: "the recorded run", Got: "a syntax error: " + s.CompileErr}
	case got.Events != cp.Events || got.EventsSum != cp.EventsSum:
		return &Divergence{Step: cp.Step, Expected: fmt.Sprintf("%d timeline events (checksum %s)", cp.Events, cp.EventsSum),
			Got: fmt.Sprintf("%d (checksum %s)", got.Events, got.EventsSum)}
	case got.Output != cp.Output || got.OutputSum != cp.OutputSum:
		return &Divergence{Step: cp.Step, Expected: fmt.Sprintf("%d bytes of output (checksum %s)", cp.Output, cp.OutputSum),
			Got: fmt.Sprintf("%d bytes (checksum %s): %s", got.Output, got.OutputSum, outputTail(s.Output.Text))}
	case got.Units != cp.Units:
		return &Divergence{Step: cp.Step, Expected: "code units with checksum " + cp.Units,
			Got: "checksum " + got.Units, Why: "an instruction was rewritten differently"}
	}
	return nil
}

// compareEvents compares the recorded timeline with the one s shows, up
// to s's step, and reports the first event that differs.
func compareEvents(r *scenarios.Recording, s *Snapshot) *Divergence {
	want := r.Events
	complete := s.Step <= r.EventsTo
	if complete {
		n := sort.Search(len(want), func(i int) bool { return want[i].Step > s.Step })
		want = want[:n]
	}
	got := s.Events
	for i := range min(len(want), len(got)) {
		w, g := want[i], recordedEvent(got[i])
		if w != g {
			return &Divergence{Step: min(w.Step, g.Step), Expected: w.String(), Got: g.String()}
		}
	}
	switch {
	case len(got) < len(want):
		w := want[len(got)]
		return &Divergence{Step: w.Step, Expected: w.String(), Got: fmt.Sprintf("no such event by step %d", s.Step)}
	case complete && len(got) > len(want):
		g := recordedEvent(got[len(want)])
		return &Divergence{Step: g.Step, Expected: fmt.Sprintf("no further event by step %d", s.Step), Got: g.String()}
	}
	return nil
}

func outputTail(b []byte) string {
	const n = 60
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return fmt.Sprintf("…%q", b)
}

// describeCommand says what a command did, as the replay's status line
// shows it.
func describeCommand(c scenarios.Command) string {
	var s string
	switch c.Op {
	case scenarios.OpStep, scenarios.OpBack:
		s = fmt.Sprintf("%s %d", c.Op, c.N)
	case scenarios.OpGoto:
		s = fmt.Sprintf("go to step %d", c.N)
	case scenarios.OpStart:
		s = fmt.Sprintf("recording started at step %d", c.Land)
	case scenarios.OpNextEvent:
		s = "next event"
		if c.Event != "" {
			s = "next " + c.Event + " event"
		}
	case scenarios.OpOver:
		s = "step over"
	case scenarios.OpOut:
		s = "step out"
	case scenarios.OpBreakpoints:
		s = fmt.Sprintf("breakpoints (%d)", len(c.Breakpoints))
	default:
		s = c.Op
	}
	if c.Cut && c.Op != scenarios.OpStart {
		s += fmt.Sprintf(", paused at step %d", c.Land)
	}
	return s
}

// ReplayModel is the explorer on a recording: ctrl+n and ctrl+p step
// through the recorded positions, and so do > and < unless a lesson is
// open (they go from moment to moment of a lesson); every other key works
// as in the explorer.
type ReplayModel struct {
	*Model
	rec *scenarios.Recording
	pos []int // indices of the commands that are positions
	at  int
}

// NewReplayModel opens the explorer over d (running the recording's
// program) at the recording's first position. opts.Lesson, if set, opens
// the lesson pane (ReplayLesson finds a recording's lesson).
func NewReplayModel(d *Driver, r *scenarios.Recording, opts Options) *ReplayModel {
	m := &ReplayModel{Model: newModel(d, opts), rec: r, pos: r.Positions()}
	if len(m.pos) > 0 {
		m.goTo(0)
	}
	return m
}

// ReplayLesson returns the lesson a recording was made on, with the step
// of each moment, if it has one that parses and still runs the recorded
// program; nil otherwise.
func ReplayLesson(r *scenarios.Recording) *Lesson {
	rl := r.Lesson
	if rl == nil || rl.Text == "" {
		return nil
	}
	l, err := scenarios.ParseLesson(rl.Name+".lesson", []byte(rl.Text))
	if err != nil {
		return nil
	}
	if src, _ := l.Program(); src != string(r.Program.Source) || r.VM.NoSpecialize {
		return nil
	}
	res, err := scenarios.Resolve(l)
	if err != nil {
		return nil
	}
	return &Lesson{Lesson: l, Steps: res.Steps}
}

// Update handles one message: the replay's keys, else the explorer's.
func (m *ReplayModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && !m.prompting && !m.showHelp && m.picker == nil {
		next, prev := "ctrl+n", "ctrl+p"
		switch s := k.String(); {
		case s == next || s == ">" && m.lesson == nil:
			m.status = ""
			m.goTo(m.at + 1)
			return m, nil
		case s == prev || s == "<" && m.lesson == nil:
			m.status = ""
			m.goTo(m.at - 1)
			return m, nil
		}
	}
	_, cmd := m.Model.Update(msg)
	return m, cmd
}

// goTo moves to recorded position i, with the breakpoints then in force.
func (m *ReplayModel) goTo(i int) {
	if len(m.pos) == 0 {
		m.status = "the recording has no positions"
		return
	}
	if i < 0 || i >= len(m.pos) {
		m.status = fmt.Sprintf("replay: no position %d (there are %d)", i+1, len(m.pos))
		return
	}
	m.at = i
	c := m.rec.Commands[m.pos[i]]
	m.bps = replayBreakpoints(m.rec.BreakpointsAt(m.pos[i]))
	m.d.SetBreakpoints(m.bps)
	m.d.GoTo(c.Land)
	m.status = fmt.Sprintf("replay %d/%d: %s → step %d", i+1, len(m.pos), describeCommand(c), c.Land)
	for _, n := range m.rec.Notes {
		if n.Step == c.Land {
			m.status += " │ note: " + string(n.Text)
		}
	}
}

// View renders the screen.
func (m *ReplayModel) View() tea.View {
	return screenView(m.Render(), "quicken replay · "+m.title())
}

// Render is the explorer's screen with "replay i/n" in the header.
func (m *ReplayModel) Render() string {
	screen := m.Model.Render()
	tag := fmt.Sprintf(" replay %d/%d ", m.at+1, len(m.pos))
	w := m.plan.width
	tw := ansi.StringWidth(tag)
	if w <= tw+10 {
		return screen
	}
	_, rest, _ := strings.Cut(screen, "\n")
	return m.header(w-tw) + m.c.styles.Key.Render(tag) + "\n" + rest
}

// RunReplay opens the explorer on a recording and returns when the user
// quits.
func RunReplay(r *scenarios.Recording, opts Options) error {
	if opts.Input == nil && opts.Output == nil {
		if !term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
			return ErrNoTerminal
		}
	}
	d := NewDriver(RecordedProgram(r))
	defer d.Close()
	m := NewReplayModel(d, r, Options{NoColor: opts.NoColor, Lesson: opts.Lesson})
	var popts []tea.ProgramOption
	if opts.Input != nil {
		popts = append(popts, tea.WithInput(opts.Input))
	}
	if opts.Output != nil {
		popts = append(popts, tea.WithOutput(opts.Output))
	}
	prog := tea.NewProgram(m, popts...)
	if _, err := prog.Run(); err != nil && !errors.Is(err, tea.ErrInterrupted) && !errors.Is(err, tea.ErrProgramKilled) {
		return fmt.Errorf("replay: %w", err)
	}
	return nil
}
