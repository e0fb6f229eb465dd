package specializer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// Every PRECALL form on its first specialization, and the CALL after a
// PRECALL that calls directly staying CALL_ADAPTIVE with counter 0.
func TestPrecallForms(t *testing.T) {
	checkAdaptiveDone(t, `
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
	checkAdaptiveDone(t, `
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

// callLog is a Listener keeping the rewrites of PRECALL and CALL sites.
type callLog struct{ events []vm.Rewrite }

func (*callLog) WantInstructions() bool { return false }

func (l *callLog) Event(e *vm.Event) {
	if e.Kind == vm.EvRewrite {
		if b := e.Rewrite.From.Base(); b == op.PRECALL || b == op.CALL {
			l.events = append(l.events, *e.Rewrite)
		}
	}
}

// What a learner reads about call sites: why each form was chosen, why an
// attempt failed, and which guard a miss failed.
func TestPrecallExplanations(t *testing.T) {
	src := `
class C:
    def m(self, a):
        return a

class L(list):
    pass

def g(a):
    return a

def fb(fn, x):
    return fn(x)

def fp(fn, x):
    return fn(x)

def fm(fn, x):
    return fn(x)

def h(l):
    return l.copy()

for i in range(8):
    fb(abs, -1)
    fp(g, 1)
    fm(min, [1])
    h([1])
fb(iter, 'a')
fb(C().m, 2)
fp(C().m, 2)
h(L())
def g(a):
    return a
fp(g, 5)
`
	code, err := vm.Compile([]byte(src), "/tmp/calls.py")
	if err != nil {
		t.Fatal(err)
	}
	m := vm.New(vm.Options{Stdin: strings.NewReader(""), Argv: []string{"/tmp/calls.py"}})
	Attach(m)
	log := &callLog{}
	m.SetListener(log)
	if _, err := m.RunMain(code); err != nil {
		t.Fatal(err)
	}
	var texts []string
	for i := range log.events {
		if r := &log.events[i]; r.Kind != vm.RewriteQuickened && r.Code.Name != "<module>" {
			texts = append(texts, r.Code.Name+": "+r.String())
		}
	}
	all := strings.Join(texts, "\n")
	if testing.Verbose() {
		t.Logf("call rewrites:\n%s", all)
	}
	for _, w := range []string{
		"fb: PRECALL_ADAPTIVE → PRECALL_NO_KW_BUILTIN_O (builtins.abs takes one argument (METH_O)",
		"fp: PRECALL_ADAPTIVE → PRECALL_PYFUNC (calling the Python function g()",
		"fp: CALL_ADAPTIVE → CALL_PY_EXACT_ARGS (g() called with its 1 argument: func_version",
		"h: PRECALL_ADAPTIVE → PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS (method list.copy takes no argument (METH_NOARGS)",
		"fm: specialization failed: builtins.min uses the METH_VARARGS|METH_KEYWORDS calling convention, which PRECALL does not specialize (SPEC_FAIL_CALL_PYCFUNCTION_WITH_KEYWORDS)",
		"fm: specialization failed: CALL only specializes Python functions; this calls builtins.min (SPEC_FAIL_CALL_PYCFUNCTION)",
		"fb: PRECALL_NO_KW_BUILTIN_O miss 1/53: builtins.iter has flags METH_FASTCALL, not exactly METH_O",
		"fb: PRECALL_NO_KW_BUILTIN_O miss 2/53: the callable is a bound method, not a builtin function",
		"fp: PRECALL_PYFUNC miss 1/53: the callable is a bound method, not a Python function",
		"fp: CALL_PY_EXACT_ARGS miss 1/53: C.m() has ",
		"h: PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS miss 1/53: self is a L, not exactly a list",
		"fp: CALL_PY_EXACT_ARGS miss 2/53: g() has ",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("no rewrite reads %q", w)
		}
	}
}

// A PRECALL form fed other callables for good: 53 misses, back to
// PRECALL_ADAPTIVE with counter 501, 31 deferrals, then a new form.
func TestPrecallDeopt(t *testing.T) {
	checkAdaptiveDone(t, `
class C:
    def m(self, a):
        return a

def plain(a):
    return a

def bo(fn, x):
    return fn(x)

def bm(fn):
    return fn(1)

for i in range(8):
    bo(abs, -1)
    bm(C().m)
for i in range(53 + 31):
    bo(iter, 'a')
    bm(plain)
for i in range(3):
    bo(iter, 'a')
    bm(plain)
print('done')
`)
}

// More shapes: keywords where CPython allows them (a vectorcall type, a
// METH_FASTCALL|METH_KEYWORDS builtin), a bound builtin method in a
// variable, list.append through the type (not the method form), the
// identity guards of len, isinstance, type, str and list.append fed
// other callables, and errors raised by the forms that call directly.
func TestPrecallMoreForms(t *testing.T) {
	checkAdaptiveDone(t, `
class Stack:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x)

class L(list):
    pass

def kwclass():
    return dict(a=1), type('N', (), {}).__name__, list()

def strs():
    return str(), str(b'x', 'ascii')

def intbase():
    return int('11', base=2)

def fastkw(l):
    return sorted(l, key=abs, reverse=True)

def boundbuiltin(l):
    ap = l.append
    ap(1)
    return l

def through_type(l):
    list.append(l, 2)
    return l

def app(l):
    l.append(3)

def one(fn, x):
    return fn(x)

def two(fn, x, y):
    return fn(x, y)

def where(fn, *a):
    try:
        fn(*a)
    except Exception as e:
        tb = e.__traceback__.tb_next
        return tb.tb_lasti, str(e)

def raise_len(x):
    return len(x)

def raise_o(x):
    return abs(x)

def raise_desc(l):
    return l.index(99)

def raise_class(x):
    return float(x)

for i in range(8):
    kwclass()
    strs()
    intbase()
    fastkw([1, -3, 2])
    boundbuiltin([])
    through_type([])
    app([])
    one(len, 'ab')
    one(type, 1)
    one(str, 2)
    two(isinstance, 1, int)
    raise_len('a')
    raise_o(1)
    raise_class(1)
print(kwclass(), strs(), intbase(), fastkw([1, -3, 2]), boundbuiltin([]), through_type([]))
s = Stack()
app(s)
app(L())
print(s.items, one(repr, 'x'), one(len, [1]), one(type, 'y'), one(str, 3), one(tuple, 'ab'))
print(two(issubclass, bool, int), two(isinstance, 1, str), two(divmod, 7, 2))
print(where(raise_len, 5), where(raise_o, 'a'), where(raise_class, []))
for i in range(8):
    raise_desc([99])
print(where(raise_desc, [1]))
print('done')
`)
}

// Calling each builtin type: BUILTIN_CLASS for those with a vectorcall
// of their own in 3.11, the failure for the others (object uses
// object.__new__; int, bytes, complex, slice... have no vectorcall).
func TestPrecallBuiltinTypes(t *testing.T) {
	checkAdaptiveDone(t, `
def c_bool(x): return bool(x)
def c_bytes(x): return bytes(x)
def c_bytearray(x): return bytearray(x)
def c_complex(x): return complex(x)
def c_dict(x): return dict(x)
def c_enumerate(x): return list(enumerate(x))
def c_filter(x): return list(filter(None, x))
def c_float(x): return float(x)
def c_frozenset(x): return frozenset(x)
def c_int(x): return int(x)
def c_list(x): return list(x)
def c_map(x): return list(map(abs, x))
def c_memoryview(x): return memoryview(x).tobytes()
def c_object(x): return type(object())
def c_property(x): return type(property(x))
def c_range(x): return range(x)
def c_reversed(x): return list(reversed(x))
def c_set(x): return set(x)
def c_slice(x): return slice(x)
def c_str(x): return str(x)
def c_tuple(x): return tuple(x)
def c_type(x): return type(x)
def c_zip(x): return list(zip(x, x))
def c_staticmethod(x): return type(staticmethod(x))
def c_exc(x): return repr(KeyError(x))

tests = [(c_bool, 1), (c_bytes, 2), (c_bytearray, 2), (c_complex, 1), (c_dict, [(1, 2)]),
         (c_enumerate, 'ab'), (c_filter, [0, 1]), (c_float, 2), (c_frozenset, 'ab'), (c_int, 3.5),
         (c_list, 'ab'), (c_map, [-1]), (c_memoryview, b'ab'), (c_object, 0), (c_property, abs),
         (c_range, 3), (c_reversed, 'ab'), (c_set, 'a'), (c_slice, 3), (c_str, 4), (c_tuple, 'ab'),
         (c_type, 5), (c_zip, 'ab'), (c_staticmethod, abs), (c_exc, 'k')]
for i in range(9):
    for fn, x in tests:
        fn(x)
for fn, x in tests:
    print(fn.__name__, fn(x))
print('done')
`)
}

// The methods of the common builtin types, each at a site of its own:
// the PRECALL form follows each method's calling convention in CPython
// 3.11 (METH_NOARGS, METH_O, METH_FASTCALL, with keywords, METH_VARARGS
// failing, classmethods bound to the type).
func TestPrecallBuiltinMethods(t *testing.T) {
	calls := []string{
		"'ab'.upper()", "','.join(['a', 'b'])", "'a b'.split()", "' a '.strip()", "'aa'.replace('a', 'b')",
		"'ab'.startswith('a')", "'ab'.find('b')", "'{}'.format(1)", "'a'.encode()", "'aba'.count('a')",
		"'1'.isdigit()", "'1'.zfill(3)", "'a'.center(3)", "'a=b'.partition('=')", "'A'.lower()",
		"[].extend([1])", "[1].index(1)", "[1].insert(0, 2)", "[1].remove(1)", "[2, 1].sort()",
		"[1].reverse()", "[1].clear()", "[1].pop(0)", "[1, 2].copy()",
		"{1: 2}.get(1)", "{1: 2}.keys()", "{1: 2}.items()", "{}.setdefault(1, 2)", "{1: 2}.pop(1)",
		"{}.update({1: 2})", "{1: 2}.copy()", "dict.fromkeys('a')", "{1: 2}.values()",
		"set().add(1)", "{1}.discard(1)", "{1}.union({2})", "{1}.issubset({1, 2})",
		"b'ab'.decode()", "b'ab'.hex()", "b'a b'.split()", "(5).bit_length()", "(5).to_bytes(2, 'big')",
		"int.from_bytes(b'a', 'big')", "(1.5).is_integer()", "(1, 2).index(2)", "(1, 1).count(1)",
		"(1.5).hex()", "bytearray(b'a').append(98)",
	}
	var b strings.Builder
	for i, c := range calls {
		fmt.Fprintf(&b, "def m%d():\n    return %s\n\n", i, c)
	}
	b.WriteString("fns = [")
	for i := range calls {
		fmt.Fprintf(&b, "m%d, ", i)
	}
	b.WriteString("]\nfor i in range(9):\n    for fn in fns:\n        fn()\nfor fn in fns:\n    print(fn.__name__, fn())\nprint('done')\n")
	checkAdaptiveDone(t, b.String())
}
