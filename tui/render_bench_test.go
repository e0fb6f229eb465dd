package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// bigProgram is a 2,000-line program whose function f compiles to more
// than 5,000 instructions.
func bigProgram() *Program {
	var b strings.Builder
	b.WriteString("def f(b, c, d):\n    a = 0\n")
	for i := 0; i < 860; i++ {
		fmt.Fprintf(&b, "    a = b + c * d + a  # line %d\n", i)
	}
	b.WriteString("    return a\n\n\n")
	for i := 0; b.Len() > 0 && strings.Count(b.String(), "\n") < 1997; i++ {
		fmt.Fprintf(&b, "# filler comment %d\n", i)
	}
	b.WriteString("for i in range(10):\n    f(i, 2, 3)\nprint(f(1, 2, 3))\n")
	return &Program{Filename: "/bench/big.py", Source: []byte(b.String())}
}

// benchModel opens the explorer on the big program at 200×60, stopped
// inside f after it has been quickened.
func benchModel(b *testing.B) *Model {
	p := bigProgram()
	if n := strings.Count(string(p.Source), "\n"); n < 2000 {
		b.Fatalf("the program has %d lines", n)
	}
	m := NewModel(newTestDriver(b, p), false)
	m.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
	settle(m)
	// Into the 9th call of f (quickened by then), by a breakpoint on its
	// first line.
	m.toggleBreakpoint(Breakpoint{Line: 2})
	for calls := 0; calls < 9; calls++ {
		press(m, "c")
	}
	m.toggleBreakpoint(Breakpoint{Line: 2})
	m.d.Step(2000)
	settle(m)
	s := m.c.snap
	c := s.Codes[s.Frames[0].CodeID]
	if n := len(c.Live().Instructions(false, true)); n < 5000 || s.Frames[0].Name != "f" {
		b.Fatalf("in %s with %d instructions", s.Frames[0].Name, n)
	}
	return m
}

// BenchmarkFrame renders the whole 200×60 screen.
func BenchmarkFrame(b *testing.B) {
	m := benchModel(b)
	m.Render()
	for b.Loop() {
		m.Render()
	}
}

// BenchmarkStepFrame steps one instruction and renders the screen: the
// driver's snapshot, the panes' refresh and the frame.
func BenchmarkStepFrame(b *testing.B) {
	m := benchModel(b)
	for b.Loop() {
		m.d.Step(1)
		m.Update(SnapshotMsg{m.d.Wait()})
		m.Render()
	}
}
