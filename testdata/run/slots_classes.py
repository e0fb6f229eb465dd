# __slots__: fixed attributes, no __dict__, inheritance with and without slots, sizes.
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
p.x = 10
print(p, p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print("restored:", p)
print("slot descriptors:", type(Point.x).__name__, Point.x.__name__)


class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print("sizes:", sys.getsizeof(Point(1, 2)), sys.getsizeof(Plain(1, 2)))


class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3D({self.x}, {self.y}, {self.z})"


q = Point3D(1, 2, 3)
print(q, hasattr(q, "__dict__"), Point3D.__slots__)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


loose = Loose(1, 2)
loose.extra = "allowed"
print("subclass without __slots__ gets a dict:", loose.__dict__, loose)


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print("slots with __dict__:", wd.a, wd.__dict__)


class Counter:
    __slots__ = ("count",)
    limit = 3

    def increment(self):
        self.count = getattr(self, "count", 0) + 1
        return self.count


c = Counter()
print("class attribute readable:", c.limit, [c.increment() for _ in range(3)])
try:
    c.limit = 10
except AttributeError as e:
    print("AttributeError:", e)


class Vec:
    __slots__ = ["dx", "dy"]

    def __init__(self, dx=0, dy=0):
        self.dx, self.dy = dx, dy

    def __add__(self, other):
        return Vec(self.dx + other.dx, self.dy + other.dy)

    def __repr__(self):
        return f"Vec({self.dx}, {self.dy})"


total = Vec()
for i in range(5):
    total = total + Vec(i, -i)
print("slots with list:", total, Vec.__slots__)
print("getattr/setattr on slots:", getattr(total, "dx"), setattr(total, "dy", 99), total)
try:
    setattr(total, "nope", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
empty = type(Vec()).__slots__
print("instances compare by identity without __eq__:", Vec(1, 1) == Vec(1, 1), empty)
