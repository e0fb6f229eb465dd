package vm

import "testing"

func TestRange(t *testing.T) {
	ctCases(t, map[string]string{
		"basics": `for r in (range(10), range(0, 10, 2), range(10, 0, -3), range(5, 5), range(-3), range(True), range(2**70, 2**70 + 5), range(0, -10, -1)):
    print(r, len(r), list(r), not r, r.start, r.stop, r.step)
r = range(3, 20, 4)
print(r[0], r[-1], r[1:3], r[::-1], r[::2], r[10:], r[-100:100], list(r[::-2]))
for i in (5, -6, 'a'):
    try:
        r[i]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(7 in r, 8 in r, 7.0 in r, True in range(3), 'a' in r, r.index(11), r.count(11), r.count(12), r.index(7.0) if 7.0 in r else -1)
try:
    r.index(8)
except ValueError as e:
    print(e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
for a in ((), (1, 2, 3, 4), (1.5,), ('a',), (1, 'b')):
    try:
        range(*a)
    except TypeError as e:
        print(e)
try:
    range(x=1)
except TypeError as e:
    print(e)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 10, 3) == range(0, 11, 3), range(1) == range(1, 7, 9), range(3) != range(4))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 5, 10)), hash(range(10)))
try:
    range(3) < range(4)
except TypeError as e:
    print(e)
print(list(reversed(range(10, 0, -3))), list(reversed(range(2**70, 2**70 + 3))), reversed(range(3)).__length_hint__())
print(len(range(2**62)), range(2**62)[2**61])
try:
    len(range(2**64))
except OverflowError as e:
    print(e)
it = iter(range(2**70, 2**70 + 2))
print(type(it).__name__, next(it), it.__length_hint__(), list(it))
it = iter(range(5))
print(type(it).__name__, next(it), it.__length_hint__(), list(it))
import sys
print(sys.getsizeof(range(10)), sys.getsizeof(iter(range(3))))
total = 0
for i in range(2**49 - 3, 2**49 + 3):
    total += i
print(total)
for i in range(-2**63 - 2, -2**63 + 2):
    print(i)
for i in range(2**63 - 2, 2**63 + 2):
    print(i)
`,
	})
}

func TestSlice(t *testing.T) {
	ctCases(t, map[string]string{
		"basics": `s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, 2), s.start, s.stop, s.step, slice('a', [], 3.5))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7), slice(2**70).indices(3), slice(-3, None).indices(0))
for f in (lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(x=1), lambda: s.indices(-1), lambda: slice(0, 1, 0).indices(3), lambda: slice('a').indices(3), lambda: hash(s)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(s == slice(1, 10, 2), s == slice(1, 10), slice(1, 2) < slice(1, 3), s is s, s == s)
print([1, 2, 3][slice(1, None)], 'abc'[slice(None, None, -1)])
class I:
    def __index__(self): return 1
print([10, 20, 30][I():], [10, 20, 30][I()], list(range(10))[I()::3])
`,
	})
}

func TestUnpack(t *testing.T) {
	ctCases(t, map[string]string{
		"sequence": `a, b = 1, 2
c, d = [3, 4]
e, f = 'xy'
g, h = {5: 0, 6: 0}
(i, j), k = (7, 8), 9
print(a, b, c, d, e, f, g, h, i, j, k)
[] = []
() = ()
x, = [1]
print(x)
for src in ("a, b = 1", "a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, = []", "a, b = (x for x in range(5))", "a, b = iter([1])", "a, b = None"):
    try:
        exec(src) if False else None
    except Exception as e:
        print(e)
def u2(v):
    try:
        a, b = v
        return (a, b)
    except Exception as e:
        return e
for v in (1, [1, 2, 3], [1], (x for x in range(5)), iter([1]), None, 'ab', {1: 2, 3: 4}, range(2), 2.5):
    print(u2(v))
`,
		"star": `a, *b = 1, 2, 3
*c, d = [1, 2, 3]
e, *f, g = range(10)
*h, = 'abc'
i, *j, k, l = [1, 2, 3]
print(a, b, c, d, e, f, g, h, i, j, k, l)
def u(v):
    try:
        a, *b, c, d = v
        return (a, b, c, d)
    except Exception as e:
        return e
for v in ([1], [1, 2], [1, 2, 3], (x for x in range(2)), 5, range(6)):
    print(u(v))
def w(v):
    try:
        a, b, *c = v
        return (a, b, c)
    except Exception as e:
        return e
for v in ([], [1], [1, 2], 'abcde'):
    print(w(v))
import sys
a, *b, c = range(10); print(sys.getsizeof(b))
`,
		"class": `class S:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
a, b, c = S()
print(a, b, c, list(S()), 20 in S(), 5 in S())
it = iter(S())
print(type(it).__name__, next(it), list(it))
class L:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i
        raise StopIteration
it = iter(L())
print(it.__length_hint__(), list(it), it.__length_hint__())
class D(dict):
    def __getitem__(self, i): return i
try:
    iter(D())
    print('ok')
except TypeError as e:
    print(e)
n = 0
def f():
    global n
    n += 1
    return n
print(list(iter(f, 4)))
it = iter(lambda: 1, 1)
print(type(it).__name__, list(it))
`,
	})
}
