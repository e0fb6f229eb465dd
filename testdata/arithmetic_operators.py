a, b = 17, 5
x, y = 2.5, 0.5

print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a << 2, a >> 1, a & b, a | b, a ^ b, ~a, -a, +a)
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print(a + b * 2 - (a - b) // 3 ** 2 % 4)
print(-a ** 2, (-a) ** 2, not a, not 0)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 + 2 - 3 * 4 / 5 // 6 % 7, 1 | 2 ^ 3 & 4 << 5 >> 6)


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(p * q for p, q in zip(r, c)) for c in cols] for r in self.rows])

    def __repr__(self):
        return f"Matrix({self.rows})"


m = Matrix([[1, 2], [3, 4]])
print(m @ m)
folded = 60 * 60 * 24 * 7
mixed = 1.5 * 2 + 3 // 2 - 4 % 3
print(folded, mixed, divmod(a, b), abs(-b))
