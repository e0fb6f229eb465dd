# range objects: length, indexing, slicing, membership, equality, reversed, repr.

ranges = [range(5), range(2, 10), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-3, 3),
          range(0, -10, -3), range(1, 2, 10), range(10 ** 20, 10 ** 20 + 5)]
for r in ranges:
    print(repr(r), len(r), list(r), bool(r), r[0] if r else None, r[-1] if r else None)

r = range(0, 100, 7)
print("index/count:", r.index(49), r.count(49), r.count(50), 98 in r, 99 in r, -7 in r)
print("attrs:", r.start, r.stop, r.step, range(5).start, range(5).step)
print("slicing:", r[2:5], r[::2], r[::-1], r[-3:], r[5:1:-1], list(r[2:5]), r[100:])
print("reversed:", list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print("equality:", range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2),
      range(1) == range(1, 2, 5), range(3) == [0, 1, 2])
print("hash equal for equal ranges:", hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
print("big:", len(range(10 ** 18)), range(10 ** 18)[-1], 10 ** 17 in range(10 ** 18), range(0, 10 ** 30, 7)[10 ** 20])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
for bad in (lambda: range(3)[5], lambda: range(0, 10, 0), lambda: range(1.5), lambda: range(3).index(7)):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("float membership:", 2.0 in range(5), 2.5 in range(5), True in range(2))
print("sum/min/max:", sum(range(101)), min(range(3, 9)), max(range(3, 9, 2)), sum(range(0, 100, 3)))
print("in loops:")
total = 0
for i in range(1, 11):
    if i % 2:
        continue
    total += i
print(" even total", total)
for i in range(3, -1, -1):
    print(" countdown", i, end=";")
print()
for i in range(2, 20, 6):
    print(" stride", i, end=" ")
print()
print("enumerate over range:", list(enumerate(range(10, 13))), list(zip(range(3), range(3, 0, -1))))
print("unpack:", *range(4), [*range(2), *range(5, 7)])
print("range of negatives:", list(range(-5, -1)), list(range(-1, -5, -1)), list(range(-1, -5)))
nested = [[j for j in range(i)] for i in range(5)]
print("triangle:", nested)
print("multiplication table:")
for i in range(1, 5):
    print(" ".join(f"{i * j:3}" for j in range(1, 7)))
print("str of range:", str(range(3)), f"{range(2, 8, 2)}", [range(1)])
print("iter is independent:", list(zip(r, r))[:3])
it = iter(range(3))
print("iterator:", next(it), next(it), list(it), list(it))
