point = (3, 4)
x, y = point
(a, b), c = (1, 2), 3
[d, e] = "de"
f, (g, (h, i)) = 5, (6, (7, 8))
first, *_, last = range(10)
m = n = o = [0]
p, q = q, p = 1, 2
records = [("ann", (1990, 5)), ("bob", (1985, 11))]
for name, (year, month) in records:
    print(name, year, month)
for index, (key, value) in enumerate({"k1": "v1", "k2": "v2"}.items()):
    print(index, key, value)
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
r1, r2, r3 = 1, 2, 3
r1, r2, r3 = r3, r1, r2
u, u = 1, 2
k, l, k = "abc"
print(x, y, a, b, c, d, e, f, g, h, i, first, last, m is n is o, p, q)
print(swap_a, swap_b, r1, r2, r3, u, k, l)


class Obj:
    pass


obj = Obj()
arr = [0, 0, 0]
obj.left, arr[0], (arr[1], obj.right) = "L", "A0", ("A1", "R")
print(obj.left, obj.right, arr)
try:
    s, t = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    s, t, *u2 = [1]
except ValueError as err:
    print("ValueError:", err)
