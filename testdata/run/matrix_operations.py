# Matrix arithmetic on lists of lists: products, transpose, determinant, inverse with fractions-as-pairs, powers.


def shape(m):
    return len(m), len(m[0])


def mat_mul(a, b):
    n, k = shape(a)
    k2, p = shape(b)
    if k != k2:
        raise ValueError(f"shape mismatch {shape(a)} x {shape(b)}")
    return [[sum(a[i][t] * b[t][j] for t in range(k)) for j in range(p)] for i in range(n)]


def transpose(m):
    return [list(row) for row in zip(*m)]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * determinant([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))


def gauss_inverse(m):
    n = len(m)
    aug = [[float(v) for v in row] + [float(i == r) for i in range(n)] for r, row in enumerate(m)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        if abs(aug[pivot][col]) < 1e-12:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [v / p for v in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [rv - f * cv for rv, cv in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


def show(name, m, fmt="{:>6}"):
    print(f"{name} {shape(m)}:")
    for row in m:
        print("  " + " ".join(fmt.format(v) for v in row))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("A", a)
show("B", b)
show("A x B", mat_mul(a, b))
show("B x A", mat_mul(b, a))
show("A^T", transpose(a))
try:
    mat_mul(a, a)
except ValueError as e:
    print("ValueError:", e)
fib = [[1, 1], [1, 0]]
print("fibonacci via matrix power:", [mat_pow(fib, n)[0][1] for n in range(1, 16)])
print("fib(200):", mat_pow(fib, 200)[0][1])
m3 = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
m4 = [[1, 0, 2, -1], [3, 0, 0, 5], [2, 1, 4, -3], [1, 0, 5, 0]]
print("det m3:", determinant(m3), "det m4:", determinant(m4), "det I5:", determinant(identity(5)))
inv = gauss_inverse(m3)
show("inverse of m3", inv, "{:>9.5f}")
product = mat_mul(m3, inv)
show("m3 x inverse (rounded)", [[round(v, 10) + 0.0 for v in row] for row in product], "{:>6}")
try:
    gauss_inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
hilbert = [[1 / (i + j + 1) for j in range(4)] for i in range(4)]
show("hilbert(4)", hilbert, "{:>8.4f}")
hinv = gauss_inverse(hilbert)
show("hilbert inverse", [[round(v) for v in row] for row in hinv], "{:>7}")
print("trace:", sum(m3[i][i] for i in range(3)), "frobenius^2:", sum(v * v for row in m4 for v in row))
rot = [[0, -1], [1, 0]]
print("rotation powers:", [mat_pow(rot, k) for k in range(5)])
big = [[(i * 7 + j * 3) % 11 for j in range(12)] for i in range(12)]
sq = mat_mul(big, big)
print("12x12 checksum:", sum(map(sum, sq)), max(map(max, sq)), sq[5][7])
print("symmetric A x A^T:", mat_mul(a, transpose(a)) == transpose(mat_mul(a, transpose(a))))
