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

// runPy runs src as a main program on a fresh Machine and returns its
// stdout, stderr and exit status. The file name is "/tmp/prog.py".
func runPy(t testing.TB, src string) (stdout, stderr string, status int) {
	t.Helper()
	return runPyIn(t, src, "/tmp/prog.py", "")
}

func runPyIn(t testing.TB, src, filename, stdin string) (string, string, int) {
	t.Helper()
	code, err := Compile([]byte(src), filename)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	var out, errb bytes.Buffer
	m := New(Options{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Argv: []string{filename}})
	// The program exists only in memory: tracebacks read its lines here.
	m.SetSource(filename, []byte(src))
	res, err := m.RunMain(code)
	if err != nil {
		t.Fatalf("run: %v (stderr so far: %s)", err, errb.String())
	}
	return out.String(), errb.String(), res.ExitStatus
}

// pythonRun runs src under python3 from a file named prog.py in a temp
// directory and returns what it printed; the path in tracebacks is
// rewritten to /tmp/prog.py so it compares with runPy's.
func pythonRun(t testing.TB, src string) (stdout, stderr string, status int) {
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
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	status = 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), strings.ReplaceAll(errb.String(), path, "/tmp/prog.py"), status
}

// checkPy runs src on quicken and python3 and fails on any difference in
// stdout, stderr or exit status.
func checkPy(t *testing.T, src string) {
	t.Helper()
	wo, we, ws := pythonRun(t, src)
	go_, ge, gs := runPy(t, src)
	if go_ != wo || ge != we || gs != ws {
		t.Errorf("program:\n%s\n%s", src, oracle.Diff("python3", "stdout:\n"+wo+"stderr:\n"+we+"status: "+itoa(ws)+"\n",
			"quicken", "stdout:\n"+go_+"stderr:\n"+ge+"status: "+itoa(gs)+"\n", 3, 60))
	}
}

func TestSmoke(t *testing.T) {
	out, errs, status := runPy(t, "def f(a, b=2):\n    return a * b + 1\nx = f(1) + f(2) + f(3)\nprint(x == 15)\n")
	if status != 0 || errs != "" {
		t.Fatalf("status %d, stderr %q", status, errs)
	}
	if out != "<bool object>\n" && out != "True\n" {
		t.Fatalf("stdout %q", out)
	}
}
