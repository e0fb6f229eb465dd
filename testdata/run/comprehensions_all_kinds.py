# List, set, dict comprehensions and generator expressions: nesting, conditions, scoping.

nums = range(1, 21)
print([n * n for n in nums if n % 3 == 0])
print([n if n % 2 else -n for n in range(8)])
print([(a, b) for a in range(3) for b in range(a)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print([x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row if x != 5])
print([c.upper() for c in "hello" if c not in "l"])
print({n % 5 for n in nums})
print({w: len(w) for w in "a bb ccc bb a".split()})
print({k: v for k, v in zip("abc", range(3)) if v})
print(sum(n for n in nums if n % 2), max(len(w) for w in ["aa", "b", "cccc"]))
print(list(x * 2 for x in range(5)), tuple(str(i) for i in range(3)), "".join(c for c in "a1b2" if c.isalpha()))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print("transpose:", [[row[i] for row in matrix] for i in range(3)], list(map(list, zip(*matrix))))
print("flatten:", [v for row in matrix for v in row])
print("pythagorean:", [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c])
print("primes:", [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))])

x = "outer"
print([x for x in "ab"], "x after comprehension:", x)
funcs = [lambda: i for i in range(3)]
print("closures see final i:", [f() for f in funcs])
gen = (i * i for i in range(4))
print("genexp consumed once:", list(gen), list(gen))
data = [3, 1, 2]
lazy = (d * 10 for d in data)
data.append(100)
print("genexp iterates the list later:", list(lazy))
source = [1, 2, 3]
first_iter = (s for s in source)
source = [9, 9]
print("outermost iterable evaluated immediately:", list(first_iter))
print("walrus in comprehension:", [y for n in range(6) if (y := n * n) % 2 == 0], y)
print("nested dict comp:", {i: {j: i + j for j in range(2)} for i in range(3)})
print("set of tuples:", sorted({(min(a, b), max(a, b)) for a in range(3) for b in range(3)}))
print("dict inversion:", {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print("conditional expression in key:", {("even" if n % 2 == 0 else "odd"): n for n in range(6)})
print("enumerate/zip inside:", [i * v for i, v in enumerate([5, 6, 7])], [a + b for a, b in zip("ab", "xy")])
try:
    [1 / n for n in (1, 0)]
except ZeroDivisionError as e:
    print("ZeroDivisionError inside listcomp:", e)


def gen_in_call():
    return sum(x for x in range(10) if x % 3)


print("genexp as sole argument:", gen_in_call(), sorted((c for c in "zyx"), reverse=True))
words = ["apple", "Bob", "civic", "Deed", "eve", "Fig"]
print("palindromes:", [w for w in words if w.lower() == w.lower()[::-1]])
print("lengths grouped:", {n: [w for w in words if len(w) == n] for n in sorted({len(w) for w in words})})
print("any/all short-circuit:", any(print("  checking", n) or n > 1 for n in range(5)))
counter = {}
_ = [counter.__setitem__(ch, counter.get(ch, 0) + 1) for ch in "mississippi"]
print("side-effect comprehension:", counter)
print("nested generator expressions:", list(sum(r) for r in ([c for c in range(r0)] for r0 in range(5))))
