# A Fraction class written from scratch: normalization, arithmetic dunders, comparisons, hashing, conversions.
import math


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num=0, den=1):
        if isinstance(num, str):
            if "/" in num:
                a, b = num.split("/")
                num, den = int(a), int(b)
            else:
                num = int(num)
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self.num = num // g
        self.den = den // g

    @classmethod
    def coerce(cls, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return cls(other)
        return NotImplemented

    def __add__(self, other):
        o = Fraction.coerce(other)
        if o is NotImplemented:
            return float(self) + other if isinstance(other, float) else NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = Fraction.coerce(other)
        return NotImplemented if o is NotImplemented else Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, other):
        o = Fraction.coerce(other)
        return NotImplemented if o is NotImplemented else o - self

    def __mul__(self, other):
        o = Fraction.coerce(other)
        return NotImplemented if o is NotImplemented else Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = Fraction.coerce(other)
        return NotImplemented if o is NotImplemented else Fraction(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        o = Fraction.coerce(other)
        return NotImplemented if o is NotImplemented else o / self

    def __pow__(self, n):
        if n >= 0:
            return Fraction(self.num ** n, self.den ** n)
        return Fraction(self.den ** -n, self.num ** -n)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __eq__(self, other):
        o = Fraction.coerce(other)
        if o is NotImplemented:
            return float(self) == other if isinstance(other, float) else NotImplemented
        return self.num == o.num and self.den == o.den

    def __lt__(self, other):
        o = Fraction.coerce(other)
        return NotImplemented if o is NotImplemented else self.num * o.den < o.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den) if abs(self.num) < 2 ** 53 else -(-self.num // self.den) if self.num < 0 else self.num // self.den

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)


a, b = Fraction(1, 3), Fraction("3/4")
print(a, b, repr(a), Fraction(6, -8), Fraction("-10/4"), Fraction(0, 5), Fraction("7"))
print("ops:", a + b, a - b, a * b, a / b, b ** 2, a ** -2, -a, abs(-b), a + 1, 1 + a, 2 - a, 3 * b, 1 / b)
print("float mix:", a + 0.5, a == 1 / 3, Fraction(1, 2) == 0.5)
print("compare:", a < b, a > b, a <= a, b >= a, Fraction(2, 4) == Fraction(1, 2), Fraction(4, 2) == 2)
print("sorted:", sorted([Fraction(5, 6), Fraction(1, 2), Fraction(2, 3), Fraction(-1, 7)]))
print("hash:", hash(Fraction(4, 2)) == hash(2), len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}))
print("conversions:", float(b), int(Fraction(7, 2)), int(Fraction(-7, 2)), bool(Fraction(0)), f"{a:.5f}", f"{b}")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a - "x"
except TypeError as e:
    print("TypeError:", e)
harmonic = sum((Fraction(1, k) for k in range(1, 21)), Fraction(0))
print("H(20) =", harmonic, f"~ {harmonic:.12f}")
series = Fraction(0)
for k in range(12):
    series += Fraction((-1) ** k, 2 * k + 1)
print("Leibniz partial sum *4 =", series * 4, f"= {series * 4:.10f}")
egypt, rest = [], Fraction(7, 15)
while rest:
    d = -(-rest.den // rest.num)
    egypt.append(Fraction(1, d))
    rest -= Fraction(1, d)
print("Egyptian 7/15 =", " + ".join(map(str, egypt)))
x = Fraction(1)
for _ in range(6):
    x = (x + Fraction(2) / x) / 2
print("sqrt(2) approx:", x, f"{x:.30f}"[:20], float(x * x - 2))
