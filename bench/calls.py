# Benchmark: Python-to-Python calls and recursion (fib, ackermann-style, keyword and default arguments).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def add(a, b=1, *, scale=1):
    return (a + b) * scale


def many_calls(n):
    total = 0
    for i in range(n):
        total = add(total, i) % 1000003
        total = add(total, scale=3) % 1000003
    return total


checksum = fib(31)
checksum = checksum * 31 + tak(24, 16, 8)
checksum = checksum * 31 + many_calls(4000000)
print("calls checksum:", checksum)
