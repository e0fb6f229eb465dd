package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPrefixesMatchCPython cuts a file short at every byte and compares
// each prefix's verdict with CPython's: the end of input lands inside
// every construct, where the tokenizer's errors race the parser's. It
// needs QUICKEN_PREFIXES=FILE[,FILE...] (a few KB each).
func TestPrefixesMatchCPython(t *testing.T) {
	needOracle(t)
	spec := os.Getenv("QUICKEN_PREFIXES")
	if spec == "" {
		t.Skip("set QUICKEN_PREFIXES=FILE,... to test the prefixes of files")
	}
	dir := t.TempDir()
	var paths []string
	var srcs [][]byte
	for _, f := range strings.Split(spec, ",") {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i <= len(data); i++ {
			if i < len(data) && data[i]&0xC0 == 0x80 {
				continue // inside a character
			}
			p := filepath.Join(dir, fmt.Sprintf("p%06d.py", len(paths)))
			if err := os.WriteFile(p, data[:i], 0o644); err != nil {
				t.Fatal(err)
			}
			paths = append(paths, p)
			srcs = append(srcs, data[:i])
		}
	}
	verdicts := pythonVerdicts(t, paths)
	failures := 0
	for i, p := range paths {
		if problem := compareVerdict(p, srcs[i], verdicts[i]); problem != "" {
			failures++
			if failures <= 20 {
				t.Errorf("%q: %s", srcs[i], problem)
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d of %d prefixes differ", failures, len(paths))
	}
}
