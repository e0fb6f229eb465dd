class Temperature:
    """A temperature stored in Celsius."""

    scale = "C"
    instances = 0

    def __init__(self, celsius=0.0):
        self._celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe(value):
        return "hot" if value > 30 else "cold" if value < 10 else "mild"

    def __repr__(self):
        return f"Temperature({self._celsius:.1f})"

    def __eq__(self, other):
        return isinstance(other, Temperature) and self._celsius == other._celsius

    def __lt__(self, other):
        return self._celsius < other._celsius

    __hash__ = None


t = Temperature(25)
t.celsius = 31
print(t, t.fahrenheit, Temperature.describe(t.celsius))
boiling = Temperature.from_fahrenheit(212)
print(boiling, boiling == Temperature(100), sorted([boiling, t, Temperature()]))
print(Temperature.instances, Temperature.__doc__, Temperature.__name__, Temperature.__qualname__)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
print(type(t).__dict__["scale"], hasattr(t, "fahrenheit"), Temperature.__hash__)
