# Training workload: generators, closures, decorators, context managers,
# exceptions in loops, map/filter/zip/enumerate, dict and set comprehensions.
def memo(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper


@memo
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


class Tally:
    def __init__(self):
        self.entered = 0
        self.errors = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is ValueError:
            self.errors += 1
            return True
        return False


def records(n):
    for i in range(n):
        yield {"id": i, "group": i % 9, "value": (i * 37) % 101, "label": f"r{i % 50}"}


def parse(rows):
    for row in rows:
        if row["value"] % 17 == 0:
            yield from ()
            continue
        yield row["group"], row["value"], row["label"]


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def checked(v):
    if v % 13 == 0:
        raise ValueError(v)
    return v


total = 0
tally = Tally()
for round_ in range(8):
    by_group = {}
    for g, v, label in parse(records(40000)):
        by_group.setdefault(g, []).append(v)
    sums = {g: sum(vs) for g, vs in by_group.items()}
    total += sum(sums.values()) + len({v for vs in by_group.values() for v in vs})
    total += sum(a * b - c for a, b, c in windows((v for vs in by_group.values() for v in vs[:500]), 3)) % 100003
    scale = round_ + 1
    total += sum(map(lambda x: x * scale, filter(lambda x: x % 3, range(20000))))
    for i, (a, b) in enumerate(zip(range(5000), range(5000, 0, -1))):
        with tally:
            total += checked(a + b + i)
    try:
        total += checked(13 * round_)
    except ValueError as e:
        total += e.args[0]
    total += partitions(60 + round_, 30 + round_) % 1000
print("pipelines:", total, tally.entered, tally.errors, len(partitions.cache))
