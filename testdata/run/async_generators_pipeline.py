# Async generators driven by hand (no event loop): async for, async
# comprehensions, pipelines of async generators, asend and __anext__.

log = []


class Sleep:
    """An awaitable that suspends the whole coroutine chain once."""

    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        answer = yield ("sleep", self.tag)
        return answer


def run(coro):
    # The "event loop": send back a count of suspensions each time.
    n = 0
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as stop:
            print("run finished after", n, "suspensions")
            return stop.value
        n += 1
        log.append(request)
        value = n


async def numbers(limit):
    for i in range(limit):
        woke = await Sleep(i)
        yield i * i + woke


async def evens(source):
    async for x in source:
        if x % 2 == 0:
            yield x


async def scaled(source, factor):
    async for x in source:
        yield x * factor
    yield -1


async def echo():
    total = 0
    while True:
        got = yield total
        if got is None:
            return
        total += got


async def main():
    print("list:", [x async for x in numbers(5)])
    print("set:", sorted({x % 3 async for x in numbers(6)}))
    print("dict:", {x: str(x) async for x in evens(numbers(6))})
    print("pipeline:", [y async for y in scaled(evens(numbers(8)), 10)])
    gen = (x + 0.5 async for x in numbers(3))
    print("genexpr type:", type(gen).__name__, gen.__name__)
    print("genexpr:", [v async for v in gen])

    e = echo()
    print("first:", await e.__anext__())
    for k in (5, 7, 30):
        print("asend", k, "->", await e.asend(k))
    try:
        await e.asend(None)
    except StopAsyncIteration:
        print("echo finished")
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("echo stays finished")

    it = numbers(3)
    print("aiter is self:", aiter(it) is it)
    print("anext:", await anext(it), await anext(it))
    nested = []
    async for a in numbers(2):
        async for b in scaled(numbers(2), a + 1):
            nested.append((a, b))
    print("nested:", nested)
    return "main done"


print(run(main()))
print("suspensions logged:", len(log))
print("first three:", log[:3])
print("tags:", [tag for _, tag in log][:12])
