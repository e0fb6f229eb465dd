# Iteration order of int sets: hashing into slots, growth, deletion, pop, algebra.

s = set()
for n in (7, 3, 15, 11):
    s.add(n)
print("added 7,3,15,11:", s)
s = set()
for n in range(9, -1, -1):
    s.add(n)
print("added 9..0:", s)
print("negatives:", {-1, -2, 0, 1, 2}, set([-5, 5, -8, 100, 1000]))
print("big ints:", set([2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 63)]))
print("mixed numbers:", set([10 ** 20, 3, 1.5, 2.0, True]))
print("squares:", {i * i for i in range(12)})
print("literal:", {5, 13, 21, 29, 37, 45})
t = set()
for v in (5, 13, 21, 29, 37, 45):
    t.add(v)
print("same values added one by one:", t)
print("from list/tuple/range:", set([33, 1, 65, 97]), set((8, 16, 0, 24)), set(range(20, 0, -3)))

r = set(range(10))
for v in (0, 2, 4):
    r.discard(v)
r.add(20)
r.add(4)
print("discard then add:", r)
r.remove(20)
r.discard(12345)
print("after remove:", r, len(r))
try:
    r.remove(12345)
except KeyError as e:
    print("KeyError:", e)

p = set(range(0, 100, 7))
popped = [p.pop() for _ in range(5)]
print("pop order:", popped, "left:", p)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)

a = {1, 2, 3, 40, 50}
b = {3, 50, 60, 7}
print("a | b:", a | b, "b | a:", b | a)
print("a & b:", a & b, "b & a:", b & a)
print("a - b:", a - b, "b - a:", b - a)
print("a ^ b:", a ^ b, "b ^ a:", b ^ a)
print("methods:", a.union([9, 8]), a.intersection(range(10)), a.difference([1]), a.symmetric_difference((1, 99)))
print("relations:", {1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(100)), a.isdisjoint(b))
c = set(a)
c |= {100, 64}
c &= set(range(0, 200, 2))
c -= {2}
c ^= {6, 40}
print("in-place ops:", c)
copy = a.copy()
print("copy of 5-element set:", copy, a == copy)
big = set(range(0, 300, 3))
print("len/min/max/sum:", len(big), min(big), max(big), sum(big))
print("first items of big set:", list(big)[:12])
print("grown then shrunk:", {x for x in range(50) if x % 10 == 0})
u = set()
for i in range(40):
    u.add(i * 37 % 101)
print("scattered:", u)
for i in range(0, 101, 2):
    u.discard(i)
print("odd survivors:", u)
print("sorted vs iteration:", sorted({31, 8, 65, 2}), list({31, 8, 65, 2}))
print("bool/float members:", {True, 1, 1.0}, {0, False, 0.0, -0.0}, {1.5, 2.5, 0.5})
print("tuples:", set([(1, 2), (0, 0), (2, 1)]), {(i, i % 2) for i in range(4)})
print("frozenset:", frozenset([4, 12, 20]), frozenset(range(5)) | {9}, frozenset(), set())
