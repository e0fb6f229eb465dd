# round(): banker's rounding, ndigits, negative ndigits, ints and floats.

for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001):
    print(v, round(v), type(round(v)).__name__, round(v, 0), type(round(v, 0)).__name__)

for v in (2.675, 2.665, 1.005, 0.125, 0.375, 1.2345, -1.2345, 123.456, 5e-324):
    print(v, [round(v, d) for d in range(4)])

for v in (123456.789, -987654.321, 15.0, 25.0, 0.0):
    print(v, [round(v, d) for d in (-1, -2, -3, -6)])

for n in (15, 25, 35, -15, -25, 1234567, 10 ** 20 + 5 * 10 ** 9, 150, 250, -250):
    print(n, round(n), round(n, 1), round(n, -1), round(n, -2), round(n, -10))

print("types:", type(round(5)).__name__, type(round(5, 2)).__name__, type(round(5.5, None)).__name__)
print("big floats:", round(1e300), round(1.5e16), round(2.5e15, -15), round(1e22, 5))

for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(bad, round(bad, 2))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)

print("math style:")
import math
for v in (2.5, -2.5, 2.4, -2.6, 7.0, -0.0):
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v))


def round_half_up(x, digits=0):
    m = 10 ** digits
    return math.floor(x * m + 0.5) / m


print([round_half_up(v) for v in (0.5, 1.5, 2.5, -0.5, -1.5)])
print([round_half_up(v, 1) for v in (0.05, 0.15, 0.25, 0.35)])


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        if ndigits is None:
            return (self.cents + 50) // 100
        return Money(round(self.cents, ndigits - 2))

    def __repr__(self):
        return f"Money({self.cents})"


print(round(Money(1250)), round(Money(1249)), round(Money(123456), 0), round(Money(123456), -1))
print("repeated rounding:", round(round(2.675, 2), 1), round(0.1 + 0.2, 10), round(1 / 3, 5))
print("format vs round:", f"{2.675:.2f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{2.5:.0f}", f"{3.5:.0f}")
