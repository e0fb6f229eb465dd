package syntax

import (
	"encoding/json"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// TestDumpIndents compares Dump at several indents with ast.dump.
func TestDumpIndents(t *testing.T) {
	needOracle(t)
	srcs := []string{
		"",
		"x = 1\n",
		"def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    return a\n",
		"class C(B, metaclass=M):\n    '''doc'''\n    x: int = 0\n",
		"print(f'{a!r:>{w}} {b=}', sep='')\n",
		"match p:\n    case {'k': [1, *r]} | C(x=1) as y if y:\n        pass\n",
		"del a[1:2, ::3], b.c\nglobal g\nfrom . import (x as y, z)\n",
		"try:\n    pass\nexcept* (E, F) as e:\n    raise X from e\nfinally:\n    pass\n",
		"lambda: (yield)\nawait_ = [x async for x in y]\n",
		"b'\\x00' b'x'\nu'kind' 'more'\n",
	}
	indents := []int{-1, 0, 1, 4}
	data, _ := json.Marshal(srcs)
	res, err := oracle.Run("-c", `
import ast, json, sys
out = []
for src in json.loads(sys.argv[1]):
    t = ast.parse(src)
    out.append([ast.dump(t, indent=i if i >= 0 else None) for i in (-1, 0, 1, 4)] +
               [ast.dump(t, indent=i if i >= 0 else None, include_attributes=True) for i in (-1, 0, 1, 4)])
json.dump(out, sys.stdout)
`, string(data))
	if err != nil {
		t.Fatal(err)
	}
	var want [][]string
	if err := json.Unmarshal([]byte(res.Stdout), &want); err != nil {
		t.Fatalf("python3: %v\n%s", err, res.Stderr)
	}
	for i, src := range srcs {
		mod, err := Parse([]byte(src), "d.py", ModeExec)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		for k, ind := range indents {
			if got := Dump(mod, ind); got != want[i][k] {
				t.Errorf("%q indent %d:\n%s", src, ind, oracle.Diff("python3", want[i][k], "quicken", got, 3, 20))
			}
			if got := DumpWithAttributes(mod, ind); got != want[i][4+k] {
				t.Errorf("%q indent %d with attributes:\n%s", src, ind, oracle.Diff("python3", want[i][4+k], "quicken", got, 3, 20))
			}
		}
	}
}

// TestErrorStrings checks Error.Error, SyntaxError.__str__'s format.
func TestErrorStrings(t *testing.T) {
	cases := []struct {
		e    *Error
		want string
	}{
		{&Error{Kind: "SyntaxError", Msg: "invalid syntax", Filename: "/a/b/x.py", Lineno: 3}, "invalid syntax (x.py, line 3)"},
		{&Error{Kind: "SyntaxError", Msg: "encoding problem: foo", Filename: "x.py"}, "encoding problem: foo (x.py)"},
		{&Error{Kind: "IndentationError", Msg: "unexpected indent", Lineno: 2}, "unexpected indent (line 2)"},
		{&Error{Kind: "SyntaxError", Msg: "m"}, "m"},
		{&Error{Kind: "MemoryError"}, "MemoryError"},
	}
	for _, c := range cases {
		if got := c.e.Error(); got != c.want {
			t.Errorf("Error() = %q, want %q", got, c.want)
		}
	}
}

// TestFormatCarets checks print_error_text's caret rules on hand-made
// errors (the error tests check real ones against python3).
func TestFormatCarets(t *testing.T) {
	cases := []struct {
		e    Error
		want string
	}{
		{Error{Kind: "SyntaxError", Msg: "m", Filename: "f.py", Lineno: 1, Offset: 3, EndLineno: 1, EndOffset: 6, Text: "  abc def\n"},
			"  File \"f.py\", line 1\n    abc def\n    ^^^\nSyntaxError: m\n"},
		{Error{Kind: "SyntaxError", Msg: "m", Filename: "f.py", Lineno: 1, Offset: 3, EndLineno: 1, EndOffset: 60, Text: "  abc def\n"},
			"  File \"f.py\", line 1\n    abc def\n    ^^^^^^^^\nSyntaxError: m\n"},
		{Error{Kind: "SyntaxError", Msg: "m", Filename: "f.py", Lineno: 1, Offset: 30, EndLineno: 1, EndOffset: 40, Text: "  abc def\n"},
			"  File \"f.py\", line 1\n    abc def\n           ^\nSyntaxError: m\n"},
		{Error{Kind: "SyntaxError", Msg: "m", Filename: "f.py", Lineno: 1, Offset: 1, EndLineno: 1, EndOffset: 3, Text: "  abc def\n"},
			"  File \"f.py\", line 1\n    abc def\nSyntaxError: m\n"},
		{Error{Kind: "IndentationError", Msg: "m", Filename: "f.py", Lineno: 1, Offset: 3, EndLineno: 1, EndOffset: 7, Text: "  abc def\n"},
			"  File \"f.py\", line 1\n    abc def\n    ^\nIndentationError: m\n"},
		{Error{Kind: "SyntaxError", Msg: "m", Filename: "f.py", Lineno: 1, Offset: 5, EndLineno: 2, EndOffset: 1, Text: "x = (1,\n"},
			"  File \"f.py\", line 1\n    x = (1,\n        ^^^\nSyntaxError: m\n"},
		{Error{Kind: "SyntaxError", Msg: "m", Filename: "f.py", Lineno: 1, Offset: 6, EndLineno: 1, EndOffset: 8, Text: "abc\ndef\n"},
			"  File \"f.py\", line 1\n    def\n     ^^\nSyntaxError: m\n"},
		{Error{Kind: "SyntaxError", Msg: "no location"}, "SyntaxError: no location\n"},
		{Error{Kind: "SyntaxError", Msg: "m", Filename: "f.py", Lineno: 2, Offset: 1, Warnings: []*Warning{
			{Category: "SyntaxWarning", Msg: "invalid decimal literal", Filename: "f.py", Lineno: 1, Line: "\tx = 1if y else 2 \n"}}},
			"f.py:1: SyntaxWarning: invalid decimal literal\n  x = 1if y else 2\n  File \"f.py\", line 2\nSyntaxError: m\n"},
	}
	for _, c := range cases {
		if got := c.e.Format(); got != c.want {
			t.Errorf("Format:\n%s\nwant:\n%s", got, c.want)
		}
	}
}
