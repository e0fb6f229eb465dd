# Generators: laziness, next(), StopIteration and its value, return, exhaustion, state.


def countdown(n):
    print(f"  start countdown({n})")
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")
    return "liftoff"


g = countdown(3)
print("created, nothing ran yet")
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print("exhausted:", next(g, "default"), list(g))
print("list():", list(countdown(4)))
print("for loop:", [x * 10 for x in countdown(2)])


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fib = fibonacci()
print("first 15 fib:", [next(fib) for _ in range(15)])
print("resumes where it left off:", next(fib), next(fib))


def take(n, iterable):
    for i, x in enumerate(iterable):
        if i >= n:
            return
        yield x


def evens(iterable):
    for x in iterable:
        if x % 2 == 0:
            yield x


print("composition:", list(take(6, evens(fibonacci()))))


def interleave(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)


print("interleave:", list(interleave("abc", [1, 2], (True,))))


def trace(name):
    print(f"  {name}: before first yield")
    x = yield 1
    print(f"  {name}: got {x!r}")
    yield 2
    print(f"  {name}: finishing")


t = trace("t")
print("step:", next(t))
print("step:", next(t))
print("step:", next(t, "end"))


def gen_with_return_value():
    yield 1
    return [1, 2, 3]


def early_exit(items):
    for x in items:
        if x is None:
            return
        yield x


print("early exit:", list(early_exit([1, 2, None, 3])))
gen = gen_with_return_value()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("returned list via StopIteration:", e.value)
print("generator objects:", type(countdown(1)).__name__, iter(g) is g, hasattr(g, "__next__"))
gi = countdown(1)
print("gi_running/gi_frame:", gi.gi_running, gi.gi_frame is not None, gi.__name__, gi.__qualname__)
list(gi)
print("after exhaustion gi_frame is None:", gi.gi_frame is None)


def gen_stopiteration():
    yield 1
    raise StopIteration("inner")


try:
    list(gen_stopiteration())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)


def running_total(items):
    total = 0
    for item in items:
        total += item
        yield total


print("running total:", list(running_total(range(1, 11))))
print("sum of generator:", sum(running_total([1, 2, 3])), max(countdown(5)))
