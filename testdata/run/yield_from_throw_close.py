# throw() and close() on generators delegating with yield from.
def plain():
    yield from iter([1, 2, 3])


g = plain()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(g.gi_frame)


class Closable:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        return self.i

    def close(self):
        print("Closable.close")


def deleg(it):
    try:
        yield from it
    except GeneratorExit:
        print("deleg got GeneratorExit")
        raise
    finally:
        print("deleg finally")


g = deleg(Closable())
print(next(g), next(g))
g.close()
g = deleg(Closable())
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")


class BadClose(Closable):
    def close(self):
        raise ValueError("close failed")


g = deleg(BadClose())
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def outer():
    yield from stubborn()


g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)


def catcher():
    try:
        yield from iter([1, 2])
    except ZeroDivisionError:
        yield "caught"


g = catcher()
next(g)
print(g.throw(ZeroDivisionError))
