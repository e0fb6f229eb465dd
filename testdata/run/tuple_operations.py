# Tuples: packing, unpacking, star targets, concatenation, comparison, hashing.

t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t[::2])
print((), (1,), tuple(), tuple("abc"), tuple(range(3)), tuple([1, [2]]), (1, 2) + (3,), (0,) * 4)
print("count/index:", (1, 2, 1, 1).count(1), (1, 2, 3).index(3), ("a", "b", "a").index("a", 1))
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)

a, b = 1, 2
a, b = b, a
print("swap:", a, b)
x, (y, z), w = 1, (2, 3), 4
print("nested:", x, y, z, w)
first, *rest = range(5)
*init, last = "hello"
head, *middle, tail = (1, 2)
print("star:", first, rest, init, last, head, middle, tail)
p, *q, r, s = [10, 20, 30, 40, 50, 60]
print("star middle:", p, q, r, s)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print("loop unpack:", i, k, v)
for bad in ([1, 2, 3], [1], 5):
    try:
        m, n = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    m, *n, o = [1]
except ValueError as e:
    print("ValueError:", e)

print("comparison:", (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, "a") == (1, "a"), () < (0,))
print("mixed compare:", (1, 2.0) == (1.0, 2), (0, float("nan")) == (0, float("nan")), (1, 2) != (1, 2))
print("sorted tuples:", sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print("max by second:", max([(1, 9), (2, 3), (3, 7)], key=lambda p: p[1]))
print("hash:", hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((1, 2)) == hash((1.0, 2.0)))
print("hash with big ints:", hash((2 ** 61 - 1, 2 ** 64)), hash(((),)), hash((True, False)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
d = {(1, 2): "a", (3,): "b", (): "empty"}
print("as keys:", d[(1, 2)], d[3,], d[()], (1, 2) in d, list(d))
print("in:", 2 in (1, 2), "x" in ("xy",), (1,) in [(1,), (2,)])
print("tuple of list is new:", tuple([1, 2]) == (1, 2), list((1, 2)), tuple(t) == t)


def stats(values):
    return min(values), max(values), sum(values) / len(values)


lo, hi, mean = stats((4, 8, 15, 16, 23, 42))
print("returned tuple:", lo, hi, mean, stats([1]))
coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print("unzip:", xs, ys, list(zip(xs, ys)) == coords)
print("repr nesting:", ((1,),), (((),),), ([],), ("s",), (1, (2, (3, (4,)))))
print("multiplication of nested:", ((1, 2),) * 2, (1,) * 0, -1 * (1,))
print("concat error:", end=" ")
try:
    (1,) + [2]
except TypeError as e:
    print(e)
