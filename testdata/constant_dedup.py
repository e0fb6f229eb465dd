# Constants that compare equal but must stay distinct in co_consts.
values = (1, 1.0, True, 0, 0.0, -0.0, False, 0j, -0j, "", b"", (), None)
pairs = [(0.0, -0.0), (1, True), (1, 1.0), ((0.0,), (-0.0,)), ((1,), (True,)), ("a", b"a")]


def f():
    return 1, 1.0, True, 0.0, -0.0, (1, 2), (1.0, 2), (True, 2), frozenset({1}), "x", "x"


def g(x):
    if x == 0.0:
        return -0.0
    if x == -0.0:
        return 0.0
    return x in (1, 1.0, True), x in {0, 0.0}, x in {1.5, 2.5}


print(values, pairs, f(), g(0), g(1), g(2.5))
print([repr(v) for v in (0.0, -0.0, 0j, -0j, complex(0, -0.0))])
