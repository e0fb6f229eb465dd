package vm

import "testing"

func TestDictBasics(t *testing.T) {
	ctCases(t, map[string]string{
		"order": `d = {}
for k in (5, 'a', 3, (1, 2), -1, 2.5):
    d[k] = repr(k)
print(d)
d[3] = 'again'
del d['a']
d['a'] = 'back'
print(d, len(d))
print({1: 'a', 1.0: 'b', True: 'c'})
d = {'x': 1}
d['self'] = d
print(d)
print({}, {1: {}}, {(1,): [1]})
`,
		"getitem": `d = {'a': 1, 2: 'b', (1, 2): 3}
print(d['a'], d[2], d[1, 2], d[2.0])
for k in ('z', (1,), 3):
    try:
        d[k]
    except KeyError as e:
        print(repr(e), e)
try:
    d[[1]]
except TypeError as e:
    print(e)
try:
    d[{}] = 1
except TypeError as e:
    print(e)
try:
    del d['nope']
except KeyError as e:
    print(repr(e))
print('a' in d, 'z' in d, [1] in d if False else 0)
try:
    [1] in d
except TypeError as e:
    print(e)
class D(dict):
    def __missing__(self, k):
        return k * 2
dd = D(a=1)
print(dd['a'], dd['zz'], dd.get('q'), 'zz' in dd)
`,
		"methods": `d = dict(a=1, b=2)
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 9), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(repr(e))
print(d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('p', 0), ['q', 1]])
d.update(k=5)
print(d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys({'z': 1, 'w': 2}, []), dict.fromkeys(range(3)))
c = d.copy(); c.clear(); print(c, len(d))
e = {}
for f in (lambda: e.popitem(), lambda: e.pop(1), lambda: e.get(), lambda: e.get(1, 2, 3), lambda: e.setdefault(), lambda: e.pop(), lambda: e.popitem(1), lambda: e.keys(1), lambda: e.update(1, 2), lambda: e.update([1]), lambda: e.update([(1, 2, 3)]), lambda: e.update(1), lambda: dict.fromkeys(), lambda: e.copy(1), lambda: e.get(x=1)):
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(dict([(1, 2), (3, 4)]), dict({1: 2}, x=3), dict(zip_ := [('a', 1)]))
for a in ((1,), ([1],), ([(1,2,3)],), ({1: 2}, {3: 4})):
    try:
        dict(*a)
    except Exception as ex:
        print(type(ex).__name__, ex)
`,
		"operators": `a = {1: 'a', 2: 'b'}
b = {2: 'B', 3: 'C'}
print(a | b, b | a, a == {2: 'b', 1: 'a'}, a != b, {} == {})
a |= b
print(a)
a |= [(9, 9)]
print(a)
for f in (lambda: a | [(1, 2)], lambda: a < b, lambda: a + b):
    try:
        f()
    except TypeError as ex:
        print(ex)
try:
    a |= 5
except TypeError as ex:
    print(ex)
`,
		"views": `d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i)
d['d'] = 4
print(list(k), list(v), list(i))
print(list(reversed(d)), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'z'})
print(i & {('a', 1)}, i - {('a', 1)})
print(k == {'a', 'b', 'c', 'd'}, k < {'a', 'b', 'c', 'd', 'e'}, k >= {'a'}, k.isdisjoint(['x']), k.isdisjoint('a'))
print([1, 2] | {3: 1}.keys(), [1, 2] - {1: 1}.keys(), {1: 2}.items() ^ {1: 3}.items())
print({}.keys(), {}.items(), {}.values())
try:
    hash(k)
except TypeError as e:
    print(e)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__, type(reversed(k)).__name__)
it = iter(i)
print(next(it), it.__length_hint__())
`,
		"mutation": `d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print(d)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
class E:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        dd.clear()
        return False
dd = {}
dd[E(1)] = 1
dd[E(2)] = 2
print(len(dd))
`,
		"sizes": `import sys
d = {}
out = []
for i in range(100):
    out.append(sys.getsizeof(d))
    d[i] = i
print(out)
d = {}
out = []
for i in range(100):
    out.append(sys.getsizeof(d))
    d['k' + repr(i)] = i
print(out)
d = {'a': 1}; d[1] = 1; print(sys.getsizeof(d))
d = {i: i for i in range(10)}
for i in range(8):
    del d[i]
print(sys.getsizeof(d))
for n in (0, 1, 5, 6, 11, 22):
    src = {i: i for i in range(n)}
    print(n, sys.getsizeof(src), sys.getsizeof(src.copy()), sys.getsizeof(dict(src)), sys.getsizeof(dict.fromkeys(range(n))), sys.getsizeof({**src}))
d = dict.fromkeys(range(50)); d.clear(); print(sys.getsizeof(d))
d = {}
for i in range(1000):
    d[i] = i
    del d[i]
print(sys.getsizeof(d), d)
print({}.__sizeof__(), {1: 2}.__sizeof__())
`,
		"churn": `d = {}
for i in range(200):
    d[i % 37] = i
    if i % 3 == 0:
        del d[i % 37]
    if i % 7 == 0 and d:
        d.popitem()
print(d)
d = {}
for i in range(100):
    d[repr(i)] = i
for i in range(0, 100, 2):
    d.pop(repr(i))
for i in range(200, 260):
    d[i] = i
print(list(d)[:10], list(d)[-10:], len(d))
`,
	})
}
