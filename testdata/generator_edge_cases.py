def gen_lambda_demo():
    g = (lambda: (yield 1))()
    return list(g)


def yield_tuple():
    received = yield 1, 2
    yield received


def yield_in_expressions():
    total = (yield) + (yield)
    values = [(yield)] if False else []
    yield total, values


def generator_return_value():
    yield
    return {"status": "done"}


def close_and_throw():
    try:
        yield "ready"
    except GeneratorExit:
        print("closing")
        raise
    except ValueError as e:
        yield f"got {e}"


def genexp_scopes(n):
    offsets = [10, 20]
    return [list(x + o for x in range(n)) for o in offsets]


def infinite():
    n = 0
    while True:
        n += 1
        yield n


print(gen_lambda_demo())
g = yield_tuple()
print(next(g), g.send("sent"))
h = yield_in_expressions()
next(h)
h.send(3)
print(h.send(4))
r = generator_return_value()
next(r)
try:
    next(r)
except StopIteration as stop:
    print(stop.value)
c = close_and_throw()
print(next(c), c.throw(ValueError("boom")))
c.close()
print(genexp_scopes(3), [n for n, _ in zip(infinite(), range(4))])
print(sum(i * i for i in range(10)), any(x > 3 for x in [1, 5]), tuple(x for x in "ab"))
