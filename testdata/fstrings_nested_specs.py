import math

width = 12
precision = 3
fill = "*"
align = "^"


def table(rows):
    for label, value in rows:
        print(f"{label:<{width}}|{value:>{width}.{precision}f}|")


table([("pi", math.pi), ("e", math.e), ("tau", math.tau)])
print(f"{math.pi:{fill}{align}{width}.{precision}}")
print(f"{'centre':{fill}^{width + 4}}")
print(f"{12345.6789:,.{precision - 1}f}")
print(f"{255:{'x' if width > 10 else 'd'}}")
print(f"{[n ** 2 for n in range(4)]!r:>{width * 2}}")
value = 7
print(f"{value:{'0'}{width // 2}d}")
print(f"{f'{value:03}':>6}")
print(f"{value!r:{width}}|")
