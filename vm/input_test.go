package vm

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// checkPyStdin is checkPy with the program's standard input.
func checkPyStdin(t *testing.T, src, stdin string) {
	t.Helper()
	if ok, why := oracle.Available(); !ok {
		t.Skip(why)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(oracle.Interpreter(), path)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONUNBUFFERED=1", "PYTHONIOENCODING=utf-8")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	ws := 0
	if err := cmd.Run(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatal(err)
		}
		ws = ee.ExitCode()
	}
	wo, we := out.String(), strings.ReplaceAll(errb.String(), path, "/tmp/prog.py")
	go_, ge, gs := runPySrc(t, src, stdin)
	if go_ != wo || ge != we || gs != ws {
		t.Errorf("program:\n%s\nstdin %q\n%s", src, stdin, oracle.Diff("python3",
			"stdout:\n"+wo+"stderr:\n"+we+"status: "+itoa(ws)+"\n",
			"quicken", "stdout:\n"+go_+"stderr:\n"+ge+"status: "+itoa(gs)+"\n", 3, 60))
	}
}

func TestInput(t *testing.T) {
	t.Parallel()
	cases := []struct{ src, stdin string }{
		{"a = input()\nb = input('name? ')\nprint(repr(a), repr(b))\n", "one\ntwo\n"},
		{"print(repr(input()))\nprint(repr(input()))\n", "last line without newline"},
		{"input()\n", ""},
		{"try:\n    input('p> ')\nexcept EOFError as e:\n    print('EOF:', e)\n", ""},
		{"print(repr(input(42)))\n", "x\n"},
		{"print(repr(input()))\n", "crlf\r\n"},
		{"import sys\nprint(repr(sys.stdin.readline()), repr(sys.stdin.read()))\n", "a\r\nb\rc\nd"},
		{"import sys\nprint(repr(sys.stdin.readline(2)), repr(sys.stdin.readline(-1)), repr(sys.stdin.readline()))\n", "abc\ndef"},
		{"import sys\nprint(repr(sys.stdin.read(2)), sys.stdin.readlines())\n", "abc\ndef"},
		{"import sys\nfor line in sys.stdin:\n    print(line.rstrip().upper())\n", "x\ny\nz\n"},
		{"import sys\nprint([l for l in sys.stdin])\nprint(repr(sys.stdin.readline()))\n", "1\n2"},
		{"import sys\nsys.stdin.close()\ntry:\n    input()\nexcept ValueError as e:\n    print(e)\nprint(sys.stdin.closed)\n", "x\n"},
		{"import sys\nprint(sys.stdin.readline(None))\n", "x\n"},
		{"n = int(input())\nprint(sum(int(input()) for _ in range(n)))\n", "3\n10\n20\n30\n"},
		{"print('prompt first', end='')\nx = input(' > ')\nprint(x)\n", "v\n"},
		{"exit()\n", "unread\n"},
	}
	for i, c := range cases {
		c := c
		t.Run(itoa(i), func(t *testing.T) {
			t.Parallel()
			checkPyStdin(t, c.src, c.stdin)
		})
	}
}

func TestOpen(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "data.txt")
	if err := os.WriteFile(path, []byte("ab\r\ncd\ref\nlast"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := pyQuote(path)
	checkPyCases(t, []string{
		"f = open(" + p + ")\nprint(f.readline(), f.read(), f.closed)\nf.close()\nprint(f.closed)\n",
		"with open(" + p + ") as f:\n    print(list(f))\nprint(f.closed)\n",
		"print(sum(1 for _ in open(" + p + ")))\nprint(open(" + p + ").readlines())\n",
		"f = open(" + p + ")\nprint(f.read(3), f.read(2), f.readline(1))\n",
		"open('/nonexistent/file')\n",
		"try:\n    open('/nonexistent')\nexcept OSError as e:\n    print(type(e).__name__, e.errno, e)\n",
		"open(" + pyQuote(dir) + ")\n",
		"open(1.5)\n",
		"open(" + p + ", 'q')\n",
		"open(" + p + ", 'rw')\n",
		"open(" + p + ", mode=3)\n",
		"f = open(" + p + ")\nf.close()\nf.read()\n",
	})
}
