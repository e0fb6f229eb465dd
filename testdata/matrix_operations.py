class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[k * a for a in r] for r in self.rows])

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __pow__(self, e):
        result = Matrix.identity(self.shape[0])
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("not square")
        if n == 1:
            return self[0, 0]
        if n == 2:
            return self[0, 0] * self[1, 1] - self[0, 1] * self[1, 0]
        total = 0
        for j in range(n):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]])
            total += (-1) ** j * self[0, j] * minor.determinant()
        return total

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{width}}" for v in r) + "]" for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, a + b, a * 3, sep="\n\n")
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1], a.transpose() == Matrix([[1, 3], [2, 4]]), a.determinant())
m3 = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(m3.determinant(), (m3 @ Matrix.identity(3)) == m3, m3.shape)
for bad in (lambda: a @ m3, lambda: Matrix([[1], [2, 3]]), lambda: Matrix([[1, 2]]).determinant()):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
