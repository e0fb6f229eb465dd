# str.format: automatic and manual fields, indexes, attributes, nested specs, conversions.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.coords = [x, y]

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.3f}"
        return format(str(self), spec)


p = Point(3, 4)
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0} {2}".format("a", "b", "c"))
print("{name} is {age}".format(name="Ann", age=31), "{0[1]} {0[0]}".format(["x", "y"]))
print("{p.x} {p.y} {p.coords[1]} {0.x}".format(p, p=p))
print("{d[key]} {d[1]}".format(d={"key": "v", 1: "one", "1": "str-one"}))
print("{!r} {!s} {!a}".format("q", "q", "café"), "{0!r:>10}|{0!s:<6}|".format("ab"))
print("{} {!r} {:polar} {:>10}|".format(p, p, p, p))
print("{:{w}.{p}f}|{:>{w}}|{:{fill}^{w}}".format(3.14159, "r", "c", w=8, p=2, fill="*"))
print("{0:{1}} {0:{2}}".format(255, "x", "#b"), "{:{}{}}".format(5, "0", "3"))
print("{{literal}} {{{}}} {{}}".format("inner"))
print("{:>5}{:<5}{:^5}|".format("a", "b", "c"), "{:=+8.2f}".format(3.5), "{:,}".format(10 ** 10))
print("{0}{1}{0}".format("ab", "-"), "{:s}".format("s"), "{:10}|".format("pad"), "{:10}|".format(42))
print("{:%} {:.1%} {:e} {:x} {:o} {:b} {:c}".format(0.25, 1 / 3, 1e-7, 255, 8, 5, 97))
print("{0.real} {0.imag} {1.__class__.__name__} {2.__name__}".format(5, [], int))
print("format_map:", "{a}-{b}".format_map({"a": 1, "b": 2}))


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"


print("format_map missing:", "{a} {zzz}".format_map(Defaulting(a="A")))

errors = [("{}", ()), ("{1}", ("only",)), ("{a}", ()), ("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{", ()),
          ("}", ()), ("{:d}", ("s",)), ("{0.nope}", ([1],)), ("{0[5]}", ([1],)), ("{:=}", ("s",)),
          ("{:+}", ("s",)), ("{!x}", (1,)), ("{0:{1}}", ([1],)), ("{0[-1]}", ([1],)), ("{:,s}", ("s",))]
for fmt, args in errors:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(f"{fmt!r}: {type(e).__name__}: {e}")
try:
    "{:>5}".format(None)
except TypeError as e:
    print("TypeError:", e)
print("{}".format(None), "{!r}".format(None), "{:}".format(None))

table = [("Name", "Qty", "Price"), ("widget", 4, 3.5), ("gadget", 10, 12.25), ("gizmo", 125, 0.99)]
print("{:<8}|{:>5}|{:>8}".format(*table[0]))
for name, qty, price in table[1:]:
    print("{:<8}|{:>5d}|{:>8.2f}".format(name, qty, price))
print("{:-^23}".format(" end "))
