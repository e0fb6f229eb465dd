# Generator methods: send(), throw(), close(), GeneratorExit, and finally blocks.


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = averager()
print("prime:", avg.send(None))
for v in (10, 20, 60, 5):
    print("send", v, "->", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("finished with", e.value)

fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)


def resilient():
    attempts = 0
    while True:
        try:
            value = yield attempts
            print("  received", value)
        except ValueError as e:
            attempts += 1
            print("  handled ValueError", e, "attempts", attempts)
        except KeyError:
            print("  KeyError: leaving loop")
            return "stopped by KeyError"


r = resilient()
next(r)
print("throw ->", r.throw(ValueError("bad")))
print("send ->", r.send("ok"))
print("throw ->", r.throw(ValueError, "worse"))
try:
    r.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration:", e.value)
try:
    r.throw(ValueError("after exit"))
except ValueError as e:
    print("throw into finished generator re-raises:", e)


def unhandled():
    yield 1
    yield 2


u = unhandled()
next(u)
try:
    u.throw(IndexError("not caught inside"))
except IndexError as e:
    print("propagated:", repr(e))
print("state after propagation:", next(u, "exhausted"))


def with_cleanup(name):
    try:
        print(f"  {name} opened")
        yield 1
        yield 2
    except GeneratorExit:
        print(f"  {name} got GeneratorExit")
        raise
    finally:
        print(f"  {name} cleanup")


c = with_cleanup("c")
print(next(c))
c.close()
c.close()
print("closed generator next:", next(c, "nothing"))
unstarted = with_cleanup("unstarted")
unstarted.close()
print("closing an unstarted generator runs nothing")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_on_close():
    try:
        yield 1
    finally:
        return "ignored return"


rc = returns_on_close()
next(rc)
print("close returns:", rc.close())


def echo():
    received = []
    while True:
        try:
            x = yield len(received)
        except GeneratorExit:
            print("  echo closing with", received)
            return
        received.append(x)


e = echo()
next(e)
for word in ("a", "b", "c"):
    e.send(word)
e.close()
loop = with_cleanup("loop")
for item in loop:
    print("loop item", item)
    break
print("after break the generator is suspended:", loop.gi_suspended)
loop.close()
print("after close:", loop.gi_suspended, loop.gi_frame)
