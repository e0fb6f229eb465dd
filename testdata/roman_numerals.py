NUMERALS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(number):
    if not 0 < number < 4000:
        raise ValueError(f"{number} is out of range")
    parts = []
    for value, symbol in NUMERALS:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(text):
    total = 0
    for current, following in zip(text, text[1:] + " "):
        value = VALUES[current]
        if following != " " and VALUES[following] > value:
            total -= value
        else:
            total += value
    if to_roman(total) != text:
        raise ValueError(f"{text!r} is not canonical")
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    assert from_roman(r) == n
    print(f"{n:>5} {r}")
for bad in (0, 4000):
    try:
        to_roman(bad)
    except ValueError as e:
        print("error:", e)
try:
    from_roman("IIII")
except ValueError as e:
    print("error:", e)
print(sum(map(from_roman, ["MM", "XX", "IV"])))
