package compiler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// runCorpus compares the symbol tables of whole files with CPython's.
func runCorpus(t *testing.T, files []string) {
	if len(files) == 0 {
		t.Skip("no files")
	}
	var progs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		progs = append(progs, string(b))
	}
	res := askOracle(t, "exec", progs)
	for i, f := range files {
		r := res[i]
		t.Run(filepath.Base(f), func(t *testing.T) {
			if r.ParseError != nil {
				t.Skipf("CPython cannot parse the file: %v", r.ParseError)
			}
			mod, err := decodeAST(r.AST)
			if err != nil {
				t.Fatal(err)
			}
			st, err := buildSymtable(mod, "<test>", 0)
			if r.Error != nil {
				if err == nil || goError(err) != r.Error.String() {
					t.Fatalf("error %v, CPython %v", err, r.Error)
				}
				return
			}
			if err != nil {
				t.Fatalf("buildSymtable: %v", goError(err))
			}
			var got, want strings.Builder
			dumpGo(&got, "", st.Top)
			dumpOracle(&want, "", r.Symtable)
			if d := oracle.Diff("cpython", want.String(), "quicken", got.String(), 3, 60); d != "" {
				t.Errorf("symbol table differs:\n%s", d)
			}
			if r.CompileError == nil {
				checkCode(t, st, r.Code)
			}
		})
	}
}

// TestSymtableCorpus runs the project's Python corpus (testdata/*.py at the
// repository root).
func TestSymtableCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*.py"))
	runCorpus(t, files)
}

// TestSymtableStdlib runs the top-level modules of the oracle's standard
// library: a large body of real code (tens of seconds).
func TestSymtableStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: compares every top-level module of the standard library")
	}
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	out, err := oracle.Command("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Fatalf("oracle: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "*.py"))
	runCorpus(t, files)
}
