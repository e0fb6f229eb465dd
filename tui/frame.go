package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// The frame pane shows the values on the way in and out of the current
// instruction: the selected frame's fast locals (cells and free variables
// included, in co_localsplusnames order), its value stack from bottom to
// top, and the call stack.
//
// CPython 3.11 keeps NULL on the value stack: LOAD_GLOBAL and LOAD_METHOD
// push a NULL before (or instead of a self beside) the callable that
// PRECALL/CALL consume, and an unbound local is a NULL in its fast slot.
// Both are shown as such ("NULL", "<unbound>"), never skipped, so the
// stack depth on screen is the depth the bytecode works with.
//
// The cursor moves over the locals and stack slots; the value under it is
// the one the object pane lays out. Without a cursor (the default, and
// after esc) the object pane follows the top of the innermost stack.

// framePane is the Frame pane.
type framePane struct {
	c             *common
	width, height int
	// cursor indexes the selectable rows (locals, then the stack from
	// bottom to top) of the selected frame; manual says the user placed
	// it (otherwise the layout follows the top of the stack).
	cursor int
	manual bool
	top    int // first row shown
}

var _ pane = (*framePane)(nil)

func newFramePane(c *common) *framePane { return &framePane{c: c} }

func (p *framePane) Title() string {
	if f := p.frame(); f != nil {
		return "Frame · " + f.Name
	}
	return "Frame"
}

func (p *framePane) SetSize(width, height int) { p.width, p.height = width, height }

// frame returns the selected frame (nil when there is none).
func (p *framePane) frame() *FrameState {
	s := p.c.snap
	if s == nil || len(s.Frames) == 0 {
		return nil
	}
	return &s.Frames[p.frameIndex()]
}

// frameIndex is the selected frame, clamped to the call stack.
func (p *framePane) frameIndex() int {
	s := p.c.snap
	if s == nil {
		return 0
	}
	i := p.c.sel.Frame
	if i >= len(s.Frames) {
		i = len(s.Frames) - 1
	}
	if i < 0 {
		i = 0
	}
	return i
}

// items lists the selectable rows of the selected frame: its locals,
// then its stack slots bottom first.
func (p *framePane) items() []ValueRef {
	f := p.frame()
	if f == nil {
		return nil
	}
	fi := p.frameIndex()
	refs := make([]ValueRef, 0, len(f.Locals)+len(f.Stack))
	for i := range f.Locals {
		refs = append(refs, ValueRef{Frame: fi, Local: true, Index: i})
	}
	for i := range f.Stack {
		refs = append(refs, ValueRef{Frame: fi, Index: len(f.Stack) - 1 - i})
	}
	return refs
}

// autoItem is the row the automatic selection shows: the topmost
// non-NULL slot of the innermost frame's stack (-1 if none, or if
// another frame is selected).
func (p *framePane) autoItem() int {
	f := p.frame()
	if f == nil || p.frameIndex() != 0 {
		return -1
	}
	for i := len(f.Stack) - 1; i >= 0; i-- {
		if !f.Stack[i].Null {
			return len(f.Locals) + i
		}
	}
	return -1
}

func (p *framePane) Refresh() {
	p.manual = false
	v := p.c.sel.Value
	if v.Auto || p.frame() == nil || v.Frame != p.frameIndex() {
		return
	}
	for i, r := range p.items() {
		if r == v {
			p.cursor, p.manual = i, true
			return
		}
	}
}

func (p *framePane) Update(msg tea.Msg) tea.Cmd {
	key, ok := keyOf(msg)
	if !ok {
		return nil
	}
	switch key {
	case "up", "k", "down", "j", "home", "end", "pgup", "pgdown":
		items := p.items()
		if len(items) == 0 {
			return nil
		}
		// Without a cursor, moves start from the row the layout shows
		// (the top of the stack); with none, up lands on the last row
		// and down on the first.
		cur := p.cursor
		if !p.manual {
			cur = p.autoItem()
			if cur < 0 {
				cur = -1
				if key == "up" || key == "k" {
					cur = len(items)
				}
			}
		}
		switch key {
		case "up", "k":
			cur--
		case "down", "j":
			cur++
		case "home":
			cur = 0
		case "end":
			cur = len(items) - 1
		case "pgup":
			cur -= max(1, p.height-1)
		case "pgdown":
			cur += max(1, p.height-1)
		}
		cur = min(max(cur, 0), len(items)-1)
		p.cursor, p.manual = cur, true
		return msgCmd(SelectValueMsg{Ref: items[cur]})
	case "esc", ".":
		p.manual = false
		return msgCmd(SelectValueMsg{Ref: ValueRef{Auto: true}})
	case "{", "}":
		s := p.c.snap
		if s == nil || len(s.Frames) == 0 {
			return nil
		}
		i := p.frameIndex()
		if key == "{" {
			i++ // the caller
		} else {
			i--
		}
		if i < 0 || i >= len(s.Frames) {
			return nil
		}
		p.c.sel.Frame = i
		p.manual, p.top = false, 0
		return msgCmd(ShowCodeMsg{CodeID: s.Frames[i].CodeID, Follow: i == 0})
	}
	return nil
}

func (p *framePane) View() string {
	w, h := p.width, p.height
	if w <= 0 || h <= 0 {
		return strings.Repeat("\n", max(h-1, 0))
	}
	st := p.c.styles
	s := p.c.snap
	var lines []string
	switch {
	case s == nil:
		lines = []string{st.Dim.Render("no program")}
	case len(s.Frames) == 0:
		lines = p.endedLines()
	default:
		lines = p.frameLines(w, h)
	}
	return fitLines(lines, w, h)
}

// endedLines say why there are no frames.
func (p *framePane) endedLines() []string {
	st, s := p.c.styles, p.c.snap
	switch {
	case s.CompileErr != "":
		return []string{st.Error.Render("The program does not compile: nothing runs."), st.Dim.Render("(see Output for the SyntaxError)")}
	case s.Internal != "":
		return []string{st.Error.Render("The VM stopped: " + s.Internal)}
	case s.State == Ended:
		l := "The program has ended (exit status " + itoa(s.Exit) + ")."
		if s.Exit != 0 {
			return []string{st.Error.Render(l), st.Dim.Render("(the traceback is in Output)")}
		}
		return []string{st.Bold.Render(l)}
	}
	return []string{st.Dim.Render("no frame")}
}

// frameLines renders the locals, the stack and the call stack: the call
// stack in a column on the right when the pane is wide enough, below
// otherwise.
func (p *framePane) frameLines(w, h int) []string {
	st := p.c.styles
	calls := p.callLines()
	rightW := 0
	for _, l := range calls {
		rightW = max(rightW, ansi.StringWidth(l))
	}
	side := w >= 60 && rightW <= w/2
	leftW := w
	if side {
		rightW = min(rightW, w/2)
		leftW = w - rightW - 2
	}
	f := p.frame()
	// Rows of the left column; sel[i] is the selectable item row i
	// shows (-1 for headings).
	var rows []string
	var rowItem []int
	add := func(s string, item int) { rows = append(rows, s); rowItem = append(rowItem, item) }
	nameW := 0
	for _, l := range f.Locals {
		nameW = max(nameW, ansi.StringWidth(localName(l)))
	}
	nameW = max(min(nameW, 18), 5)
	typeW := 0
	for _, l := range f.Locals {
		typeW = max(typeW, len(l.Value.Type))
	}
	for _, v := range f.Stack {
		typeW = max(typeW, len(v.Type))
	}
	typeW = min(typeW, 14)
	cur, auto := -1, -1
	if p.manual {
		cur = p.cursor
	} else {
		auto = p.autoItem()
	}
	row := func(item int, label string, v ValueState, unbound string) string {
		mark := "  "
		switch item {
		case cur:
			mark = "▸ "
		case auto:
			mark = "▹ "
		}
		label = ansi.Truncate(label, nameW, "…")
		label += strings.Repeat(" ", nameW-ansi.StringWidth(label))
		var val string
		switch {
		case v.Null && unbound != "":
			val = st.Dim.Render(unbound)
		case v.Null:
			val = st.Dim.Render("NULL")
		default:
			t := ansi.Truncate(v.Type, typeW, "…")
			val = st.Dim.Render(t+strings.Repeat(" ", typeW-ansi.StringWidth(t))) + "  " + v.Repr
		}
		line := mark + label + "  " + val
		if item == cur {
			line = st.Cursor.Render(ansi.Strip(line))
		}
		return line
	}
	head := st.Header.Render(f.Name) + st.Dim.Render("  "+frameWhere(f, true))
	add(head, -1)
	if len(f.Locals) > 0 {
		add(st.Dim.Render("locals"), -1)
		for i, l := range f.Locals {
			add(row(i, localName(l), l.Value, "<unbound>"), i)
		}
	}
	if len(f.Stack) == 0 {
		add(st.Dim.Render("stack  (empty)"), -1)
	} else {
		add(st.Dim.Render("stack  bottom → top"), -1)
		for i, v := range f.Stack {
			item := len(f.Locals) + i
			add(row(item, "[-"+itoa(len(f.Stack)-i)+"]", v, ""), item)
		}
	}
	if !side {
		add("", -1)
		for _, l := range calls {
			add(l, -1)
		}
	}
	// Scroll the left column so the cursor (or the auto row) shows.
	focus := cur
	if focus < 0 {
		focus = auto
	}
	if focus >= 0 {
		at := 0
		for i, it := range rowItem {
			if it == focus {
				at = i
			}
		}
		if at < p.top {
			p.top = at
		}
		if at >= p.top+h {
			p.top = at - h + 1
		}
	}
	p.top = min(p.top, max(len(rows)-h, 0))
	p.top = max(p.top, 0)
	rows = rows[p.top:]
	if !side {
		return rows
	}
	out := make([]string, h)
	for i := range out {
		var l string
		if i < len(rows) {
			l = ansi.Truncate(rows[i], leftW, "…")
		}
		if i < len(calls) {
			l += strings.Repeat(" ", leftW-ansi.StringWidth(l)+2) + ansi.Truncate(calls[i], rightW, "…")
		}
		out[i] = l
	}
	return out
}

// callLines render the call stack, innermost first, the selected frame
// marked.
func (p *framePane) callLines() []string {
	st, s := p.c.styles, p.c.snap
	sel := p.frameIndex()
	lines := []string{st.Dim.Render("call stack")}
	for i, f := range s.Frames {
		mark := "  "
		if i == sel {
			mark = "▶ "
		}
		l := mark + f.Name + st.Dim.Render(" "+frameWhere(&f, false))
		if i == sel {
			l = st.Bold.Render(mark+f.Name) + st.Dim.Render(" "+frameWhere(&f, false))
		}
		lines = append(lines, l)
	}
	return lines
}

// frameWhere says where a frame is: its line, and the offset of its next
// instruction if long. An instruction without a line (3.11's
// COPY_FREE_VARS and MAKE_CELL prologue) shows only the offset.
func frameWhere(f *FrameState, long bool) string {
	at := "@" + itoa(2*f.PC)
	if f.Line <= 0 {
		return at
	}
	if long {
		return "line " + itoa(f.Line) + " · " + at
	}
	return "line " + itoa(f.Line)
}

// localName is a local's label: its name, with its kind when it is a
// cell or a free variable.
func localName(l Slot) string {
	if l.Kind == "cell" || l.Kind == "free" {
		return l.Name + " (" + l.Kind + ")"
	}
	return l.Name
}

// fitLines joins lines into exactly h lines of at most w cells.
func fitLines(lines []string, w, h int) string {
	var b strings.Builder
	for i := 0; i < h; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i < len(lines) {
			l := lines[i]
			if ansi.StringWidth(l) > w {
				l = ansi.Truncate(l, w, "…")
			}
			b.WriteString(l)
		}
	}
	return b.String()
}

// joinFitted joins lines already no wider than the pane into exactly h
// lines.
func joinFitted(lines []string, h int) string {
	if len(lines) > h {
		lines = lines[:h]
	}
	var b strings.Builder
	b.WriteString(strings.Join(lines, "\n"))
	for i := len(lines); i < h; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}
