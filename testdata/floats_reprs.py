values = [0.1, 0.2, 0.1 + 0.2, 1e16, 1e17, 1.5e-7, 123456789.125, -0.0, 2.5e300 * 1e10]
for v in values:
    print(repr(v), str(v))

half = 1 / 2
third = 1 / 3
print(half, third, round(third, 4), 7.0 // 2, 7.5 % 2)
print(float("inf"), -float("inf"), float("nan") != float("nan"))
print(int(3.99), int(-3.99), round(2.5), round(3.5), abs(-1.25))
print(1e22, 1e23, 9007199254740993.0, 5e-324)
print(0.1 * 3, 3 * 0.1 == 0.3, 1.0 == 1, 2 ** -1, 10 ** -2)
