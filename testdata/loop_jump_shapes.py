def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
        if item is None:
            continue
        print("checked", item)
    else:
        return -1
    return i


def filters(data):
    evens = [x for x in data if x % 2 == 0]
    nested = [x for x in data if x > 1 if x < 5]
    pairs = [(x, y) for x in data if x for y in data if y > x]
    return evens, nested, pairs


def while_conditions(n):
    steps = 0
    while n > 1 and steps < 100:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    while not n:
        n += 1
    while n < 10 or steps < 5:
        n += 2
        steps += 1
        if steps > 50:
            break
    return n, steps


def while_true_loop():
    count = 0
    while True:
        count += 1
        if count < 3:
            continue
        if count >= 5:
            break
    while 1:
        return count


def loops_with_else_and_break(rows):
    found = []
    for row in rows:
        for value in row:
            if value < 0:
                break
        else:
            found.append(row)
            continue
        found.append("negative")
    return found


def short_circuit_conditions(a, b, c):
    if a and b or c:
        r = 1
    elif not a and (b or not c):
        r = 2
    elif a is None or b is not None and c:
        r = 3
    else:
        r = 4
    return r


print(search([1, None, 3], 3), search([], 1))
print(filters([0, 1, 2, 3, 4, 5]))
print(while_conditions(27), while_true_loop(), loops_with_else_and_break([[1, 2], [3, -1], [4]]))
print([short_circuit_conditions(a, b, c) for a in (0, 1) for b in (None, 1) for c in (0, 1)])
