package vm

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCollectInNestedLoops runs programs whose garbage is made by
// Python code that Go code called (generators consumed by builtins, key
// functions, map and filter callbacks, generators driven by for loops
// and yield from) under a ceiling far below what they allocate in all:
// the collections inside the nested loops must free it.
func TestCollectInNestedLoops(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"print(sum(len([i] * 1000) for i in range(N)))", "20000000"},
		{"print(len(list(len([i] * 1000) for i in range(N))))", "20000"},
		{"print(len(tuple(len([i] * 1000) for i in range(N))))", "20000"},
		{"print(max(len([i] * 1000) + i for i in range(N)))", "20999"},
		{"print(min((i for i in range(N)), key=lambda i: -len([i] * 1000) - i))", "19999"},
		{"print(sorted(range(N), key=lambda i: len([i] * 1000) - i)[0])", "19999"},
		{"print(sum(map(lambda i: len([i] * 1000), range(N))))", "20000000"},
		{"print(len(list(filter(lambda i: len([i] * 1000) > 0, range(N)))))", "20000"},
		{"print(any(len([i] * 1000) == 0 for i in range(N)), all(len([i] * 1000) for i in range(N)))", "False True"},
		{"print(len(''.join(str(len([i] * 1000))[0] for i in range(N))))", "20000"},
		{"def g():\n    for i in range(N):\n        yield [i] * 1000\nprint(sum(len(x) for x in g()))", "20000000"},
		{"def g():\n    for i in range(N):\n        yield [i] * 1000\ndef h():\n    yield from g()\nt = 0\nfor x in h():\n    t += len(x)\nprint(t)", "20000000"},
		{"t = 0\nfor i, x in enumerate(zip(([i] * 1000 for i in range(N)), range(N))):\n    t += len(x[0])\nprint(t)", "20000000"},
		{"t = 0\nfor x in map(lambda i: [i] * 1000, range(N)):\n    t += len(x)\nprint(t)", "20000000"},
		{"print(sum(sum(len([j] * 100) for j in range(10)) for i in range(N)))", "20000000"},
	} {
		src := strings.ReplaceAll(c.src, "N", "20000")
		out, status := runLimited(t, src+"\n", 24<<20)
		if status != 0 || out != c.want+"\n" {
			t.Errorf("%s\nstatus %d, output %q, want %q", src, status, tail(out, 300), c.want)
		}
	}
}

// TestCollectorStress runs the corpus with a collection every few
// instructions in every nested eval loop: a Value some Go code
// holds that the collector neither reaches nor pins would be freed and
// its handle reused, and the output would differ from a normal run's.
func TestCollectorStress(t *testing.T) {
	var paths []string
	for _, dir := range []string{"../testdata", "../testdata/run", "../testdata/unraisable", "../testdata/specialized"} {
		ps, err := filepath.Glob(filepath.Join(dir, "*.py"))
		if err != nil || len(ps) == 0 {
			t.Fatalf("no programs in %s: %v", dir, err)
		}
		paths = append(paths, ps...)
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := runStressed(t, p, src, 0)
		steps := lastSteps
		// About 1500 collections a program at most: each walks the heap.
		every := max(3, steps/1500)
		got, _ := runStressed(t, p, src, every)
		if got != want {
			t.Errorf("%s differs when collected every %d instructions in nested loops:\n%s", p, every, firstDiff(want, got))
		}
	}
}

// TestEpochRenumbering runs programs that begin many epochs with the
// epoch counter made to restart every few dozen: objects made before a
// restart stay pinned in the epochs running then, and nothing breaks.
func TestEpochRenumbering(t *testing.T) {
	defer func(n uint32) { maxEpoch = n }(maxEpoch)
	for _, p := range []string{"../testdata/run/bank_account_simulation.py", "../testdata/run/matrix_operations.py", "../testdata/run/json_pretty_printer.py", "../testdata/run/async_generators_pipeline.py"} {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		maxEpoch = math.MaxUint32 - 1
		want, _ := runStressed(t, p, src, 0)
		maxEpoch = 37
		got, renumbered := runStressed(t, p, src, 7)
		if renumbered == 0 {
			t.Errorf("%s: the epochs were never renumbered", p)
		}
		if got != want {
			t.Errorf("%s differs with epochs renumbered every 37:\n%s", p, firstDiff(want, got))
		}
	}
}

// runStressed runs a program of the corpus, collecting every stress
// instructions in nested loops if stress > 0, and returns its output
// (addresses normalised) and how many times the epochs were renumbered;
// lastSteps is set to how many instructions it ran.
func runStressed(t *testing.T, path string, src []byte, stress int64) (string, uint32) {
	code, err := Compile(src, path)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	stdin, _ := os.ReadFile(strings.TrimSuffix(path, ".py") + ".stdin")
	argv := []string{path}
	first, _, _ := strings.Cut(string(src), "\n")
	if rest, ok := strings.CutPrefix(first, "# args:"); ok {
		argv = append(argv, strings.Fields(rest)...)
	}
	m := New(Options{Stdin: bytes.NewReader(stdin), Stdout: &out, Stderr: &out, Argv: argv})
	m.gcStress = stress
	res, err := m.RunMain(code)
	if err != nil {
		out.WriteString("run: " + err.Error())
	}
	return addrRE.ReplaceAllString(out.String(), "0x…") + fmt.Sprintf("status %d", res.ExitStatus), renumbered(m)
}

func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-200)
	return "normal: …" + a[lo:min(len(a), i+200)] + "\nstress: …" + b[lo:min(len(b), i+200)]
}

var lastSteps int64

func renumbered(m *Machine) uint32 { return m.heap.pins.renorm }
