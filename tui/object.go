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
}

func (p *objectPane) Update(msg tea.Msg) tea.Cmd {
	n := len(p.rows())
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
	rows := p.rows()
	p.top = max(min(p.top, len(rows)-p.height), 0)
	return fitLines(rows[p.top:], p.width, p.height)
}

// rows renders the whole layout (a few dozen rows at most, but for a
// long list or dict; the cost is in the fields the VM computed).
func (p *objectPane) rows() []string {
	st := p.c.styles
	o := p.object()
	if o == nil {
		return []string{st.Dim.Render("No value selected."), st.Dim.Render(p.emptyWhy())}
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

	// Column widths over every field, so the blocks line up with the
	// object.
	offW, nameW, typeW := 0, 0, 0
	measure := func(fs []vm.LayoutField, indent int) {
		for _, f := range fs {
			offW = max(offW, indent+len(layoutOffset(f.Offset)))
			nameW = max(nameW, ansi.StringWidth(f.Name))
			typeW = max(typeW, ansi.StringWidth(f.CType))
		}
	}
	measure(l.Fields, 0)
	for _, b := range l.Blocks {
		measure(b.Fields, 2)
	}
	nameW = min(nameW, 24)
	typeW = min(typeW, 20)
	// Narrow panes drop the C types before they cut the values.
	if 2+offW+2+nameW+2+typeW+2+8 > p.width {
		typeW = 0
	}
	field := func(f vm.LayoutField, indent int, key string) string {
		changed := o.Changed[key]
		mark := "  "
		if changed {
			mark = "◆ "
		}
		off := strings.Repeat(" ", indent) + layoutOffset(f.Offset)
		line := mark + strings.Repeat(" ", offW-len(off)) + off + "  " + padCells(f.Name, nameW)
		if typeW > 0 {
			line += "  " + st.Dim.Render(padCells(f.CType, typeW))
		}
		line += "  " + f.Value
		if changed {
			return st.Changed.Render(ansi.Strip(line))
		}
		return line
	}
	for _, f := range l.Fields {
		if f.Offset == 0 && l.PreHeader != 0 {
			rows = append(rows, st.Dim.Render("  "+strings.Repeat(" ", offW)+"  ── PyObject * ──"))
		}
		rows = append(rows, field(f, 0, f.Name))
	}
	for _, b := range l.Blocks {
		bh := "  ↳ " + b.Name + " · " + itoa(b.Size) + " bytes"
		if b.Name == "PyDictValues" {
			bh += " (inline values over the shared keys)"
		}
		rows = append(rows, st.Bold.Render(bh))
		for _, f := range b.Fields {
			rows = append(rows, field(f, 2, b.Name+"."+f.Name))
		}
	}
	return rows
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
