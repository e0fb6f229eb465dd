package tui

import (
	"path"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// bytecodePane shows a code object as CPython 3.11's
// dis.dis(code, adaptive=True) prints it, live: each opcode coloured by
// its state, the instruction pointer of every frame running the code,
// breakpoints, and a flash on each instruction that rewrote itself at
// this step ("← was BINARY_OP_ADAPTIVE").
//
// The selection cursor (a site the cache pane decodes) is a code unit
// index, -1 while it follows the current instruction. The pane keeps its
// own copy of what it shows so that a key acts at once; the root model
// answers the messages it sends by changing the Selection, which the
// pane adopts in Refresh when it differs from the one it last saw.
type bytecodePane struct {
	c             *common
	width, height int

	// codeID is the code shown when follow is off.
	codeID int
	follow bool
	// lastCode is the code shown last, kept when following a program
	// that has ended (no frames).
	lastCode int
	// cursor is the selected site (code unit index), -1: the current
	// instruction.
	cursor int
	// top is the first listing row shown; free means the user scrolled
	// away, and the view stops following the cursor or the IP.
	top  int
	free bool
	// showHist shows the selected site's history.
	showHist bool
	// cursorCode is the code object the cursor is in: the cursor shows
	// only there.
	cursorCode int
	seenSel    Selection
	synced     bool

	listings map[*bytecode.Code]*disListing
	flash    flashTracker
	hist     siteHistory
	ops      opNames
}

func newBytecodePane(c *common) *bytecodePane {
	p := &bytecodePane{c: c, follow: true, cursor: -1, listings: map[*bytecode.Code]*disListing{}}
	if c.sel != nil {
		p.adoptSelection(*c.sel)
	}
	return p
}

// disListing is a code object's disassembly, formatted once per Units
// slice (the driver keeps the slice while the code is unchanged).
type disListing struct {
	units []uint16
	// rows are the lines of the listing: an instruction, or the blank
	// line dis prints before each new source line.
	rows []disRow
	// instrs are the rows of the instructions, in order; unitInstr maps
	// a code unit index to its instruction's index in instrs (cache
	// units to the instruction that owns them).
	instrs    []int
	unitInstr []int32
	// ins are the instructions as dis decoded them, for patch.
	ins                    []bytecode.Instruction
	lineWidth, offsetWidth int
	// slot is where FormatInstruction leaves dis's three-column
	// current-instruction mark ("-->"), which the pane fills with the
	// breakpoint and IP marks; nameAt is where the opcode names start,
	// and the longest is maxName bytes long.
	slot, nameAt, maxName int
}

type disRow struct {
	text string // empty: a blank line
	unit int    // code unit index of the instruction
	op   bytecode.Opcode
	// nameEnd is where the opcode name ends in text.
	nameEnd int
}

// sameSlice reports whether a and b are the same slice (not merely equal).
func sameSlice(a, b []uint16) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// listing returns cs's disassembly, formatting it only when its units
// have changed since the last call, and then only the instructions
// that changed, where it can.
func (p *bytecodePane) listing(cs *CodeState) *disListing {
	l := p.listings[cs.Code]
	if l != nil && sameSlice(l.units, cs.Units) {
		return l
	}
	if l == nil || !l.patch(cs.Units) {
		l = newDisListing(cs.Live())
		p.listings[cs.Code] = l
	}
	l.units = cs.Units
	return l
}

// patch reformats the instructions whose opcode differs in units (a
// rewrite changes only the opcode byte). It gives up (false) where more
// would change: an oparg, or the form of a relative jump, whose kind
// decides the jump-target marks (dis.findlabels skips specialized
// jumps).
func (l *disListing) patch(units []uint16) bool {
	if len(units) != len(l.units) {
		return false
	}
	type change struct {
		i  int
		op bytecode.Opcode
	}
	var changes []change
	for i, in := range l.ins {
		u := in.Offset / 2
		old, now := l.units[u], units[u]
		if old == now {
			continue
		}
		op := bytecode.Opcode(now & 0xff)
		if old>>8 != now>>8 || op.Base() != in.Op.Base() || op.Base().IsRelativeJump() {
			return false
		}
		changes = append(changes, change{i, op})
	}
	var b strings.Builder
	for _, c := range changes {
		in := &l.ins[c.i]
		in.Op = c.op
		b.Reset()
		bytecode.FormatInstruction(&b, *in, l.lineWidth, l.offsetWidth)
		row := &l.rows[l.instrs[c.i]]
		name := c.op.String()
		row.text, row.op, row.nameEnd = b.String(), c.op, min(l.nameAt+len(name), b.Len())
		l.maxName = max(l.maxName, len(name))
	}
	return true
}

func newDisListing(code *bytecode.Code) *disListing {
	// The column widths Disassemble computes.
	lineWidth := 0
	if starts := code.LineStarts(); len(starts) > 0 {
		maxLine := starts[0].Line
		for _, ls := range starts {
			maxLine = max(maxLine, ls.Line)
		}
		lineWidth = 3
		if maxLine >= 1000 {
			lineWidth = len(itoa(maxLine))
		}
	}
	offsetWidth := 4
	if maxOffset := 2*len(code.Units) - 2; maxOffset >= 10000 {
		offsetWidth = len(itoa(maxOffset))
	}
	l := &disListing{units: code.Units, unitInstr: make([]int32, len(code.Units)), lineWidth: lineWidth, offsetWidth: offsetWidth}
	if lineWidth > 0 {
		l.slot = lineWidth + 1
	}
	l.nameAt = l.slot + 3 + 4 + offsetWidth + 1
	var b strings.Builder
	l.ins = code.Instructions(false, true)
	for _, in := range l.ins {
		if lineWidth > 0 && in.StartsLine >= 0 && in.Offset > 0 {
			l.rows = append(l.rows, disRow{unit: -1})
		}
		b.Reset()
		bytecode.FormatInstruction(&b, in, lineWidth, offsetWidth)
		text := b.String()
		unit := in.Offset / 2
		name := in.Op.String()
		l.instrs = append(l.instrs, len(l.rows))
		l.maxName = max(l.maxName, len(name))
		l.rows = append(l.rows, disRow{text: text, unit: unit, op: in.Op, nameEnd: min(l.nameAt+len(name), len(text))})
		n := int32(len(l.instrs) - 1)
		for u := unit; u < len(l.unitInstr) && u <= unit+in.Op.Base().Caches(); u++ {
			l.unitInstr[u] = n
		}
	}
	return l
}

// instrAt returns the index (in instrs) of the instruction at code unit
// unit, or -1.
func (l *disListing) instrAt(unit int) int {
	if unit < 0 || unit >= len(l.unitInstr) || len(l.instrs) == 0 {
		return -1
	}
	return int(l.unitInstr[unit])
}

// flashSteps is how long a rewrite stays marked: until this many more
// instructions have run.
const flashSteps = 3

// flashTracker finds the instructions a snapshot rewrote by comparing
// each code object's units with the previous snapshot's of the same run.
type flashTracker struct {
	prog     *Program
	run, seq int
	units    map[int][]uint16
	flashes  map[siteKey]flashMark
}

// flashMark is a rewrite: the instruction's previous form and the step
// at which the rewrite was seen.
type flashMark struct {
	was  bytecode.Opcode
	step int64
}

func (f *flashTracker) observe(s *Snapshot) {
	if s == nil || s.Seq == f.seq && s.Program == f.prog && s.Run == f.run {
		return
	}
	f.seq = s.Seq
	if f.units == nil || s.Program != f.prog || s.Run != f.run {
		// Step back re-runs the program: its snapshots are not a
		// continuation of the ones seen.
		f.prog, f.run = s.Program, s.Run
		f.units, f.flashes = map[int][]uint16{}, map[siteKey]flashMark{}
	}
	for k, m := range f.flashes {
		if !m.live(s.Step) {
			delete(f.flashes, k)
		}
	}
	for _, cs := range s.Codes {
		old, seen := f.units[cs.ID]
		f.units[cs.ID] = cs.Units
		if !seen || sameSlice(old, cs.Units) || len(old) != len(cs.Units) {
			continue
		}
		for i := 0; i < len(cs.Units); {
			op := bytecode.Opcode(cs.Units[i] & 0xff)
			if was := bytecode.Opcode(old[i] & 0xff); was != op {
				f.flashes[siteKey{cs.ID, i}] = flashMark{was: was, step: s.Step}
			}
			i += 1 + op.Base().Caches()
		}
	}
}

func (m flashMark) live(step int64) bool { return step < m.step+flashSteps }

// at returns the rewrite of a site still marked at step.
func (f *flashTracker) at(codeID, unit int, step int64) (flashMark, bool) {
	m, ok := f.flashes[siteKey{codeID, unit}]
	return m, ok && m.live(step)
}

// opNames caches each opcode's name rendered in its state's style.
type opNames struct {
	styles *Styles
	names  [256]string
}

func (o *opNames) get(s *Styles, op bytecode.Opcode) string {
	if o.styles != s {
		*o = opNames{styles: s}
	}
	if o.names[op] == "" {
		o.names[op] = s.Site[KindOf(op)].Render(op.String())
	}
	return o.names[op]
}

// adoptSelection takes over what the root model selected, where it
// differs from what the pane saw last (or everything, the first time).
func (p *bytecodePane) adoptSelection(sel Selection) {
	old, first := p.seenSel, !p.synced
	p.seenSel, p.synced = sel, true
	if first || sel.Follow != old.Follow || sel.CodeID != old.CodeID {
		if sel.Follow != p.follow || (!sel.Follow && sel.CodeID != p.codeID) {
			p.cursor, p.free, p.top = -1, false, 0
		}
		p.follow, p.codeID = sel.Follow, sel.CodeID
	}
	if first || sel.Site != old.Site {
		p.cursor, p.free = sel.Site, false
		p.cursorCode = sel.CodeID
		if sel.Follow {
			if cs := p.code(); cs != nil {
				p.cursorCode = cs.ID
			}
		}
	}
}

// code returns the code object shown, nil if there is none.
func (p *bytecodePane) code() *CodeState {
	s := p.c.snap
	if s == nil || len(s.Codes) == 0 {
		return nil
	}
	id := p.codeID
	if p.follow {
		id = p.lastCode
		if len(s.Frames) > 0 {
			// The selected frame's code (the innermost, unless the user
			// chose a caller in the frame pane).
			f := 0
			if sel := p.c.sel; sel != nil && sel.Frame > 0 && sel.Frame < len(s.Frames) {
				f = sel.Frame
			}
			id = s.Frames[f].CodeID
		}
	}
	if id < 0 || id >= len(s.Codes) {
		id = 0
	}
	p.lastCode = id
	return s.Codes[id]
}

func (p *bytecodePane) Title() string {
	if cs := p.code(); cs != nil {
		return "Bytecode · " + cs.Code.QualName
	}
	return "Bytecode"
}

func (p *bytecodePane) SetSize(width, height int) { p.width, p.height = width, height }

func (p *bytecodePane) Refresh() {
	s := p.c.snap
	if p.c.sel != nil && (*p.c.sel != p.seenSel || !p.synced) {
		p.adoptSelection(*p.c.sel)
	}
	if s != nil {
		p.flash.observe(s)
		p.hist.update(s)
	}
}

// ipUnit returns the code unit of the innermost frame running cs, or -1.
func (p *bytecodePane) ipUnit(cs *CodeState) int {
	for _, f := range p.c.snap.Frames {
		if f.CodeID == cs.ID {
			return f.PC
		}
	}
	return -1
}

// site returns the selected site: the cursor, or the current
// instruction.
func (p *bytecodePane) site(cs *CodeState) int {
	if c := p.cursorIn(cs); c >= 0 {
		return c
	}
	return p.ipUnit(cs)
}

// cursorIn returns the cursor if it is in cs, else -1.
func (p *bytecodePane) cursorIn(cs *CodeState) int {
	if p.cursor >= 0 && p.cursorCode == cs.ID && p.cursor < len(cs.Units) {
		return p.cursor
	}
	return -1
}

// CursorSite returns the selected instruction (code unit index; -1 if
// none), for the root's breakpoint key.
func (p *bytecodePane) CursorSite() (codeID, offset int) {
	cs := p.code()
	if cs == nil {
		return -1, -1
	}
	return cs.ID, p.site(cs)
}

func (p *bytecodePane) Update(msg tea.Msg) tea.Cmd {
	cs := p.code()
	if cs == nil {
		return nil
	}
	l := p.listing(cs)
	page := max(p.listHeight(cs)-1, 1)
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch msg.String() {
		case "up", "k":
			return p.moveCursor(cs, l, -1)
		case "down", "j":
			return p.moveCursor(cs, l, 1)
		case "pgup":
			return p.moveCursor(cs, l, -page)
		case "pgdown":
			return p.moveCursor(cs, l, page)
		case "home":
			return p.moveCursor(cs, l, -len(l.instrs))
		case "end":
			return p.moveCursor(cs, l, len(l.instrs))
		case "esc", ".":
			var cmds []tea.Cmd
			if p.cursorIn(cs) >= 0 || p.free {
				p.cursor, p.free = -1, false
				cmds = append(cmds, msgCmd(SelectSiteMsg{CodeID: cs.ID, Offset: -1}))
			}
			if !p.follow {
				p.follow = true
				cmds = append(cmds, msgCmd(ShowCodeMsg{Follow: true}))
			}
			return tea.Batch(cmds...)
		case "h":
			p.showHist = !p.showHist
		case "[":
			return p.switchCode(cs, -1)
		case "]":
			return p.switchCode(cs, 1)
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			p.top -= 3
			p.free = true
		case tea.MouseWheelDown:
			p.top += 3
			p.free = true
		}
	}
	return nil
}

// moveCursor moves the cursor by n instructions and selects its site.
func (p *bytecodePane) moveCursor(cs *CodeState, l *disListing, n int) tea.Cmd {
	if len(l.instrs) == 0 {
		return nil
	}
	i := l.instrAt(p.site(cs))
	if i < 0 {
		i = 0
		if n > 0 {
			n--
		}
	}
	i = max(0, min(len(l.instrs)-1, i+n))
	p.cursor, p.cursorCode = l.rows[l.instrs[i]].unit, cs.ID
	// The root pins the code object of a selected site (a step into
	// another function must not move the cursor's listing away).
	p.follow, p.codeID, p.free = false, cs.ID, false
	return msgCmd(SelectSiteMsg{CodeID: cs.ID, Offset: p.cursor})
}

// switchCode shows the previous (-1) or next (+1) code object.
func (p *bytecodePane) switchCode(cs *CodeState, dir int) tea.Cmd {
	n := len(p.c.snap.Codes)
	id := ((cs.ID+dir)%n + n) % n
	p.follow, p.codeID, p.cursor, p.free, p.top = false, id, -1, false, 0
	return msgCmd(ShowCodeMsg{CodeID: id})
}

// histRows is how many rows the history takes below the listing (all
// of them but the header when the pane is too short to share).
func (p *bytecodePane) histRows(n int) int {
	if !p.showHist {
		return 0
	}
	body := p.height - 1
	if body < 12 {
		return body
	}
	return max(3, min(n+1, body/2))
}

// listHeight is the number of listing rows shown.
func (p *bytecodePane) listHeight(cs *CodeState) int {
	return p.height - 1 - p.histRows(len(p.hist.of(cs.ID, p.site(cs))))
}

func (p *bytecodePane) View() string {
	if p.height <= 0 {
		return ""
	}
	lines := make([]string, 0, p.height)
	cs := p.code()
	if cs == nil {
		lines = append(lines, p.c.styles.Dim.Render("no code"))
	} else {
		lines = p.render(cs, lines)
	}
	for i, s := range lines {
		lines[i] = p.fit(s)
	}
	for len(lines) < p.height {
		lines = append(lines, "")
	}
	return strings.Join(lines[:p.height], "\n")
}

// fit cuts s to the pane's width.
func (p *bytecodePane) fit(s string) string {
	if len(s) <= p.width {
		return s // bytes ≥ cells
	}
	return ansi.Truncate(s, p.width, "…")
}

func (p *bytecodePane) render(cs *CodeState, lines []string) []string {
	st := p.c.styles
	s := p.c.snap
	l := p.listing(cs)
	site := p.site(cs)
	lines = append(lines, p.header(cs))

	hist := p.hist.of(cs.ID, site)
	nh := p.histRows(len(hist))
	nl := p.height - 1 - nh

	// Whom the IP marks: the innermost frame strongly, outer frames
	// running the same code (recursion, or the code of a caller) faintly.
	ips := map[int]bool{}
	for i, f := range s.Frames {
		if f.CodeID == cs.ID {
			ips[f.PC] = ips[f.PC] || i == 0
		}
	}
	bps := map[int]bool{}
	for _, b := range s.Breakpoints {
		if b.Line == 0 && b.CodeID == cs.ID {
			bps[b.Offset] = true
		}
	}

	// Where the longest opcode name would be cut (by the text after it,
	// or the pane's edge), the columns before the names lose three
	// spaces of padding.
	compact := l.nameAt+l.maxName >= p.width
	squeeze := 0
	if compact {
		squeeze = 3
	}
	p.scroll(l, site, nl)
	// A rewrite whose mark does not fit beside its instruction is told
	// on a row of its own under the listing (the latest one, if several).
	var footer string
	var footerMark flashMark
	for r := p.top; r < p.top+nl && r < len(l.rows); r++ {
		row := &l.rows[r]
		if m, ok := p.flash.at(cs.ID, row.unit, s.Step); ok && row.text != "" && !p.noteFits(row, m, squeeze) {
			if footer == "" || m.step > footerMark.step || m.step == footerMark.step && footerMark.was.Kind() == bytecode.Base {
				footer, footerMark = "@"+itoa(2*row.unit)+" was "+m.was.String(), m
			}
		}
	}
	if footer != "" && nl > 1 {
		nl--
		p.scroll(l, site, nl)
	} else {
		footer = ""
	}

	for r := p.top; r < p.top+nl && r < len(l.rows); r++ {
		row := &l.rows[r]
		if row.text == "" {
			lines = append(lines, "")
			continue
		}
		strong, isIP := ips[row.unit]
		mark, fl := p.flash.at(cs.ID, row.unit, s.Step)
		var b strings.Builder
		b.WriteString(row.text[:l.slot])
		if bps[row.unit] {
			b.WriteString(st.Breakpoint.Render("●"))
		} else {
			b.WriteByte(' ')
		}
		switch {
		case isIP && strong:
			b.WriteString(st.Current.Render("▶"))
		case isIP:
			b.WriteString(st.Dim.Render("▷"))
		default:
			b.WriteByte(' ')
		}
		pre := row.text[l.slot+3 : l.nameAt]
		if compact {
			// The jump-target mark and offset without their padding.
			pre = row.text[l.slot+4:l.slot+6] + row.text[l.slot+7:l.nameAt]
		} else {
			b.WriteByte(' ')
		}
		name, post := row.text[l.nameAt:row.nameEnd], row.text[row.nameEnd:]
		cursor := row.unit == p.cursorIn(cs)
		switch {
		case cursor:
			b.WriteString(st.Cursor.Render(pre))
			b.WriteString(st.Site[KindOf(row.op)].Inherit(st.Cursor).Render(name))
			b.WriteString(st.Cursor.Render(post))
		case fl:
			b.WriteString(pre)
			b.WriteString(st.Flash.Render(name))
			b.WriteString(post)
		case isIP && strong:
			b.WriteString(st.Bold.Render(pre))
			b.WriteString(st.Site[KindOf(row.op)].Bold(true).Render(name))
			b.WriteString(st.Bold.Render(post))
		default:
			b.WriteString(pre)
			b.WriteString(p.ops.get(st, row.op))
			b.WriteString(post)
		}
		if fl {
			if p.noteFits(row, mark, squeeze) {
				b.WriteString(st.Changed.Render(flashNote(mark)))
			}
		}
		lines = append(lines, b.String())
	}
	if footer != "" {
		lines = append(lines, st.Changed.Render(footer))
	}
	if nh > 0 {
		if footer != "" {
			nl++
		}
		for len(lines) < 1+nl {
			lines = append(lines, "")
		}
		lines = appendHistory(lines, st, hist, site, nh)
	}
	return lines
}

// scroll keeps the cursor (or else the IP) in view in nl rows, unless
// the user scrolled away.
func (p *bytecodePane) scroll(l *disListing, site, nl int) {
	if nl <= 0 {
		return
	}
	if !p.free {
		if i := l.instrAt(site); i >= 0 {
			row := l.instrs[i]
			margin := min(2, (nl-1)/2)
			if row < p.top+margin {
				p.top = row - margin
			}
			if row > p.top+nl-1-margin {
				p.top = row - nl + 1 + margin
			}
		}
	}
	p.top = max(0, min(p.top, len(l.rows)-nl))
}

func flashNote(m flashMark) string { return "  ← was " + m.was.String() }

// noteFits reports whether a rewrite's mark fits beside its instruction.
func (p *bytecodePane) noteFits(row *disRow, m flashMark, squeeze int) bool {
	return ansi.StringWidth(row.text)-squeeze+ansi.StringWidth(flashNote(m)) <= p.width
}

// header says which code object this is and where its warm-up stands,
// dropping the least useful parts where the pane is narrow.
func (p *bytecodePane) header(cs *CodeState) string {
	st := p.c.styles
	c := cs.Code
	var state, hint, where, sel string
	if cs.Quickened {
		state = " · " + st.Site[SiteSpecialized].Render("quickened")
	} else {
		// CPython 3.11: co_warmup starts at -8 (QUICKENING_WARMUP_DELAY)
		// and each RESUME or JUMP_BACKWARD counts it up; at 0 the code
		// is quickened.
		state = " · " + st.Site[SiteAdaptive].Render("warm-up "+itoa(cs.Warmup))
		hint = st.Dim.Render(" (quickens at 0)")
	}
	if c.Filename != "" {
		where = st.Dim.Render(" · " + path.Base(c.Filename) + ":" + itoa(c.FirstLineNo))
	}
	if at := p.cursorIn(cs); at >= 0 {
		sel = st.Dim.Render(" · @" + itoa(2*at) + " selected")
	}
	name := st.Header.Render(c.QualName)
	for _, h := range []string{
		name + where + state + hint + sel,
		name + state + hint + sel,
		name + state + sel,
		name + state,
	} {
		if ansi.StringWidth(h) <= p.width {
			return h
		}
	}
	return name + state
}

// appendHistory adds a site's history, newest last, in n rows (a title
// row, then the entries that fit).
func appendHistory(lines []string, st *Styles, hist []histEntry, unit, n int) []string {
	if n <= 0 {
		return lines
	}
	lines = append(lines, historyTitle(st, hist, unit))
	if n--; len(hist) > n {
		hist = hist[len(hist)-n:]
	}
	for _, e := range hist {
		lines = append(lines, " "+st.Event[e.Kind].Render(e.String()))
	}
	return lines
}

// historyTitle heads a site's history.
func historyTitle(st *Styles, hist []histEntry, unit int) string {
	if unit < 0 {
		return st.Header.Render("history: no instruction selected")
	}
	title := st.Header.Render("history of @" + itoa(2*unit))
	if len(hist) == 0 {
		title += st.Dim.Render(": nothing has happened here yet")
	}
	return title
}
