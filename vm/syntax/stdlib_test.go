package syntax

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// TestStdlibMatchesCPython parses every .py file of python3's standard
// library (its test suite included, with its deliberately broken files)
// and compares the AST or the error with CPython's. It is slow, so it
// runs only with QUICKEN_STDLIB=1 (or QUICKEN_STDLIB=DIR, to parse the
// .py files under DIR instead).
func TestStdlibMatchesCPython(t *testing.T) {
	needOracle(t)
	if os.Getenv("QUICKEN_STDLIB") == "" {
		t.Skip("set QUICKEN_STDLIB=1 to parse the standard library")
	}
	root := os.Getenv("QUICKEN_STDLIB")
	if root == "1" {
		res, err := oracle.Run("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
		if err != nil {
			t.Fatal(err)
		}
		root = strings.TrimSpace(res.Stdout)
	}
	var paths []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && path != root && (d.Name() == "site-packages" || d.Name() == "__pycache__") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			paths = append(paths, path)
		}
		return nil
	})
	if len(paths) < 1000 && os.Getenv("QUICKEN_STDLIB") == "1" {
		t.Fatalf("only %d files under %s", len(paths), root)
	}
	t.Logf("%d files under %s", len(paths), root)
	verdicts := pythonVerdicts(t, paths)
	failures := 0
	for i, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if problem := compareVerdict(p, src, verdicts[i]); problem != "" {
			failures++
			if failures <= 20 {
				t.Errorf("%s: %s", p, problem)
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d of %d files differ", failures, len(paths))
	}
}
