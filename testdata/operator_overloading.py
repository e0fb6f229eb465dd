import math


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __invert__(self):
        return Vector(self.y, self.x)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __len__(self):
        return 2

    def __getitem__(self, index):
        return (self.x, self.y)[index]

    def __iter__(self):
        yield self.x
        yield self.y

    def __contains__(self, value):
        return value in (self.x, self.y)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __call__(self, scale):
        return self * scale

    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"


a, b = Vector(1, 2), Vector(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, a @ b, -a, +a, abs(b), ~a)
print(a == Vector(1, 2), a != b, bool(Vector()), len(a), a[1], list(b), 4 in b)
c = Vector(0, 0)
c += a
c += b
print(c, sorted([b, a, c]), a(10), f"{b:.2f}", {a: "a"}[Vector(1, 2)])
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
x, y = b
print(x, y, max(a, b), min([a, b, c]))
