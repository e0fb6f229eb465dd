"""Coroutines driven by hand, without an event loop."""
import sys


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
        return self.ticks


class Session:
    def __init__(self, log):
        self.log = log

    async def __aenter__(self):
        self.log.append("open")
        await Sleep(1)
        return self

    async def __aexit__(self, *exc):
        self.log.append("close")
        return False


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Sleep(0)
        return self.n


async def fetch(label, ticks):
    waited = await Sleep(ticks)
    return f"{label} after {waited}"


async def gather_all(log):
    results = [await fetch("a", 2), await fetch("b", 1)]
    async with Session(log) as s:
        log.append(f"inside {type(s).__name__}")
    async for value in Countdown(3):
        log.append(value)
    squares = [v * v async for v in Countdown(4)]
    evens = [v async for v in Countdown(6) if v % 2 == 0]
    return results, squares, evens


async def ticker(limit):
    for i in range(limit):
        await Sleep(0)
        yield i


async def consume():
    return [i async for i in ticker(3)]


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as done:
        return done.value, steps


log = []
print(run(gather_all(log)))
print(log, run(consume()))
print(type(fetch).__name__, sys.version_info[:2] >= (3, 11))
