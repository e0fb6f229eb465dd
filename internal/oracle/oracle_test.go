package oracle

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNormalizeAddrs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<code object f at 0x7f3a2b1c0d50, file "a.py", line 1>`, `<code object f at 0x…, file "a.py", line 1>`},
		{"at 0x0 and at 0xdeadbeef", "at 0x… and at 0x…"},
		{"no address at 0xZZ", "no address at 0xZZ"},
		{"", ""},
	} {
		if got := NormalizeAddrs(tc.in); got != tc.want {
			t.Errorf("NormalizeAddrs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDiff(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		maxLines   int
		want       string
	}{
		{"equal", "x\ny\n", "x\ny\n", 10, ""},
		{"change", "a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nE\nf\ng\nh\n", 10,
			"--- want\n+++ got\n@@ -3,5 +3,5 @@\n c\n d\n-e\n+E\n f\n g\n"},
		{"insert", "a\nb\n", "a\nx\nb\n", 10,
			"--- want\n+++ got\n@@ -1,2 +1,3 @@\n a\n+x\n b\n"},
		{"delete at end", "a\nb\nc\n", "a\nb\n", 10,
			"--- want\n+++ got\n@@ -1,3 +1,2 @@\n a\n b\n-c\n"},
		{"missing newline", "a\n", "a", 10,
			"--- want\n+++ got\n@@ -1,1 +1,1 @@\n-a\n+a⏎(no newline at end)\n"},
		{"truncated", "1\n2\n3\n4\n", "5\n6\n7\n8\n", 3,
			"--- want\n+++ got\n@@ -1,4 +1,4 @@\n-1\n-2\n-3\n[… diff truncated]\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Diff("want", tc.a, "got", tc.b, 2, tc.maxLines); got != tc.want {
				t.Errorf("Diff:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestDiffSeparateHunks(t *testing.T) {
	var a, b []string
	for i := 0; i < 30; i++ {
		line := strings.Repeat("x", i)
		a = append(a, line)
		if i == 2 || i == 25 {
			line += "!"
		}
		b = append(b, line)
	}
	d := Diff("want", strings.Join(a, "\n")+"\n", "got", strings.Join(b, "\n")+"\n", 1, 100)
	if n := strings.Count(d, "@@ -"); n != 2 {
		t.Errorf("want 2 hunks, got %d:\n%s", n, d)
	}
}

func needOracle(t *testing.T) {
	t.Helper()
	if ok, reason := Available(); !ok {
		t.Skip(reason)
	}
}

func writeTemp(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestASTDump(t *testing.T) {
	needOracle(t)
	p := writeTemp(t, "a.py", "x = 1\n")
	got, err := ASTDump(p, -1)
	if err != nil {
		t.Fatal(err)
	}
	want := "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n"
	if got != want {
		t.Errorf("ASTDump = %q, want %q", got, want)
	}
	got, err = ASTDump(p, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got, "Module(\n body=[\n  Assign(") {
		t.Errorf("ASTDump indent 1 = %q", got)
	}
}

func TestDis(t *testing.T) {
	needOracle(t)
	p := writeTemp(t, "d.py", "def f():\n    return g(1)\n")
	got, err := Dis(p, false)
	if err != nil {
		t.Fatal(err)
	}
	got = NormalizeAddrs(got)
	head := "  0           0 RESUME                   0\n\n" +
		"  1           2 LOAD_CONST               0 (<code object f at 0x…, file \"" + p + "\", line 1>)\n"
	if !strings.HasPrefix(got, head) {
		t.Errorf("Dis = %q, want prefix %q", got, head)
	}
	if strings.Contains(got, "CACHE") {
		t.Errorf("Dis without caches printed CACHE:\n%s", got)
	}
	got, err = Dis(p, true)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "CACHE                    0") {
		t.Errorf("Dis with caches printed no CACHE:\n%s", got)
	}
}

func TestDisMatchesDashMDis(t *testing.T) {
	needOracle(t)
	p := writeTemp(t, "m.py", "import math\nprint(math.pi, frozenset({'a', 'b', 'c'}))\nx = {'a', 'b'} | {1, 2}\n")
	got, err := Dis(p, false)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run("-m", "dis", p)
	if err != nil || res.Exit != 0 {
		t.Fatalf("python3 -m dis: %v %v %s", err, res.Exit, res.Stderr)
	}
	if NormalizeAddrs(got) != NormalizeAddrs(res.Stdout) {
		t.Errorf("Dis differs from python3 -m dis:\n%s", Diff("-m dis", res.Stdout, "Dis", got, 3, 40))
	}
}

func TestSyntaxErrors(t *testing.T) {
	needOracle(t)
	p := writeTemp(t, "bad.py", "x = (\n")
	_, err := ASTDump(p, -1)
	var pe *PythonError
	if !errors.As(err, &pe) || !strings.Contains(pe.Text, "SyntaxError: '(' was never closed") {
		t.Errorf("ASTDump error = %v", err)
	}
	stderr, exit, err := RunStderr(p)
	if err != nil {
		t.Fatal(err)
	}
	want := "  File \"" + p + "\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n"
	if exit != 1 || stderr != want {
		t.Errorf("RunStderr = %q, %d; want %q, 1", stderr, exit, want)
	}
}

func TestPrefetch(t *testing.T) {
	needOracle(t)
	dir := t.TempDir()
	a := filepath.Join(dir, "a.py")
	b := filepath.Join(dir, "b.py")
	os.WriteFile(a, []byte("x = 1\n"), 0o644)
	os.WriteFile(b, []byte("y = (\n"), 0o644)
	if err := Prefetch([]string{a, b}, ReqAST, ReqDis); err != nil {
		t.Fatal(err)
	}
	// The files change on disk: answers must now come from the cache.
	os.WriteFile(a, []byte("z = 2\n"), 0o644)
	got, err := ASTDump(a, -1)
	if err != nil || !strings.Contains(got, "id='x'") {
		t.Errorf("ASTDump(a) = %q, %v; want the prefetched dump", got, err)
	}
	var pe *PythonError
	if _, err := Dis(b, false); !errors.As(err, &pe) {
		t.Errorf("Dis(b) error = %v, want a PythonError", err)
	}
	// A request that was not prefetched runs on its own.
	got, err = ASTDump(a, 0)
	if err != nil || !strings.Contains(got, "id='z'") {
		t.Errorf("ASTDump(a, 0) = %q, %v; want a fresh dump", got, err)
	}
}

func TestDiffLongLines(t *testing.T) {
	long := strings.Repeat("abcdefghij", 50)
	want := long[:300] + "X" + long[301:]
	got := long
	d := Diff("want", want+"\n", "got", got+"\n", 1, 10)
	lines := strings.Split(strings.TrimSuffix(d, "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("want 5 lines, got:\n%s", d)
	}
	for _, l := range lines[3:] {
		if len(l) > maxWidth+60 || !strings.Contains(l, "[first difference at byte 300]") || !strings.HasPrefix(l[1:], "…") {
			t.Errorf("long line not clipped around the difference: %q", l)
		}
	}
	if !strings.Contains(lines[3], "X") {
		t.Errorf("clipped removed line lost the difference: %q", lines[3])
	}
	// A long line with no partner is shown from its start.
	d = Diff("want", "", "got", long+"\n", 1, 10)
	if !strings.Contains(d, "+abcdefghij") || strings.Contains(d, "first difference") {
		t.Errorf("unpaired long line: %s", d)
	}
}
