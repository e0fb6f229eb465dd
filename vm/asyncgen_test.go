package vm

import "testing"

// agPrelude drives awaitables by hand, as there is no event loop: run
// sends until the coroutine returns, printing what reaches the driver;
// step takes one send or throw and prints how it ended. Tick is an
// awaitable that yields to the driver once.
const agPrelude = `import sys
def run(coro):
    v = None
    while True:
        try:
            v = coro.send(v)
            print("  driver got", v)
        except StopIteration as e:
            return e.value

def step(aw, v=None, how="send"):
    try:
        r = aw.send(v) if how == "send" else aw.throw(v)
        print("  yielded", r)
    except StopIteration as e:
        print("  StopIteration", e.args)
    except BaseException as e:
        print("  raised", type(e).__name__, e, "| cause", type(e.__cause__).__name__)

class Tick:
    def __init__(self, n=0): self.n = n
    def __await__(self):
        r = yield ("tick", self.n)
        return r

`

// TestAsyncGen runs async generators against python3: async for, async
// comprehensions, __anext__/asend/athrow/aclose and their awaitables'
// send/throw/close, the state machine's errors and the attributes.
// Programs leave no generator suspended inside a try at exit, since
// CPython would finalize it then and quicken finalizes no generator.
func TestAsyncGen(t *testing.T) {
	cases := []struct{ name, src string }{
		{"async_for", `
async def agen(n):
    for i in range(n):
        got = yield i
        print("  agen got", got)
        t = await Tick(i)
        print("  tick returned", t)

async def main():
    out = []
    async for x in agen(3):
        out.append(x)
    print(out)
    g = agen(5)
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    async for x in agen(0):
        print("never")
    else:
        print("else runs")
    return "done"

print(run(main()))
`},
		{"comprehensions", `
async def inner(n):
    for i in range(n):
        yield i * 10
        await Tick(i)

async def main():
    print([x async for x in inner(3)])
    print({x: 1 async for x in inner(3) if x})
    print({x async for x in inner(3)})
    print([await Tick(x) for x in range(2)])
    print([(x, y) async for x in inner(2) for y in range(2)])
    gen = (x + 1 async for x in inner(3))
    print(type(gen).__name__, gen.__name__, gen.__qualname__)
    print([y async for y in gen])
    print([z async for z in (x * 2 async for x in inner(2))])

print(run(main()))
`},
		{"nested_with_and_exc_info", `
class CM:
    async def __aenter__(self):
        await Tick("enter")
        return "cm"
    async def __aexit__(self, *a):
        print("  exit", a[0])
        return False

async def inner(n):
    for i in range(n):
        yield i * 10

async def outer(n):
    async with CM() as c:
        async for x in inner(n):
            yield (c, x)
            await Tick(x)
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__

async def main():
    print([x async for x in outer(2)])
    try:
        raise ValueError("outer ctx")
    except ValueError:
        async for x in outer(1):
            print("  item", x, sys.exc_info()[0].__name__)
    return "ok"

print(run(main()))
`},
		{"by_hand", `
async def odd():
    got = yield (1, 2)
    print("  odd got", got)
    yield ValueError("v")
    yield None

o = odd()
step(o.__anext__())
step(o.asend("sent"))
step(o.__anext__())
step(o.__anext__())
step(o.__anext__())
o2 = odd()
a = o2.asend(None).__await__()
try:
    next(a)
except StopIteration as e:
    print("  next ->", e.value)
print(list(o2.asend(None)))
b = o2.asend(5)
step(b, 7)
step(b)
step(o2.__anext__())
step(o2.__anext__())
`},
		{"aclose_awaits_in_finally", `
async def fin():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")
        got = await Tick("cleanup")
        print("  cleanup got", got)

g = fin()
step(g.__anext__())
c = g.aclose()
step(c)
print(g.ag_running, g.ag_frame is None)
step(c, "resumed")
step(c)
print(g.ag_running, g.ag_frame)
step(g.aclose())
step(g.__anext__())
u = fin()
step(u.aclose())
step(u.__anext__())
`},
		{"aclose_ignored", `
async def ignore_once():
    try:
        yield 1
    except GeneratorExit:
        print("  ignoring")
    yield 2

g = ignore_once()
step(g.__anext__())
step(g.aclose())
print(g.ag_running)
step(g.aclose())
step(g.__anext__())
step(g.__anext__())

async def ignore_later():
    try:
        yield 1
    finally:
        await Tick("f")
        yield 2

h = ignore_later()
step(h.__anext__())
c = h.aclose()
step(c)
step(c)
step(c)
`},
		{"athrow", `
async def catcher():
    for i in range(3):
        try:
            yield "v"
        except ValueError as e:
            print("  caught", repr(e))
            yield "after"

g = catcher()
step(g.asend(None))
step(g.athrow(ValueError, "one"))
step(g.athrow(ValueError("two")))
step(g.athrow(ValueError, ("a", "b")))
step(g.athrow(ValueError, None))
step(g.athrow(KeyError))
step(g.__anext__())
step(g.athrow(ValueError))
step(g.aclose())
t = g.athrow(KeyError)
step(t)
step(t)
`},
		{"athrow_awaitable_steps", `
async def slow_catch():
    try:
        yield 1
    except KeyError:
        await Tick("handling")
        yield "handled"
    yield "end"

g = slow_catch()
step(g.__anext__())
t = g.athrow(KeyError)
step(t)
print(g.ag_running)
step(t, "x")
step(t)
step(g.__anext__())
step(g.__anext__())
c = slow_catch()
step(c.__anext__())
t = c.athrow(KeyError)
step(t)
step(t, IndexError("i"), "throw")
step(t, IndexError("i"), "throw")
print(c.ag_running)
`},
		{"escapes", `
async def stopper():
    yield 1
    raise StopIteration(5)

async def sai():
    yield 1
    raise StopAsyncIteration

async def other():
    yield 1
    raise KeyError("k")

for f in (stopper, sai, other):
    g = f()
    step(g.__anext__())
    step(g.__anext__())
    step(g.__anext__())
    step(g.aclose())
`},
		{"just_started_and_running", `
async def ag():
    await Tick()
    yield 1

g = ag()
step(g.asend(5))
step(g.asend(None), 7)
h = ag()
step(h.aclose(), 1)
step(h.athrow(ValueError), 1)
step(h.aclose())
w = ag()
a = w.__anext__()
step(a)
print(w.ag_running, type(w.ag_await).__name__)
step(w.__anext__())
step(w.aclose())
step(w.athrow(ValueError))
step(a)
print(w.ag_running, w.ag_await)
step(a)
step(w.__anext__())
`},
		{"self_reference", `
async def selfref():
    print("  running:", me.ag_running)
    try:
        me.asend(None).throw(KeyError)
    except ValueError as e:
        print("  inner", type(e).__name__, e)
    try:
        me.asend(None).send(None)
    except ValueError as e:
        print("  inner", type(e).__name__, e)
    yield "x"

me = selfref()
step(me.__anext__())
step(me.__anext__())
`},
		{"athrow_arguments", `
async def ag():
    yield 1
    yield 2

for args in [(), (1,), (ValueError, 'x'), (ValueError(), 'x'), (ValueError, None, 5),
             (ValueError, 1, 2, 3), (ValueError, (1, 2)), (int,)]:
    g = ag()
    step(g.athrow(*args))
    step(g.asend(None))
    step(g.asend(None))
`},
		{"awaitable_throw_arguments", `
async def ag():
    yield 1
    yield 2

for args in [(), (1,), (ValueError, 'x'), (ValueError(), 'x'), (ValueError, None, 5), (ValueError, 1, 2, 3)]:
    g = ag()
    a = g.asend(None)
    try:
        a.throw(*args)
    except BaseException as e:
        print("  raised", type(e).__name__, e)
    step(a)
    step(g.asend(None))
    c = g.aclose()
    try:
        c.throw(*args)
    except BaseException as e:
        print("  aclose raised", type(e).__name__, e)
    step(c)
`},
		{"throw_while_awaiting", `
async def ag():
    try:
        yield 1
        await Tick()
        yield 2
    finally:
        print("  fin")

g = ag()
step(g.__anext__())
a = g.__anext__()
step(a)
print(" ", type(g.ag_await).__name__, g.ag_running)
step(a, KeyError("k"), "throw")
step(a)
step(g.__anext__())
h = ag()
step(h.__anext__())
c = h.aclose()
step(c, ValueError("x"), "throw")
step(c, ValueError("x"), "throw")
k = ag()
step(k.__anext__())
c = k.aclose()
step(c, GeneratorExit(), "throw")
step(k.aclose())
`},
		{"close_methods", `
async def ag():
    yield 1
    await Tick()
    yield 2

g = ag()
a = g.__anext__()
print(a.close(), g.aclose().close())
step(a)
step(g.__anext__())
b = g.__anext__()
step(b)
print(b.close(), g.ag_running)
step(g.__anext__())
step(b)
`},
		{"misuse_messages", `
async def ag():
    yield 1

g = ag()
for e in ['g.asend()', 'g.aclose(1)', 'g.athrow(x=1)', 'g.__anext__(1)', 'g.__aiter__(1)', 'g.__anext__(x=1)',
          'g.asend(1).send()', 'g.asend(1).throw(x=1)', 'g.asend(1).close(1)', 'g.asend(1).__await__(1)',
          'g.asend(1).__next__(1)', 'g.aclose().send()', 'g.aclose().close(2)', 'g.aclose().throw()',
          'next(g)', 'iter(g)', 'len(g)', 'g.send(None)', 'g()', 'g.gi_frame', 'g.cr_await',
          'g.asend(1).gi_running']:
    try:
        print(" ", e, "->", eval(e))
    except (TypeError, AttributeError) as x:
        print(" ", e, "->", type(x).__name__, x)
print(g.__aiter__() is g, aiter(g) is g, type(anext(g)).__name__)

async def bad_await():
    await ag()
step(bad_await())
async def bad_for():
    async for x in [1, 2]:
        pass
step(bad_for())
async def bad_for2():
    for x in ag():
        pass
step(bad_for2())
async def via_builtins():
    it = aiter(ag())
    print(await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("  done")
run(via_builtins())
`},
		{"attributes", `
async def ag():
    yield 1

class C:
    async def meth(self):
        yield self

g = ag()
print(type(g).__name__, type(g).__qualname__, type(g).__module__, g.__name__, g.__qualname__)
print(g.ag_running, g.ag_await, type(g.ag_frame).__name__, g.ag_frame.f_code is g.ag_code, g.ag_code.co_name)
print(g.ag_code.co_flags & 0x200, g.ag_code.co_flags & 0x80)
r = repr(g)
print(r.startswith("<async_generator object ag at 0x"), r.endswith(">"))
m = C().meth()
print(m.__qualname__, m.__name__, repr(m).startswith("<async_generator object C.meth at 0x"))
print(type(g.asend(None)).__name__, type(g.aclose()).__name__, type(g.athrow(KeyError)).__name__)
print(type(g.asend(None)).__module__, type(g.athrow(KeyError)).__qualname__)
print(sorted(k for k in type(g).__dict__ if not k.startswith("__")))
print(sorted(k for k in type(g.asend(None)).__dict__ if not k.startswith("_")))
print(sorted(k for k in type(g.aclose()).__dict__ if not k.startswith("_")))
print(type(g.asend(None)).__basicsize__, sys.getsizeof(g.asend(None)), sys.getsizeof(g.aclose()))
print(type(g.aclose()).__basicsize__, type(g.aclose()).__itemsize__)
a = g.asend(None)
print(a.__await__() is a, iter(a) is a)
print(type(g).__anext__, type(type(g).__aiter__).__name__, type(a).__await__, type(g.aclose()).__await__)
print(type(g).__anext__.__qualname__, type(g).__anext__.__doc__, type(a).__await__.__doc__)
print(repr(g.__anext__).startswith("<method-wrapper '__anext__' of async_generator object at 0x"))
for e in ["type(g).asend(5, 1)", "type(g).__dict__['ag_frame'].__get__(1, int)", "type(a).send(g, 1)",
          "type(g).__anext__(a)", "type(a).__await__(g.aclose())", "type(a).__next__(g)", "type(g)()", "type(a)()"]:
    try:
        print(e, "->", eval(e))
    except TypeError as x:
        print(e, "->", x)
for name in ("ag_running", "__name__", "__qualname__", "ag_code"):
    try:
        setattr(g, name, 1)
    except (AttributeError, TypeError) as e:
        print(" ", type(e).__name__)
    try:
        delattr(g, name)
    except (AttributeError, TypeError) as e:
        print(" ", type(e).__name__)
g.__name__, g.__qualname__ = "renamed", "Q.renamed"
print(g.__name__, g.__qualname__, repr(g).startswith("<async_generator object Q.renamed at 0x"), g.ag_code.co_name)
`},
		{"syntax", `
tests = [
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from g()\n",
    "async def f():\n    yield 1\n    return\n",
    "def f():\n    [x async for x in g()]\n",
    "async def f():\n    await (yield 1)\n",
]
for src in tests:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno)
`},
		{"await_through_iterators", `
class ThrowIt:
    def __init__(self): self.n = 0
    def __await__(self): return self
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("next-done")
        return "ti%d" % self.n
    def throw(self, *a):
        print("  ThrowIt.throw", type(a[0]).__name__)
        raise StopIteration("from-throw")

async def sub():
    return await Tick("sub")

async def ag():
    try:
        x = yield 1
        print("  x", x)
        y = await sub()
        print("  y", y)
        z = await ThrowIt()
        print("  z", z)
        w = await ThrowIt()
        print("  w", w)
        yield 2
    except KeyError:
        raise ValueError("converted")

g = ag()
step(g.__anext__())
a = g.asend("X")
step(a)
step(a, "Y")
step(a)
step(a)
step(a)
step(a, KeyError("k"), "throw")
step(a)
step(g.__anext__())
h = ag()
step(h.__anext__())
step(h.athrow(KeyError))
print(repr(sys.exc_info()[1]))
`},
		{"yield_from_class_iterator", `
class Count:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(("result", self.n))
        return self.n

def outer():
    r = yield from Count()
    print("  result", r)
    r = yield from [7]
    print("  result", r)

print(list(outer()))
`},
		{"finished_coroutine", `
async def c():
    return 1
x = c()
try:
    x.send(None)
except StopIteration as e:
    print("first", e.value)
for how in ("send", "throw", "close"):
    try:
        if how == "send":
            x.send(None)
        elif how == "throw":
            x.throw(ValueError)
        else:
            print("close", x.close())
    except BaseException as e:
        print(how, type(e).__name__, e)
async def main():
    return await x
step(main())
y = c()
y.close()
step(y)
def g():
    yield 1
z = g()
z.close()
print(next(z, "exhausted"))
step(z)
`},
		{"relay", `
async def relay(src):
    v = await src.asend(None)
    while True:
        try:
            got = yield v
            v = await src.asend(got)
        except StopAsyncIteration:
            print("  source done")
            return

async def counter():
    n = 0
    while n < 10:
        inc = yield n
        n += inc or 1
        await Tick(n)

async def main():
    r = relay(counter())
    print(await r.__anext__())
    print(await r.asend(3))
    print(await r.asend(None))
    print([x async for x in r])

print(run(main()))
`},
		{"uncaught_traceback", `
async def boom():
    yield 1
    1 / 0

async def consume():
    async for x in boom():
        print("  got", x)

run(consume())
`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkPy(t, agPrelude+c.src) })
	}
}
