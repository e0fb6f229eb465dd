# Comparisons between ints and floats, exact at every magnitude.

big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == big)
print(big + 1 > float(big), big + 1 < float(big + 2), float(big + 1))
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(10 ** 400 == float("inf"), -(10 ** 400) > float("-inf"))

nan = float("nan")
inf = float("inf")
for x in (0, 1, -1, 10 ** 30):
    print(x, x == nan, x < nan, x > nan, x != nan, x < inf, x > -inf)

print("0.1 comparisons:", 0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1 / 3 == 0.3333333333333333)
print("int equals float:", 1 == 1.0, -0 == 0.0, 0 == -0.0, 3 == 3.0000000000000001)
print("sorted mix:", sorted([3, 2.5, -1, 10 ** 20, 1e19, True, False, 0.0, -0.5]))
print("max/min mix:", max(1, 1.0), max(1.0, 1), min(0, 0.0, False), min(False, 0, 0.0))

items = [1, 1.0, True, 2, 2.0]
print("dict with equal keys:", {k: type(k).__name__ for k in items})
print("chained:", 1 < 2.5 < 3 < 3.5, 1 < 2 > 1.5, 1 == 1.0 == True, 0 < 0.0)

# Floats near big ints.
for n in (2 ** 63 - 1, 2 ** 63, 2 ** 63 + 1, 10 ** 17 + 1, 10 ** 22, 10 ** 23):
    f = float(n)
    print(n, repr(f), n == f, n < f, n > f, int(f) - n)

print("comparisons of int and bool:", True == 1, False == 0, True > False, True + True == 2)
print("containers compare by ==:", (1,) == (1.0,), [1, 2] == [1.0, 2.0])
print("tuple compare:", (1, 2.0) < (1, 2.5), (1, "a") < (1, "b"), (2,) > (1, 999))
print("list compare:", [1, 2] < [1, 2, 0], [] < [0], [3] > [2, 9])
print("str compare:", "a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a")

try:
    print(1 < "1")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < 0)
except TypeError as e:
    print("TypeError:", e)
print("== across types is False:", 1 == "1", None == 0, [] == (), {} == [])
print(float(2 ** 1023) < 2 ** 1024, 2 ** 1024 > float(2 ** 1023) * 1.99)
print("-0.0 sorting:", sorted([0.0, -0.0, 0, -0.0]), [repr(v) for v in sorted([0.0, -0.0])])
print("round trips:", all(float(i) == i for i in range(-1000, 1000)), int(-2.9), int(2.9))
