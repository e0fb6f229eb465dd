from __future__ import annotations


def emission_order(b, a):
    z = 1
    y = z + a
    x = y + b
    return x


def cells_and_frees(param_b, param_a, *rest, key=None, **extra):
    zeta = 1
    alpha = 2
    mid = 3

    def inner():
        return param_a, param_b, zeta, alpha, mid, rest, key, extra

    def other():
        nonlocal alpha
        alpha += 1
        return alpha

    return inner, other


def class_with_free_vars():
    value = "outer"
    shadow = "outer shadow"

    class Inner:
        shadow = "class shadow"
        seen = value

        def method(self):
            return value, shadow

        def uses_class_cell(self):
            return __class__

    return Inner


def deep_free():
    a = 1

    def level1():
        b = 2

        def level2():
            c = 3

            def level3():
                return a + b + c

            return level3

        return level2

    return level1()()()


def lambda_defaults_and_cells(n):
    return [(lambda k=k: k * n)() for k in range(3)]


inner, other = cells_and_frees(1, 2, 3, key=4, x=5)
print(emission_order(1, 2), inner(), other())
C = class_with_free_vars()
print(C.seen, C().method(), C().uses_class_cell() is C, deep_free(), lambda_defaults_and_cells(10))
print(cells_and_frees.__code__.co_cellvars, inner.__code__.co_freevars, emission_order.__code__.co_varnames)
