package syntax

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// TestModes compares eval and single (interactive) mode parses with
// ast.parse(src, mode=...).
func TestModes(t *testing.T) {
	needOracle(t)
	cases := []struct {
		mode Mode
		name string
		src  string
	}{
		{ModeEval, "eval", "1 + 2"},
		{ModeEval, "eval", "x if y else z\n"},
		{ModeEval, "eval", "a, b\n\n\n"},
		{ModeEval, "eval", "(yield)"},
		{ModeEval, "eval", "lambda: 0"},
		{ModeEval, "eval", "f'{x!r}' 'y'"},
		{ModeEval, "eval", "[x for x in y]"},
		{ModeEval, "eval", "*a, b"},
		{ModeEval, "eval", "  1"},
		{ModeEval, "eval", "x = 1"},
		{ModeEval, "eval", ""},
		{ModeEval, "eval", "1\n2"},
		{ModeSingle, "single", "x = 1\n"},
		{ModeSingle, "single", "x = 1"},
		{ModeSingle, "single", "1 + 2\n"},
		{ModeSingle, "single", "if x:\n    y\n"},
		{ModeSingle, "single", "if x:\n    y"},
		{ModeSingle, "single", "for i in x:\n    pass\nelse:\n    pass\n"},
		{ModeSingle, "single", "def f():\n    return 1\n\n"},
		{ModeSingle, "single", "x = 1; y = 2\n"},
		{ModeSingle, "single", "\n"},
		{ModeSingle, "single", ""},
		{ModeSingle, "single", "@d\nclass C: pass\n"},
		{ModeSingle, "single", "x = 1\ny = 2\n"},
		{ModeSingle, "single", "match x:\n    case 1: pass\n"},
	}
	dir := t.TempDir()
	type query struct {
		Path, Mode string
	}
	var qs []query
	for i, c := range cases {
		p := filepath.Join(dir, "m"+itoa(i)+".py")
		if err := os.WriteFile(p, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		qs = append(qs, query{p, c.name})
	}
	data, _ := json.Marshal(qs)
	res, err := oracle.Run("-c", `
import ast, json, sys
out = []
for q in json.loads(sys.argv[1]):
    src = open(q["Path"], "rb").read()
    try:
        out.append({"dump": ast.dump(ast.parse(src, mode=q["Mode"]), include_attributes=True)})
    except SyntaxError as e:
        out.append({"error": "%s: %s" % (type(e).__name__, e.msg)})
json.dump(out, sys.stdout)
`, string(data))
	if err != nil {
		t.Fatal(err)
	}
	var want []struct {
		Dump  string `json:"dump"`
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(res.Stdout), &want); err != nil {
		t.Fatalf("python3: %v\n%s", err, res.Stderr)
	}
	for i, c := range cases {
		mod, err := Parse([]byte(c.src), "m.py", c.mode)
		w := want[i]
		switch {
		case w.Error != "":
			if err == nil {
				t.Errorf("%s %q: parsed, want %s", c.name, c.src, w.Error)
			} else if e := err.(*Error); e.Kind+": "+e.Msg != w.Error {
				t.Errorf("%s %q: got %s: %s, want %s", c.name, c.src, e.Kind, e.Msg, w.Error)
			}
		case err != nil:
			t.Errorf("%s %q: %v", c.name, c.src, err)
		default:
			if got := DumpWithAttributes(mod, -1); got != w.Dump {
				t.Errorf("%s %q:\n%s", c.name, c.src, oracle.Diff("python3", splitDump(w.Dump), "quicken", splitDump(got), 3, 30))
			}
		}
	}
}

// TestStringInput: compile()'s text is read by the string tokenizer,
// which adds no newline after an 'eval' or 'single' source's last line:
// "1 +" fails at the end marker (offset 0, CPython's -1 + 1) with the
// line as given, where the same file fails at its faked newline.
func TestStringInput(t *testing.T) {
	cases := []struct {
		src          string
		mode         Mode
		str          bool
		offset       int
		text         string
		fileText     string
		fileOffset   int
		wantFileDiff bool
	}{
		{"1 +", ModeEval, true, 0, "1 +", "1 +\n", 4, true},
		{"import", ModeSingle, true, 0, "import", "import\n", 7, true},
		{"def f(:", ModeExec, true, 7, "def f(:\n", "", 7, false},
		{"é +", ModeEval, true, 0, "é +", "", 0, false},
		{"x = (1,\n2 3)\ny = 5", ModeEval, true, 3, "x = (1,\n", "", 0, false},
	}
	for _, c := range cases {
		_, _, err := ParseString([]byte(c.src), "<no such file>", c.mode, StringInput{Str: c.str})
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("ParseString(%q): %v, want a syntax error", c.src, err)
			continue
		}
		if e.Offset != c.offset || e.Text != c.text || !e.Located {
			t.Errorf("ParseString(%q): offset %d text %q located %v, want %d %q true", c.src, e.Offset, e.Text, e.Located, c.offset, c.text)
		}
		if !c.wantFileDiff {
			continue
		}
		_, err = Parse([]byte(c.src), "<no such file>", c.mode)
		if fe, ok := err.(*Error); !ok || fe.Offset != c.fileOffset || fe.Text != c.fileText {
			t.Errorf("Parse(%q) as a file: %+v, want offset %d text %q", c.src, err, c.fileOffset, c.fileText)
		}
	}
}
