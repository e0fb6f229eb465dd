class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)


class LazyProperty:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Product:
    name = Typed(str)
    price = Typed(float)
    evaluations = 0

    def __init__(self, name, price):
        self.name = name
        self.price = price

    @LazyProperty
    def expensive(self):
        """Computed once, then cached in the instance dict."""
        Product.evaluations += 1
        return self.price * 1.2

    def _get_label(self):
        return f"{self.name} @ {self.price:.2f}"

    def _set_label(self, text):
        name, _, price = text.partition(" @ ")
        self.name, self.price = name, float(price)

    label = property(_get_label, _set_label, doc="name and price")


p = Product("lamp", 19.5)
print(p.label, p.expensive, p.expensive, Product.evaluations)
p.label = "desk @ 120.0"
print(p.name, p.price, type(Product.name).__name__, Product.label.__doc__, Product.expensive.__doc__)
try:
    p.price = "free"
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
print(s.a, hasattr(s, "b"), type(Slotted.a).__name__)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
