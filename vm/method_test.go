package vm

import "testing"

func TestBoundMethod(t *testing.T) {
	runTable(t, map[string]string{
		"basics": `
class C:
    def m(self, *a):
        "mdoc"
        return self, a
    def __repr__(self): return "<C>"
c = C()
t(lambda: c.m)
t(lambda: c.m(1, 2))
t(lambda: c.m.__func__ is C.m)
t(lambda: c.m.__self__ is c)
t(lambda: c.m.__name__)
t(lambda: c.m.__qualname__)
t(lambda: c.m.__doc__)
t(lambda: c.m.__module__)
t(lambda: type(c.m).__name__)
t(lambda: c.m.zz)
t(lambda: setattr(c.m, 'x', 1))
t(lambda: setattr(c.m, '__doc__', 1))
t(lambda: setattr(c.m, '__func__', 1))
t(lambda: c.m == c.m)
t(lambda: c.m is c.m)
t(lambda: C().m == C().m)
t(lambda: hash(c.m) == hash(c.m))
t(lambda: c.m != c.m)
t(lambda: c.m(x=1))
`,
		"repr uses repr of self": `
class C:
    def m(self): pass
class D:
    def m(self): pass
    def __repr__(self): return "D!"
t(lambda: C().m)
t(lambda: D().m)
t(lambda: D.m)
t(lambda: [].append)
`,
		"MethodType": `
def f(*a): return a
M = type((lambda: 0).__get__(1))
t(lambda: M(f, 1)())
t(lambda: M(f, 1))
t(lambda: M(f))
t(lambda: M(f, 1, 2))
t(lambda: M(f, x=1))
t(lambda: M(1, 2))
t(lambda: M(f, None))
t(lambda: M(len, [1, 2])())
`,
	})
}
