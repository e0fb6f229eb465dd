# How deep a call can go when a builtin calls back into Python. Each row
# shows, for recursion depths 50..59 under a limit of 60, whether the call
# worked (.), failed with the plain RecursionError (R), or failed in a C
# recursion check (c: "while calling a Python object", p: "in
# comparison", r: "while getting the repr", s: "while getting the str",
# o: any other). Every probe here is a lambda compiled afresh and called
# once, so nothing in it is specialized: its calls take the generic
# paths, where calling a C function counts one level (a builtin type
# with a vectorcall of its own, like list or map, counts none). The
# methods of G make no calls of C functions: they are warm after a few
# rows, and a warm call would take a specialized path.
import sys


class G:
    def __init__(self, *args):
        pass

    def __getattr__(self, name):
        return 1

    def __repr__(self):
        return "G"

    def __str__(self):
        return "g"

    def __len__(self):
        return 3

    def __iter__(self):
        return pair()

    def __call__(self, x):
        return x

    def __eq__(self, other):
        return True

    def __hash__(self):
        return 7

    def __abs__(self):
        return 1

    def __index__(self):
        return 2

    def __float__(self):
        return 1.5

    def __bool__(self):
        return False

    def __round__(self, n=None):
        return 3

    def __format__(self, spec):
        return "f"

    def __divmod__(self, other):
        return (1, 1)

    def __reversed__(self):
        return pair()

    def __contains__(self, x):
        return True

    def __getitem__(self, i):
        return i


class Plain:
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    def __init__(self):
        pass


class MyList(list):
    def __init__(self, *a):
        list.__init__(self, *a)


def gen():
    yield 1


def pair():
    yield 1
    yield 2


def ident(x):
    return x


g = G()
PROBES = {
    "sorted_key": "sorted([2, 1], key=ident)",
    "list_sort": "[2, 1].sort(key=ident)",
    "max_key": "max([2, 1], key=ident)",
    "min_star": "min(2, 1, key=ident)",
    "getattr": "getattr(g, 'zz')",
    "getattr3": "getattr(g, 'zz', None)",
    "hasattr": "hasattr(g, 'zz')",
    "repr": "repr(g)",
    "str": "str(g)",
    "ascii": "ascii(g)",
    "format": "format(g, 'x')",
    "len": "len(g)",
    "list_of": "list(g)",
    "tuple_of": "tuple(g)",
    "set_of": "set(g)",
    "dict_of": "dict(a=g)",
    "iter": "iter(g)",
    "next_gen": "next(gen())",
    "map": "list(map(ident, [1]))",
    "map_builtin": "list(map(abs, [g]))",
    "filter": "list(filter(ident, [1]))",
    "zip": "list(zip(g, g))",
    "enumerate": "list(enumerate(g))",
    "reversed": "reversed(g)",
    "sum_gen": "sum(x for x in [1])",
    "any_gen": "any(x for x in [1])",
    "join_gen": "''.join(str(x) for x in [1])",
    "dict_get": "{}.get(1, g)",
    "isinstance": "isinstance(g, G)",
    "hash": "hash(g)",
    "abs": "abs(g)",
    "divmod": "divmod(g, 1)",
    "round": "round(g)",
    "int": "int(g)",
    "float": "float(g)",
    "bool": "bool(g)",
    "hex": "hex(g)",
    "index": "[1, 2].index(2)",
    "list_index_eq": "[g].index(5)",
    "in_list": "5 in [g]",
    "contains": "5 in g",
    "eq": "g == 5",
    "call_instance": "g(3)",
    "call_class": "G()",
    "call_plain": "Plain()",
    "call_meta": "WithMeta()",
    "call_subclass": "MyList([1])",
    "bound_method": "g.__call__(1)",
    "print": "print(g, end='')",
    "str_format": "'{}'.format(g)",
    "percent": "'%s' % g",
    "fstring": "f'{g}'",
    "subscr": "g[1]",
}


def run(n, target, fn):
    if n < target:
        return run(n + 1, target, fn)
    return fn()


def row(make):
    marks = []
    for t in range(50, 60):
        fn = make()
        try:
            run(0, t, fn)
            marks.append(".")
        except RecursionError as e:
            msg = str(e)
            if msg == "maximum recursion depth exceeded":
                marks.append("R")
            elif "calling" in msg:
                marks.append("c")
            elif "comparison" in msg:
                marks.append("p")
            elif "repr" in msg:
                marks.append("r")
            elif "str of" in msg:
                marks.append("s")
            else:
                marks.append("o")
    return "".join(marks)


def main():
    sys.setrecursionlimit(60)
    for name, src in PROBES.items():
        print(f"{name:14} {row(lambda: eval('lambda: ' + src))}")


if __name__ == "__main__":
    main()
