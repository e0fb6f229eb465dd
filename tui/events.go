package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// The events pane is the timeline of what the specializer did: code
// objects quickened, instructions rewritten, failed attempts, misses,
// deopts and version tags. The newest entry is on top. A program in a
// hot loop makes misses by the hundred thousand, so the pane keeps the
// filtered list as an index that grows with the (append-only) timeline
// and renders only the rows it shows.
//
// An event's Step is the snapshot step at which the instruction that
// caused it has just completed (the driver's step count includes that
// instruction), so enter goes to Step itself: the site shows its new form
// and the frame stands just past it; Step-1 is the moment before, with
// the site about to run in its old form. (Step+1 would already be one
// instruction further, often in the caller after a RETURN_VALUE.)

// eventsPane is the Events pane.
type eventsPane struct {
	c             *common
	width, height int

	// The filtered index: for run, the positions in Snapshot.Events of
	// the events of kind filter among the first seen (unused when the
	// filter is 0: every event matches).
	run    int
	filter EventKind
	seen   int
	idx    []int32

	// cursor is the selected entry as a position in the filtered list
	// counted from the oldest, so it stays on its event as new ones
	// arrive; follow (the default) keeps the newest in view with no
	// cursor. top is the first row shown (0: the newest).
	cursor int
	follow bool
	top    int

	// locW is the location column's width, computed for colsFor (the
	// number of code objects and the pane's width).
	colsFor [2]int
	locW    int
	// rendered caches rendered rows by position in Snapshot.Events, for
	// cacheFor (run, width, locW, step width): events never change once
	// appended.
	rendered map[int32]string
	cacheFor [4]int
}

var _ pane = (*eventsPane)(nil)

func newEventsPane(c *common) *eventsPane { return &eventsPane{c: c, follow: true, run: -1} }

func (p *eventsPane) SetSize(width, height int) { p.width, p.height = width, height }

func (p *eventsPane) Title() string {
	n := p.count()
	t := "Events · " + itoa(n)
	if f := p.c.sel.EventFilter; f != 0 {
		t += " (" + f.String() + ")"
	}
	return t
}

// sync brings the filtered index up to the snapshot's timeline.
func (p *eventsPane) sync() {
	s := p.c.snap
	if s == nil {
		p.idx, p.seen = p.idx[:0], 0
		return
	}
	f := p.c.sel.EventFilter
	if s.Run != p.run || f != p.filter || len(s.Events) < p.seen {
		p.run, p.filter, p.seen = s.Run, f, 0
		p.idx = p.idx[:0]
		p.cursor, p.follow, p.top = 0, true, 0
	}
	if f != 0 {
		for i := p.seen; i < len(s.Events); i++ {
			if s.Events[i].Kind == f {
				p.idx = append(p.idx, int32(i))
			}
		}
	}
	p.seen = len(s.Events)
}

// count is the number of events that pass the filter.
func (p *eventsPane) count() int {
	p.sync()
	if p.filter == 0 {
		return p.seen
	}
	return len(p.idx)
}

// event returns the filtered entry at position i from the oldest.
func (p *eventsPane) event(i int) *Event {
	if p.filter == 0 {
		return &p.c.snap.Events[i]
	}
	return &p.c.snap.Events[p.idx[i]]
}

func (p *eventsPane) Refresh() { p.sync() }

func (p *eventsPane) Update(msg tea.Msg) tea.Cmd {
	key, ok := keyOf(msg)
	if !ok {
		return nil
	}
	n := p.count()
	page := max(1, p.height-1)
	// Rows go from the newest (row 0) down to the oldest.
	row := n - 1 - p.cursor
	if p.follow {
		row = -1
	}
	switch key {
	case "f":
		// Cycle all → quicken → rewrite → … → version → all.
		next := EventKind(0)
		if cur := p.c.sel.EventFilter; cur == 0 {
			next = EventKinds[0]
		} else {
			for i, k := range EventKinds {
				if k == cur && i+1 < len(EventKinds) {
					next = EventKinds[i+1]
				}
			}
		}
		p.c.sel.EventFilter = next
		p.sync()
		return nil
	case "esc", ".":
		p.follow, p.top = true, 0
		return nil
	case "up", "k":
		row--
	case "down", "j":
		row++
	case "pgup":
		row -= page
	case "pgdown":
		row += page
	case "home":
		row = 0
	case "end":
		row = n - 1
	case "enter":
		if p.follow || n == 0 {
			return nil
		}
		return msgCmd(GoToStepMsg{Step: p.event(p.cursor).Step})
	default:
		return nil
	}
	if n == 0 {
		return nil
	}
	row = min(max(row, 0), n-1)
	p.follow = false
	p.cursor = n - 1 - row
	return nil
}

func (p *eventsPane) View() string {
	w, h := p.width, p.height
	if w <= 0 || h <= 0 {
		return strings.Repeat("\n", max(h-1, 0))
	}
	st := p.c.styles
	n := p.count()
	if n == 0 {
		msg := "No events yet: step until a code object warms up (8 calls or loop iterations)."
		if p.filter != 0 {
			msg = "No " + p.filter.String() + " events yet (f: next filter)."
		}
		return fitLines([]string{st.Dim.Render(msg)}, w, h)
	}
	cur := -1
	if !p.follow {
		cur = n - 1 - p.cursor
	}
	if p.follow {
		p.top = 0
	} else {
		if cur < p.top {
			p.top = cur
		}
		if cur >= p.top+h {
			p.top = cur - h + 1
		}
	}
	p.top = max(min(p.top, n-h), 0)
	s := p.c.snap
	p.columns(s)
	stepW := len(itoa(int(p.event(n - 1).Step)))
	if key := [4]int{p.run, w, p.locW, stepW}; key != p.cacheFor || len(p.rendered) > 4096 {
		p.cacheFor, p.rendered = key, map[int32]string{}
	}
	lines := make([]string, 0, h)
	for r := p.top; r < n && r < p.top+h; r++ {
		i := n - 1 - r
		if p.filter != 0 {
			i = int(p.idx[i])
		}
		if r == cur {
			lines = append(lines, st.Cursor.Render("▸ "+p.rowText(s, i, stepW, w-2)))
			continue
		}
		l, ok := p.rendered[int32(i)]
		if !ok {
			e := &s.Events[i]
			style := st.Dim
			if int(e.Kind) < len(st.Event) {
				style = st.Event[e.Kind]
			}
			l = "  " + style.Render(p.rowText(s, i, stepW, w-2))
			p.rendered[int32(i)] = l
		}
		lines = append(lines, l)
	}
	return joinFitted(lines, h)
}

// rowText is the text of event i: "step  kind  code @offset  text", cut
// to w cells. stepW is the width of the largest step, so that the
// columns line up.
func (p *eventsPane) rowText(s *Snapshot, i, stepW, w int) string {
	e := &s.Events[i]
	step := itoa(int(e.Step))
	loc := ""
	if e.CodeID >= 0 && e.CodeID < len(s.Codes) {
		loc = s.Codes[e.CodeID].Code.QualName
		if e.Offset >= 0 {
			loc += " @" + itoa(2*e.Offset)
		}
	}
	// A narrow pane has no room for aligned columns: the location runs
	// into the text.
	sep := "  "
	if w < 70 {
		sep = " "
	}
	line := strings.Repeat(" ", max(stepW-len(step), 0)) + step + sep + padCells(e.Kind.String(), 7) + sep
	switch {
	case w >= 70 && p.locW > 0:
		line += padCells(loc, p.locW) + sep
	case loc != "":
		line += loc + sep
	}
	text := e.Text
	if w < 70 && e.Rewrite != nil {
		text = shortRewrite(text, e.Rewrite.From.String(), e.Rewrite.To.String())
	}
	line += text
	if ansi.StringWidth(line) > w {
		line = ansi.Truncate(line, w, "…")
	}
	return line
}

// shortRewrite shortens "BINARY_OP_ADAPTIVE → BINARY_OP_MULTIPLY_FLOAT"
// to "BINARY_OP_ADAPTIVE → _MULTIPLY_FLOAT" in a narrow pane: the family
// is named once.
func shortRewrite(text, from, to string) string {
	n := 0
	for n < len(from) && n < len(to) && from[n] == to[n] {
		n++
	}
	n = strings.LastIndexByte(to[:n], '_')
	if n <= 0 {
		return text
	}
	return strings.Replace(text, "→ "+to, "→ "+to[n:], 1)
}

// columns sizes the location column for the snapshot's code objects:
// the longest "qualname @offset", so that the column does not move as
// the view scrolls. A program's code objects only ever grow in number.
func (p *eventsPane) columns(s *Snapshot) {
	if key := [2]int{len(s.Codes), p.width}; key != p.colsFor {
		p.colsFor = key
	} else {
		return
	}
	p.locW = 0
	for _, c := range s.Codes {
		p.locW = max(p.locW, ansi.StringWidth(c.Code.QualName)+2+len(itoa(2*len(c.Units))))
	}
	p.locW = min(p.locW, 24)
}
