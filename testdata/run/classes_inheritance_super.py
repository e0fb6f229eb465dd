# Classes: inheritance, method resolution order, super() in single and diamond hierarchies.


class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return f"{type(self).__name__}({self.name}): {self.speak()}"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return f"{self.name} barks"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"


class Cat(Animal):
    kingdom = "felines rule"

    def speak(self):
        return f"{self.name} meows"


pets = [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug"), Cat("tom")]
for p in pets:
    print(p.describe(), "|", p.kingdom, "|", isinstance(p, Dog), isinstance(p, Animal))
print("count:", Animal.count, Dog.count, "breed:", pets[2].breed)
print("mro:", [c.__name__ for c in Puppy.__mro__], Puppy.__bases__, Puppy.__base__.__name__)
print("issubclass:", issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, (Cat, Animal)), issubclass(bool, object))


class Base:
    def __init__(self):
        print("  Base.__init__")
        self.trail = ["Base"]

    def who(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        print("  Left.__init__")
        super().__init__()
        self.trail.append("Left")

    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def __init__(self):
        print("  Right.__init__")
        super().__init__()
        self.trail.append("Right")

    def who(self):
        return ["Right"] + super().who()


class Bottom(Left, Right):
    def __init__(self):
        print("  Bottom.__init__")
        super().__init__()
        self.trail.append("Bottom")

    def who(self):
        return ["Bottom"] + super().who()


b = Bottom()
print("diamond mro:", [c.__name__ for c in Bottom.mro()])
print("trail:", b.trail, "who:", b.who())
print("explicit super:", super(Left, b).who(), super(Right, b).who())
try:
    class Broken(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)


class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area")

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


print(sorted([Rect(2, 3), Square(2), Circle(1)], key=lambda s: s.area()))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print("method lookup on class:", Dog.speak(pets[1]), Animal.speak(pets[1]), type(pets[1]).__name__)
print("object basics:", object.__name__, type(object()).__name__, isinstance(Dog, type), type(Dog).__name__)
print("attribute shadowing:", pets[3].kingdom, Cat.kingdom, Animal.kingdom, vars(pets[1]))
