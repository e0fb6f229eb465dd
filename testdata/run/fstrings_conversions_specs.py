# f-strings: conversions !r/!s/!a, the = specifier, nested and dynamic specs.

name = "Ada"
value = 3.14159
items = [1, "two", 3.0]
mapping = {"k": "v", 2: "two"}
width, prec = 10, 3

print(f"{name} {name!r} {name!s} {name!a} {'café'!a}")
print(f"{name=} {value=} {items=} {mapping=}")
print(f"{name = } {value = :.2f} {len(items) = }")
print(f"{value=:.{prec}f} {value = !r} {items[1]=} {mapping['k']=}")
print(f"[{value:{width}.{prec}f}] [{value:<{width}}] [{name:^{width}}] [{name:*>{width}}]")
print(f"{'nested ' + name.upper():>20}|{width * 2:05d}|{-value:+.1e}")
print(f"{{braces}} {{{name}}} {'{'}{'}'}")
print(f"{3 + 4} {2 ** 10:,} {10 / 4:.1%} {255:#x} {255:08b} {65:c}")
print(f"{items!r:>25}|{items!s:<25}|")
print(f"{mapping!r} {tuple(items)} {set([3])} {None} {True:d} {True!r}")
print(f"{'a' if value > 3 else 'b'} {[x * 2 for x in range(3)]} {dict(a=1)}")
print(f"{(lambda x: x * 10)(4)} {name[0]}{name[-1]} {name[::-1]} {items[1][:2]}")
print(f"{value:g} {value:e} {value:.0f} {1e21:f} {123456789:_} {0.000001:.2g}")
print(f"""triple {name}
second line {value:.1f}""")
print(f"multi" f"part {name}" " plain " f"{width}")
newline = "\n"
print(f"{newline.join(['joined', 'lines'])}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        text = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec) if spec else text

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return "money"


m = Money(12345)
print(f"{m} {m!r} {m!s} {m:>12} {m=} {m!r:>15}")
rows = [("apples", 3, Money(150)), ("pears", 12, Money(99)), ("figs", 100, Money(12000))]
for label, qty, price in rows:
    print(f"{label:<8}{qty:>5}{price:>10}")
for w in range(1, 6):
    print(f"{'x':{'>' if w % 2 else '<'}{w}}|{w:{'+' if w > 3 else '-'}}")

x = 10
print(f"{x!r:^8}|{x:^8}|{x=:^8}|{x = !s:<4}|")
print(f"{x:>{x // 2}}|{x:{'0'}{'5'}}|{x:{x}}|")
try:
    print(f"{value:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{name:.2d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{items:>5}")
except TypeError as e:
    print("TypeError:", e)
print(f"{'end':=^20}")
