package sweep

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quicken-py/quicken/internal/oracle"
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/compiler"
	"github.com/quicken-py/quicken/vm/syntax"
)

// Categories, in report order.
const (
	catAST       = "ast"
	catDis       = "dis"
	catDisCaches = "dis-caches"
	catErrors    = "errors"
)

var categories = []string{catAST, catDis, catDisCaches, catErrors}

const (
	slowFile      = 2 * time.Second
	stageDeadline = 2 * time.Minute
	diffContext   = 2
	diffMaxLines  = 24
	// maxConfirm bounds the fresh python3 processes started to confirm
	// mismatches that could come from interned-string state.
	maxConfirm = 200
)

// record is sweep.py's answer for one file.
type record struct {
	Path       string  `json:"path"`
	SHA        string  `json:"sha"`
	AST        *string `json:"ast"`
	ASTErr     *string `json:"ast_err"`
	Dis        *string `json:"dis"`
	DisCaches  *string `json:"dis_caches"`
	CompileErr *string `json:"compile_err"`
	Stderr     string  `json:"stderr"`
	Exit       int     `json:"exit"`
}

// outcome is quicken's result for one file against CPython's.
type outcome struct {
	path    string
	checked map[string]bool   // categories that apply to the file
	diffs   map[string]string // category → diff, for mismatches
	panics  []string
	hangs   []string
	elapsed time.Duration
	stages  map[string]time.Duration
}

func TestStdlib(t *testing.T) {
	if os.Getenv("QUICKEN_STDLIB") != "1" {
		t.Skip("set QUICKEN_STDLIB=1 to sweep the standard library")
	}
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	root := os.Getenv("QUICKEN_STDLIB_ROOT")
	if root == "" {
		res, err := oracle.Run("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
		if err != nil || res.Exit != 0 {
			t.Fatalf("finding the stdlib: %v %s", err, res.Stderr)
		}
		root = strings.TrimSpace(res.Stdout)
	}
	files, err := listFiles(root, os.Getenv("QUICKEN_STDLIB_GLOB"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no files under %s match %q", root, os.Getenv("QUICKEN_STDLIB_GLOB"))
	}
	cache := os.Getenv("QUICKEN_STDLIB_CACHE")
	if cache == "" {
		cache = filepath.Join(os.TempDir(), "quicken-stdlib-sweep")
	}
	cache = filepath.Join(cache, strings.ReplaceAll(oracle.Version(), " ", "-"))
	reportPath := os.Getenv("QUICKEN_STDLIB_REPORT")
	if reportPath == "" {
		reportPath = filepath.Join(os.TempDir(), "quicken-stdlib-sweep.txt")
	}

	start := time.Now()
	if os.Getenv("QUICKEN_STDLIB_CACHED_ONLY") == "1" {
		var have []string
		for _, f := range files {
			if _, err := os.Stat(recordPath(cache, f)); err == nil {
				have = append(have, f)
			}
		}
		files = have
		if len(files) == 0 {
			t.Fatalf("no CPython records in %s", cache)
		}
	} else if err := runPython(files, cache); err != nil {
		t.Fatal(err)
	}
	t.Logf("CPython side: %d files in %v", len(files), time.Since(start).Round(time.Second))

	start = time.Now()
	outcomes := make([]*outcome, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				outcomes[i] = sweepFile(files[i], cache)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	t.Logf("quicken side: %d files in %v", len(files), time.Since(start).Round(time.Second))
	retimeSlow(outcomes, cache)

	confirmMismatches(t, outcomes, cache)

	summary, report := writeReport(root, outcomes)
	if err := os.WriteFile(reportPath, []byte(summary+"\n"+report), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s\nreport: %s", summary, reportPath)
}

// listFiles returns the .py files under root, sorted, that match glob.
func listFiles(root, glob string) ([]string, error) {
	var patterns []string
	for _, p := range strings.Split(glob, ",") {
		if p = strings.TrimSpace(p); p != "" {
			patterns = append(patterns, p)
		}
	}
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (name == "site-packages" || name == "__pycache__") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".py") || !d.Type().IsRegular() {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		if len(patterns) == 0 || matchAny(patterns, rel) {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

func matchAny(patterns []string, rel string) bool {
	for _, p := range patterns {
		if strings.HasSuffix(p, "/") {
			if strings.HasPrefix(rel, p) {
				return true
			}
			continue
		}
		subject := rel
		if !strings.Contains(p, "/") {
			subject = filepath.Base(rel)
		}
		if ok, _ := filepath.Match(p, subject); ok {
			return true
		}
	}
	return false
}

// runPython brings CPython's records for files up to date in cache.
func runPython(files []string, cache string) error {
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return err
	}
	list, err := os.CreateTemp("", "quicken-sweep-list-*.txt")
	if err != nil {
		return err
	}
	defer os.Remove(list.Name())
	if _, err := list.WriteString(strings.Join(files, "\n") + "\n"); err != nil {
		return err
	}
	list.Close()
	script, err := filepath.Abs("sweep.py")
	if err != nil {
		return err
	}
	cmd := exec.Command(oracle.Interpreter(), script, list.Name(), cache)
	cmd.Env = oracle.Env()
	cmd.Dir = os.TempDir()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("sweep.py: %v\n%s", err, stderr.String())
	}
	return nil
}

func recordPath(cache, path string) string {
	sum := sha256.Sum256([]byte(path))
	return filepath.Join(cache, hex.EncodeToString(sum[:])+".json.gz")
}

func loadRecord(cache, path string) (*record, error) {
	f, err := os.Open(recordPath(cache, path))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	var rec record
	if err := json.NewDecoder(zr).Decode(&rec); err != nil {
		return nil, err
	}
	return &rec, nil
}

// stage runs f with a recover and a deadline. It reports whether f
// finished (without panicking) and how long it took.
func (o *outcome) stage(name string, f func()) bool {
	start := time.Now()
	done := make(chan string, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				stack := string(debug.Stack())
				done <- fmt.Sprintf("%v\n%s", r, trimStack(stack))
				return
			}
			done <- ""
		}()
		f()
	}()
	select {
	case p := <-done:
		o.stages[name] = time.Since(start)
		if p != "" {
			o.panics = append(o.panics, name+": "+p)
			return false
		}
		return true
	case <-time.After(stageDeadline):
		o.stages[name] = time.Since(start)
		o.hangs = append(o.hangs, name)
		return false
	}
}

// trimStack keeps the frames of a panic's stack that are quicken's own.
func trimStack(stack string) string {
	lines := strings.Split(stack, "\n")
	var out []string
	for i := 0; i+1 < len(lines); i++ {
		if strings.Contains(lines[i+1], "/vm/") && !strings.Contains(lines[i], "panic(") {
			out = append(out, "    "+strings.TrimSpace(lines[i])+"  "+strings.TrimSpace(lines[i+1]))
			i++
		}
		if len(out) == 8 {
			break
		}
	}
	return strings.Join(out, "\n")
}

// formatErr renders a quicken compile error as `python3 FILE` prints it.
func formatErr(err error) string {
	var se *syntax.Error
	if errors.As(err, &se) {
		text := se.Format()
		if !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		return text
	}
	return "quicken: internal error: " + err.Error() + "\n"
}

func sweepFile(path, cache string) *outcome {
	o := &outcome{path: path, checked: map[string]bool{}, diffs: map[string]string{}, stages: map[string]time.Duration{}}
	start := time.Now()
	defer func() { o.elapsed = time.Since(start) }()
	rec, err := loadRecord(cache, path)
	src, rerr := os.ReadFile(path)
	if err != nil || rerr != nil {
		o.panics = append(o.panics, fmt.Sprintf("setup: no CPython record or source: %v %v", err, rerr))
		return o
	}
	if sum := sha256.Sum256(src); hex.EncodeToString(sum[:]) != rec.SHA {
		o.panics = append(o.panics, "setup: CPython record is for other file contents")
		return o
	}
	compare := func(cat, want, got string) {
		o.checked[cat] = true
		want, got = oracle.NormalizeAddrs(want), oracle.NormalizeAddrs(got)
		if want != got {
			o.diffs[cat] = oracle.Diff("python3", want, "quicken", got, diffContext, diffMaxLines)
		}
	}

	// ast: the dump, or for a file the parser rejects, the error as
	// `python3 FILE` prints it.
	var astOut string
	if o.stage("parse", func() {
		mod, err := syntax.Parse(src, path, syntax.ModeExec)
		if err != nil {
			astOut = formatErr(err)
			return
		}
		astOut = syntax.Dump(mod, -1) + "\n"
	}) {
		if rec.AST != nil {
			compare(catAST, *rec.AST, astOut)
		} else {
			compare(catAST, rec.Stderr, astOut)
		}
	} else {
		o.checked[catAST] = true
		o.diffs[catAST] = "(no output: panic or hang)"
	}

	var code *bytecode.Code
	var compileErr error
	if !o.stage("compile", func() { code, compileErr = compiler.Compile(src, path) }) {
		for _, cat := range []string{catDis, catDisCaches, catErrors} {
			if (cat == catErrors) == (rec.CompileErr != nil) {
				o.checked[cat] = true
				o.diffs[cat] = "(no output: panic or hang in compile)"
			}
		}
		return o
	}
	if rec.CompileErr != nil {
		got := "(compiled without error)\n"
		if compileErr != nil {
			got = formatErr(compileErr)
		}
		compare(catErrors, rec.Stderr, got)
		return o
	}
	if compileErr != nil {
		got := formatErr(compileErr)
		compare(catDis, *rec.Dis, got)
		compare(catDisCaches, *rec.DisCaches, got)
		return o
	}
	for _, c := range []struct {
		cat, stage string
		want       string
		show       bool
	}{
		{catDis, "dis", *rec.Dis, false},
		{catDisCaches, "dis-caches", *rec.DisCaches, true},
	} {
		var buf bytes.Buffer
		var derr error
		if o.stage(c.stage, func() { derr = bytecode.Dis(&buf, code, bytecode.DisOptions{ShowCaches: c.show}) }) {
			if derr != nil {
				buf.WriteString("quicken: dis: " + derr.Error() + "\n")
			}
			compare(c.cat, c.want, buf.String())
		} else {
			o.checked[c.cat] = true
			o.diffs[c.cat] = "(no output: panic or hang)"
		}
	}
	return o
}

// retimeSlow runs each file that took over slowFile again, alone: with
// workers in parallel (and other work on the machine) wall times are
// noisy, and only a file that is slow by itself is worth reporting.
func retimeSlow(outcomes []*outcome, cache string) {
	for i, o := range outcomes {
		if o.elapsed <= slowFile {
			continue
		}
		runtime.GC()
		if again := sweepFile(o.path, cache); again.elapsed < o.elapsed {
			o.elapsed, o.stages = again.elapsed, again.stages
		}
		outcomes[i] = o
	}
}

// confirmScript disassembles a file in a fresh interpreter, imports as
// `python3 -m dis` has them, so that interned-string state matches what
// the compiler models.
const confirmScript = `
import sys, argparse, dis
path, show = sys.argv[1], sys.argv[2] == "1"
with open(path, "rb") as f:
    src = f.read()
dis.dis(compile(src, path, "exec"), show_caches=show)
`

// confirmMismatches re-asks a fresh python3 about dis mismatches that
// involve frozenset constants, whose order can depend on the strings the
// interpreter had interned: sweep.py's forked children start from a
// state close to, not identical with, `python3 -m dis`'s.
func confirmMismatches(t *testing.T, outcomes []*outcome, cache string) {
	n := 0
	for _, o := range outcomes {
		for _, cat := range []string{catDis, catDisCaches} {
			d, ok := o.diffs[cat]
			if !ok || !strings.Contains(d, "frozenset(") || n >= maxConfirm {
				continue
			}
			n++
			var args []string
			if cat == catDis {
				args = []string{"-m", "dis", o.path}
			} else {
				args = []string{"-c", confirmScript, o.path, "1"}
			}
			res, err := oracle.Run(args...)
			if err != nil || res.Exit != 0 {
				continue
			}
			src, err := os.ReadFile(o.path)
			if err != nil {
				continue
			}
			code, err := compiler.Compile(src, o.path)
			if err != nil {
				continue
			}
			var buf bytes.Buffer
			if bytecode.Dis(&buf, code, bytecode.DisOptions{ShowCaches: cat == catDisCaches}) != nil {
				continue
			}
			want, got := oracle.NormalizeAddrs(res.Stdout), oracle.NormalizeAddrs(buf.String())
			if want == got {
				delete(o.diffs, cat)
			} else {
				o.diffs[cat] = oracle.Diff("python3 (fresh)", want, "quicken", got, diffContext, diffMaxLines)
			}
		}
	}
	if n > 0 {
		t.Logf("confirmed %d frozenset mismatches with fresh python3 processes", n)
	}
}

func writeReport(root string, outcomes []*outcome) (summary, report string) {
	pass, total := map[string]int{}, map[string]int{}
	var panics, hangs, slow []string
	var b strings.Builder
	for _, o := range outcomes {
		rel, _ := filepath.Rel(root, o.path)
		for _, cat := range categories {
			if !o.checked[cat] {
				continue
			}
			total[cat]++
			d, bad := o.diffs[cat]
			if !bad {
				pass[cat]++
				continue
			}
			fmt.Fprintf(&b, "=== %s %s\n%s\n", cat, rel, strings.TrimRight(d, "\n"))
		}
		for _, p := range o.panics {
			panics = append(panics, rel+": "+p)
		}
		for _, h := range o.hangs {
			hangs = append(hangs, rel+": "+h)
		}
		if o.elapsed > slowFile {
			var st []string
			for _, s := range []string{"parse", "compile", "dis", "dis-caches"} {
				st = append(st, fmt.Sprintf("%s %v", s, o.stages[s].Round(time.Millisecond)))
			}
			slow = append(slow, fmt.Sprintf("%s: %v (%s)", rel, o.elapsed.Round(time.Millisecond), strings.Join(st, ", ")))
		}
	}
	var s strings.Builder
	fmt.Fprintf(&s, "quicken stdlib sweep of %s (%d files, oracle %s):\n", root, len(outcomes), oracle.Version())
	for _, cat := range categories {
		fmt.Fprintf(&s, "  %-10s %4d/%-4d match\n", cat, pass[cat], total[cat])
	}
	fmt.Fprintf(&s, "  panics %d, hangs %d, slow (>%v) %d\n", len(panics), len(hangs), slowFile, len(slow))
	for _, l := range [][]string{panics, hangs, slow} {
		for _, x := range l {
			s.WriteString("    " + strings.ReplaceAll(x, "\n", "\n    ") + "\n")
		}
	}
	return s.String(), b.String()
}
