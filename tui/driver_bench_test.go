package tui

import "testing"

// BenchmarkStepBack1M steps back from step 1,000,000 of a loop: the
// program is re-executed from its start to step 999,999.
func BenchmarkStepBack1M(b *testing.B) {
	p := &Program{Filename: "/bench/loop.py", Source: []byte(
		"class P:\n    def __init__(self, x):\n        self.x = x\n\ntotal = 0\nfor i in range(10**7):\n    p = P(i)\n    total += p.x * 2\n")}
	d := newTestDriver(b, p)
	d.GoTo(1_000_000)
	if s := d.Wait(); s.Step != 1_000_000 {
		b.Fatalf("at step %d: %v %s %s %s", s.Step, s.State, s.Why, s.Output.Text, s.Internal)
	}
	for b.Loop() {
		d.Back(1)
		d.Step(1)
		if s := d.Wait(); s.Step != 1_000_000 {
			b.Fatalf("at step %d", s.Step)
		}
	}
}
