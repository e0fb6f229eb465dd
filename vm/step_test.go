package vm

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"strings"
	"testing"
	"time"
)

// hashListener hashes every event it sees.
type hashListener struct {
	h      [32]byte
	n      int
	buf    []byte
	instrs bool
}

func (l *hashListener) WantInstructions() bool { return l.instrs }

func (l *hashListener) Event(e *Event) {
	l.n++
	l.buf = binary.AppendVarint(l.buf, int64(e.Kind))
	l.buf = binary.AppendVarint(l.buf, e.Step)
	l.buf = binary.AppendVarint(l.buf, int64(e.Offset))
	l.buf = append(l.buf, e.Opcode)
	l.buf = binary.AppendVarint(l.buf, int64(e.Oparg))
	l.buf = binary.AppendVarint(l.buf, int64(e.Depth))
	l.buf = binary.AppendVarint(l.buf, int64(e.Version))
	l.buf = binary.AppendVarint(l.buf, int64(e.Count))
	l.buf = binary.AppendUvarint(l.buf, uint64(e.Handle))
	if e.Type != nil {
		l.buf = append(l.buf, e.Type.Name...)
	}
	if e.Code != nil {
		l.buf = append(l.buf, e.Code.QualName...)
	}
	if len(l.buf) > 1<<16 {
		l.flush()
	}
}

func (l *hashListener) flush() {
	l.h = sha256.Sum256(append(l.h[:], l.buf...))
	l.buf = l.buf[:0]
}

const stepProgram = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def gen(n):
    i = 0
    while i < n:
        yield i * 2
        i += 1

total = 0
for x in gen(50):
    total = total + x
print(fib(12), total, 2**70 // 3)
`

func newTestSession(t *testing.T, src string, out *bytes.Buffer) *Session {
	t.Helper()
	code, err := Compile([]byte(src), "/tmp/prog.py")
	if err != nil {
		t.Fatal(err)
	}
	m := New(Options{Stdout: out, Stderr: out})
	return NewSession(m, code)
}

// TestStepCountsEveryInstruction steps a program to its end one
// instruction at a time and checks the count and output agree with a run
// in one go.
func TestStepCountsEveryInstruction(t *testing.T) {
	var out1, out2 bytes.Buffer
	s1 := newTestSession(t, stepProgram, &out1)
	st, err := s1.Run(-1)
	if err != nil || !st.Done {
		t.Fatalf("run: %v %+v", err, st)
	}
	s2 := newTestSession(t, stepProgram, &out2)
	var steps int64
	for {
		st2, err := s2.Step()
		if err != nil {
			t.Fatal(err)
		}
		steps++
		if st2.Done {
			break
		}
		if st2.Steps != steps && !st2.Done {
			t.Fatalf("after %d Step calls the machine counts %d", steps, st2.Steps)
		}
	}
	if steps != st.Steps {
		t.Errorf("stepping took %d steps, running %d", steps, st.Steps)
	}
	if out1.String() != out2.String() || out1.String() != "144 2450 393530540239137101141\n" {
		t.Errorf("outputs differ: %q vs %q", out1.String(), out2.String())
	}
}

// TestEventStreamDeterministic runs the same program twice with an
// instruction listener and compares the hashes of the event streams.
func TestEventStreamDeterministic(t *testing.T) {
	var sums [2][32]byte
	var counts [2]int
	for i := range sums {
		var out bytes.Buffer
		s := newTestSession(t, stepProgram, &out)
		l := &hashListener{instrs: true}
		s.Machine().SetListener(l)
		st, err := s.Run(-1)
		if err != nil || !st.Done {
			t.Fatalf("run %d: %v", i, err)
		}
		l.flush()
		sums[i], counts[i] = l.h, l.n
		if int64(l.n) < st.Steps {
			t.Errorf("run %d: %d events for %d steps", i, l.n, st.Steps)
		}
	}
	if sums[0] != sums[1] || counts[0] != counts[1] {
		t.Errorf("event streams differ: %x (%d events) vs %x (%d events)", sums[0], counts[0], sums[1], counts[1])
	}
}

// TestPauseInfiniteLoop pauses a program stuck in an infinite loop.
func TestPauseInfiniteLoop(t *testing.T) {
	var out bytes.Buffer
	s := newTestSession(t, "i = 0\nwhile True:\n    i += 1\n", &out)
	done := make(chan Status)
	go func() {
		st, _ := s.Run(-1)
		done <- st
	}()
	time.Sleep(20 * time.Millisecond)
	s.Pause()
	select {
	case st := <-done:
		if st.Done || st.Steps == 0 {
			t.Fatalf("after Pause: %+v", st)
		}
		// It can go on, and be paused again.
		st2, err := s.Run(10)
		if err != nil || st2.Steps != st.Steps+10 {
			t.Fatalf("Run(10) after pause: %+v %v", st2, err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Pause did not stop the loop")
	}
	s.Close()
}

// TestInterruptRaisesKeyboardInterrupt interrupts an infinite loop the
// way Ctrl-C does.
func TestInterruptRaisesKeyboardInterrupt(t *testing.T) {
	var out bytes.Buffer
	s := newTestSession(t, "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('interrupted')\n", &out)
	if _, err := s.Run(100); err != nil {
		t.Fatal(err)
	}
	s.Machine().Interrupt()
	st, err := s.Run(-1)
	if err != nil || !st.Done || st.Outcome.ExitStatus != 0 {
		t.Fatalf("%+v %v", st, err)
	}
	if got := out.String(); got != "interrupted\n" {
		t.Errorf("output %q", got)
	}
}

// TestCloseStopsRunningProgram closes a session paused inside a nested
// Python call (a generator resumed from Go).
func TestCloseStopsRunningProgram(t *testing.T) {
	var out bytes.Buffer
	s := newTestSession(t, stepProgram, &out)
	if _, err := s.Run(300); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if !strings.Contains(out.String(), "") {
		t.Fatal("unreachable")
	}
}

// RunUntil stops exactly before the first instruction its predicate
// accepts, never at the instruction it starts from, and the steps it
// reports are the ones Run(n) would reach the same place with.
func TestRunUntilStopsAtPredicate(t *testing.T) {
	var out bytes.Buffer
	s := newTestSession(t, stepProgram, &out)
	defer s.Close()
	if _, err := s.Run(0); err != nil {
		t.Fatal(err)
	}
	m := s.Machine()
	// Step into the first call: the first instruction deeper than main.
	st, err := s.RunUntil(-1, func(f *Frame) bool { return m.Depth() > 1 })
	if err != nil || st.Done {
		t.Fatalf("RunUntil: %+v %v", st, err)
	}
	f := m.CurrentFrame()
	if m.Depth() != 2 || f.Code.Name != "gen" || f.PC != 0 {
		t.Fatalf("stopped at depth %d in %s @%d, want gen @0 at depth 2", m.Depth(), f.Code.Name, f.PC)
	}
	at := st.Steps
	// A predicate that always holds stops after one instruction: never
	// where it starts.
	st, _ = s.RunUntil(-1, func(f *Frame) bool { return true })
	if st.Steps != at+1 {
		t.Fatalf("second RunUntil stopped at step %d, want %d", st.Steps, at+1)
	}
	// A fresh session reaches the same frame with Run(at).
	s2 := newTestSession(t, stepProgram, &bytes.Buffer{})
	defer s2.Close()
	st2, _ := s2.Run(at)
	if f2 := s2.Machine().CurrentFrame(); st2.Steps != at || f2.Code.Name != "gen" || f2.PC != 0 {
		t.Fatalf("Run(%d) reached %s @%d at step %d", at, f2.Code.Name, f2.PC, st2.Steps)
	}
	// The step budget still bounds a predicate that never holds.
	st, _ = s.RunUntil(10, func(*Frame) bool { return false })
	if st.Steps != at+1+10 {
		t.Fatalf("budgeted RunUntil ended at %d, want %d", st.Steps, at+11)
	}
}
