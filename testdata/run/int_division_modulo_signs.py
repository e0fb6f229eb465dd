# Floor division and modulo for every sign combination, ints and floats.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (1, 7), (-1, 7), (13, 13), (-13, 13)]

print("ints")
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>4} {b:>4} -> {q:>4} {r:>4} divmod={divmod(a, b)} check={q * b + r == a}")

print("floats")
for a, b in pairs:
    fa, fb = float(a), float(b)
    print(f"{fa:>6} {fb:>6} -> {fa // fb!r:>6} {fa % fb!r:>6} {divmod(fa, fb)} {fa / fb!r}")

print("mixed int/float")
print(7 // 2.0, 7 % 2.0, -7 // 2.0, -7 % 2.0, 7.5 // 2, 7.5 % 2, -7.5 % 2)
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(7.25, -0.5))

print("true division")
for a, b in pairs:
    print(a, "/", b, "=", a / b)
print(1 / 3, 2 / 3, 10 / 4, -10 / 4, 10 ** 20 / 10 ** 10, 1 / 10 ** 20)
print((10 ** 30 + 1) / 10 ** 30, 2 ** 80 / 2 ** 20, 123456789123456789 / 3)

print("modulo with floats keeps sign of divisor")
for a in (5.5, -5.5, 0.0, -0.0, 1e-20, -1e-20):
    print(repr(a), repr(a % 3), repr(a % -3))

print("big")
big = 10 ** 25 + 7
for d in (3, -3, 10 ** 12, -(10 ** 12), 2 ** 70):
    print(d, big // d, big % d, (-big) // d, (-big) % d)

errors = 0
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("//", "%", "/", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            elif op == "/":
                a / b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            errors += 1
            print(f"{a!r} {op} {b!r}: ZeroDivisionError: {e}")
print("errors:", errors)

print("negative zero results:", -0.0 // 1, 0.0 // -1, -1 % 1.0, (-0.0) % 5)
print("round-trip identity for 200 pairs:",
      all(a == (a // b) * b + a % b for a in range(-10, 10) for b in range(-5, 6) if b))
