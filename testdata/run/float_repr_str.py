# repr and str of floats: shortest round-trip digits, exponents, signs.

values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.0001234, 1.5e-7, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 100.0, 1e100,
          12345.678, 0.5, 0.25, 0.125, 9.999999999999999e22, 4.35, 2.675, 1.1, 1.05]
for v in values:
    print(repr(v), str(v), v.is_integer(), float(repr(v)) == v)

print("as containers:", [0.1, 1e20, -0.0], (1.5,), {1.0: 2.5})
print("sums:", sum([0.1] * 10), 0.1 * 3, 0.3 * 3, 1.1 + 2.2, 3.3 - 1.1)
print("products:", 1.1 * 1.1, 0.7 * 100, 4.35 * 100, 1e308 * 10, -1e308 * 10)
print("big ints to float:", float(2 ** 53 + 1), float(10 ** 23), float(-(10 ** 30)), float(2 ** 64))
print("float from strings:", float("1.5"), float("  -2.5e3 "), float("1_000.5"), float(".5"), float("5."),
      float("inf"), float("-Infinity"), float("nan"), float("1e500"), float("-1e-500"))

for text in ("abc", "1.2.3", "", "1e", "0x10"):
    try:
        float(text)
    except ValueError as e:
        print("ValueError:", e)

print("hex:", (0.5).hex(), (1.0).hex(), (0.1).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"))
print("as_integer_ratio:", (0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
print("powers of ten:", [10.0 ** k for k in range(-6, 20, 3)])
print("powers of two:", [2.0 ** k for k in (-10, -1, 10, 52, 53, 60, 64)])
print("halves:", [k / 2 for k in range(-3, 4)])
print("thirds:", [k / 3 for k in range(1, 10)])

x = 1.0
steps = []
for _ in range(12):
    x /= 7
    steps.append(repr(x))
print(" ".join(steps))
x = 1.0
for _ in range(40):
    x *= 3.7
print(x, repr(x * 1e-20), str(-x))
print("int(float):", int(1e16), int(123456789012345678.0), int(-1e-300))
print("str of negative exponents:", 1.5e-10, -2.5e-20, 1e-7, 9.9e-5, 0.00009999)
print("exponent boundary:", 1e15, 1e16, 9999999999999998.0, 1234567890123456.7, 0.0001, 0.00001)
print("f-string default:", f"{0.1}", f"{1e16}", f"{-0.0}", f"{2.0 ** 70}")
print("format(), str() agree:", format(0.1), format(1e-5), format(1.5), str(1e300 * 1e10))
print("float subclass of int ops:", 3 * 0.1, 3.0 * 0.1 == 0.30000000000000004, 7 / 7, 7.0 // 7)
