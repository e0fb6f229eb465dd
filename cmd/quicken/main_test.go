package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

func writeFile(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args       []string
		status     int
		stdout     string // prefix
		stderrHas  string
		stderrLast string // exact last line, if set
	}{
		{args: []string{"help"}, status: 0, stdout: "quicken explores"},
		{args: []string{"--help"}, status: 0, stdout: "quicken explores"},
		{args: []string{"dis", "-h"}, status: 0, stdout: "quicken explores"},
		{args: []string{"frob"}, status: 2, stderrHas: `quicken: unknown command "frob"`, stderrLast: usageLine},
		{args: []string{"--frob"}, status: 2, stderrHas: "quicken: unknown flag --frob"},
		{args: []string{"dis"}, status: 2, stderrHas: "quicken: missing FILE.py", stderrLast: "usage: quicken dis [--adaptive] [--show-caches] FILE.py"},
		{args: []string{"dis", "--frob", "x.py"}, status: 2, stderrHas: "quicken: flag provided but not defined: -frob"},
		{args: []string{"dis", "a.py", "b.py"}, status: 2, stderrHas: `quicken: unexpected argument "b.py"`},
		{args: []string{"ast", "--indent", "x", "a.py"}, status: 2, stderrHas: `invalid value "x" for flag -indent`, stderrLast: "usage: quicken ast [--indent N] FILE.py"},
		{args: []string{"ast", "--indent"}, status: 2, stderrHas: "flag needs an argument: -indent"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runCLI(t, tc.args...)
			if r.status != tc.status {
				t.Errorf("status %d, want %d (stderr %q)", r.status, tc.status, r.stderr)
			}
			if !strings.HasPrefix(r.stdout, tc.stdout) {
				t.Errorf("stdout %q, want prefix %q", r.stdout, tc.stdout)
			}
			if tc.stdout == "" && r.stdout != "" {
				t.Errorf("unexpected stdout %q", r.stdout)
			}
			if !strings.Contains(r.stderr, tc.stderrHas) {
				t.Errorf("stderr %q, want it to contain %q", r.stderr, tc.stderrHas)
			}
			if tc.stderrLast != "" && lastLine(r.stderr) != tc.stderrLast {
				t.Errorf("stderr %q, want last line %q", r.stderr, tc.stderrLast)
			}
		})
	}
}

func TestCannotOpen(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.py")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"dis", missing}, "quicken: can't open file '" + missing + "': [Errno 2] No such file or directory\n"},
		{[]string{"ast", missing}, "quicken: can't open file '" + missing + "': [Errno 2] No such file or directory\n"},
		{[]string{"dis", dir}, "quicken: can't open file '" + dir + "': [Errno 21] Is a directory\n"},
	} {
		r := runCLI(t, tc.args...)
		if r.status != exitUsage || r.stderr != tc.want || r.stdout != "" {
			t.Errorf("%v: status %d stderr %q stdout %q; want 2, %q", tc.args, r.status, r.stderr, r.stdout, tc.want)
		}
	}
	// A relative path is reported absolute, unnormalized, as CPython does.
	r := runCLI(t, "dis", "./no/such.py")
	cwd, _ := os.Getwd()
	want := "quicken: can't open file '" + cwd + "/./no/such.py': [Errno 2] No such file or directory\n"
	if r.stderr != want {
		t.Errorf("stderr %q, want %q", r.stderr, want)
	}
}

// TestCannotOpenMatchesPython compares the message with python3's own,
// which differs only in the program name.
func TestCannotOpenMatchesPython(t *testing.T) {
	needOracle(t)
	for _, path := range []string{"no_such_file.py", "./sub/../x'y.py", t.TempDir() + "/a\tb.py"} {
		res, err := oracle.Run(path)
		if err != nil {
			t.Fatal(err)
		}
		_, want, ok := strings.Cut(res.Stderr, ": can't open file ")
		if res.Exit != 2 || !ok {
			t.Fatalf("python3 %s: exit %d stderr %q", path, res.Exit, res.Stderr)
		}
		r := runCLI(t, "dis", path)
		if got := strings.TrimPrefix(r.stderr, "quicken: can't open file "); got != want || r.status != exitUsage {
			t.Errorf("%s: got %q (status %d), want %q", path, got, r.status, want)
		}
	}
}

func TestPyRepr(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a.py", `'a.py'`},
		{"it's.py", `"it's.py"`},
		{`both'"`, `'both\'"'`},
		{"tab\there\n", `'tab\there\n'`},
		{"back\\slash", `'back\\slash'`},
		{"\x01\x7f", `'\x01\x7f'`},
		{"café ✓", `'café ✓'`},
		{"\u00a0\u2028", `'\xa0\u2028'`},
		{"bad\xffbyte", `'bad\udcffbyte'`},
	} {
		if got := pyRepr(tc.in); got != tc.want {
			t.Errorf("pyRepr(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

type panicWriter struct{}

func (panicWriter) Write([]byte) (int, error) { panic("writer exploded") }

// TestInternalErrorRecovered checks that a panic anywhere below run
// becomes a one-line report and status 70, never a stack trace.
func TestInternalErrorRecovered(t *testing.T) {
	var stderr strings.Builder
	status := run([]string{"help"}, panicWriter{}, &stderr)
	if status != exitInternal || stderr.String() != "quicken: internal error: help: writer exploded\n" {
		t.Errorf("status %d stderr %q", status, stderr.String())
	}
}

func TestIndentFlag(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{{"0", "0"}, {"4", "4"}, {"-3", "0"}} {
		var f indentFlag
		if err := f.Set(tc.in); err != nil || f.String() != tc.want || !f.set {
			t.Errorf("Set(%q): %v, String %q, want %q", tc.in, err, f.String(), tc.want)
		}
	}
	if (&indentFlag{}).String() != "None" {
		t.Error("unset indent should print as None")
	}
}

// TestASTIndents compares a few indent values beyond the corpus's 2,
// including CPython's treatment of 0 and negative indents.
func TestASTIndents(t *testing.T) {
	needOracle(t)
	path := filepath.Join(corpusDir, "comprehensions.py")
	for _, tc := range []struct {
		flag   string
		oracle int
	}{{"0", 0}, {"1", 1}, {"4", 4}, {"-2", 0}} {
		want, err := oracle.ASTDump(path, tc.oracle)
		if err != nil {
			t.Fatal(err)
		}
		r := runCLI(t, "ast", "--indent="+tc.flag, path)
		if r.stdout != want || r.status != exitOK {
			t.Errorf("ast --indent=%s: status %d stderr %q\n%s", tc.flag, r.status, r.stderr,
				oracle.Diff("python3", want, "quicken", r.stdout, 3, 20))
		}
	}
}

// TestFlagsAfterFile checks that flags may follow the file name.
func TestFlagsAfterFile(t *testing.T) {
	p := writeFile(t, "f.py", "x = f(1)\n")
	before := runCLI(t, "dis", "--show-caches", p)
	after := runCLI(t, "dis", p, "--show-caches")
	if before != after {
		t.Errorf("flag position changes the result:\n%+v\n%+v", before, after)
	}
	if !strings.Contains(before.stdout, "CACHE") {
		t.Errorf("--show-caches printed no CACHE entries: %+v", before)
	}
	if dash := runCLI(t, "dis", "--", p); dash.status != exitOK {
		t.Errorf("dis -- FILE: %+v", dash)
	}
}

// TestDefault runs quicken with no arguments and no terminal: the
// explorer cannot open, and says what to do instead.
func TestDefault(t *testing.T) {
	r := runCLI(t)
	if r.status != exitUsage {
		t.Fatalf("status %d, stderr %q", r.status, r.stderr)
	}
	if !strings.Contains(r.stderr, "the explorer needs a terminal") || lastLine(r.stderr) != usageLine {
		t.Errorf("stderr %q, want the reason and the usage line", r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout %q, want nothing", r.stdout)
	}
	for _, args := range [][]string{{"explore"}, {"explore", "--bogus", "x.py"}, {"explore", "/no/such/file.py"}} {
		if r := runCLI(t, args...); r.status != exitUsage || r.stderr == "" {
			t.Errorf("quicken %s: status %d, stderr %q", strings.Join(args, " "), r.status, r.stderr)
		}
	}
}

// TestSyntaxErrorRelativePath checks that a syntax error names the file
// as `python3 FILE` does, absolute, for both commands.
func TestSyntaxErrorRelativePath(t *testing.T) {
	path := filepath.Join(corpusDir, "errors", "unclosed_paren.py")
	cwd, _ := os.Getwd()
	wantFile := `  File "` + cwd + "/" + path + `", line 2` + "\n"
	for _, cmd := range []string{"dis", "ast"} {
		r := runCLI(t, cmd, path)
		if r.status != exitSyntax || !strings.HasPrefix(r.stderr, wantFile) {
			t.Errorf("%s: status %d stderr %q, want prefix %q", cmd, r.status, r.stderr, wantFile)
		}
	}
}

// TestEncodingDeclarations: quicken reads a file as `python3 FILE` does,
// as bytes with its PEP 263 coding declaration honoured, for ast as well
// as dis. (The reference command for ast, ast.parse(open(f).read()),
// decodes the file as UTF-8 text and ignores the declaration; the two
// agree on every UTF-8 file.)
func TestEncodingDeclarations(t *testing.T) {
	needOracle(t)
	bogus := writeFile(t, "bogus.py", "# -*- coding: klingon -*-\nx = 1\n")
	stderr, exit, err := oracle.RunStderr(bogus)
	if err != nil || exit != 1 {
		t.Fatalf("python3 %s: exit %d, %v", bogus, exit, err)
	}
	for _, cmd := range []string{"dis", "ast"} {
		if r := runCLI(t, cmd, bogus); r.status != exitSyntax || r.stderr != stderr {
			t.Errorf("%s %s: status %d stderr %q, want 1 and %q", cmd, bogus, r.status, r.stderr, stderr)
		}
	}

	latin1 := writeFile(t, "latin1.py", "# -*- coding: latin-1 -*-\nname = \"caf\xe9\"\n")
	want, err := oracle.Dis(latin1, false)
	if err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, "dis", latin1); oracle.NormalizeAddrs(r.stdout) != oracle.NormalizeAddrs(want) || r.status != exitOK {
		t.Errorf("dis %s: status %d stderr %q\n%s", latin1, r.status, r.stderr,
			oracle.Diff("python3", want, "quicken", r.stdout, 3, 20))
	}
	res, err := oracle.Run("-c", "import ast, sys; print(ast.dump(ast.parse(open(sys.argv[1], 'rb').read())))", latin1)
	if err != nil || res.Exit != 0 {
		t.Fatalf("python3 ast.parse(bytes): %v %s", err, res.Stderr)
	}
	if r := runCLI(t, "ast", latin1); r.stdout != res.Stdout || r.status != exitOK {
		t.Errorf("ast %s: status %d stderr %q\n%s", latin1, r.status, r.stderr,
			oracle.Diff("python3", res.Stdout, "quicken", r.stdout, 3, 20))
	}
}
