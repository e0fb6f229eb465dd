# Ends with AttributeError on an instance, with a "Did you mean" suggestion from its attributes.


class Sensor:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def reading(self):
        return f"{self.name}={self.valeu}"


sensors = [Sensor("t1", 21.5), Sensor("t2", 19.0)]
print("sensors:", [s.name for s in sensors])
print("first value:", sensors[0].value)
for s in sensors:
    print(s.reading())
