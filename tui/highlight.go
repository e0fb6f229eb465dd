package tui

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/charmbracelet/x/ansi"
)

// Syntax highlighting of a program's source. Chroma's Python lexer is a
// backtracking regexp machine (some 0.25 ms a line), far too slow to lex
// a 2,000-line file before the first frame; so the source is lexed lazily,
// in chunks of lines as they come into view, each chunk starting at a
// line that begins outside any string literal, where the lexer's root
// state is the right one. A line once lexed is kept as its text with the
// tabs expanded and its runs of one token class, so that drawing it is
// only writing out styled runs.

// tabWidth is the tab stop of the source view: CPython's tokenizer counts
// a tab as advancing to the next multiple of 8 columns, so a file that
// mixes tabs and spaces reads here as Python reads it.
const tabWidth = 8

// syntaxClass is the colour class of a run of source text, named by the
// keys of Styles.Syntax.
type syntaxClass uint8

const (
	synPlain syntaxClass = iota
	synKeyword
	synBuiltin
	synFunction
	synClass
	synString
	synNumber
	synComment
	synOperator
	numSyntaxClasses
)

// syntaxKeys are the Styles.Syntax keys of the classes.
var syntaxKeys = [numSyntaxClasses]string{
	synKeyword:  "keyword",
	synBuiltin:  "name.builtin",
	synFunction: "name.function",
	synClass:    "name.class",
	synString:   "literal.string",
	synNumber:   "literal.number",
	synComment:  "comment",
	synOperator: "operator",
}

// classOf maps a chroma token type to its colour class.
func classOf(t chroma.TokenType) syntaxClass {
	switch {
	case t.InCategory(chroma.Keyword), t == chroma.OperatorWord:
		// and/or/not/in/is are keywords in Python even though chroma
		// files them under operators.
		return synKeyword
	case t.InSubCategory(chroma.NameBuiltin), t == chroma.NameException, t == chroma.NameVariableMagic:
		return synBuiltin
	case t.InSubCategory(chroma.NameFunction), t == chroma.NameDecorator:
		return synFunction
	case t == chroma.NameClass:
		return synClass
	case t.InSubCategory(chroma.LiteralString):
		return synString
	case t.InSubCategory(chroma.LiteralNumber):
		return synNumber
	case t.InCategory(chroma.Comment):
		return synComment
	case t.InCategory(chroma.Operator):
		return synOperator
	}
	return synPlain
}

// syntaxStyles are the styles of the classes; plain (no attributes) under
// NO_COLOR, where Styles.Syntax is nil.
type syntaxStyles struct {
	style [numSyntaxClasses]lipgloss.Style
	// plain marks classes drawn as raw text.
	plain [numSyntaxClasses]bool
}

func newSyntaxStyles(s *Styles) *syntaxStyles {
	ss := &syntaxStyles{}
	for k := range ss.style {
		ss.style[k] = lipgloss.NewStyle()
		ss.plain[k] = true
		if c := s.Syntax[syntaxKeys[k]]; c != nil && syntaxKeys[k] != "" {
			ss.style[k] = ss.style[k].Foreground(c)
			ss.plain[k] = false
		}
	}
	return ss
}

// srcRun is a run of one class within a line's expanded text: bytes
// [start, end).
type srcRun struct {
	start, end int
	class      syntaxClass
}

// srcLine is one source line, ready to draw.
type srcLine struct {
	// orig is the line as in the file (without its newline); text the
	// same with tabs expanded and control characters made visible.
	orig, text string
	runs       []srcRun
	// width is text's width in cells.
	width int
}

// highlighted is a program's source, split in lines, classified on
// demand.
type highlighted struct {
	src string
	// starts are the byte offsets of the lines; safe says which lines
	// begin outside a string literal.
	starts []int
	safe   []bool
	lines  []srcLine
	ready  []bool
}

// chunkLines is the least number of lines lexed at once.
const chunkLines = 32

// highlight splits src in lines, ready to be classified as Python.
func highlight(src []byte) *highlighted {
	h := &highlighted{src: string(src)}
	h.starts, h.safe = scanLines(h.src)
	h.lines = make([]srcLine, len(h.starts))
	h.ready = make([]bool, len(h.starts))
	return h
}

// len returns the number of lines.
func (h *highlighted) len() int { return len(h.starts) }

// line returns line i (0-based), lexing its chunk if it has not been.
func (h *highlighted) line(i int) *srcLine {
	if !h.ready[i] {
		h.lex(i)
	}
	return &h.lines[i]
}

// lex classifies a chunk of lines around line i: from the last safe line
// at or before it to a safe line at least chunkLines further on.
func (h *highlighted) lex(i int) {
	a := i
	for a > 0 && !h.safe[a] {
		a--
	}
	b := max(i+1, a+chunkLines)
	for b < len(h.starts) && !h.safe[b] {
		b++
	}
	b = min(b, len(h.starts))
	from, to := h.starts[a], len(h.src)
	if b < len(h.starts) {
		to = h.starts[b]
	}
	text := h.src[from:to]
	class := classify(text)
	for k := a; k < b; k++ {
		end := h.lineEnd(k)
		h.lines[k] = newSrcLine(h.src[h.starts[k]:end], class[h.starts[k]-from:end-from])
		h.ready[k] = true
	}
}

// lineEnd returns the byte offset of the end of line k, without its
// newline.
func (h *highlighted) lineEnd(k int) int {
	if k+1 < len(h.starts) {
		return h.starts[k+1] - 1
	}
	return len(strings.TrimSuffix(h.src, "\n"))
}

// scanLines finds where src's lines start and which of them start
// outside a string literal: a Python tokenizer reduced to comments,
// quotes, triple quotes and backslashes. An f-string's nested quotes are
// of the other kind in 3.11, so they end nothing here either.
func scanLines(src string) (starts []int, safe []bool) {
	if src == "" {
		return nil, nil
	}
	starts, safe = []int{0}, []bool{true}
	var quote byte // the open string's quote, 0 outside strings
	triple, escaped := false, false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\n' {
			if i+1 < len(src) {
				// An unterminated one-quote string ends at the line's
				// end (a syntax error, which the lexer survives).
				if quote != 0 && !triple && !escaped {
					quote = 0
				}
				starts = append(starts, i+1)
				safe = append(safe, quote == 0)
			}
			escaped = false
			continue
		}
		if escaped {
			escaped = false
			continue
		}
		switch {
		case c == '\\':
			escaped = true
		case quote != 0:
			if c == quote && (!triple || strings.HasPrefix(src[i:], strings.Repeat(string(c), 3))) {
				if triple {
					i += 2
				}
				quote = 0
			}
		case c == '#':
			if j := strings.IndexByte(src[i:], '\n'); j > 0 {
				i += j - 1
			} else {
				i = len(src)
			}
		case c == '\'' || c == '"':
			quote = c
			triple = strings.HasPrefix(src[i:], strings.Repeat(string(c), 3))
			if triple {
				i += 2
			}
		}
	}
	return starts, safe
}

// classify returns the class of every byte of text.
func classify(text string) []syntaxClass {
	class := make([]syntaxClass, len(text))
	lexer := lexers.Get("python")
	if lexer == nil {
		return class
	}
	it, err := lexer.Tokenise(nil, text)
	if err != nil {
		return class
	}
	at := 0
	for _, tok := range it.Tokens() {
		n := len(tok.Value)
		if at+n > len(text) || text[at:at+n] != tok.Value {
			// The lexer added text of its own (a final newline): the
			// bytes matched so far keep their classes.
			break
		}
		c := classOf(tok.Type)
		for i := at; i < at+n; i++ {
			class[i] = c
		}
		at += n
	}
	return class
}

// newSrcLine expands orig's tabs and groups its bytes into runs.
func newSrcLine(orig string, class []syntaxClass) srcLine {
	if n := len(orig); n > 0 && orig[n-1] == '\r' {
		orig, class = orig[:n-1], class[:n-1]
	}
	l := srcLine{orig: orig}
	var b strings.Builder
	b.Grow(len(orig))
	cells := 0
	for i := 0; i < len(orig); {
		size, w, vis := nextCluster(orig[i:], cells)
		c := class[i]
		from := b.Len()
		if vis == "" {
			b.WriteString(orig[i : i+size])
		} else {
			b.WriteString(vis)
		}
		cells += w
		i += size
		if n := len(l.runs); n > 0 && l.runs[n-1].class == c {
			l.runs[n-1].end = b.Len()
		} else {
			l.runs = append(l.runs, srcRun{from, b.Len(), c})
		}
	}
	l.text = b.String()
	l.width = cells
	return l
}

// nextCluster measures the first grapheme cluster of s, drawn at display
// column cells: its size in bytes, its width in cells and, if it is not
// drawn as itself, what replaces it (spaces for a tab; U+FFFD for a
// control character, which would move the terminal's cursor, or bad
// UTF-8).
func nextCluster(s string, cells int) (size, width int, vis string) {
	switch c := s[0]; {
	case c == '\t':
		n := tabWidth - cells%tabWidth
		return 1, n, spaces[:n]
	case c < 0x20 || c == 0x7f:
		return 1, 1, "\uFFFD"
	case c < utf8.RuneSelf:
		return 1, 1, ""
	}
	if r, n := utf8.DecodeRuneInString(s); r == utf8.RuneError && n <= 1 {
		return 1, 1, "\uFFFD"
	}
	cluster, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	return len(cluster), w, ""
}

// spaces is a tab's worth of blanks.
const spaces = "        "

// cell returns the display column (0-based) of byte offset col of the
// original line, as CPython counts columns (UTF-8 bytes); past the end it
// is the line's width.
func (l *srcLine) cell(col int) int {
	cells := 0
	for i := 0; i < len(l.orig) && i < col; {
		size, w, _ := nextCluster(l.orig[i:], cells)
		cells += w
		i += size
	}
	return cells
}

// cut returns the byte offset in text of the first cluster that does not
// fit in width cells.
func (l *srcLine) cut(width int) int {
	if l.width <= width {
		return len(l.text)
	}
	return l.byteAt(width, true)
}

// byteAt returns the byte offset in text of display column cell; a wide
// character that straddles the column counts as after it if before is
// set, else as at it.
func (l *srcLine) byteAt(cell int, before bool) int {
	cells := 0
	for i := 0; i < len(l.text); {
		if cells >= cell {
			return i
		}
		size, w, _ := nextCluster(l.text[i:], cells)
		if before && cells+w > cell {
			return i
		}
		cells += w
		i += size
	}
	return len(l.text)
}

// lineStyle is what a line is drawn with beyond its syntax colours.
type lineStyle struct {
	// base, if set, is inherited by every run (the cursor line).
	base *lipgloss.Style
	// mark styles the cells [from, to) (the current instruction's
	// columns); mark nil for none.
	mark     *lipgloss.Style
	from, to int
}

// render draws the first width cells of the line.
func (l *srcLine) render(ss *syntaxStyles, width int, ls lineStyle) string {
	end := l.cut(width)
	var b strings.Builder
	// Mark bounds as byte offsets of text.
	mfrom, mto := -1, -1
	if ls.mark != nil && ls.from < ls.to {
		mfrom, mto = l.byteAt(ls.from, false), l.byteAt(ls.to, false)
	}
	for _, r := range l.runs {
		if r.start >= end {
			break
		}
		rend := min(r.end, end)
		// Split the run at the mark's bounds.
		for from := r.start; from < rend; {
			to := rend
			marked := mfrom <= from && from < mto
			if marked {
				to = min(to, mto)
			} else if from < mfrom && mfrom < to {
				to = mfrom
			}
			seg := l.text[from:to]
			switch {
			case marked:
				st := ls.mark.Inherit(ss.style[r.class])
				if ls.base != nil {
					st = st.Inherit(*ls.base)
				}
				b.WriteString(st.Render(seg))
			case ls.base != nil:
				b.WriteString(ss.style[r.class].Inherit(*ls.base).Render(seg))
			case ss.plain[r.class]:
				b.WriteString(seg)
			default:
				b.WriteString(ss.style[r.class].Render(seg))
			}
			from = to
		}
	}
	return b.String()
}
