package tui

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/quicken-py/quicken/vm"
)

// The object pane shows how CPython 3.11 lays out the inspected value in
// memory on a 64-bit build (vm.Layout): one row per field with its byte
// offset from the PyObject*, its C name and type and its contents. The
// pre-header comes first, at negative offsets: the 16-byte GC head of a
// type the cyclic GC tracks and, before it, the two managed-dict
// pointers (inline values at -32, the dict at -24) of a class whose
// instances keep their attributes as inline values over the class's
// shared keys. Separately allocated memory the object owns (inline
// values, a list's item array, a dict's keys) follows as indented blocks.
//
// Fields whose contents this step changed are marked "◆" and highlighted,
// so a STORE_ATTR into an inline value, or a list growing its array,
// shows where the bytes went.

// objectPane is the Object layout pane.
type objectPane struct {
	c             *common
	width, height int
	top           int // first row shown
	// shown identifies the object last shown: a different object starts
	// at the top.
	shown vm.Value
	// reveal scrolls the first changed field into view at the next View
	// (set when a snapshot with changes arrives).
	reveal bool
}

var _ pane = (*objectPane)(nil)

func newObjectPane(c *common) *objectPane { return &objectPane{c: c} }

func (p *objectPane) object() *ObjectState {
	if p.c.snap == nil {
		return nil
	}
	return p.c.snap.Object
}

func (p *objectPane) Title() string {
	if o := p.object(); o != nil {
		return "Object layout · " + o.Label
	}
	return "Object layout"
}

func (p *objectPane) SetSize(width, height int) { p.width, p.height = width, height }

func (p *objectPane) Refresh() {
	o := p.object()
	var h vm.Value
	if o != nil {
		h = o.Value.Handle
	}
	if h != p.shown {
		p.top = 0
		p.shown = h
	}
	p.reveal = o != nil && len(o.Changed) > 0
}

func (p *objectPane) Update(msg tea.Msg) tea.Cmd {
	rows, _ := p.rows()
	n := len(rows)
	page := max(1, p.height-1)
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch msg.String() {
		case "up", "k":
			p.top--
		case "down", "j":
			p.top++
		case "pgup":
			p.top -= page
		case "pgdown", "space":
			p.top += page
		case "home":
			p.top = 0
		case "end":
			p.top = n
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			p.top -= 3
		case tea.MouseWheelDown:
			p.top += 3
		}
	}
	p.top = max(min(p.top, n-p.height), 0)
	return nil
}

func (p *objectPane) View() string {
	rows, first := p.rows()
	if p.reveal && first >= 0 && (first < p.top || first >= p.top+p.height) {
		p.top = first - p.height/2
	}
	p.reveal = false
	p.top = max(min(p.top, len(rows)-p.height), 0)
	return fitLines(rows[p.top:], p.width, p.height)
}

// rows renders the whole layout (a few dozen rows at most, but for a
// long list or dict; the cost is in the fields the VM computed), and
// says which is the first changed row (-1: none).
func (p *objectPane) rows() ([]string, int) {
	st := p.c.styles
	o := p.object()
	if o == nil {
		return []string{st.Dim.Render("No value selected."), st.Dim.Render(p.emptyWhy())}, -1
	}
	l := &o.Layout
	head := structName(l) + " · " + itoa(l.Size) + " bytes · type " + l.Type
	if o.TypeVersion != 0 {
		head += " · version tag " + strconv.FormatUint(uint64(o.TypeVersion), 10)
	} else {
		head += " · no version tag"
	}
	rows := []string{st.Header.Render(head)}
	info := "at 0x" + strconv.FormatUint(l.Address, 16) + " · basicsize " + itoa(l.BasicSize)
	if l.ItemSize != 0 {
		info += " · itemsize " + itoa(l.ItemSize)
	}
	if l.PreHeader != 0 {
		info += " · pre-header " + itoa(l.PreHeader) + " bytes"
	}
	rows = append(rows, st.Dim.Render(info))
	if o.Value.Repr != "" {
		rows = append(rows, st.Dim.Render("value ")+o.Value.Repr)
	}

	// The rows of fields, the pre-header first, then the blocks.
	type section struct {
		head   string
		fields []objField
	}
	secs := []section{{fields: objFields(l.Fields, "", 0, o.Changed)}}
	for _, b := range l.Blocks {
		h := "↳ " + b.Name + " · " + itoa(b.Size) + " bytes"
		if b.Name == "PyDictValues" {
			h += " (inline values over the class's shared keys)"
		}
		secs = append(secs, section{head: h, fields: objFields(b.Fields, b.Name+".", 2, o.Changed)})
	}
	// Column widths over every field, so the blocks line up with the
	// object. Narrow panes drop the C types before they cut the values,
	// and pointers lose their address before what they point to.
	offW, nameW, typeW := 0, 0, 0
	for _, sec := range secs {
		for _, f := range sec.fields {
			offW = max(offW, ansi.StringWidth(f.off))
			nameW = max(nameW, ansi.StringWidth(f.name))
			typeW = max(typeW, ansi.StringWidth(f.ctype))
		}
	}
	nameW = min(nameW, 24)
	typeW = min(typeW, 20)
	if p.width-(2+offW+2+nameW+2+typeW+2) < 20 {
		typeW = 0
	}
	valueW := p.width - (2 + offW + 2 + nameW + 2)
	if typeW > 0 {
		valueW -= typeW + 2
	}
	row := func(f objField) string {
		mark := "  "
		if f.changed {
			mark = "◆ "
		}
		line := mark + strings.Repeat(" ", offW-len(f.off)) + f.off + "  " + padCells(f.name, nameW)
		if typeW > 0 {
			line += "  " + st.Dim.Render(padCells(f.ctype, typeW))
		}
		line += "  " + shortPointer(f.value, valueW)
		if f.changed {
			return st.Changed.Render(ansi.Strip(line))
		}
		return line
	}
	first := -1
	for i, sec := range secs {
		if i > 0 {
			rows = append(rows, st.Bold.Render("  "+sec.head))
		}
		for _, f := range sec.fields {
			if f.off == "+0" && i == 0 && l.PreHeader != 0 {
				rows = append(rows, st.Dim.Render("  "+strings.Repeat(" ", offW)+"  ── the PyObject * points here ──"))
			}
			if f.changed && first < 0 {
				first = len(rows)
			}
			rows = append(rows, row(f))
		}
	}
	return rows, first
}

// objField is a field as the pane shows it: one LayoutField, or a run of
// unused ones.
type objField struct {
	off, name, ctype, value string
	changed                 bool
}

// objFields prepares fields for display: keys in changed are prefix +
// name; indent shifts the offsets of a block's fields right. A run of
// three or more unchanged empty slots of an array (a list's spare
// capacity, inline values not yet stored) folds into one row.
func objFields(fs []vm.LayoutField, prefix string, indent int, changed map[string]bool) []objField {
	pad := strings.Repeat(" ", indent)
	empty := func(f vm.LayoutField) bool {
		return (f.Value == "NULL" || f.Value == "(unused)") && !changed[prefix+f.Name] && strings.HasSuffix(f.Name, "]")
	}
	var out []objField
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		j := i + 1
		if empty(f) {
			for j < len(fs) && empty(fs[j]) && fs[j].Value == f.Value && fs[j].CType == f.CType {
				j++
			}
		}
		if n := j - i; n >= 3 {
			last := fs[j-1]
			out = append(out, objField{
				off:   pad + layoutOffset(f.Offset),
				name:  foldNames(f.Name, last.Name),
				ctype: f.CType,
				value: f.Value + " ×" + itoa(n),
			})
			i = j - 1
			continue
		}
		out = append(out, objField{off: pad + layoutOffset(f.Offset), name: f.Name, ctype: f.CType,
			value: f.Value, changed: changed[prefix+f.Name]})
	}
	return out
}

// foldNames names a run of array slots: "values[2]".."values[28]" is
// "values[2…28]".
func foldNames(first, last string) string {
	i, j := strings.LastIndexByte(first, '['), strings.LastIndexByte(last, '[')
	if i < 0 || j < 0 || first[:i] != last[:j] {
		return first + "…" + last
	}
	return first[:len(first)-1] + "…" + last[j+1:]
}

// shortPointer fits a pointer's text ("0x7f… → 20") in w cells by
// dropping the address first: what it points to says more.
func shortPointer(v string, w int) string {
	if ansi.StringWidth(v) <= w || !strings.HasPrefix(v, "0x") {
		return v
	}
	if i := strings.Index(v, " → "); i >= 0 {
		return v[i+1:]
	}
	return v
}

// emptyWhy says why no value is laid out.
func (p *objectPane) emptyWhy() string {
	s := p.c.snap
	if s == nil || len(s.Frames) == 0 {
		return "Nothing runs."
	}
	if p.c.sel.Value.Auto {
		return "The stack is empty (or holds only NULLs); select a local in the Frame pane."
	}
	return "The selected slot is empty (NULL or unbound)."
}

// structName is the C struct that lays the object out.
func structName(l *vm.Layout) string {
	has := func(name string) bool {
		for _, f := range l.Fields {
			if f.Name == name {
				return true
			}
		}
		return false
	}
	switch l.Kind {
	case "int":
		return "PyLongObject"
	case "float":
		return "PyFloatObject"
	case "str":
		if has("utf8") {
			return "PyCompactUnicodeObject"
		}
		return "PyASCIIObject"
	case "tuple":
		return "PyTupleObject"
	case "list":
		return "PyListObject"
	case "dict":
		return "PyDictObject"
	case "exception":
		return "PyBaseExceptionObject"
	case "type":
		if has("ht_name") {
			return "PyHeapTypeObject"
		}
		return "PyTypeObject"
	}
	return "PyObject"
}

// layoutOffset writes a byte offset with its sign ("+16", "-32").
func layoutOffset(off int) string {
	if off < 0 {
		return itoa(off)
	}
	return "+" + itoa(off)
}

// padCells cuts or pads s to exactly w cells.
func padCells(s string, w int) string {
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	return s + strings.Repeat(" ", w-ansi.StringWidth(s))
}
