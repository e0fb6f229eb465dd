def classify(a, b, c, d, e):
    if a:
        if b:
            if c:
                if d:
                    if e:
                        return "all"
                    else:
                        return "abcd"
                else:
                    for i in range(2):
                        while i < 5:
                            try:
                                with open_noop() as ctx:
                                    if i:
                                        return f"abc-loop-{i}-{ctx}"
                                    break
                            finally:
                                i += 1
                    return "abc"
            else:
                return "ab"
        else:
            return "a"
    return "none"


class open_noop:
    def __enter__(self):
        return "ctx"

    def __exit__(self, *args):
        return None


def nested_loops(n):
    count = 0
    for a in range(n):
        for b in range(n):
            for c in range(n):
                for d in range(n):
                    for e in range(n):
                        for f in range(n):
                            for g in range(n):
                                if (a + b + c + d + e + f + g) % 5 == 0:
                                    count += 1
    return count


def deep_data():
    return [[[[[[[[[[["core"]]]]]]]]]]]


def deep_expression(x):
    return ((((((((((x + 1) * 2) - 3) // 4) + 5) * 6) - 7) % 8) + 9) ** 2)


def deep_calls(x):
    return str(abs(int(float(str(len(str(max(x, 1))))))))


def depth(obj):
    return 1 + max(map(depth, obj), default=0) if isinstance(obj, list) else 0


def nested_lambdas():
    return (lambda a: (lambda b: (lambda c: (lambda d: a + b + c + d))))(1)(2)(3)(4)


def nested_comprehension():
    return [[[(i, j, k) for k in range(j)] for j in range(i)] for i in range(3)]


def ifs_in_trys():
    out = []
    for k in range(4):
        try:
            try:
                try:
                    if k == 0:
                        raise KeyError(k)
                    if k == 1:
                        raise IndexError(k)
                    if k == 2:
                        raise ValueError(k)
                    out.append("clean")
                except KeyError:
                    out.append("key")
            except IndexError:
                out.append("index")
        except ValueError:
            out.append("value")
        finally:
            out.append(k)
    return out


for args in [(1, 1, 1, 1, 1), (1, 1, 1, 1, 0), (1, 1, 1, 0, 0), (1, 1, 0, 0, 0), (1, 0, 0, 0, 0), (0,) * 5]:
    print(args, classify(*args))
print(nested_loops(3), depth(deep_data()), deep_expression(10), deep_calls(-12345))
print(nested_lambdas(), nested_comprehension(), ifs_in_trys())
