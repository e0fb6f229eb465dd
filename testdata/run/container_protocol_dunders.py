# Container dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __bool__, __call__.


class Matrix:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.data = [[fill] * cols for _ in range(rows)]

    def __len__(self):
        return self.rows * self.cols

    def __getitem__(self, key):
        r, c = key
        return self.data[r][c]

    def __setitem__(self, key, value):
        r, c = key
        self.data[r][c] = value

    def __contains__(self, value):
        return any(value in row for row in self.data)

    def __iter__(self):
        for row in self.data:
            yield from row

    def __bool__(self):
        return any(self)

    def __call__(self, r):
        return list(self.data[r])

    def __repr__(self):
        return "\n".join(" ".join(f"{v:3}" for v in row) for row in self.data)


m = Matrix(3, 4)
print("empty is falsy:", bool(m), len(m))
for r in range(3):
    for c in range(4):
        m[r, c] = r * 4 + c
print(m)
print("getitem:", m[1, 2], m[2, 3], "contains:", 7 in m, 42 in m, "call:", m(1), "sum:", sum(m), "bool:", bool(m))


class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        return self.cards[index]


deck = Deck()
print("len:", len(deck), "first:", deck[0], "slice:", deck[10:14], "last:", deck[-1])
print("iteration via __getitem__:", [c for c in deck][:5], "QH" in deck, "ZZ" in deck)
print("reversed:", list(reversed(deck))[:3], "sorted:", sorted(deck)[:4])


class SparseList:
    def __init__(self):
        self.items = {}

    def __setitem__(self, i, v):
        print(f"  set [{i}] = {v!r}")
        self.items[i] = v

    def __getitem__(self, i):
        if i not in self.items:
            raise KeyError(i)
        return self.items[i]

    def __delitem__(self, i):
        print(f"  del [{i}]")
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def __contains__(self, value):
        print(f"  __contains__({value!r})")
        return value in self.items.values()


s = SparseList()
s[10] = "ten"
s[1000] = "thousand"
s[10] += "!"
del s[1000]
print("len:", len(s), "get:", s[10], "in:", "ten!" in s, "not in:", "x" not in s)
try:
    s[5]
except KeyError as e:
    print("KeyError:", e)


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


class CountdownIterator:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(4)
print("iterable used twice:", list(cd), list(cd), "in:", 3 in cd, "unpack:", [*cd], "max:", max(cd))
it = iter(cd)
print("iterator exhausts:", next(it), list(it), list(it))


class NoLen:
    pass


for fn in (lambda: len(NoLen()), lambda: NoLen()[0], lambda: iter(NoLen()), lambda: 1 in NoLen(), lambda: NoLen()()):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
