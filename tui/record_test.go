package tui

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quicken-py/quicken/scenarios"
)

var writeQrec = flag.Bool("write-qrec", false, "add the compatibility recordings missing from ../scenarios/testdata/qrec (never replaces one)")

// roundTrip encodes and decodes r.
func roundTrip(t testing.TB, r *scenarios.Recording) *scenarios.Recording {
	t.Helper()
	b, err := r.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := scenarios.DecodeRecording(b)
	if err != nil {
		t.Fatal(err)
	}
	return back
}

func mustCheck(t testing.TB, r *scenarios.Recording) CheckResult {
	t.Helper()
	res, err := Check(r)
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	return res
}

func TestRecordHeadless(t *testing.T) {
	r, err := Record(defaultProgram(t), RecordOptions{Every: 500})
	if err != nil {
		t.Fatal(err)
	}
	r = roundTrip(t, r)
	if len(r.Commands) != 2 || r.Commands[0].Op != scenarios.OpStart || r.Commands[1].Op != scenarios.OpContinue || r.Commands[1].Cut {
		t.Fatalf("commands %+v", r.Commands)
	}
	end := r.Commands[1].Land
	// A checkpoint every 500 steps, and one at each position.
	if want := int(end/500) + 2; len(r.Checkpoints) != want || r.Checkpoints[len(r.Checkpoints)-1].Step != end {
		t.Fatalf("%d checkpoints (want %d) up to step %d", len(r.Checkpoints), want, end)
	}
	if r.EventsTo != end || len(r.Events) == 0 {
		t.Fatalf("%d events to step %d", len(r.Events), r.EventsTo)
	}
	res := mustCheck(t, r)
	if res.Positions != 2 || res.Checkpoints != len(r.Checkpoints) {
		t.Fatalf("%+v", res)
	}
	// --steps stops there.
	r, err = Record(defaultProgram(t), RecordOptions{Steps: 777, Every: 100})
	if err != nil {
		t.Fatal(err)
	}
	if c := r.Commands[1]; c.Op != scenarios.OpGoto || c.N != 777 || c.Land != 777 || r.EventsTo != 777 {
		t.Fatalf("%+v to %d", c, r.EventsTo)
	}
	mustCheck(t, r)
}

// A run that never ends is paused by the timeout: the recording ends
// where it was paused, and replays exactly.
func TestRecordTimeout(t *testing.T) {
	p := &Program{Filename: "/t/forever.py", Source: []byte("i = 0\nwhile True:\n    i += 1\n    if i % 1000 == 0:\n        print(i)\n")}
	r, err := Record(p, RecordOptions{Timeout: 50 * time.Millisecond, Every: 50_000})
	if err != nil {
		t.Fatal(err)
	}
	c := r.Commands[1]
	if len(r.Commands) != 3 || c.Op != scenarios.OpContinue || !c.Cut || c.Land == 0 || r.Commands[2].Op != scenarios.OpPause {
		t.Fatalf("%+v", r.Commands)
	}
	mustCheck(t, roundTrip(t, r))
}

// An explorer session, recorded: every kind of command, a breakpoint, a
// note, commands cut short; the recording replays clean.
func TestRecordSession(t *testing.T) {
	t.Chdir(t.TempDir())
	m := newTestModel(t, defaultProgram(t), 120, 36)
	press(m, "s", "s") // before recording: the recording starts at step 2
	m.toggleRecording()
	if !m.recording() || !strings.Contains(m.status, "recording") {
		t.Fatalf("status %q", m.status)
	}
	press(m, "s", "s", "s")
	press(m, "b")
	press(m, "o")
	press(m, "g", "3", "0", "0", "enter")
	if !m.addNote("three hundred") {
		t.Fatal("addNote while recording")
	}
	press(m, "n")
	m.toggleBreakpoint(Breakpoint{Line: 2})
	press(m, "c")
	press(m, "c")
	m.toggleBreakpoint(Breakpoint{Line: 2})
	press(m, "u")
	press(m, "R")
	press(m, "g", "9", "0", "0", "enter")
	// Commands given faster than they complete: each cuts the last.
	m.d.GoTo(1200)
	m.d.Back(5)
	m.d.Continue()
	m.d.Pause()
	settle(m)
	end := m.c.snap.Step
	m.toggleRecording()
	if m.recording() || !strings.Contains(m.status, "quicken-mul-1.qrec") {
		t.Fatalf("status %q", m.status)
	}
	r, err := scenarios.ReadRecording("quicken-mul-1.qrec")
	if err != nil {
		t.Fatal(err)
	}
	var ops []string
	for _, c := range r.Commands {
		ops = append(ops, c.Op)
	}
	want := "start step step step back over goto next-event breakpoints continue continue breakpoints out restart goto goto back continue"
	if got := strings.Join(ops, " "); !strings.HasPrefix(got, want) {
		t.Fatalf("ops:\n got %s\nwant %s…", got, want)
	}
	if c := r.Commands[0]; c.Land != 2 {
		t.Fatalf("start %+v", c)
	}
	if c := r.Commands[len(r.Commands)-1]; c.Land != end {
		t.Fatalf("last %+v, the session ended at step %d", c, end)
	}
	if len(r.Notes) != 1 || r.Notes[0].Step != 300 || r.Screen == nil || r.Screen.Width != 120 {
		t.Fatalf("notes %+v screen %+v", r.Notes, r.Screen)
	}
	res := mustCheck(t, r)
	if res.Positions != len(r.Positions()) || res.Checkpoints == 0 {
		t.Fatalf("%+v", res)
	}
	// A second recording takes the next name.
	m.toggleRecording()
	press(m, "s")
	m.toggleRecording()
	if !strings.Contains(m.status, "quicken-mul-2.qrec") {
		t.Fatalf("status %q", m.status)
	}
	if m.addNote("x") {
		t.Fatal("addNote without a recording")
	}
}

// A recording started and stopped with nothing in between records where
// the session stood.
func TestRecordNothing(t *testing.T) {
	t.Chdir(t.TempDir())
	m := newTestModel(t, defaultProgram(t), 80, 24)
	press(m, "s", "s", "s")
	m.toggleRecording()
	m.toggleRecording()
	r, err := scenarios.ReadRecording("quicken-mul-1.qrec")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Commands) != 1 || r.Commands[0].Land != 3 || len(r.Checkpoints) != 1 {
		t.Fatalf("%+v %+v", r.Commands, r.Checkpoints)
	}
	mustCheck(t, r)
}

func TestRecordUnwritable(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	if f, err := os.Create("probe"); err == nil {
		f.Close()
		t.Skip("the directory is writable anyway (running as root)")
	}
	m := newTestModel(t, defaultProgram(t), 80, 24)
	m.toggleRecording()
	press(m, "s")
	m.toggleRecording()
	if !strings.Contains(m.status, "recording not saved") {
		t.Fatalf("status %q", m.status)
	}
}

func TestRecordedProgramRoundTrip(t *testing.T) {
	p := &Program{Title: "t", Filename: "/x/caf\xe9.py", Source: []byte("import sys\nprint(sys.argv, input())\n"),
		Stdin: []byte("hello\n"), Argv: []string{"caf\xe9.py", "a"}, NoSpecialize: true}
	r, err := Record(p, RecordOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r = roundTrip(t, r)
	back := RecordedProgram(r)
	if back.Title != p.Title || back.Filename != p.Filename || string(back.Source) != string(p.Source) ||
		string(back.Stdin) != string(p.Stdin) || strings.Join(back.Argv, "|") != strings.Join(p.Argv, "|") || !back.NoSpecialize {
		t.Fatalf("%+v", back)
	}
	mustCheck(t, r)
}

// compatRecordings makes the recordings kept in
// ../scenarios/testdata/qrec (under -write-qrec, for those missing).
func TestCompatRecordingsWrite(t *testing.T) {
	if !*writeQrec {
		t.Skip("-write-qrec not set")
	}
	dir, _ := filepath.Abs(filepath.Join("..", "scenarios", "testdata", "qrec"))
	os.MkdirAll(dir, 0o755)
	write := func(name string, r *scenarios.Recording) {
		err := scenarios.WriteRecording(filepath.Join(dir, name), r, false)
		if err != nil && !errors.Is(err, os.ErrExist) {
			t.Fatal(err)
		}
	}
	// A lesson, recorded headless.
	l, err := scenarios.LessonByName("mul")
	if err != nil {
		t.Fatal(err)
	}
	text, _ := scenarios.LessonText("mul")
	src, _ := l.Program()
	r, err := Record(&Program{Title: l.Title, Filename: l.Filename(), Source: []byte(src)},
		RecordOptions{Every: 250, Lesson: &scenarios.RecordedLesson{Name: l.Name, Text: scenarios.Text(text)}})
	if err != nil {
		t.Fatal(err)
	}
	write("v1-lesson-mul.qrec", r)
	// A program with input and arguments, to step 20,000.
	fib, _ := scenarios.Source("fibonacci.py")
	r, err = Record(&Program{Filename: "/scenarios/fibonacci.py", Source: fib, Argv: []string{"fibonacci.py", "x"}, Stdin: []byte("in\n")},
		RecordOptions{Steps: 20_000, Every: 2_000})
	if err != nil {
		t.Fatal(err)
	}
	write("v1-fibonacci-20000.qrec", r)
	// An explorer session.
	t.Chdir(t.TempDir())
	src2, _ := scenarios.Source("particles.py")
	m := newTestModel(t, &Program{Title: "particles.py", Filename: "/scenarios/particles.py", Source: src2}, 120, 36)
	m.toggleRecording()
	press(m, "s", "s", "s", "o", "n", "n", "b")
	m.addNote("after two events, one step back")
	m.toggleBreakpoint(Breakpoint{Line: 10})
	press(m, "c")
	press(m, "c")
	press(m, "u", "g", "5", "0", "0", "enter")
	m.toggleRecording()
	r, err = scenarios.ReadRecording("quicken-particles-1.qrec")
	if err != nil {
		t.Fatalf("%v (%s)", err, m.status)
	}
	write("v1-session-particles.qrec", r)
}
