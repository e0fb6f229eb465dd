# Benchmark: closures, lambdas and higher-order functions (cells, nonlocal, map/filter with lambdas).


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def compose(f, g):
    return lambda x: f(g(x))


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


counter = make_counter()
for i in range(2400000):
    counter(i & 7)
pipeline = compose(lambda x: x * 3, compose(lambda x: x + 1, lambda x: x ^ 5))
acc = 0
for i in range(1800000):
    acc = (acc + pipeline(i)) % 1000000007
adders = make_adders(50)
total = 0
for i in range(36000):
    for add in adders:
        total += add(i)
mapped = sum(map(lambda v: v * v % 7, filter(lambda v: v % 3, range(2400000))))
print("closures checksum:", counter(0), acc, total, mapped)
