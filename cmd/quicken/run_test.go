package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quicken-py/quicken/internal/oracle"
)

const (
	runCorpus = "../../testdata/run"
	// specializedCorpus holds programs whose output depends on
	// specialization (CPython's specialized calls skip checks its generic
	// ones make): they are compared with specialization on only.
	specializedCorpus = "../../testdata/specialized"
)

// runCase is one corpus program with its arguments and standard input.
type runCase struct {
	path  string
	args  []string
	stdin []byte
}

func loadRunCases(t *testing.T, dir string) []runCase {
	var cases []runCase
	for _, p := range glob(t, filepath.Join(dir, "*.py")) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c := runCase{path: p}
		first, _, _ := strings.Cut(string(src), "\n")
		if rest, ok := strings.CutPrefix(first, "# args:"); ok {
			c.args = strings.Fields(rest)
		}
		if in, err := os.ReadFile(strings.TrimSuffix(p, ".py") + ".stdin"); err == nil {
			c.stdin = in
		}
		cases = append(cases, c)
	}
	return cases
}

// pythonResults runs every case under python3, a few at a time.
func pythonResults(t *testing.T, cases []runCase) []cliResult {
	results := make([]cliResult, len(cases))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, c := range cases {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cmd := exec.Command(oracle.Interpreter(), append([]string{c.path}, c.args...)...)
			cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONUNBUFFERED=1", "PYTHONIOENCODING=utf-8")
			cmd.Stdin = bytes.NewReader(c.stdin)
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			err := cmd.Run()
			status := 0
			if ee, ok := err.(*exec.ExitError); ok {
				status = ee.ExitCode()
			} else if err != nil {
				status = -1
				errb.WriteString(err.Error())
			}
			results[i] = cliResult{out.String(), errb.String(), status}
		}()
	}
	wg.Wait()
	return results
}

// runQuicken runs one case in-process under a deadline.
func runQuicken(t *testing.T, c runCase) (cliResult, bool) {
	done := make(chan cliResult, 1)
	go func() {
		var stdout, stderr bytes.Buffer
		status := runIO(append([]string{"run", c.path}, c.args...), bytes.NewReader(c.stdin), &stdout, &stderr)
		done <- cliResult{stdout.String(), stderr.String(), status}
	}()
	select {
	case r := <-done:
		return r, true
	case <-time.After(30 * time.Second):
		return cliResult{}, false
	}
}

// TestSpecializedCorpus runs the programs of testdata/specialized under
// quicken, specializing, and python3.
func TestSpecializedCorpus(t *testing.T) {
	compareDir(t, specializedCorpus, func(s string) string { return s })
}

var addressRE = regexp.MustCompile(`0x[0-9a-f]+`)

// TestRunUnraisable runs the programs of testdata/unraisable, whose
// output names objects by address, and compares it with python3's, the
// addresses normalised.
func TestRunUnraisable(t *testing.T) {
	compareDir(t, "../../testdata/unraisable", func(s string) string { return addressRE.ReplaceAllString(s, "0x…") })
}

// compareDir runs the programs of dir under quicken run and python3 and
// compares their output and exit status, both normalised by norm.
func compareDir(t *testing.T, dir string, norm func(string) string) {
	needOracle(t)
	t.Setenv("PYTHONUNBUFFERED", "1") // as python3 runs in pythonResults
	cases := loadRunCases(t, dir)
	if len(cases) == 0 {
		t.Fatalf("no programs in %s", dir)
	}
	want := pythonResults(t, cases)
	show := func(r cliResult) string {
		return norm(r.stdout+"--- stderr\n"+r.stderr) + "--- status " + strconv.Itoa(r.status) + "\n"
	}
	for i, c := range cases {
		got, finished := runQuicken(t, c)
		if !finished {
			t.Errorf("quicken run %s: still running after 30s", c.path)
			continue
		}
		if show(got) != show(want[i]) {
			t.Errorf("quicken run %s differs from python3:\n%s", c.path, oracle.Diff("python3", show(want[i]), "quicken", show(got), diffContext, diffMaxLines))
		}
	}
}

// TestRunCorpus runs every program of testdata/run under quicken and
// python3 and compares stdout, stderr and exit status byte for byte.
func TestRunCorpus(t *testing.T) {
	needOracle(t)
	t.Setenv("PYTHONUNBUFFERED", "1") // as python3 runs in pythonResults
	cases := loadRunCases(t, runCorpus)
	if len(cases) < 60 {
		t.Fatalf("only %d programs in %s", len(cases), runCorpus)
	}
	want := pythonResults(t, cases)
	failing := 0
	for i, c := range cases {
		name := filepath.Base(c.path)
		got, finished := runQuicken(t, c)
		ok := finished && got == want[i]
		record("run", ok)
		if ok {
			continue
		}
		failing++
		if !finished {
			t.Errorf("quicken run %s: still running after 30s", name)
			continue
		}
		t.Errorf("quicken run %s differs from python3:\n%s", name, oracle.Diff("python3",
			want[i].stdout+"--- stderr\n"+want[i].stderr+"--- status "+strconv.Itoa(want[i].status)+"\n",
			"quicken", got.stdout+"--- stderr\n"+got.stderr+"--- status "+strconv.Itoa(got.status)+"\n",
			diffContext, diffMaxLines))
	}
	t.Logf("%d/%d programs print what python3 prints", len(cases)-failing, len(cases))
}

// TestRunBrokenPipe: when standard output's reader goes away (`| head`),
// the program gets BrokenPipeError at a print and python3's traceback
// and exit status follow, with stdout unbuffered or block buffered.
func TestRunBrokenPipe(t *testing.T) {
	needOracle(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "many.py")
	if err := os.WriteFile(path, []byte("for i in range(100000):\n    print(i)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, unbuffered := range []string{"1", ""} {
		t.Run("PYTHONUNBUFFERED="+unbuffered, func(t *testing.T) {
			t.Setenv("PYTHONUNBUFFERED", unbuffered)
			cmd := exec.Command(oracle.Interpreter(), path)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var pyErr bytes.Buffer
			cmd.Stderr = &pyErr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			first := make([]byte, 2)
			if _, err := io.ReadFull(out, first); err != nil {
				t.Fatal(err)
			}
			out.Close()
			err = cmd.Wait()
			ee, ok := err.(*exec.ExitError)
			if !ok {
				t.Fatalf("python3 with its reader gone: %v, want exit status 1", err)
			}
			// quicken's stdout is a pipe too (its block size sets the
			// buffer's), whose reader goes after two bytes.
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			go func() {
				io.ReadFull(r, first)
				r.Close()
			}()
			var stderr bytes.Buffer
			status := runIO([]string{"run", path}, strings.NewReader(""), w, &stderr)
			w.Close()
			if status != ee.ExitCode() || stderr.String() != pyErr.String() {
				t.Errorf("quicken: status %d, stderr:\n%s\npython3: status %d, stderr:\n%s", status, stderr.String(), ee.ExitCode(), pyErr.String())
			}
		})
	}
}
