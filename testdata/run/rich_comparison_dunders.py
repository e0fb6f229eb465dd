# Rich comparisons: __eq__/__lt__ and friends, reflection, NotImplemented, __hash__ interplay.


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash(self.parts)


vs = [Version(s) for s in ("1.10", "1.2", "1.2.1", "0.9", "1.2")]
print(sorted(vs), min(vs), max(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a > b, a <= b, a >= b, a == Version("1.2"), a != b, b > a)
print("reflected >:", b > a, "uses a < b")
print("== with other types:", a == "1.2", a != 1, a == None)
try:
    a < "1.3"
except TypeError as e:
    print("TypeError:", e)
print("set dedupe via __hash__/__eq__:", len(set(vs)), sorted(set(vs)))
print("dict lookup:", {Version("2.0"): "two"}[Version("2.0")])


class Tracer:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other.name})")
        return NotImplemented

    def __lt__(self, other):
        print(f"  {self.name}.__lt__({other.name})")
        return NotImplemented

    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other.name})")
        return NotImplemented


x, y = Tracer("x"), Tracer("y")
print("x == y ->", x == y)
print("x != y ->", x != y)
try:
    x < y
except TypeError as e:
    print("TypeError:", e)


class Sub(Tracer):
    def __gt__(self, other):
        print(f"  Sub {self.name}.__gt__({other.name})")
        return True


print("subclass reflected first:", x < Sub("s"))


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print("__eq__ without __hash__:", EqOnly(1) == EqOnly(1), EqOnly.__hash__ is None)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
print("in list uses ==:", EqOnly(2) in [EqOnly(1), EqOnly(2)], [EqOnly(3)].index(EqOnly(3)), [EqOnly(4)].count(EqOnly(4)))


class Always:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


al = Always()
print("identity shortcut in containers:", al in [1], [al] == [al], al == 5, 5 == al)
nan = float("nan")
print("nan identity in containers:", nan in [nan], [nan] == [nan], nan == nan)


class Weird:
    def __lt__(self, other):
        return "truthy string"


print("non-bool result:", Weird() < Weird(), bool(Weird() < Weird()))
print("chained comparisons evaluate once:", Version("1.0") < Version("1.5") < Version("2.0") <= Version("2.0"))
print("tuple comparison uses element __eq__ then __lt__:", (Version("1.0"), 2) < (Version("1.0"), 3))
print("sorted with mixed failure:", end=" ")
try:
    sorted([Version("1.0"), 3])
except TypeError as e:
    print(e)


class Ordered:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return f"O{self.k}"


print("only __lt__ suffices for sort/min/max:", sorted([Ordered(3), Ordered(1), Ordered(2)]), max([Ordered(1), Ordered(5)]))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print("TypeError:", e)
