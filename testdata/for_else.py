def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, value in enumerate(row):
            if value == target:
                break
        else:
            continue
        return r, c
    else:
        return None


def all_positive(values):
    for v in values:
        if v <= 0:
            print("found non-positive", v)
            break
    else:
        print("all positive")
        return True
    return False


grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(grid, 5), search(grid, 10))
print(all_positive([1, 2, 3]), all_positive([1, -2, 3]))
for i in range(3):
    pass
else:
    print("loop ran to completion, i =", i)
for ch in "":
    print("never")
else:
    print("empty loop else")
for x, y in zip(range(3), "abc"):
    if x == 1:
        continue
    print(x, y)
for _ in []:
    break
