package scenarios

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLessonsParse parses every built-in lesson file and checks what
// the picker and the explorer rely on.
func TestLessonsParse(t *testing.T) {
	files, err := filepath.Glob("lessons/*.lesson")
	if err != nil || len(files) < 12 {
		t.Fatalf("lessons/*.lesson: %d files, %v", len(files), err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		l, err := ParseLesson(filepath.Base(f), b)
		if err != nil {
			t.Error(err)
			continue
		}
		if l.Summary == "" || len(l.Moments) == 0 || len(l.Drive) == 0 {
			t.Errorf("%s: summary %q, %d moments, %d drive actions: a built-in lesson needs all three", f, l.Summary, len(l.Moments), len(l.Drive))
		}
		for _, m := range l.Moments {
			if m.Narration == "" {
				t.Errorf("%s:%d: moment %q has no narration", f, m.Line, m.Selector.Text)
			}
		}
	}
	if got := len(Lessons()); got != len(files) {
		t.Errorf("Lessons() = %d lessons, want %d", got, len(files))
	}
}

const goodLesson = `title: T
summary: S

== source
def f(x):
    return x + 1

== drive
call f(1) times 8
run y = 2

== moment first rewrite at line 2
Narration.
expect f @6 is BINARY_OP_ADD_INT
expect f @6 counter = 53

== moment after drive 2
expect output ""
`

func TestParseLesson(t *testing.T) {
	l, err := ParseLesson("lessons/07-t.lesson", []byte(goodLesson))
	if err != nil {
		t.Fatal(err)
	}
	if l.Name != "07-t" || l.File != "lessons/07-t.lesson" || l.Title != "T" || l.Summary != "S" {
		t.Errorf("header: %+v", l)
	}
	if len(l.Drive) != 2 || l.Drive[0] != (Action{Line: 9, Code: "f(1)", Times: 8}) || l.Drive[1] != (Action{Line: 10, Code: "y = 2"}) {
		t.Errorf("drive: %+v", l.Drive)
	}
	if len(l.Moments) != 2 {
		t.Fatalf("moments: %+v", l.Moments)
	}
	m := l.Moments[0]
	if m.Line != 12 || m.Selector.Kind != AtEvent || m.Selector.Event != "rewrite" || m.Selector.N != 1 || m.Selector.Line != 2 || m.Narration != "Narration." {
		t.Errorf("moment 1: %+v", m)
	}
	if len(m.Expects) != 2 || m.Expects[0].Kind != ExpectForm || m.Expects[0].Op != "BINARY_OP_ADD_INT" ||
		m.Expects[1].Kind != ExpectCache || m.Expects[1].Field != "counter" || m.Expects[1].Value != 53 || m.Expects[1].Line != 15 {
		t.Errorf("expects: %+v", m.Expects)
	}
	src, ends := l.Program()
	want := "def f(x):\n    return x + 1\n\n# driven by the lesson\nfor _ in range(8):\n    f(1)\ny = 2\n"
	if src != want || len(ends) != 2 || ends[0] != 6 || ends[1] != 7 {
		t.Errorf("Program() = %q, %v", src, ends)
	}
}

// TestParseLessonErrors: each malformed lesson is reported at its line.
func TestParseLessonErrors(t *testing.T) {
	head := "title: T\n== source\nx = 1\n"
	for _, tc := range []struct {
		name, text, want string
	}{
		{"unknown section", head + "== drives\ncall f()\n", "bad.lesson:4: unknown section \"drives\""},
		{"bad selector", head + "== moment frist rewrite\n", "bad.lesson:4: unknown moment selector \"frist rewrite\""},
		{"unknown event", head + "== moment first rewrites at line 2\n", "bad.lesson:4: unknown event kind \"rewrites\""},
		{"bad step", head + "== moment step -1\n", "bad.lesson:4: step \"-1\": expected a step number"},
		{"bad line", head + "== moment line x\n", "bad.lesson:4: line \"x\": expected a line number"},
		{"bad expect", head + "== moment end\nexpect f 6 is X\n", "bad.lesson:5: expected \"expect FUNC @OFFSET is OPNAME\""},
		{"odd offset", head + "== moment end\nexpect f @5 is X\n", "bad.lesson:5: @5: expected an even byte offset"},
		{"bad value", head + "== moment end\nexpect f @6 counter = x\n", "bad.lesson:5: counter = x: expected a decimal value"},
		{"bad drive action", head + "== drive\njump f()\n", "bad.lesson:5: unknown drive action \"jump\""},
		{"bad times", head + "== drive\ncall f() times 0\n", "bad.lesson:5: call: \"0\" is not a repeat count"},
		{"empty run", head + "== drive\nrun\n", "bad.lesson:5: run: expected a Python statement"},
		{"missing title", "summary: S\n== source\nx = 1\n", "bad.lesson:1: missing \"title: …\" header"},
		{"unknown header", "titel: T\n", "bad.lesson:1: unknown header \"titel\""},
		{"not a header", "just words\n", "bad.lesson:1: expected \"key: value\""},
		{"missing source", "title: T\n== drive\ncall f()\n", "bad.lesson:4: missing \"== source\" section"},
		{"second source", head + "== source\n", "bad.lesson:4: a second \"== source\" section"},
		{"after drive beyond", head + "== drive\ncall f()\n== moment after drive 2\n", "bad.lesson:6: after drive 2: the lesson has 1 drive actions"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseLesson("bad.lesson", []byte(tc.text))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v, want a *ParseError", err)
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error %q\nwant   %q…", err, tc.want)
			}
		})
	}
}

// FuzzParseLesson: no input makes the parser panic, and a lesson that
// parses can always be turned into its program.
func FuzzParseLesson(f *testing.F) {
	f.Add([]byte(goodLesson))
	files, _ := filepath.Glob("lessons/*.lesson")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := ParseLesson("fuzz.lesson", b)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("error %v: not a positioned *ParseError", err)
			}
			return
		}
		src, ends := l.Program()
		if len(ends) != len(l.Drive) || !strings.HasSuffix(src, "\n") {
			t.Fatalf("Program() = %q, %v for %d actions", src, ends, len(l.Drive))
		}
		for _, m := range l.Moments {
			if m.Selector.Kind == AfterDrive && (m.Selector.N < 1 || m.Selector.N > len(l.Drive)) {
				t.Fatalf("after drive %d accepted with %d actions", m.Selector.N, len(l.Drive))
			}
		}
	})
}
