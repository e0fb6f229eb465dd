words = ["apple", "banana", "cherry", "date", "elderberry", "fig"]

lengths = [len(w) for w in words]
long_upper = [w.upper() for w in words if len(w) > 4]
pairs = [(i, j) for i in range(3) for j in range(i, 3)]
flat = [c for w in words[:2] for c in w if c not in "aeiou"]
by_length = {len(w): w for w in words}
initials = {w[0] for w in words}
gen = (n * n for n in range(10) if n % 3 == 0)
nested = [[row * col for col in range(1, 4)] for row in range(1, 4)]
matrix_t = [[r[i] for r in nested] for i in range(3)]
conditional = ["even" if n % 2 == 0 else "odd" for n in range(5)]
dict_filter = {k: v for k, v in by_length.items() if k % 2 == 0 if v}

print(lengths)
print(long_upper)
print(pairs)
print(flat)
print(sorted(by_length.items()))
print(sorted(initials))
print(sum(gen), list(n for n in range(3)))
print(nested, matrix_t)
print(conditional, dict_filter)


class Scoped:
    factor = 3
    values = [n for n in range(factor)]
    table = {n: n ** 2 for n in range(4)}


def closure_comprehension(k):
    return [lambda: n * k for n in range(3)]


print(Scoped.values, Scoped.table, [f() for f in closure_comprehension(5)])
print(max(len(w) for w in words), sorted({n % 4 for n in range(20)}))
