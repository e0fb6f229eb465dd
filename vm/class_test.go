package vm

import "testing"

func TestClasses(t *testing.T) {
	checkOMTable(t, map[string]string{
		"inheritance": `class A:
    x = 'A.x'
    def f(self): return 'A.f'
    def g(self): return 'A.g'
class B(A):
    def f(self): return 'B.f'
class C(B):
    x = 'C.x'
c = C()
print(c.f(), c.g(), c.x, B.x, C.__mro__)
print(C.__bases__, C.__base__, B.__subclasses__(), A.__subclasses__())
`,
		"super chains": `class A:
    def __init__(self, v):
        self.log = ['A']
        self.v = v
    def m(self): return 'A'
class B(A):
    def __init__(self, v):
        super().__init__(v)
        self.log.append('B')
    def m(self): return 'B' + super().m()
class C(A):
    def __init__(self, v):
        super().__init__(v)
        self.log.append('C')
    def m(self): return 'C' + super().m()
class D(B, C):
    def __init__(self, v):
        super().__init__(v)
        self.log.append('D')
    def m(self): return 'D' + super().m()
d = D(7)
print(d.log, d.v, d.m(), [k.__name__ for k in D.__mro__])
print(super(B, d).m(), super(D, d).m())
`,
		"super classmethod": `class A:
    @classmethod
    def make(cls): return cls.__name__
class B(A):
    @classmethod
    def make(cls): return 'B>' + super().make()
print(B.make(), B().make())
`,
		"super errors": `class A:
    def f(self):
        def g():
            return super().f()
        return g()
A().f()
`,
		"mro error": `class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
class C(A, B): pass
`,
		"mro error order": `class X: pass
class Y(X): pass
class Z(X, Y): pass
`,
		"duplicate base": `class A: pass
class B(A, A): pass
`,
		"layout conflict": `class A(int, str): pass
`,
		"not acceptable base": `class A(bool): pass
`,
		"bases must be types": `class A(1): pass
`,
		"metaclass conflict": `class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(A, B): pass
`,
		"metaclass": `class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = kw.get('flag', 'none')
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
    def __call__(cls, *a):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a)
    def hello(cls): return 'hello ' + cls.__name__
class A(metaclass=Meta, flag='yes'):
    def __init__(self, x): self.x = x
class B(A): pass
a = B(3)
print(a.x, B.added, B.inited, B.hello(), type(B).__name__, isinstance(B, Meta))
`,
		"prepare": `class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        return {'injected': 1}
class A(metaclass=Meta, k=2):
    x = injected + 1
    def __init_subclass__(cls, **kw): pass
print(A.x)
`,
		"prepare not mapping": `class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 1
class A(metaclass=Meta): pass
`,
		"metaclass function": `def meta(name, bases, ns):
    print('meta', name, bases, sorted(k for k in ns if not k.startswith('__')))
    return 42
class A(metaclass=meta):
    x = 1
print(A)
`,
		"init_subclass": `class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag='a'): pass
class B(A): pass
print(Base.registry, A.tag, B.tag)
`,
		"set_name": `class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class C:
    x = Field()
    y = Field()
print(C.x.name, C.y.name)
`,
		"set_name error": `class Bad:
    def __set_name__(self, owner, name): raise ValueError('boom')
class C:
    b = Bad()
`,
		"qualname and module": `class Outer:
    class Inner:
        def m(self): pass
    def f(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer().f().__qualname__, Outer.__module__)
print(Outer.Inner, Outer.Inner.m.__qualname__)
`,
		"doc": `class A:
    """Doc of A."""
class B: pass
print(A.__doc__, B.__doc__, A.__dict__['__doc__'])
`,
		"class cell": `class A:
    def f(self): return __class__
    def g(self): return super()
print(A().f() is A, type(A().g()).__name__)
`,
		"class body scope": `x = 'global'
class A:
    x = 'class'
    y = x
    def f(self): return x
    z = [x for _ in range(1)]
print(A.y, A().f(), A.z)
`,
		"build_class errors": `for args in [(), (1, 'x'), (lambda: None, 1)]:
    try:
        __build_class__(*args)
    except TypeError as e:
        print(e)
`,
		"mro_entries": `class Proxy:
    def __init__(self, t): self.t = t
    def __mro_entries__(self, bases): return (self.t,)
class A: pass
class B(Proxy(A)): pass
print(B.__bases__, B.__mro__, type(B.__orig_bases__[0]).__name__)
`,
		"mro_entries type": `class Proxy:
    def __mro_entries__(self, bases): return (object,)
type('B', (Proxy(),), {})
`,
		"type three args": `B = type('B', (), {'x': 1, 'f': lambda self: self.x + 1})
C = type('C', (B,), {})
print(B, C, C().f(), C.__mro__, B.__module__)
`,
		"type call errors": `for args in [('X', (), {}, 1), (1, 2, 3), ('X', 2, 3), ('X', (), 3), ('X', (1,), {}), ('X', (bool,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
try:
    type(1, k=2)
except TypeError as e:
    print(e)
try:
    type.__new__(1)
except TypeError as e:
    print(e)
print(type.__new__(type, 'N', (), {}))
`,
		"type one arg": `print(type(1), type('a'), type(None), type(type), type(object), type(int))
class C: pass
print(type(C()), type(C))
`,
		"slots conflicts": `for ns in [{'__slots__': ('x',), 'x': 1}, {'__slots__': (1,)}, {'__slots__': ('1x',)},
           {'__slots__': ('__dict__', '__dict__')}, {'__slots__': ('__weakref__', '__weakref__')}]:
    try:
        type('A', (), ns)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    type('A', (int,), {'__slots__': ('x',)})
except TypeError as e:
    print(e)
`,
		"qualname type": `type('A', (), {'__qualname__': 3})
`,
		"class getitem": `class C:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(C[int], C['x'])
class D: pass
D[int]
`,
		"classcell errors": `class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta):
    def f(self): return __class__
`,
	})
}

func TestClassAttributes(t *testing.T) {
	checkOMTable(t, map[string]string{
		"names": `class C: pass
C.__name__ = 'D'
C.__qualname__ = 'Q.D'
print(C, C.__name__, C.__qualname__)
C.__name__ = 3
`,
		"immutable builtin": `int.x = 1
`,
		"immutable builtin name": `int.__name__ = 'x'
`,
		"delete name": `class C: pass
del C.__name__
`,
		"readonly mro": `class C: pass
C.__mro__ = ()
`,
		"dict not writable": `class C: pass
C.__dict__ = {}
`,
		"flags and sizes": `class C: pass
class S:
    __slots__ = ('a', 'b')
class L(list): pass
class I(int): pass
class E(Exception): pass
for k in (C, S, L, I, E, object, int, list, type):
    print(k.__name__, k.__basicsize__, k.__itemsize__, k.__dictoffset__, k.__weakrefoffset__, hex(k.__flags__ & ~(1 << 19)))
`,
		"module and doc setters": `class C: pass
C.__module__ = 'm'
C.__doc__ = 'doc'
print(C, C.__doc__)
`,
		"bases assignment": `class A:
    def f(self): return 'A'
class B:
    def f(self): return 'B'
class C(A): pass
c = C()
print(c.f(), C.__mro__)
C.__bases__ = (B,)
print(c.f(), C.__mro__, A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(c.f(), C.__mro__)
`,
		"bases assignment errors": `class A: pass
class B(A): pass
for v in [(), 1, (1,), (B,)]:
    try:
        A.__bases__ = v
    except TypeError as e:
        print(e)
`,
		"bases layout": `class A: pass
class S:
    __slots__ = ('x',)
class C(A): pass
C.__bases__ = (S,)
`,
		"abstract": `class C: pass
C.__abstractmethods__ = frozenset({'f', 'g'})
print(sorted(C.__abstractmethods__))
C()
`,
		"abstract one": `class C: pass
C.__abstractmethods__ = frozenset({'f'})
C()
`,
		"abstractmethods missing": `class C: pass
C.__abstractmethods__
`,
		"annotations": `class C:
    x: int
    y: str = 'a'
print(C.__annotations__, C.y)
class D: pass
print(D.__annotations__)
int.__annotations__
`,
		"mro method": `class A: pass
class B(A): pass
print(B.mro(), type.mro(B))
`,
		"repr of types": `class C: pass
C.__module__ = 'builtins'
print(C, int, type, object)
`,
		"dir of class": `class A:
    x = 1
class B(A):
    def f(self): pass
print([n for n in dir(B) if not n.startswith('__')])
`,
	})
}
