def classify(n):
    if n < 0:
        return "negative"
    elif 0 <= n < 10:
        return "digit"
    elif 10 <= n <= 99 != n:
        return "two digits"
    return "large"


for n in (-5, 0, 7, 42, 99, 1000):
    print(n, classify(n))

a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == a, a != b != a)
print(a is None, a is not None, b in [1, 2], c not in (1, 2))
print(1 < 2 < 3 < 4 < 5, 5 > 4 > 3 > 2 > 6)
print("abc" < "abd" <= "abd", [1, 2] < [1, 3], (1, 2) >= (1, 2))
x = 5
ok = 0 < x and x < 10
between = 0 < x < 10
print(ok, between, not x > 3, not (x is None), x not in {1, 2, 3})


def check(value, low=0, high=100):
    return low <= value <= high and value % 2 == 0


print([v for v in range(-2, 120, 17) if check(v)])
