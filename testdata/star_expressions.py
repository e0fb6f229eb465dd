first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abcd"
head, *rest = [1]
(a, b), *others = [(1, 2), (3, 4), (5, 6)]
print(init, tail, head, rest, a, b, others)

combined = [*range(3), *"xy", 99]
as_tuple = (*combined, "end")
as_set = {*range(3), *[2, 3, 4]}
merged = {**{"a": 1}, "b": 2, **{"a": 3}}
print(combined, as_tuple, sorted(as_set), merged)


def f(*args, **kwargs):
    return args, kwargs


nums = [1, 2, 3]
opts = {"sep": "-", "end": "!"}
print(f(*nums), f(0, *nums, 4, *nums), f(**opts), f(*nums, x=1, **opts))
print(*nums, sep=", ")
print(*[n * 2 for n in nums], **{"sep": "|"})
for x, *ys in [(1, 2, 3), (4, 5), (6,)]:
    print(x, ys)
lhs = [0] * 4
lhs[0], *lhs[1:3] = 9, 8, 7
print(lhs)
