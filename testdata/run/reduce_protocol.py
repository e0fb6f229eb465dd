# object.__reduce_ex__ / __reduce__ and the copyreg helpers they name:
# what pickle and copy would be told about objects of each kind.
import copyreg


def show(r):
    head = r[0]
    name = getattr(head, "__qualname__", None) or head
    return (name,) + tuple(r[1:])


class Plain:
    pass


p = Plain()
print(show(p.__reduce_ex__(2)))
p.x, p.y = 1, [2]
print(show(p.__reduce_ex__(2)))
print(show(p.__reduce_ex__(1)))
print(show(p.__reduce__()))
print(show(p.__reduce_ex__(4)))


class Slotted:
    __slots__ = ("a", "__b", "__dict__")


s = Slotted()
s.a = 1
print(show(s.__reduce_ex__(2)), Slotted.__dict__["__slotnames__"])
s.z = 3
print(show(s.__reduce_ex__(3)))
try:
    s.__reduce_ex__(1)
except TypeError as e:
    print("TypeError:", e)


class Base:
    __slots__ = ("_x",)


class Derived(Base):
    __slots__ = ("__secret", "y")


d = Derived()
d.y = 5
print(copyreg._slotnames(Derived), show(d.__reduce_ex__(2)))

print(show((1).__reduce_ex__(2)), show((2.5).__reduce_ex__(2)), show("s".__reduce_ex__(2)))
print(show((1, 2).__reduce_ex__(2)), show(b"b".__reduce_ex__(2)), show((1 + 2j).__reduce_ex__(2)))
lst = [1, 2]
r = lst.__reduce_ex__(2)
print(show(r[:3]), list(r[3]), r[4])
r = {"k": 1}.__reduce_ex__(2)
print(show(r[:4]), list(r[4]))


class MyList(list):
    pass


ml = MyList([3])
ml.tag = "t"
r = ml.__reduce_ex__(2)
print(show(r[:3]), list(r[3]))


class WithArgs:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __getnewargs__(self):
        return (self.a,)


print(show(WithArgs(7, 8).__reduce_ex__(2)))


class WithKwargs:
    def __getnewargs_ex__(self):
        return (1,), {"k": 2}


print(show(WithKwargs().__reduce_ex__(4)))


class BadArgs:
    def __getnewargs_ex__(self):
        return [1]


for obj, proto in ((BadArgs(), 2), (3.5, 0), (1, 1), ("x", 0)):
    try:
        print(obj.__reduce_ex__(proto))
    except TypeError as e:
        print("TypeError:", e)


class Custom:
    def __reduce__(self):
        return (Custom, ())


print(show(Custom().__reduce_ex__(2)), show(Custom().__reduce_ex__(0)))


class State:
    def __getstate__(self):
        return {"custom": True}


print(show(State().__reduce_ex__(2)), show(State().__reduce_ex__(0)))

rebuilt = copyreg.__newobj__(Plain)
print(type(rebuilt).__name__, vars(rebuilt))
print(type(copyreg._reconstructor(Plain, object, None)).__name__)
print(copyreg._reconstructor(MyList, list, [1, 2]))
copyreg.add_extension("mod", "name", 240)
print(copyreg._extension_registry, copyreg._inverted_registry)
try:
    copyreg.add_extension("mod", "other", 240)
except ValueError as e:
    print("ValueError:", e)
copyreg.remove_extension("mod", "name", 240)
print(copyreg._extension_registry)
try:
    copyreg.pickle(Plain, 42)
except TypeError as e:
    print("TypeError:", e)

# Builtin functions, methods and descriptors reduce to a getattr or a name.
print(print.__reduce__(), len.__reduce_ex__(2))
print([].append.__reduce__()[1][1], list.append.__reduce__()[1], int.__add__.__reduce__()[1])
print(Slotted.a.__reduce__()[1], (1).__add__.__reduce__()[1])

# Iterators of the builtins describe their position.
e = enumerate("abc", 10)
next(e)
r = e.__reduce__()
print(r[0].__name__, list(r[1][0]), r[1][1])
f = filter(None, [0, 1, 2])
print(f.__reduce__()[0].__name__, f.__reduce__()[1][0], list(f.__reduce__()[1][1]))
mp = map(pow, [2, 3], [4, 5])
print(mp.__reduce__()[0].__name__, mp.__reduce__()[1][0].__name__, len(mp.__reduce__()[1]))
z = zip("ab", [1, 2], strict=True)
print(z.__reduce__()[0].__name__, len(z.__reduce__()[1]), z.__reduce__()[2:])
z = zip("ab", "cd")
z.__setstate__(1)
print(z.__reduce__()[2:])
rv = reversed([1, 2, 3])
next(rv)
print(rv.__reduce__()[0].__name__, rv.__reduce__()[1:])
rv.__setstate__(-5)
print(list(rv), rv.__reduce__()[1:])
rv = reversed([1, 2, 3])
rv.__setstate__(99)
print(list(rv))

print([n for n in dir(Plain()) if "reduce" in n], [n for n in dir(object) if "reduce" in n])
print(list(object.__dict__)[14:17])


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]


rv = reversed(Seq())
print(type(rv).__name__, rv.__reduce__()[2], next(rv), rv.__reduce__()[2])
rv.__setstate__(7)
print(rv.__reduce__()[2], list(rv), rv.__reduce__()[1:])
rv = reversed(Seq())
rv.__setstate__(-9)
print(rv.__reduce__()[2], list(rv), rv.__reduce__()[1:])
