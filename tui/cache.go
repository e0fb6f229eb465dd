package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/quicken-py/quicken/specializer"
)

// cachePane decodes the inline cache of the inspected instruction
// (Snapshot.Site: the current instruction, or the one selected in the
// bytecode pane): which family it belongs to, each cache field's raw
// words and what they mean, and what the site has been.
type cachePane struct {
	c             *common
	width, height int
	hist          siteHistory
}

func newCachePane(c *common) *cachePane { return &cachePane{c: c} }

func (p *cachePane) site() *SiteState {
	if s := p.c.snap; s != nil {
		return s.Site
	}
	return nil
}

func (p *cachePane) Title() string {
	if site := p.site(); site != nil {
		return "Inline cache · @" + itoa(2*site.Offset)
	}
	return "Inline cache"
}

func (p *cachePane) SetSize(width, height int) { p.width, p.height = width, height }

// Update has nothing to do: the site is chosen in the bytecode pane.
func (p *cachePane) Update(msg tea.Msg) tea.Cmd { return nil }

func (p *cachePane) Refresh() { p.hist.update(p.c.snap) }

func (p *cachePane) View() string {
	if p.height <= 0 {
		return ""
	}
	lines := p.render()
	if len(lines) > p.height {
		lines = lines[:p.height]
	}
	for i, l := range lines {
		if len(l) > p.width {
			lines[i] = ansi.Truncate(l, p.width, "…")
		}
	}
	for len(lines) < p.height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

func (p *cachePane) render() []string {
	st := p.c.styles
	s := p.c.snap
	site := p.site()
	if site == nil {
		msg := "no instruction selected"
		if s != nil && (s.State == Ended || s.State == Failed) {
			msg = "the program is not running: select an instruction in the bytecode pane"
		}
		return []string{st.Dim.Render(msg)}
	}
	op := site.Op
	base := op.Base()
	name := st.Site[KindOf(op)].Render(op.String())
	var lines []string
	where := ""
	var cs *CodeState
	if site.CodeID >= 0 && site.CodeID < len(s.Codes) {
		cs = s.Codes[site.CodeID]
		where = cs.Code.QualName + " @" + itoa(2*site.Offset)
		if pos := cs.Code.Positions(); site.Offset < len(pos) && pos[site.Offset].Line > 0 {
			where += " · line " + itoa(pos[site.Offset].Line)
		}
	}
	n := base.Caches()
	switch {
	case n == 0 && KindOf(op) == SiteSuper:
		lines = append(lines, name+": superinstruction, no cache")
		lines = append(lines, st.Dim.Render("two instructions in one dispatch; it is never specialized further"))
	case n == 0 && op != base:
		lines = append(lines, name+": quickened form of "+base.String()+", no cache")
	case n == 0:
		lines = append(lines, "no inline cache: "+name+" is never specialized")
	default:
		entries := "1 cache entry"
		if n != 1 {
			entries = itoa(n) + " cache entries"
		}
		family := "family " + base.String() + " · " + entries
		if ansi.StringWidth(op.String()+" · "+family) <= p.width {
			lines = append(lines, name+st.Dim.Render(" · "+family))
		} else {
			lines = append(lines, name, st.Dim.Render(family))
		}
	}
	if where != "" {
		lines = append(lines, st.Dim.Render(where))
	}
	if n > 0 {
		lines = append(lines, "")
		if op == base {
			// CPython 3.11: only quickening (_PyCode_Quicken) turns a
			// base instruction into its adaptive form and starts its
			// counter; until then the cache is zeros nobody reads.
			lines = append(lines, st.Dim.Render("not quickened yet: the cache is unused"))
		}
		lines = append(lines, p.fields(site, cs)...)
	}
	hist := p.hist.of(site.CodeID, site.Offset)
	if room := p.height - len(lines) - 1; room >= 2 {
		lines = append(lines, "")
		lines = append(lines, wrapHistory(st, hist, site.Offset, p.width, room)...)
	}
	return lines
}

// fields renders the cache's fields: name, raw words, meaning. Without a
// description from the specializer, the fields and their words come
// from the opcode's cache layout and the live units.
func (p *cachePane) fields(site *SiteState, cs *CodeState) []string {
	st := p.c.styles
	entries := site.Entries
	if len(entries) == 0 {
		at := site.Offset + 1
		for _, f := range site.Op.Base().CacheFormat() {
			e := specializer.CacheEntry{Name: f.Name}
			for k := 0; k < f.Size; k++ {
				var w uint16
				if cs != nil && at+k < len(cs.Units) {
					w = cs.Units[at+k]
				}
				e.Words = append(e.Words, w)
			}
			at += f.Size
			entries = append(entries, e)
		}
	}
	nameW, wordsW := 0, 0
	words := make([]string, len(entries))
	for i, e := range entries {
		nameW = max(nameW, len(e.Name))
		var b strings.Builder
		for j, w := range e.Words {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "0x%04x", w)
		}
		words[i] = b.String()
		wordsW = max(wordsW, len(words[i]))
	}
	var lines []string
	indent := nameW + wordsW + 4
	for i, e := range entries {
		head := fmt.Sprintf("%-*s  %s", nameW, e.Name, st.Dim.Render(fmt.Sprintf("%-*s", wordsW, words[i])))
		if e.Text == "" {
			lines = append(lines, head)
			continue
		}
		// Long meanings wrap under themselves.
		text := e.Text
		if w := p.width - indent; w >= 20 {
			text = ansi.Wrap(text, w, "")
		}
		for j, t := range strings.Split(text, "\n") {
			if j == 0 {
				lines = append(lines, head+"  "+t)
			} else {
				lines = append(lines, strings.Repeat(" ", indent)+t)
			}
		}
	}
	return lines
}

// wrapHistory renders a site's history in at most rows rows: a title,
// then the newest entries that fit whole, each wrapped to width under a
// hanging indent.
func wrapHistory(st *Styles, hist []histEntry, unit, width, rows int) []string {
	out := []string{historyTitle(st, hist, unit)}
	var entries [][]string
	used := 1
	for i := len(hist) - 1; i >= 0; i-- {
		text := hist[i].String()
		if width > 12 {
			text = ansi.Wrap(text, width-3, "")
		}
		wrapped := strings.Split(text, "\n")
		if used+len(wrapped) > rows {
			if len(entries) > 0 {
				break
			}
			// Not even the newest fits whole: as much of it as does.
			wrapped = wrapped[:rows-used]
			wrapped[len(wrapped)-1] += "…"
		}
		used += len(wrapped)
		style := st.Event[hist[i].Kind]
		for j, w := range wrapped {
			if j == 0 {
				wrapped[j] = " " + style.Render(w)
			} else {
				wrapped[j] = "   " + style.Render(w)
			}
		}
		entries = append(entries, wrapped)
	}
	for i := len(entries) - 1; i >= 0; i-- {
		out = append(out, entries[i]...)
	}
	return out
}

var (
	_ pane = (*cachePane)(nil)
	_ pane = (*bytecodePane)(nil)
)
