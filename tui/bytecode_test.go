package tui

import (
	"bytes"
	"fmt"
	"os/exec"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// bcRig runs the default program (scenarios mul.py) with a real
// driver and hands each snapshot to the panes, as the root model does.
type bcRig struct {
	t     testing.TB
	d     *Driver
	c     *common
	panes []pane
}

func newBCRig(t testing.TB) *bcRig {
	t.Helper()
	d := newTestDriver(t, defaultProgram(t))
	c := &common{styles: NewStyles(true), snap: d.Wait(), sel: &Selection{Follow: true, Site: -1, Value: ValueRef{Auto: true}}}
	return &bcRig{t: t, d: d, c: c}
}

func (r *bcRig) add(p pane, w, h int) {
	p.SetSize(w, h)
	p.Refresh()
	r.panes = append(r.panes, p)
}

// take publishes the driver's newest snapshot to the panes.
func (r *bcRig) take() *Snapshot {
	r.c.snap = r.d.Wait()
	for _, p := range r.panes {
		p.Refresh()
	}
	return r.c.snap
}

// stepUntil steps one instruction at a time (every snapshot reaches the
// panes) until ok accepts one.
func (r *bcRig) stepUntil(what string, ok func(*Snapshot) bool) *Snapshot {
	r.t.Helper()
	for i := 0; i < 20000; i++ {
		if s := r.c.snap; ok(s) {
			return s
		}
		if r.c.snap.State == Ended {
			break
		}
		r.d.Step(1)
		r.take()
	}
	r.t.Fatalf("never reached: %s (at step %d)", what, r.c.snap.Step)
	return nil
}

// bcMulOp is the opcode of mul's BINARY_OP site (code unit 3, byte offset 6).
func bcMulOp(s *Snapshot) bytecode.Opcode { return opAt(s, "mul", 3) }

// bcMulID is the code ID of mul.
func bcMulID(t testing.TB, s *Snapshot) int {
	for _, c := range s.Codes {
		if c.Code.QualName == "mul" {
			return c.ID
		}
	}
	t.Fatal("no code object mul")
	return -1
}

// bcCheckView checks the pane contract: height lines, none wider than width.
func bcCheckView(t *testing.T, p pane, w, h int) string {
	t.Helper()
	v := p.View()
	lines := strings.Split(v, "\n")
	if len(lines) != h {
		t.Errorf("%d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("line %d is %d cells wide, more than %d: %q", i, n, w, ansi.Strip(l))
		}
	}
	return v
}

func bcKey(s string) tea.KeyPressMsg {
	switch s {
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// bcMsgs runs a command and returns the messages it produces (a batch
// flattened).
func bcMsgs(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, bcMsgs(c)...)
		}
		return out
	case nil:
		return nil
	default:
		return []tea.Msg{msg}
	}
}

// The golden sizes are the bytecode pane's inside in the layout's 80×24
// screen (38×10: source and bytecode side by side) and 160×48 one
// (52×19: the middle of three columns).
var bytecodeSizes = [][2]int{{38, 10}, {52, 19}}

// Moments of the default program (mul.py) the goldens show.
var (
	// Just after mul's BINARY_OP_ADAPTIVE specialized for int * int:
	// the site flashes.
	atMulInt = func(s *Snapshot) bool { return bcMulOp(s) == bytecode.BINARY_OP_MULTIPLY_INT }
	// The module warming up (its RESUME and JUMP_BACKWARDs count
	// co_warmup up from -8), the loop calling mul with ints.
	atWarmup = func(s *Snapshot) bool {
		return len(s.Frames) == 1 && len(s.Codes) > 0 && !s.Codes[0].Quickened && s.Codes[0].Warmup == -5
	}
)

func TestBytecodeGolden(t *testing.T) {
	for _, size := range bytecodeSizes {
		w, h := size[0], size[1]
		name := func(moment string) string { return "bytecode_" + moment + "_" + itoa(w) + "x" + itoa(h) }
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			r := newBCRig(t)
			p := newBytecodePane(r.c)
			r.add(p, w, h)
			r.stepUntil("module warming up", atWarmup)
			checkGolden(t, name("warmup"), bcCheckView(t, p, w, h))

			r.stepUntil("BINARY_OP_MULTIPLY_INT", atMulInt)
			if got := p.Title(); got != "Bytecode · mul" {
				t.Errorf("title %q", got)
			}
			checkGolden(t, name("int"), bcCheckView(t, p, w, h))

			// The run's end: nothing runs, the pane shows mul as the
			// root shows it after [ or ].
			r.d.Continue()
			s := r.take()
			if s.State != Ended {
				t.Fatalf("state %v", s.State)
			}
			// A new pane: one that saw the run before would mark what
			// changed during the continue.
			*r.c.sel = Selection{CodeID: bcMulID(t, s), Site: -1}
			p = newBytecodePane(r.c)
			r.add(p, w, h)
			v := bcCheckView(t, p, w, h)
			if !strings.Contains(ansi.Strip(v), "BINARY_OP_MULTIPLY_FLOAT") {
				t.Errorf("no BINARY_OP_MULTIPLY_FLOAT at the end:\n%s", ansi.Strip(v))
			}
			checkGolden(t, name("end"), v)
		})
	}
}

// TestBytecodeWarmupHeader checks the header counts the warm-up as
// CPython 3.11's co_warmup does (QUICKENING_WARMUP_DELAY 8: -8 up to 0),
// then says the code is quickened.
func TestBytecodeWarmupHeader(t *testing.T) {
	r := newBCRig(t)
	p := newBytecodePane(r.c)
	r.add(p, 60, 10)
	first := strings.SplitN(ansi.Strip(p.View()), "\n", 2)[0]
	if !strings.Contains(first, "warm-up -8") {
		t.Errorf("header at the start %q, want warm-up -8", first)
	}
	r.stepUntil("module quickened", func(s *Snapshot) bool { return s.Codes[0].Quickened })
	first = strings.SplitN(ansi.Strip(p.View()), "\n", 2)[0]
	if !strings.Contains(first, "<module>") || !strings.Contains(first, "quickened") || strings.Contains(first, "warm-up") {
		t.Errorf("header once quickened %q", first)
	}
}

// TestBytecodeFlash steps across mul's rewrites: the new form is marked
// with its previous one for flashSteps steps, on specialization and on
// deopt back to the adaptive form.
func TestBytecodeFlash(t *testing.T) {
	r := newBCRig(t)
	p := newBytecodePane(r.c)
	const w, h = 76, 8
	r.add(p, w, h)
	view := func() string { return ansi.Strip(bcCheckView(t, p, w, h)) }
	s := r.stepUntil("BINARY_OP_ADAPTIVE", func(s *Snapshot) bool { return bcMulOp(s) == bytecode.BINARY_OP_ADAPTIVE })
	// Keep showing mul when the run returns to the module.
	*r.c.sel = Selection{CodeID: bcMulID(t, s), Site: -1}
	p.Refresh()
	if v := view(); strings.Contains(v, "was BINARY_OP_ADAPTIVE") || !strings.Contains(v, "BINARY_OP_ADAPTIVE       5 (*)  ← was BINARY_OP") {
		t.Errorf("quickening not marked:\n%s", v)
	}
	s = r.stepUntil("BINARY_OP_MULTIPLY_INT", atMulInt)
	at := s.Step
	for s.Step < at+flashSteps {
		if v := view(); !strings.Contains(v, "BINARY_OP_MULTIPLY_INT     5 (*)  ← was BINARY_OP_ADAPTIVE") {
			t.Fatalf("step %d (rewrite seen at %d): no mark:\n%s", s.Step, at, v)
		}
		r.d.Step(1)
		s = r.take()
	}
	if v := view(); strings.Contains(v, "was BINARY_OP_ADAPTIVE") {
		t.Errorf("step %d: the mark outlived %d steps:\n%s", s.Step, flashSteps, v)
	}

	// The deopt back to the adaptive form after 53 misses (CPython 3.11
	// ADAPTIVE_CACHE_BACKOFF... the miss counter starts at 53).
	r.d.GoTo(1000)
	r.take()
	r.stepUntil("deopt", func(s *Snapshot) bool { return bcMulOp(s) == bytecode.BINARY_OP_ADAPTIVE })
	if v := view(); !strings.Contains(v, "← was BINARY_OP_MULTIPLY_INT") {
		t.Errorf("deopt not marked:\n%s", v)
	}

	// Narrow: the mark moves under the listing.
	p.SetSize(40, 8)
	if v := ansi.Strip(bcCheckView(t, p, 40, 8)); !strings.Contains(v, "\n@6 was BINARY_OP_MULTIPLY_INT") {
		t.Errorf("narrow deopt mark:\n%s", v)
	}

	// A step back re-runs the program: what differs is no rewrite.
	r.d.Back(1)
	r.take()
	if v := view(); strings.Contains(v, "was") {
		t.Errorf("mark after a step back:\n%s", v)
	}
}

// TestBytecodeHistory checks the history of mul @6 over the whole run
// is the one CPython 3.11 goes through: quickened to BINARY_OP_ADAPTIVE,
// specialized for int * int, 53 misses on floats, deopt, specialized for
// float * float, and the final mul(6, 7) missing once.
func TestBytecodeHistory(t *testing.T) {
	r := newBCRig(t)
	p := newBytecodePane(r.c)
	r.add(p, 120, 30)
	// Run in chunks so that the index is built incrementally.
	for _, step := range []int64{100, 126, 127, 500, 1008, 1009, 1600} {
		r.d.GoTo(step)
		r.take()
	}
	r.d.Continue()
	s := r.take()
	id := bcMulID(t, s)
	got := p.hist.of(id, 3)
	var fresh siteHistory
	fresh.update(s)
	if want := fresh.of(id, 3); !slices.EqualFunc(got, want, func(a, b histEntry) bool { return a == b }) {
		t.Errorf("incremental history differs from one built at once:\n%v\n%v", got, want)
	}
	type form struct {
		kind  EventKind
		count int
		text  string
	}
	want := []form{
		{EvQuicken, 1, "BINARY_OP → BINARY_OP_ADAPTIVE"},
		{EvSpecialize, 1, "BINARY_OP_ADAPTIVE → BINARY_OP_MULTIPLY_INT"},
		{EvMiss, 52, "BINARY_OP_MULTIPLY_INT miss 52/53"},
		{EvDeopt, 1, "miss 53/53: left operand was float → back to BINARY_OP_ADAPTIVE"},
		{EvSpecialize, 1, "BINARY_OP_ADAPTIVE → BINARY_OP_MULTIPLY_FLOAT"},
		{EvMiss, 1, "BINARY_OP_MULTIPLY_FLOAT miss 1/53"},
	}
	if len(got) != len(want) {
		t.Fatalf("history of mul @6: %d entries, want %d:\n%v", len(got), len(want), got)
	}
	for i, w := range want {
		if g := got[i]; g.Kind != w.kind || g.Count != w.count || !strings.Contains(g.Text, w.text) {
			t.Errorf("entry %d: %v ×%d %q, want %v ×%d containing %q", i, g.Kind, g.Count, g.Text, w.kind, w.count, w.text)
		}
	}

	// The final form is CPython's.
	if _, err := exec.LookPath("python3"); err != nil {
		t.Logf("python3 not found: the final form is not compared with CPython's")
	} else if out, err := bcPython(t, `
import dis, io, contextlib, sys
g = {}
with contextlib.redirect_stdout(io.StringIO()):
    exec(compile(sys.stdin.read(), "mul.py", "exec"), g)
print([i.opname for i in dis.get_instructions(g["mul"], adaptive=True)][3])
`, defaultProgram(t).Source); err != nil {
		t.Error(err)
	} else if pyForm, ours := strings.TrimSpace(string(out)), bcMulOp(s).String(); pyForm != ours {
		t.Errorf("final form %s, CPython 3.11 %s", ours, pyForm)
	}

	// Shown under the listing, one line each, for the selected site.
	*r.c.sel = Selection{CodeID: id, Site: 3}
	p.Refresh()
	p.Update(bcKey("h"))
	v := ansi.Strip(bcCheckView(t, p, 120, 30))
	for _, line := range []string{
		"history of @6",
		" step 124 BINARY_OP → BINARY_OP_ADAPTIVE (quickened",
		" steps 176–992 52 misses of BINARY_OP_MULTIPLY_INT: left operand was float",
		" step 1520 BINARY_OP_ADAPTIVE → BINARY_OP_MULTIPLY_FLOAT (float * float",
	} {
		if !strings.Contains(v, "\n"+line) {
			t.Errorf("no line %q in\n%s", line, v)
		}
	}
	// Too short to share: the history takes the listing's place, the
	// newest entries last.
	p.SetSize(60, 5)
	v = ansi.Strip(bcCheckView(t, p, 60, 5))
	if lines := strings.Split(v, "\n"); lines[1] != "history of @6" || !strings.HasPrefix(lines[4], " step 1775 BINARY_OP_MULTIPLY_FLOAT miss 1/53") {
		t.Errorf("history in place of the listing:\n%s", v)
	}
	p.Update(bcKey("h"))
	if v := ansi.Strip(p.View()); strings.Contains(v, "history of") || !strings.Contains(v, "BINARY_OP_MULTIPLY_FLOAT") {
		t.Errorf("h again does not hide the history:\n%s", v)
	}
}

// TestBytecodeCursor moves the cursor with the keys and checks the site
// it selects (code units) and the messages to the root.
func TestBytecodeCursor(t *testing.T) {
	r := newBCRig(t)
	p := newBytecodePane(r.c)
	r.add(p, 60, 8)
	// In mul, about to run BINARY_OP (unit 3, @6).
	s := r.stepUntil("mul @6", func(s *Snapshot) bool {
		return len(s.Frames) == 2 && s.Frames[0].Name == "mul" && s.Frames[0].PC == 3
	})
	mul := bcMulID(t, s)
	if id, at := p.CursorSite(); id != mul || at != 3 {
		t.Fatalf("CursorSite following: %d %d", id, at)
	}
	// mul's instructions start at units 0, 1, 2, 3, 5.
	for _, c := range []struct {
		key    string
		unit   int
		follow bool
	}{
		{"down", 5, false},
		{"down", 5, false},
		{"up", 3, false},
		{"k", 2, false},
		{"j", 3, false},
		{"home", 0, false},
		{"pgdown", 5, false},
		{"pgup", 0, false},
		{"end", 5, false},
		{".", 3, true},
		{"up", 2, false},
		{"esc", 3, true},
	} {
		msgs := bcMsgs(p.Update(bcKey(c.key)))
		if id, at := p.CursorSite(); id != mul || at != c.unit {
			t.Errorf("%s: CursorSite %d %d, want %d %d", c.key, id, at, mul, c.unit)
		}
		var want []tea.Msg
		if c.follow {
			want = []tea.Msg{SelectSiteMsg{CodeID: mul, Offset: -1}, ShowCodeMsg{Follow: true}}
		} else {
			want = []tea.Msg{SelectSiteMsg{CodeID: mul, Offset: c.unit}}
		}
		if !slices.Equal(msgs, want) {
			t.Errorf("%s: messages %v, want %v", c.key, msgs, want)
		}
		// The root's answer, as model.go gives it.
		for _, m := range msgs {
			switch m := m.(type) {
			case SelectSiteMsg:
				r.c.sel.Site = m.Offset
				if m.Offset >= 0 {
					r.c.sel.CodeID, r.c.sel.Follow = m.CodeID, false
				}
			case ShowCodeMsg:
				r.c.sel.CodeID, r.c.sel.Follow, r.c.sel.Site = m.CodeID, m.Follow, -1
			}
		}
		p.Refresh()
		if id, at := p.CursorSite(); id != mul || at != c.unit {
			t.Errorf("%s: after the root's answer, CursorSite %d %d, want %d %d", c.key, id, at, mul, c.unit)
		}
	}
	// The module's frame, running the call, is marked faintly.
	p.Update(bcKey("["))
	if v := ansi.Strip(p.View()); strings.Count(v, "▷") != 1 || strings.Contains(v, "▶") {
		t.Errorf("the caller's frame in the module:\n%s", v)
	}
	p.Update(bcKey("]"))

	// A pinned cursor stays in mul when the run returns to the module.
	p.Update(bcKey("up"))
	r.c.sel.Site, r.c.sel.CodeID, r.c.sel.Follow = 2, mul, false
	r.d.Step(3)
	r.take()
	if got := p.Title(); got != "Bytecode · mul" {
		t.Errorf("pinned: title %q after mul returned", got)
	}
	if v := ansi.Strip(p.View()); !strings.Contains(v, "@4 selected") {
		t.Errorf("pinned view:\n%s", v)
	}
}

// TestBytecodeSwitchCode checks [ and ] cycle through the code objects.
func TestBytecodeSwitchCode(t *testing.T) {
	r := newBCRig(t)
	p := newBytecodePane(r.c)
	r.add(p, 60, 8)
	r.stepUntil("mul known", func(s *Snapshot) bool { return len(s.Codes) == 2 })
	for _, c := range []struct {
		key   string
		id    int
		title string
	}{
		{"]", 1, "Bytecode · mul"},
		{"]", 0, "Bytecode · <module>"},
		{"[", 1, "Bytecode · mul"},
		{"[", 0, "Bytecode · <module>"},
	} {
		msgs := bcMsgs(p.Update(bcKey(c.key)))
		if want := []tea.Msg{ShowCodeMsg{CodeID: c.id}}; !slices.Equal(msgs, want) {
			t.Errorf("%s: %v, want %v", c.key, msgs, want)
		}
		if got := p.Title(); got != c.title {
			t.Errorf("%s: title %q, want %q", c.key, got, c.title)
		}
	}
}

// TestBytecodeBreakpointAndWheel checks the breakpoint mark and that
// the view stops following the IP once the wheel scrolled it.
func TestBytecodeBreakpointAndWheel(t *testing.T) {
	r := newBCRig(t)
	p := newBytecodePane(r.c)
	const w, h = 60, 6
	r.add(p, w, h)
	r.d.SetBreakpoints([]Breakpoint{{CodeID: 0, Offset: 17}}) // @34 PUSH_NULL
	r.take()
	v := ansi.Strip(bcCheckView(t, p, w, h))
	if strings.Contains(v, "●") {
		t.Errorf("breakpoint out of view shown:\n%s", v)
	}
	r.d.Continue()
	s := r.take()
	if s.Frames[0].PC != 17 {
		t.Fatalf("stopped at %d (%s)", s.Frames[0].PC, s.Why)
	}
	v = ansi.Strip(bcCheckView(t, p, w, h))
	if !strings.Contains(v, "  6 ●▶       34 PUSH_NULL") {
		t.Errorf("breakpoint and IP:\n%s", v)
	}
	for range 10 {
		p.Update(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	}
	v = ansi.Strip(bcCheckView(t, p, w, h))
	if strings.Contains(v, "▶") || !strings.Contains(v, "  0           0 RESUME") {
		t.Errorf("scrolled to the top:\n%s", v)
	}
	r.d.Step(1)
	r.take()
	if v := ansi.Strip(p.View()); strings.Contains(v, "▶") {
		t.Errorf("the view followed the IP after the user scrolled away:\n%s", v)
	}
	msgs := bcMsgs(p.Update(bcKey("esc")))
	if want := []tea.Msg{SelectSiteMsg{CodeID: 0, Offset: -1}}; !slices.Equal(msgs, want) {
		t.Errorf("esc: %v", msgs)
	}
	if v := ansi.Strip(p.View()); !strings.Contains(v, "▶       36 LOAD_NAME") {
		t.Errorf("esc does not bring back the IP:\n%s", v)
	}
}

// TestBytecodeListingPatch checks that a listing patched after rewrites
// is the one formatted afresh, over the whole run of the default
// program (quickening, specializations, deopt; the module's jumps
// turning JUMP_BACKWARD_QUICK drop their targets' ">>" marks, as dis
// does).
func TestBytecodeListingPatch(t *testing.T) {
	r := newBCRig(t)
	p := newBytecodePane(r.c)
	r.add(p, 80, 10)
	patched := 0
	for {
		s := r.c.snap
		for _, cs := range s.Codes {
			before := p.listings[cs.Code]
			changed := before != nil && !sameSlice(before.units, cs.Units)
			l := p.listing(cs)
			if changed && l == before {
				patched++
			}
			fresh := newDisListing(cs.Live())
			if !slices.EqualFunc(l.rows, fresh.rows, func(a, b disRow) bool { return a == b }) || l.maxName < fresh.maxName {
				t.Fatalf("step %d, %s: the patched listing differs from a fresh one", s.Step, cs.Code.QualName)
			}
		}
		if s.State == Ended {
			break
		}
		r.d.Step(1)
		r.take()
	}
	if patched == 0 {
		t.Error("no listing was ever patched")
	}
}

// bcPython runs a python3 script with stdin and returns its output.
func bcPython(t *testing.T, script string, stdin []byte) ([]byte, error) {
	t.Helper()
	cmd := exec.Command("python3", "-c", script)
	cmd.Stdin = bytes.NewReader(stdin)
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return nil, fmt.Errorf("python3: %v\n%s", err, ee.Stderr)
		}
		return nil, err
	}
	return out, nil
}

// TestBytecodeFormsMatchCPython compares the forms mul @6 takes, seen
// after each call of mul returns, with CPython 3.11's (the calls are
// wrapped there, the module's names going through a mapping, so that
// dis can look between them): BINARY_OP, BINARY_OP_MULTIPLY_INT,
// BINARY_OP_ADAPTIVE after the deopt, BINARY_OP_MULTIPLY_FLOAT.
func TestBytecodeFormsMatchCPython(t *testing.T) {
	r := newBCRig(t)
	ours := []string{bytecode.BINARY_OP.String()}
	depth := 1
	for r.c.snap.State != Ended {
		s := r.c.snap
		if len(s.Frames) == 1 && depth == 2 {
			if f := bcMulOp(s).String(); f != ours[len(ours)-1] {
				ours = append(ours, f)
			}
		}
		depth = len(s.Frames)
		r.d.Step(1)
		r.take()
	}
	want := []string{"BINARY_OP", "BINARY_OP_MULTIPLY_INT", "BINARY_OP_ADAPTIVE", "BINARY_OP_MULTIPLY_FLOAT"}
	if !slices.Equal(ours, want) {
		t.Errorf("forms of mul @6 between calls: %v, want %v", ours, want)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found: not compared with CPython")
	}
	out, err := bcPython(t, `
import dis, sys, io, contextlib
def form(f): return [i.opname for i in dis.get_instructions(f, adaptive=True)][3]
seen = ["BINARY_OP"]
class Names(dict):
    def __setitem__(self, k, v):
        if k == "mul":
            real = v
            def wrapped(*a):
                r = real(*a)
                f = form(real)
                if f != seen[-1]: seen.append(f)
                return r
            v = wrapped
        dict.__setitem__(self, k, v)
with contextlib.redirect_stdout(io.StringIO()):
    exec(compile(sys.stdin.read(), "mul.py", "exec"), {"__builtins__": __builtins__}, Names())
print(" ".join(seen))
`, defaultProgram(t).Source)
	if err != nil {
		t.Fatal(err)
	}
	if cp := strings.Fields(string(out)); !slices.Equal(ours, cp) {
		t.Errorf("forms of mul @6 between calls: %v, CPython 3.11 %v", ours, cp)
	}
}
