# Ends with an exception raised inside a method that a list comprehension calls (frames: <module>, <listcomp>, method).


class Temperature:
    def __init__(self, reading):
        self.reading = reading

    def celsius(self):
        value, unit = self.reading.split()
        if unit == "F":
            return (float(value) - 32) * 5 / 9
        if unit == "C":
            return float(value)
        raise ValueError(f"unknown unit {unit!r} in {self.reading!r}")


readings = [Temperature(r) for r in ("20 C", "68 F", "300 K")]
print("first:", readings[0].celsius())
converted = [round(t.celsius(), 1) for t in readings]
print(converted)
