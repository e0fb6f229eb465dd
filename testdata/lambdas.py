square = lambda x: x * x
add = lambda a, b=10: a + b
varargs = lambda *args, **kwargs: (args, sorted(kwargs.items()))
kwonly = lambda a, *, scale=2: a * scale
posonly = lambda a, b, /, c: (a, b, c)
nothing = lambda: None


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(4)]


def make_adders():
    return [lambda x: x + k for k in range(3)]


print(square(7), add(1), add(1, 2), varargs(1, 2, z=3, y=4))
print(kwonly(5), kwonly(5, scale=3), posonly(1, 2, c=3), nothing())
print([f(10) for f in make_multipliers()], [f(10) for f in make_adders()])
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: -p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda n: n + 1)
print(inc_then_square(4), (lambda: "immediate")(), (lambda *a: len(a))(1, 2, 3))
print(list(map(lambda s: s.upper(), "abc")), list(filter(lambda n: n % 2, range(7))))
