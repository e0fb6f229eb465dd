class Holder:
    pass


x = 1
y = [0, 1, 2, 3, 4, 5, 6, 7]
z = {"a": 1, "b": 2, "c": 3}
h = Holder()
h.attr = "value"
h.other = "other"

del x
del y[0]
del y[1:3]
del y[::2]
del z["a"], z["b"]
del h.attr
print(y, z, vars(h), "x" in globals())

a, b, c = 1, 2, 3
del (a, b), [c]
print("a" in globals(), "c" in globals())


def local_del():
    v = "temp"
    w = [1, 2]
    del v
    del w[:]
    try:
        print(v)
    except UnboundLocalError as e:
        print("unbound:", e)
    return w


def del_closure():
    captured = 5

    def inner():
        return captured

    del captured
    try:
        inner()
    except NameError as e:
        print("free var:", e)


def del_global():
    global h
    del h


print(local_del())
del_closure()
del_global()
print("h" in globals())
