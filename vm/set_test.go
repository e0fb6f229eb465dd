package vm

import (
	"fmt"
	"strings"
	"testing"
)

func TestSetOrder(t *testing.T) {
	// Iteration order of sets built in many ways, for int and str keys.
	var b strings.Builder
	b.WriteString(`seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
words = ['apple', 'banana', 'cherry', 'd', 'e', 'ab', 'ba', 'x1', 'x2', 'zz', 'hello', 'world', 'a', 'b', 'c', '', 'é', '€', '😀', 'spam', 'eggs']
out = []
for trial in range(60):
    n = rnd(40)
    s = set()
    for i in range(n):
        s.add(rnd(1000) - 300)
    out.append(list(s))
    out.append(list(s.copy()))
    t = set()
    for i in range(n):
        t.add(words[rnd(len(words))] + repr(rnd(5)))
    out.append(list(t))
    u = set(range(rnd(100)))
    for i in range(rnd(50)):
        u.discard(rnd(100))
    for i in range(rnd(30)):
        u.add(rnd(300))
    out.append(list(u))
for o in out:
    print(o)
print(set(range(10)), set(range(9, -1, -1)), {7, 3, 15, 11}, {8, 16, 0, 24}, {-1, -2, 0, 1, 2}, {-5, 5, -8, 100, 1000})
print({2**61 - 1, 2**61, 2**64, -2**63}, {10**20, 3, 1.5, 2.0, True})
print({'a', 'b', 'c', 'd'}, {'apple', 'banana', 'cherry'}, {i * i for i in range(12)})
s = set(range(10)); s.discard(0); s.discard(2); s.discard(4); s.add(20); s.add(4); print(s)
a = {1, 2, 3, 40, 50}; b = {3, 50, 60, 7}
print(a | b, a & b, a - b, a ^ b, b - a, b ^ a, b & a, b | a)
print(a.union(b, [100, 200]), a.intersection(b, {50}), a.difference(b, [1]), a.symmetric_difference([7, 1]))
print({5, 13, 21, 29, 37, 45})
x = set()
for v in (5, 13, 21, 29, 37, 45):
    x.add(v)
print(x)
for v in {5, 13, 21, 29, 37, 45}:
    print(v, end=' ') if False else None
print([v for v in {5, 13, 21, 29, 37, 45}], 13 in {5, 13, 21, 29, 37, 45})
print(set({1: 2, 'a': 3, 9: 0}), set('hello world'), frozenset(range(20, 0, -3)))
`)
	checkCt(t, b.String())
}

func TestSetOps(t *testing.T) {
	ctCases(t, map[string]string{
		"methods": `s = {1, 2, 3}
s.add(4); s.discard(9); s.remove(1)
print(s, s.pop(), s.pop(), s)
try:
    s.remove(99)
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(repr(e))
s = set(range(20))
print([s.pop() for _ in range(5)], s)
s.update([100, 101], {200}, 'ab')
print(s)
s.intersection_update(range(10, 200))
print(s)
s.difference_update({10, 11}, [12])
print(s)
s.symmetric_difference_update({13, 999})
print(s)
print(s.issubset(range(1000)), s.issuperset([13]), s.isdisjoint([1, 2]), {1}.issubset([1, 2]), {1, 5}.issuperset({1}))
c = s.copy(); c.clear(); print(c, len(s))
f = frozenset([1, 2])
print(f.copy() is f, f | {3}, {3} | f, f & {1}, f - {1}, f ^ {1}, type(f | {3}).__name__, type({3} | f).__name__)
print({frozenset([1]), frozenset()}, frozenset() in {frozenset()}, set() in {frozenset()})
s = {frozenset([1, 2])}
print({1, 2} in s, s)
s.discard({1, 2}); print(s)
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(['a'])), hash(frozenset(range(100))))
for f in (lambda: hash(set()), lambda: {[1]}, lambda: {1} + {2}, lambda: {1} < [1], lambda: set().add(), lambda: set().add(1, 2), lambda: set(1), lambda: set([], []), lambda: set(x=1), lambda: frozenset(x=1), lambda: frozenset(1, 2), lambda: set().remove([]), lambda: {1} | [2], lambda: set().update(1), lambda: set().update(x=1)):
    try:
        f()
    except TypeError as e:
        print(e)
`,
		"compare": `a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, a == b, a != b, a == frozenset([1, 2]), frozenset([1, 2]) == a, a >= a, a > a)
print(set() == set(), {1} == {1.0}, {1} == [1], {1} != [1])
`,
		"inplace": `a = {1, 2, 3}
b = a
a |= {4}; a &= {1, 2, 4, 5}; a -= {1}; a ^= {9, 2}
print(a, a is b)
try:
    a |= [1]
except TypeError as e:
    print(e)
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g)
`,
		"repr": `s = set()
class R:
    def __repr__(self): return repr(s)
    def __hash__(self): return 1
s.add(R())
print(s)
class S(set): pass
class F(frozenset): pass
print(S(), S([1]), F([2]), F(), type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__)
`,
		"sizes": `import sys
s = set()
out = []
for i in range(400):
    out.append(sys.getsizeof(s))
    s.add(i)
print(out)
print(sys.getsizeof(set()), sys.getsizeof(frozenset(range(10))), sys.getsizeof({1, 2, 3, 4, 5}.copy()))
print(set().__sizeof__(), set(range(10)).__sizeof__())
`,
		"iterator": `s = {1, 2, 3}
it = iter(s)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))
`,
	})
}

func TestFrozenSetConstantLayout(t *testing.T) {
	// Constant set displays: their order, and the order after adding to
	// the set built from them (which depends on the constant's slots).
	var b strings.Builder
	seed := uint32(7)
	rnd := func(n int) int {
		seed = seed*1103515245 + 12345
		return int(seed>>8) % n
	}
	for i := 0; i < 60; i++ {
		n := 3 + rnd(30)
		var items []string
		for j := 0; j < n; j++ {
			items = append(items, fmt.Sprint(rnd(200)-50))
		}
		fmt.Fprintf(&b, "s = {%s}\nprint(s)\ns.add(%d); s.add(%d)\nprint(s)\n", strings.Join(items, ", "), rnd(500), rnd(500))
		fmt.Fprintf(&b, "print([x for x in {%s}])\n", strings.Join(items, ", "))
	}
	checkCt(t, b.String())
}
