# __repr__, __str__ and __format__: which one print, str(), repr(), f-strings and containers use.


class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Both({self.v!r})"

    def __str__(self):
        return f"<{self.v}>"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "str-only"


class Formatted:
    def __init__(self, amount):
        self.amount = amount

    def __format__(self, spec):
        if not spec:
            return f"{self.amount}"
        if spec.endswith("k"):
            return format(self.amount / 1000, spec[:-1]) + "k"
        return format(self.amount, spec)

    def __repr__(self):
        return f"Formatted({self.amount})"


b = Both("x")
print(b, str(b), repr(b), f"{b}", f"{b!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print("containers use repr:", [b], (b,), {"k": b}, {b.v: [b, b]})
print("repr only:", ReprOnly(), str(ReprOnly()), [ReprOnly()], f"{ReprOnly()}")
s = StrOnly()
print("str only:", s, f"{s}", str(s), repr(s).startswith("<__main__.StrOnly object at "))
fm = Formatted(12345)
print("format:", f"{fm}", f"{fm:,}", f"{fm:>10}", f"{fm:.1fk}", format(fm, "08d"), "{:.2fk}".format(fm), str(fm) == repr(fm))
print("print multiple:", b, ReprOnly(), fm, sep=" | ")


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return f"Node({self.value!r})"
        return f"Node({self.value!r}, {self.children!r})"

    def __str__(self):
        return self.render()

    def render(self, depth=0):
        lines = ["  " * depth + str(self.value)]
        for child in self.children:
            lines.append(child.render(depth + 1))
        return "\n".join(lines)


tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b"), Node(3.5, [Node(None)])])
print(repr(tree))
print(tree)


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


for obj, fn in ((BadRepr(), repr), (BadStr(), str)):
    try:
        fn(obj)
    except TypeError as e:
        print("TypeError:", e)


class Recursive:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return f"Recursive(len={len(self.items)})"


r = Recursive()
print(r, r.items)
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print("self-referencing containers:", lst, d)
print("str of builtins:", str(1.0), str([1.0, "a"]), str(("a",)), str({1: "b"}), str(None), str(b"x"), str(Ellipsis))
print("repr of builtins:", repr(1.0), repr("a"), repr([None]), repr(range(2)), repr(slice(1)), repr(int), repr(NotImplemented))
print("type reprs:", int, str, type(None), type(b), Both, type(print).__name__, type(len).__name__)
print("format() builtin:", format(b), format(3.5), format("x", ">3"), format(None), format([1]))


class Temperature:
    def __init__(self, c):
        self.c = c

    def __str__(self):
        return f"{self.c:.1f}°C"

    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f}°F"
        return str(self)


temps = [Temperature(t) for t in (-40, 0, 36.6, 100)]
print([str(t) for t in temps], [f"{t:f}" for t in temps], " ".join(map(str, temps)))
