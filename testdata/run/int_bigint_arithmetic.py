# Big-integer arithmetic: factorials, powers, products and mixed signs.


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


f30 = factorial(30)
f50 = factorial(50)
print("30! =", f30)
print("50! =", f50)
print("50!/30! =", f50 // f30, f50 % f30)
print("digits in 100!:", len(str(factorial(100))))
print("digit sum of 100!:", sum(int(c) for c in str(factorial(100))))

a = 2 ** 100
b = 3 ** 64
print("2**100 =", a)
print("3**64 =", b)
print("a + b =", a + b)
print("a - b =", a - b)
print("b - a =", b - a)
print("a * b =", a * b)
print("a // b =", a // b, "a % b =", a % b)
print("-a // b =", -a // b, "-a % b =", -a % b)
print("a // -b =", a // -b, "a % -b =", a % -b)
print("divmod(a, b) =", divmod(a, b))
print("divmod(-a, b) =", divmod(-a, b))
print("a ** 3 =", a ** 3)
print("(-b) ** 3 =", (-b) ** 3)
print("a == 1267650600228229401496703205376:", a == 1267650600228229401496703205376)

# Boundaries of machine words.
for bits in (30, 31, 32, 62, 63, 64, 65, 127, 128):
    n = 1 << bits
    print(bits, n - 1, n, -n, (n - 1) * (n + 1), n * n - 1 == (n - 1) * (n + 1))

# Mixed small and big.
x = 10 ** 30
for small in (1, -1, 7, -7, 0):
    print(small, x + small, x * small, small - x)

# Products of many primes and their cancellation.
primes = [p for p in range(2, 200) if all(p % q for q in range(2, int(p ** 0.5) + 1))]
prod = 1
for p in primes:
    prod *= p
print("primorial(199) =", prod)
print("bit_length:", prod.bit_length())
for p in primes[-5:]:
    prod //= p
print("after dividing out the last five:", prod)
print("abs/neg:", abs(-prod) == prod, -(-prod) == prod)

# Fibonacci to a large index, checked against the doubling identity.
fa, fb = 0, 1
fibs = [0]
for _ in range(300):
    fa, fb = fb, fa + fb
    fibs.append(fa)
print("fib(300) =", fibs[300])
print("fib(150)**2 + fib(151)**2 == fib(301):", fibs[150] ** 2 + fibs[151] ** 2 == fb)
print("fib(299) * fib(301) - fib(300)**2 =", fibs[299] * (fibs[299] + fibs[300]) - fibs[300] ** 2)

# Integer square root by Newton's method on a big number.
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

for n in (10 ** 40, 2 ** 127 - 1, 99999999999999999999):
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print("int.__add__ of big ints:", (10 ** 25).__add__(10 ** 25))
print("str->int round trip:", int(str(f50)) == f50, int("-" + str(f50)) == -f50)
