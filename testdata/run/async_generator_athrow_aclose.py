# Async generators: athrow, aclose, cleanup that awaits, and the errors
# the asend/athrow awaitables raise when misused.


class Sleep:
    def __await__(self):
        yield "sleeping"


def step(awaitable, value=None):
    # One step of an awaitable, printed as what happened.
    try:
        print("  yielded", awaitable.send(value))
    except StopIteration as stop:
        print("  StopIteration", stop.args)
    except BaseException as exc:
        print("  raised", type(exc).__name__ + ":", exc)


async def resource(name):
    print("  open", name)
    try:
        for i in range(3):
            try:
                yield i
            except ValueError as exc:
                print("  handled", repr(exc))
                yield "recovered"
    finally:
        print("  closing", name)
        await Sleep()
        print("  closed", name)


print("athrow that the generator handles")
g = resource("a")
step(g.__anext__())
step(g.athrow(ValueError("bad")))
step(g.__anext__())
thrower = g.athrow(KeyError, "k")
step(thrower)
print("  running while the cleanup awaits:", g.ag_running)
step(g.__anext__())
step(thrower)
step(thrower)
step(g.aclose())

print("aclose while the cleanup awaits")
g = resource("b")
step(g.__anext__())
closer = g.aclose()
step(closer)
print("  running during cleanup:", g.ag_running)
step(closer)
step(closer)
print("  running after:", g.ag_running, "frame:", g.ag_frame)
step(g.__anext__())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  refusing to stop")
    yield 2


print("ignored GeneratorExit")
s = stubborn()
step(s.__anext__())
step(s.aclose())
step(s.__anext__())
step(s.__anext__())


async def leaky():
    yield 1
    raise StopIteration("oops")


print("StopIteration inside an async generator")
k = leaky()
step(k.__anext__())
step(k.__anext__())

print("misuse")
m = resource("m")
step(m.asend("x"))
first = m.__anext__()
step(first)
step(first)
second = m.__anext__()
step(second)
step(m.__anext__())
step(second)
closer = m.aclose()
step(closer)
step(closer)
for bad in ("m.asend()", "m.aclose(1)", "m.athrow(k=1)", "next(m)", "m.send(None)"):
    try:
        eval(bad)
    except (TypeError, AttributeError) as exc:
        print(" ", bad, "->", type(exc).__name__ + ":", exc)


async def awaiter():
    await resource("never")

step(awaiter())
print("types:", type(m).__name__, type(m.asend(None)).__name__, type(m.aclose()).__name__)
