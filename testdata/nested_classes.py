class Outer:
    label = "outer"

    class Inner:
        label = "inner"

        class Deepest:
            label = "deepest"

            def path(self):
                return type(self).__qualname__

        def make(self):
            return self.Deepest()

    def build(self):
        return self.Inner().make().path()


def factory(kind):
    class Product:
        def __init__(self):
            self.kind = kind

        def __repr__(self):
            return f"<{type(self).__qualname__} {self.kind}>"

        class Meta:
            origin = kind

    return Product


class Container:
    items = [1, 2, 3]

    class Helper:
        @staticmethod
        def total(values):
            return sum(values)

    summed = Helper.total(items)


print(Outer().build(), Outer.Inner.Deepest.label, Outer.Inner.__qualname__)
p = factory("widget")()
print(p, factory("gadget").Meta.origin, type(p).Meta.__qualname__)
print(Container.summed, Container.Helper.__qualname__)
