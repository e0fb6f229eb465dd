package vm

import "testing"

func TestDunders(t *testing.T) {
	checkOMTable(t, map[string]string{
		"repr str": `class A:
    def __repr__(self): return 'A()'
class B(A):
    def __str__(self): return 'B!'
class C: pass
print(repr(A()), str(A()), repr(B()), str(B()), A(), B())
print(repr(C())[:13], str(C())[:13])
`,
		"repr non-str": `class A:
    def __repr__(self): return 1
repr(A())
`,
		"str non-str": `class A:
    def __str__(self): return 1
str(A())
`,
		"hash": `class A:
    def __hash__(self): return 12
class B:
    def __hash__(self): return -1
class C:
    def __hash__(self): return 2**64 + 5
class D:
    def __hash__(self): return True
print(hash(A()), hash(B()), hash(C()), hash(D()))
`,
		"hash non-int": `class A:
    def __hash__(self): return 'x'
hash(A())
`,
		"eq without hash": `class A:
    def __eq__(self, o): return True
print(A.__hash__, A() == 1)
hash(A())
`,
		"hash none": `class A:
    __hash__ = None
hash(A())
`,
		"eq inherit hash": `class A:
    def __eq__(self, o): return True
    def __hash__(self): return 7
class B(A): pass
class C(A):
    def __eq__(self, o): return False
print(hash(B()), C.__hash__)
`,
		"rich compare": `class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __repr__(self): return 'V%d' % self.v
a, b = V(1), V(2)
print(a < b, a > b, b > a, a == V(1), a != V(1), a != b, a == 1, a != 1)
print(V(3) < V(2), V(1) <= V(1) if hasattr(V, '__le__') and V.__le__ is not object.__le__ else 'no le')
`,
		"compare unsupported": `class V: pass
V() < V()
`,
		"compare reflected subclass": `class A:
    def __eq__(self, o):
        print('A.eq')
        return NotImplemented
    def __lt__(self, o):
        print('A.lt')
        return NotImplemented
class B(A):
    def __eq__(self, o):
        print('B.eq')
        return NotImplemented
    def __gt__(self, o):
        print('B.gt')
        return True
print(A() == B(), A() < B())
`,
		"ne from eq": `class A:
    def __eq__(self, o): return 'yes'
print(A() != A(), A() == A())
`,
		"binary ops": `class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __sub__(self, o): return 'sub'
    def __mul__(self, o): return 'mul'
    def __rmul__(self, o): return 'rmul'
    def __truediv__(self, o): return 'div'
    def __floordiv__(self, o): return 'fdiv'
    def __mod__(self, o): return 'mod'
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return 'rpow'
    def __lshift__(self, o): return 'lsh'
    def __rshift__(self, o): return 'rsh'
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __matmul__(self, o): return 'matmul'
    def __repr__(self): return 'N(%r)' % self.v
n = N(1)
print(n + 1, 1 + n, n + n, n - 1, n * 2, 2 * n, n / 1, n // 1, n % 1, n ** 2, 2 ** n, pow(n, 2, 5))
print(n << 1, n >> 1, n & 1, n | 1, n ^ 1, n @ n)
`,
		"binary unsupported": `class N: pass
N() + 1
`,
		"binary reflected unsupported": `class N:
    def __radd__(self, o): return NotImplemented
1 + N()
`,
		"reflected subclass first": `class A:
    def __add__(self, o):
        print('A.add')
        return 'A'
    def __radd__(self, o):
        print('A.radd')
        return 'rA'
class B(A):
    def __radd__(self, o):
        print('B.radd')
        return 'rB'
class C(A): pass
print(A() + B())
print(A() + C())
print(A() + A())
`,
		"reflected NotImplemented falls back": `class A:
    def __add__(self, o): return 'A.add'
class B(A):
    def __radd__(self, o): return NotImplemented
print(A() + B())
`,
		"inplace": `class L:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o): return 'plain add'
l = L()
l += 1
l += 2
print(l.items)
class M:
    def __add__(self, o): return 'add used'
m = M()
m += 1
print(m)
class Q:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fallback'
q = Q()
q += 1
print(q)
`,
		"inplace unsupported": `class M: pass
m = M()
m -= 1
`,
		"unary": `class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
print(-U(), +U(), ~U(), abs(U()))
`,
		"unary unsupported": `class U: pass
-U()
`,
		"bool and len": `class T:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class L2:
    def __len__(self): return 5
class N: pass
print(bool(T()), bool(L()), bool(L2()), bool(N()), not T(), len(L2()))
if L(): print('no')
else: print('empty')
`,
		"bool wrong type": `class T:
    def __bool__(self): return 1
bool(T())
`,
		"len negative": `class L:
    def __len__(self): return -1
len(L())
`,
		"len not int": `class L:
    def __len__(self): return 'x'
len(L())
`,
		"len float": `class L:
    def __len__(self): return 1.5
len(L())
`,
		"len big": `class L:
    def __len__(self): return 2**70
len(L())
`,
		"len bool": `class L:
    def __len__(self): return True
print(len(L()))
`,
		"container": `class C:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k == 'magic'
    def __len__(self): return len(self.d)
c = C()
c['a'] = 1
c['b'] = 2
del c['a']
print(c['b'], len(c), 'magic' in c, 'b' in c)
c['zz']
`,
		"getitem iteration": `class S:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(S()), 20 in S(), 5 in S())
for x in S(): print(x)
`,
		"contains none": `class C:
    __contains__ = None
1 in C()
`,
		"setitem only": `class C:
    def __setitem__(self, k, v): print('set', k, v)
c = C()
c[1] = 2
del c[1]
`,
		"iter next": `class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), [x * 2 for x in It()])
it = It()
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('stop', e.args)
`,
		"iter returns non-iterator": `class C:
    def __iter__(self): return 1
iter(C())
`,
		"iter none": `class C:
    __iter__ = None
iter(C())
`,
		"not iterable": `class C: pass
for x in C(): pass
`,
		"call": `class F:
    def __call__(self, *a, **k): return ('called', a, k)
f = F()
print(f(1, 2, x=3), f())
class G: pass
G()()
`,
		"descriptors get set delete": `class D:
    def __get__(self, obj, owner=None):
        return ('get', obj is None, owner.__name__ if owner else None)
    def __set__(self, obj, v): obj.__dict__['_d'] = v
    def __delete__(self, obj): obj.__dict__.pop('_d')
class C:
    d = D()
c = C()
print(c.d, C.d)
c.d = 5
print(c.__dict__)
del c.d
print(c.__dict__)
print(D().__get__(None, C))
`,
		"init new": `class A:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('init', args)
class B(A): pass
B(1, 2)
class C:
    def __new__(cls): return 42
print(C())
`,
		"index int float": `class I:
    def __index__(self): return 3
    def __int__(self): return 4
    def __float__(self): return 2.5
print([10, 20, 30, 40][I()], int(I()), float(I()), bin(I()) if 'bin' in dir(__builtins__) else '')
`,
		"dunder set later": `class A: pass
a = A()
A.__repr__ = lambda self: 'late repr'
A.__len__ = lambda self: 7
A.__eq__ = lambda self, o: True
A.__hash__ = lambda self: 3
print(repr(a), len(a), a == 1, hash(a))
del A.__len__
len(a)
`,
		"dunder on base set later": `class A: pass
class B(A): pass
b = B()
A.__add__ = lambda self, o: 'added'
print(b + 1)
B.__add__ = lambda self, o: 'B added'
print(b + 1)
del B.__add__
print(b + 1)
`,
		"subclass builtin keeps slots": `class L(list):
    pass
class D(dict):
    def __missing__(self, k): return 'missing ' + k
class S(str):
    def __len__(self): return 99
l = L([1, 2])
l.append(3)
print(l, len(l), l[0], type(l).__name__, L.__add__ is list.__add__)
d = D(a=1)
print(d['a'], d['b'], len(S('ab')), S('ab').upper())
`,
		"subclass builtin override": `class I(int):
    def __add__(self, o): return 'I.add'
    def __repr__(self): return 'I(%d)' % int(self)
i = I(5)
print(i + 1, 1 + i, i * 2, repr(i), i == 5, hash(i) == hash(5))
`,
		"getattribute slot": `class C:
    def __getattribute__(self, name): return name.upper()
print(C().hello)
`,
		"special method lookup on type": `class C: pass
c = C()
c.__len__ = lambda: 5
len(c)
`,
	})
}

// A sequence's __mul__, __rmul__ and __imul__ slot wrappers take the
// count as an index (wrap_indexargfunc), with its messages.
func TestSequenceRepeatWrappers(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
class I:
    def __index__(self): return 2
`, "[1, 2].__mul__(2)", "[1].__mul__(1.5)", "[1].__mul__(10**20)", "[1].__rmul__(I())", "[1].__imul__(None)",
		"[1].__imul__(-1)", "[1].__imul__(10**20)", "(1,).__mul__('a')", "(1,).__rmul__(10**20)", "'ab'.__mul__(2.0)",
		"b'x'.__mul__(True)", "bytearray(b'x').__imul__([])", "bytearray(b'x').__imul__(3)", "[1] * 1.5", "[1] * 10**20"))
}
