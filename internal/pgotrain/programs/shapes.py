# Training workload: a class hierarchy with properties, operator dunders,
# super(), __slots__, class and static methods, sorting and equality.
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def norm(self):
        return math.hypot(self.x, self.y)


class Shape:
    count = 0

    def __init__(self, name, origin):
        self.name = name
        self.origin = origin
        Shape.count += 1

    @property
    def area(self):
        raise NotImplementedError

    def perimeter(self):
        return 0.0

    def describe(self):
        return f"{type(self).__name__}({self.name}) area={self.area:.3f} perim={self.perimeter():.3f}"

    def moved(self, d):
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone.origin = self.origin + d
        return clone

    @classmethod
    def unit(cls, name):
        return cls(name, Vec(0, 0), *cls.unit_args())

    @staticmethod
    def unit_args():
        return ()


class Circle(Shape):
    def __init__(self, name, origin, r=1.0):
        super().__init__(name, origin)
        self.r = r

    @property
    def area(self):
        return math.pi * self.r * self.r

    def perimeter(self):
        return 2 * math.pi * self.r

    @staticmethod
    def unit_args():
        return (1.0,)


class Rect(Shape):
    def __init__(self, name, origin, w=1.0, h=1.0):
        super().__init__(name, origin)
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, name, origin, side=1.0):
        super().__init__(name, origin, side, side)

    def describe(self):
        return "square " + super().describe()


def build(n):
    shapes = []
    for i in range(n):
        o = Vec(i % 17, i % 11)
        k = i % 3
        if k == 0:
            shapes.append(Circle(f"c{i}", o, 0.5 + i % 7))
        elif k == 1:
            shapes.append(Rect(f"r{i}", o, 1 + i % 5, 2 + i % 3))
        else:
            shapes.append(Square(f"s{i}", o, 1 + i % 4))
    return shapes


total = 0.0
seen = set()
for round_ in range(30):
    shapes = build(2000)
    shapes.sort(key=lambda s: (s.area, s.name))
    for s in shapes[:50]:
        total += len(s.describe())
    moved = [s.moved(Vec(1, -1) * 2) for s in shapes if isinstance(s, Rect)]
    total += sum(m.origin.norm() for m in moved)
    for s in shapes:
        seen.add(s.origin)
    total += sum(s.perimeter() for s in shapes) / len(shapes)
    total += Circle.unit("u").area + Square.unit("q").area
    try:
        Shape("x", Vec(0, 0)).area
    except NotImplementedError:
        total += 1
print("shapes:", round(total, 6), len(seen), Shape.count, sorted(seen, key=lambda v: (v.x, v.y))[:3])
