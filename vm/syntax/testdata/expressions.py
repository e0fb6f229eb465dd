# Expressions of every kind, with awkward spacing and line breaks.
a = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m ** -2 ** ~3
b = (a | b ^ c & d << 1 >> 2)
c = not a and b or not not c and (d or e)
d = a < b <= c > d >= e == f != g is h is not i in j not in k
e = -a + +b - ~c
f = a if b else c if d else e
g = lambda: 0
h = lambda x, y=1, *args, z, w=2, **kw: x + y
i = lambda a, /, b, *, c: (a, b, c)
j = lambda *, k=3: k
k = lambda *a, **k: 0
l = [1, 2, *rest, 3]
m = {1, 2, *other}
n = {'a': 1, **extra, 'b': 2}
o = (1,)
p = ()
q = []
r = {}
s = x[1:2], x[:], x[::], x[1:2:3], x[::2], x[:-1], x[a, b:c, ::d], x[()], x[*a, b]
t = f(a)(b)(c).d[e].f(g=1)
u = f(a, b, *c, d=1, *e, **g, h=2)
v = f(x for x in y)
w = [x * y for x in range(3) if x if x > 1 for y in z]
x = {k: v for k, v in items if k}
y = {x for x in y}
z = (x for x in y for y in z)
aa = (yield)
bb = await_ = 1
cc = (x := 10) + (y := x + 1)
dd = [y := 5, y ** 2]
ee = f(y := 1)
ff = a[b := 1]
gg = ...
hh = None, True, False
ii = a.b.c.d
jj = (a
      + b
      - c)
kk = f(
    1,
    2,
)
ll = x[
    1:2,
    3
]
mm = not a == b
nn = a ** b ** c
oo = -a ** -b
pp = (((a)))
qq = ((a, b), [c, d], {e: f})
rr = f(*args, **kwargs)
ss = f(a)[b](c)
tt = a if b else(c)
uu = [*a, *b]
vv = {**a, **b}
ww = print(*[1], sep='')
xx = (yield from g) if False else None
yy = 1 if x else 2, 3
zz = x[a:b, c]
a1 = x.y[z](w).v
a2 = f(a for a in b if c)
a3 = [[x for x in row] for row in grid]
a4 = {(a, b): [c] for a, b in d}
a5 = f(**{'a': 1})
a6 = (a, *b, c)
a7 = a[...]
a8 = a[1:2, ...]
a9 = lambda: (yield)
b1 = [i for i in range(10) if i % 2 == 0 if i > 3]
b2 = x.__class__.__name__
b3 = f()()()
b4 = a < b < c < d
b5 = (a for b in c)
b6 = 1 < 2 > 3
b7 = a is not None and b not in c
b8 = ~-+~x
