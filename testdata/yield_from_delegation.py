def inner(label):
    received = yield f"{label} started"
    while received != "stop":
        received = yield f"{label} got {received}"
    return f"{label} finished"


def outer():
    first = yield from inner("one")
    print("outer saw:", first)
    second = yield from inner("two")
    print("outer saw:", second)
    yield from range(3)
    yield from ["x", "y"]
    return "all done"


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


def chain(*iterables):
    for it in iterables:
        yield from it


gen = outer()
print(next(gen))
print(gen.send("a"))
print(gen.send("stop"))
print(gen.send("b"))
print(gen.send("stop"))
print(list(gen))
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))
print(list(chain("ab", (1, 2), range(2))))


def delegating_thrower():
    try:
        yield from inner("three")
    except KeyError as e:
        yield f"handled {e!r}"


t = delegating_thrower()
print(next(t), t.throw(KeyError("k")))
