# coroutine.__await__ (coroutine_wrapper), generator/coroutine __del__
# called explicitly, cr_origin, async_generator[...].
class Delegate:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def inner(x):
    got = await Pause()
    return x + got


class Pause:
    def __await__(self):
        v = yield "paused"
        return v


async def outer():
    r = await Delegate(inner(10))
    return r * 2


c = outer()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print("result", e.value)

w = inner(1).__await__()
print(type(w).__name__, iter(w) is w, next(w))
try:
    w.send(2)
except StopIteration as e:
    print("wrapper result", e.value)

w = inner(1).__await__()
next(w)
try:
    w.throw(KeyError("k"))
except KeyError as e:
    print("thrown through", repr(e))
w = inner(1).__await__()
next(w)
print(w.close(), type(inner).__name__)
print(type(w).__iter__, type(w).__next__)


async def never():
    return 1

n = never()
print(n.cr_origin, n.cr_suspended)
n.__del__()
print("after warning")
n.__del__()
n.close()
n.__del__()


def gen():
    try:
        yield 1
    finally:
        print("gen finally")

g = gen()
next(g)
print(g.__del__(), g.gi_frame, type(g).__del__)
g = gen()
g.__del__()
print(list(g))


def bad():
    try:
        yield 1
    finally:
        raise ValueError("boom")

b = bad()
next(b)
b.__del__()
print("end", type(n).__dict__["__await__"])


async def ag():
    yield 1

print(type(ag()).__class_getitem__(int))
