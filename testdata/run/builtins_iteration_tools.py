# Iteration builtins: enumerate, zip, map, filter, sorted, reversed, min, max, sum, any, all, len.

data = [7, 2, 9, 4, 4, 1, 8]
words = ["pear", "fig", "banana", "kiwi", "apple"]
print("len:", len(data), len("text"), len({}), len(range(3, 30, 3)), len(b"ab"), len((1,)), len({1, 1, 2}))
print("enumerate:", list(enumerate(words, 1)), [i for i, w in enumerate(words) if "a" in w])
print("zip:", list(zip(words, data)), dict(zip(words, map(len, words))))
print("map:", list(map(len, words)), list(map(lambda a, b: a * b, data, range(10))), list(map(str, data)))
print("filter:", list(filter(lambda n: n > 4, data)), list(filter(str.isupper, "aBcDe")), list(filter(None, [0, 3, "", "x"])))
print("sorted:", sorted(data), sorted(words), sorted(words, key=len), sorted(data, reverse=True), sorted("Hello"))
print("reversed:", list(reversed(data)), "".join(reversed("stressed")), list(reversed(range(4))))
print("min/max:", min(data), max(data), min(words), max(words), min(words, key=len), max(words, key=len))
print("min/max args:", min(3, 1, 2), max("a", "B"), min((2, "b"), (2, "a")), max([1, 2], [1, 2, 0]))
print("min/max default:", min([], default=None), max((), default="empty"), min([5], default=0), max(data, default=0))
print("min/max ties keep first:", min([(1, "first"), (1, "second")], key=lambda t: t[0]), max(["bb", "aa", "cc"], key=len))
for fn, args, kwargs in ((min, ([],), {}), (max, ((),), {}), (min, (), {}), (max, (1,), {}), (min, ([1],), {"foo": 1})):
    try:
        fn(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(f"{fn.__name__}{args}: {type(e).__name__}: {e}")
print("sum:", sum(data), sum(data, 100), sum([0.1] * 10), sum([[1], [2, 3]], []), sum(range(101)), sum([], 5))
print("sum of floats and ints:", sum([1, 2.5, True]), sum((1 + i / 10 for i in range(3))))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print("any/all:", any(data), all(data), any([]), all([]), any(n > 8 for n in data), all(n > 0 for n in data))
print("any/all stop early:", any(print("  visit", n) or n == 2 for n in data), all(print("  check", n) or n != 9 for n in data))
print("abs:", abs(-5), abs(3.5), abs(-0.0), abs(-10 ** 20), abs(True))
print("divmod/pow:", divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2, 10, 1000), pow(2.0, -1))
print("round:", round(3.14159, 2), round(2.5), round(-2.5), round(1234, -2), round(0.5 + 1e-9))
print("chr/ord:", chr(9731), ord("€"), [chr(c) for c in range(97, 102)], "".join(map(chr, [72, 105])))
print("hex/oct/bin:", hex(255), oct(64), bin(10), hex(-1), bin(0), oct(-8))
print("iter/next:", next(iter(words)), next(iter([]), "empty"), list(iter(data))[:2])
counts = {}
for w in words:
    counts[len(w)] = counts.get(len(w), 0) + 1
print("len histogram:", sorted(counts.items()))
matrix = [[1, 2, 3], [4, 5, 6]]
print("nested:", list(map(sum, matrix)), list(map(max, zip(*matrix))), max(map(min, matrix)), sorted(map(sum, zip(*matrix)), reverse=True))
pairs = list(zip(*[iter(range(10))] * 2))
print("chunk pairs:", pairs, sum(a * b for a, b in pairs))
print("enumerate over dict:", [(i, k) for i, k in enumerate({"x": 1, "y": 2})])
ranked = sorted(enumerate(data), key=lambda p: (-p[1], p[0]))
print("rank with index tie-break:", ranked)
print("zip longest by hand:", [(a, b) for a, b in zip(words, data)] + [(w, None) for w in words[len(data):]])
print("filter/map chain:", sum(map(lambda n: n * n, filter(lambda n: n % 2, range(10)))))
