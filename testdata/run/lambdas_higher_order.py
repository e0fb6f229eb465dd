# Lambdas and higher-order functions: map, filter, sorted keys, reduce written by hand, currying.

square = lambda x: x * x
add = lambda a, b=1: a + b
print(square(7), add(2), add(2, 3), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print("map:", list(map(square, range(6))), list(map(add, [1, 2], [10, 20])), list(map(str.upper, "abc")))
print("map shortest:", list(map(lambda a, b, c: a + b + c, [1, 2, 3], [10, 20], [100, 200, 300])))
print("filter:", list(filter(lambda n: n % 3 == 0, range(20))), list(filter(None, [0, 1, "", "a", [], [0], None])))
print("sorted key:", sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), sorted(range(-3, 4), key=lambda n: (n * n, n)))


def reduce(fn, items, initial):
    acc = initial
    for item in items:
        acc = fn(acc, item)
    return acc


print("reduce:", reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, b: b + a, "abc", ""))
print("reduce to dict:", reduce(lambda d, w: {**d, w: len(w)}, ["x", "yy", "zzz"], {}))


def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: curried(*args, *more)
    return curried


vol = curry(lambda l, w, h: l * w * h, 3)
print("curry:", vol(2)(3)(4), vol(2, 3)(4), vol(2)(3, 4), vol(2, 3, 4))


def apply_n(fn, n):
    def run(x):
        for _ in range(n):
            x = fn(x)
        return x
    return run


print("apply_n:", apply_n(lambda x: x * 2, 10)(1), apply_n(lambda s: s + "!", 3)("hey"))


def pipeline(*stages):
    return lambda data: reduce(lambda acc, stage: stage(acc), stages, data)


process = pipeline(
    lambda xs: [x for x in xs if x > 0],
    lambda xs: map(lambda x: x * 10, xs),
    lambda xs: sorted(xs, reverse=True),
    lambda xs: xs[:3],
)
print("pipeline:", process([5, -1, 3, 8, -7, 1, 9]))
print("function attributes:", square.__name__, (lambda: 0).__name__, add.__defaults__, callable(square))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "**": lambda a, b: a ** b, "//": lambda a, b: a // b}
for sym, fn in ops.items():
    print(f"  7 {sym} 3 = {fn(7, 3)}")
print("max/min with key lambda:", max("apple pie banana split".split(), key=lambda w: w[-1]),
      min([(1, "b"), (1, "a")], key=lambda t: t[0]))
print("zip+map:", list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print("any/all with map:", any(map(str.isdigit, "ab1")), all(map(lambda x: x > 0, [1, 2, 0])))
words = ["kiwi", "fig", "apple", "date", "banana"]
print("chain of sorts:", sorted(sorted(words), key=len))
print("conditional lambda:", list(map(lambda n: "fizz" * (n % 3 == 0) + "buzz" * (n % 5 == 0) or n, range(1, 16))))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print("recursive lambda:", fact(20))
y_comb = (lambda f: (lambda x: x(x))(lambda x: f(lambda v: x(x)(v))))
print("y combinator fib:", [y_comb(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))(i) for i in range(12)])
