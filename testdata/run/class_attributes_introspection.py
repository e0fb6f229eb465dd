# Class and instance attributes, __dict__, vars(), getattr/setattr/hasattr/delattr, type(), isinstance.


class Widget:
    kind = "generic"
    instances = []

    def __init__(self, name, size=1):
        self.name = name
        self.size = size
        Widget.instances.append(name)

    def grow(self, by=1):
        self.size += by
        return self.size


w = Widget("knob")
v = Widget("lever", 3)
print(vars(w), w.__dict__ is vars(w), sorted(k for k in vars(Widget) if not k.startswith("__")))
print("class vs instance:", w.kind, Widget.kind, w.instances is Widget.instances, Widget.instances)
w.kind = "special"
print("instance attribute shadows:", w.kind, v.kind, Widget.kind, vars(w))
del w.kind
print("after del, class attribute shows again:", w.kind)
Widget.kind = "updated"
print("class change visible through instances:", w.kind, v.kind)
print("getattr:", getattr(w, "name"), getattr(w, "missing", "fallback"), getattr(Widget, "kind"))
try:
    getattr(w, "missing")
except AttributeError as e:
    print("AttributeError:", e)
setattr(w, "color", "red")
setattr(w, "with space", 1)
print("setattr:", w.color, vars(w), getattr(w, "with space"))
print("hasattr:", hasattr(w, "color"), hasattr(w, "nothing"), hasattr(Widget, "grow"), hasattr(w, "__init__"))
delattr(w, "color")
print("delattr:", hasattr(w, "color"), vars(w))
try:
    delattr(w, "color")
except AttributeError as e:
    print("AttributeError:", e)
try:
    del w.nothing
except AttributeError as e:
    print("AttributeError:", e)
print("method via getattr:", getattr(w, "grow")(5), getattr(Widget, "grow")(v), w.size, v.size)
print("attribute order follows assignment:", list(vars(Widget("a", 2))), list(vars(v)))
v.__dict__["direct"] = True
print("writing __dict__ directly:", v.direct, "direct" in dir(v))
print("dir includes class attrs:", [n for n in dir(w) if not n.startswith("_")])
print("type():", type(w), type(w) is Widget, type(Widget), type(3), type("s"), type(None), type(type))
print("isinstance:", isinstance(w, Widget), isinstance(w, object), isinstance(3, (str, int)), isinstance(True, int),
      isinstance(3.0, int), isinstance(Widget, type), isinstance([], (tuple, list)))
print("issubclass:", issubclass(Widget, object), issubclass(int, (str, float)), issubclass(bool, int), issubclass(type, object))
try:
    isinstance(w, "Widget")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(w, Widget)
except TypeError as e:
    print("TypeError:", e)
print("names:", Widget.__name__, Widget.__qualname__, Widget.__module__, Widget.grow.__name__, Widget.grow.__qualname__,
      w.grow.__name__, type(w).__name__, int.__name__, len.__name__)
print("callable:", callable(Widget), callable(w), callable(w.grow), callable(print), callable(None), callable(lambda: 0))
print("vars of module:", "Widget" in vars(), vars()["Widget"] is Widget)


class Meta:
    pass


obj = object()
print("object():", type(obj).__name__, hasattr(obj, "__dict__"), isinstance(obj, object))
try:
    obj.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "real", 3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
m = Meta()
for name, value in [("alpha", 1), ("beta", [2]), ("gamma", {"g": 3})]:
    setattr(m, name, value)
print("dynamic attributes:", vars(m), [getattr(m, n) for n in ("alpha", "beta")])
Dynamic = type("Dynamic", (Widget,), {"kind": "made by type()", "extra": lambda self: self.name.upper()})
d = Dynamic("dyn")
print("type() with three args:", Dynamic.__name__, d.kind, d.extra(), [c.__name__ for c in Dynamic.__mro__])
print("bound method attributes:", w.grow.__self__ is w, w.grow.__func__ is Widget.grow)
