package tui

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/quicken-py/quicken/scenarios"
)

// The recordings kept for compatibility replay clean.
func TestReplayCompatRecordings(t *testing.T) {
	files, _ := filepath.Glob("../scenarios/testdata/qrec/*.qrec")
	if len(files) < 2 {
		t.Fatalf("%d recordings", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			r, err := scenarios.ReadRecording(f)
			if err != nil {
				t.Fatal(err)
			}
			res := mustCheck(t, r)
			if res.Positions != len(r.Positions()) || res.Checkpoints != len(r.Checkpoints) {
				t.Fatalf("%+v", res)
			}
		})
	}
}

func recordMul(t testing.TB) *scenarios.Recording {
	t.Helper()
	r, err := Record(defaultProgram(t), RecordOptions{Every: 200})
	if err != nil {
		t.Fatal(err)
	}
	return roundTrip(t, r)
}

func mustDiverge(t *testing.T, r *scenarios.Recording) *Divergence {
	t.Helper()
	_, err := Check(roundTrip(t, r))
	var dv *Divergence
	if !errors.As(err, &dv) {
		t.Fatalf("check: %v", err)
	}
	return dv
}

// A change to the run is caught at the first step it shows, with the
// event expected and the one seen.
func TestCheckFindsDivergence(t *testing.T) {
	t.Run("program", func(t *testing.T) {
		r := recordMul(t)
		// The floats become ints (the code units stay the same): the
		// specialized BINARY_OP never misses.
		src := strings.ReplaceAll(string(r.Program.Source), "mul(i * 0.5, 3.0)", "mul(i * 11, 13)")
		if src == string(r.Program.Source) {
			t.Fatal("the program changed")
		}
		r.Program.Source = scenarios.Text(src)
		dv := mustDiverge(t, r)
		msg := dv.Error()
		// int * float fails to specialize; int * int specializes.
		if !strings.HasPrefix(msg, "diverged at step ") || !strings.Contains(msg, ": expected failure event at step") ||
			!strings.Contains(msg, ", got rewrite event at step") || !strings.Contains(msg, "BINARY_OP_MULTIPLY_INT") {
			t.Fatalf("%s", msg)
		}
		first := int64(-1)
		for _, e := range r.Events {
			if e.Kind == "failure" {
				first = e.Step
				break
			}
		}
		if dv.Step != first {
			t.Fatalf("diverged at %d, the first failure is at %d: %s", dv.Step, first, msg)
		}
	})
	t.Run("checksum", func(t *testing.T) {
		r := recordMul(t)
		cp := &r.Checkpoints[3]
		cp.Units = "0123456789abcdef"
		dv := mustDiverge(t, r)
		if dv.Step != cp.Step || !strings.Contains(dv.Error(), "expected code units with checksum 0123456789abcdef") {
			t.Fatalf("%v", dv)
		}
	})
	t.Run("output", func(t *testing.T) {
		r := recordMul(t)
		r.Program.Source += "print('more')\n"
		dv := mustDiverge(t, r)
		// The module's code differs from the start.
		if dv.Step != 0 || !strings.Contains(dv.Error(), "code units") {
			t.Fatalf("%v", dv)
		}
	})
	t.Run("landing", func(t *testing.T) {
		r := recordMul(t)
		r.Commands[1].Land -= 3
		dv := mustDiverge(t, r)
		if dv.Command != 2 || !strings.Contains(dv.Error(), "command 2 (continue) to stop at step") {
			t.Fatalf("%v", dv)
		}
	})
	t.Run("vm settings", func(t *testing.T) {
		r := recordMul(t)
		r.VM.NoSpecialize = true
		dv := mustDiverge(t, r)
		if !strings.Contains(dv.Error(), "expected quicken event") {
			t.Fatalf("%v", dv)
		}
	})
}

// A recording whose command would run for ever is stopped once it has
// passed the step where it was recorded to stop.
func TestCheckHostileCommand(t *testing.T) {
	p := &Program{Filename: "/t/forever.py", Source: []byte("while True:\n    pass\n")}
	r, err := Record(p, RecordOptions{Steps: 100})
	if err != nil {
		t.Fatal(err)
	}
	r.Commands[1] = scenarios.Command{Op: scenarios.OpStep, N: 1 << 60, From: 0, Land: 100}
	dv := mustDiverge(t, r)
	if dv.Command != 2 || !strings.Contains(dv.Error(), "to stop at step 100") {
		t.Fatalf("%v", dv)
	}
}

func replayKey(m *ReplayModel, keys ...string) {
	for _, k := range keys {
		m.Update(keyMsg(k))
	}
	m.Update(SnapshotMsg{m.d.Wait()})
}

func TestReplayModel(t *testing.T) {
	r, err := scenarios.ReadRecording("../scenarios/testdata/qrec/v1-session-particles.qrec")
	if err != nil {
		t.Fatal(err)
	}
	d := newTestDriver(t, RecordedProgram(r))
	m := NewReplayModel(d, r, Options{NoColor: true})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 36})
	replayKey(m)
	pos := r.Positions()
	at := func(i int) {
		t.Helper()
		want := r.Commands[pos[i]].Land
		screen := ansi.Strip(m.Render())
		head, _, _ := strings.Cut(screen, "\n")
		if m.c.snap.Step != want || !strings.Contains(head, "replay "+itoa(i+1)+"/"+itoa(len(pos))) {
			t.Fatalf("position %d: step %d, want %d; header %q", i+1, m.c.snap.Step, want, head)
		}
	}
	at(0)
	replayKey(m, ">")
	at(1)
	replayKey(m, "ctrl+n", "ctrl+n")
	at(3)
	replayKey(m, "<")
	at(2)
	// The explorer's keys work too; the position stays.
	step := m.c.snap.Step
	replayKey(m, "s")
	if m.c.snap.Step != step+1 {
		t.Fatalf("s: step %d", m.c.snap.Step)
	}
	replayKey(m, "ctrl+p")
	at(1)
	// The note shows where it was written.
	for i, p := range pos {
		if r.Commands[p].Land == r.Notes[0].Step {
			m.goTo(i)
			if !strings.Contains(m.status, "note: "+string(r.Notes[0].Text)) {
				t.Fatalf("status %q", m.status)
			}
			break
		}
	}
	m.goTo(len(pos))
	if !strings.Contains(m.status, "no position") {
		t.Fatalf("status %q", m.status)
	}
}

// A lesson's recording replays with its lesson: > and < are then the
// lesson's moments.
func TestReplayLesson(t *testing.T) {
	r, err := scenarios.ReadRecording("../scenarios/testdata/qrec/v1-lesson-mul.qrec")
	if err != nil {
		t.Fatal(err)
	}
	l := ReplayLesson(r)
	if l == nil || l.Lesson.Name != "mul" || len(l.Steps) == 0 {
		t.Fatalf("lesson %+v", l)
	}
	m := NewReplayModel(newTestDriver(t, RecordedProgram(r)), r, Options{NoColor: true, Lesson: l})
	replayKey(m)
	replayKey(m, ">")
	if m.at != 0 {
		t.Fatalf("> moved the replay to position %d", m.at+1)
	}
	replayKey(m, "ctrl+n")
	if m.at != 1 || m.c.snap.Step != r.Commands[r.Positions()[1]].Land {
		t.Fatalf("ctrl+n: position %d, step %d", m.at+1, m.c.snap.Step)
	}
	r.Program.Source += "x = 1\n"
	if ReplayLesson(r) != nil {
		t.Fatal("a lesson for another program")
	}
}

// BenchmarkLoadAndSeek1M decodes the recording of a 1,000,000-step run and
// goes to a step near its end, as `quicken replay` does on opening it.
func BenchmarkLoadAndSeek1M(b *testing.B) {
	p := &Program{Filename: "/bench/loop.py", Source: []byte(
		"class P:\n    def __init__(self, x):\n        self.x = x\n\ntotal = 0\nfor i in range(10**7):\n    p = P(i)\n    total += p.x * 2\n")}
	r, err := Record(p, RecordOptions{Steps: 1_000_000})
	if err != nil {
		b.Fatal(err)
	}
	data, err := r.Encode()
	if err != nil {
		b.Fatal(err)
	}
	target := int64(987_654)
	for b.Loop() {
		r, err := scenarios.DecodeRecording(data)
		if err != nil {
			b.Fatal(err)
		}
		d := NewDriver(RecordedProgram(r))
		d.GoTo(target)
		if s := d.Wait(); s.Step != target {
			b.Fatalf("at step %d", s.Step)
		}
		d.Close()
	}
	b.ReportMetric(float64(len(data)), "file-bytes")
}
