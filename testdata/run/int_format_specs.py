# Format specs applied to ints and bools: bases, grouping, sign, fill, width.

numbers = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 40, 10 ** 20]
specs = ["", "d", "5d", "<6d", "^7d", ">8d", "08d", "+d", " d", "-d", ",", "_", ",d", "_x", "x", "X",
         "#x", "#X", "o", "#o", "b", "#b", "#010b", "_b", "=+10d", "*^12,", "#_o", "c", "e", ".2f", "n", "%"]
for n in numbers:
    row = []
    for spec in specs:
        if spec == "c" and not 32 <= n < 0x110000:
            row.append("-")
            continue
        row.append(format(n, spec))
    print(n, "|".join(row))

print("bools:", format(True), format(True, "d"), format(False, "5"), f"{True!r:>6}", f"{True:x}", str(True))
print("f-string widths:", [f"{i:03}" for i in range(8, 12)], [f"{i:>{w}}" for i, w in ((1, 3), (22, 4))])
print("percent:", "%d %i %5d %-5d| %05d %+d % d %x %X %#x %o %#o %c" % (42, -42, 7, 7, -7, 7, 7, 255, 255, 255, 8, 8, 65))
print("percent bigs:", "%d %x %o" % (10 ** 25, 2 ** 70, 2 ** 40), "%.3d|%5.3d" % (7, 7))
print("percent floats as ints:", "%d %x" % (3.99, 255), "%s %r" % (10, 10))
print("format():", format(1000000, ","), format(-1000000, "_d"), format(123, "010,"), format(1234, "08,d"))
print("grouping hex:", format(0xDEADBEEF, "_x"), format(0xDEADBEEF, "#_X"), format(2 ** 33, "_b"))
print("str.format:", "{:>5}|{:<5}|{:^5}|{:05}|{:+}".format(1, 2, 3, -4, 5))
print("fill chars:", "{:*<6}{:#>6}{:0^7}".format(1, 2, 3), f"{-12:0=8}", f"{12:x<4}")
for bad in ("{:.3}", "{:,s}", "{:c}"):
    try:
        print(bad.format(-1 if bad == "{:c}" else 100))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    format(1, "z")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)


def table(rows):
    widths = [max(len(format(r[i], ",")) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print(" | ".join(format(format(v, ","), f">{w}") for v, w in zip(r, widths)))


table([(1, 22, 333), (4444, 55555, 666666), (7, 8, 10 ** 9)])
print("chars:", [format(c, "c") for c in (65, 97, 0x263A, 48)], "%c%c" % ("x", 121))
