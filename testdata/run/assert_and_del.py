# assert statements (caught) and del of names, items, slices and attributes.


def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n


for value in (5, 0, -3):
    try:
        print("ok", check_positive(value))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args, str(e) == "")
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-string message:", e.args)
try:
    assert 1 == 2, None
except AssertionError as e:
    print("None message:", repr(e))
x = 10
assert x == 10, "never shown"
assert isinstance(x, int) and x > 5
print("passing asserts print nothing")
calls = []


def side_effect():
    calls.append(1)
    return "msg"


assert True, side_effect()
print("message only evaluated on failure:", calls)

data = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del data[0]
print("del index:", data)
del data[-1]
print("del negative:", data)
del data[1:3]
print("del slice:", data)
del data[::2]
print("del step:", data)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print("del key:", d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
name = "temporary"
del name
try:
    print(name)
except NameError as e:
    print("NameError:", e)
a = b = [1, 2]
del a
print("other reference survives:", b)
p, q, r = 1, 2, 3
del p, q
print("del multiple leaves r:", r, "p" in globals(), "q" in globals())


class Box:
    label = "class label"

    def __init__(self):
        self.label = "instance label"
        self.items = [1, 2, 3]


box = Box()
del box.label
print("del attribute exposes class attr:", box.label)
del box.items[1]
print("del inside attribute:", box.items)
try:
    del box.label
except AttributeError as e:
    print("AttributeError:", e)
nested = {"outer": {"inner": [10, 20, 30]}}
del nested["outer"]["inner"][0]
print("del nested:", nested)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "text"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)


def local_del():
    v = 1
    del v
    v = 2
    return v


print("rebind after del:", local_del())
for i in range(3):
    pass
del i
print("loop variable deleted:", "i" in globals())
(first, *rest) = [1, 2, 3]
del first, rest[0]
print("del tuple targets:", rest)
