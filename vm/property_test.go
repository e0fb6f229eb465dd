package vm

import "testing"

func TestProperty(t *testing.T) {
	runTable(t, map[string]string{
		"accessors": `
class A:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleting"); del self._x
    @property
    def ro(self): return 42
a = A()
t(lambda: a.x)
a.x = 5
t(lambda: a.x)
del a.x
t(lambda: a.x)
t(lambda: a.ro)
t(lambda: setattr(a, 'ro', 1))
t(lambda: delattr(a, 'ro'))
t(lambda: A.x.__doc__)
t(lambda: A.ro.__doc__)
t(lambda: type(A.x).__name__)
t(lambda: A.x.fget.__name__)
t(lambda: A.ro.fset)
t(lambda: A.x.__isabstractmethod__)
t(lambda: setattr(A.x, 'fget', None))
`,
		"no name": `
p = property(lambda self: 1)
class B:
    x = property()
t(lambda: p.__set__(1, 2))
t(lambda: p.__delete__(1))
t(lambda: p.__get__(1))
t(lambda: p.__get__(None, int) is p)
t(lambda: B().x)
t(lambda: setattr(B(), 'x', 1))
t(lambda: delattr(B(), 'x'))
t(lambda: property(1).__get__(3))
`,
		"init and copies": `
def f(s):
    "doc"
    return 1
def g(s): return 2
t(lambda: property(fget=f).__doc__)
t(lambda: property(fget=f, doc="X").__doc__)
t(lambda: property(f, None, None, None, 5))
t(lambda: property(f, foo=1))
t(lambda: property(f).fget is f)
t(lambda: property(f).fset)
t(lambda: property(f).getter(g).fget is g)
t(lambda: property(f, doc="D").setter(g).__doc__)
t(lambda: property(f).setter(g).__doc__)
t(lambda: property(f).getter(g).__doc__)
t(lambda: property(f).deleter(g).fdel is g)
t(lambda: property(f).__set_name__)
p = property(f)
t(lambda: p.__set_name__(object, 'zz'))
t(lambda: p.setter(g).__set__(1, 2))
t(lambda: p.__set__(1, 2))
t(lambda: p.__set_name__(1))
`,
		"subclass": `
class P(property):
    pass
class A:
    @P
    def x(self):
        "xdoc"
        return 3
t(lambda: A().x)
t(lambda: type(A.x).__name__)
t(lambda: A.x.__doc__)
`,
	})
}

func TestClassAndStaticMethod(t *testing.T) {
	runTable(t, map[string]string{
		"decorators": `
class A:
    @staticmethod
    def sm(x): return x
    @classmethod
    def cm(cls, x): return cls.__name__, x
class B(A): pass
t(lambda: A.sm(1))
t(lambda: A().sm(2))
t(lambda: A.cm(1))
t(lambda: A().cm(2))
t(lambda: B.cm(3))
t(lambda: B().cm(4))
t(lambda: A.__dict__['sm'])
t(lambda: A.__dict__['cm'])
t(lambda: A.cm)
t(lambda: A.__dict__['sm'](5))
t(lambda: A.__dict__['cm'](5))
`,
		"objects": `
def f(a):
    "doc"
    return a
f.attr = 5
s = staticmethod(f)
c = classmethod(f)
t(lambda: s.__name__)
t(lambda: s.__qualname__)
t(lambda: s.__doc__)
t(lambda: s.__module__)
t(lambda: s.__dict__)
t(lambda: s.__func__ is f)
t(lambda: s.__wrapped__ is f)
t(lambda: c.__func__ is f)
t(lambda: s.__isabstractmethod__)
t(lambda: s(3))
t(lambda: c(3))
t(lambda: staticmethod())
t(lambda: staticmethod(1, 2))
t(lambda: staticmethod(f, x=1))
t(lambda: classmethod())
t(lambda: staticmethod(1))
t(lambda: staticmethod(1)())
t(lambda: classmethod(1).__get__(None, int))
t(lambda: classmethod(1).__get__(None, int)())
t(lambda: c.__get__(None, int))
t(lambda: c.__get__(3))
t(lambda: c.__get__(None))
t(lambda: s.__get__(None))
t(lambda: s.__get__(1) is f)
s.x = 1
t(lambda: s.x)
t(lambda: setattr(s, '__func__', 1))
`,
		"classmethod chains descriptors": `
class A:
    @classmethod
    @property
    def cp(cls): return "cp" + cls.__name__
class B(A): pass
t(lambda: A.cp)
t(lambda: B().cp)
`,
	})
}
