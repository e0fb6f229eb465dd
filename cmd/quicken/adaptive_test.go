package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quicken-py/quicken/internal/oracle"
)

// adaptiveDeadline bounds one in-process `quicken dis --adaptive` run.
const adaptiveDeadline = 60 * time.Second

// adaptiveCorpus lists the runnable programs the adaptive differential
// test covers: testdata/run (the `quicken run` corpus) and testdata/*.py
// (the dis corpus, whose files are complete programs too). The syntax
// error corpus (testdata/errors) does not run.
func adaptiveCorpus(t *testing.T) []string {
	var files []string
	for _, pattern := range []string{filepath.Join(runCorpus, "*.py"), filepath.Join(corpusDir, "*.py")} {
		for _, p := range glob(t, pattern) {
			if !wantFile(p) {
				continue
			}
			abs, err := filepath.Abs(p)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, abs)
		}
	}
	return files
}

// TestAdaptiveCorpus runs every corpus program under `quicken dis
// --adaptive --show-caches` and under CPython 3.11 (oracle.AdaptiveDis)
// and compares the adaptive disassemblies after the run, per-process
// version numbers and addresses normalized (oracle.NormalizeAdaptive).
//
// Both sides run the program as `python3 FILE < /dev/null` would, with
// no arguments and an empty standard input: the `# args:` line and the
// .stdin file of a testdata/run program are not used (what `quicken dis
// --adaptive` offers is a run with neither). A program that then stops
// early (an uncaught EOFError, a usage message and sys.exit) stops at
// the same point on both sides; the functions are disassembled as that
// shorter run left them. Both sides get the absolute path, as python3
// FILE makes it, so code object reprs agree.
//
// QUICKEN_ADAPTIVE_DUMP=DIR writes both normalized disassemblies of each
// differing program to DIR (NAME.python3.txt, NAME.quicken.txt) for a
// full diff; QUICKEN_DIFF_ONLY limits the programs as for TestCorpus.
func TestAdaptiveCorpus(t *testing.T) {
	needOracle(t)
	files := adaptiveCorpus(t)
	if len(files) < 100 && os.Getenv("QUICKEN_DIFF_ONLY") == "" {
		t.Fatalf("only %d programs in the corpus", len(files))
	}
	var matching atomic.Int64
	t.Cleanup(func() {
		t.Logf("%d/%d programs: quicken's adaptive disassembly matches CPython's", matching.Load(), len(files))
	})
	for _, path := range files {
		name := filepath.Base(filepath.Dir(path)) + "/" + filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, err := oracle.AdaptiveDis(path, true)
			if err != nil {
				t.Fatalf("python3: %v", err)
			}
			got, ok := runAdaptive(path)
			if !ok {
				t.Fatalf("quicken dis --adaptive: still running after %v", adaptiveDeadline)
			}
			if got.status != exitOK || got.stderr != "" {
				t.Fatalf("quicken dis --adaptive: status %d, stderr:\n%s", got.status, got.stderr)
			}
			w, g := oracle.NormalizeAdaptive(want), oracle.NormalizeAdaptive(got.stdout)
			if dir := os.Getenv("QUICKEN_ADAPTIVE_DUMP"); dir != "" && w != g {
				// Both normalized disassemblies, for a full diff.
				base := filepath.Join(dir, strings.ReplaceAll(name, "/", "_"))
				os.WriteFile(base+".python3.txt", []byte(w), 0o644)
				os.WriteFile(base+".quicken.txt", []byte(g), 0o644)
			}
			if w == g {
				matching.Add(1)
			} else {
				t.Errorf("dis(adaptive=True, show_caches=True) after the run differs:\n%s",
					oracle.Diff("python3", w, "quicken", g, diffContext, 60))
			}
		})
	}
}

// runAdaptive runs `quicken dis --adaptive --show-caches path` in-process
// under a deadline.
func runAdaptive(path string) (cliResult, bool) {
	done := make(chan cliResult, 1)
	go func() {
		var stdout, stderr bytes.Buffer
		status := run([]string{"dis", "--adaptive", "--show-caches", path}, &stdout, &stderr)
		done <- cliResult{stdout.String(), stderr.String(), status}
	}()
	select {
	case r := <-done:
		return r, true
	case <-time.After(adaptiveDeadline):
		return cliResult{}, false
	}
}

// TestDisAdaptiveCLI checks the command's own behaviour: the program's
// output is discarded, an uncaught exception still gives the
// disassembly, and a syntax error is reported as `quicken dis` reports
// it.
func TestDisAdaptiveCLI(t *testing.T) {
	prog := writeFile(t, "prog.py", "def f(a, b):\n    return a + b\n\nfor i in range(10):\n    print(f(i, 1))\nraise ValueError('boom')\n")
	var out, errb bytes.Buffer
	status := run([]string{"dis", "--adaptive", prog}, &out, &errb)
	if status != exitOK || errb.Len() != 0 {
		t.Fatalf("status %d, stderr %q", status, errb.String())
	}
	if !bytes.HasPrefix(out.Bytes(), []byte("== f\n")) || bytes.Contains(out.Bytes(), []byte("boom")) {
		t.Errorf("unexpected output:\n%s", out.String())
	}
	// f ran 10 times: quickened (8th call) and its RESUME is RESUME_QUICK.
	if !bytes.Contains(out.Bytes(), []byte("RESUME_QUICK")) {
		t.Errorf("f not quickened after 10 calls:\n%s", out.String())
	}

	bad := writeFile(t, "bad.py", "def f(:\n    pass\n")
	var dOut, dErr, aOut, aErr bytes.Buffer
	dStatus := run([]string{"dis", bad}, &dOut, &dErr)
	aStatus := run([]string{"dis", "--adaptive", bad}, &aOut, &aErr)
	if aStatus != exitSyntax || aStatus != dStatus || aErr.String() != dErr.String() || aOut.Len() != 0 {
		t.Errorf("syntax error: dis --adaptive gave status %d stderr %q, dis gave %d %q",
			aStatus, aErr.String(), dStatus, dErr.String())
	}
}
