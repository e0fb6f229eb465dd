# Operator overloading: arithmetic dunders, reflected operands, NotImplemented, in-place operators.


class Vec:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return f"Vec{self.c}"

    def _check(self, other):
        return isinstance(other, Vec) and len(other.c) == len(self.c)

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.c, other.c)))

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vec(*(a - b for a, b in zip(self.c, other.c)))

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.c))
        return NotImplemented

    def __rmul__(self, k):
        print(f"  __rmul__({k!r})")
        return self * k

    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))

    def __pow__(self, k):
        return Vec(*(a ** k for a in self.c))

    def __neg__(self):
        return Vec(*(-a for a in self.c))

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __radd__(self, other):
        print(f"  __radd__({other!r})")
        if other == 0:
            return self
        return NotImplemented

    def __iadd__(self, other):
        print("  __iadd__ mutates in place")
        self.c = tuple(a + b for a, b in zip(self.c, other.c))
        return self

    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c

    def __hash__(self):
        return hash(self.c)


u, v = Vec(1, 2), Vec(3, 4)
print(u + v, u - v, u * 3, 3 * u, u * v, -u, abs(v), u / 2, u ** 2)
print("sum uses __radd__ with 0:", sum([u, v, Vec(10, 10)]))
w = u
w += v
print("in-place:", w, u, w is u)
z = v
z -= u
print("fallback to __sub__ for -=:", z, v, z is v)
for name, fn in (("u + 1", lambda: u + 1), ("1 + u", lambda: 1 + u), ("u * 'x'", lambda: u * "x"),
                 ("u - [1]", lambda: u - [1])):
    try:
        print(name, "=", fn())
    except TypeError as e:
        print(f"{name}: TypeError: {e}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    __radd__ = __add__

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


class Euro(Money):
    def __radd__(self, other):
        print("  subclass __radd__ tried first")
        return Euro(other.cents * 2 + self.cents)

    def __repr__(self):
        return f"EUR{self.cents / 100:.2f}"


print(Money(150) + Money(275), 5 + Money(100), sum([Money(1), Money(2)], Money(0)))
print("subclass reflected priority:", Money(100) + Euro(100))
print("sorted by __lt__:", sorted([Money(300), Money(100), Money(200)]), max(Money(5), Money(50)))


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & int(o))

    def __or__(self, o):
        return Bits(self.v | int(o))

    def __xor__(self, o):
        return Bits(self.v ^ int(o))

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __invert__(self):
        return Bits(~self.v & 0xFF)

    def __int__(self):
        return self.v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"Bits({self.v:#010b})"


b = Bits(0b1010)
print(b & 0b0110, b | 1, b ^ 0xFF, b << 2, b >> 1, ~b, bin(b), hex(b), [10, 20, 30, 40][Bits(2)], int(b))
