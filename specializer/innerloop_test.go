package specializer

import (
	"fmt"
	"strings"
	"testing"
)

// The eval loop's inner loop runs the commonest specialized forms itself
// (and EXTENDED_ARG prefixes, and the adaptive forms' countdown); what
// programs print and how their code is quickened after the run must be
// CPython 3.11's, hits, misses and deopts included.
func TestInnerLoopSpecializedForms(t *testing.T) {
	cases := []struct{ name, src string }{
		{"generic arithmetic under adaptive forms", `
def mix(n):
    acc, f = 0, 0.25
    for i in range(-n, n):
        acc += i % 7 - i % -5 + i // 3 - i // -4 + (i >> 3) + (i << 45 >> 44) + (i << 20) % 999
        f = f * 2 + i - i / 3 + 3 / (i or 7)
        f = f / (abs(f) + 1)
    return acc, f
print(mix(400))
def shifts(xs):
    out = []
    for x in xs:
        for y in (0, 1, 13, 48, 49, 62, 63, 64, 100):
            out.append((x >> y, x << y))
    return out
r = shifts([0, 1, -1, 5, -5, 2**48, -2**49, 2**49 - 1] * 3)
print(len(r), r[:20], r[-20:])
print("done")
`},
		{"extended arguments", "names = [" + extendedNames + `]
def big():
` + extendedBody + `
    total = 0
    for i in range(100):
        v300 = i
        total += v300 + v299 - v0
        if total > 10 ** 9:
            break
    return total, v300, len(names)
print(big())
`},
		{"specialized stores and unpacks", `
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        for i in range(8):
            setattr(self, "a%d" % i, i)
    def move(self, d):
        self.x = self.x + d
        self.y = self.y - d
class Q(P):
    __slots__ = ()
ps = [P(i, -i) for i in range(200)] + [Q(1, 2)]
for p in ps:
    p.move(3)
print(sum(p.x for p in ps), sum(p.y for p in ps), list(vars(ps[0])), list(vars(ps[-1])))
class R:
    def __init__(self, a, b):
        self.b = b
        self.a = a
rs = [R(i, i) for i in range(100)]
for r in rs:
    r.c = 1
    r.a = 2
print([list(vars(r)) for r in rs[::25]], sum(r.a + r.b + r.c for r in rs))
class S:
    __slots__ = ("x",)
def setx(o, v):
    o.x = v
for o in [P(0, 0)] * 100 + [S()] * 60 + [P(1, 1)] * 60:
    setx(o, 1)
print("set")
def unpack(seqs):
    n = 0
    for s in seqs:
        a, b = s
        n += a - b
    return n
print(unpack([(1, 2)] * 100 + [[3, 4]] * 70 + [(5, 6)] * 70 + ["ab"] * 0))
def unpack3(seqs):
    n = 0
    for s in seqs:
        a, b, c = s
        n += a - b * c
    return n
print(unpack3([(1, 2, 3)] * 100 + [[3, 4, 5]] * 70 + [(5, 6, 7)] * 70))
class MyList(list):
    pass
def appends(targets, n):
    for t in targets:
        for i in range(n):
            t.append(i)
    return [len(t) for t in targets]
print(appends([[], MyList(), [1]], 100), appends([[], set()] , 70) if False else 0)
try:
    appends([[]] * 2 + [set()], 60)
except AttributeError as e:
    print(e)
print(unpack3([[1, 2, 3]] * 100 + [(3, 4, 5)] * 70 + [[5, 6, 7]] * 70))
def store(xs, v):
    for i in range(len(xs)):
        xs[i] = v
    return xs
print(store([0] * 100, 1)[:3], store(bytearray(80), 2)[:3], store([0] * 60, 3)[-3:])
try:
    unpack3([(1, 2, 3)] * 100 + [(1, 2)])
except ValueError as e:
    print(e)
`},
		{"len, tuple items, growing lists and Go callers", `
class Sized(list):
    def __len__(self):
        return 42
class SizedTuple(tuple):
    pass
def lens(xs):
    t = 0
    for x in xs:
        t += len(x)
    return t
print(lens([[1, 2], (1,), {"a": 1}, "héllo", "", b"abc", Sized([1]), SizedTuple((1, 2)), range(7), {1, 2}] * 30))
try:
    lens([[1]] * 100 + [5])
except TypeError as e:
    print(e)
def items(ts):
    t = 0
    for x in ts:
        t += x[0] - x[1] + x[-1]
    return t
print(items([(1, 2, 3)] * 100 + [[4, 5, 6]] * 70 + [(7, 8, 9)] * 70))
try:
    items([(1, 2, 3)] * 100 + [(1,)])
except IndexError as e:
    print(e)
def grow(n):
    out, evens = [], [x for x in range(n) if x % 2]
    for i in range(n):
        out.append(i)
        if i % 3 == 0:
            out.pop()
    return len(out), len(evens), out[-3:]
print(grow(5000))
print(sum(map(lambda v: v * v % 7, filter(lambda v: v % 3, range(3000)))))
def fails(v):
    if v == 2999:
        raise ValueError("in a lambda's caller")
    return v
try:
    sum(map(fails, range(5000)))
except ValueError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)
print(sorted(range(300), key=lambda v: -v)[:5])
print("done")
`},
		{"recursion limit in comparisons and builtins", `# The operation runs at every level (so its site is warm and specialized);
# at the deepest level either it or the recursive call hits the limit.
out = [0]
def make(op):
    src = f"""
def f(n, x, y):
    try:
        {op}
    except RecursionError:
        out[0] = 2
        return n
    try:
        return f(n + 1, x, y)
    except RecursionError:
        out[0] = 1
        return n
"""
    ns = {"out": out}
    exec(src, ns)
    return ns["f"]
cases = [
    ("r = x < y", "a", "b"),
    ("r = len(y)", 0, [1]), ("r = len(y)", 0, {1}), ("r = len(y)", 0, "ab"),
    ("r = x in y", 1, [2, 1]), ("r = x in y", 1.5, [2.5, 1.5]),
    ("r = isinstance(x, int)", 1, 0),
    ("r = abs(x)", -1, 0),
    ("r = y[x]", 0, [1]), ("r = -x", 1, 0), ("r = x + y", 1, 2.5),
]
for op, x, y in cases:
    out[0] = 0
    n = make(op)(0, x, y)
    print(f"{op!r:28} {type(x).__name__:6} {type(y).__name__:6} -> {out[0]}")

print("done")
`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkAdaptive(t, c.src) })
	}
}

// A function with over 256 locals and constants, so that most of its
// instructions carry an EXTENDED_ARG prefix.
var extendedNames, extendedBody = func() (string, string) {
	var names, body strings.Builder
	for i := 0; i <= 300; i++ {
		fmt.Fprintf(&names, "%q, ", fmt.Sprintf("n%d", i))
		fmt.Fprintf(&body, "    v%d = %d.5\n", i, i)
	}
	return names.String(), body.String()
}()
