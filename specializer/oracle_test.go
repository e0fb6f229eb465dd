package specializer

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// requireOracle skips t unless python3 is CPython 3.11.
func requireOracle(t testing.TB) {
	t.Helper()
	if ok, why := oracle.Available(); !ok {
		t.Skip(why)
	}
}

// writeProgram writes src to prog.py in a temporary directory.
func writeProgram(t testing.TB, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// runQuicken runs the program at path in a specializing VM, as `quicken
// run` does, and returns the machine after the run and what it printed.
func runQuicken(t testing.TB, path string) (m *vm.Machine, stdout, stderr string) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	code, err := vm.Compile(src, path)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	var out, errb bytes.Buffer
	m = vm.New(vm.Options{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Argv: []string{path}})
	Attach(m)
	if _, err := m.RunMain(code); err != nil {
		t.Fatalf("run: %v (stderr so far: %s)", err, errb.String())
	}
	return m, out.String(), errb.String()
}

// quickenAdaptive returns what `quicken dis --adaptive --show-caches`
// prints for the program at path, and the program's output.
func quickenAdaptive(t testing.TB, path string) (dis, stdout, stderr string) {
	t.Helper()
	m, stdout, stderr := runQuicken(t, path)
	var b strings.Builder
	if err := DisAdaptive(&b, m, true); err != nil {
		t.Fatal(err)
	}
	return b.String(), stdout, stderr
}

// checkAdaptive runs src under quicken (specializing) and CPython 3.11
// and compares the program's output, then the adaptive disassembly with
// caches of its functions after the run (per-process version numbers and
// addresses normalized: oracle.NormalizeAdaptive). It returns quicken's
// disassembly for further checks.
func checkAdaptive(t *testing.T, src string) string {
	t.Helper()
	return checkAdaptiveRun(t, src, false)
}

// checkAdaptiveDone is checkAdaptive for a program that must run to the
// end under CPython, printing "done" last (a program stopped early by an
// exception would compare code that never warmed up).
func checkAdaptiveDone(t *testing.T, src string) string {
	t.Helper()
	return checkAdaptiveRun(t, src, true)
}

func checkAdaptiveRun(t *testing.T, src string, mustFinish bool) string {
	t.Helper()
	requireOracle(t)
	path := writeProgram(t, src)
	got, stdout, stderr := quickenAdaptive(t, path)
	cmd := exec.Command(oracle.Interpreter(), path)
	cmd.Env = oracle.Env()
	cmd.Stdin = strings.NewReader("")
	var pout, perr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &pout, &perr
	_ = cmd.Run()
	if mustFinish && (!strings.HasSuffix(pout.String(), "done\n") || perr.Len() != 0) {
		t.Fatalf("the program did not run to the end under python3:\n%s%s", pout.String(), perr.String())
	}
	if d := oracle.Diff("python3", pout.String()+perr.String(), "quicken", stdout+stderr, 3, 30); d != "" {
		t.Errorf("program output differs:\n%s", d)
	}
	want, err := oracle.AdaptiveDis(path, true)
	if err != nil {
		t.Fatal(err)
	}
	if d := oracle.Diff("python3", oracle.NormalizeAdaptive(want), "quicken", oracle.NormalizeAdaptive(got), 4, 60); d != "" {
		t.Errorf("dis(adaptive=True, show_caches=True) after the run differs:\n%s", d)
	}
	return got
}

func TestQuickenWarmup(t *testing.T) {
	checkAdaptive(t, `
def f(a, b):
    x = a + b
    y = x
    return y

def g(a, b):
    return a * b

def loop(n):
    t = 0
    for i in range(n):
        t = t + i
    return t

def gen():
    for i in range(20):
        yield i

for i in range(7):
    g(1, 2)
for i in range(8):
    f(1, 2)
loop(7)
it = gen()
for i in range(8):
    next(it)
`)
}

// runStats runs src in a specializing VM with statistics on and returns
// them (the program's output is discarded).
func runStats(t testing.TB, src string) *vm.SpecStats {
	t.Helper()
	code, err := vm.Compile([]byte(src), "/tmp/prog.py")
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	m := vm.New(vm.Options{Stdin: strings.NewReader(""), Argv: []string{"/tmp/prog.py"}})
	Attach(m)
	st := m.EnableStats()
	if _, err := m.RunMain(code); err != nil {
		t.Fatalf("run: %v", err)
	}
	return st
}

// siteOnLine returns the counters of the one site of base's family on
// line (the test fails if there is not exactly one).
func siteOnLine(t testing.TB, st *vm.SpecStats, base op.Opcode, line int) vm.SiteStats {
	t.Helper()
	var found []vm.SiteStats
	for _, s := range st.Sites() {
		if s.Base == base && s.Line == line {
			found = append(found, s)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d %s sites counted on line %d, want 1", len(found), base, line)
	}
	return found[0]
}
