package specializer

import (
	"testing"
)

// Every PRECALL form on its first specialization, and the CALL after a
// PRECALL that calls directly staying CALL_ADAPTIVE with counter 0.
func TestPrecallForms(t *testing.T) {
	checkCalls(t, `
import math

def pyfunc(x):
    return x

def f_pyfunc():
    return pyfunc(1)

class C:
    def m(self, a):
        return a

def f_bound(o):
    bm = o.m
    return bm(2)

def f_type(x):
    return type(x)

def f_str(x):
    return str(x)

def f_tuple(x):
    return tuple(x)

def f_class(x):
    return float(x), list(x), range(3)

def f_builtin_o(x):
    return abs(x), math.sqrt(x)

def f_len(x):
    return len(x)

def f_fast(o):
    return getattr(o, 'real'), divmod(7, 2)

def f_isinstance(x):
    return isinstance(x, int)

def f_fast_kw(x):
    return sorted(x, reverse=True), round(2.5), print(end='')

def f_noargs(l):
    return l.copy()

def f_o(l):
    return l.count(1)

def f_append(l):
    l.append(1)

def f_append_kept(l):
    return l.append(2)

def f_meth_fast(l):
    return l.pop(), l.index(1)

def f_meth_fast_kw(s):
    return s.split(','), s.splitlines()

for i in range(8):
    f_pyfunc()
    f_bound(C())
    f_type(1)
    f_str(2)
    f_tuple([3])
    f_class('1.5')
    f_builtin_o(4.0)
    f_len([1])
    f_fast(5)
    f_isinstance(6)
    f_fast_kw([3, 1, 2])
    f_noargs([1])
    f_o([1, 1])
    f_append([])
    f_append_kept([])
    f_meth_fast([1, 2, 3])
    f_meth_fast_kw('a,b')
print(f_pyfunc(), f_bound(C()), f_type(1), f_str(2), f_tuple([3]), f_class('1.5'), f_builtin_o(4.0))
print(f_len([1]), f_fast(5), f_isinstance(6), f_fast_kw([3, 1, 2]), f_noargs([1]), f_o([1, 1]))
l = []
f_append(l)
print(l, f_append_kept(l), f_meth_fast([1, 2, 3]), f_meth_fast_kw('a,b'))
print('done')
`)
}

// Misses of the PRECALL forms, and the 3.11 quirks of their guards:
// the specializer masks METH_CLASS, METH_STATIC and METH_COEXIST out of
// ml_flags, the specialized guards compare all bits (dict.fromkeys,
// str.maketrans, list.__getitem__ always miss); a method descriptor
// specialized on a subclass instance never matches its exact-type guard;
// BUILTIN_CLASS guards only "a type with a vectorcall" and
// NO_KW_BUILTIN_O only the convention, so other such callables hit.
func TestPrecallMisses(t *testing.T) {
	checkCalls(t, `
class L(list):
    pass

class S(str):
    pass

class C:
    def m(self, a):
        return a

def plain(a):
    return -a

def builtin_o(fn, x):
    return fn(x)

def klass(t, x):
    return t(x)

def fromkeys():
    return dict.fromkeys('ab')

def maketrans():
    return str.maketrans('a', 'b')

def getitem(l):
    return l.__getitem__(0)

def subcopy(l):
    return l.copy()

def appendsub(l):
    l.append(1)

def bm_site(f):
    return f(1)

def typ(x):
    return type(x)

def ln(x):
    return len(x)

def inst(x, t):
    return isinstance(x, t)

def pop(l):
    return l.pop()

def split(s):
    return s.split(',')

for i in range(8):
    builtin_o(abs, -1)
    klass(float, '1.5')
    fromkeys()
    maketrans()
    getitem([5])
    subcopy(L([1]))
    appendsub(L())
    bm_site(C().m)
    typ(1)
    ln('ab')
    inst(1, int)
    pop([1])
    split('a,b')
print(builtin_o(chr, 65), klass(list, 'ab'), klass(tuple, 'ab'))
print(builtin_o(len, 'abc'), klass(int, '7'), bm_site(plain))
print(fromkeys(), maketrans(), getitem([6]), subcopy(L([2])), subcopy([3]))
l = L()
appendsub(l)
appendsub([])
print(l, typ('s'), ln(b'xyz'), inst(1, (str, int)))
for i in range(3):
    typ(2)
    pop(L([1]))
    split(S('a,b'))
    inst(1, str)
print(pop([1, 2]), split('x,y'))
print('done')
`)
}
