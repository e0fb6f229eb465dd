package vm

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// inspectRun runs src in a fresh Machine and returns it with the value
// of the global name.
func inspectRun(t *testing.T, src, name string) (*Machine, Value) {
	t.Helper()
	code, err := Compile([]byte(src), "/tmp/prog.py")
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	var out, errb bytes.Buffer
	m := New(Options{Stdout: &out, Stderr: &errb, Argv: []string{"/tmp/prog.py"}})
	if _, err := m.RunMain(code); err != nil || errb.Len() > 0 {
		t.Fatalf("run: %v %s", err, errb.String())
	}
	v := m.strLookup(m.MainGlobals(), name)
	if v == Null {
		t.Fatalf("no global %q", name)
	}
	return m, v
}

// safeReprCases are values whose repr SafeRepr must reproduce; each line
// is one item of the list cases.
const safeReprCases = `
0, -5, 2**49 - 1, 2**49, -2**49 - 1, 2**100, -(2**70),
1.5, 0.1, 1e16, 1e22, 1e-7, 123456789.0, float('inf'), -float('inf'), float('nan'), -0.0, 1/3, 2.5e-310,
'abc', "it's", 'say "hi"', 'both \' and "', '\n\t\r\\ \x00\x1f\x7f\x80\xa0 é \u2028 \ud800 \U0001F600 \U000e0001', '',
b'', b'a\x00\'"\x7f\xff', b"'", bytearray(b'xy"\''), bytearray(),
None, True, False, ..., NotImplemented,
(), (1,), (1, 'a', 2.5), ((),), [], [1, [2, [3]]], [None, True],
{}, {'a': 1, 2: [3], (4, 5): {}}, set(), {1, 2, 3}, {10, 3, 7, 1000000}, frozenset(), frozenset({1, 2}),
range(10), range(1, 10, 2), range(-5, 0, -1), range(0), slice(1, None), slice(None, None, -1), slice('a', 2.5, (1,)),
3+4j, 1j, -1.5-0j, complex(0, -0.0),
len, list.append, int.real, P.a, type.__dict__['__dict__'], sys,
ValueError('x'), KeyError(), OSError(2, 'no'), StopIteration(1, 2), E('e'),
L([1, 2]), D(a=1), T((1, 2)), S({3}), I(7), F(2.5), Str('q'),
{1: 2}.keys(), {1: 'x'}.values(), {1: 2}.items(),
type, int, object, P, L, E,
staticmethod(len), classmethod(len),
`

const safeReprProgram = `import sys
class P:
    __slots__ = ('a',)
class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(set): pass
class I(int): pass
class F(float): pass
class Str(str): pass
class E(Exception): pass
cases = [` + safeReprCases + `]
`

// TestSafeReprMatchesPython compares SafeRepr with python3's repr for the
// builtin cases (addresses aside).
func TestSafeReprMatchesPython(t *testing.T) {
	want, _, _ := pythonRun(t, safeReprProgram+"for c in cases:\n    print(repr(c))\n")
	m, cases := inspectRun(t, safeReprProgram, "cases")
	items := m.list(cases).Items
	wantLines := strings.Split(strings.TrimSuffix(want, "\n"), "\n")
	if len(wantLines) != len(items) {
		t.Fatalf("python3 printed %d reprs for %d cases", len(wantLines), len(items))
	}
	addr := regexp.MustCompile(`0x[0-9a-f]+`)
	for i, v := range items {
		got := addr.ReplaceAllString(m.SafeRepr(v, 1000), "0x?")
		w := addr.ReplaceAllString(wantLines[i], "0x?")
		if got != w {
			t.Errorf("case %d: SafeRepr = %s, repr = %s", i, got, w)
		}
	}
}

// TestSafeReprObjects covers what repr would run Python code for, or
// what differs by address only, and recursion.
func TestSafeReprObjects(t *testing.T) {
	m, v := inspectRun(t, `
class P:
    def norm(self): return 0
class R:
    def __repr__(self):
        raise RuntimeError("must not run")
class RL(list):
    def __repr__(self):
        raise RuntimeError("must not run")
def mul(x, y): return x * y
def gen(): yield 1
def outer():
    z = 1
    def inner(): return z
    return inner
a = [1]
a.append(a)
d = {}
d['d'] = d
t = (a,)
s = {1}
p = P()
cases = [P(), R(), RL([1]), mul, p.norm, [].append, gen(), outer().__closure__[0], mul.__code__, a, d, t, s, P.norm]
`, "cases")
	fa := func(v Value) string { return hexAddr(m.FakeAddress(v)) }
	items := m.list(v).Items
	bound := m.obj0(items[4]).(*Method)
	cell := m.obj0(items[7]).(*Cell)
	want := []string{
		"<__main__.P object at " + fa(items[0]) + ">",
		"<__main__.R object at " + fa(items[1]) + ">",
		"<__main__.RL object at " + fa(items[2]) + ">",
		"<function mul at " + fa(items[3]) + ">",
		"<bound method P.norm of <__main__.P object at " + fa(bound.Self) + ">>",
		"<built-in method append of list object at " + fa(m.obj0(items[5]).(*BuiltinFunction).Self) + ">",
		"<generator object gen at " + fa(items[6]) + ">",
		"<cell at " + fa(items[7]) + ": int object at " + fa(cell.V) + ">",
		"<code object mul at " + fa(items[8]) + ", file \"/tmp/prog.py\", line 10>",
		"[1, [...]]",
		"{'d': {...}}",
		"([1, [...]],)",
		"{1}",
		"<function P.norm at " + fa(items[13]) + ">",
	}
	for i, v := range items {
		if got := m.SafeRepr(v, 200); got != want[i] {
			t.Errorf("case %d: SafeRepr = %s, want %s", i, got, want[i])
		}
	}
}

// TestSafeReprCut checks the cut to max runes, with the quote the whole
// text gets and the items past the cut never produced.
func TestSafeReprCut(t *testing.T) {
	m, v := inspectRun(t, `
big = list(range(100000))
cases = [
    "abcdefghij" * 1000,
    "it's " * 1000,
    "both ' and \" " * 1000,
    "é" * 50,
    b"\x00" * 100,
    big,
    {i: str(i) for i in range(1000)},
    [[[[[[[[[[1]]]]]]]]]],
    12345678901234567890123,
    "short",
]
`, "cases")
	want := []string{
		"'abcdefghijabcdefghi…",
		`"it's it's it's it's…`,
		`'both \' and " both …`,
		"'ééééééééééééééééééé…",
		`b'\x00\x00\x00\x00\x…`,
		"[0, 1, 2, 3, 4, 5, 6…",
		"{0: '0', 1: '1', 2: …",
		"[[[[[[[[[[1]]]]]]]]]]",
		"12345678901234567890…",
		"'short'",
	}
	for i, v := range m.list(v).Items {
		got := m.SafeRepr(v, 21)
		if got != want[i] {
			t.Errorf("case %d: SafeRepr(v, 21) = %s, want %s", i, got, want[i])
		}
		if n := utf8.RuneCountInString(got); n > 21 {
			t.Errorf("case %d: %d runes, more than 21", i, n)
		}
	}
	if got := m.SafeRepr(SmallIntValue(12345), 3); got != "12…" {
		t.Errorf("SafeRepr(12345, 3) = %s", got)
	}
	if got := m.SafeRepr(SmallIntValue(1), 0); got != "" {
		t.Errorf("SafeRepr(1, 0) = %q", got)
	}
}

// TestSafeReprLeavesNoTrace checks that describing values allocates
// nothing on the Python heap and runs no code: handle numbering (and so
// every id() the program prints later) stays as if nobody looked.
func TestSafeReprLeavesNoTrace(t *testing.T) {
	m, v := inspectRun(t, `
import sys
class R:
    def __repr__(self):
        global ran
        ran = True
        return "R"
ran = False
cases = [R(), [R(), {1: R()}], sys, 2**200, 'x' * 10000, 1.25, {1, 2}, R]
`, "cases")
	objs, free, allocs := len(m.heap.objs), len(m.heap.free), m.heap.allocs
	for _, x := range m.list(v).Items {
		m.SafeRepr(x, 80)
		m.SafeRepr(x, 5)
	}
	if len(m.heap.objs) != objs || len(m.heap.free) != free || m.heap.allocs != allocs {
		t.Errorf("SafeRepr allocated: heap %d→%d, free %d→%d, allocs %d→%d",
			objs, len(m.heap.objs), free, len(m.heap.free), allocs, m.heap.allocs)
	}
	if m.strLookup(m.MainGlobals(), "ran") != False {
		t.Error("SafeRepr ran a __repr__")
	}
}
