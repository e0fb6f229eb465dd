import os
import os.path as osp, sys
from . import x
from .. import y as z
from ...pkg.mod import (a, b as c,)
from .mod import *
from __future__ import annotations
import a.b.c

x = y = z = 1
x, y = y, x
[a, b], c = (1, 2), 3
a, *b = range(3)
*a, b = c
(a), [b] = 1, 2
a.b = 1
a[1] = 2
a[1:2] = 3
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2
x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1; x @= m
a.b += 1
a[0] -= 1
x: int
x: int = 1
(y): int = 2
a.b: str
a[0]: float = 1.0
x: list[int] = []

del a
del a, b
del a.b, a[0], (c, d), [e]
del (a)

assert x
assert x, "message"

pass
raise
raise E
raise E from None

global g1, g2
nonlocal n1

if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    pass

if a: pass
if b: x = 1; y = 2

while x:
    x -= 1
    if x: break
    else: continue
else:
    pass

for i in range(10):
    pass
else:
    pass

for i, j in pairs: pass
for (i, j) in pairs: pass
for [i, j] in pairs: pass
for i, in pairs: pass
for x.y in z: pass
for x[0] in z: pass
for *a, b in c: pass

with a:
    pass
with a as b, c as d:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a as b, c,):
    pass
with a as (b, c):
    pass
with a() as b.c, d as e[0]:
    pass
with (yield):
    pass

try:
    pass
except:
    pass

try:
    pass
except E:
    pass
except (A, B) as e:
    pass
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass

def f():
    return

def f(a, b=1, *c, d, e=2, **f) -> int:
    return a

def f(a, /, b, *, c):
    yield a
    yield from b
    x = yield
    y = yield 1, 2

def f(*, a=1, b):
    global x
    nonlocal y

def f(a: int, b: "str" = 'x', *args: int, **kwargs: dict) -> None: pass

def f(a=1, /, b=2): pass
def f(a, b=1, /, c=2): pass
def f(a, /): pass
def f(a, b, /, *c): pass
def f(*a: *Ts): pass
def f(**kw): pass

@decorator
def f(): pass

@decorator.attr
@decorator(arg)
@a[b].c()
@x := y
def f(): pass

class C: pass

class C(): pass

class C(Base, metaclass=M, **kw):
    x = 1

    def method(self):
        return self.x

@dec
class D(A, B):
    pass

async def f():
    await x
    async for a in b:
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b):
        pass
    return [x async for x in y]

x = 1;
y = 2;z = 3

"docstring"
b"bytes"
1
