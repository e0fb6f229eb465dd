# Iterators: iter(), next() with default, iter(callable, sentinel), custom iterators, zip/enumerate laziness.

it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration:", repr(e), e.value)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("iter of iterator is itself:", iter(it) is it, type(iter("ab")).__name__, type(iter({})).__name__,
      type(iter(range(1))).__name__, type(iter((1,))).__name__, type(iter({1})).__name__)

# The two-argument form calls a function until it returns the sentinel.
data = [5, 3, 8, 0, 7, 1]
pos = 0


def read_next():
    global pos
    pos += 1
    return data[pos - 1]


print("until zero:", list(iter(read_next, 0)), "position after:", pos)
lines = iter(["alpha", "beta", "", "gamma"])
print("until empty line:", list(iter(lambda: next(lines), "")), "rest:", list(lines))


class Die:
    def __init__(self, seed):
        self.state = seed

    def roll(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state % 6 + 1


die = Die(42)
print("rolls until six:", list(iter(die.roll, 6)))
print("more rolls until six:", list(iter(die.roll, 6)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)


class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


print("custom iterator:", list(Fib(100)), sum(Fib(1000)), max(Fib(50)), 21 in Fib(30), 22 in Fib(30))
f = Fib(10)
print("partial consumption:", next(f), next(f), next(f), list(f))
print("enumerate:", list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)))
e = enumerate(Fib(5))
print("enumerate is lazy:", next(e), next(e), list(e))
print("zip:", list(zip("abc", [1, 2, 3, 4])), list(zip()), list(zip("ab")), list(zip(range(3), "xy", [True] * 5)))
try:
    list(zip("ab", "xyz", strict=True))
except ValueError as e:
    print("ValueError:", e)
z = zip(Fib(3), Fib(100))
print("zip stops at shortest:", list(z))
print("reversed:", list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print("map is lazy:", next(map(lambda x: x * 2, Fib(10))), list(map(pow, [2, 3], [3, 2])))
print("filter is lazy:", next(filter(lambda x: x > 10, Fib(1000))))
shared = iter(range(10))
print("zip on the same iterator groups:", list(zip(shared, shared, shared)))
print("dict iter order and views:", list(iter({"b": 1, "a": 2})), next(iter({"k": "v"}.items())))
words = iter("the quick brown fox".split())
first = next(words)
print("first/rest:", first, list(words))
print("unpacking consumes:", [*iter("xyz")], dict(zip(iter("ab"), iter(range(5)))))
counter = iter(range(3))
for value in counter:
    print("  loop got", value, "then next() got", next(counter, "nothing"))
