package vm

import "testing"

func TestAttributes(t *testing.T) {
	checkOMTable(t, map[string]string{
		"instance and class": `class C:
    a = 1
    def m(self): return 'm'
c = C()
c.b = 2
print(c.a, c.b, c.m(), C.a, C.m(c))
c.a = 10
print(c.a, C.a)
del c.a
print(c.a)
`,
		"no attribute": `class C: pass
C().y
`,
		"no attribute type": `class C: pass
C.y
`,
		"no attribute int": `(1).y
`,
		"no attribute None": `None.foo
`,
		"did you mean": `class C:
    def __init__(self): self.value = 1
C().valeu
`,
		"did you mean class": `class C:
    counter = 0
C.countr
`,
		"delete missing": `class C: pass
c = C()
del c.x
`,
		"delete missing class": `class C: pass
del C.x
`,
		"set on int": `(1).x = 2
`,
		"set on list": `[].a = 1
`,
		"read-only method attr": `"abc".upper = 1
`,
		"set on object": `object().x = 1
`,
		"name not str": `class C: pass
getattr(C(), 1)
`,
		"setattr name not str": `class C: pass
setattr(C(), 1, 2)
`,
		"getattr default": `class C:
    x = 1
print(getattr(C(), 'x', 0), getattr(C(), 'y', 0), hasattr(C(), 'x'), hasattr(C(), 'y'))
`,
		"data descriptor": `class D:
    def __get__(self, obj, typ): return ('get', obj is None, typ.__name__)
    def __set__(self, obj, v): print('set', v)
    def __delete__(self, obj): print('delete')
class C:
    d = D()
c = C()
c.__dict__['d'] = 'shadow'
print(c.d, C.d)
c.d = 5
del c.d
print(c.__dict__)
`,
		"non-data descriptor": `class D:
    def __get__(self, obj, typ=None): return 'from descriptor'
class C:
    d = D()
c = C()
print(c.d)
c.d = 'own'
print(c.d, C.d)
`,
		"descriptor get raises": `class D:
    def __get__(self, obj, typ): raise AttributeError('inner')
class C:
    d = D()
    def __getattr__(self, name): return 'fallback ' + name
print(C().d)
`,
		"property": `class C:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
c = C()
c.x = 5
print(c.x)
del c.x
`,
		"property no setter": `class C:
    @property
    def x(self): return 1
C().x = 2
`,
		"classmethod staticmethod": `class C:
    n = 'C'
    @classmethod
    def cm(cls): return cls.n
    @staticmethod
    def sm(a): return a + 1
class D(C):
    n = 'D'
print(C.cm(), D.cm(), D().cm(), C.sm(1), C().sm(2))
`,
		"getattr hook": `class C:
    x = 1
    def __getattr__(self, name):
        return name * 2
c = C()
print(c.x, c.ab)
`,
		"getattr hook raises": `class C:
    def __getattr__(self, name):
        raise AttributeError(name + ' missing')
C().zz
`,
		"getattribute": `class C:
    x = 1
    def __getattribute__(self, name):
        if name == 'secret':
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'ga:' + name
c = C()
print(c.secret, c.x, c.other)
`,
		"setattr delattr hooks": `class C:
    def __setattr__(self, name, v):
        print('set', name, v)
        object.__setattr__(self, name, v * 10)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
c = C()
c.a = 1
print(c.a)
del c.a
print(c.__dict__)
`,
		"class attribute mutation": `class A:
    def f(self): return 'A.f'
class B(A): pass
b = B()
print(b.f())
A.f = lambda self: 'new f'
print(b.f())
B.f = lambda self: 'B own'
print(b.f())
del B.f
print(b.f())
del A.f
b.f()
`,
		"method shadowed by instance": `class C:
    def m(self): return 'method'
c = C()
c.m = lambda: 'instance'
print(c.m())
del c.m
print(c.m())
`,
		"bound method identity": `class C:
    def m(self): return self
c = C()
print(c.m() is c, c.m == c.m, c.m is c.m, C.m is C.m)
print(c.m.__self__ is c, c.m.__func__ is C.m)
`,
		"builtin method": `x = [3, 1, 2]
f = x.append
f(0)
print(x, list.append, type(f).__name__)
`,
		"wrapper descriptors": `print(int.__add__(1, 2), (5).__sub__(3), (2).__pow__(10), (2).__pow__(10, 7))
print(int.__add__, object.__init__, type(object.__init__).__name__, type((1).__add__).__name__)
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
print(str.__len__('abc'), list.__getitem__([1, 2], 1))
`,
		"wrapper errors": `for f in [lambda: int.__add__(), lambda: int.__add__('a', 1), lambda: int.__add__(1),
          lambda: int.__add__(1, 2, k=3), lambda: int.__pow__(1), lambda: int.__pow__(1, 2, 3, 4),
          lambda: object.__setattr__(1, 'x', 2), lambda: object.__setattr__(int, 'x', 2)]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
`,
		"module attribute": `class C: pass
print(C.__module__, C().__module__)
`,
		"__dict__ of class": `class C:
    a = 1
print(type(C.__dict__).__name__, C.__dict__['a'], 'a' in C.__dict__, len(C.__dict__) > 2)
print(list(C.__dict__))
C.__dict__['b'] = 2
`,
		"mappingproxy": `class C:
    a = 1
p = C.__dict__
print(p.get('a'), p.get('zz', 'none'), list(p.keys())[:2], p['a'])
print(repr(type(p)({'k': 1})), str(type(p)({'k': 1})))
type(p)([1])
`,
		"mappingproxy missing": `class C: pass
C.__dict__['zz']
`,
	})
}
