package vm

import "testing"

// TestSortFastPaths runs, against python3, the sorts whose comparisons
// skip calls: keys that are exact tuples (unsafe_tuple_compare, with the
// tuples' items read once before sorting), immediate ints in and out of
// tuples, ints beyond the immediate range, and the mixes that must fall
// back to the generic comparison. Printing the calls of __eq__ and __lt__
// checks that the same comparisons run in the same order.
func TestSortFastPaths(t *testing.T) {
	cases := map[string]string{
		"tuple keys": `state = 7
data = []
for _ in range(2000):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    data.append(state >> 8)
print(sorted(data, key=lambda v: (v % 10, v))[:12])
recs = [(v % 7, v % 3, i) for i, v in enumerate(data)]
recs.sort(key=lambda r: (r[0], -r[1]))
print(recs[:12], recs[-5:])
recs.sort()
print(recs[:5], recs[-5:])
recs.sort(reverse=True)
print(recs[:5])
print(sorted(recs, key=lambda r: (r[0],), reverse=True)[:8])
print(sorted([(1, 2), (1,), (0, 5, 1), (1, 2, 0), (0, 5), (1, 1)]))
print(sorted([(1 << 49, 'b'), ((1 << 49) - 1, 'a'), (-(1 << 49), 'c'), (-(1 << 49) - 1, 'd'), (1 << 70, 'e'), (1 << 49, 'a')]))
print(sorted([((1 << 63) + i % 3, i) for i in range(9)], key=lambda t: (t[0], -t[1])))
print(sorted([('b', 1), ('a', 2), ('b', 0), ('a', 1), ('é', 0), ('', 3)]))
print(sorted([(2.5, 1), (1.0, 2), (-0.0, 3), (0.0, 4), (float('inf'), 0)]))
nan = float('nan')
print(sorted([(nan, 2), (nan, 1), (1.0, 0)]))
`,
		"mixed first items": `print(sorted([(1, 'a'), (1.0, 'b'), (True, 'c'), (0, 'd'), (0.5, 'e'), (False, 'f')]))
print(sorted([(3, 1), (2, 0)] + [((1, 2), 0)] * 0))
print(sorted([((2, 1), 'x'), ((1, 2), 'y'), ((1, 2), 'a')]))
class T(tuple): pass
print(sorted([T((2, 1)), (1, 5), T((1, 3))]))
try:
    sorted([(1, 2), (1, 'a')])
except TypeError as e:
    print(e)
try:
    sorted([(1, 2), ('a', 2)])
except TypeError as e:
    print(e)
l = [(3, 'x'), (1, 'y'), (2, None), (2, 'z'), (0, 1)]
try:
    l.sort()
except TypeError as e:
    print(e, l)
`,
		"calls in tuples": `calls = []
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        calls.append(('eq', self.v, o.v))
        return self.v == o.v
    def __lt__(self, o):
        calls.append(('lt', self.v, o.v))
        return self.v < o.v
    __hash__ = None
    def __repr__(self): return 'E(%r)' % self.v
xs = [(1, E(3)), (0, E(1)), (1, E(2)), (1, E(2)), (0, E(0))]
print(sorted(xs), calls)
calls.clear()
ys = [(E(i % 3), i) for i in (5, 1, 4, 2, 3, 0)]
print(sorted(ys), calls)
calls.clear()
print(sorted(ys, key=lambda t: (t[1] % 2, t[0])), calls)
class Bad:
    def __eq__(self, o): raise ValueError('eq')
    __hash__ = None
zs = [(1, 2), (1, Bad()), (0, 1)]
try:
    zs.sort()
except ValueError as e:
    print(e, [z[0] for z in zs])
def limited(n):
    if n:
        return limited(n - 1)
    return sorted([(1, 2000), (1, 1000), (0, 5)])
import sys
for depth in range(sys.getrecursionlimit() - 40, sys.getrecursionlimit()):
    try:
        r = limited(depth)
    except RecursionError as e:
        print(depth > 0, e)
        break
`,
		"strs": `ws = ['b', 'a', '', 'ab', 'é', 'e\u0301', '\U0001F600', '\ud800', '\udfff', '\ue000', 'Z', 'aa', 'a\x00', 'ß', '\uffff']
print([ascii(w) for w in sorted(ws)])
print([ascii(w) for w in sorted(ws, reverse=True)])
pairs = [(w, i) for i, w in enumerate(ws * 3)]
print([p[1] for p in sorted(pairs, key=lambda p: p[0])])
print([p[1] for p in sorted(pairs, key=lambda p: p[0], reverse=True)])
state = 3
big = []
for _ in range(3000):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    big.append(str(state % 1000))
s1 = sorted(big)
print(s1[:10], s1[-5:], sorted(range(len(big)), key=lambda i: big[i])[:10])
class S(str): pass
print(sorted(['b', S('a'), 'c']), sorted([S('b'), S('a')]))
try:
    sorted(['a', 1, 'b'])
except TypeError as e:
    print(e)
`,
		"ints": `print(sorted([5, -3, 1 << 49, (1 << 49) - 1, -(1 << 49), -(1 << 49) - 1, 1 << 64, 0]))
print(sorted([3, 1, 2], reverse=True), sorted([True, 2, 0, False]))
words = sorted((str(v)[::-1] for v in range(300)), key=len)
print(words[:20], words[-5:])
`,
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) { checkPy(t, src) })
	}
}

// BenchmarkSortTupleKeys sorts 1000 items by a key tuple per iteration
// (unsafe_tuple_compare on tuple records).
func BenchmarkSortTupleKeys(b *testing.B) {
	benchProgram(b, `
data = [(i * 7919) % 10007 for i in range(1000)]
def run(n):
    for _ in range(n):
        sorted(data, key=lambda v: (v % 100, v))
`)
}

// BenchmarkSortInts sorts 1000 immediate ints per iteration.
func BenchmarkSortInts(b *testing.B) {
	benchProgram(b, `
data = [(i * 7919) % 10007 for i in range(1000)]
def run(n):
    for _ in range(n):
        sorted(data)
`)
}
