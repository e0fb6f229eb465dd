package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// The small panes are tested at two inside sizes: 76×8, a bottom pane of
// an 80×24 screen, and 50×20, a pane of the 160×48 layout.
var paneSizes = [][2]int{{76, 8}, {50, 20}}

// paneCommon is the shared state the root would give the panes, showing
// snapshot s with the default selection.
func paneCommon(s *Snapshot) *common {
	return &common{styles: NewStyles(false), snap: s,
		sel: &Selection{Follow: true, Site: -1, Value: ValueRef{Auto: true}}}
}

// paneKey is the key press bubbletea delivers for a key name.
func paneKey(name string) tea.KeyPressMsg {
	codes := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "up": tea.KeyUp, "down": tea.KeyDown,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
	}
	if c, ok := codes[name]; ok {
		return tea.KeyPressMsg{Code: c}
	}
	return tea.KeyPressMsg{Code: []rune(name)[0], Text: name}
}

// paneMsgs runs cmd and returns the messages it sends (a batch
// flattened).
func paneMsgs(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, paneMsgs(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// paneView sizes p, renders it, and checks the pane contract: exactly h
// lines, none wider than w.
func paneView(t *testing.T, p pane, w, h int) string {
	t.Helper()
	p.SetSize(w, h)
	v := p.View()
	lines := strings.Split(v, "\n")
	if len(lines) != h {
		t.Errorf("%s at %dx%d: %d lines", p.Title(), w, h, len(lines))
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("%s at %dx%d: line %d is %d cells: %q", p.Title(), w, h, i, n, ansi.Strip(l))
		}
	}
	return v
}

// checkPaneGoldens compares p's view at every pane size, with its title
// on the first line, to testdata/<name>_<w>x<h>.golden.
func checkPaneGoldens(t *testing.T, name string, p pane) {
	t.Helper()
	p.Refresh()
	for _, sz := range paneSizes {
		v := paneView(t, p, sz[0], sz[1])
		checkGolden(t, fmt.Sprintf("%s_%dx%d", name, sz[0], sz[1]), "── "+p.Title()+" ──\n"+v+"\n")
	}
}

// driveUntil steps d one instruction at a time until ok accepts the
// snapshot.
func driveUntil(t testing.TB, d *Driver, what string, ok func(*Snapshot) bool) *Snapshot {
	t.Helper()
	s := d.Wait()
	for i := 0; i < 5000; i++ {
		if ok(s) {
			return s
		}
		if len(s.Frames) == 0 {
			break
		}
		d.Step(1)
		s = d.Wait()
	}
	t.Fatalf("never reached %s (step %d)", what, s.Step)
	return nil
}

// inMulWithFloats is the moment before mul's BINARY_OP when both
// operands are floats: x and y on the stack.
func inMulWithFloats(s *Snapshot) bool {
	if len(s.Frames) == 0 {
		return false
	}
	f := s.Frames[0]
	return f.Name == "mul" && len(f.Stack) == 2 && f.Stack[0].Type == "float"
}

// beforeCallMul is the moment before the module's first PRECALL of mul:
// the for loop's iterator, the NULL 3.11 pushes before a callable
// (PUSH_NULL), the function and its two arguments.
func beforeCallMul(s *Snapshot) bool {
	return len(s.Frames) == 1 && len(s.Frames[0].Stack) == 5
}

func TestFramePaneGoldens(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	s := driveUntil(t, d, "the call of mul", beforeCallMul)
	if st := s.Frames[0].Stack; !st[1].Null || st[2].Type != "function" {
		t.Fatalf("stack before the call: %+v", st)
	}
	checkPaneGoldens(t, "frame_call", newFramePane(paneCommon(s)))

	s = driveUntil(t, d, "mul with floats", inMulWithFloats)
	checkPaneGoldens(t, "frame_mul", newFramePane(paneCommon(s)))

	d.Continue()
	s = d.Wait()
	if s.State != Ended {
		t.Fatalf("state %v", s.State)
	}
	checkPaneGoldens(t, "frame_ended", newFramePane(paneCommon(s)))
}

// A cell, a free variable and unbound locals, as 3.11 keeps them: the
// cell variable a (MAKE_CELL), inner's free a, b not yet bound.
func TestFramePaneCellsAndUnbound(t *testing.T) {
	src := `def outer():
    a = 1
    def inner():
        return a
    b = inner()
    return b

outer()
`
	d := newTestDriver(t, &Program{Filename: "/t/x.py", Source: []byte(src)})
	// Inner's free a is NULL until COPY_FREE_VARS copies the closure in.
	s := driveUntil(t, d, "inner", func(s *Snapshot) bool { return len(s.Frames) == 3 })
	if l := s.Frames[0].Locals; len(l) != 1 || !l[0].Value.Null {
		t.Errorf("inner before COPY_FREE_VARS: %+v", l)
	}
	d.Step(1)
	s = d.Wait()
	c := paneCommon(s)
	p := newFramePane(c)
	v := ansi.Strip(paneView(t, p, 50, 20))
	for _, want := range []string{"a (free)  int", "▶ outer.<locals>.inner", "outer line 5", "<module> line 8"} {
		if !strings.Contains(v, want) {
			t.Errorf("inner: no %q in\n%s", want, v)
		}
	}
	// The caller: a is a cell, b unbound until inner returns.
	p.Update(paneKey("{"))
	v = ansi.Strip(paneView(t, p, 50, 20))
	for _, want := range []string{"a (cell)", "b", "<unbound>", "▶ outer"} {
		if !strings.Contains(v, want) {
			t.Errorf("outer: no %q in\n%s", want, v)
		}
	}
	checkGolden(t, "frame_cells_50x20", "── "+p.Title()+" ──\n"+v+"\n")
}

func TestFramePaneCursor(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	s := driveUntil(t, d, "the call of mul", beforeCallMul)
	c := paneCommon(s)
	p := newFramePane(c)
	p.SetSize(76, 8)
	p.Refresh()
	// The stack is [iterator, NULL, mul, i, 3]: the automatic selection
	// is its top; up moves from there, one slot at a time.
	steps := []struct {
		key  string
		want ValueRef
	}{
		{"up", ValueRef{Index: 1}},
		{"k", ValueRef{Index: 2}},
		{"up", ValueRef{Index: 3}}, // the NULL: selectable, it is a slot
		{"up", ValueRef{Index: 4}},
		{"up", ValueRef{Index: 4}}, // the bottom stays put
		{"down", ValueRef{Index: 3}},
		{"j", ValueRef{Index: 2}},
		{"end", ValueRef{Index: 0}},
		{"down", ValueRef{Index: 0}},
		{"home", ValueRef{Index: 4}},
		{"esc", ValueRef{Auto: true}},
		{"down", ValueRef{Index: 0}}, // from the automatic row (the top) down stays at the top
	}
	for _, st := range steps {
		msgs := paneMsgs(p.Update(paneKey(st.key)))
		if len(msgs) != 1 {
			t.Fatalf("%s: messages %v", st.key, msgs)
		}
		got, ok := msgs[0].(SelectValueMsg)
		if !ok || got.Ref != st.want {
			t.Fatalf("%s: %#v, want %+v", st.key, msgs[0], st.want)
		}
		c.sel.Value = got.Ref // as the root does
	}
	// The cursor row is marked so that it reads without colour.
	c.sel.Value = ValueRef{Index: 3}
	p.Refresh()
	v := ansi.Strip(p.View())
	if !strings.Contains(v, "▸ [-4]   NULL") {
		t.Errorf("cursor not on the NULL slot:\n%s", v)
	}

	// In mul, the locals come first: x is local 0.
	s = driveUntil(t, d, "mul with floats", inMulWithFloats)
	c.snap = s
	c.sel.Value = ValueRef{Auto: true}
	p.Refresh()
	want := []ValueRef{{Index: 1}, {Local: true, Index: 1}, {Local: true, Index: 0}, {Local: true, Index: 0}}
	for i, w := range want {
		msgs := paneMsgs(p.Update(paneKey("up")))
		if got := msgs[0].(SelectValueMsg).Ref; got != w {
			t.Errorf("up #%d: %+v, want %+v", i+1, got, w)
		}
	}
	if m := paneMsgs(p.Update(paneKey("x"))); m != nil {
		t.Errorf("x: %v", m)
	}
}

func TestFramePaneCallStack(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	s := driveUntil(t, d, "mul with floats", inMulWithFloats)
	c := paneCommon(s)
	p := newFramePane(c)
	p.SetSize(76, 8)
	if p.Title() != "Frame · mul" {
		t.Errorf("title %q", p.Title())
	}
	// { selects the caller and shows its code; } comes back and follows
	// the current frame again.
	msgs := paneMsgs(p.Update(paneKey("{")))
	if c.sel.Frame != 1 || len(msgs) != 1 || msgs[0] != (ShowCodeMsg{CodeID: s.Frames[1].CodeID}) {
		t.Fatalf("{: frame %d, %v", c.sel.Frame, msgs)
	}
	if p.Title() != "Frame · <module>" {
		t.Errorf("title %q", p.Title())
	}
	v := ansi.Strip(p.View())
	if !strings.Contains(v, "▶ <module> line 9") || strings.Contains(v, "▶ mul") {
		t.Errorf("the caller is not marked:\n%s", v)
	}
	// The caller's stack: moving selects its slots (frame 1).
	msgs = paneMsgs(p.Update(paneKey("up")))
	if ref := msgs[0].(SelectValueMsg).Ref; ref.Frame != 1 || ref.Local {
		t.Errorf("up in the caller: %+v", ref)
	}
	if m := paneMsgs(p.Update(paneKey("{"))); m != nil || c.sel.Frame != 1 {
		t.Errorf("{ past the outermost frame: %v, frame %d", m, c.sel.Frame)
	}
	msgs = paneMsgs(p.Update(paneKey("}")))
	if c.sel.Frame != 0 || len(msgs) != 1 || msgs[0] != (ShowCodeMsg{CodeID: s.Frames[0].CodeID, Follow: true}) {
		t.Fatalf("}: frame %d, %v", c.sel.Frame, msgs)
	}
	if m := paneMsgs(p.Update(paneKey("}"))); m != nil || c.sel.Frame != 0 {
		t.Errorf("} past the innermost frame: %v", m)
	}
}

// A selected frame deeper than the call stack (the program returned
// meanwhile) shows the outermost one, and no frames at all the exit
// status.
func TestFramePaneStaleSelection(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	s := d.Wait()
	c := paneCommon(s)
	c.sel.Frame = 3
	p := newFramePane(c)
	v := ansi.Strip(paneView(t, p, 50, 8))
	if !strings.Contains(v, "▶ <module>") {
		t.Errorf("stale frame:\n%s", v)
	}
	c.snap = &Snapshot{State: Ended, Exit: 1}
	v = ansi.Strip(paneView(t, p, 50, 8))
	if !strings.Contains(v, "exit status 1") {
		t.Errorf("ended:\n%s", v)
	}
	if m := paneMsgs(p.Update(paneKey("up"))); m != nil {
		t.Errorf("up with no frame: %v", m)
	}
	c.snap = nil
	paneView(t, p, 50, 8)
}
