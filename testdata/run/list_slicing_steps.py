# List slicing with steps, slice assignment, extended slice assignment, del of slices.

base = list(range(10))
print(base[2:7], base[::3], base[::-1], base[7:2:-2], base[-3:], base[:-7:-1], base[100:], base[-100:2])
lst = base.copy()
lst[2:5] = ["a", "b"]
print("shrink:", lst)
lst[1:1] = ["x", "y", "z"]
print("insert:", lst)
lst[:] = lst[::-1]
print("reverse in place:", lst)
lst[-2:] = []
print("truncate:", lst)
lst[len(lst):] = [100, 200]
print("append via slice:", lst)
lst[3:6] = range(3)
print("from range:", lst)
lst[0:2] = "AB"
print("from str:", lst)

ext = list(range(10))
ext[::2] = ["e"] * 5
print("every other:", ext)
ext[1::2] = [x * 10 for x in range(5)]
print("odd slots:", ext)
ext[::-3] = [-1, -2, -3, -4]
print("reverse step 3:", ext)
try:
    ext[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    ext[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    ext[1:3] = 5
except TypeError as e:
    print("TypeError:", e)

d = list(range(20))
del d[::3]
print("del step 3:", d)
del d[2:5]
print("del range:", d)
del d[-3:]
print("del tail:", d)
del d[::-1]
print("del all reversed:", d)

s = list(range(8))
s[2:6:1] = "wxyz"
print("step 1 extended with different length allowed:", s)
s[5:2] = [9, 9]
print("empty-range assignment inserts at start:", s)
s[-1:-4:-1] = ("p", "q", "r")
print("negative step assignment:", s)
print("slice object:", s[slice(1, None, 2)], s[slice(-2, None)], s[slice(None)])
self_assign = [1, 2, 3]
self_assign[1:2] = self_assign
print("assign self into slice:", self_assign)

for start in (None, -12, -3, 0, 4, 12):
    for stop in (None, -12, -2, 0, 5, 12):
        row = []
        for step in (1, 2, -1, -3):
            row.append("".join(str(v) for v in base[start:stop:step]) or "-")
        print(f"{str(start):>4}:{str(stop):<4}", " ".join(f"{r:<10}" for r in row))

matrix = [[r * 4 + c for c in range(4)] for r in range(4)]
print("column 2:", [row[2] for row in matrix], "diagonal:", [matrix[i][i] for i in range(4)])
print("flattened every 5th:", [v for row in matrix for v in row][::5])
print("submatrix:", [row[1:3] for row in matrix[1:3]])
