package syntax

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// TestCPythonTestSuiteSnippets takes its programs from the test suite of
// the python3 being compared against: every string literal and doctest
// example in the modules below that is a complete program (valid or not).
// Nothing is copied into this repository; the snippets are collected when
// the test runs. Valid programs must dump the same AST; invalid ones must
// fail exactly as `python3 FILE.py` does.
func TestCPythonTestSuiteSnippets(t *testing.T) {
	needOracle(t)
	if testing.Short() {
		t.Skip("slow: thousands of programs")
	}
	dir := t.TempDir()
	res, err := oracle.Run("-c", collectScript, dir)
	if err != nil {
		t.Fatal(err)
	}
	if res.Exit != 0 {
		t.Fatalf("python3: %s", res.Stderr)
	}
	var snippets []struct {
		Path   string `json:"path"`
		Source string `json:"source"`
		Origin string `json:"origin"`
		Dump   string `json:"dump"`
		Attrs  string `json:"attrs"`
		Stderr string `json:"stderr"`
	}
	if err := json.Unmarshal([]byte(res.Stdout), &snippets); err != nil {
		t.Fatal(err)
	}
	if len(snippets) < 1000 {
		t.Fatalf("only %d snippets collected", len(snippets))
	}
	failures := 0
	for _, s := range snippets {
		src, err := os.ReadFile(s.Path)
		if err != nil {
			t.Fatal(err)
		}
		mod, perr := Parse(src, s.Path, ModeExec)
		var problem string
		switch {
		case s.Dump != "":
			if perr != nil {
				problem = "quicken fails, python3 parses it:\n" + perr.(*Error).Format()
			} else if got := DumpWithAttributes(mod, -1); got != s.Attrs {
				problem = "AST differs:\n" + oracle.Diff("python3", splitDump(s.Attrs), "quicken", splitDump(got), 3, 30)
			}
		case parseStageError(s.Stderr, false, src):
			got := ""
			if perr != nil {
				got = perr.(*Error).Format()
			}
			if got != s.Stderr {
				problem = "error differs:\n" + oracle.Diff("python3", s.Stderr, "quicken", got, 3, 30)
			}
		}
		if problem != "" {
			failures++
			if failures <= 40 {
				t.Errorf("%s (%s) %.200q: %s", filepath.Base(s.Path), s.Origin, s.Source, problem)
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d of %d snippets differ", failures, len(snippets))
	}
}

// collectSourcesScript gathers the snippets: the string literals and
// doctest examples of some of CPython's own tests. Run with "--sources",
// it prints them as a JSON list and stops.
const collectSourcesScript = `
import ast, ctypes, doctest, importlib, io, json, os, signal, sys

MODULES = ["test_syntax", "test_fstring", "test_exceptions", "test_grammar", "test_eof",
           "test_unicode_identifiers", "test_string_literals", "test_patma",
           "test_positional_only_arg", "test_keywordonlyarg", "test_genexps",
           "test_named_expressions", "test_utf8source", "test_unparse", "test_ast",
           "test_compile", "test_coroutines", "test_exception_group", "test_except_star",
           "test_scope", "test_global"]
seen = set()
snippets = []

def add(src, origin):
    if not isinstance(src, str) or src in seen or len(src) > 3000 or "\0" in src:
        return
    seen.add(src)
    snippets.append((src, origin))

for name in MODULES:
    try:
        mod = importlib.import_module("test." + name)
    except Exception:
        continue
    with open(mod.__file__, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            add(node.value, name)
            add(node.value + "\n", name)
    try:
        tests = doctest.DocTestFinder().find(mod)
    except Exception:
        tests = []
    for t in tests:
        for ex in t.examples:
            add(ex.source, name + " doctest")
if sys.argv[1] == "--sources":
    json.dump([src for src, origin in snippets], sys.stdout)
    sys.exit(0)
`

// collectScript writes each snippet to a file in the directory given and
// prints, as JSON, the snippet with CPython's verdict: the AST dump (with
// attributes) for a program that parses, else what `python3 FILE.py`
// prints (compiled through PyRun_FileExFlags, as in runFileScript).
const collectScript = collectSourcesScript + `
dest = sys.argv[1]
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
api = ctypes.pythonapi
api.PyRun_FileExFlags.restype = ctypes.py_object
api.PyRun_FileExFlags.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
    ctypes.py_object, ctypes.py_object, ctypes.c_int, ctypes.c_void_p]

def alarm(signum, frame):
    raise TimeoutError()
signal.signal(signal.SIGALRM, alarm)

out = []
for i, (src, origin) in enumerate(snippets):
    data = src.encode("utf-8", "surrogatepass")
    try:
        tree = ast.parse(data)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        tree = None
    except Exception:
        continue
    path = os.path.join(dest, "s%05d.py" % i)
    with open(path, "wb") as f:
        f.write(data)
    entry = {"path": path, "source": src, "origin": origin, "dump": "", "attrs": "", "stderr": ""}
    if tree is not None:
        try:
            entry["dump"] = ast.dump(tree)
            entry["attrs"] = ast.dump(tree, include_attributes=True)
        except RecursionError:
            continue
    else:
        buf = io.StringIO()
        old, sys.stderr = sys.stderr, buf
        signal.alarm(2)
        try:
            fp = libc.fopen(path.encode(), b"rb")
            g = {"__builtins__": {}}
            try:
                api.PyRun_FileExFlags(fp, path.encode(), 257, g, g, 1, None)
            except BaseException as e:
                e.__traceback__ = None
                sys.excepthook(type(e), e, None)
        finally:
            signal.alarm(0)
            sys.stderr = old
        entry["stderr"] = buf.getvalue()
    out.append(entry)
json.dump(out, sys.stdout)
`

// TestMutantsOfCPythonSnippets damages the test-suite snippets as
// TestMutantsMatchCPython damages the corpus.
func TestMutantsOfCPythonSnippets(t *testing.T) {
	needOracle(t)
	if testing.Short() {
		t.Skip("slow")
	}
	res, err := oracle.Run("-c", collectSourcesScript, "--sources")
	if err != nil {
		t.Fatal(err)
	}
	var srcs []string
	if err := json.Unmarshal([]byte(res.Stdout), &srcs); err != nil {
		t.Fatalf("python3: %v\n%s", err, res.Stderr)
	}
	n, seed := 5000, int64(2)
	if v := os.Getenv("QUICKEN_MUTANTS"); v != "" {
		fmt.Sscanf(strings.ReplaceAll(v, ",", " "), "%d %d", &n, &seed)
	}
	rng := rand.New(rand.NewSource(seed))
	dir := t.TempDir()
	var paths, mutants []string
	for i := 0; i < n; i++ {
		src := mutate(rng, srcs[rng.Intn(len(srcs))])
		p := filepath.Join(dir, fmt.Sprintf("c%05d.py", i))
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		mutants = append(mutants, src)
	}
	verdicts := pythonVerdicts(t, paths)
	failures := 0
	for i, v := range verdicts {
		if problem := compareVerdict(paths[i], []byte(mutants[i]), v); problem != "" {
			failures++
			if failures <= 30 {
				t.Errorf("%s %q: %s", filepath.Base(paths[i]), mutants[i], problem)
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d of %d mutants differ", failures, n)
	}
}
