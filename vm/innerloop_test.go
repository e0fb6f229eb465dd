package vm

import "testing"

// The inner loop runs some generic instructions itself when no Python
// code can run (subscripts of exact lists and tuples, unpacking, names in
// exact dicts); every other case must still behave as CPython 3.11's.
func TestInnerLoopGenericForms(t *testing.T) {
	cases := []struct{ name, src string }{
		{"subscripts", `
l = [10, 20, 30]
t = (1, 2, 3)
print(l[0], l[2], t[1], l[-1], t[-3], l[True], t[False])
l[1] = 99
l[-1] = 7
print(l)
class L(list):
    def __getitem__(self, i):
        return ("L", i)
    def __setitem__(self, i, v):
        print("set", i, v)
class T(tuple):
    def __getitem__(self, i):
        return ("T", i)
ll, tt = L([1, 2]), T((1, 2))
print(ll[0], tt[1])
ll[0] = 5
print(list(ll), {"a": 1}["a"], "abc"[1], range(5)[2], l[0:2], t[1:])
for bad in ("l[3]", "t[5]", "l[2**40]", "l['x']", "t[1.0]"):
    try:
        eval(bad)
    except (IndexError, TypeError) as e:
        print(bad, type(e).__name__, e)
try:
    l[10] = 1
except IndexError as e:
    print("store", e)
def f(xs):
    return xs[len(xs)]
f([1, 2])
`},
		{"unpacking", `
a, b = 1, 2
c, d, e = [3, 4, 5]
(f, g), h = (6, 7), 8
x, *y = (1, 2, 3)
print(a, b, c, d, e, f, g, h, x, y)
class P(tuple):
    def __iter__(self):
        yield "from"
        yield "iter"
p, q = P((1, 2))
print(p, q)
for bad in ("(1, 2, 3)", "[1]", "'ab'", "5"):
    try:
        u, v = eval(bad)
        print(bad, u, v)
    except (ValueError, TypeError) as err:
        print(bad, type(err).__name__, err)
u, v = [1, 2, 3]
`},
		{"names", `
x = 1
x = x + 1
print(x)
del x
try:
    print(x)
except NameError as e:
    print(e)
len = lambda s: -1
print(len("abc"))
del len
print(len("abc"))
class Log(dict):
    def __setitem__(self, k, v):
        print("store", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("load", k)
        return super().__getitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Log()
class C(metaclass=Meta):
    a = 1
    a = a + 1
print(C.a)
ns = {}
exec("y = 5\ny = y * 2\nprint(y)", ns)
print(ns["y"])
exec("z = 3\nz += 1\nprint(z)", {}, Log())
g = globals()
g["w"] = 10
w = w + 1
print(w)
undefined_name
`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkPy(t, c.src) })
	}
}
