package scenarios

import (
	"fmt"
	"strconv"
	"strings"
)

// A Lesson is a scenario a teacher writes (docs/lessons.md): a Python
// program, how to drive it, and narration and expectations attached to
// moments of its run.
type Lesson struct {
	// Name is the file name without .lesson; the program's file name is
	// Name + ".py".
	Name string
	// File is the lesson's file name as given to ParseLesson: the file
	// of positioned errors.
	File           string
	Title, Summary string
	// Source is the program as written in "== source".
	Source string
	Drive  []Action
	// Moments are in the order written.
	Moments []Moment
}

// Action is one line of "== drive".
type Action struct {
	// Line is the action's line in the lesson file.
	Line int
	// Code is the Python code the action runs (a call or a statement);
	// Times repeats it (0: once, as written, without a loop).
	Code  string
	Times int
}

// Moment is a "== moment" section.
type Moment struct {
	Line      int
	Selector  Selector
	Narration string
	Expects   []Expect
}

// SelectorKind says how a moment is found.
type SelectorKind uint8

const (
	AtStart SelectorKind = iota + 1
	AtEnd
	AtStep     // N instructions run
	AtLine     // Line first reached
	AfterDrive // drive action N (1-based) finished
	AtEvent    // the Nth event of kind Event (on Line, if > 0)
	numSelectorKinds
)

// Selector picks a moment of the run.
type Selector struct {
	Kind SelectorKind
	// N is the step, the drive action, or which event (1 first).
	N int
	// Line is the source line of AtLine, or of AtEvent (0: anywhere).
	Line int
	// Event is the event kind of AtEvent: quicken, rewrite, failure,
	// miss, deopt or version.
	Event string
	// Text is the selector as written.
	Text string
}

// EventNames are the event kinds a selector may name, as the explorer
// names them.
var EventNames = []string{"quicken", "rewrite", "failure", "miss", "deopt", "version"}

// ExpectKind says what an expectation checks.
type ExpectKind uint8

const (
	ExpectForm   ExpectKind = iota + 1 // the instruction's current opcode
	ExpectCache                        // an inline cache field's value
	ExpectOutput                       // the program's output contains Text
)

// Expect is one "expect" line.
type Expect struct {
	Line int
	Kind ExpectKind
	// Func is the code object's qualified name and Offset the
	// instruction's byte offset (as dis shows it).
	Func   string
	Offset int
	// Op is the expected opcode name (ExpectForm); Field and Value the
	// cache field and its value (ExpectCache); Text the output
	// (ExpectOutput).
	Op    string
	Field string
	Value uint64
	Text  string
	// Src is the line as written.
	Src string
}

// ParseError is a malformed lesson, positioned in its file.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ParseLesson reads a lesson; file names it in errors (its base name,
// without .lesson, is the lesson's Name).
func ParseLesson(file string, text []byte) (*Lesson, error) {
	name := file
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	name = strings.TrimSuffix(name, ".lesson")
	l := &Lesson{Name: name, File: file}
	p := &lessonParser{file: file, l: l}
	if err := p.parse(string(text)); err != nil {
		return nil, err
	}
	return l, nil
}

type lessonParser struct {
	file string
	l    *Lesson
}

func (p *lessonParser) errorf(line int, format string, args ...any) error {
	return &ParseError{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

func (p *lessonParser) parse(text string) error {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	section := "" // "", "source", "drive", "moment"
	var source []string
	sawSource := false
	var moment *Moment
	var narration []string
	endMoment := func() {
		if moment != nil {
			moment.Narration = joinParagraphs(narration)
			p.l.Moments = append(p.l.Moments, *moment)
			moment, narration = nil, nil
		}
	}
	for i, raw := range lines {
		n := i + 1
		if strings.HasPrefix(raw, "==") {
			endMoment()
			head := strings.TrimSpace(strings.TrimPrefix(raw, "=="))
			word, rest, _ := strings.Cut(head, " ")
			switch word {
			case "source":
				if sawSource {
					return p.errorf(n, "a second \"== source\" section")
				}
				sawSource = true
				section = "source"
			case "drive":
				section = "drive"
			case "moment":
				sel, err := parseSelector(strings.TrimSpace(rest))
				if err != nil {
					return p.errorf(n, "%v", err)
				}
				moment = &Moment{Line: n, Selector: sel}
				section = "moment"
			default:
				return p.errorf(n, "unknown section %q (expected == source, == drive or == moment)", head)
			}
			continue
		}
		if section == "source" {
			source = append(source, raw)
			continue
		}
		line := strings.TrimSpace(raw)
		if line == "" && section == "moment" {
			narration = append(narration, "")
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		switch section {
		case "":
			key, value, ok := strings.Cut(line, ":")
			if !ok {
				return p.errorf(n, "expected \"key: value\" or a section (\"== source\")")
			}
			value = strings.TrimSpace(value)
			switch strings.TrimSpace(key) {
			case "title":
				p.l.Title = value
			case "summary":
				p.l.Summary = value
			default:
				return p.errorf(n, "unknown header %q (expected title or summary)", strings.TrimSpace(key))
			}
		case "drive":
			a, err := parseAction(line)
			if err != nil {
				return p.errorf(n, "%v", err)
			}
			a.Line = n
			p.l.Drive = append(p.l.Drive, a)
		case "moment":
			if strings.HasPrefix(line, "expect ") || line == "expect" {
				e, err := parseExpect(strings.TrimSpace(strings.TrimPrefix(line, "expect")))
				if err != nil {
					return p.errorf(n, "%v", err)
				}
				e.Line = n
				e.Src = line
				moment.Expects = append(moment.Expects, e)
				continue
			}
			narration = append(narration, line)
		}
	}
	endMoment()
	if p.l.Title == "" {
		return p.errorf(1, "missing \"title: …\" header")
	}
	if !sawSource {
		return p.errorf(len(lines), "missing \"== source\" section")
	}
	p.l.Source = strings.TrimRight(strings.Join(source, "\n"), "\n") + "\n"
	for _, m := range p.l.Moments {
		if m.Selector.Kind == AfterDrive && m.Selector.N > len(p.l.Drive) {
			return p.errorf(m.Line, "after drive %d: the lesson has %d drive actions", m.Selector.N, len(p.l.Drive))
		}
	}
	return nil
}

// joinParagraphs joins narration lines into paragraphs separated by a
// blank line.
func joinParagraphs(lines []string) string {
	var paras []string
	var cur []string
	for _, l := range append(lines, "") {
		if l == "" {
			if len(cur) > 0 {
				paras = append(paras, strings.Join(cur, " "))
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	return strings.Join(paras, "\n\n")
}

func parseAction(line string) (Action, error) {
	word, rest, _ := strings.Cut(line, " ")
	rest = strings.TrimSpace(rest)
	switch word {
	case "call":
		if rest == "" {
			return Action{}, fmt.Errorf("call: expected an expression (call mul(2, 3) times 10)")
		}
		if i := strings.LastIndex(rest, " times "); i >= 0 {
			n, err := strconv.Atoi(strings.TrimSpace(rest[i+len(" times "):]))
			if err != nil || n < 1 {
				return Action{}, fmt.Errorf("call: %q is not a repeat count (expected a positive number after \"times\")", strings.TrimSpace(rest[i+len(" times "):]))
			}
			return Action{Code: strings.TrimSpace(rest[:i]), Times: n}, nil
		}
		return Action{Code: rest}, nil
	case "run":
		if rest == "" {
			return Action{}, fmt.Errorf("run: expected a Python statement")
		}
		return Action{Code: rest}, nil
	}
	return Action{}, fmt.Errorf("unknown drive action %q (expected call or run)", word)
}

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3}

// parseOrdinal reads "first", "2nd", "3rd", "10th".
func parseOrdinal(w string) (int, bool) {
	if n, ok := ordinals[w]; ok {
		return n, true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) {
			if n, err := strconv.Atoi(strings.TrimSuffix(w, suf)); err == nil && n > 0 {
				return n, true
			}
		}
	}
	return 0, false
}

func parseSelector(text string) (Selector, error) {
	sel := Selector{Text: text}
	f := strings.Fields(text)
	bad := fmt.Errorf("unknown moment selector %q (expected start, end, step N, line L, after drive N, or first KIND [at line L])", text)
	switch {
	case len(f) == 1 && f[0] == "start":
		sel.Kind = AtStart
	case len(f) == 1 && f[0] == "end":
		sel.Kind = AtEnd
	case len(f) == 2 && f[0] == "step":
		n, err := strconv.Atoi(f[1])
		if err != nil || n < 0 {
			return sel, fmt.Errorf("step %q: expected a step number", f[1])
		}
		sel.Kind, sel.N = AtStep, n
	case len(f) == 2 && f[0] == "line":
		n, err := strconv.Atoi(f[1])
		if err != nil || n < 1 {
			return sel, fmt.Errorf("line %q: expected a line number", f[1])
		}
		sel.Kind, sel.Line = AtLine, n
	case len(f) == 3 && f[0] == "after" && f[1] == "drive":
		n, err := strconv.Atoi(f[2])
		if err != nil || n < 1 {
			return sel, fmt.Errorf("after drive %q: expected a drive action number (1 is the first)", f[2])
		}
		sel.Kind, sel.N = AfterDrive, n
	case len(f) == 2 || len(f) == 5:
		n, ok := parseOrdinal(f[0])
		if !ok {
			return sel, bad
		}
		known := false
		for _, k := range EventNames {
			known = known || k == f[1]
		}
		if !known {
			return sel, fmt.Errorf("unknown event kind %q (expected one of %s)", f[1], strings.Join(EventNames, ", "))
		}
		sel.Kind, sel.N, sel.Event = AtEvent, n, f[1]
		if len(f) == 5 {
			if f[2] != "at" || f[3] != "line" {
				return sel, bad
			}
			l, err := strconv.Atoi(f[4])
			if err != nil || l < 1 {
				return sel, fmt.Errorf("line %q: expected a line number", f[4])
			}
			sel.Line = l
		}
	default:
		return sel, bad
	}
	return sel, nil
}

func parseExpect(text string) (Expect, error) {
	if rest, ok := strings.CutPrefix(text, "output "); ok {
		t := strings.TrimSpace(rest)
		if u, err := strconv.Unquote(t); err == nil {
			t = u
		}
		return Expect{Kind: ExpectOutput, Text: t}, nil
	}
	f := strings.Fields(text)
	bad := fmt.Errorf("expected \"expect FUNC @OFFSET is OPNAME\", \"expect FUNC @OFFSET FIELD = VALUE\" or \"expect output TEXT\"")
	if len(f) < 4 || !strings.HasPrefix(f[1], "@") {
		return Expect{}, bad
	}
	off, err := strconv.Atoi(f[1][1:])
	if err != nil || off < 0 || off%2 != 0 {
		return Expect{}, fmt.Errorf("%s: expected an even byte offset, as dis shows it (@6)", f[1])
	}
	e := Expect{Func: f[0], Offset: off}
	switch {
	case len(f) == 4 && f[2] == "is":
		e.Kind, e.Op = ExpectForm, f[3]
	case len(f) == 5 && f[3] == "=":
		v, err := strconv.ParseUint(f[4], 10, 64)
		if err != nil {
			return Expect{}, fmt.Errorf("%s = %s: expected a decimal value", f[2], f[4])
		}
		e.Kind, e.Field, e.Value = ExpectCache, f[2], v
	default:
		return Expect{}, bad
	}
	return e, nil
}

// Program returns the program the lesson runs: its source, then the
// drive actions as Python code. driveEnds[i] is the line of the program
// at which action i+1 ends (the last line of its code).
func (l *Lesson) Program() (src string, driveEnds []int) {
	var b strings.Builder
	b.WriteString(l.Source)
	line := strings.Count(l.Source, "\n")
	if len(l.Drive) > 0 {
		b.WriteString("\n# driven by the lesson\n")
		line += 2
	}
	for _, a := range l.Drive {
		if a.Times > 0 {
			fmt.Fprintf(&b, "for _ in range(%d):\n    %s\n", a.Times, a.Code)
			line += 2
		} else {
			fmt.Fprintf(&b, "%s\n", a.Code)
			line++
		}
		driveEnds = append(driveEnds, line)
	}
	return b.String(), driveEnds
}

// Filename is the program's file name.
func (l *Lesson) Filename() string { return l.Name + ".py" }
