# printf-style % formatting of strings.

print("%s and %s" % ("spam", "eggs"))
print("%r vs %s" % ("text", "text"), "%a" % "café", "%s" % [1, "a"], "%s" % (("tuple",),))
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%d%%" % 50, "100%%", "%%s" % (), "%c%c%c" % (80, "y", 0x263A))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 31})
print("%(x)5.2f|%(x)-8.3e|" % {"x": 3.14159})
print("%*d|%-*d|%.*f|%*.*f" % (5, 42, 4, 7, 2, 3.14159, 8, 3, 2.71828))
print("%s" % None, "%s" % True, "%d" % True, "%i" % -3.7, "%x" % 3, "%o" % -8)
print("%e %E %g %G" % (1234.5, 0.00012, 1e-5, 1e20))
print("%10.4f|%-10.2e|%+.3g|% d" % (3.14159265, 12345.678, 0.000123456, 7))
print("%s %s" % ("only", "two"), "%s" % "single", "%s" % ("wrapped",))
print("%-6s|%6s|" % ("left", "right"), "%03d|%+05d|%-+5d|" % (7, 7, 7))
print("%#x %#X %#o %#5x %08.3f" % (255, 255, 8, 10, -3.14159))
print(b"%s %d %x" % (b"bytes", 10, 255), b"%c%c" % (65, b"B"), b"%5b|" % b"ab")


class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __str__(self):
        return f"{self.deg} degrees"

    def __repr__(self):
        return f"Temp({self.deg})"


print("%s / %r" % (Temp(21), Temp(21)))
print("%s" % [Temp(1), Temp(2)])

errors = [
    ("%d", "a"), ("%d %d", (1,)), ("%d", (1, 2)), ("a", 1), ("%z", 1), ("%(a)s", 1), ("%c", "ab"),
    ("%c", -1), ("%x", 1.5), ("%(a)s %s", {"a": 1}), ("%*d", ("a", 1)), ("%", ()),
]
for fmt, args in errors:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(f"{fmt!r} % {args!r}: {type(e).__name__}: {e}")

rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 3.0)]
print("%-10s %5s %8s" % ("item", "qty", "price"))
for name, qty, price in rows:
    print("%-10s %5d %8.2f" % (name, qty, price))
print("%-10s %5d %8.2f" % ("total", sum(r[1] for r in rows), sum(r[1] * r[2] for r in rows)))
print("%s" % "%s", "%%%s%%" % "x", "%s%%" % 12.5, "%.0f%%" % 99.5, "%.0f%%" % 98.5)
print("%5.1f%%|%-7.2f|%07.2f" % (12.345, -1.5, -1.5))
print("mapping with repeats: %(a)s-%(a)s-%(b)s" % {"a": "x", "b": "y", "unused": 0})
print("dict arg as single value:", "%s" % {"k": 1}, "%s %s" % ({"k": 1}, [2]))
print("big ints: %d %x %e" % (10 ** 30, 10 ** 30, 10 ** 30))
