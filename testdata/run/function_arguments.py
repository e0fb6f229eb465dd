# Function parameters: defaults, keyword-only, positional-only, *args, **kwargs, call-site unpacking.


def describe(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"


print(describe(1, c=3))
print(describe(1, 20, 30, 40, c=3, e=5, d=6))
print(describe(*[1, 2, 3], **{"c": "C", "z": "Z"}))
print(describe(c=0, a="A"))


def posonly(x, y, /, z=0, *, w=1):
    return (x, y, z, w)


print(posonly(1, 2), posonly(1, 2, 3), posonly(1, 2, z=3, w=4), posonly(*"ab", **{"z": "c"}))


def kwonly(*, name, greeting="hello"):
    return f"{greeting}, {name}"


print(kwonly(name="world"), kwonly(greeting="hi", name="you"))


def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket


print(mutable_default(1), mutable_default(2), mutable_default(3, []), mutable_default(4))


def safe_default(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(safe_default(1), safe_default(2))
counter = 10


def default_evaluated_once(n=counter):
    return n


counter = 20
print("default captured at def time:", default_evaluated_once(), describe.__defaults__, describe.__kwdefaults__)
print("code info:", describe.__code__.co_argcount, describe.__code__.co_kwonlyargcount, posonly.__code__.co_posonlyargcount,
      describe.__code__.co_varnames[:6], describe.__name__, describe.__qualname__)


def total(*numbers, start=0):
    for n in numbers:
        start += n
    return start


print(total(), total(1, 2, 3), total(*range(10), start=100), total(*[1], *(2, 3), *{4: 0}))


def f0():
    pass


def f1(a):
    pass


def f2(a, b):
    pass


def f3(a, b, c):
    pass


def fd(a, b=1):
    pass


def fk(a, *, k):
    pass


def fk2(*, k, j):
    pass


calls = [
    (f0, (1,), {}), (f0, (1, 2), {}), (f1, (1, 2), {}), (f1, (), {}), (f2, (), {}), (f3, (), {}),
    (fd, (1, 2, 3), {}), (fk, (1, 2), {"k": 3}), (fk, (1,), {}), (fk2, (), {}), (f1, (), {"b": 2}),
    (f1, (1,), {"a": 2}), (posonly, (), {"x": 1, "y": 2}), (kwonly, ("x",), {}), (describe, (), {}),
]
for fn, args, kwargs in calls:
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    describe(1, c=2, **{"c": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    total(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(**{1: 2})
except TypeError as e:
    print("TypeError:", e)


def echo(*args, **kwargs):
    return args, kwargs


print(echo(), echo(1, x=2), echo(*"hi", **dict(a=1), b=2), echo(*(), **{}))
print("keyword order preserved:", list(echo(z=1, a=2, m=3)[1]))
lam = lambda x, y=10, *rest, key=None, **kw: (x, y, rest, key, kw)
print(lam(1), lam(1, 2, 3, key="k", other=0))
