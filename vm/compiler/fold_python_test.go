package compiler

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// foldPython runs a Python script under python3 (CPython 3.11, the oracle)
// with PYTHONHASHSEED=0 and returns its standard output. The test is
// skipped, with the reason printed, when python3 is missing or is not
// 3.11.
func foldPython(t *testing.T, script, stdin string) string {
	t.Helper()
	out, err := exec.Command("python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil {
		t.Skipf("python3 not available: %v", err)
	}
	if strings.TrimSpace(string(out)) != "True" {
		t.Skip("python3 is not CPython 3.11")
	}
	cmd := exec.Command("python3", "-c", script)
	cmd.Env = append(cmd.Environ(), "PYTHONHASHSEED=0")
	cmd.Stdin = strings.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	return string(res)
}
