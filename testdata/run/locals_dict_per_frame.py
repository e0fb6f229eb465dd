# locals() in a function is one dict per frame, refreshed at each call:
# keys added to it (by hand or by exec) stay, unbound locals leave it.
import sys


def f():
    a = 1
    d = locals()
    d["zz"] = 5
    b = 2
    print(sorted(locals()), d is locals(), list(d))
    del a
    print(sorted(locals()), "a" in d)
    print(sys._getframe().f_locals is d)


f()


def h():
    exec("q = 1")
    print(eval("q"), sorted(locals()))
    x = 10
    exec("x = 20")
    print(x, locals()["x"])


h()


def g():
    exec("y = 2")
    return locals()


print(g())


def closure():
    v = 1

    def inner():
        return v, sorted(locals())

    r = inner()
    v = 2
    return r, inner(), sorted(locals())


print(closure())


def gen():
    a = 1
    yield locals()
    b = 2
    yield locals()


it = gen()
first = next(it)
second = next(it)
print(first is second, sorted(second))
print(vars() is globals(), sorted(k for k in dir() if not k.startswith("_"))[:3])


def use_vars():
    n = 3
    return vars(), dir()


print(use_vars())
