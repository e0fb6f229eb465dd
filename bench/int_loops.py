# Benchmark: integer arithmetic in tight loops (sieve, collatz lengths, modular sums, bit tricks).


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(1 for f in flags if f)


def collatz_max(limit):
    best, best_n = 0, 0
    for n in range(1, limit):
        steps, x = 0, n
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best


def mixing(n):
    h = 0
    for i in range(n):
        h = (h * 31 + i) & 0xFFFFFFFF
        h ^= h >> 7
        h = (h + (i << 3)) % 4294967291
    return h


count = sieve(1000000)
best_n, best = collatz_max(120000)
h = mixing(1000000)
print("int checksum:", count, best_n, best, h)
