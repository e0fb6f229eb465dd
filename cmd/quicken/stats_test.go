package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// statsProgram's BINARY_OP sites have counters that follow from the
// fact sheet; specializer/report_test.go derives them.
const statsProgram = `def add(n):
    t = 0
    for i in range(n):
        t = t + i
    return t

def mixed(n):
    for i in range(n):
        x = i + 0.5
    return x

def g(a, b):
    return a + b

print(add(100), mixed(100))
for i in range(8):
    g(1, 2)
for i in range(100):
    g(1.0, 2.0)
`

// TestRunStats checks `quicken run --stats`: the program's stdout is
// untouched, the report follows on stderr, and the BINARY_OP sites have
// the counters derived by hand.
func TestRunStats(t *testing.T) {
	path := writeFile(t, "prog.py", statsProgram)
	var out, errb bytes.Buffer
	status := runIO([]string{"run", "--stats", path}, strings.NewReader(""), &out, &errb)
	if status != exitOK {
		t.Fatalf("status %d, stderr:\n%s", status, errb.String())
	}
	if out.String() != "4950 99.5\n" {
		t.Errorf("stdout = %q, want the program's output only", out.String())
	}
	report := errb.String()
	if !strings.HasPrefix(report, "## Execution counts\n") {
		t.Errorf("stderr does not start with the report:\n%s", report)
	}
	for _, row := range []string{
		"| " + path + ":4 | add | 44 | BINARY_OP | 1 | 0 | 93 | 0 | 0 | 0 |  |\n",
		"| " + path + ":9 | mixed | 40 | BINARY_OP | 0 | 6 | 0 | 0 | 93 | 0 | add different types: 6 |\n",
		"| " + path + ":13 | g | 6 | BINARY_OP | 2 | 0 | 17 | 53 | 31 | 1 |  |\n",
		"| Success | 3 | 33.3% |\n| Failure | 6 | 66.7% |\n",
	} {
		if !strings.Contains(report, row) {
			t.Errorf("report lacks %q:\n%s", row, report)
		}
	}
}

// TestRunStatsAfterTraceback: the report comes after the traceback of
// an uncaught exception, and the exit status stays the program's.
func TestRunStatsAfterTraceback(t *testing.T) {
	path := writeFile(t, "boom.py", "print('hi')\nraise ValueError('boom')\n")
	var out, errb bytes.Buffer
	status := runIO([]string{"run", "--stats", path}, strings.NewReader(""), &out, &errb)
	if status != 1 || out.String() != "hi\n" {
		t.Fatalf("status %d, stdout %q", status, out.String())
	}
	tb, report, ok := strings.Cut(errb.String(), "ValueError: boom\n")
	if !ok || !strings.HasPrefix(tb, "Traceback (most recent call last):\n") || !strings.HasPrefix(report, "## Execution counts\n") {
		t.Errorf("stderr:\n%s", errb.String())
	}
}

// TestRunNoSpecialize: with --no-specialize nothing is quickened, so
// every BINARY_OP runs as the base instruction and no attempt is made.
func TestRunNoSpecialize(t *testing.T) {
	path := writeFile(t, "prog.py", statsProgram)
	var out, errb bytes.Buffer
	status := runIO([]string{"run", "--no-specialize", "--stats", path}, strings.NewReader(""), &out, &errb)
	if status != exitOK || out.String() != "4950 99.5\n" {
		t.Fatalf("status %d, stdout %q, stderr:\n%s", status, out.String(), errb.String())
	}
	report := errb.String()
	// 100 + 100 + 108 executions, all of the base form.
	for _, s := range []string{"| BINARY_OP | 308 |", "|  unquickened |          308 | 100.0% |"} {
		if !strings.Contains(report, s) {
			t.Errorf("report lacks %q:\n%s", s, report)
		}
	}
	for _, s := range []string{"ADAPTIVE", "_QUICK", "LOAD_FAST__", "| Success | 1"} {
		if strings.Contains(report, s) {
			t.Errorf("generic run reports %q:\n%s", s, report)
		}
	}
	// No adaptive instruction ran: the per-site table is empty.
	const noSites = "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---|\n\n"
	if !strings.Contains(report, noSites) {
		t.Errorf("per-site table not empty:\n%s", report)
	}
}

// TestRunCorpusNoSpecialize runs the run corpus with --no-specialize:
// generic 3.11 bytecode must print what python3 prints too.
func TestRunCorpusNoSpecialize(t *testing.T) {
	needOracle(t)
	if testing.Short() {
		t.Skip("long: runs the whole corpus")
	}
	cases := loadRunCases(t, runCorpus)
	want := pythonResults(t, cases)
	for i, c := range cases {
		if !wantFile(c.path) {
			continue
		}
		var stdout, stderr bytes.Buffer
		status := runIO(append([]string{"run", "--no-specialize", c.path}, c.args...), bytes.NewReader(c.stdin), &stdout, &stderr)
		got := cliResult{stdout.String(), stderr.String(), status}
		if got != want[i] {
			t.Errorf("quicken run --no-specialize %s differs from python3:\n%s", c.path, oracle.Diff("python3",
				want[i].stdout+"--- stderr\n"+want[i].stderr, "quicken", got.stdout+"--- stderr\n"+got.stderr, diffContext, diffMaxLines))
		}
	}
}
