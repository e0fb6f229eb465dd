package syntax

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestFuzzInputsMatchCPython checks the fuzz seeds (and, with
// QUICKEN_FUZZ_CACHE=1, the inputs `go test -fuzz` has collected in the
// build cache) against CPython: the fuzzer's odd inputs make good
// differential tests of the error paths.
func TestFuzzInputsMatchCPython(t *testing.T) {
	needOracle(t)
	dirs := []string{filepath.Join("testdata", "fuzz", "FuzzParse")}
	if os.Getenv("QUICKEN_FUZZ_CACHE") != "" {
		out, err := exec.Command("go", "env", "GOCACHE").Output()
		if err != nil {
			t.Fatal(err)
		}
		cache := filepath.Join(strings.TrimSpace(string(out)), "fuzz", "github.com", "quicken-py", "quicken", "vm", "syntax")
		dirs = append(dirs, filepath.Join(cache, "FuzzParse"), filepath.Join(cache, "FuzzScan"))
	}
	dir := t.TempDir()
	var paths []string
	var srcs [][]byte
	for _, d := range dirs {
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(d, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			src, ok := fuzzInput(string(data))
			if !ok {
				t.Fatalf("%s/%s: not a fuzz input file", d, e.Name())
			}
			p := filepath.Join(dir, fmt.Sprintf("f%05d.py", len(paths)))
			if err := os.WriteFile(p, src, 0o644); err != nil {
				t.Fatal(err)
			}
			paths = append(paths, p)
			srcs = append(srcs, src)
		}
	}
	if len(paths) == 0 {
		t.Fatal("no fuzz inputs")
	}
	verdicts := pythonVerdicts(t, paths)
	failures := 0
	for i, p := range paths {
		if problem := compareVerdict(p, srcs[i], verdicts[i]); problem != "" {
			failures++
			if failures <= 20 {
				t.Errorf("%s %q: %s", filepath.Base(p), srcs[i], problem)
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d of %d fuzz inputs differ", failures, len(paths))
	}
}

// fuzzInput decodes a corpus file written by `go test -fuzz` holding one
// []byte or string value.
func fuzzInput(data string) ([]byte, bool) {
	rest, ok := strings.CutPrefix(data, "go test fuzz v1\n")
	if !ok {
		return nil, false
	}
	rest = strings.TrimSpace(rest)
	for _, wrap := range []string{"[]byte(", "string("} {
		if inner, ok := strings.CutPrefix(rest, wrap); ok {
			s, err := strconv.Unquote(strings.TrimSuffix(inner, ")"))
			return []byte(s), err == nil
		}
	}
	return nil, false
}
