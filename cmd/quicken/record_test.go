package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/scenarios"
)

func TestRecordAndReplayCheck(t *testing.T) {
	dir := t.TempDir()
	prog := writeFile(t, "count.py", "import sys\nt = 0\nfor i in range(3000):\n    t += i * 2\nprint(t, sys.argv[1:], input())\n")
	stdin := writeFile(t, "in.txt", "typed\n")
	out := filepath.Join(dir, "s.qrec")
	r := runCLI(t, "record", prog, "-o", out, "--every", "1000", "--stdin", stdin, "--", "a", "-b")
	if r.status != 0 || !strings.Contains(r.stdout, "(to the end)") || !strings.Contains(r.stdout, "→ "+out) {
		t.Fatalf("record: %d %q %q", r.status, r.stdout, r.stderr)
	}
	rec, err := scenarios.ReadRecording(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(func() []string {
		var s []string
		for _, a := range rec.Program.Argv {
			s = append(s, string(a))
		}
		return s
	}(), " "); got != prog+" a -b" || rec.Program.Stdin != "typed\n" {
		t.Fatalf("argv %q stdin %q", got, rec.Program.Stdin)
	}
	r = runCLI(t, "replay", "--check", out)
	if r.status != 0 || !strings.HasPrefix(r.stdout, "ok: 2 positions, ") || !strings.HasSuffix(r.stdout, " checksums verified\n") {
		t.Fatalf("check: %d %q %q", r.status, r.stdout, r.stderr)
	}
	// Never overwritten without --force.
	before, _ := os.ReadFile(out)
	r = runCLI(t, "record", "-o", out, "--steps", "10", prog)
	if r.status != 2 || !strings.Contains(r.stderr, "exists (use --force to replace it)") {
		t.Fatalf("overwrite: %d %q", r.status, r.stderr)
	}
	if now, _ := os.ReadFile(out); string(now) != string(before) {
		t.Fatal("the recording changed")
	}
	r = runCLI(t, "record", "-o", out, "--steps", "10", "--force", prog)
	if r.status != 0 || !strings.Contains(r.stdout, "to step 10") {
		t.Fatalf("--force: %d %q %q", r.status, r.stdout, r.stderr)
	}
	// A lesson, by name.
	lesson := filepath.Join(dir, "mul.qrec")
	r = runCLI(t, "record", "mul", "-o", lesson)
	if r.status != 0 || !strings.Contains(r.stdout, "recorded lesson ") {
		t.Fatalf("lesson: %d %q %q", r.status, r.stdout, r.stderr)
	}
	if rec, err := scenarios.ReadRecording(lesson); err != nil || rec.Lesson == nil || rec.Lesson.Name != "mul" || !strings.HasPrefix(string(rec.Lesson.Text), "title:") {
		t.Fatalf("lesson recording: %+v %v", rec, err)
	}
}

func TestReplayCheckDivergence(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "s.qrec")
	if r := runCLI(t, "record", "mul", "-o", out); r.status != 0 {
		t.Fatal(r.stderr)
	}
	rec, _ := scenarios.ReadRecording(out)
	cp := &rec.Checkpoints[len(rec.Checkpoints)-1]
	cp.OutputSum = "00000000deadbeef"
	if err := scenarios.WriteRecording(out, rec, true); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "replay", "--check", out)
	if r.status != 1 || !strings.Contains(r.stdout, "diverged at step ") || !strings.Contains(r.stdout, "expected ") || !strings.Contains(r.stdout, "(checksum 00000000deadbeef), got ") {
		t.Fatalf("%d %q %q", r.status, r.stdout, r.stderr)
	}
}

func TestReplayBadFiles(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("../../scenarios/testdata/qrec/v1-lesson-mul.qrec")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
		msg  string
	}{
		{"cut.qrec", good[:len(good)/3], "cut.qrec: truncated: the header promises"},
		{"flip.qrec", append(append([]byte{}, good[:100]...), append([]byte{good[100] ^ 1}, good[101:]...)...), "flip.qrec: corrupt: the checksum does not match"},
		{"prog.py", []byte("print(1)\n"), `prog.py: not a recording: it does not start with "quicken-recording"`},
	} {
		path := filepath.Join(dir, tc.name)
		os.WriteFile(path, tc.data, 0o644)
		r := runCLI(t, "replay", "--check", path)
		if r.status != 2 || !strings.Contains(r.stderr, tc.msg) || strings.Contains(r.stderr, "panic") {
			t.Errorf("%s: %d %q", tc.name, r.status, r.stderr)
		}
	}
	r := runCLI(t, "replay", "--check", filepath.Join(dir, "missing.qrec"))
	if r.status != 2 || !strings.Contains(r.stderr, "no such file") {
		t.Errorf("missing: %d %q", r.status, r.stderr)
	}
	for _, args := range [][]string{
		{"record", "x.py"},
		{"record", "-o", "x.qrec"},
		{"record", "-o", "x.qrec", "--steps", "5", "--to-end", "x.py"},
		{"replay"},
		{"replay", "--check", "--export", "x.cast", "x.qrec"},
		{"replay", "--export", "x.cast", "--size", "5x5", "x.qrec"},
	} {
		if r := runCLI(t, args...); r.status != 2 || !strings.Contains(r.stderr, "usage: quicken ") {
			t.Errorf("%v: %d %q", args, r.status, r.stderr)
		}
	}
	// A program that does not compile is not recorded.
	bad := writeFile(t, "bad.py", "def f(:\n")
	out := filepath.Join(dir, "bad.qrec")
	if r := runCLI(t, "record", "-o", out, bad); r.status != 1 || !strings.Contains(r.stderr, "SyntaxError") {
		t.Errorf("syntax error: %d %q", r.status, r.stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("bad.qrec written")
	}
}

func TestReplayExport(t *testing.T) {
	dir := t.TempDir()
	cast := filepath.Join(dir, "s.cast")
	src := "../../scenarios/testdata/qrec/v1-session-particles.qrec"
	r := runCLI(t, "replay", src, "--export", cast, "--size", "90x28")
	if r.status != 0 || !strings.HasPrefix(r.stdout, "wrote "+cast) {
		t.Fatalf("%d %q %q", r.status, r.stdout, r.stderr)
	}
	f, err := os.Open(cast)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	sc.Scan()
	var h map[string]any
	if err := json.Unmarshal(sc.Bytes(), &h); err != nil || h["version"] != 2.0 || h["width"] != 90.0 || h["height"] != 28.0 {
		t.Fatalf("header %v %v", h, err)
	}
	n := 0
	for sc.Scan() {
		var ev []any
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil || len(ev) != 3 || ev[1] != "o" {
			t.Fatalf("event %d: %v", n, err)
		}
		n++
	}
	if n != 12 {
		t.Fatalf("%d events", n)
	}
	if r := runCLI(t, "replay", src, "--export", cast); r.status != 2 || !strings.Contains(r.stderr, "exists") {
		t.Fatalf("overwrite: %d %q", r.status, r.stderr)
	}
}
