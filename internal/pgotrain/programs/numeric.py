# Training workload: integer and float arithmetic (big ints, gcd, modular
# powers, a sieve, floats with math functions, divmod, rounding).
import math


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]


def fib_mod(n, m):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % m
    return a


def factorial_digits(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return sum(int(c) for c in str(f))


def newton_sqrt(x):
    g = x / 2.0 or 1.0
    for _ in range(30):
        g = 0.5 * (g + x / g)
    return g


def series(n):
    s = 0.0
    for k in range(1, n):
        s += (-1) ** (k + 1) / k + math.sin(k) * math.cos(k) / (k * k)
    return s


total = 0
primes = sieve(200000)
total += len(primes) + primes[-1]
for p in primes[:3000]:
    total += pow(p, 65537, 1000000007) % 1000
    q, r = divmod(p * p + 17, 97)
    total += q % 13 + r
total += math.gcd(2 ** 300 - 1, 3 ** 200 - 1) % 1000
total += fib_mod(300000, 998244353)
total += factorial_digits(600)
acc = 0.0
for i in range(1, 60000):
    acc += newton_sqrt(float(i)) - math.sqrt(i)
    acc += round(i / 7, 3) - i // 7
total += int(abs(acc) * 1e6) % 1000
total += int(series(200000) * 1e9)
big = 1
for i in range(1, 2000):
    big = big * 31 + i
    big ^= big >> 7
total += big % 1000003
print("numeric:", total, f"{acc:.6e}", hex(big)[-8:])
