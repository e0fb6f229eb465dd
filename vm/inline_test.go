package vm

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"testing"
)

// The eval loop's inner loop relies on the Go compiler inlining its small
// helpers (value tests, heap lookups). Past a size limit the compiler
// treats a function as big and stops inlining calls in it; every
// instruction then pays for calls and spilled registers (about 15 % on
// the benchmarks). This fails when eval has grown past that limit.
func TestEvalLoopHelpersInlined(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the package with the compiler's inlining report")
	}
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goTool); err != nil {
		t.Skipf("no go tool at %s", goTool)
	}
	cmd := exec.Command(goTool, "build", "-gcflags=-m", "-o", os.DevNull, ".")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	src, err := os.ReadFile("eval.go")
	if err != nil {
		t.Fatal(err)
	}
	// Each helper's every call in eval.go must be inlined (knownTruth is
	// defined there too: its definition is not a call).
	for _, h := range []struct{ call, report string }{
		{`[^.\w]knownTruth\(`, `knownTruth`},
		{`[^\w]FloatValue\(`, `FloatValue`},
		{`[^\w]SubscrIndex\(`, `SubscrIndex`},
		{`m\.list\(`, `\(\*Machine\)\.list`},
		{`m\.function\(`, `\(\*Machine\)\.function`},
	} {
		sites := len(regexp.MustCompile(h.call).FindAll(src, -1)) -
			len(regexp.MustCompile(`func `+h.report+`\(`).FindAll(src, -1))
		inlined := len(regexp.MustCompile(`eval\.go:\d+:\d+: inlining call to `+h.report+`\b`).FindAll(out, -1))
		if sites <= 0 || inlined < sites {
			t.Errorf("%s: %d of its %d calls in eval.go inlined; the eval loop has likely grown past the inliner's limit for big functions: move cold paths out of it", h.report, inlined, sites)
		}
	}
}
