package vm

import "testing"

func TestFunctionObject(t *testing.T) {
	runTable(t, map[string]string{
		"repr and names": `
def f(a, b=2, *, c=3):
    "doc"
    x = 1
    def g(): return x
    return g
class C:
    def m(self): pass
t(lambda: f)
t(lambda: f(1))
t(lambda: C.m)
t(lambda: (lambda: 0))
t(lambda: f.__name__)
t(lambda: f.__qualname__)
t(lambda: f(1).__qualname__)
t(lambda: C.m.__qualname__)
t(lambda: f.__doc__)
t(lambda: f(1).__doc__)
t(lambda: f.__module__)
t(lambda: type(f).__name__)
t(lambda: f == f)
t(lambda: f < f)
`,
		"defaults": `
def f(a, b=2, *, c=3):
    return a, b, c
t(lambda: f.__defaults__)
t(lambda: f.__kwdefaults__)
f.__defaults__ = (7,)
t(lambda: f(1))
f.__kwdefaults__ = {'c': 9}
t(lambda: f(1))
t(lambda: setattr(f, '__defaults__', 1))
t(lambda: setattr(f, '__defaults__', [1]))
t(lambda: setattr(f, '__kwdefaults__', 1))
del f.__defaults__
t(lambda: f.__defaults__)
t(lambda: f(1))
f.__defaults__ = None
t(lambda: f.__defaults__)
del f.__kwdefaults__
t(lambda: f.__kwdefaults__)
t(lambda: f(1, 2))
`,
		"setattr checks": `
def f(): pass
t(lambda: setattr(f, '__name__', 1))
t(lambda: delattr(f, '__name__'))
t(lambda: setattr(f, '__qualname__', 1))
t(lambda: setattr(f, '__code__', 1))
t(lambda: delattr(f, '__code__'))
t(lambda: setattr(f, '__annotations__', 1))
t(lambda: setattr(f, '__globals__', 1))
t(lambda: setattr(f, '__closure__', 1))
t(lambda: setattr(f, '__builtins__', 1))
t(lambda: setattr(f, '__dict__', 1))
t(lambda: delattr(f, '__dict__'))
t(lambda: delattr(f, 'nonexist'))
f.__name__ = 'g'
f.__qualname__ = 'G.g'
t(lambda: f)
t(lambda: (f.__name__, f.__qualname__))
f.__doc__ = 'new'
t(lambda: f.__doc__)
del f.__doc__
t(lambda: f.__doc__)
del f.__module__
t(lambda: f.__module__)
f.__module__ = 'mod'
t(lambda: f.__module__)
`,
		"code swap": `
def f(): return 1
def g(): return 2
def outer():
    x = 5
    def h(): return x
    return h
f.__code__ = g.__code__
t(lambda: f())
t(lambda: f.__name__)
t(lambda: setattr(f, '__code__', outer().__code__))
h = outer()
t(lambda: setattr(h, '__code__', g.__code__))
`,
		"dict and attributes": `
def f(): pass
t(lambda: f.__dict__)
f.x = 1
f.y = [2]
t(lambda: f.__dict__)
t(lambda: f.x)
t(lambda: f.zz)
del f.x
t(lambda: f.__dict__)
f.__dict__ = {'k': 3}
t(lambda: f.k)
t(lambda: f.__globals__ is globals())
t(lambda: f.__builtins__ is __builtins__.__dict__)
`,
		"annotations": `
def f(x: int, *, y: str = "a") -> float: pass
def g(): pass
t(lambda: f.__annotations__)
t(lambda: g.__annotations__)
t(lambda: g.__annotations__ is g.__annotations__)
g.__annotations__ = {'a': 1}
t(lambda: g.__annotations__)
del g.__annotations__
t(lambda: g.__annotations__)
g.__annotations__ = None
t(lambda: g.__annotations__)
`,
		"FunctionType": `def outer():
    x = 1
    def inner(): return x
    return inner
def f(a, b=1): 
    "fdoc"
    return a + b
F = type(f)
t(lambda: F(f.__code__, {})(1))
t(lambda: F(f.__code__, {}, "nm"))
t(lambda: F(f.__code__, {}, "nm").__qualname__)
t(lambda: F(f.__code__, {}, None, (5,))(1))
t(lambda: F(f.__code__, {}).__doc__)
t(lambda: F(f.__code__, {}).__module__)
t(lambda: F(f.__code__, {'__name__': 'zz'}).__module__)
t(lambda: F(f.__code__, 1))
t(lambda: F(1, {}))
t(lambda: F())
t(lambda: F(f.__code__, {}, 1))
t(lambda: F(f.__code__, {}, None, 1))
t(lambda: F(f.__code__, {}, None, None, 1))
t(lambda: F(f.__code__, {}, None, None, (1,)))
inner = outer()
t(lambda: F(inner.__code__, {}))
t(lambda: F(inner.__code__, {}, None, None, (1,)))
t(lambda: F(inner.__code__, {}, None, None, inner.__closure__)())
t(lambda: F(code=f.__code__, globals={}, argdefs=(3,))(1))
t(lambda: F(f.__code__, {}, closure=None, name='q'))
t(lambda: F(f.__code__, {'__builtins__': {}}).__builtins__)
t(lambda: F(f.__code__, {'__builtins__': {'len': 1}}).__builtins__)
`,
		"binding": `
def f(*a): return a
class C: pass
c = C()
t(lambda: f.__get__(None, C) is f)
t(lambda: f.__get__(None, None))
t(lambda: f.__get__(c)())
t(lambda: f.__get__(c).__self__ is c)
t(lambda: f.__get__(c).__func__ is f)
t(lambda: f.__get__(1, int)(2))
`,
	})
}

func TestCellAndCode(t *testing.T) {
	runTable(t, map[string]string{
		"cell": `
def f():
    x = 1
    y = []
    def g(): return x, y
    return g
g = f()
c = g.__closure__
t(lambda: c)
t(lambda: c[0].cell_contents)
t(lambda: type(c[0]).__name__)
c[0].cell_contents = 5
t(lambda: g())
del c[0].cell_contents
t(lambda: c[0].cell_contents)
t(lambda: c[0])
t(lambda: hash(c[1]))
t(lambda: c[0] < c[1])
t(lambda: c[1] < c[0])
t(lambda: c[0] == c[0])
C = type(c[0])
t(lambda: C())
t(lambda: C(1) == C(1))
t(lambda: C(1) < C(2))
t(lambda: C(1, 2))
`,
		"code": `
def f(a, b=2, *args, c, **kw):
    "doc"
    x = 1
    def g(): return x + a
    return g
co = f.__code__
t(lambda: (repr(co)[:17], repr(co)[-9:], repr(co)[17:19]))
t(lambda: (co.co_name, co.co_qualname, co.co_filename[-7:], co.co_firstlineno))
t(lambda: (co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals))
t(lambda: (co.co_varnames, co.co_cellvars, co.co_freevars))
t(lambda: f(1).__code__.co_freevars)
t(lambda: f(1).__code__.co_qualname)
t(lambda: co.co_flags)
t(lambda: co.co_consts[0])
t(lambda: co.co_names)
t(lambda: co.co_stacksize > 0)
t(lambda: co == co)
t(lambda: setattr(co, 'co_name', 'x'))
t(lambda: type(co).__name__)
`,
	})
}
