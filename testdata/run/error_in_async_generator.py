# An exception raised inside an async generator propagates through the
# async for that drives it, and through the coroutine and its driver.


async def readings(values):
    for v in values:
        yield 100 // v


async def average(values):
    total = count = 0
    async for r in readings(values):
        print("reading", r)
        total += r
        count += 1
    return total / count


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value


print(run(average([1, 2, 4])))
print(run(average([5, 0, 3])))
