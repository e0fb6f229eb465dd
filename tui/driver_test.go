package tui

import (
	"strings"
	"testing"

	"github.com/quicken-py/quicken/scenarios"
	"github.com/quicken-py/quicken/vm/bytecode"
)

func defaultProgram(t testing.TB) *Program {
	t.Helper()
	src, err := scenarios.Source(scenarios.Default)
	if err != nil {
		t.Fatal(err)
	}
	return &Program{Title: scenarios.Default, Filename: "/lessons/" + scenarios.Default, Source: src}
}

func newTestDriver(t testing.TB, p *Program) *Driver {
	t.Helper()
	d := NewDriver(p)
	t.Cleanup(d.Close)
	return d
}

// opAt returns the opcode at code unit at of the code named name.
func opAt(s *Snapshot, name string, at int) bytecode.Opcode {
	for _, c := range s.Codes {
		if c.Code.QualName == name {
			return bytecode.Opcode(c.Units[at] & 0xff)
		}
	}
	return 0
}

func TestDriverStepsAndRewinds(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	s := d.Wait()
	if s.Step != 0 || s.State != Paused || len(s.Frames) != 1 || s.Frames[0].Name != "<module>" {
		t.Fatalf("start: step %d state %v frames %+v", s.Step, s.State, s.Frames)
	}
	// Step until mul's BINARY_OP (code unit 3) is specialized.
	var at int64
	for i := 0; i < 5000; i++ {
		d.Step(1)
		s = d.Wait()
		if op := opAt(s, "mul", 3); op == bytecode.BINARY_OP_MULTIPLY_INT {
			at = s.Step
			break
		}
	}
	if at == 0 {
		t.Fatal("BINARY_OP never became BINARY_OP_MULTIPLY_INT")
	}
	var sawRewrite bool
	for _, e := range s.Events {
		if e.Kind == EvSpecialize && strings.Contains(e.Text, "BINARY_OP_MULTIPLY_INT") {
			sawRewrite = true
		}
	}
	if !sawRewrite {
		t.Errorf("no rewrite event among %d", len(s.Events))
	}
	// One step back: the site is adaptive again, and the run was redone.
	run := s.Run
	d.Back(1)
	s = d.Wait()
	if s.Step != at-1 || s.Run == run {
		t.Fatalf("back: step %d run %d, want %d and a new run", s.Step, s.Run, at-1)
	}
	if op := opAt(s, "mul", 3); op != bytecode.BINARY_OP_ADAPTIVE {
		t.Fatalf("after back: %v", op)
	}
	// Forward again reaches the same state.
	d.Step(1)
	s = d.Wait()
	if op := opAt(s, "mul", 3); op != bytecode.BINARY_OP_MULTIPLY_INT || s.Step != at {
		t.Fatalf("forward again: %v at %d", op, s.Step)
	}
	// Continue runs to the end.
	d.Continue()
	s = d.Wait()
	if s.State != Ended || !strings.Contains(string(s.Output.Text), "42 6.0") {
		t.Fatalf("continue: state %v output %q", s.State, s.Output.Text)
	}
	if op := opAt(s, "mul", 3); op != bytecode.BINARY_OP_MULTIPLY_FLOAT {
		t.Fatalf("at the end: %v", op)
	}
}

// Commands queue: a step sent while a rewind is under way steps from
// where the rewind lands.
func TestDriverQueuedCommands(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	d.GoTo(500)
	d.Back(1)
	d.Step(1)
	d.Back(3)
	d.Step(2)
	if s := d.Wait(); s.Step != 499 || s.State != Paused {
		t.Fatalf("step %d (%v), want 499", s.Step, s.State)
	}
}
