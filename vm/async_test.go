package vm

import "testing"

// TestAsync drives coroutines by hand (there is no event loop) through
// await on coroutines and __await__ objects, async with, async for, and
// the TypeErrors of awaiting what cannot be awaited, against python3.
func TestAsync(t *testing.T) {
	checkPy(t, `class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        r = yield self.n
        return r * 2

async def add(a, b):
    x = await Sleep(a)
    return x + b

async def main():
    total = 0
    for i in range(3):
        total += await add(i, 10)
    async with CM() as v:
        total += v
    async for x in ARange(4):
        total += x
    return total

class CM:
    async def __aenter__(self):
        print("enter")
        return 100
    async def __aexit__(self, *a):
        print("exit", a)
        return False

class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

def run(coro):
    v = None
    while True:
        try:
            v = coro.send(v)
            print("yielded", v)
        except StopIteration as e:
            return e.value

print(run(main()))
c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
async def bad():
    await 5
try:
    run(bad())
except TypeError as e:
    print("TE", e)
async def bad2():
    async with 5:
        pass
try:
    run(bad2())
except TypeError as e:
    print("TE", e)
async def bad3():
    async for x in 5:
        pass
try:
    run(bad3())
except TypeError as e:
    print("TE", e)
`)
}
