# slice objects: construction, indices(), use with sequences, and __getitem__ receiving slices.

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice("a", "b"))
for length in (0, 5, 10, 20):
    print(length, s.indices(length), slice(-3, None).indices(length), slice(None, None, -1).indices(length),
          slice(-100, 100, 3).indices(length))
try:
    slice(0, 5, 0).indices(10)
except ValueError as e:
    print("ValueError:", e)
print("equality:", slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) < slice(1, 3))
data = list(range(20))
print("use:", data[s], "abcdefghijklmnop"[s], tuple(data)[slice(-5, None)], data[slice(None, None, 5)])
print("range of indices:", list(range(*s.indices(12))), list(range(*slice(None, None, -4).indices(9))))


class Recorder:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("  set", key, "=", value)

    def __delitem__(self, key):
        print("  del", key)


rec = Recorder()
print("getitem keys:", rec[1], rec[1:2], rec[::3], rec[1:2, 3], rec[...], rec[:, None], rec["a":"b":"c"])
rec[0:5] = "x"
rec[::-1] = [1]
del rec[2:]
del rec[:, 1]


class Seq:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            print(f"  slice -> start={start} stop={stop} step={step}")
            return Seq(self.items[i] for i in range(start, stop, step))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("Seq index out of range")
        return self.items[index]

    def __repr__(self):
        return f"Seq({self.items})"


q = Seq("abcdefg")
print(q[1:5], q[::-2], q[-3:], q[0], q[-1])
try:
    q[10]
except IndexError as e:
    print("IndexError:", e)
print("iteration via __getitem__:", list(q), "c" in q, "z" in q)
print("reversed via __len__/__getitem__:", list(reversed(q)))
print("ellipsis:", ..., Ellipsis is ..., repr(...), str(Ellipsis))
grid = [[r * 10 + c for c in range(5)] for r in range(4)]
cols = slice(1, 4)
print("2D with slice object:", [row[cols] for row in grid[1:3]])
halves = (slice(None, 2), slice(2, None))
print("halves:", [data[:5][h] for h in halves], [("hello")[h] for h in halves])
print("slice repr in list:", [slice(1), slice(1, 2, 3)], slice(1, 2, 3).indices(2))
