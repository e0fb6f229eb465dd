import math


def describe(x):
    return f"{type(x).__name__}:{x!r}"


pairs = [(1, 2), (1, 2.0), (1.5, 2j), (True, 3), (2 ** 70, 0.5), (-3, -2.5)]
for a, b in pairs:
    results = [a + b, a - b, a * b]
    if b:
        results.append(a / b)
    print(", ".join(describe(r) for r in results))

print(math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.gcd(48, 180), math.factorial(12), math.comb(10, 3), math.perm(5, 2))
print(math.sqrt(2), math.exp(1) == math.e, math.log(1024, 2), math.log10(0.001))
print(math.sin(0), math.cos(math.pi), round(math.atan2(1, 1) * 4, 12))
print(math.isqrt(10 ** 20 + 1), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 8)))
print(1 == 1.0 == True, hash(1) == hash(1.0), 2 ** 0.5 < 1.5, float("1e309"), -math.inf < 0)
print(int(True) + 1, 7 // 2.0, 7 % 2.5, (-7) // 2.0, abs(-0.0), max(1, 2.5, True))
