# int() parsing with bases, hex/oct/bin, underscores and string forms.

for text in ("42", "  -17  ", "+8", "0", "-0", "1_000_000", "007", "\t99\n"):
    print(repr(text), int(text))

for text, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("777", 8), ("0o777", 8),
                   ("1010", 2), ("0b1010", 2), ("z", 36), ("ZZ", 36), ("10", 3),
                   ("0x1F", 0), ("0o17", 0), ("0b11", 0), ("123", 0), ("1_0", 0),
                   ("-0x10", 16), ("  11  ", 2), ("hello", 36)]:
    print(f"int({text!r}, {base}) = {int(text, base)}")

bad = [("12a", 10), ("", 10), (" ", 10), ("1.5", 10), ("0x", 16), ("08", 0),
       ("_1", 10), ("1__0", 10), ("2", 2), ("9", 8)]
for text, base in bad:
    try:
        int(text, base)
    except ValueError as e:
        print("ValueError:", e)
for args in [("10", 37), ("10", 1)]:
    try:
        int(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)

print("from floats:", int(3.99), int(-3.99), int(1e20), int(-0.5), int(2.5e-3))
print("from bools:", int(True), int(False))
print("from bytes:", int(b"123"), int(b" -9 "), int(bytearray(b"77"), 8))

for n in (0, 1, -1, 10, 255, -255, 4096, 2 ** 64, -(2 ** 70) + 1):
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16) == n, int(bin(n), 0) == n)


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in (0, 5, -5, 1000, 123456789, 2 ** 100):
    row = [to_base(n, b) for b in (2, 3, 7, 16, 36)]
    print(n, row, all(int(s, b) == n for s, b in zip(row, (2, 3, 7, 16, 36))))

print("str/repr of ints:", str(12345), repr(-12345), str(10 ** 50), f"{10 ** 20}")
print("int of int subclass:", int(True) + 1, type(int(True)).__name__)
print("round trip of large:", int(str(7 ** 300)) == 7 ** 300, len(str(7 ** 300)))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", str(e)[:60])
print("4300 digits ok:", len(str(int("9" * 4300))))
print(int("١٢٣"), int("１２"), float("٣.٥"))
