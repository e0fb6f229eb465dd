package specializer

import (
	"testing"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// Every PRECALL form on its first specialization, and the CALL after a
// PRECALL that calls directly staying CALL_ADAPTIVE with counter 0.
func TestPrecallForms(t *testing.T) {
	checkAdaptiveSubset(t, `
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
    f_class([1.5])
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
print(f_pyfunc(), f_bound(C()), f_type(1), f_str(2), f_tuple([3]), f_class([1.5]), f_builtin_o(4.0))
print(f_len([1]), f_fast(5), f_isinstance(6), f_fast_kw([3, 1, 2]), f_noargs([1]), f_o([1, 1]))
l = []
f_append(l)
print(l, f_append_kept(l), f_meth_fast([1, 2, 3]), f_meth_fast_kw('a,b'))
`, op.PRECALL, op.CALL)
}
