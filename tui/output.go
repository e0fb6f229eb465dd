package tui

import (
	"sort"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// The output pane shows what the program wrote to stdout and stderr, in
// the order it wrote it, stderr in its own style. It shows the tail
// unless the user scrolls back.
//
// Program output never reaches the terminal as it is: the explorer owns
// the screen, and a program's escape sequences would move its cursor or
// change its colours. ESC is shown as ␛ and every other control
// character (C0, DEL, C1) as \xNN or \u00NN, dimmed; invalid UTF-8 bytes
// as \xNN. Newlines end lines and tabs expand to 8-column stops. Long
// lines wrap at the pane's width: tracebacks and repr()s are read whole,
// not cut.

// outputPane is the Output pane.
type outputPane struct {
	c             *common
	width, height int

	// lines are the output's lines, escaped, for run; done counts the
	// bytes of Output.Text they cover (the last, unterminated line is
	// parsed again when more arrives).
	run   int
	done  int
	lines []outLine
	// back is how many rows the view is scrolled up from the tail.
	back int
	// cum caches, for width cumW, the rows the complete lines wrap to:
	// cum[i] is the rows of lines[:i], so that a view scrolled back finds
	// its first line by binary search instead of wrapping all below it.
	cum  []int
	cumW int
}

// outLine is one line of output, escaped for display.
type outLine struct {
	text string
	// spans style parts of text: [start, end) byte ranges with a kind.
	spans []outSpan
	// end is the offset in Output.Text just past the line's newline
	// (or its end, for an unterminated last line).
	end int
	// complete is set when the line ends with a newline.
	complete bool
}

type outSpan struct {
	start, end int
	kind       outKind
}

type outKind uint8

const (
	outStderr  outKind = 1 << iota // written to stderr
	outEscaped                     // a control character or bad byte, escaped
)

var _ pane = (*outputPane)(nil)

func newOutputPane(c *common) *outputPane { return &outputPane{c: c, run: -1} }

func (p *outputPane) Title() string { return "Output" }

func (p *outputPane) SetSize(width, height int) { p.width, p.height = width, height }

func (p *outputPane) Refresh() { p.sync() }

// sync parses the output the lines do not cover yet.
func (p *outputPane) sync() {
	s := p.c.snap
	if s == nil {
		p.lines, p.done = nil, 0
		return
	}
	text := s.Output.Text
	if s.Run != p.run || len(text) < p.done {
		p.run, p.done, p.lines, p.back = s.Run, 0, nil, 0
		p.cum = p.cum[:0]
	}
	// Re-parse an unterminated last line: more of it may have come.
	if n := len(p.lines); n > 0 && !p.lines[n-1].complete {
		p.lines = p.lines[:n-1]
		if n > 1 {
			p.done = p.lines[n-2].end
		} else {
			p.done = 0
		}
	}
	if p.done >= len(text) {
		return
	}
	p.lines = append(p.lines, escapeOutput(text, p.done, s.Output.Stderr)...)
	p.done = len(text)
}

// escapeOutput splits text[from:] into lines, escaping what must not
// reach the terminal and marking what came from stderr (errs are the
// [start, end) ranges of stderr, in order).
func escapeOutput(text []byte, from int, errs [][2]int) []outLine {
	var out []outLine
	var b strings.Builder
	var spans []outSpan
	col := 0
	e := 0 // the first stderr range not wholly before i
	kindAt := func(i int) outKind {
		for e < len(errs) && errs[e][1] <= i {
			e++
		}
		if e < len(errs) && errs[e][0] <= i {
			return outStderr
		}
		return 0
	}
	emit := func(s string, k outKind, width int) {
		start := b.Len()
		b.WriteString(s)
		col += width
		if n := len(spans); n > 0 && spans[n-1].kind == k && spans[n-1].end == start {
			spans[n-1].end = b.Len()
			return
		}
		if k != 0 {
			spans = append(spans, outSpan{start, b.Len(), k})
		}
	}
	flush := func(end int, complete bool) {
		out = append(out, outLine{text: b.String(), spans: spans, end: end, complete: complete})
		b.Reset()
		spans, col = nil, 0
	}
	const hex = "0123456789abcdef"
	for i := from; i < len(text); {
		k := kindAt(i)
		c := text[i]
		switch {
		case c == '\n':
			i++
			flush(i, true)
			continue
		case c == '\t':
			n := 8 - col%8
			emit(strings.Repeat(" ", n), k, n)
			i++
			continue
		case c == 0x1b:
			emit("␛", k|outEscaped, 1)
			i++
			continue
		case c < 0x20 || c == 0x7f:
			emit(`\x`+string(hex[c>>4])+string(hex[c&15]), k|outEscaped, 4)
			i++
			continue
		case c < utf8.RuneSelf:
			emit(string(c), k, 1)
			i++
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			emit(`\x`+string(hex[c>>4])+string(hex[c&15]), k|outEscaped, 4)
		case r < 0xa0:
			// C1 controls: a terminal may act on them (U+009B is CSI).
			emit(`\u00`+string(hex[r>>4])+string(hex[r&15]), k|outEscaped, 6)
		default:
			s := string(text[i : i+size])
			emit(s, k, ansi.StringWidth(s))
		}
		i += size
	}
	if b.Len() > 0 || len(spans) > 0 {
		flush(len(text), false)
	}
	return out
}

// rowsOf wraps line l at width w and renders the rows, styled.
func (p *outputPane) rowsOf(l *outLine, w int) []string {
	st := p.c.styles
	style := func(s string, k outKind) string {
		if s == "" {
			return s
		}
		switch {
		case k&outEscaped != 0 && k&outStderr != 0:
			return st.Stderr.Faint(true).Render(s)
		case k&outEscaped != 0:
			return st.Dim.Render(s)
		case k&outStderr != 0:
			return st.Stderr.Render(s)
		}
		return s
	}
	var rows []string
	var row strings.Builder
	col := 0
	sp := 0
	text := l.text
	for start := 0; start < len(text); {
		// The run of text up to the next span boundary has one kind.
		k, end := outKind(0), len(text)
		for sp < len(l.spans) && l.spans[sp].end <= start {
			sp++
		}
		if sp < len(l.spans) {
			if l.spans[sp].start <= start {
				k, end = l.spans[sp].kind, l.spans[sp].end
			} else {
				end = l.spans[sp].start
			}
		}
		// Escapes are never split across rows.
		if k&outEscaped != 0 {
			for _, esc := range splitEscapes(text[start:end]) {
				ew := ansi.StringWidth(esc)
				if col+ew > w && col > 0 {
					rows = append(rows, row.String())
					row.Reset()
					col = 0
				}
				row.WriteString(style(esc, k))
				col += ew
			}
			start = end
			continue
		}
		seg := text[start:end]
		for len(seg) > 0 {
			room := w - col
			if room <= 0 {
				rows = append(rows, row.String())
				row.Reset()
				col = 0
				room = w
			}
			n, cells := fitPrefix(seg, room)
			if n == 0 {
				if col == 0 {
					// A character wider than the pane: show it alone.
					_, size := utf8.DecodeRuneInString(seg)
					n, cells = size, room
				} else {
					rows = append(rows, row.String())
					row.Reset()
					col = 0
					continue
				}
			}
			row.WriteString(style(seg[:n], k))
			col += cells
			seg = seg[n:]
		}
		start = end
	}
	return append(rows, row.String())
}

// splitEscapes splits a run of escapes ("␛\x07") into single ones.
func splitEscapes(s string) []string {
	var out []string
	for len(s) > 0 {
		n := len("␛")
		switch {
		case strings.HasPrefix(s, `\x`):
			n = 4
		case strings.HasPrefix(s, `\u`):
			n = 6
		}
		n = min(n, len(s))
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

// fitPrefix returns how many bytes of s fit in w cells, and their width.
func fitPrefix(s string, w int) (n, cells int) {
	for n < len(s) {
		c := s[n]
		if c < utf8.RuneSelf {
			if cells+1 > w {
				break
			}
			cells++
			n++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[n:])
		cw := ansi.StringWidth(s[n : n+size])
		if cells+cw > w {
			break
		}
		cells += cw
		n += size
	}
	return n, cells
}

// cumRows brings cum up to the complete lines and returns how many
// there are.
func (p *outputPane) cumRows(w int) int {
	if p.cumW != w {
		p.cum, p.cumW = p.cum[:0], w
	}
	n := len(p.lines)
	if n > 0 && !p.lines[n-1].complete {
		n--
	}
	if len(p.cum) == 0 {
		p.cum = append(p.cum, 0)
	}
	for i := len(p.cum) - 1; i < n; i++ {
		p.cum = append(p.cum, p.cum[i]+len(p.rowsOf(&p.lines[i], w)))
	}
	return n
}

// extraLines are shown after the output: a syntax error (which the
// program never got to print), an internal error, the exit status.
func (p *outputPane) extraLines() []outLine {
	s := p.c.snap
	if s == nil {
		return nil
	}
	var out []outLine
	add := func(text string, k outKind) {
		for _, l := range escapeOutput([]byte(text+"\n"), 0, [][2]int{{0, len(text) + 1}}) {
			if k == 0 {
				for i := range l.spans {
					l.spans[i].kind &^= outStderr
				}
			}
			out = append(out, l)
		}
	}
	if s.CompileErr != "" {
		add(s.CompileErr, outStderr)
	}
	if s.Internal != "" {
		add(s.Internal, outStderr)
	}
	return out
}

func (p *outputPane) Update(msg tea.Msg) tea.Cmd {
	page := max(1, p.height-1)
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch msg.String() {
		case "up", "k":
			p.back++
		case "down", "j":
			p.back--
		case "pgup":
			p.back += page
		case "pgdown", "space":
			p.back -= page
		case "home":
			p.back = 1 << 30
		case "end", "esc", ".":
			p.back = 0
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			p.back += 3
		case tea.MouseWheelDown:
			p.back -= 3
		}
	}
	p.back = max(p.back, 0)
	return nil
}

// View shows the rows that end back rows above the tail.
func (p *outputPane) View() string {
	w, h := p.width, p.height
	if w <= 0 || h <= 0 {
		return strings.Repeat("\n", max(h-1, 0))
	}
	p.sync()
	st := p.c.styles
	s := p.c.snap
	lines := p.lines
	if extra := p.extraLines(); len(extra) > 0 {
		lines = append(lines[:len(lines):len(lines)], extra...)
	}
	var tail []string
	if s != nil && s.State == Ended {
		tail = append(tail, st.Dim.Render("── the program ended · exit status "+itoa(s.Exit)+" ──"))
	}
	if len(lines) == 0 && len(tail) == 0 {
		return fitLines([]string{st.Dim.Render("No output yet.")}, w, h)
	}
	var view []string
	if p.back == 0 {
		view = p.tailRows(lines, tail, w, h)
	} else {
		view = p.scrolledRows(lines, tail, w, h)
	}
	return fitLines(view, w, h)
}

// tailRows are the last h rows: the lines are wrapped from the end until
// the view is full, so the cost is in the rows shown, not in the length
// of the output.
func (p *outputPane) tailRows(lines []outLine, tail []string, w, h int) []string {
	rows := make([]string, 0, h) // newest first
	for i := len(tail) - 1; i >= 0 && len(rows) < h; i-- {
		rows = append(rows, tail[i])
	}
	for i := len(lines) - 1; i >= 0 && len(rows) < h; i-- {
		lr := p.rowsOf(&lines[i], w)
		for j := len(lr) - 1; j >= 0 && len(rows) < h; j-- {
			rows = append(rows, lr[j])
		}
	}
	for i, j := 0, len(rows)-1; i < j; i, j = i+1, j-1 {
		rows[i], rows[j] = rows[j], rows[i]
	}
	return rows
}

// scrolledRows are h rows ending back rows above the tail (back is
// clamped to the top of the output).
func (p *outputPane) scrolledRows(lines []outLine, tail []string, w, h int) []string {
	nc := p.cumRows(w)
	// Every row, from the top: the complete lines' (counted in cum),
	// then the rest (an unterminated line, errors) and the tail.
	var rest [][]string
	total := p.cum[nc]
	for i := nc; i < len(lines); i++ {
		rest = append(rest, p.rowsOf(&lines[i], w))
		total += len(rest[len(rest)-1])
	}
	total += len(tail)
	p.back = max(min(p.back, total-h), 0)
	top := max(total-p.back-h, 0)
	// The first line with a row at top or below.
	first := sort.Search(nc, func(i int) bool { return p.cum[i+1] > top })
	rows := make([]string, 0, h)
	skip := 0
	if first < nc {
		skip = top - p.cum[first]
	} else {
		skip = top - p.cum[nc]
	}
	take := func(rs []string) {
		for _, r := range rs {
			if skip > 0 {
				skip--
			} else if len(rows) < h {
				rows = append(rows, r)
			}
		}
	}
	for i := first; i < nc && len(rows) < h; i++ {
		take(p.rowsOf(&p.lines[i], w))
	}
	for _, rs := range rest {
		take(rs)
	}
	take(tail)
	return rows
}
