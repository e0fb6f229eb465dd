package main

// The differential test: every file of the corpus goes through the real
// command-line code path (run) and through CPython 3.11, and the outputs
// must be identical (code-object addresses aside).
//
//	testdata/*.py, scenarios/programs/*.py  quicken ast, ast --indent 2, dis and
//	                              dis --show-caches against ast.dump and dis.dis
//	testdata/errors/*.py          quicken dis and ast against `python3 FILE`'s
//	                              stderr and exit status; each file's first
//	                              line "# error: Kind: message" must be the
//	                              last line CPython prints ({file} stands for
//	                              the file's absolute path)
//
// Each file is a subtest (TestCorpus/<file>/<kind>, TestSyntaxErrors/<file>/<kind>).
// At the end the test binary prints how many files match per kind.
// QUICKEN_DIFF_ONLY=a,b limits the run to files whose name contains a or b;
// QUICKEN_DIFF_KINDS=dis,errors limits the kinds compared.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quicken-py/quicken/internal/oracle"
)

// Output kinds, in the order the summary lists them.
const (
	kindAST        = "ast"
	kindASTIndent  = "ast-indent"
	kindDis        = "dis"
	kindDisCaches  = "dis-caches"
	kindErrors     = "errors"
	kindErrorsAST  = "errors-ast"
	diffContext    = 3
	diffMaxLines   = 24
	perRunDeadline = time.Minute
)

var allKinds = []string{kindAST, kindASTIndent, kindDis, kindDisCaches, kindErrors, kindErrorsAST}

const corpusDir = "../../testdata"

// tally counts matching files per kind for the summary.
var tally struct {
	sync.Mutex
	pass, total map[string]int
}

func record(kind string, ok bool) {
	tally.Lock()
	defer tally.Unlock()
	if tally.total == nil {
		tally.pass, tally.total = map[string]int{}, map[string]int{}
	}
	tally.total[kind]++
	if ok {
		tally.pass[kind]++
	}
}

func TestMain(m *testing.M) {
	status := m.Run()
	printSummary()
	os.Exit(status)
}

func printSummary() {
	tally.Lock()
	defer tally.Unlock()
	if len(tally.total) == 0 {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "quicken differential summary (oracle %s):\n", oracle.Version())
	for _, k := range allKinds {
		if n := tally.total[k]; n > 0 {
			fmt.Fprintf(&b, "  %-11s %3d/%-3d files match\n", k, tally.pass[k], n)
		}
	}
	fmt.Print(b.String())
}

func wantKind(kind string) bool {
	list := os.Getenv("QUICKEN_DIFF_KINDS")
	if list == "" {
		return true
	}
	for _, k := range strings.Split(list, ",") {
		if strings.TrimSpace(k) == kind {
			return true
		}
	}
	return false
}

func wantFile(path string) bool {
	list := os.Getenv("QUICKEN_DIFF_ONLY")
	if list == "" {
		return true
	}
	for _, s := range strings.Split(list, ",") {
		if s = strings.TrimSpace(s); s != "" && strings.Contains(filepath.Base(path), s) {
			return true
		}
	}
	return false
}

func needOracle(t *testing.T) {
	t.Helper()
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
}

func glob(t *testing.T, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// cliResult is what one in-process run of the command printed.
type cliResult struct {
	stdout, stderr string
	status         int
}

// runCLI runs the command line in-process. A run that does not finish
// within perRunDeadline fails the test instead of hanging the package.
func runCLI(t *testing.T, args ...string) cliResult {
	t.Helper()
	done := make(chan cliResult, 1)
	go func() {
		var stdout, stderr bytes.Buffer
		status := run(args, &stdout, &stderr)
		done <- cliResult{stdout.String(), stderr.String(), status}
	}()
	select {
	case r := <-done:
		return r
	case <-time.After(perRunDeadline):
		t.Fatalf("quicken %s: still running after %v", strings.Join(args, " "), perRunDeadline)
		return cliResult{}
	}
}

// compare checks quicken's output against CPython's and records the
// outcome for the summary.
func compare(t *testing.T, kind, args, want string, got cliResult, wantStatus int, onStderr bool) {
	t.Helper()
	out, other := got.stdout, got.stderr
	if onStderr {
		out, other = got.stderr, got.stdout
	}
	ok := true
	if got.status != wantStatus {
		ok = false
		t.Errorf("quicken %s: exit status %d, want %d", args, got.status, wantStatus)
	}
	if other != "" {
		ok = false
		t.Errorf("quicken %s: unexpected output on the other stream:\n%s", args, truncate(other, 20))
	}
	switch {
	case out == want:
	case out == "":
		// The other stream (shown above) says why; a diff would only
		// repeat CPython's whole output.
		ok = false
		t.Errorf("quicken %s printed nothing; CPython printed %d lines", args, strings.Count(want, "\n"))
	default:
		ok = false
		t.Errorf("quicken %s differs from CPython:\n%s", args,
			oracle.Diff("python3", want, "quicken", out, diffContext, diffMaxLines))
	}
	record(kind, ok)
}

func truncate(s string, lines int) string {
	parts := strings.SplitAfter(s, "\n")
	if len(parts) > lines {
		return strings.Join(parts[:lines], "") + "[…]\n"
	}
	return s
}

// TestCorpus compares ast, ast --indent 2, dis and dis --show-caches on
// every valid program of the corpus and every bundled example.
func TestCorpus(t *testing.T) {
	needOracle(t)
	var files []string
	for _, path := range append(glob(t, filepath.Join(corpusDir, "*.py")), glob(t, "../../scenarios/programs/*.py")...) {
		if wantFile(path) {
			files = append(files, path)
		}
	}
	prefetch(t, files, oracle.ReqAST, oracle.ReqASTIndent(2), oracle.ReqDis, oracle.ReqDisCaches)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			for _, k := range []struct {
				kind   string
				args   []string
				oracle func() (string, error)
				norm   func(string) string
			}{
				{kindAST, []string{"ast", path}, func() (string, error) { return oracle.ASTDump(path, -1) }, nil},
				{kindASTIndent, []string{"ast", "--indent", "2", path}, func() (string, error) { return oracle.ASTDump(path, 2) }, nil},
				{kindDis, []string{"dis", path}, func() (string, error) { return oracle.Dis(path, false) }, oracle.NormalizeAddrs},
				{kindDisCaches, []string{"dis", "--show-caches", path}, func() (string, error) { return oracle.Dis(path, true) }, oracle.NormalizeAddrs},
			} {
				if !wantKind(k.kind) {
					continue
				}
				t.Run(k.kind, func(t *testing.T) {
					want, err := k.oracle()
					var pe *oracle.PythonError
					if errors.As(err, &pe) {
						t.Fatalf("corpus file is not valid Python 3.11:\n%s", pe.Text)
					}
					if err != nil {
						t.Fatal(err)
					}
					got := runCLI(t, k.args...)
					if k.norm != nil {
						want, got.stdout = k.norm(want), k.norm(got.stdout)
					}
					compare(t, k.kind, strings.Join(k.args, " "), want, got, exitOK, false)
				})
			}
		})
	}
}

// prefetch asks CPython for everything the test will compare in one
// process (starting python3 costs more than answering). Should that fail,
// each query runs on its own and reports its own error.
func prefetch(t *testing.T, files []string, reqs ...string) {
	if len(files) == 0 {
		return
	}
	if err := oracle.Prefetch(files, reqs...); err != nil {
		t.Logf("oracle prefetch failed, querying file by file: %v", err)
	}
}

// errorMarker returns the "Kind: message" of an error file's first line.
func errorMarker(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	line, err := bufio.NewReader(f).ReadString('\n')
	if err != nil {
		return "", fmt.Errorf("%s: reading first line: %w", path, err)
	}
	marker, ok := strings.CutPrefix(strings.TrimRight(line, "\r\n"), "# error: ")
	if !ok {
		return "", fmt.Errorf("%s: first line must be \"# error: <Kind>: <message>\", got %q", path, line)
	}
	return marker, nil
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// TestSyntaxErrors checks every file of testdata/errors: CPython must
// reject it with the message marked in its first line, and quicken must
// print exactly what `python3 FILE` prints, with status 1. `quicken ast`
// must do the same when CPython's parser rejects the file, and print the
// AST when only the compiler does (errors such as 'return' outside
// function come from the symbol table or code generator).
func TestSyntaxErrors(t *testing.T) {
	needOracle(t)
	var files []string
	for _, path := range glob(t, filepath.Join(corpusDir, "errors", "*.py")) {
		if wantFile(path) {
			files = append(files, path)
		}
	}
	prefetch(t, files, oracle.ReqAST)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			marker, err := errorMarker(path)
			if err != nil {
				t.Fatal(err)
			}
			stderr, exit, err := oracle.RunStderr(path)
			if err != nil {
				t.Fatal(err)
			}
			// A message that names the file marks it {file}: CPython
			// reports the script under its absolute path.
			marker = strings.ReplaceAll(marker, "{file}", scriptPath(path))
			if exit != 1 || lastLine(stderr) != marker {
				t.Fatalf("CPython does not fail as marked: exit %d, last line %q, marker %q", exit, lastLine(stderr), marker)
			}
			if wantKind(kindErrors) {
				t.Run("dis", func(t *testing.T) {
					compare(t, kindErrors, "dis "+path, stderr, runCLI(t, "dis", path), 1, true)
				})
			}
			if wantKind(kindErrorsAST) {
				t.Run("ast", func(t *testing.T) {
					dump, err := oracle.ASTDump(path, -1)
					var pe *oracle.PythonError
					switch {
					case errors.As(err, &pe):
						compare(t, kindErrorsAST, "ast "+path, stderr, runCLI(t, "ast", path), 1, true)
					case err != nil:
						t.Fatal(err)
					default:
						compare(t, kindErrorsAST, "ast "+path, dump, runCLI(t, "ast", path), exitOK, false)
					}
				})
			}
		})
	}
}

// TestCorpusShape keeps the corpus honest: enough files, a long one, and
// every error file marked.
func TestCorpusShape(t *testing.T) {
	files := glob(t, filepath.Join(corpusDir, "*.py"))
	if len(files) < 80 {
		t.Errorf("corpus has %d files, want at least 80", len(files))
	}
	longest := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		longest = max(longest, bytes.Count(src, []byte("\n")))
	}
	if longest <= 1000 {
		t.Errorf("longest corpus file has %d lines, want one over 1000", longest)
	}
	errs := glob(t, filepath.Join(corpusDir, "errors", "*.py"))
	if len(errs) < 40 {
		t.Errorf("error corpus has %d files, want at least 40", len(errs))
	}
	for _, path := range errs {
		if _, err := errorMarker(path); err != nil {
			t.Error(err)
		}
	}
}
