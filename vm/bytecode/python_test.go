package bytecode

import (
	"bytes"
	"os/exec"
	"strings"
	"sync"
	"testing"
)

var (
	pythonOnce sync.Once
	pythonOK   bool
	pythonWhy  string
)

// requirePython skips the test unless python3 is CPython 3.11.
func requirePython(t testing.TB) {
	t.Helper()
	pythonOnce.Do(func() {
		out, err := exec.Command("python3", "--version").Output()
		pythonOK = err == nil && strings.HasPrefix(string(out), "Python 3.11")
		pythonWhy = strings.TrimSpace(string(out))
		if err != nil {
			pythonWhy = err.Error()
		}
	})
	if !pythonOK {
		t.Skipf("python3 is not CPython 3.11 (%s): differential test skipped", pythonWhy)
	}
}

// runPython runs python3 with args and PYTHONHASHSEED=0, returning stdout.
func runPython(t testing.TB, stdin string, args ...string) string {
	t.Helper()
	requirePython(t)
	cmd := exec.Command("python3", args...)
	cmd.Env = append(cmd.Environ(), "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1")
	cmd.Stdin = strings.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}
