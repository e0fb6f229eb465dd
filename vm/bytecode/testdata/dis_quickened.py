# Functions that specialize when run; the adaptive disassembly test calls
# warm() and then compares dis(adaptive=True, show_caches=True).
class P:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


class Q:
    def __init__(self):
        self.y = 2

    def meth(self):
        return self.y


def arith(n):
    total = 0
    f = 0.5
    for i in range(n):
        total = total + i * 2 - 1
        f = f * 1.5 - f + 0.25
        if i < n and f > 0.0:
            total += len("ab")
    return total, f


def attrs(objs):
    out = []
    for o in objs:
        out.append(o.x)
        o.x = 3
    q = Q()
    for _ in range(3):
        out.append(q.meth())
        out.append(q.y)
    return out


def subscripts(seq, d):
    a, b = seq[0], seq[1]
    d["k"] = a
    seq[0] = b
    return d["k"], (1, 2)[0], isinstance(a, int)


QUICKENED = ["arith", "attrs", "subscripts", "Q.meth"]


def warm():
    for _ in range(20):
        arith(10)
        attrs([P(1), P(2)])
        subscripts([1, 2], {})
