# classmethod and staticmethod: alternative constructors, class-level state, inheritance.


class Date:
    created = 0

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day
        type(self).created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @staticmethod
    def days_in_month(year, month):
        if month == 2:
            return 29 if Date.is_leap(year) else 28
        return 30 if month in (4, 6, 9, 11) else 31

    def day_of_year(self):
        return sum(self.days_in_month(self.year, m) for m in range(1, self.month)) + self.day

    def __repr__(self):
        return f"{type(self).__name__}({self.year:04d}-{self.month:02d}-{self.day:02d})"


class EuroDate(Date):
    @classmethod
    def from_string(cls, text):
        d, m, y = (int(p) for p in text.split("."))
        return cls(y, m, d)


d1 = Date.from_string("2024-03-15")
d2 = EuroDate.from_string("15.03.2024")
d3 = EuroDate.epoch()
print(d1, d2, d3, type(d3).__name__)
print("day of year:", d1.day_of_year(), d2.day_of_year(), Date(2023, 12, 31).day_of_year(), Date(2024, 12, 31).day_of_year())
print("leap years:", [y for y in range(1896, 1912) if Date.is_leap(y)], Date.is_leap(2000), d1.is_leap(2100))
print("created counters:", Date.created, EuroDate.created, "created" in vars(EuroDate))
print("bound kinds:", type(Date.from_string).__name__, type(Date.is_leap).__name__, type(d1.day_of_year).__name__)
print("bound classmethod self:", Date.epoch.__self__.__name__, EuroDate.epoch.__self__.__name__, d1.epoch.__self__.__name__)
print("descriptor objects:", type(vars(Date)["epoch"]).__name__, type(vars(Date)["is_leap"]).__name__)
print("staticmethod via instance and class are the same function:", d1.is_leap is Date.is_leap)


class Registry:
    _items = []

    @classmethod
    def add(cls, item):
        cls._items.append(item)
        return len(cls._items)

    @classmethod
    def reset(cls):
        cls._items = []


class Separate(Registry):
    _items = []


print(Registry.add("a"), Registry.add("b"), Separate.add("x"))
print(Registry._items, Separate._items)
Separate.reset()
print("after reset:", Registry._items, Separate._items, "_items" in vars(Separate))


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    def __repr__(self):
        return f"{self.celsius}C"


print([Temperature.from_fahrenheit(f) for f in (32, 212, 98.6, -40)], Temperature.convert(37))


class Counter:
    instances = 0

    def __new__(cls, *args):
        cls.instances += 1
        obj = super().__new__(cls)
        obj.serial = cls.instances
        return obj

    def __init__(self, label):
        self.label = label


cs = [Counter(x) for x in "abc"]
print("__new__ as implicit staticmethod:", [(c.label, c.serial) for c in cs], Counter.instances)


class Plain:
    def method(self):
        return "instance method"


try:
    Plain.method()
except TypeError as e:
    print("TypeError:", e)
print("call through class with instance:", Plain.method(Plain()), staticmethod(len)("abc"))
