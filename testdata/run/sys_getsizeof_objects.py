# sys.getsizeof: ints by magnitude, floats, strs by kind, lists as they grow, tuples, dicts, sets.
import sys

print("ints:", [(n, sys.getsizeof(n)) for n in (0, 1, -1, 2 ** 30 - 1, 2 ** 30, 2 ** 60 - 1, 2 ** 60, 2 ** 90, 10 ** 100)])
print("bools:", sys.getsizeof(True), sys.getsizeof(False))
print("floats:", sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float("nan")))
print("None:", sys.getsizeof(None))
print("strs:", [(s, sys.getsizeof(s)) for s in ("", "a", "ab", "hello world", "é", "éé", "€", "日本", "😀", "a😀")])
print("bytes:", sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytes(100)))
print("tuples:", [sys.getsizeof(tuple(range(n))) for n in range(6)], sys.getsizeof(()))

lst = []
sizes = [sys.getsizeof(lst)]
changes = []
for i in range(80):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != sizes[-1]:
        changes.append((len(lst), size))
    sizes.append(size)
print("list growth on append (length, size):", changes)
while len(lst) > 3:
    before = sys.getsizeof(lst)
    lst.pop()
    after = sys.getsizeof(lst)
    if after != before:
        print(f"  shrink at len {len(lst)}: {before} -> {after}")
print("exact constructions:", sys.getsizeof(list(range(10))), sys.getsizeof([0] * 10), sys.getsizeof(list(range(10))[:]))
print("literals:", sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]))
print("comprehension:", sys.getsizeof([i for i in range(10)]), sys.getsizeof([i for i in range(100)]))
ext = []
ext.extend(range(7))
print("extend:", sys.getsizeof(ext), len(ext))

d = {}
dict_sizes = [(0, sys.getsizeof(d))]
for i in range(50):
    d[i] = i
    size = sys.getsizeof(d)
    if size != dict_sizes[-1][1]:
        dict_sizes.append((len(d), size))
print("dict growth, int keys:", dict_sizes)
ds = {}
str_sizes = [(0, sys.getsizeof(ds))]
for i in range(50):
    ds[f"k{i}"] = i
    size = sys.getsizeof(ds)
    if size != str_sizes[-1][1]:
        str_sizes.append((len(ds), size))
print("dict growth, str keys:", str_sizes)
ds.clear()
print("cleared dict:", sys.getsizeof(ds), "mixed keys:", sys.getsizeof({"a": 1, 1: 2}))

s = set()
set_sizes = [(0, sys.getsizeof(s))]
for i in range(100):
    s.add(i)
    size = sys.getsizeof(s)
    if size != set_sizes[-1][1]:
        set_sizes.append((len(s), size))
print("set growth:", set_sizes)
print("frozenset:", sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(10))))
print("range:", sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 30)))


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


print("instances:", sys.getsizeof(Plain()), sys.getsizeof(Slotted()), sys.getsizeof(object()))
print("sizes are ints:", type(sys.getsizeof(1)).__name__, sys.getsizeof(1, 99))
