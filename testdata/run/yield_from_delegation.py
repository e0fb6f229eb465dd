# yield from: delegation, return values, send/throw/close forwarding, flattening.


def inner(label):
    print(f"  {label} start")
    received = yield f"{label}-1"
    print(f"  {label} got {received!r}")
    yield f"{label}-2"
    return f"{label}-result"


def outer():
    r1 = yield from inner("A")
    print("  outer got", r1)
    r2 = yield from inner("B")
    print("  outer got", r2)
    return [r1, r2]


g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(g.send("world"))
try:
    next(g)
except StopIteration as e:
    print("final:", e.value)


def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print("flatten:", list(flatten([1, [2, [3, [4, (5, 6)]]], [], 7, ("x", ["y"])])))
print("yield from iterables:", list((lambda: (yield from range(3)))()))


def chain(*iterables):
    for it in iterables:
        yield from it


print("chain:", list(chain("ab", [1, 2], range(2), {"k": 1})))


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  inner caught", e)
            yield "recovered"


def delegator():
    result = yield from catcher()
    return result


d = delegator()
print(next(d))
print(d.throw(ValueError("through delegation")))
print(next(d))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally on close")


def closing_delegator():
    try:
        yield from closer()
    finally:
        print("  outer finally on close")


cd = closing_delegator()
next(cd)
cd.close()


def tree(depth, prefix="n"):
    yield prefix
    if depth > 0:
        for side in "LR":
            yield from tree(depth - 1, prefix + side)


print("tree:", list(tree(2)))


def accumulate():
    total = 0
    while True:
        value = yield
        if value is None:
            return total
        total += value


def gather(results):
    while True:
        total = yield from accumulate()
        results.append(total)


results = []
acc = gather(results)
next(acc)
for batch in ([1, 2, 3], [10, 20], [5]):
    for v in batch:
        acc.send(v)
    acc.send(None)
print("batched totals:", results)


def gen_return_none():
    yield from []


print("empty delegation:", list(gen_return_none()))


def depth_counter(n):
    if n == 0:
        return 0
    got = yield from depth_counter(n - 1)
    yield n
    return got + n


dc = depth_counter(5)
print("nested returns:", list(dc))
