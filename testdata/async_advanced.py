class Tick:
    def __await__(self):
        yield "tick"
        return 1


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        await Tick()
        self.log.append("enter " + self.name)
        return self.name

    async def __aexit__(self, kind, exc, tb):
        self.log.append("exit " + self.name)
        return kind is KeyError


async def numbers(limit):
    try:
        for i in range(limit):
            await Tick()
            yield i
    finally:
        pass


async def workflow(log):
    async with Resource("a", log) as a, Resource("b", log) as b:
        log.append(f"using {a}{b}")
    async with Resource("c", log):
        raise KeyError("swallowed")
    total = 0
    async for n in numbers(4):
        if n == 1:
            continue
        if n == 3:
            break
        total += n
    else:
        log.append("no break")
    async for n in numbers(2):
        pass
    else:
        log.append("loop else")
    evens = [n async for n in numbers(6) if n % 2 == 0]
    lookup = {n: await Tick() async for n in numbers(2)}
    nested = [[m for m in range(n)] async for n in numbers(3)]
    label = f"{await Tick()} tick(s)"
    gen = (x * 2 async for x in numbers(3))
    doubled = [y async for y in gen]
    return total, evens, lookup, nested, label, doubled


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


log = []
print(drive(workflow(log)))
print(log)
