class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        base = super().describe()
        return base + " (all sides equal)"


class Mixin:
    def describe(self):
        return "[mixin] " + super().describe()


class FancySquare(Mixin, Square):
    pass


class Explicit(Square):
    def describe(self):
        return super(Square, self).describe() + " via explicit super"

    def whoami(self):
        return __class__.__name__


for s in (Rectangle(2, 3), Square(4), FancySquare(1), Explicit(2)):
    print(s.describe())
print([c.__name__ for c in FancySquare.__mro__])
print(Explicit(1).whoami(), isinstance(Explicit(1), Shape), issubclass(Square, Rectangle))
