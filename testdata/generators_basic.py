def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    out = []
    for value in it:
        if len(out) == n:
            break
        out.append(value)
    return out


def accumulator():
    total = 0
    while True:
        received = yield total
        if received is None:
            break
        total += received
    yield f"final {total}"


def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")


print(list(countdown(5)))
print(take(10, fibonacci()))
gen = countdown(2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("returned", stop.value)
acc = accumulator()
next(acc)
print(acc.send(10), acc.send(5), acc.send(None))
g = with_cleanup()
print(next(g))
g.close()
squares = (x * x for x in range(5))
print(next(squares), list(squares), list(squares))
print(sum(x for x in range(101)), list(zip(countdown(3), "abc")))
