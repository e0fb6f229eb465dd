def make_classes(prefix):
    tag = prefix.upper()

    class Base:
        def describe(self):
            return f"{tag}:{type(self).__name__}"

        @classmethod
        def make(cls):
            return cls()

    class Child(Base):
        def describe(self):
            def nested():
                return super(Child, self).describe() + " nested"
            return super().describe() + " child | " + nested()

        @classmethod
        def make(cls):
            obj = super().make()
            obj.made_by = __class__.__name__
            return obj

        @staticmethod
        def static():
            return tag

    return Base, Child


class Outer:
    class Inner:
        def who(self):
            return __class__.__qualname__

    def who(self):
        return [__class__.__name__ for _ in range(1)] + [self.Inner().who()]


class WithSlotsAndSuper:
    __slots__ = ("value",)

    def __init__(self, value):
        super().__init__()
        self.value = value

    def __repr__(self):
        return f"{__class__.__name__}({self.value!r})"


Base, Child = make_classes("demo")
c = Child.make()
print(c.describe(), c.made_by, Child.static(), Base.make().describe())
print(Outer().who(), WithSlotsAndSuper(3))
