# pow() with and without modulus, negative exponents, modular inverses.

print(pow(2, 10), pow(2, 0), pow(0, 0), pow(-2, 3), pow(-2, 4))
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
print(pow(2.0, 3), pow(2, 0.5), pow(4, 0.5), (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(pow(3, 200, 1000007), pow(3, 200, -1000007))
print(pow(-3, 201, 1000007), pow(7, 0, 13), pow(7, 0, 1))
print(pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(2, 2 ** 64, 10 ** 18 + 9))

# Modular inverse with negative exponents (3.8+).
m = 1000003
for a in (2, 3, 10, 999, 123456):
    inv = pow(a, -1, m)
    print(a, inv, a * inv % m, pow(a, -2, m) == inv * inv % m)

for args in [(2, -1, 4), (2, 1, 0), (0, -1, 5)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
try:
    pow(2.0, 1, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def modexp(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


for b, e, mo in [(5, 117, 19), (7, 10 ** 20, 97), (12345, 6789, 2 ** 61 - 1), (2, 1000, 10 ** 30)]:
    print(b, e, mo, modexp(b, e, mo), pow(b, e, mo), modexp(b, e, mo) == pow(b, e, mo))

# Fermat test on a few numbers.
def probably_prime(n):
    if n < 12:
        return n in (2, 3, 5, 7, 11)
    return all(pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7, 11))


print([n for n in range(2, 80) if probably_prime(n)])
print(probably_prime(2 ** 61 - 1), probably_prime(2 ** 61 + 1), probably_prime(561))
print("mersenne exponents:", [p for p in range(2, 130) if probably_prime(p) and probably_prime(2 ** p - 1)])

print(2 ** 200)
print((-3) ** 75)
print(7 ** 7 ** 2, (7 ** 7) ** 2)
print(pow(10, 50) - 1)
print(1.5 ** 2, 2 ** 0.5, 1e10 ** 2, (-1.5) ** 3)
print(2 ** 1023 * 1.0 == float(2 ** 1023), float(2 ** 1023))
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(pow(-1, 10 ** 20), pow(-1, 10 ** 20 + 1), pow(1, -5), pow(-1, -5))
