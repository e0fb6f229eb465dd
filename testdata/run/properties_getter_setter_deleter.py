# property: computed attributes, validation in setters, deleters, read-only properties, inheritance.


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance
        self.log = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"balance must be a number, not {type(value).__name__}")
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print(f"  closing account of {self.owner} with {self._balance}")
        self._balance = 0

    @property
    def summary(self):
        return f"{self.owner}: {self.balance}"


acct = Account("ann", 100)
print(acct.balance, acct.summary)
acct.balance += 50
print("after +=", acct.balance)
for bad in (-5, "lots"):
    try:
        acct.balance = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    acct.summary = "x"
except AttributeError as e:
    print("AttributeError:", e)
del acct.balance
print("after del:", acct.balance)
try:
    Account("bob", -1)
except ValueError as e:
    print("construction failed:", e)


class Temperature:
    def __init__(self):
        self._c = 0.0

    def get_f(self):
        return self._c * 9 / 5 + 32

    def set_f(self, value):
        self._c = (value - 32) * 5 / 9

    fahrenheit = property(get_f, set_f, None, "Temperature in Fahrenheit")

    @property
    def celsius(self):
        return self._c


t = Temperature()
t.fahrenheit = 212
print("fahrenheit property:", t.celsius, t.fahrenheit, Temperature.fahrenheit.__doc__)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = 5
except AttributeError as e:
    print("AttributeError:", e)
print("property object:", type(Temperature.celsius).__name__, Temperature.celsius.fset is None,
      Temperature.fahrenheit.fget.__name__)


class Lazy:
    def __init__(self):
        self.computations = 0

    @property
    def expensive(self):
        if "_cached" not in self.__dict__:
            self.computations += 1
            self._cached = sum(range(1000))
        return self._cached


lz = Lazy()
print("cached property:", lz.expensive, lz.expensive, lz.computations)


class Base:
    @property
    def name(self):
        return "base"


class Child(Base):
    @Base.name.getter
    def name(self):
        return "child of " + super().name


class Override(Base):
    name = "plain attribute"


print("inheritance:", Base().name, Child().name, Override().name)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    @property
    def norm(self):
        print("  computing norm")
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print("property recomputed each access:", p.norm, p.norm)
p.x = 6
p.y = 8
print("after change:", p.norm)
print("hasattr triggers getter:", hasattr(p, "norm"))
print("getattr with property:", getattr(acct, "summary"), getattr(t, "celsius"))


class Failing:
    @property
    def broken(self):
        raise AttributeError("inner attribute missing")


print("hasattr hides AttributeError from getter:", hasattr(Failing(), "broken"))
try:
    Failing().broken
except AttributeError as e:
    print("AttributeError:", e)
