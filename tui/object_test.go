package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// An instance of a plain class keeps its attributes as inline values
// over the class's shared keys (CPython 3.11 managed dict): the values
// pointer at -32, the dict pointer at -24 still NULL, and a PyDictValues
// block with x and y.
const pointProgram = `class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def main():
    p = P(1, 2)
    p.y = 20
    return p

main()
`

// pointAfterStore runs pointProgram, laying out main's local p, to just
// after p.y = 20.
func pointAfterStore(t *testing.T) *Snapshot {
	d := newTestDriver(t, &Program{Filename: "/t/x.py", Source: []byte(pointProgram)})
	d.SetInspect(Inspect{Offset: -1, Value: ValueRef{Local: true, Index: 0}})
	return driveUntil(t, d, "p.y = 20", func(s *Snapshot) bool {
		if len(s.Frames) == 0 || s.Frames[0].Name != "main" || s.Object == nil {
			return false
		}
		for _, b := range s.Object.Layout.Blocks {
			for _, f := range b.Fields {
				if strings.HasSuffix(f.Name, " y") && strings.HasSuffix(f.Value, "→ 20") {
					return true
				}
			}
		}
		return false
	})
}

func TestObjectPaneGoldens(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	s := driveUntil(t, d, "mul with floats", inMulWithFloats)
	if s.Object == nil || s.Object.Layout.Kind != "float" {
		t.Fatalf("object at mul's BINARY_OP: %+v", s.Object)
	}
	checkPaneGoldens(t, "object_float", newObjectPane(paneCommon(s)))

	s = pointAfterStore(t)
	checkPaneGoldens(t, "object_instance", newObjectPane(paneCommon(s)))
}

func TestObjectPaneInstance(t *testing.T) {
	s := pointAfterStore(t)
	c := paneCommon(s)
	c.sel.Value = ValueRef{Local: true, Index: 0}
	p := newObjectPane(c)
	if p.Title() != "Object layout · local p" {
		t.Errorf("title %q", p.Title())
	}
	v := ansi.Strip(paneView(t, p, 76, 30))
	lines := strings.Split(v, "\n")
	if !strings.HasPrefix(lines[0], "PyObject · 56 bytes · type P · version tag ") {
		t.Errorf("header %q", lines[0])
	}
	// The store changed the value pointer of y, and only it.
	var changed []string
	for _, l := range lines {
		if strings.HasPrefix(l, "◆") {
			changed = append(changed, l)
		}
	}
	if len(changed) != 1 || !strings.Contains(changed[0], "values[1] y") {
		t.Errorf("changed rows %q in\n%s", changed, v)
	}
	for _, want := range []string{"-32  values", "-24  dict", "-16  _gc_next", "+8  ob_type", "↳ PyDictValues"} {
		if !strings.Contains(v, want) {
			t.Errorf("no %q in\n%s", want, v)
		}
	}
	// The changed row is highlighted with Styles.Changed too.
	if !strings.Contains(p.View(), c.styles.Changed.Render(changed[0])) {
		t.Errorf("the changed row is not styled")
	}
}

func TestObjectPaneScroll(t *testing.T) {
	s := pointAfterStore(t)
	c := paneCommon(s)
	p := newObjectPane(c)
	p.SetSize(76, 8)
	p.Refresh()
	first := func() string { return strings.SplitN(ansi.Strip(p.View()), "\n", 2)[0] }
	// The first view scrolls to what the step changed: y's value.
	if v := ansi.Strip(p.View()); !strings.Contains(v, "◆") || strings.HasPrefix(v, "PyObject") {
		t.Errorf("the changed field is not in view:\n%s", v)
	}
	p.Update(paneKey("home"))
	head := first()
	if !strings.HasPrefix(head, "PyObject") {
		t.Fatalf("first row %q", head)
	}
	p.Update(paneKey("down"))
	if first() == head {
		t.Errorf("down did not scroll")
	}
	p.Update(paneKey("end"))
	rows, _ := p.rows()
	all := len(rows)
	if p.top != all-8 {
		t.Errorf("end: top %d of %d rows", p.top, all)
	}
	p.Update(paneKey("pgdown"))
	if p.top != all-8 {
		t.Errorf("scrolled past the end: top %d", p.top)
	}
	p.Update(paneKey("home"))
	if first() != head {
		t.Errorf("home: %q", first())
	}
	// Another object starts at the top again.
	p.Update(paneKey("pgdown"))
	c.snap = &Snapshot{Frames: s.Frames}
	p.Refresh()
	if p.top != 0 {
		t.Errorf("top %d after the object went", p.top)
	}
	if v := ansi.Strip(p.View()); !strings.HasPrefix(v, "No value selected.") {
		t.Errorf("no object:\n%s", v)
	}
}
