package tui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/quicken-py/quicken/vm/bytecode"
)

// Source pane sizes of the goldens: the inside of the source box in the
// compact layout of an 80×24 screen and in the wide layout of a 160×48
// one (planLayout).
var sourceGoldenSizes = []struct{ w, h int }{{38, 10}, {55, 19}}

// srcStepUntil steps the driver one instruction at a time until ok accepts
// the snapshot.
func srcStepUntil(t testing.TB, d *Driver, ok func(*Snapshot) bool) *Snapshot {
	t.Helper()
	s := d.Wait()
	for i := 0; !ok(s); i++ {
		if i == 5000 || s.State == Ended {
			t.Fatalf("step %d (%v): never reached the state sought", s.Step, s.State)
		}
		d.Step(1)
		s = d.Wait()
	}
	return s
}

// srcAtOp accepts a snapshot whose innermost frame runs code name and is
// about to execute an instruction of base opcode op.
func srcAtOp(name string, op bytecode.Opcode) func(*Snapshot) bool {
	return func(s *Snapshot) bool {
		if len(s.Frames) == 0 || s.Frames[0].Name != name {
			return false
		}
		return bytecode.Opcode(s.Codes[s.Frames[0].CodeID].Units[s.Frames[0].PC]&0xff).Base() == op
	}
}

// newTestSourcePane builds a source pane on snapshot s.
func newTestSourcePane(s *Snapshot, noColor bool, w, h int) (*sourcePane, *common) {
	c := &common{styles: NewStyles(noColor), snap: s, sel: &Selection{Follow: true, Site: -1}}
	p := newSourcePane(c)
	p.SetSize(w, h)
	p.Refresh()
	return p, c
}

// srcCheckSize fails unless view is exactly h rows, none wider than w.
func srcCheckSize(t *testing.T, view string, w, h int) {
	t.Helper()
	rows := strings.Split(view, "\n")
	if len(rows) != h {
		t.Errorf("%d×%d: %d rows, want %d", w, h, len(rows), h)
	}
	for i, r := range rows {
		if n := ansi.StringWidth(r); n > w {
			t.Errorf("%d×%d: row %d is %d cells wide: %q", w, h, i, n, ansi.Strip(r))
		}
	}
}

func TestSourceGolden(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	// Into mul, at its BINARY_OP: the first call, mul(0, 3).
	s := srcStepUntil(t, d, srcAtOp("mul", bytecode.BINARY_OP))
	for _, sz := range sourceGoldenSizes {
		p, _ := newTestSourcePane(s, true, sz.w, sz.h)
		if got := p.Title(); got != "Source · mul.py" {
			t.Errorf("title %q", got)
		}
		v := p.View()
		srcCheckSize(t, v, sz.w, sz.h)
		checkGolden(t, fmt.Sprintf("source_%dx%d", sz.w, sz.h), v)
	}
	// Later, in the float loop once BINARY_OP_MULTIPLY_FLOAT has taken
	// over, with a breakpoint on line 9 and the caller selected: the
	// heat gutter, ● and the two marks.
	d.SetBreakpoints([]Breakpoint{{Line: 9}})
	s = srcStepUntil(t, d, func(s *Snapshot) bool {
		return srcAtOp("mul", bytecode.BINARY_OP)(s) && opAt(s, "mul", s.Frames[0].PC) == bytecode.BINARY_OP_MULTIPLY_FLOAT
	})
	p, c := newTestSourcePane(s, true, 55, 19)
	c.sel.Frame = 1
	p.Refresh()
	checkGolden(t, "source_float_55x19", p.View())
}

// TestSourceSizes draws the pane at awkward sizes: the contract holds
// (height rows, none wider than width) however small.
func TestSourceSizes(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	s := srcStepUntil(t, d, srcAtOp("mul", bytecode.BINARY_OP))
	for _, sz := range []struct{ w, h int }{{0, 1}, {1, 1}, {5, 2}, {9, 3}, {12, 2}, {20, 1}, {200, 60}} {
		for _, noColor := range []bool{true, false} {
			p, _ := newTestSourcePane(s, noColor, sz.w, sz.h)
			p.SetFocused(true)
			srcCheckSize(t, p.View(), sz.w, sz.h)
		}
	}
}

// srcMarked returns, from a plain view, the line marked ▶ and the columns
// [from, to) of the ^ row under it (-1, -1 if none). The gutter of the
// default program is 7 cells: heat 2, breakpoint, mark, number 2, space.
func srcMarked(t *testing.T, view string) (line, from, to int) {
	t.Helper()
	const gutterW = 7
	rows := strings.Split(ansi.Strip(view), "\n")
	line, from, to = -1, -1, -1
	for i, r := range rows {
		rs := []rune(r)
		if len(rs) < gutterW || rs[3] != '▶' {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(string(rs[4:6])))
		if err != nil {
			t.Fatalf("row %q: %v", r, err)
		}
		line = n
		if i+1 < len(rows) {
			if m := regexp.MustCompile(`^ *(\^+)$`).FindStringSubmatchIndex(rows[i+1]); m != nil {
				from, to = m[2]-gutterW, m[3]-gutterW
			}
		}
	}
	return line, from, to
}

func TestSourceCurrentLineAndColumns(t *testing.T) {
	// Expected spans are CPython 3.11.7's co_positions() of mul.py
	// (dis.get_instructions(...).positions).
	tests := []struct {
		name     string
		at       func(*Snapshot) bool
		frame    int
		line     int
		from, to int
		inner    int // the line marked ▷ (0: none)
	}{
		// return x * y: BINARY_OP covers `x * y`, cols 11-16.
		{"BINARY_OP in mul", srcAtOp("mul", bytecode.BINARY_OP), 0, 2, 11, 16, 0},
		// LOAD_FAST y: col 15-16.
		{"LOAD_FAST y", func(s *Snapshot) bool { return srcAtOp("mul", bytecode.LOAD_FAST)(s) && s.Frames[0].PC == 2 }, 0, 2, 15, 16, 0},
		// The caller, selected: its CALL `mul(i, 3)`, cols 4-13, the
		// innermost frame's line 2 marked faintly.
		{"caller selected", srcAtOp("mul", bytecode.BINARY_OP), 1, 6, 4, 13, 2},
		// FOR_ITER spans lines 5-6 (cols 0-13): marked to the end of 5.
		{"FOR_ITER", srcAtOp("<module>", bytecode.FOR_ITER), 0, 5, 0, len("for i in range(10):"), 0},
		// RESUME of mul has an empty span (1, 1, 0, 0): no carets.
		{"RESUME", srcAtOp("mul", bytecode.RESUME), 0, 1, -1, -1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newTestDriver(t, defaultProgram(t))
			s := srcStepUntil(t, d, tt.at)
			p, c := newTestSourcePane(s, true, 55, 19)
			c.sel.Frame = tt.frame
			p.Refresh()
			v := p.View()
			line, from, to := srcMarked(t, v)
			if line != tt.line || from != tt.from || to != tt.to {
				t.Errorf("marked line %d cols %d-%d, want line %d cols %d-%d\n%s", line, from, to, tt.line, tt.from, tt.to, ansi.Strip(v))
			}
			inner := 0
			for _, r := range strings.Split(ansi.Strip(v), "\n") {
				if rs := []rune(r); len(rs) > 6 && rs[3] == '▷' {
					inner, _ = strconv.Atoi(strings.TrimSpace(string(rs[4:6])))
				}
			}
			if inner != tt.inner {
				t.Errorf("▷ on line %d, want %d", inner, tt.inner)
			}
		})
	}
}

func TestSourceHeatAtEnd(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	d.Continue()
	s := d.Wait()
	if s.State != Ended {
		t.Fatalf("state %v", s.State)
	}
	p, _ := newTestSourcePane(s, true, 55, 19)
	rows := strings.Split(ansi.Strip(p.View()), "\n")
	heat := func(line int) string { return string([]rune(rows[line-1])[:2]) }
	// The end of mul.py under CPython 3.11: mul's line 2 is
	// LOAD_FAST__LOAD_FAST and BINARY_OP_MULTIPLY_FLOAT (all
	// specialized); line 1 holds only RESUME_QUICK (nothing to learn);
	// line 5's range(10) call ran once, before the module was quickened,
	// and is still adaptive; line 3 has no code.
	for line, want := range map[int]string{1: "  ", 2: "██", 3: "  ", 5: "░░"} {
		if got := heat(line); got != want {
			t.Errorf("line %d heat %q, want %q\n%s", line, got, want, strings.Join(rows, "\n"))
		}
	}
	if _, _, _ = srcMarked(t, p.View()); p.cur != 0 {
		t.Errorf("a finished program marks line %d", p.cur)
	}
}

func TestHeatLevel(t *testing.T) {
	tests := []struct {
		h    LineHeat
		want string
	}{
		{LineHeat{}, "  "},
		{LineHeat{Sites: 3}, "  "},
		{LineHeat{Sites: 2, Quickened: 2, Adaptive: 2}, "░░"},
		{LineHeat{Sites: 4, Quickened: 4, Specialized: 1, Adaptive: 3}, "▒▒"},
		{LineHeat{Sites: 4, Quickened: 4, Specialized: 2, Adaptive: 2}, "▆▆"},
		{LineHeat{Sites: 4, Quickened: 4, Specialized: 3, Adaptive: 1}, "▇▇"},
		{LineHeat{Sites: 4, Quickened: 4, Specialized: 4}, "██"},
	}
	for _, tt := range tests {
		if got := heatGlyphs[heatLevel(tt.h)]; got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.h, got, tt.want)
		}
	}
}

func TestSourceBreakpoints(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	d.SetBreakpoints([]Breakpoint{{Line: 9}, {CodeID: 0, Offset: 2}})
	s := d.Wait()
	p, _ := newTestSourcePane(s, true, 55, 19)
	for i, r := range strings.Split(ansi.Strip(p.View()), "\n") {
		got := strings.ContainsRune(r, '●')
		if want := i+1 == 9; got != want {
			t.Errorf("row %d %q: breakpoint shown %v, want %v", i, r, got, want)
		}
	}
}

// srcKey is the message of a key press.
func srcKey(s string) tea.KeyPressMsg {
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
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// srcFirstLine returns the number of the first line of a plain view.
func srcFirstLine(t *testing.T, view string) int {
	t.Helper()
	rs := []rune(strings.SplitN(ansi.Strip(view), "\n", 2)[0])
	n, err := strconv.Atoi(strings.TrimSpace(string(rs[4:6])))
	if err != nil {
		t.Fatalf("first row %q: %v", string(rs), err)
	}
	return n
}

func TestSourceFollowAndScroll(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	// Module code at line 11 (print(mul(6, 7), ...)), the last line.
	s := srcStepUntil(t, d, func(s *Snapshot) bool { return len(s.Frames) == 1 && s.Frames[0].Line == 11 })
	p, c := newTestSourcePane(s, true, 40, 5)
	p.SetFocused(true)
	if l, _, _ := srcMarked(t, p.View()); l != 11 || p.CursorLine() != 11 {
		t.Fatalf("following: marked %d cursor %d, want 11\n%s", l, p.CursorLine(), ansi.Strip(p.View()))
	}
	// The user moves away: the view scrolls with the cursor and stops
	// following.
	for _, k := range []string{"home", "down", "j", "k", "down"} {
		p.Update(srcKey(k))
	}
	if p.CursorLine() != 3 || srcFirstLine(t, p.View()) != 1 {
		t.Fatalf("after keys: cursor %d first line %d, want 3 and 1", p.CursorLine(), srcFirstLine(t, p.View()))
	}
	// A step on the same line does not pull the view back.
	d.Step(1)
	s = d.Wait()
	if s.Frames[0].Line != 11 {
		t.Fatalf("step left line 11 for %d", s.Frames[0].Line)
	}
	c.snap = s
	p.Refresh()
	if p.CursorLine() != 3 || srcFirstLine(t, p.View()) != 1 {
		t.Fatalf("same line: cursor %d first line %d, want 3 and 1", p.CursorLine(), srcFirstLine(t, p.View()))
	}
	// The current line changes (into mul, line 2... then back to 11):
	// the view follows again.
	s = srcStepUntil(t, d, func(s *Snapshot) bool { return len(s.Frames) > 0 && s.Frames[0].Line == 2 })
	c.snap = s
	p.Refresh()
	if l, _, _ := srcMarked(t, p.View()); l != 2 || p.CursorLine() != 2 {
		t.Fatalf("followed to line %d cursor %d, want 2", l, p.CursorLine())
	}
	// end, pgup, pgdown, the wheel.
	p.Update(srcKey("end"))
	if p.CursorLine() != 11 || srcFirstLine(t, p.View()) != 7 {
		t.Errorf("end: cursor %d first line %d, want 11 and 7", p.CursorLine(), srcFirstLine(t, p.View()))
	}
	p.Update(srcKey("pgup"))
	if p.CursorLine() != 7 || srcFirstLine(t, p.View()) != 3 {
		t.Errorf("pgup: cursor %d first line %d, want 7 and 3", p.CursorLine(), srcFirstLine(t, p.View()))
	}
	p.Update(srcKey("pgdown"))
	if p.CursorLine() != 11 || srcFirstLine(t, p.View()) != 7 {
		t.Errorf("pgdown: cursor %d first line %d, want 11 and 7", p.CursorLine(), srcFirstLine(t, p.View()))
	}
	p.Update(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if first := srcFirstLine(t, p.View()); first != 4 || p.CursorLine() < first || p.CursorLine() > first+4 {
		t.Errorf("wheel up: first line %d cursor %d", first, p.CursorLine())
	}
	p.Update(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	p.Update(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if first := srcFirstLine(t, p.View()); first != 1 {
		t.Errorf("wheel up past the top: first line %d", first)
	}
}

func TestSourceHighlight(t *testing.T) {
	src := []byte("def f(x):\n    return len(x)  # n\n")
	h := highlight(src)
	if h.len() != 2 {
		t.Fatalf("%d lines", h.len())
	}
	l := h.line(1)
	// sgrBefore returns the escape sequences just before word in s.
	sgrBefore := func(s, word string) string {
		i := strings.Index(s, word)
		if i < 0 {
			t.Fatalf("%q not in %q", word, s)
		}
		m := regexp.MustCompile(`(\x1b\[[0-9;]*m)*$`).FindString(s[:i])
		return strings.ReplaceAll(m, "\x1b[m", "")
	}
	color := l.render(newSyntaxStyles(NewStyles(false)), 80, lineStyle{})
	if ansi.Strip(color) != "    return len(x)  # n" {
		t.Errorf("text %q", ansi.Strip(color))
	}
	kw, name, builtin, comment := sgrBefore(color, "return"), sgrBefore(color, "x"), sgrBefore(color, "len"), sgrBefore(color, "# n")
	if kw == "" || kw == name || builtin == "" || builtin == kw || comment == "" || comment == kw {
		t.Errorf("keyword %q, name %q, builtin %q, comment %q: want distinct colours for all but the name\n%q", kw, name, builtin, comment, color)
	}
	plain := l.render(newSyntaxStyles(NewStyles(true)), 80, lineStyle{})
	if plain != "    return len(x)  # n" {
		t.Errorf("NO_COLOR: %q, want the bare text", plain)
	}
}

func TestSourceLineText(t *testing.T) {
	// A tab advances to the next multiple of 8 as CPython's tokenizer
	// counts it; columns are UTF-8 byte offsets; wide characters are
	// two cells and never cut in half.
	h := highlight([]byte("\tx = '日本'\r\nif\x01:\n"))
	l := h.line(0)
	if l.text != "        x = '日本'" || l.width != 18 {
		t.Errorf("text %q width %d", l.text, l.width)
	}
	for _, tt := range []struct{ col, cell int }{{0, 0}, {1, 8}, {5, 12}, {6, 13}, {9, 15}, {13, 18}, {99, 18}} {
		if got := l.cell(tt.col); got != tt.cell {
			t.Errorf("col %d: cell %d, want %d", tt.col, got, tt.cell)
		}
	}
	ss := newSyntaxStyles(NewStyles(true))
	for _, tt := range []struct {
		width int
		want  string
	}{{14, "        x = '"}, {15, "        x = '日"}, {16, "        x = '日"}, {17, "        x = '日本"}} {
		if got := l.render(ss, tt.width, lineStyle{}); got != tt.want {
			t.Errorf("cut at %d: %q, want %q", tt.width, got, tt.want)
		}
	}
	if got := h.line(1).text; got != "if\uFFFD:" {
		t.Errorf("control character: %q", got)
	}
	if h.len() != 2 {
		t.Errorf("%d lines, want 2", h.len())
	}
}

// TestSourceLazyLex checks that lexing chunk by chunk, in any order,
// classifies every line as lexing the whole file at once does: chunks
// start only where logical lines start, outside string literals.
func TestSourceLazyLex(t *testing.T) {
	var b strings.Builder
	b.WriteString("def f(x):\n    '''A docstring\n")
	for i := range 80 {
		fmt.Fprintf(&b, "def not_code_%d(): return 'still the docstring' # %d\n", i, i)
	}
	b.WriteString("    '''\n    s = \"a \\\" quote\" # it's a comment\n")
	b.WriteString("    t = 'line \\\n continued'\n")
	for i := range 80 {
		fmt.Fprintf(&b, "    y%d = f\"{x['k']} {%d}\" + r'\\d' + \"\"\"\n  inner %d\"\"\"\n", i, i, i)
	}
	b.WriteString("print(f(1))  # done")
	src := b.String()
	whole := classify(src + "\n")
	h := highlight([]byte(src))
	if h.len() != strings.Count(src, "\n")+1 {
		t.Fatalf("%d lines, want %d", h.len(), strings.Count(src, "\n")+1)
	}
	// Last line first, then from the middle outwards.
	order := []int{h.len() - 1}
	for d := 0; d < h.len(); d++ {
		order = append(order, (h.len()/2+d*7)%h.len())
	}
	for _, i := range order {
		l := h.line(i)
		from := h.starts[i]
		if l.orig != src[from:h.lineEnd(i)] {
			t.Fatalf("line %d: %q", i+1, l.orig)
		}
		for _, r := range l.runs {
			// The test source has no tabs: text offsets are source
			// offsets.
			for k := r.start; k < r.end; k++ {
				if want := whole[from+k]; r.class != want {
					t.Fatalf("line %d %q: byte %d class %d, want %d", i+1, l.orig, k, r.class, want)
				}
			}
		}
	}
	if h.safe[2] || h.safe[50] || !h.safe[1] || !h.safe[h.len()-1] {
		t.Errorf("safe lines: 2 %v, 50 %v, 1 %v, last %v", h.safe[2], h.safe[50], h.safe[1], h.safe[h.len()-1])
	}
}

// TestSourceHeatIncremental follows a run step by step (and back): the
// counts kept up to date site by site equal those of a fresh pane.
func TestSourceHeatIncremental(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	s := d.Wait()
	p, c := newTestSourcePane(s, true, 55, 19)
	check := func() {
		t.Helper()
		c.snap = s
		p.Refresh()
		fresh, _ := newTestSourcePane(s, true, 55, 19)
		if fmt.Sprint(p.heat) != fmt.Sprint(fresh.heat) {
			t.Fatalf("step %d run %d: heat %v, recounted %v", s.Step, s.Run, p.heat, fresh.heat)
		}
	}
	for s.State != Ended {
		d.Step(7)
		s = d.Wait()
		check()
	}
	d.Back(300)
	s = d.Wait()
	check()
	d.GoTo(40)
	s = d.Wait()
	check()
}
