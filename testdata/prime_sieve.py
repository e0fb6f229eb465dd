def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0:2] = [False, False]
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            is_prime[n * n::n] = [False] * len(range(n * n, limit + 1, n))
    return [n for n, flag in enumerate(is_prime) if flag]


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def is_prime_miller_rabin(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


primes = sieve(100)
print(primes, len(sieve(10_000)))
print(factorize(360), factorize(97), factorize(2 ** 10 * 3 ** 5 * 101))
print([n for n in range(1, 60) if is_prime_miller_rabin(n)] == sieve(59))
print(is_prime_miller_rabin(2 ** 61 - 1), is_prime_miller_rabin(2 ** 61 + 1))
twin = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twin)
