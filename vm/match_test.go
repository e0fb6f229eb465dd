package vm

import "testing"

func TestMatch(t *testing.T) {
	ctCases(t, map[string]string{
		"sequence_mapping": `def f(x):
    match x:
        case [a, b, *rest]:
            return ('seq', a, b, rest)
        case {'k': v, **kw}:
            return ('map', v, kw)
        case {'q': 1}:
            return 'q1'
        case (1,):
            return 'one'
        case str() | float():
            return 'text'
        case _:
            return 'other'
for x in ([1, 2, 3], (4, 5), range(2), 'ab', {'k': 1, 'z': 2}, {'q': 1}, {'q': 2}, (1,), [1], 5, {1, 2}, {}, []):
    print(f(x))
class D(dict):
    def __missing__(self, k): return 'missing'
print(f(D(q=1)), f(D()))
class K:
    a = 'a'
    b = 'a'
def g(x):
    match x:
        case {K.a: 1, K.b: 2}:
            return 1
try:
    g({'a': 1})
except ValueError as e:
    print(e)
`,
		"class": `class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
class Q:
    def __init__(self): self.z = 1
def f(v):
    match v:
        case P(0, y):
            return ('p0', y)
        case P(x, y=3):
            return ('py3', x)
        case P(x=1, y=y):
            return ('px1', y)
        case int(n) if n > 5:
            return ('big', n)
        case int(n):
            return ('int', n)
        case str(s):
            return ('str', s)
        case list([a]):
            return ('list1', a)
        case Q(z=z):
            return ('q', z)
        case bool(b):
            return 'unreachable'
        case _:
            return None
for v in (P(0, 1), P(2, 3), P(1, 9), P(5, 5), 3, 10, True, 'hi', [7], [7, 8], Q(), 1.5):
    print(f(v))
def bad(v):
    match v:
        case P(1, 2, 3):
            return 1
def bad2(v):
    match v:
        case Q(1):
            return 1
def bad3(v):
    match v:
        case int(1, 2):
            return 1
def bad4(v):
    match v:
        case P(1, x=2):
            return 1
class M:
    __match_args__ = ['a']
def bad5(v):
    match v:
        case M(1):
            return 1
class M2:
    __match_args__ = (1,)
def bad6(v):
    match v:
        case M2(1):
            return 1
def bad7(v):
    x = 5
    match v:
        case x(1):
            return 1
for b, v in ((bad, P(1, 2)), (bad2, Q()), (bad3, 1), (bad4, P(1, 2)), (bad5, M()), (bad6, M2()), (bad7, 1)):
    try:
        print(b(v))
    except TypeError as e:
        print(e)
`,
	})
}
