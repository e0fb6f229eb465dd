package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/quicken-py/quicken/scenarios"
	"github.com/quicken-py/quicken/vm/bytecode"
)

// keyMsg builds the key press bubbletea delivers for a key name.
func keyMsg(name string) tea.KeyPressMsg {
	codes := map[string]rune{
		"space": tea.KeySpace, "tab": tea.KeyTab, "enter": tea.KeyEnter, "esc": tea.KeyEscape,
		"left": tea.KeyLeft, "right": tea.KeyRight, "up": tea.KeyUp, "down": tea.KeyDown,
		"backspace": tea.KeyBackspace, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown,
	}
	switch {
	case name == "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case name == "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case codes[name] != 0:
		return tea.KeyPressMsg{Code: codes[name]}
	}
	r := []rune(name)
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// newTestModel opens the explorer on p at a screen size, with the first
// snapshot delivered.
func newTestModel(t testing.TB, p *Program, w, h int) *Model {
	t.Helper()
	m := NewModel(newTestDriver(t, p), true)
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	settle(m)
	return m
}

// press sends keys, then delivers the snapshot that shows their effect.
func press(m *Model, keys ...string) {
	for _, k := range keys {
		m.Update(keyMsg(k))
	}
	settle(m)
}

func settle(m *Model) { m.Update(SnapshotMsg{m.d.Wait()}) }

func screenText(m *Model) string { return ansi.Strip(m.Render()) }

// stepUntil steps until the screen satisfies ok.
func stepUntil(t testing.TB, m *Model, what string, ok func(*Snapshot) bool) {
	t.Helper()
	for i := 0; i < 3000; i++ {
		if ok(m.c.snap) {
			return
		}
		press(m, "s")
	}
	t.Fatalf("never reached %s", what)
}

func TestModelStepBackGoTo(t *testing.T) {
	m := newTestModel(t, defaultProgram(t), 80, 24)
	if s := m.c.snap; s.Step != 0 || s.State != Paused {
		t.Fatalf("start: step %d %v", s.Step, s.State)
	}
	press(m, "s", "space", "right")
	if m.c.snap.Step != 3 {
		t.Fatalf("three step keys: step %d", m.c.snap.Step)
	}
	press(m, "b")
	if m.c.snap.Step != 2 {
		t.Fatalf("b: step %d", m.c.snap.Step)
	}
	press(m, "left")
	if m.c.snap.Step != 1 {
		t.Fatalf("left: step %d", m.c.snap.Step)
	}
	press(m, "g", "1", "2", "0", "enter")
	if m.c.snap.Step != 120 {
		t.Fatalf("g 120: step %d", m.c.snap.Step)
	}
	if !strings.Contains(screenText(m), "step 120 ·") {
		t.Fatalf("the header does not say step 120:\n%s", screenText(m))
	}
	press(m, "g", "4", "x", "esc")
	if m.prompting || m.c.snap.Step != 120 {
		t.Fatalf("esc cancels the prompt: prompting %v step %d", m.prompting, m.c.snap.Step)
	}
}

func TestModelOverOutAndEvents(t *testing.T) {
	m := newTestModel(t, defaultProgram(t), 160, 48)
	// Step until the first call of mul is about to happen.
	stepUntil(t, m, "a call", func(s *Snapshot) bool {
		f := s.Frames[0]
		return strings.HasPrefix(opText(s, f), "CALL")
	})
	depth := len(m.c.snap.Frames)
	press(m, "o")
	if s := m.c.snap; len(s.Frames) != depth || s.Frames[0].Name != "<module>" {
		t.Fatalf("step over a call: frames %d, in %s", len(s.Frames), s.Frames[0].Name)
	}
	// Into mul, then out again.
	stepUntil(t, m, "mul", func(s *Snapshot) bool { return s.Frames[0].Name == "mul" })
	press(m, "u")
	if s := m.c.snap; s.Frames[0].Name != "<module>" {
		t.Fatalf("step out: in %s (%s)", s.Frames[0].Name, s.Why)
	}
	// n runs to the next event of the chosen kind: N cycles the kind.
	press(m, "N") // quicken
	press(m, "N") // rewrite
	if m.nextKind != EvSpecialize {
		t.Fatalf("N twice: next kind %v", m.nextKind)
	}
	press(m, "n")
	s := m.c.snap
	last := s.Events[len(s.Events)-1]
	if last.Kind != EvSpecialize || last.Step != s.Step {
		t.Fatalf("n stopped at step %d after %v at step %d (%s)", s.Step, last.Kind, last.Step, last.Text)
	}
}

// opText returns the name of the instruction f is about to run.
func opText(s *Snapshot, f FrameState) string {
	c := s.Codes[f.CodeID]
	return bytecodeOp(c.Units[f.PC]).String()
}

func TestModelBreakpointAndContinue(t *testing.T) {
	m := newTestModel(t, defaultProgram(t), 80, 24)
	// A breakpoint on line 2 (return x * y), set from the source pane's
	// cursor, stops continue when mul is entered.
	m.bps = nil
	m.toggleBreakpoint(Breakpoint{Line: 2})
	press(m, "c")
	s := m.c.snap
	if s.Frames[0].Name != "mul" || s.Frames[0].Line != 2 || !strings.Contains(s.Why, "breakpoint at line 2") {
		t.Fatalf("continue: in %s line %d (%s)", s.Frames[0].Name, s.Frames[0].Line, s.Why)
	}
	first := s.Step
	press(m, "c")
	if s := m.c.snap; s.Step <= first || s.Frames[0].Name != "mul" {
		t.Fatalf("continue again: step %d in %s", s.Step, s.Frames[0].Name)
	}
	// Removing it lets the program run to its end.
	m.toggleBreakpoint(Breakpoint{Line: 2})
	press(m, "c")
	if s := m.c.snap; s.State != Ended {
		t.Fatalf("continue without breakpoints: %v (%s)", s.State, s.Why)
	}
	if !strings.Contains(screenText(m), "ended") {
		t.Fatalf("the header does not say the program ended:\n%s", screenText(m))
	}
}

func TestModelFocusAndHelp(t *testing.T) {
	m := newTestModel(t, defaultProgram(t), 80, 24)
	// Without a lesson the lesson pane is left out of the cycle.
	visible := numPanes - 1
	for i := 1; i <= visible; i++ {
		press(m, "tab")
		if m.focus != i%visible {
			t.Fatalf("tab %d: focus %d", i, m.focus)
		}
	}
	press(m, "shift+tab")
	if m.focus != paneOutput || m.slotPane != paneOutput {
		t.Fatalf("shift+tab: focus %d slot %d", m.focus, m.slotPane)
	}
	// In the compact layout the folded pane in focus is the one shown.
	if !strings.Contains(screenText(m), "[Output") {
		t.Fatalf("the output tab is not shown:\n%s", screenText(m))
	}
	press(m, "?")
	help := screenText(m)
	for _, want := range []string{"step back", "step over", "step out", "continue / pause", "go to step", "toggle a breakpoint", "next pane", "quit"} {
		if !strings.Contains(help, want) {
			t.Errorf("help lacks %q:\n%s", want, help)
		}
	}
	press(m, "x") // any key closes the help
	if m.showHelp {
		t.Fatal("help still shown")
	}
}

func TestModelSpeedAndPause(t *testing.T) {
	// An infinite loop: continue runs it until paused, and the UI keeps
	// getting snapshots meanwhile.
	p := &Program{Filename: "/t/loop.py", Source: []byte("i = 0\nwhile True:\n    i += 1\n")}
	m := newTestModel(t, p, 80, 24)
	m.Update(keyMsg("c"))
	// Let it run, then pause.
	var running *Snapshot
	for s := range m.d.Snapshots() {
		if s.State == Running && s.Step > 10000 {
			running = s
			break
		}
	}
	m.Update(SnapshotMsg{running})
	press(m, "c")
	s := m.c.snap
	if s.State != Paused || s.Step < running.Step {
		t.Fatalf("pause: %v at %d (was %d)", s.State, s.Step, running.Step)
	}
	// Slowest speed: a continue advances only a few steps per frame.
	for range speeds {
		press(m, "-")
	}
	if speeds[m.speed] != 1 {
		t.Fatalf("speed after - presses: %d", speeds[m.speed])
	}
	at := s.Step
	m.Update(keyMsg("c"))
	for s := range m.d.Snapshots() {
		if s.State == Running {
			m.Update(SnapshotMsg{s})
			break
		}
	}
	press(m, "c")
	if got := m.c.snap.Step - at; got > 3 {
		t.Fatalf("at 1 step/s a brief continue ran %d steps", got)
	}
}

func TestModelSyntaxError(t *testing.T) {
	p := &Program{Filename: "/t/bad.py", Source: []byte("def f(:\n    pass\n")}
	m := newTestModel(t, p, 80, 24)
	s := m.c.snap
	if s.State != Failed || !strings.Contains(s.CompileErr, "SyntaxError") {
		t.Fatalf("state %v, compile error %q", s.State, s.CompileErr)
	}
	press(m, "s", "b", "c", "o")
	if !strings.Contains(screenText(m), "syntax error") {
		t.Fatalf("the screen does not report the syntax error:\n%s", screenText(m))
	}
}

func TestModelScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		m := newTestModel(t, defaultProgram(t), size[0], size[1])
		stepUntil(t, m, "BINARY_OP_MULTIPLY_INT", func(s *Snapshot) bool {
			return opAt(s, "mul", 3).String() == "BINARY_OP_MULTIPLY_INT"
		})
		name := "screen_" + itoa(size[0]) + "x" + itoa(size[1])
		checkGolden(t, name, m.Render())
		if size[0] == 80 {
			// Each folded pane, as its tab shows it.
			for _, p := range slotPanes {
				m.setFocus(p)
				checkGolden(t, name+"_"+strings.ToLower(slotNames[p]), m.Render())
			}
		}
		for i, line := range strings.Split(screenText(m), "\n") {
			if w := ansi.StringWidth(line); w > size[0] {
				t.Errorf("%dx%d line %d is %d wide", size[0], size[1], i, w)
			}
		}
	}
}

func bytecodeOp(u uint16) bytecode.Opcode { return bytecode.Opcode(u & 0xff) }

// r starts recording, r again writes the session to a new file in the
// current directory, which decodes and holds the steps taken.
func TestModelRecordKey(t *testing.T) {
	t.Chdir(t.TempDir())
	m := newTestModel(t, defaultProgram(t), 80, 24)
	press(m, "r")
	if !m.recording() || !strings.Contains(screenText(m), "● REC") {
		t.Fatalf("r did not start recording:\n%s", screenText(m))
	}
	press(m, "s", "s", "s", "b")
	press(m, "a", "l", "o", "o", "k", " ", "h", "e", "r", "e", "enter")
	if !strings.Contains(m.status, "note added at step 2") {
		t.Fatalf("status after a note: %q", m.status)
	}
	press(m, "r")
	if m.recording() {
		t.Fatal("r did not stop recording")
	}
	files, _ := filepath.Glob("*.qrec")
	if len(files) != 1 || !strings.Contains(m.status, files[0]) {
		t.Fatalf("files %v, status %q", files, m.status)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	rec, err := scenarios.DecodeRecording(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Commands) < 4 {
		t.Fatalf("%d commands recorded", len(rec.Commands))
	}
	if !strings.Contains(string(b), "look here") {
		t.Fatal("the note is not in the recording")
	}
}
