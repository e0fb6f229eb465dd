package vm

import "testing"

func TestTuple(t *testing.T) {
	ctCases(t, map[string]string{
		"basics": `t = (1, 'a', 2.5, None, [1], (2,))
print(t, (), (1,), ((),), len(t), t[0], t[-1], t[1:3], t[::-2], t[10:], t[:])
empty = ()
print(t[:] is t, t[0:len(t)] is t, t[0:] is t, t[::1] is t, empty is tuple(), tuple(t) is t, tuple([1, 2]), tuple('ab'), tuple(range(3)))
for i in (6, -7, 'a', 1.0):
    try:
        t[i]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
print(t.index('a'), t.count(1), (1, 2, 1).count(1), (1, 2, 3, 2).index(2, 2), (1, 2).index(2, -1))
for f in (lambda: t.index(99), lambda: t.index(), lambda: t.count(), lambda: (1,).index(1, 'a'), lambda: tuple(1), lambda: tuple(1, 2), lambda: tuple(x=1), lambda: (1,).index(1, 5)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
`,
		"ops": `a = (1, 2)
print(a + (3,), a * 2, 2 * a, a * 0, () + a is a, a + () is a, a * 1 is a, a + a)
for f in (lambda: a + [3], lambda: a + 1, lambda: a * 1.5, lambda: [3] + a, lambda: a - a):
    try:
        f()
    except TypeError as e:
        print(e)
b = a
b += (3,)
print(a, b)
print(a == (1, 2), a < (1, 3), a < (1, 2, 0), (2,) > (1, 5), a != (1, 2), () <= (), (1, 'a') == (1, 'a'), a == [1, 2])
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(e)
print(1 in a, 3 in a, (a,) == ((1, 2),))
print(hash(()), hash((1, 2)), hash((1, (2, 3), 'a', True)), hash((-1,)), hash((2**70, 1.5)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
class T(tuple): pass
x = T((1, 2))
print(x, type(x).__name__, x[:] is x, type(x + x).__name__, type(x * 1).__name__, x * 1 is x, T(), T('ab'), x == (1, 2))
t = ([],)
t[0].append(t)
print(t)
`,
		"iter": `t = (1, 2, 3)
it = iter(t)
print(type(it).__name__, next(it), it.__length_hint__(), list(it), list(it))
import sys
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)), sys.getsizeof(tuple(range(10))))
`,
	})
}
