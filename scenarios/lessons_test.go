package scenarios

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// TestLessons resolves every built-in lesson: each moment happens and
// each expectation holds, as quicken runs the program.
func TestLessons(t *testing.T) {
	for _, l := range Lessons() {
		t.Run(l.Name, func(t *testing.T) {
			res, err := Resolve(l)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range res.Failures {
				t.Error(f)
			}
			t.Logf("steps %v exit %d", res.Steps, res.Exit)
		})
	}
}

// probeScript runs a lesson's program under CPython as `python3 FILE`
// runs it (the script itself runs in a dict of its own, so __main__'s
// globals get the same keys in the same order), with the drive actions
// each followed by `__import__("__lesson_probe__").probe(N)`: a module
// found in sys.modules, so probing binds no name in the program's globals
// or builtins and changes no dict keys version. A probe copies
// co_code_adaptive of every function reachable from the globals (and
// the classes defined there) that an expectation names; the script then
// decodes each query with dis's own tables (opcode names with the
// specialized ones, _cache_format) and prints the answers as JSON.
const probeScript = `
import sys, os, io, dis, json, types, traceback
path, queries = sys.argv[2], json.loads(sys.argv[3])
want = {q["func"] for q in queries}
g = sys.modules["__main__"].__dict__
g["__file__"] = path
g["__cached__"] = None
sys.argv = [path]
snaps = {}

def functions():
    found, seen = {}, set()
    def add(f):
        if isinstance(f, types.FunctionType) and id(f) not in seen:
            seen.add(id(f))
            found.setdefault(f.__qualname__, []).append(f)
    def members(c, depth):
        for a in list(vars(c).values()):
            if isinstance(a, (staticmethod, classmethod)):
                add(a.__func__)
            elif isinstance(a, property):
                for acc in (a.fget, a.fset, a.fdel):
                    add(acc)
            elif isinstance(a, type) and depth < 4 and vars(a).get("__module__") == "__main__":
                members(a, depth + 1)
            else:
                add(a)
    for v in list(g.values()):
        if isinstance(v, type):
            if vars(v).get("__module__") == "__main__":
                members(v, 0)
        else:
            add(v)
    return found

def probe(n):
    snap = {}
    for q, fs in functions().items():
        if q in want:
            snap[q] = [bytes(f.__code__._co_code_adaptive) for f in fs]
    snaps[str(n)] = snap

mod = types.ModuleType("__lesson_probe__")
mod.probe = probe
sys.modules["__lesson_probe__"] = mod
code = compile(open(path, "rb").read(), path, "exec")
out, err = sys.stdout, sys.stderr
buf = io.StringIO()
sys.stdout = sys.stderr = buf
sys.stdin = io.StringIO("")
exc = ""
try:
    exec(code, g)
except BaseException as e:
    exc = "".join(traceback.format_exception_only(type(e), e))
sys.stdout, sys.stderr = out, err
probe("end")

base = {}
for b, specs in dis._specializations.items():
    for s in specs:
        base[s] = b

def answer(q):
    snap = snaps.get(q["probe"])
    if snap is None:
        return {"err": "the moment never happens under CPython"}
    codes = snap.get(q["func"])
    if not codes:
        return {"skip": "no function %s reachable from the globals" % q["func"]}
    if len(codes) > 1:
        return {"skip": "%d functions are named %s" % (len(codes), q["func"])}
    code, off = codes[0], q["offset"]
    if off + 1 >= len(code):
        return {"err": "@%d is past the end of the code (%d bytes)" % (off, len(code))}
    name = dis._all_opname[code[off]]
    if not q["field"]:
        return {"op": name}
    fmt = dis._cache_format.get(base.get(name, name), {})
    at = off + 2
    for field, size in fmt.items():
        if field == q["field"]:
            return {"op": name, "value": int.from_bytes(code[at:at + 2 * size], sys.byteorder)}
        at += 2 * size
    return {"op": name, "err": "%s has no cache field %s" % (name, q["field"])}

print(json.dumps({"answers": [answer(q) for q in queries], "output": buf.getvalue() + exc}))
`

// perProcess are the cache fields whose values are numbered per process
// (version tags, keys versions, function versions) or are addresses
// (descr): quicken's numbers differ from CPython's (docs/specializer.md,
// "Version numbers"), so they are not compared.
var perProcess = map[string]bool{
	"version": true, "type_version": true, "keys_version": true,
	"module_keys_version": true, "builtin_keys_version": true,
	"func_version": true, "descr": true,
}

type cpythonQuery struct {
	Probe  string `json:"probe"`
	Func   string `json:"func"`
	Offset int    `json:"offset"`
	Field  string `json:"field"`
}

type cpythonAnswer struct {
	Op    string  `json:"op"`
	Value *uint64 `json:"value"`
	Err   string  `json:"err"`
	Skip  string  `json:"skip"`
}

// cpythonProgram is the lesson's program with a probe after each drive
// action (see probeScript).
func cpythonProgram(l *Lesson) string {
	src, ends := l.Program()
	lines := strings.SplitAfter(src, "\n")
	var b strings.Builder
	next := 0
	for i, line := range lines {
		b.WriteString(line)
		for next < len(ends) && ends[next] == i+1 {
			next++
			b.WriteString("__import__(\"__lesson_probe__\").probe(" + strconv.Itoa(next) + ")\n")
		}
	}
	return b.String()
}

// TestLessonsMatchCPython checks the expectations of the moments CPython
// can be stopped at (after a drive action, and at the end) against
// CPython 3.11 running the same program: the instruction forms, and the
// cache fields that are not numbered per process.
func TestLessonsMatchCPython(t *testing.T) {
	if ok, reason := oracle.Available(); !ok {
		t.Skip(reason)
	}
	for _, l := range Lessons() {
		t.Run(l.Name, func(t *testing.T) {
			var queries []cpythonQuery
			var expects []Expect
			skipped := 0
			for _, m := range l.Moments {
				probe := ""
				switch m.Selector.Kind {
				case AfterDrive:
					probe = strconv.Itoa(m.Selector.N)
				case AtEnd:
					probe = "end"
				default:
					continue
				}
				for _, e := range m.Expects {
					if e.Kind == ExpectOutput || e.Func == "<module>" || e.Kind == ExpectCache && perProcess[e.Field] {
						skipped++
						continue
					}
					queries = append(queries, cpythonQuery{Probe: probe, Func: e.Func, Offset: e.Offset, Field: e.Field})
					expects = append(expects, e)
				}
			}
			if len(queries) == 0 {
				t.Skipf("%s: no expectation CPython can check", l.File)
			}
			path := filepath.Join(t.TempDir(), l.Filename())
			if err := os.WriteFile(path, []byte(cpythonProgram(l)), 0o644); err != nil {
				t.Fatal(err)
			}
			q, _ := json.Marshal(queries)
			res, err := oracle.Run("-c", "exec(__import__('sys').argv[1], {})", probeScript, path, string(q))
			if err != nil || res.Exit != 0 {
				t.Fatalf("python3: %v (exit %d)\n%s", err, res.Exit, res.Stderr)
			}
			var got struct {
				Answers []cpythonAnswer `json:"answers"`
				Output  string          `json:"output"`
			}
			if err := json.Unmarshal([]byte(res.Stdout), &got); err != nil || len(got.Answers) != len(queries) {
				t.Fatalf("python3 answered %q: %v", res.Stdout, err)
			}
			for i, a := range got.Answers {
				e := expects[i]
				where := l.File + ":" + strconv.Itoa(e.Line)
				switch {
				case a.Skip != "":
					skipped++
					t.Logf("%s: not compared with CPython: %s", where, a.Skip)
				case a.Err != "":
					t.Errorf("%s: %s: CPython 3.11: %s", where, e.Src, a.Err)
				case e.Kind == ExpectForm && a.Op != e.Op:
					t.Errorf("%s: %s: CPython 3.11 has %s", where, e.Src, a.Op)
				case e.Kind == ExpectCache && (a.Value == nil || *a.Value != e.Value):
					v := "nothing"
					if a.Value != nil {
						v = strconv.FormatUint(*a.Value, 10)
					}
					t.Errorf("%s: %s: CPython 3.11 has %s = %s (the instruction is %s)", where, e.Src, e.Field, v, a.Op)
				}
			}
			t.Logf("%d expectations compared with %s, %d not comparable", len(queries), oracle.Version(), skipped)
		})
	}
}

// TestResolveReports: how Resolve places moments and reports what does
// not hold, on a lesson written to fail.
func TestResolveReports(t *testing.T) {
	const text = `title: T

== source
def f(x):
    return x * 2

print("hello")

== drive
call f(3) times 8
run print(f(4))
run 1 / 0
run print("never")

== moment start
expect f @6 is BINARY_OP

== moment step 3
expect f @6 is BINARY_OP_ADAPTIVE

== moment line 2
expect output hello

== moment first rewrite at line 2
expect f @6 counter = 52
expect f @6 type_version = 1
expect g @6 is BINARY_OP
expect f @8 is BINARY_OP
expect f @6 is NO_SUCH_OP

== moment after drive 2
expect output 8

== moment after drive 4
expect output never

== moment first deopt

== moment end
expect f @6 is BINARY_OP_MULTIPLY_INT
expect output ZeroDivisionError: division by zero
`
	l, err := ParseLesson("t.lesson", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Resolve(l)
	if err != nil {
		t.Fatal(err)
	}
	if res.Exit != 1 || !strings.Contains(res.Output, "hello\n8\n") || strings.Contains(res.Output, "never") {
		t.Errorf("exit %d, output %q", res.Exit, res.Output)
	}
	st := res.Steps
	for i := range st {
		if never := i == 5 || i == 6; st[i] < 0 != never {
			t.Errorf("moment %d (%s): step %d", i, l.Moments[i].Selector.Text, st[i])
		}
	}
	if st[0] != 0 || st[1] != 3 || st[2] <= st[1] || st[3] <= st[2] || st[4] <= st[3] || st[7] <= st[4] {
		t.Errorf("steps %v are not in the order of the run", st)
	}
	var got []string
	for _, f := range res.Failures {
		got = append(got, f.Error())
	}
	for _, prefix := range []string{
		"t.lesson:19: expected f @6 to be BINARY_OP_ADAPTIVE, it is BINARY_OP at step 3",
		"t.lesson:25: expected f @6 counter = 52, it is 53 ",
		"t.lesson:26: f @6 (BINARY_OP_MULTIPLY_INT) has no cache field \"type_version\" (it has counter)",
		"t.lesson:27: no code object \"g\"",
		"t.lesson:28: f @8 is not the start of an instruction",
		"t.lesson:29: \"NO_SUCH_OP\" is not a CPython 3.11 instruction",
		"t.lesson:34: moment never happens",
		"t.lesson:37: moment never happens",
	} {
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, prefix)
		}
		if !found {
			t.Errorf("no failure %q…", prefix)
		}
	}
	if len(got) != 8 {
		t.Errorf("%d failures, want 8:\n%s", len(got), strings.Join(got, "\n"))
	}
}
