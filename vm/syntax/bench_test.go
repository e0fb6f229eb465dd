package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseCorpus parses every corpus file once per iteration.
func BenchmarkParseCorpus(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/*.py")
	local, _ := filepath.Glob("testdata/*.py")
	files = append(files, local...)
	var srcs [][]byte
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			Parse(src, "bench.py", ModeExec)
		}
	}
}
