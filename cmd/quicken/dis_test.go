package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// TestDisWarnings checks that `quicken dis FILE` prints on stderr the
// SyntaxWarnings `python3 -m dis FILE` prints (with the warned line, as
// the warnings module shows it), and the same disassembly on stdout.
func TestDisWarnings(t *testing.T) {
	needOracle(t)
	for _, tc := range []struct {
		name, src string
	}{
		{"is", "x = 1\nif x is 1:\n    pass\n"},
		{"is-not", "y = x is not 'a'\n"},
		{"chain", "if a < x is not 'b' < c:\n    pass\n"},
		{"while-twice", "while x is 1:\n    pass\n"},
		{"finally-twice", "try:\n    pass\nfinally:\n    y = x is not 'a'\n"},
		{"call", "z = [\n    (1, 2)\n    (3, 4)\n]\n"},
		{"call-kinds", "'a'()\n[x for x in y]()\nf'{x}'()\n{1: 2}()\n"},
		{"subscript", "w = 1[2]\nv = {1}[0]\nu = (lambda: 0)[1]\n"},
		{"index", "v = 'abc'[1.5]\nu = [1, 2][1, 2]\nt = (x, y)['a']\n"},
		{"nested", "class C:\n    def m(self):\n        return (1)(2), self is 1, 2[3]\n"},
		{"indented", "if x:\n\t  y = x is 1   \n"},
		{"no-final-newline", "y = x is 1"},
		{"crlf", "a = 1\r\ny = x is 1\r\n"},
		{"cr", "a = 1\ry = x is 1\r"},
		{"multiline", "y = (\n    x\n    is\n    1\n)\n"},
		{"parser-first", "y = x is 1\nz = 1if x else 2\n"},
		{"latin-1", "# -*- coding: latin-1 -*-\ns = '\xe9'\ny = s is '\xe9'\n"},
		{"utf-8", "s = 'é'\ny = s is 'é'\n"},
		{"bom", "\xef\xbb\xbfs = 'é'\ny = s is 'é'\n"},
		{"none", "x is None\nx is not True\nx()\nx[0]\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, "w.py", tc.src)
			want, err := oracle.Run("-m", "dis", path)
			if err != nil {
				t.Fatal(err)
			}
			if want.Exit != 0 {
				t.Fatalf("python3 -m dis: exit %d\n%s", want.Exit, want.Stderr)
			}
			got := runCLI(t, "dis", path)
			if got.status != exitOK {
				t.Fatalf("status %d, stderr %q", got.status, got.stderr)
			}
			if got.stderr != want.Stderr {
				t.Errorf("stderr:\n%s", oracle.Diff("python3", want.Stderr, "quicken", got.stderr, diffContext, diffMaxLines))
			}
			if oracle.NormalizeAddrs(got.stdout) != oracle.NormalizeAddrs(want.Stdout) {
				t.Errorf("stdout differs:\n%s", oracle.Diff("python3", oracle.NormalizeAddrs(want.Stdout), "quicken", oracle.NormalizeAddrs(got.stdout), diffContext, diffMaxLines))
			}
		})
	}
}

// TestDisWarningsRelativePath checks that a warning names the file as
// given on the command line, as `python3 -m dis` does.
func TestDisWarningsRelativePath(t *testing.T) {
	needOracle(t)
	abs := writeFile(t, "w.py", "y = x is 1\n")
	cwd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(cwd, abs)
	if err != nil {
		t.Skip(err)
	}
	want, err := oracle.Run("-m", "dis", rel)
	if err != nil {
		t.Fatal(err)
	}
	if got := runCLI(t, "dis", rel); got.stderr != want.Stderr {
		t.Errorf("stderr %q, want %q", got.stderr, want.Stderr)
	}
}

// TestDisWarningsBeforeError checks a file that warns and then fails to
// compile: quicken prints what `python3 FILE` prints, the warnings (under
// the absolute path) before the error.
func TestDisWarningsBeforeError(t *testing.T) {
	needOracle(t)
	for _, src := range []string{
		"y = x is 1\nbreak\n",
		"y = (1)(2)\nz = 1if x else 2\nreturn\n",
		"z = 1if x else 2\nnonlocal q\n",
		"while x is 1:\n    pass\ncontinue\n",
	} {
		path := writeFile(t, "e.py", src)
		stderr, exit, err := oracle.RunStderr(path)
		if err != nil {
			t.Fatal(err)
		}
		got := runCLI(t, "dis", path)
		if got.status != exit || got.stderr != stderr || got.stdout != "" {
			t.Errorf("%q: status %d, stderr:\n%s", src, got.status,
				oracle.Diff("python3", stderr, "quicken", got.stderr, diffContext, diffMaxLines))
		}
	}
}
