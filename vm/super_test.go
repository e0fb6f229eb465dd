package vm

import "testing"

func TestSuper(t *testing.T) {
	runTable(t, map[string]string{
		"zero arguments": `
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c", cls.__name__
    def __init__(self, v): self.v = v
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return ("B.c",) + super().c()
    def __init__(self):
        super().__init__(7)
    def g(self): return super()
    def h(self):
        return [super().f() for _ in (1,)]
class C(B):
    def f(self): return "C.f>" + super().f()
b = B()
t(lambda: b.f())
t(lambda: C().f())
t(lambda: B.c())
t(lambda: C.c())
t(lambda: b.v)
t(lambda: b.g())
t(lambda: b.h())
`,
		"cells and generators": `
class A:
    def f(self): return "A"
    def gen(self): yield "Ag"
class B(A):
    def f(self):
        g = lambda: self
        return super().f() + "B" + repr(g() is self)
    def gen(self):
        yield from super().gen()
        yield "Bg"
    def h(self):
        def inner():
            return __class__
        return inner()
b = B()
print(b.f())
print(list(b.gen()))
print(b.h())
class C(B):
    def f(self):
        self = 5
        try:
            return super().f()
        except TypeError as e:
            return str(e)
print(C().f())
`,
		"explicit": `
class A:
    x = 10
    def f(self): return "A.f"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B.f"
b = B()
t(lambda: super(B, b))
t(lambda: super(B, B))
t(lambda: super(B))
t(lambda: super(B, b).f())
t(lambda: super(B, b).x)
t(lambda: super(B, b).p)
t(lambda: super(B, B).f)
t(lambda: super(B, B).f(b))
t(lambda: super(B, b).zz)
t(lambda: super(B, B).zz)
t(lambda: super(B).zz)
t(lambda: super(A, b).f)
t(lambda: super(B, b).__class__)
t(lambda: super(B, b).__self__ is b)
t(lambda: super(B, b).__thisclass__)
t(lambda: super(B, b).__self_class__)
t(lambda: super(B, B).__self_class__)
t(lambda: super(B).__self__)
t(lambda: super(B).__get__(b).f())
t(lambda: super(B, b).__get__(b))
t(lambda: super(B, b).f.__self__ is b)
t(lambda: setattr(super(B, b), 'x', 1))
t(lambda: super(B, b) == super(B, b))
t(lambda: super(B, b).__init__)
t(lambda: super(int, 1).__repr__())
`,
		"errors": `
class A: pass
class B(A):
    def m(self):
        del self
        return super()
    def n():
        return super()
    def o(*args):
        return super()
def nf():
    return super()
def nf2(x):
    return super()
t(lambda: super(B, 1))
t(lambda: super(1, B()))
t(lambda: super())
t(lambda: super(B, B(), 3))
t(lambda: super(B, obj=B()))
t(nf)
t(lambda: nf2(1))
t(lambda: B().m())
t(lambda: B.n())
t(lambda: B().o())
`,
	})
}
