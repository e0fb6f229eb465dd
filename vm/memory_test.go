package vm

import (
	"bytes"
	"strings"
	"testing"
)

// runLimited runs src with a small memory ceiling.
func runLimited(t *testing.T, src string, limit int64) (string, int) {
	t.Helper()
	code, err := Compile([]byte(src), "/tmp/prog.py")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	m := New(Options{Stdout: &out, Stderr: &out, MemoryLimit: limit})
	res, err := m.RunMain(code)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return out.String(), res.ExitStatus
}

// TestMemoryLimit checks that programs growing without bound, slowly or
// at once, get MemoryError instead of taking the machine down, and that
// the program can catch it and go on.
func TestMemoryLimit(t *testing.T) {
	for _, src := range []string{
		"x = []\nwhile True:\n    x.append('a' * 10000)\n",
		"x = [0] * 10**10\n",
		"s = 'ab' * 10**12\n",
		"d = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 50\n    i += 1\n",
		"n = 7 ** (10 ** 9)\n",
	} {
		out, status := runLimited(t, src, 32<<20)
		if status != 1 || !strings.HasSuffix(out, "\nMemoryError\n") {
			t.Errorf("%q: status %d, output ends %q", src, status, tail(out, 200))
		}
	}
	out, status := runLimited(t, "try:\n    x = [1] * 10**9\nexcept MemoryError:\n    x = None\nprint('recovered', x)\n", 32<<20)
	if status != 0 || out != "recovered None\n" {
		t.Errorf("catching MemoryError: status %d, output %q", status, out)
	}
}

// TestGarbageIsCollected runs a program that allocates far more than the
// ceiling in total but little at a time: the collector keeps it alive.
func TestGarbageIsCollected(t *testing.T) {
	src := "t = 0\nfor i in range(300000):\n    s = str(i) * 20\n    l = [s, s, i]\n    t += len(l[0])\nprint(t)\n"
	out, status := runLimited(t, src, 16<<20)
	if status != 0 || out != "33777800\n" {
		t.Errorf("status %d, output %q", status, tail(out, 300))
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}
