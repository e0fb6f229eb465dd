package vm

import "testing"

// A call of a class with object's __new__ and a Python __init__ runs
// __init__ in the caller's eval loop (initFrame); everything the program
// can see must stay as CPython 3.11 shows it.
func TestClassCallRunsInitInLoop(t *testing.T) {
	cases := []struct{ name, src string }{
		{"arguments", `
class A:
    def __init__(self, x, *args, k=2, **kw):
        self.x = x + k + len(args) + len(kw)
class B(A):
    def __init__(self, x):
        super().__init__(x, 9, k=5, z=1)
print(A(1).x, A(1, k=3).x, B(2).x, A(x=4).x)
for bad in ("A()", "A(1, k=1, k2=2, **{'k': 3})", "B(1, 2)", "B(y=1)"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
`},
		{"init returns a value", `
class R:
    def __init__(self):
        return 3
class G:
    def __init__(self):
        yield 1
for c in (R, G):
    try:
        c()
    except TypeError as e:
        print(e)
R()
`},
		{"exception in init", `
class E:
    def __init__(self, a):
        raise ValueError(a)
def g():
    try:
        E(1)
    except ValueError as e:
        print("caught", e, e.__context__)
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            E(2)
        except ValueError as e:
            print("context", repr(e.__context__))
g()
def h():
    return E(3)
h()
`},
		{"recursion depth", `
class D:
    def __init__(self, n):
        self.c = D(n - 1) if n else None
try:
    D(100000)
except RecursionError as e:
    print("RecursionError:", e)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
class F:
    def __init__(self):
        self.d = depth(0)
class F2:
    def __init__(self):
        self.f = F()
print(F().d, F2().f.d, depth(0))
`},
		{"other ways to make an instance", `
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class N:
    def __new__(cls, v):
        print("__new__", v)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
class O:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
class P:
    __init__ = lambda self, v: setattr(self, "v", v)
class Q(dict):
    def __init__(self, v):
        super().__init__(v=v)
print(M(1).v, N(2).v, O(), P(3).v, Q(4))
class S:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a
print(S(5).a)
`},
		{"instance alive only in the init frame while collecting", `
class K:
    def __init__(self):
        me = id(self)
        del self
        junk = [str(i) * 3 for i in range(200000)]
        self = None
        for i in range(3):
            junk = [(i, j) for j in range(100000)]
K.made = [K() for _ in range(3)]
print([type(k).__name__ for k in K.made], len({id(k) for k in K.made}))
`},
		{"keywords after a failed class call", `
class C:
    def __init__(self, a):
        self.a = a
class N:
    def __new__(cls, *args, **kw):
        return 7
for i in range(3):
    try:
        C(1, b=2)
    except TypeError as e:
        print(e)
    print(len([1, 2]), C(5).a, C(a=6).a, N(1, x=2))
    try:
        C(a=1, a2=3)
    except TypeError as e:
        print(e)
    print(max([1, 3]))
`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkPy(t, c.src) })
	}
}
