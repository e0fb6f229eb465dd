# Recursive and iterative Fibonacci: Python-to-Python calls, int
# arithmetic and comparisons that CPython 3.11 specializes.


def fib_recursive(n):
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_iterative(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib_recursive(20), fib_iterative(90))
