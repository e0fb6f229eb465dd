def swaps(x, y, z):
    b, c = x, y
    a, a = x, y
    d, e, d = x, y, z
    p, q, r = z, x, y
    (s, t), u = (x, y), z
    return a, b, c, d, e, p, q, r, s, t, u


def rotate(seq):
    seq[0], seq[1], seq[2] = seq[1], seq[2], seq[0]
    return seq


def chained(a, b, c, d):
    return a < b < c, a == b != c, a < b < c < d, a is b is not c


def membership_chain(a, b, c):
    return a in b not in c, a not in b in c


def compare_in_conditions(x):
    if 0 < x < 10:
        return "small"
    if x in [1, 2, 3] or x not in (4, 5):
        return "listed"
    if x in [1, 2] < [3]:
        return "weird"
    return not (x == 4), not (x is None), not (x in (4,))


print(swaps(1, 2, 3), rotate([1, 2, 3]))
print(chained(1, 2, 3, 4), chained(3, 2, 1, 0), membership_chain(1, [1], [[1]]))
print(compare_in_conditions(5), compare_in_conditions(4), compare_in_conditions(100))
