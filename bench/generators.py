# Benchmark: generator pipelines (yield, yield from, generator expressions, send).


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        yield from item


def running_mean():
    total = 0.0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total / count


pipeline_total = sum(squares(evens(numbers(3000000))))
chunk_total = sum(len(c) for c in chunks(numbers(1500000), 7))
flat_total = sum(flatten(chunks(numbers(1500000), 11)))
genexp_total = sum(x * 3 for x in range(3000000) if x % 3)
averager = running_mean()
next(averager)
mean = 0.0
for i in range(1500000):
    mean = averager.send(i % 101)
print(f"generators checksum: {pipeline_total} {chunk_total} {flat_total} {genexp_total} {mean:.6f}")
