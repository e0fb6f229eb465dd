package tui

import (
	"fmt"
	"strings"
	"testing"
)

// benchSource is a generated 2,000-line program: 400 five-line
// functions, then a loop calling the one in the middle.
func benchSource() (src []byte, stopLine int) {
	var b strings.Builder
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&b, "def f%d(a, b):\n", i)
		fmt.Fprintf(&b, "    # step %d: multiply, then format the result for the log\n", i)
		fmt.Fprintf(&b, "    c = a * b + %d\n", i)
		fmt.Fprintf(&b, "    s = \"value %%d of f%d\" %% c\n", i)
		b.WriteString("    return len(s) + c if c > 0 else None\n")
	}
	b.WriteString("for i in range(20):\n    f200(i, 2.5)\n")
	return []byte(b.String()), 200*5 + 3
}

// benchSourcePane is the source pane of a 200×60 screen on the generated
// program, stopped in f200 after it has warmed up.
func benchSourcePane(b *testing.B) *sourcePane {
	src, line := benchSource()
	d := newTestDriver(b, &Program{Title: "bench", Filename: "bench.py", Source: src})
	d.SetBreakpoints([]Breakpoint{{Line: line}})
	var s *Snapshot
	for range 10 {
		d.Continue()
		s = d.Wait()
	}
	if len(s.Frames) == 0 || s.Frames[0].Line != line {
		b.Fatalf("not stopped at line %d: %v %q", line, s.State, s.Why)
	}
	c := &common{styles: NewStyles(false), snap: s, sel: &Selection{Follow: true, Site: -1}}
	p := newSourcePane(c)
	p.SetSize(100, 58)
	p.SetFocused(true)
	p.Refresh()
	p.Update(srcKey("up"))
	return p
}

// BenchmarkSourceView draws the pane as each frame does: only the visible
// rows, the plain ones from the row cache.
func BenchmarkSourceView(b *testing.B) {
	p := benchSourcePane(b)
	p.View()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		p.View()
	}
}

// BenchmarkSourceRefreshView takes in a new snapshot, then draws: the
// cost of a step.
func BenchmarkSourceRefreshView(b *testing.B) {
	p := benchSourcePane(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		p.Refresh()
		p.View()
	}
}

// BenchmarkSourceFirstView draws a program's first frame: the lines in
// view are lexed then, the rest as they come into view.
func BenchmarkSourceFirstView(b *testing.B) {
	p := benchSourcePane(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		p.hl = nil
		p.Refresh()
		p.View()
	}
}

// BenchmarkSourceHighlightAll lexes the whole file, for comparison.
func BenchmarkSourceHighlightAll(b *testing.B) {
	src, _ := benchSource()
	b.ReportAllocs()
	for b.Loop() {
		h := highlight(src)
		for i := 0; i < h.len(); i++ {
			h.line(i)
		}
	}
}
