# Ends with RuntimeError: generator raised StopIteration, chained from the StopIteration (PEP 479).


def pairs(items):
    it = iter(items)
    while True:
        first = next(it)
        second = next(it)
        yield first, second


print(next(pairs([1, 2, 3, 4])))
print(list(pairs([1, 2, 3])))
