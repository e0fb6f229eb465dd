# dict views (live), view set operations, comprehensions, | and |=, unpacking.

prices = {"apple": 0.5, "banana": 0.25, "cherry": 3.0}
keys, values, items = prices.keys(), prices.values(), prices.items()
print(keys, values, items)
prices["date"] = 1.5
del prices["banana"]
print("views are live:", keys, values, items, len(keys))
print("reversed views:", list(reversed(keys)), list(reversed(values)), list(reversed(items)))
print("membership:", "apple" in keys, 3.0 in values, ("date", 1.5) in items, ("date", 2) in items)
print("keys view ops:", sorted(keys & {"apple", "fig"}), sorted(keys | {"fig"}), sorted(keys - {"apple"}),
      sorted(keys ^ {"apple", "fig"}), keys.isdisjoint({"x"}))
print("items view ops:", sorted(items & {("apple", 0.5)}), keys == {"apple", "cherry", "date"})
print("int key view ops keep set order:", {1: 0, 2: 0, 3: 0}.keys() & {2, 3, 4}, {5: 0, 6: 0}.keys() | {1})

squares = {n: n * n for n in range(6)}
evens = {k: v for k, v in squares.items() if k % 2 == 0}
swapped = {v: k for k, v in squares.items()}
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(squares, evens, swapped, nested, sep="\n")
print("from strings:", {c: "abcabc".count(c) for c in "abcabc"}, {w: len(w) for w in "to be or not".split()})
print("conditional values:", {n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print("later keys win:", {k % 3: k for k in range(10)})

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print("merge |:", a | b, b | a)
c = a.copy()
c |= b
c |= [("w", 0)]
print("update |=:", c)
print("unpacking:", {**a, **b}, {**b, "x": 0, **a}, dict(**a, z=3))
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    dict(**a, x=5)
except TypeError as e:
    print("TypeError:", e)


def kw(**kwargs):
    return kwargs


print("** into function:", kw(**a), kw(**{**a, **b}))
try:
    kw(**a, **b)
except TypeError as e:
    print("TypeError:", e)
print("iteration forms:")
for k in squares:
    if k > 2:
        break
    print(" key", k)
for k, v in list(squares.items())[-2:]:
    print(" item", k, v)
for i, (k, v) in enumerate(prices.items()):
    print(f" {i}: {k:<8}{v:>6.2f}")
print("sum/min/max over views:", sum(squares.values()), min(squares), max(squares.values()))
print("sorted by value desc:", dict(sorted(prices.items(), key=lambda kv: kv[1], reverse=True)))
print("list of views:", list(keys), list(values), list(items))
grouped = {}
for word in ["ant", "bee", "cat", "ape", "bat", "cow", "eel"]:
    grouped.setdefault(word[0], []).append(word)
print("grouped:", grouped, {k: len(v) for k, v in grouped.items()})
matrix = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print("tuple keys:", [matrix[r, r] for r in range(3)], sum(v for (r, c), v in matrix.items() if r == c))
try:
    for k in prices.keys():
        prices.pop(k)
except RuntimeError as e:
    print("RuntimeError:", e, prices)
