# Every argrepr class dis knows, in one module.
import os
import os.path as osp
from . import sibling
from .. import parent
from .pkg import name as alias
from os import *


def f(a, b=1, *args, c, d=2, **kw) -> int:
    x = a + b - c * d / 2 // 3 % 4 ** 5 @ a << 1 >> 2 & 3 | 4 ^ 5
    x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2
    x @= a; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
    y = a < b, a <= b, a == b, a != b, a > b, a >= b
    z = a is b, a is not b, a in b, a not in b
    s = f"{a}{b!s}{c!r}{d!a}{x:>10}{y!r:{z}}"
    print(a, b, sep="", end="\n")
    os.path.join(a, b)
    del x
    global g
    g = -a, +a, ~a, not a
    return s


def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    class K:
        w = v
        def m(self):
            return __class__
    return inner, K


lam = lambda q, *r, s=3: (q, r, s)
consts = (1, 1.0, True, None, ..., 0.0, -0.0, 1j, -1j, (1+2j), 1e100, 1e16, 1e-05,
          'it\'s', "q\"", '\x00\t\n\\', 'é日😀', b'\x00\xff\'"', (1, (2, 3)), 2**64, -2**100)
inf = 1e999
nan = 1e999 - 1e999
sets = [x in {1, 2, 3, 4, 5} for x in range(3)]
strs = 'b' in {'alpha', 'beta', 'gamma', 'delta'}
big_frozen = {(1, 2), (3, 4), 'x', b'y', 5.5, None}
slices = consts[1:2], consts[::2], consts[1:2:3]
d = {'a': 1, 'b': 2, **{'c': 3}}
d2 = {1: a for a in range(3)}
st = {*consts, 1}
l = [*consts, 2]
def kwonly(*, a, b): pass
kwonly(a=1, b=2)
f(*l, **d)
assert l, "message"
with open('x') as fh, open('y') as fh2:
    pass
