def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d


def countdown_with_skip(n):
    out = []
    while n:
        n -= 1
        if n % 3 == 0:
            continue
        out.append(n)
    else:
        out.append("done")
    return out


def infinite_with_break():
    i = 0
    while True:
        i += 1
        if i > 5:
            break
    return i


def nested_whiles():
    result = []
    i = 0
    while i < 3:
        j = 0
        while j < 3:
            if j == i:
                j += 1
                continue
            result.append((i, j))
            j += 1
        i += 1
    return result


def while_false():
    while 0:
        print("never")
    while False:
        pass
    return "skipped"


for n in (7, 15, 49, 97):
    print(n, find_divisor(n))
print(countdown_with_skip(10), infinite_with_break(), nested_whiles(), while_false())
