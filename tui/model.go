package tui

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// Model is the explorer's root model: it routes keys to the driver and
// the focused pane, snapshots to every pane, and lays the panes out.
type Model struct {
	c     *common
	d     *Driver
	keys  KeyMap
	help  help.Model
	panes [numPanes]pane
	focus int
	// slotPane is the pane shown in the compact layout's shared box.
	slotPane int
	plan     layoutPlan
	showHelp bool
	// prompt is the "go to step" input while it is open.
	prompting bool
	prompt    string
	// noting is the note input while it is open (text in prompt).
	noting bool
	// nextKind is the event kind n seeks (0: any).
	nextKind EventKind
	speed    int // index into speeds
	bps      []Breakpoint
	status   string // a one-off message for the status line
	// lesson is the open lesson (nil: a program of the user's).
	lesson *Lesson
	// picker lists the built-in lessons while it is open.
	picker *picker
	opts   Options
}

// speeds are the run speeds + and - step through, in steps per second
// (0: as fast as the VM goes).
var speeds = []int{0, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1}

// SnapshotMsg delivers a new snapshot from the driver.
type SnapshotMsg struct{ Snap *Snapshot }

// NewModel builds the explorer over a driver.
func NewModel(d *Driver, noColor bool) *Model {
	return newModel(d, Options{NoColor: noColor})
}

func newModel(d *Driver, opts Options) *Model {
	sel := &Selection{Follow: true, Site: -1, Value: ValueRef{Auto: true}}
	c := &common{styles: NewStyles(opts.NoColor), sel: sel, snap: &Snapshot{Program: d.prog}}
	m := &Model{c: c, d: d, keys: DefaultKeys(), help: help.New(), slotPane: paneCache, opts: opts}
	m.panes = [numPanes]pane{
		paneSource:   newSourcePane(c),
		paneBytecode: newBytecodePane(c),
		paneCache:    newCachePane(c),
		paneFrame:    newFramePane(c),
		paneObject:   newObjectPane(c),
		paneEvents:   newEventsPane(c),
		paneOutput:   newOutputPane(c),
		paneLesson:   newLessonPane(c),
	}
	m.setLesson(opts.Lesson)
	if opts.Picker && len(opts.Lessons) > 0 {
		m.openPicker()
	}
	m.resize(80, 24)
	m.setFocus(paneSource)
	return m
}

// Init starts listening for snapshots.
func (m *Model) Init() tea.Cmd { return m.waitSnapshot() }

func (m *Model) waitSnapshot() tea.Cmd {
	ch := m.d.Snapshots()
	return func() tea.Msg { return SnapshotMsg{<-ch} }
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (model tea.Model, cmd tea.Cmd) {
	defer func() {
		// A bug in a pane must not take the explorer (and the user's
		// session) down: it is reported on the status line.
		if r := recover(); r != nil {
			m.status = fmt.Sprintf("internal error: %v", r)
			model, cmd = m, nil
		}
	}()
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		return m, nil
	case SnapshotMsg:
		m.setSnapshot(msg.Snap)
		return m, m.waitSnapshot()
	case SelectSiteMsg:
		m.c.sel.Site = msg.Offset
		if msg.Offset >= 0 {
			m.c.sel.CodeID = msg.CodeID
			m.c.sel.Follow = false
		}
		m.inspect()
		return m, nil
	case SelectValueMsg:
		m.c.sel.Value = msg.Ref
		m.inspect()
		return m, nil
	case ShowCodeMsg:
		m.c.sel.CodeID, m.c.sel.Follow = msg.CodeID, msg.Follow
		m.c.sel.Site = -1
		m.inspect()
		m.refresh()
		return m, nil
	case GoToStepMsg:
		m.d.GoTo(msg.Step)
		return m, nil
	case ToggleBreakpointMsg:
		m.toggleBreakpoint(msg.Breakpoint)
		return m, nil
	case tea.KeyPressMsg:
		if m.picker != nil {
			return m, m.pickerKey(msg)
		}
		return m, m.key(msg)
	case tea.MouseClickMsg:
		mouse := msg.Mouse()
		if p := m.paneAt(mouse.X, mouse.Y); p >= 0 {
			m.setFocus(p)
			return m, m.panes[p].Update(msg)
		}
		return m, nil
	case tea.MouseWheelMsg:
		mouse := msg.Mouse()
		if p := m.paneAt(mouse.X, mouse.Y); p >= 0 {
			return m, m.panes[p].Update(msg)
		}
		return m, nil
	}
	return m, nil
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if m.prompting {
		return m.promptKey(msg)
	}
	if m.noting {
		return m.noteKey(msg)
	}
	if m.showHelp {
		if key.Matches(msg, k.Quit) {
			return tea.Quit
		}
		m.showHelp = false
		return nil
	}
	m.status = ""
	running := m.c.snap.State == Running
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = true
	case key.Matches(msg, k.Continue):
		if running {
			m.d.Pause()
		} else {
			m.d.Continue()
		}
	case key.Matches(msg, k.Step):
		if running {
			m.d.Pause()
		} else {
			m.d.Step(1)
		}
	case key.Matches(msg, k.Back):
		if running {
			m.d.Pause()
		}
		m.d.Back(1)
	case key.Matches(msg, k.Over):
		m.d.Over()
	case key.Matches(msg, k.Out):
		m.d.Out()
	case key.Matches(msg, k.NextEvent):
		m.d.NextEvent(m.nextKind)
	case key.Matches(msg, k.EventKind):
		m.nextKind = nextEventKind(m.nextKind)
		m.status = "n now runs to the next " + eventKindLabel(m.nextKind)
	case key.Matches(msg, k.GoTo):
		m.prompting, m.prompt = true, ""
	case key.Matches(msg, k.Breakpoint):
		m.toggleBreakpoint(m.breakpointHere())
	case key.Matches(msg, k.Restart):
		m.d.Restart()
	case key.Matches(msg, k.Faster):
		if m.speed > 0 {
			m.speed--
		}
		m.d.SetSpeed(speeds[m.speed])
		m.status = "speed: " + speedText(speeds[m.speed])
	case key.Matches(msg, k.Slower):
		if m.speed < len(speeds)-1 {
			m.speed++
		}
		m.d.SetSpeed(speeds[m.speed])
		m.status = "speed: " + speedText(speeds[m.speed])
	case key.Matches(msg, k.NextPane):
		m.setFocus(m.nextVisible(m.focus, 1))
	case key.Matches(msg, k.PrevPane):
		m.setFocus(m.nextVisible(m.focus, numPanes-1))
	case key.Matches(msg, k.NextMoment):
		m.moment(true)
	case key.Matches(msg, k.PrevMoment):
		m.moment(false)
	case key.Matches(msg, k.Record):
		return m.toggleRecording()
	case key.Matches(msg, k.Note):
		if m.recording() {
			m.noting, m.prompt = true, ""
		} else {
			m.status = "notes belong to a recording: press r to start one"
		}
	case key.Matches(msg, k.Lessons):
		if len(m.opts.Lessons) > 0 {
			m.openPicker()
		} else {
			m.status = "no lessons to choose from"
		}
	default:
		return m.panes[m.focus].Update(msg)
	}
	return nil
}

// nextVisible is the pane after p in focus order, stepping by delta.
func (m *Model) nextVisible(p, delta int) int {
	for {
		p = (p + delta) % numPanes
		if m.visible(p) {
			return p
		}
	}
}

// moment goes to the lesson's next (or previous) moment.
func (m *Model) moment(forward bool) {
	if m.lesson == nil {
		m.status = "no lesson: > and < go from moment to moment of a lesson"
		return
	}
	step := m.lesson.prev(m.c.snap.Step)
	if forward {
		step = m.lesson.next(m.c.snap.Step)
	}
	if step < 0 {
		m.status = "no further moment that way"
		return
	}
	m.d.GoTo(step)
}

// setLesson makes l the open lesson (nil: none).
func (m *Model) setLesson(l *Lesson) {
	m.lesson = l
	m.panes[paneLesson].(*lessonPane).lesson = l
	if l != nil {
		m.slotPane = paneLesson
	} else if m.slotPane == paneLesson {
		m.slotPane = paneCache
	}
	if m.plan.width > 0 {
		m.resize(m.plan.width, m.plan.height)
	}
}

// openLesson replaces the program with lesson l, on a new driver.
func (m *Model) openLesson(l *Lesson) {
	if m.recording() {
		// A recording holds one program: it ends (and is saved) here.
		m.toggleRecording()
	}
	m.d.Close()
	m.d = NewDriver(l.Program())
	sel := m.c.sel
	*sel = Selection{Follow: true, Site: -1, Value: ValueRef{Auto: true}}
	m.bps = nil
	m.c.snap = &Snapshot{Program: m.d.prog}
	m.setLesson(l)
	m.refresh()
}

func nextEventKind(k EventKind) EventKind {
	if k == 0 {
		return EventKinds[0]
	}
	for i, e := range EventKinds {
		if e == k && i+1 < len(EventKinds) {
			return EventKinds[i+1]
		}
	}
	return 0
}

func speedText(s int) string {
	if s == 0 {
		return "as fast as possible"
	}
	return fmt.Sprintf("%d steps/s", s)
}

func (m *Model) noteKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "esc", "ctrl+c":
		m.noting = false
	case "enter":
		m.noting = false
		if strings.TrimSpace(m.prompt) != "" && m.addNote(m.prompt) {
			m.status = fmt.Sprintf("note added at step %d", m.c.snap.Step)
		}
	case "backspace":
		if r := []rune(m.prompt); len(r) > 0 {
			m.prompt = string(r[:len(r)-1])
		}
	default:
		if msg.Text != "" && len(m.prompt) < 2000 {
			m.prompt += msg.Text
		}
	}
	return nil
}

func (m *Model) promptKey(msg tea.KeyPressMsg) tea.Cmd {
	switch s := msg.String(); s {
	case "esc", "ctrl+c":
		m.prompting = false
	case "enter":
		m.prompting = false
		if n, err := strconv.ParseInt(m.prompt, 10, 64); err == nil {
			m.d.GoTo(n)
		} else if m.prompt != "" {
			m.status = fmt.Sprintf("go to step: %q is not a step number", m.prompt)
		}
	case "backspace":
		if m.prompt != "" {
			m.prompt = m.prompt[:len(m.prompt)-1]
		}
	default:
		if len(s) == 1 && s[0] >= '0' && s[0] <= '9' && len(m.prompt) < 18 {
			m.prompt += s
		}
	}
	return nil
}

// breakpointHere is the breakpoint x toggles: at the focused pane's
// cursor (a source line, an instruction), else at the current line.
func (m *Model) breakpointHere() Breakpoint {
	switch p := m.panes[m.focus].(type) {
	case *sourcePane:
		if l := p.CursorLine(); l > 0 {
			return Breakpoint{Line: l}
		}
	case *bytecodePane:
		if id, off := p.CursorSite(); off >= 0 {
			return Breakpoint{CodeID: id, Offset: off}
		}
	}
	if fs := m.c.snap.Frames; len(fs) > 0 && fs[0].Line > 0 {
		return Breakpoint{Line: fs[0].Line}
	}
	return Breakpoint{}
}

func (m *Model) toggleBreakpoint(b Breakpoint) {
	if b == (Breakpoint{}) {
		return
	}
	for i, x := range m.bps {
		if x == b {
			m.bps = append(m.bps[:i], m.bps[i+1:]...)
			m.d.SetBreakpoints(m.bps)
			m.status = "breakpoint removed: " + m.breakpointText(b)
			return
		}
	}
	m.bps = append(m.bps, b)
	m.d.SetBreakpoints(m.bps)
	m.status = "breakpoint set: " + m.breakpointText(b)
}

func (m *Model) breakpointText(b Breakpoint) string {
	if b.Line > 0 {
		return fmt.Sprintf("line %d", b.Line)
	}
	name := "?"
	if b.CodeID < len(m.c.snap.Codes) {
		name = m.c.snap.Codes[b.CodeID].Code.QualName
	}
	return fmt.Sprintf("%s @%d", name, 2*b.Offset)
}

// focusable panes draw their cursor only while focused.
type focusable interface{ SetFocused(bool) }

func (m *Model) setFocus(p int) {
	for i, q := range m.panes {
		if f, ok := q.(focusable); ok {
			f.SetFocused(i == p)
		}
	}
	m.focus = p
	if m.plan.rects[p].w == 0 {
		m.slotPane = p
	}
}

// paneAt returns the pane drawn at (x, y), or -1.
func (m *Model) paneAt(x, y int) int {
	for p, r := range m.plan.rects {
		if r.w > 0 && m.visible(p) && r.contains(x, y) {
			return p
		}
	}
	if m.plan.slot.w > 0 && m.plan.slot.contains(x, y) {
		return m.slotPane
	}
	return -1
}

// inspect tells the driver what the cache and layout panes need.
func (m *Model) inspect() {
	sel := m.c.sel
	m.d.SetInspect(Inspect{CodeID: sel.CodeID, Offset: sel.Site, Value: sel.Value})
}

func (m *Model) setSnapshot(s *Snapshot) {
	if s == nil {
		return
	}
	m.c.snap = s
	m.refresh()
}

func (m *Model) refresh() {
	for _, p := range m.panes {
		p.Refresh()
	}
}

func (m *Model) resize(w, h int) {
	if w < 20 {
		w = 20
	}
	if h < 8 {
		h = 8
	}
	m.plan = planLayout(w, h, m.lesson != nil)
	for p, r := range m.plan.rects {
		if r.w > 0 {
			m.panes[p].SetSize(r.w-2, r.h-2)
		} else {
			m.panes[p].SetSize(m.plan.slot.w-2, m.plan.slot.h-2)
		}
	}
	m.help.SetWidth(w)
}

// View renders the screen.
func (m *Model) View() tea.View { return screenView(m.Render(), "quicken · "+m.title()) }

// screenView is a full-screen view with mouse reporting.
func screenView(content, title string) tea.View {
	v := tea.NewView(content)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = title
	return v
}

func (m *Model) title() string {
	p := m.c.snap.Program
	if p == nil {
		return ""
	}
	if p.Title != "" {
		return p.Title
	}
	return filepath.Base(p.Filename)
}

// Render returns the screen as text (with styles).
func (m *Model) Render() string {
	w, h := m.plan.width, m.plan.height
	screen := make([]string, h)
	screen[0] = m.header(w)
	screen[h-1] = m.statusLine(w)
	if m.showHelp {
		body := m.helpLines(w, h-2)
		for i := 1; i < h-1 && i-1 < len(body); i++ {
			screen[i] = ansi.Truncate(body[i-1], w, "")
		}
		return strings.Join(screen, "\n")
	}
	if m.picker != nil {
		body := m.pickerLines(w, h-2)
		for i := 1; i < h-1 && i-1 < len(body); i++ {
			screen[i] = ansi.Truncate(body[i-1], w, "")
		}
		return strings.Join(screen, "\n")
	}
	// Boxes are joined line by line, so each row is painted left to
	// right.
	order := make([]int, 0, numPanes)
	for p, r := range m.plan.rects {
		if r.w > 0 && m.visible(p) {
			order = append(order, p)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return m.plan.rects[order[i]].x < m.plan.rects[order[j]].x })
	for _, p := range order {
		m.paint(screen, m.plan.rects[p], m.panes[p].Title(), m.paneView(p), p == m.focus)
	}
	if s := m.plan.slot; s.w > 0 {
		m.paint(screen, s, m.slotTitle(), m.paneView(m.slotPane), m.focus == m.slotPane)
	}
	return strings.Join(screen, "\n")
}

// paneView renders pane p, containing a panic to that pane.
func (m *Model) paneView(p int) (lines []string) {
	defer func() {
		if r := recover(); r != nil {
			lines = []string{m.c.styles.Error.Render(fmt.Sprintf("internal error: %v", r))}
		}
	}()
	return strings.Split(m.panes[p].View(), "\n")
}

func (m *Model) paint(screen []string, r rect, title string, lines []string, focused bool) {
	for i, l := range box(title, lines, r.w, r.h, focused, m.c.styles) {
		if y := r.y + i; y > 0 && y < len(screen)-1 {
			screen[y] += l
		}
	}
}

// slots are the panes folded into the compact layout's shared box.
func (m *Model) slots() []int {
	if m.lesson != nil {
		return append([]int{paneLesson}, slotPanes...)
	}
	return slotPanes
}

// visible reports whether pane p takes part in the screen (the lesson
// pane only when a lesson is open).
func (m *Model) visible(p int) bool { return p != paneLesson || m.lesson != nil }

func (m *Model) slotTitle() string {
	var parts []string
	for _, p := range m.slots() {
		name := slotNames[p]
		if p == m.slotPane {
			name = "[" + m.panes[p].Title() + "]"
		}
		parts = append(parts, name)
	}
	return strings.Join(parts, " · ")
}

func (m *Model) header(w int) string {
	s := m.c.snap
	st := m.c.styles
	left := " quicken · " + m.title()
	if m.recording() {
		left = " " + st.Error.Render("● REC") + left
	}
	var right []string
	right = append(right, fmt.Sprintf("step %d", s.Step))
	if len(s.Frames) > 0 {
		f := s.Frames[0]
		if f.CodeID < len(s.Codes) {
			c := s.Codes[f.CodeID]
			if f.PC < len(c.Units) {
				op := bytecode.Opcode(c.Units[f.PC] & 0xff)
				right = append(right, fmt.Sprintf("%s() @%d %s", f.Name, 2*f.PC, st.Site[KindOf(op)].Render(op.String())))
			}
		}
	}
	right = append(right, fmt.Sprintf("%d specialized · %d adaptive · %d deopts", s.Specialized, s.Adaptive, s.Deopts))
	switch s.State {
	case Running, Rewinding:
		right = append(right, s.State.String())
	case Ended:
		right = append(right, fmt.Sprintf("ended · exit %d", s.Exit))
	case Failed:
		right = append(right, st.Error.Render("failed"))
	}
	r := strings.Join(right, " · ") + " "
	gap := w - ansi.StringWidth(left) - ansi.StringWidth(r)
	if gap < 1 {
		return ansi.Truncate(st.Header.Render(left)+" "+r, w, "…")
	}
	return st.Header.Render(left) + strings.Repeat(" ", gap) + r
}

func (m *Model) statusLine(w int) string {
	st := m.c.styles
	if m.prompting {
		return ansi.Truncate(st.Key.Render(" go to step: ")+m.prompt+"▏ (enter to go, esc to cancel)", w, "…")
	}
	if m.noting {
		return ansi.TruncateLeft(st.Key.Render(" note: ")+m.prompt+"▏ (enter to add, esc to cancel)", max(0, ansi.StringWidth(m.prompt)+40-w), "…")
	}
	msg := m.status
	s := m.c.snap
	if msg == "" {
		switch {
		case s.CompileErr != "":
			msg = st.Error.Render("syntax error: the program cannot run (see Output)")
		case s.Internal != "":
			msg = st.Error.Render(s.Internal)
		case s.Why != "":
			msg = s.Why
		}
	}
	hint := m.help.ShortHelpView(m.keys.ShortHelp())
	if msg == "" {
		return ansi.Truncate(" "+hint, w, "…")
	}
	return ansi.Truncate(" "+msg+" │ "+hint, w, "…")
}

// helpLines lays every binding out in as many columns as the screen
// needs to show them all in height lines.
func (m *Model) helpLines(width, height int) []string {
	st := m.c.styles
	var items []string
	for _, group := range m.keys.FullHelp() {
		for _, k := range group {
			h := k.Help()
			items = append(items, st.Key.Render(fmt.Sprintf("%-10s", h.Key))+" "+h.Desc)
		}
	}
	var legend strings.Builder
	legend.WriteString("colours: ")
	for k, name := range []string{"base", "adaptive", "specialized", "super", "quick"} {
		legend.WriteString(st.Site[SiteKind(k)].Render(name) + " ")
	}
	head := []string{st.Bold.Render(" Keys") + " (any key closes this help)", " " + legend.String(), " source gutter: " + sourceLegend, ""}
	rows := height - len(head)
	if rows < 1 {
		rows = 1
	}
	cols := (len(items) + rows - 1) / rows
	colWidth := width / cols
	lines := append([]string(nil), head...)
	for r := 0; r < rows && r < len(items); r++ {
		var b strings.Builder
		for c := 0; c < cols; c++ {
			i := c*rows + r
			if i >= len(items) {
				break
			}
			cell := ansi.Truncate(" "+items[i], colWidth-1, "…")
			b.WriteString(cell + strings.Repeat(" ", max(0, colWidth-ansi.StringWidth(cell))))
		}
		lines = append(lines, b.String())
	}
	return lines
}
