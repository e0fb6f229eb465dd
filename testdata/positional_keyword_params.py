def posonly(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f


def only_star(*, key, reverse=False):
    return key, reverse


def everything(a, /, b=2, *args, c, d=5, **kwargs):
    return a, b, args, c, d, sorted(kwargs.items())


def defaults(a=1, b=(1, 2), c=None, d="x", e=-1.5, f=[]):
    f.append(a)
    return a, b, c, d, e, len(f)


print(posonly(1, 2, 3, e=5), posonly(1, 2, c=3, d=0, e=5, f=7))
print(only_star(key="k"), only_star(reverse=True, key=len is not None))
print(everything(1, c=3), everything(1, 2, 3, 4, c=5, z=6, y=7))
print(defaults(), defaults(2), defaults(b=None, e=0))
print(posonly.__defaults__, posonly.__kwdefaults__, everything.__code__.co_posonlyargcount)
print(everything.__code__.co_kwonlyargcount, everything.__code__.co_argcount, everything.__code__.co_varnames)
try:
    posonly(a=1, b=2, c=3, e=4)
except TypeError as e:
    print("TypeError:", e)
