package tui

import (
	"path/filepath"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/quicken-py/quicken/vm/bytecode"
)

// The source pane answers: where am I, which columns is this instruction,
// and how specialized is each line.
//
// A row is the heat gutter (2 cells), the breakpoint column, the mark
// column, the line number and the line:
//
//	██ ▶ 2     return x * y
//	                  ^^^^^
//
// The heat glyph encodes the share of the line's instruction sites that
// are specialized, so it reads without colour too. A site is an
// instruction that has an inline cache or has been rewritten; CPython
// 3.11 quickens a code object on its 8th call or loop iteration, every
// site turning adaptive at once, and each adaptive site then specializes
// (or fails to and backs off) on its own:
//
//	██  every site specialized           (green)
//	▇▇  three quarters or more           (green)
//	▆▆  half or more                     (green)
//	▒▒  quickened, under half specialized (yellow)
//	░░  quickened, none specialized: adaptive, counting or failing (yellow)
//	    not quickened yet, or nothing on the line to specialize
//
// ● is a breakpoint; ▶ marks the current line (of the selected frame) and
// ▷ the innermost frame's when another frame is selected; the row of ^
// under the current line marks the columns of the current instruction
// (CPython 3.11's co_positions).

// sourceLegend explains the source pane's gutter in one line, for the
// help screen.
const sourceLegend = "██ ▇▇ ▆▆ all, ¾+, ½+ of the line's sites specialized · ▒▒ under ½ · ░░ quickened, none (adaptive) · blank: not quickened · ● breakpoint · ▶ current line (▷ innermost frame) · ^ the instruction's columns"

// Heat levels, from cold to hot.
const (
	heatNone = iota
	heatAdaptive
	heatSome
	heatHalf
	heatMost
	heatAll
	numHeat
)

var heatGlyphs = [numHeat]string{"  ", "░░", "▒▒", "▆▆", "▇▇", "██"}

// heatLevel grades a line's sites.
func heatLevel(h LineHeat) int {
	switch {
	case h.Quickened == 0 || h.Sites == 0:
		return heatNone
	case h.Specialized == h.Sites:
		return heatAll
	case 4*h.Specialized >= 3*h.Sites:
		return heatMost
	case 2*h.Specialized >= h.Sites:
		return heatHalf
	case h.Specialized > 0:
		return heatSome
	}
	return heatAdaptive
}

// followContext is how many lines the view keeps visible around the
// current line when it follows it.
const followContext = 3

// sourcePane shows the program's source, highlighted, with the heat
// gutter, breakpoints and the current line and columns.
type sourcePane struct {
	c             *common
	width, height int
	focused       bool

	// The highlighted source of prog, and the styles drawn with (both
	// rebuilt only when the program or the styles change).
	prog   *Program
	hl     *highlighted
	styles *Styles
	syn    *syntaxStyles
	gutter gutterStyles
	// body caches each line's number and text as drawn in the cached
	// width (rows that are marked are drawn afresh).
	body   []cachedRow
	bodyW  int
	numW   int
	posOf  map[*bytecode.Code][]bytecode.Position
	breaks map[int]bool
	// heat counts the sites of each line (indexed by line number), as
	// the sum of codeHeat.
	heat     []LineHeat
	codeHeat map[*bytecode.Code]*codeHeat
	heatGen  int

	// cur is the marked line (the selected frame's, 0 if none in this
	// file), inner the innermost frame's when another frame is selected;
	// span the columns of the marked frame's instruction.
	cur, inner int
	span       bytecode.Position
	// lastCur is cur as of the previous refresh: the view follows again
	// when it changes.
	lastCur int

	// top is the first line shown (0-based index), cursor the cursor's
	// line (1-based); follow keeps the current line in view until the
	// user scrolls.
	top, cursor int
	follow      bool
}

type cachedRow struct {
	s  string
	ok bool
}

// gutterStyles are the pre-rendered pieces of the gutter.
type gutterStyles struct {
	heat                      [numHeat]string
	breakpoint                string
	current, inner            string
	num, numCurrent, numInner lipgloss.Style
	marker                    lipgloss.Style
}

func newSourcePane(c *common) *sourcePane {
	return &sourcePane{c: c, follow: true, cursor: 1, posOf: map[*bytecode.Code][]bytecode.Position{}}
}

func (p *sourcePane) Title() string {
	if s := p.c.snap; s != nil && s.Program != nil {
		return "Source · " + filepath.Base(s.Program.Filename)
	}
	return "Source"
}

func (p *sourcePane) SetSize(width, height int) {
	p.width, p.height = width, height
	if p.cur > 0 && p.follow {
		p.scrollTo(p.cur, followContext)
	}
	p.clamp()
}

// SetFocused says whether the pane has the focus (the cursor line shows
// only then).
func (p *sourcePane) SetFocused(on bool) { p.focused = on }

// CursorLine is the line under the cursor (where x toggles a
// breakpoint).
func (p *sourcePane) CursorLine() int { return p.cursor }

// Refresh takes in a new snapshot or selection.
func (p *sourcePane) Refresh() {
	p.prepare()
	s := p.c.snap
	p.breaks = map[int]bool{}
	p.cur, p.inner, p.span = 0, 0, bytecode.Position{Line: -1, EndLine: -1, Col: -1, EndCol: -1}
	if s == nil || s.Program == nil {
		return
	}
	for _, b := range s.Breakpoints {
		if b.Line > 0 {
			p.breaks[b.Line] = true
		}
	}
	p.countHeat()
	if len(s.Frames) > 0 {
		sel := 0
		if p.c.sel != nil && p.c.sel.Frame > 0 && p.c.sel.Frame < len(s.Frames) {
			sel = p.c.sel.Frame
		}
		if f := s.Frames[sel]; p.inFile(f) && f.Line > 0 {
			p.cur = f.Line
			p.span = p.instrSpan(f, sel > 0)
		}
		if f := s.Frames[0]; sel > 0 && p.inFile(f) && f.Line > 0 && f.Line != p.cur {
			p.inner = f.Line
		}
	}
	if p.cur != p.lastCur {
		p.lastCur = p.cur
		if p.cur > 0 {
			p.follow = true
		}
	}
	if p.follow && p.cur > 0 {
		p.cursor = p.cur
		p.scrollTo(p.cur, followContext)
	}
	p.clamp()
}

// prepare rebuilds what derives from the program and the styles when
// either has changed.
func (p *sourcePane) prepare() {
	var prog *Program
	if p.c.snap != nil {
		prog = p.c.snap.Program
	}
	if prog != p.prog || p.hl == nil {
		p.prog = prog
		var src []byte
		if prog != nil {
			src = prog.Source
		}
		p.hl = highlight(src)
		p.numW = len(itoa(p.hl.len()))
		p.body = nil
		p.posOf = map[*bytecode.Code][]bytecode.Position{}
		p.heat, p.codeHeat = nil, nil
		p.top, p.cursor, p.follow, p.lastCur = 0, 1, true, 0
	}
	if p.c.styles != p.styles {
		p.styles = p.c.styles
		p.syn = newSyntaxStyles(p.styles)
		p.gutter = newGutterStyles(p.styles)
		p.body = nil
	}
}

func newGutterStyles(s *Styles) gutterStyles {
	var g gutterStyles
	for l, glyph := range heatGlyphs {
		switch {
		case l == heatNone:
			g.heat[l] = glyph
		case l <= heatSome:
			g.heat[l] = s.HeatAdaptive.Render(glyph)
		default:
			g.heat[l] = s.HeatSpecialized.Render(glyph)
		}
	}
	g.breakpoint = s.Breakpoint.Render("●")
	g.current = s.Bold.Render("▶")
	g.inner = s.Dim.Render("▷")
	g.num = s.Dim
	g.numCurrent = s.Current
	g.numInner = s.Dim.Bold(true)
	// The caret row is the underline moved below the text: its colour
	// without the underline itself.
	g.marker = s.Underline.UnsetUnderline()
	return g
}

// inFile reports whether f runs code of the program's own file.
func (p *sourcePane) inFile(f FrameState) bool {
	s := p.c.snap
	if f.CodeID < 0 || f.CodeID >= len(s.Codes) {
		return false
	}
	return s.Codes[f.CodeID].Code.Filename == s.Program.Filename
}

// instrSpan returns the source span of f's current instruction. An outer
// frame's PC is where it resumes after its call returns; the instruction
// it is in is the call before it (CPython 3.11's frame.f_lasti points at
// the CALL too).
func (p *sourcePane) instrSpan(f FrameState, outer bool) bytecode.Position {
	none := bytecode.Position{Line: -1, EndLine: -1, Col: -1, EndCol: -1}
	cs := p.c.snap.Codes[f.CodeID]
	pos := p.positions(cs.Code)
	at := f.PC
	if outer {
		at = prevInstr(cs, f.PC)
	}
	if at < 0 || at >= len(pos) || pos[at].Line != f.Line {
		return none
	}
	return pos[at]
}

// positions returns c's co_positions(), computed once per code object.
func (p *sourcePane) positions(c *bytecode.Code) []bytecode.Position {
	pos, ok := p.posOf[c]
	if !ok {
		pos = c.Positions()
		p.posOf[c] = pos
	}
	return pos
}

// countHeat counts the sites of the file's lines by state: instructions
// with an inline cache and the specialized, adaptive and super forms. A
// *_QUICK form (RESUME_QUICK, JUMP_BACKWARD_QUICK) is no site. CPython 3.11 quickening turns
// those into their final form at once, with nothing left to learn;
// counted as adaptive they would paint every def and loop line as
// failing to specialize.
//
// A code object is recounted only when its units have changed (the
// driver hands out the same Units slice until then): a step rewrites one
// site or none, and a 2,000-line file has hundreds of code objects.
func (p *sourcePane) countHeat() {
	s := p.c.snap
	if len(p.heat) != p.lineCount()+1 {
		p.heat = make([]LineHeat, p.lineCount()+1)
		p.codeHeat = map[*bytecode.Code]*codeHeat{}
	}
	p.heatGen++
	for _, cs := range s.Codes {
		if cs.Code.Filename != s.Program.Filename {
			continue
		}
		ch := p.codeHeat[cs.Code]
		if ch == nil {
			ch = &codeHeat{}
			p.codeHeat[cs.Code] = ch
		}
		ch.gen = p.heatGen
		if len(cs.Units) > 0 && ch.units == &cs.Units[0] && ch.n == len(cs.Units) {
			continue
		}
		p.addHeat(ch, -1)
		ch.units, ch.n = nil, len(cs.Units)
		if len(cs.Units) > 0 {
			ch.units = &cs.Units[0]
		}
		ch.sites = ch.sites[:0]
		pos := p.positions(cs.Code)
		ops := opInfos()
		for i := 0; i < len(cs.Units); {
			op := &ops[cs.Units[i]&0xff]
			at := i
			i += 1 + op.caches
			kind := op.kind
			if kind == SiteQuick || kind == SiteBase && op.caches == 0 || at >= len(pos) {
				continue
			}
			if line := pos[at].Line; line > 0 && line < len(p.heat) {
				ch.sites = append(ch.sites, lineSite{int32(line), kind})
			}
		}
		p.addHeat(ch, +1)
	}
	// Code objects gone from the snapshot (a new run that has not met
	// them yet) take their counts with them.
	for c, ch := range p.codeHeat {
		if ch.gen != p.heatGen {
			p.addHeat(ch, -1)
			delete(p.codeHeat, c)
		}
	}
}

// codeHeat is one code object's share of the heat counts.
type codeHeat struct {
	// units and n identify the Units slice counted.
	units *uint16
	n     int
	sites []lineSite
	gen   int
}

type lineSite struct {
	line int32
	kind SiteKind
}

// addHeat adds (sign +1) or removes (-1) ch's sites to the counts.
func (p *sourcePane) addHeat(ch *codeHeat, sign int) {
	for _, st := range ch.sites {
		h := &p.heat[st.line]
		h.Sites += sign
		switch st.kind {
		case SiteSpecialized, SiteSuper:
			h.Specialized += sign
			h.Quickened += sign
		case SiteAdaptive:
			h.Adaptive += sign
			h.Quickened += sign
		}
	}
}

// opInfo is what countHeat needs of an opcode, looked up once: KindOf
// goes by the opcode's name.
type opInfo struct {
	kind   SiteKind
	caches int
}

var opInfos = sync.OnceValue(func() *[256]opInfo {
	t := new([256]opInfo)
	for op := range t {
		o := bytecode.Opcode(op)
		t[op] = opInfo{KindOf(o), o.Base().Caches()}
	}
	return t
})

// prevInstr returns the code unit index of the instruction before the
// one at pc (-1 if none).
func prevInstr(cs *CodeState, pc int) int {
	prev := -1
	for i := 0; i < len(cs.Units) && i < pc; {
		prev = i
		i += 1 + bytecode.Opcode(cs.Units[i]&0xff).Base().Caches()
	}
	return prev
}

// Update moves the cursor and scrolls.
func (p *sourcePane) Update(msg tea.Msg) tea.Cmd {
	n := p.lineCount()
	if n == 0 {
		return nil
	}
	page := max(1, p.height-1)
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch msg.String() {
		case "up", "k":
			p.moveCursor(p.cursor - 1)
		case "down", "j":
			p.moveCursor(p.cursor + 1)
		case "pgup", "ctrl+b":
			p.top -= page
			p.moveCursor(p.cursor - page)
		case "pgdown", "ctrl+f", "space":
			p.top += page
			p.moveCursor(p.cursor + page)
		case "home":
			p.moveCursor(1)
		case "end":
			p.moveCursor(n)
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			p.scroll(-3)
		case tea.MouseWheelDown:
			p.scroll(3)
		}
	}
	return nil
}

// moveCursor puts the cursor on line and scrolls it into view; the user
// has taken over, so the view stops following.
func (p *sourcePane) moveCursor(line int) {
	p.follow = false
	p.cursor = min(max(line, 1), p.lineCount())
	p.clamp()
	p.scrollTo(p.cursor, 0)
}

// scroll moves the view by n lines, taking the cursor along when it
// would leave the view.
func (p *sourcePane) scroll(n int) {
	p.follow = false
	p.top += n
	p.clamp()
	first, last := p.top+1, p.top+p.visibleLines()
	p.cursor = min(max(p.cursor, first), last)
}

// lineCount returns the number of lines of the file.
func (p *sourcePane) lineCount() int {
	if p.hl == nil {
		return 0
	}
	return p.hl.len()
}

// hasCaret reports whether the caret row is drawn under line.
func (p *sourcePane) hasCaret(line int) bool {
	sp := p.span
	return line > 0 && line == p.cur && sp.Col >= 0 && !(sp.EndLine == sp.Line && sp.EndCol <= sp.Col)
}

// rowOf returns the screen row of line with the view at top (the caret
// row shifts the lines below it).
func (p *sourcePane) rowOf(line int) int {
	r := line - 1 - p.top
	if p.cur > 0 && p.cur < line && p.cur-1 >= p.top && p.hasCaret(p.cur) {
		r++
	}
	return r
}

// visibleLines is how many source lines fit with the view at top.
func (p *sourcePane) visibleLines() int {
	n := p.height
	if c := p.cur - 1; p.hasCaret(p.cur) && c >= p.top && c < p.top+p.height-1 {
		n--
	}
	return max(1, n)
}

// scrollTo scrolls the least that shows line with ctx lines around it
// (fewer in a short pane).
func (p *sourcePane) scrollTo(line, ctx int) {
	if p.height <= 0 || line <= 0 {
		return
	}
	ctx = min(ctx, (p.height-1)/4)
	idx := line - 1
	if idx-ctx < p.top {
		p.top = max(0, idx-ctx)
	}
	if p.top < idx-p.height {
		p.top = idx - p.height
	}
	last := p.rowOf(line) + ctx
	if p.hasCaret(line) {
		last++
	}
	for p.top < idx && last >= p.height {
		p.top++
		last = p.rowOf(line) + ctx
		if p.hasCaret(line) {
			last++
		}
	}
	p.clamp()
}

// clamp keeps the view and the cursor within the file (the view does
// not scroll past the last line).
func (p *sourcePane) clamp() {
	n := p.lineCount()
	maxTop := max(0, n-p.height)
	if p.hasCaret(p.cur) && p.cur-1 >= maxTop && maxTop < n-1 {
		maxTop++
	}
	p.top = min(max(p.top, 0), maxTop)
	p.cursor = min(max(p.cursor, 1), max(n, 1))
}

// View draws the visible rows.
func (p *sourcePane) View() string {
	if p.height <= 0 {
		return ""
	}
	p.prepare()
	rows := make([]string, 0, p.height)
	n := p.lineCount()
	if p.prog == nil || n == 0 {
		msg := "no source"
		if p.prog != nil {
			msg = "(empty file)"
		}
		rows = append(rows, p.styles.Dim.Render(ansi.Truncate(msg, p.width, "")))
	}
	gutterW := 4 + p.numW + 1
	textW := max(0, p.width-gutterW)
	if textW != p.bodyW || len(p.body) != n {
		p.bodyW = textW
		p.body = make([]cachedRow, n)
	}
	for i := p.top; i < n && len(rows) < p.height; i++ {
		line := i + 1
		var b strings.Builder
		var h LineHeat
		if line < len(p.heat) {
			h = p.heat[line]
		}
		b.WriteString(p.gutter.heat[heatLevel(h)])
		if p.breaks[line] {
			b.WriteString(p.gutter.breakpoint)
		} else {
			b.WriteByte(' ')
		}
		switch line {
		case p.cur:
			b.WriteString(p.gutter.current)
		case p.inner:
			b.WriteString(p.gutter.inner)
		default:
			b.WriteByte(' ')
		}
		b.WriteString(p.drawBody(line, textW))
		row := b.String()
		if gutterW > p.width {
			row = ansi.Truncate(row, p.width, "")
		}
		rows = append(rows, row)
		if p.hasCaret(line) && len(rows) < p.height {
			rows = append(rows, p.caretRow(line, gutterW))
		}
	}
	for len(rows) < p.height {
		rows = append(rows, "")
	}
	return strings.Join(rows, "\n")
}

// drawBody draws the line number and the text of line; plain rows come
// from the cache.
func (p *sourcePane) drawBody(line, textW int) string {
	l := p.hl.line(line - 1)
	cursor := p.focused && line == p.cursor
	plain := line != p.cur && line != p.inner && !cursor
	if plain && p.body[line-1].ok {
		return p.body[line-1].s
	}
	num := padLeft(itoa(line), p.numW)
	numStyle := p.gutter.num
	var ls lineStyle
	switch line {
	case p.cur:
		numStyle = p.gutter.numCurrent
		if p.hasCaret(line) {
			from, to := p.caretCells(line)
			ls.mark, ls.from, ls.to = &p.styles.Underline, from, to
		}
	case p.inner:
		numStyle = p.gutter.numInner
	}
	if cursor {
		ls.base = &p.styles.Cursor
		if line != p.cur {
			numStyle = p.styles.Cursor
		}
	}
	s := numStyle.Render(num) + " " + l.render(p.syn, textW, ls)
	if plain {
		p.body[line-1] = cachedRow{s, true}
	}
	return s
}

// caretCells returns the display columns [from, to) of the current
// instruction on line cur. A span that goes on to later lines is marked
// to the end of this one.
func (p *sourcePane) caretCells(line int) (from, to int) {
	l := p.hl.line(line - 1)
	sp := p.span
	from = l.cell(sp.Col)
	to = l.width
	if sp.EndLine == sp.Line && sp.EndCol >= 0 {
		to = l.cell(sp.EndCol)
	}
	return from, max(to, from+1)
}

// caretRow draws the ^ marks under the current instruction's columns.
func (p *sourcePane) caretRow(line, gutterW int) string {
	from, to := p.caretCells(line)
	textW := p.width - gutterW
	if textW <= 0 || from >= textW {
		return ""
	}
	to = min(to, textW)
	return strings.Repeat(" ", gutterW+from) + p.gutter.marker.Render(strings.Repeat("^", to-from))
}

// padLeft right-aligns s in n cells.
func padLeft(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat(" ", n-len(s)) + s
}
