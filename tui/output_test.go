package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A program whose output would drive the terminal if shown as it is:
// colour escapes, a bell, a carriage return, tabs, wide characters, a
// line longer than the pane, then a traceback on stderr.
const noisyProgram = `print("\x1b[31mred\x1b[0m")
print("bell\x07!")
print("50%\r100%")
print("a\tbb\tccc\td")
print("é 日本")
print("x" * 120)
def f():
    raise ValueError("bad")
f()
`

func ranProgram(t *testing.T, src string) *Snapshot {
	d := newTestDriver(t, &Program{Filename: "/t/x.py", Source: []byte(src)})
	d.Continue()
	return d.Wait()
}

func TestOutputPaneGoldens(t *testing.T) {
	_, s := endedDefault(t)
	checkPaneGoldens(t, "output_mul", newOutputPane(paneCommon(s)))

	s = ranProgram(t, noisyProgram)
	if s.State != Ended || s.Exit != 1 || len(s.Output.Stderr) == 0 {
		t.Fatalf("state %v exit %d stderr %v", s.State, s.Exit, s.Output.Stderr)
	}
	checkPaneGoldens(t, "output_noisy", newOutputPane(paneCommon(s)))

	s = ranProgram(t, "print('hi'\n")
	if s.CompileErr == "" {
		t.Fatal("no syntax error")
	}
	checkPaneGoldens(t, "output_syntax", newOutputPane(paneCommon(s)))
}

// Nothing the program writes reaches the terminal as a control
// character; stderr is styled as such.
func TestOutputPaneEscapes(t *testing.T) {
	s := ranProgram(t, noisyProgram)
	c := paneCommon(s)
	p := newOutputPane(c)
	p.Refresh()
	v := paneView(t, p, 50, 20)
	for i := 0; i < len(v); i++ {
		b := v[i]
		if b == 0x1b {
			// Only the pane's own styling: SGR sequences.
			end := strings.IndexByte(v[i:], 'm')
			if end < 0 || strings.ContainsAny(v[i+1:i+end], "\x1b\a\r") || v[i+1] != '[' {
				t.Fatalf("a control sequence reaches the terminal: %q", v[i:min(i+12, len(v))])
			}
			continue
		}
		if b < 0x20 && b != '\n' {
			t.Fatalf("control byte %#x in the view", b)
		}
	}
	plain := ansi.Strip(v)
	for _, want := range []string{"␛[31mred␛[0m", `bell\x07!`, `50%\x0d100%`, "a       bb      ccc     d", "é 日本",
		"Traceback (most recent call last):", "ValueError: bad", "exit status 1"} {
		if !strings.Contains(plain, want) {
			t.Errorf("no %q in\n%s", want, plain)
		}
	}
	if !strings.Contains(v, c.styles.Stderr.Render("ValueError: bad")) {
		t.Errorf("stderr is not styled as such")
	}
}

func TestEscapeOutput(t *testing.T) {
	tests := []struct {
		in   string
		errs [][2]int
		want []string // lines, escapes and stderr marked by span
	}{
		{"plain\n", nil, []string{"plain"}},
		{"no newline", nil, []string{"no newline"}},
		{"\x1b[2J\x1b]0;title\x07", nil, []string{"{␛}[2J{␛}]0;title{\\x07}"}},
		{"tab\there\n\tx\n", nil, []string{"tab     here", "        x"}},
		{"del\x7f nul\x00", nil, []string{"del{\\x7f} nul{\\x00}"}},
		{"bad \xff\xfe utf8 \xe6\x97", nil, []string{"bad {\\xff\\xfe} utf8 {\\xe6\\x97}"}},
		{"c1 \u009b31m", nil, []string{"c1 {\\u009b}31m"}},
		{"wide 日本\n", nil, []string{"wide 日本"}},
		{"out\nerr\nout\n", [][2]int{{4, 8}}, []string{"out", "<err>", "out"}},
		{"mixed err\x1b!\n", [][2]int{{6, 11}}, []string{"mixed <err>{<␛>}<!>"}},
	}
	for _, tt := range tests {
		lines := escapeOutput([]byte(tt.in), 0, tt.errs)
		var got []string
		for _, l := range lines {
			got = append(got, markSpans(l))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// markSpans writes a line with {escapes} and <stderr> marked.
func markSpans(l outLine) string {
	var b strings.Builder
	at := 0
	for _, sp := range l.spans {
		b.WriteString(l.text[at:sp.start])
		s := l.text[sp.start:sp.end]
		if sp.kind&outStderr != 0 {
			s = "<" + s + ">"
		}
		if sp.kind&outEscaped != 0 {
			s = "{" + s + "}"
		}
		b.WriteString(s)
		at = sp.end
	}
	return b.String() + l.text[at:]
}

// The pane shows the tail; up scrolls back, end returns; a long line
// wraps.
func TestOutputPaneScroll(t *testing.T) {
	var src strings.Builder
	src.WriteString("for i in range(40):\n    print('line', i)\nprint('y' * 130)\n")
	s := ranProgram(t, src.String())
	c := paneCommon(s)
	p := newOutputPane(c)
	p.Refresh()
	lines := func() []string { return strings.Split(ansi.Strip(paneView(t, p, 50, 6)), "\n") }
	v := lines()
	// 130 y's wrap to 50 + 50 + 30 cells, above the exit line.
	want := []string{"line 38", "line 39", strings.Repeat("y", 50), strings.Repeat("y", 50), strings.Repeat("y", 30), "── the program ended · exit status 0 ──"}
	if strings.Join(v, "|") != strings.Join(want, "|") {
		t.Fatalf("tail:\n%s", strings.Join(v, "\n"))
	}
	p.Update(paneKey("up"))
	if v = lines(); v[0] != "line 37" {
		t.Errorf("up: %q", v[0])
	}
	p.Update(paneKey("pgup"))
	if v = lines(); v[0] != "line 32" {
		t.Errorf("pgup: %q", v[0])
	}
	p.Update(paneKey("home"))
	if v = lines(); v[0] != "line 0" || v[5] != "line 5" {
		t.Errorf("home: %q", v)
	}
	p.Update(paneKey("down"))
	if v = lines(); v[0] != "line 1" {
		t.Errorf("down from the top: %q", v[0])
	}
	p.Update(paneKey("end"))
	if v = lines(); v[0] != "line 38" {
		t.Errorf("end: %q", v[0])
	}
}

// Output arrives in pieces: the pane parses only what is new, and a line
// written in two parts shows whole.
func TestOutputPaneIncremental(t *testing.T) {
	text := []byte("first\nsec")
	s1 := &Snapshot{Run: 1, Output: Output{Text: text}}
	c := paneCommon(s1)
	p := newOutputPane(c)
	p.Refresh()
	if got := ansi.Strip(paneView(t, p, 20, 2)); got != "first\nsec" {
		t.Errorf("part: %q", got)
	}
	full := append(text[:len(text):len(text)], "ond\n\xe6\x97"...)
	c.snap = &Snapshot{Run: 1, Output: Output{Text: full}}
	p.Refresh()
	if got := ansi.Strip(paneView(t, p, 20, 3)); got != "first\nsecond\n\\xe6\\x97" {
		t.Errorf("whole: %q", got)
	}
	// The rest of the character arrives: it is no longer escaped.
	c.snap = &Snapshot{Run: 1, Output: Output{Text: append(full[:len(full):len(full)], 0xa5)}}
	p.Refresh()
	if got := ansi.Strip(paneView(t, p, 20, 3)); got != "first\nsecond\n日" {
		t.Errorf("completed: %q", got)
	}
	// A new run starts over.
	c.snap = &Snapshot{Run: 2, Output: Output{Text: []byte("again\n")}}
	p.Refresh()
	if got := ansi.Strip(paneView(t, p, 20, 2)); got != "again\n" {
		t.Errorf("new run: %q", got)
	}
}

// BenchmarkOutputView renders 100,000 lines of output at the tail and
// scrolled to the top.
func BenchmarkOutputView(b *testing.B) {
	var text []byte
	for i := 0; i < 100_000; i++ {
		text = append(text, "line "+itoa(i)+" of the output\tand a tab\n"...)
	}
	for _, key := range []string{"end", "home"} {
		b.Run(key, func(b *testing.B) {
			c := paneCommon(&Snapshot{Output: Output{Text: text}})
			p := newOutputPane(c)
			p.SetSize(74, 18)
			p.Refresh()
			p.Update(paneKey(key))
			_ = p.View()
			for b.Loop() {
				p.Refresh()
				_ = p.View()
			}
		})
	}
}
