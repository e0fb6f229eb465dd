package tui

import (
	"slices"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// bytecodeBenchProgram is a function of 2,000 lines `a = b + c * d`
// (six instructions each: more than 12,000), called once.
func bytecodeBenchProgram() *Program {
	var b strings.Builder
	b.WriteString("def f():\n    b, c, d = 1, 2, 3\n")
	for range 2000 {
		b.WriteString("    a = b + c * d\n")
	}
	b.WriteString("    return a\n\nf()\n")
	return &Program{Filename: "/bench/long.py", Source: []byte(b.String())}
}

// benchBytecodePane opens the bytecode pane at 60×28 on f, stopped in
// the middle of it (the IP far from both ends).
func benchBytecodePane(b *testing.B) (*bytecodePane, *bcRig) {
	r := &bcRig{t: b, d: newTestDriver(b, bytecodeBenchProgram())}
	r.c = &common{styles: NewStyles(false), snap: r.d.Wait(), sel: &Selection{Follow: true, Site: -1, Value: ValueRef{Auto: true}}}
	p := newBytecodePane(r.c)
	r.add(p, 60, 28)
	r.stepUntil("in f", func(s *Snapshot) bool { return len(s.Frames) == 2 })
	r.d.Step(6000)
	s := r.take()
	if len(s.Frames) != 2 {
		b.Fatalf("not in f at step %d", s.Step)
	}
	if n := len(p.listing(r.c.snap.Codes[s.Frames[0].CodeID]).instrs); n < 5000 {
		b.Fatalf("f has %d instructions", n)
	}
	return p, r
}

// BenchmarkBytecodeView renders the pane on an unchanged snapshot (the
// listing is formatted once; only the visible rows are styled).
func BenchmarkBytecodeView(b *testing.B) {
	p, _ := benchBytecodePane(b)
	p.View()
	b.ResetTimer()
	for b.Loop() {
		p.View()
	}
}

// BenchmarkBytecodeStep renders the pane after each step: a new
// snapshot, most steps leaving the units as they were.
func BenchmarkBytecodeStep(b *testing.B) {
	p, r := benchBytecodePane(b)
	for b.Loop() {
		b.StopTimer()
		r.d.Step(1)
		r.c.snap = r.d.Wait()
		b.StartTimer()
		p.Refresh()
		p.View()
	}
}

// BenchmarkBytecodeFormat formats the 12,000-instruction listing anew,
// as after a rewrite of one of its instructions.
func BenchmarkBytecodeFormat(b *testing.B) {
	p, r := benchBytecodePane(b)
	cs := r.c.snap.Codes[r.c.snap.Frames[0].CodeID]
	for b.Loop() {
		clear(p.listings)
		p.listing(cs)
	}
}

// BenchmarkBytecodeRewrite reformats the listing after one instruction
// rewrote itself (the listing is patched, not rebuilt).
func BenchmarkBytecodeRewrite(b *testing.B) {
	p, r := benchBytecodePane(b)
	cs := *r.c.snap.Codes[r.c.snap.Frames[0].CodeID]
	l := p.listing(&cs)
	// Two versions of the units, differing in one BINARY_OP's form.
	at := l.ins[len(l.ins)/2].Offset / 2
	for i := range l.ins {
		if in := l.ins[len(l.ins)/2+i]; in.Op.Base() == bytecode.BINARY_OP {
			at = in.Offset / 2
			break
		}
	}
	u1 := slices.Clone(cs.Units)
	u2 := slices.Clone(cs.Units)
	u1[at] = u1[at]&0xff00 | uint16(bytecode.BINARY_OP_ADAPTIVE)
	u2[at] = u2[at]&0xff00 | uint16(bytecode.BINARY_OP_ADD_INT)
	for i := 0; b.Loop(); i++ {
		cs.Units = u1
		if i%2 == 1 {
			cs.Units = u2
		}
		if l := p.listing(&cs); l.rows[l.instrs[l.unitInstr[at]]].op != bytecode.Opcode(cs.Units[at]&0xff) {
			b.Fatal("not patched")
		}
	}
}
