# User-defined __hash__ and __eq__ as dict keys and set members; hash values of builtins.


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


grid = {Point(0, 0): "origin", Point(1, 2): "a"}
print(grid[Point(0, 0)], grid.get(Point(1, 2)), Point(5, 5) in grid, len({Point(1, 1), Point(1, 1), Point(2, 2)}))
print("hash equals tuple hash:", hash(Point(1, 2)) == hash((1, 2)), hash(Point(1, 2)))


class Noisy:
    def __init__(self, key, h):
        self.key, self.h = key, h

    def __hash__(self):
        print(f"  hash({self.key})")
        return self.h

    def __eq__(self, other):
        print(f"  eq({self.key}, {other.key})")
        return self.key == other.key

    def __repr__(self):
        return f"N({self.key})"


print("collisions call __eq__:")
d = {}
d[Noisy("a", 1)] = 1
d[Noisy("b", 1)] = 2
d[Noisy("a", 1)] = 3
print(d)
print("lookup:", d[Noisy("b", 1)])
print("different hashes never compare:")
s = {Noisy("x", 10), Noisy("y", 20)}
print(len(s))


class MinusOne:
    def __hash__(self):
        return -1


class Huge:
    def __hash__(self):
        return 2 ** 64 + 5


class NotInt:
    def __hash__(self):
        return "nope"


print("hash -1 becomes -2:", hash(MinusOne()), "huge reduced:", hash(Huge()))
try:
    hash(NotInt())
except TypeError as e:
    print("TypeError:", e)

print("int hashes:", [hash(n) for n in (0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30)])
print("float hashes:", [hash(f) for f in (0.5, 1.5, -0.5, 1e300, 2.0 ** 70, 3.0, -1.0)])
print("bool/None-free tuple hashes:", hash((True, False)), hash((1, 2, 3)), hash(((1,), (2,))), hash(("",)))
print("equal numbers hash equal:", hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(2.0 ** 70))
print("unhashable:", end=" ")
for value in ([], {}, set(), bytearray()):
    try:
        hash(value)
    except TypeError as e:
        print(e, end="; ")
print()


class Mutable:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == other.v


m = Mutable(1)
bucket = {m}
m.v = 2
print("mutated key is lost:", Mutable(2) in bucket, Mutable(1) in bucket, m in bucket)


class Child(Point):
    pass


print("subclass inherits hash/eq:", Child(0, 0) in grid, {Child(1, 2): 0} == {Point(1, 2): 0})


class EqChild(Point):
    def __eq__(self, other):
        return super().__eq__(other)


print("overriding __eq__ alone removes __hash__:", EqChild.__hash__ is None)
by_point = {}
for i in range(12):
    by_point.setdefault(Point(i % 3, i % 2), []).append(i)
print("grouped by custom key:", by_point)
print("frozen key types:", {frozenset([1]): "fs", (1, "a"): "t", 2.5: "f", "s": "s", b"b": "b"})
