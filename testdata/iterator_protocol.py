class Range:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        return RangeIterator(self)

    def __reversed__(self):
        value = self.start + ((self.stop - self.start - 1) // self.step) * self.step
        while value >= self.start:
            yield value
            value -= self.step


class RangeIterator:
    def __init__(self, r):
        self.r = r
        self.current = r.start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current >= self.r.stop:
            raise StopIteration
        value = self.current
        self.current += self.r.step
        return value


class Sequence:
    """Iterable through the old __getitem__ protocol."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


def windows(iterable, size):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)


def interleave(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)


print(list(Range(0, 10, 3)), list(reversed(Range(0, 10, 3))), sum(Range(1, 5)))
print(list(Sequence(5)), 9 in Sequence(4), list(windows("abcde", 3)))
print(list(interleave("abc", [1, 2], range(10, 14))))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "exhausted"))
print(list(enumerate("xyz", start=1)), list(zip("ab", Range(5, 7))), dict(enumerate("ab")))
print(list(map(pow, [2, 3], [5, 2])), list(filter(None, [0, 1, "", "a"])), list(reversed([1, 2])))
