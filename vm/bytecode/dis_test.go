package bytecode_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
	"github.com/quicken-py/quicken/vm/bytecode"
)

// corpusFiles lists the Python files the disassembler is checked on: the
// project corpus and this package's own dis cases.
func corpusFiles(t *testing.T) []string {
	var files []string
	for _, pattern := range []string{"../../testdata/*.py", "testdata/*.py"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	return files
}

func requireOracle(t *testing.T) {
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
}

// loadOrSkip loads CPython's code objects for path; files CPython rejects
// (syntax-error cases of the corpus) are skipped.
func loadOrSkip(t *testing.T, path string) *oracle.CodeObjects {
	t.Helper()
	co, err := oracle.LoadCodeObjects(path)
	var pyErr *oracle.PythonError
	if errors.As(err, &pyErr) {
		t.Skipf("CPython rejects %s: %s", path, strings.TrimSpace(pyErr.Text))
	}
	if err != nil {
		t.Fatal(err)
	}
	return co
}

// TestDisMatchesPython disassembles CPython's own code objects for every
// corpus file and compares with `python3 -m dis FILE` and with
// dis.dis(code, show_caches=True).
func TestDisMatchesPython(t *testing.T) {
	requireOracle(t)
	for _, path := range corpusFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			co := loadOrSkip(t, path)
			for _, showCaches := range []bool{false, true} {
				want, err := oracle.Dis(path, showCaches)
				if err != nil {
					t.Fatal(err)
				}
				var got strings.Builder
				if err := bytecode.Dis(&got, co.Module, bytecode.DisOptions{ShowCaches: showCaches}); err != nil {
					t.Fatal(err)
				}
				w, g := oracle.NormalizeAddrs(want), oracle.NormalizeAddrs(got.String())
				if d := oracle.Diff("python3", w, "quicken", g, 3, 40); d != "" {
					t.Errorf("dis(show_caches=%v) differs:\n%s", showCaches, d)
				}
			}
		})
	}
}

// TestCodeHelpersMatchPython checks the code object helpers (varnames,
// cellvars, freevars, co_lines, co_positions, co_code) on every code
// object of the corpus.
func TestCodeHelpersMatchPython(t *testing.T) {
	requireOracle(t)
	for _, path := range corpusFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			co := loadOrSkip(t, path)
			for c, d := range co.Derived {
				check := func(what string, got, want any) {
					if fmt.Sprint(got) != fmt.Sprint(want) {
						t.Errorf("%s: %s:\n got %v\nwant %v", c.QualName, what, got, want)
					}
				}
				check("co_varnames", nonNil(c.VarNames()), d.VarNames)
				check("co_cellvars", nonNil(c.CellVars()), d.CellVars)
				check("co_freevars", nonNil(c.FreeVars()), d.FreeVars)
				check("co_lines", c.Lines(), d.Lines)
				check("co_positions", c.Positions(), d.Positions)
				if got := bytecode.UnitsFromBytes(c.Bytes()); fmt.Sprint(got) != fmt.Sprint(c.Units) {
					t.Errorf("%s: Bytes/UnitsFromBytes do not round-trip", c.QualName)
				}
			}
		})
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
