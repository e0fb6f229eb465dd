package specializer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// callMarkLine returns the line of src holding marker (a "# c:name"
// comment), failing unless there is exactly one.
func callMarkLine(t *testing.T, src, marker string) int {
	t.Helper()
	line := 0
	for i, l := range strings.Split(src, "\n") {
		if strings.HasSuffix(l, marker) {
			if line != 0 {
				t.Fatalf("marker %q on two lines", marker)
			}
			line = i + 1
		}
	}
	if line == 0 {
		t.Fatalf("no marker %q", marker)
	}
	return line
}

// callKinds is what a site's attempts recorded: failure kind -> count.
func callKinds(s vm.SiteStats) map[int]int64 {
	k := map[int]int64{}
	for i, n := range s.FailureKinds {
		if n != 0 {
			k[i] = n
		}
	}
	return k
}

// The failure kinds of CPython 3.11's PRECALL and CALL (SPEC_FAIL_CALL_*
// in specialize.c), one call site per reachable kind. run is quickened
// at its 8th call, so each site then runs 33 times: attempts at
// executions 1, 2, 5, 12 and 27, all failing with one kind (-1: the
// attempt succeeds).
func TestCallFailKinds(t *testing.T) {
	src := `
class C:
    def m(self, a=1):
        return a

class New:
    def __new__(cls):
        return object.__new__(cls)

class L(list):
    pass

class K:
    def __call__(self, x):
        return x

def varargs(*a):
    return a

def kwonly(a, *, b=1):
    return a

def varkw(a, **k):
    return a

def two(a, b):
    return a

def zero():
    return 0
zero.__defaults__ = (None,)

notopt = type(zero)(compile('7', 's', 'eval'), {})
dbl = type(C().m)(C().m, 5)

def run(i, o, s, l, k):
    C()                             # c:pyclass
    int('1')                        # c:int
    str(b'a', 'ascii')              # c:str2
    ValueError('x')                 # c:exc
    New()                           # c:newclass
    L()                             # c:listsub
    min(1, 2)                       # c:min
    globals()                       # c:noargs
    vars(o)                         # c:varargs
    try:
        abs()                       # c:o0
    except TypeError:
        pass
    try:
        abs(x=1)                    # c:okw
    except TypeError:
        pass
    try:
        getattr(o, name='x')        # c:fastkw
    except TypeError:
        pass
    s.split(sep=',')                # c:mdkw
    try:
        l.copy(1)                   # c:noargs1
    except TypeError:
        pass
    try:
        l.count(1, 2)               # c:o2
    except TypeError:
        pass
    s.startswith('a')               # c:mdvarargs
    s.format(1)                     # c:mdvarkw
    int.__add__(1, 2)               # c:wrapper
    w = (1).__add__
    w(2)                            # c:methwrapper
    k(1)                            # c:other
    varargs(1)                      # c:pyvarargs
    kwonly(1)                       # c:pykwonly
    varkw(1)                        # c:pyvarkw
    two(1, b=2)                     # c:pykw
    try:
        two(1)                      # c:pyfew
    except TypeError:
        pass
    try:
        two(1, 2, 3)                # c:pymany
    except TypeError:
        pass
    zero()                          # c:gh105840
    notopt()                        # c:notopt
    dbl()                           # c:boundbound
    dict.__dict__['fromkeys'](dict, 'ab')   # c:cmdescr

for i in range(40):
    run(i, C(), 'a,b', [1], K())
print('done')
`
	checkAdaptiveDone(t, src)
	st := runStats(t, src)
	cases := []struct {
		mark          string
		precall, call int // -1: succeeds
	}{
		{"pyclass", kindCallPythonClass, kindCallPythonClass},
		{"int", kindCallClassNoVectorcall, kindCallClass},
		{"str2", kindCallStr, kindCallClass},
		{"exc", kindCallClassNoVectorcall, kindCallClass},
		{"newclass", kindCallClassMutable, kindCallClass},
		{"listsub", kindCallClassMutable, kindCallClass},
		{"min", kindCallPyCFunctionWithKw, kindCallPyCFunction},
		{"noargs", kindCallPyCFunctionNoargs, kindCallPyCFunction},
		{"varargs", kindCallPyCFunction, kindCallPyCFunction},
		{"o0", kindWrongNumberArguments, kindCallPyCFunction},
		{"okw", kindCallKwnames, kindCallPyCFunction},
		{"fastkw", kindCallKwnames, kindCallPyCFunction},
		{"mdkw", kindCallKwnames, kindCallMethodDescriptor},
		{"noargs1", kindWrongNumberArguments, kindCallMethodDescriptor},
		{"o2", kindWrongNumberArguments, kindCallMethodDescriptor},
		{"mdvarargs", kindCallPyCFunction, kindCallMethodDescriptor},
		{"mdvarkw", kindCallPyCFunctionWithKw, kindCallMethodDescriptor},
		{"wrapper", kindCallOperatorWrapper, kindCallOperatorWrapper},
		{"methwrapper", kindCallMethodWrapper, kindCallMethodWrapper},
		{"other", kindOther, kindOther},
		{"pyvarargs", -1, kindCallComplexParameters},
		{"pykwonly", -1, kindCallComplexParameters},
		{"pyvarkw", -1, kindCallComplexParameters},
		{"pykw", -1, kindCallKwnames},
		{"pyfew", -1, kindWrongNumberArguments},
		{"pymany", -1, kindWrongNumberArguments},
		{"gh105840", -1, kindWrongNumberArguments},
		{"notopt", -1, kindCallCoNotOptimized},
		{"boundbound", -1, kindCallBoundMethod},
		{"cmdescr", kindOther, kindOther},
	}
	for _, c := range cases {
		line := callMarkLine(t, src, "# c:"+c.mark)
		for _, fam := range []struct {
			base op.Opcode
			want int
		}{{op.PRECALL, c.precall}, {op.CALL, c.call}} {
			s := siteOnLine(t, st, fam.base, line)
			got := fmt.Sprint(callKinds(s))
			want := "map[]"
			if fam.want >= 0 {
				want = fmt.Sprintf("map[%d:5]", fam.want)
			}
			if got != want || (fam.want < 0 && s.Success == 0) || (fam.want >= 0 && (s.Success != 0 || s.Failure != 5)) {
				t.Errorf("%s: %s success %d failure %d kinds %s, want kinds %s", c.mark, fam.base, s.Success, s.Failure, got, want)
			}
		}
	}
}

// CALL_PY_EXACT_ARGS and CALL_PY_WITH_DEFAULTS: hits with and without
// self (LOAD_METHOD, a bound method split by PRECALL_BOUND_METHOD),
// recursion and generators through the inline frame push; misses when
// another function is called (the 53-miss cycle, 31 deferrals and a new
// specialization) or the function changes (__defaults__, __code__ reset
// its version); gh-105840 when it is respecialized with too many
// defaults; where errors are located (tb_lasti: a PRECALL that calls
// directly raises from the PRECALL).
func TestCallPyForms(t *testing.T) {
	checkAdaptiveDone(t, `
def pyf(a, b):
    return a

def pyg(a, b):
    return b

def dflt(a, b=2, c=3):
    return a + b + c

def site(fn):
    return fn(1, 2)

def defsite(x):
    return dflt(x)

def defsite2(x):
    return dflt(x, 5)

def exact_dflt(x):
    return dflt(x, 1, 1)

def codesite():
    return pyf(1, 2)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def gen(n):
    yield n

def gensite():
    return next(gen(3))

class C:
    def m(self, a):
        return a
    def d(self, a, b=1):
        return a + b

def meth(o):
    return o.m(1)

def meth_d(o):
    return o.d(1)

def via_var(o):
    f = o.m
    return f(2)

def zero():
    return 0

def zsite():
    return zero()

def rec(n):
    return rec(n + 1)

def ln(x):
    return len(x)

def where(fn, x):
    try:
        fn(x)
    except TypeError as e:
        tb = e.__traceback__.tb_next
        return tb.tb_lasti, tb.tb_lineno, str(e)

for i in range(8):
    site(pyf)
    defsite(1)
    defsite2(1)
    exact_dflt(1)
    codesite()
    fib(5)
    gensite()
    meth(C())
    meth_d(C())
    via_var(C())
    zsite()
    ln('a')
print(site(pyf), defsite(1), defsite2(1), exact_dflt(1), codesite(), fib(15), gensite())
print(meth(C()), meth_d(C()), via_var(C()), zsite())
print(where(ln, 5))
try:
    rec(0)
except RecursionError as e:
    print('recursion:', e)

for i in range(120):
    site(pyg if i % 2 else pyf)
dflt.__defaults__ = (10, 20)
for i in range(3):
    defsite(1)
    defsite2(1)
    exact_dflt(1)
pyf.__code__ = pyg.__code__
for i in range(3):
    codesite()
print(defsite(1), defsite2(1), exact_dflt(1), codesite())
zero.__defaults__ = (None,)
for i in range(90):
    zsite()
print('done')
`)
}

// Every builtin function and method the VM has is found in the table
// generated from CPython 3.11 (methflags.go) under the name the VM gives
// it, except the few the VM defines as method descriptors where CPython
// has slot wrappers; and the flags remembered per Go definition agree
// with the table for every owner that shares the definition.
func TestCallConventionsCoverage(t *testing.T) {
	src := `
import math, sys
objs = []
for mod in (__builtins__, math, sys):
    for v in list(vars(mod).values()):
        if type(v).__name__ == 'builtin_function_or_method':
            objs.append(v)
seen = set()
stack = [object]
while stack:
    c = stack.pop()
    if id(c) in seen:
        continue
    seen.add(id(c))
    stack.extend(type.__subclasses__(c))
    for v in list(c.__dict__.values()):
        if isinstance(v, staticmethod):
            v = v.__func__
        if type(v).__name__ in ('builtin_function_or_method', 'method_descriptor', 'classmethod_descriptor'):
            objs.append(v)
objs.append([].append)
objs.append({}.get)
objs.append(dict.fromkeys)
objs.append(str.maketrans)
objs.append(object.__new__)
`
	code, err := vm.Compile([]byte(src), "/tmp/conventions.py")
	if err != nil {
		t.Fatal(err)
	}
	m := vm.New(vm.Options{Stdin: strings.NewReader("")})
	Attach(m)
	if _, err := m.RunMain(code); err != nil {
		t.Fatal(err)
	}
	objs, _ := m.DictGet(m.MainGlobals(), m.Intern("objs"))
	// CPython has slot wrappers (wrapper_descriptor) for these.
	slotWrappers := map[string]bool{
		"tuple.__getitem__": true, "async_generator.__aiter__": true, "async_generator.__anext__": true,
		"async_generator_asend.__await__": true, "async_generator_athrow.__await__": true,
	}
	items := m.Object(objs).(*vm.List).Items
	if len(items) < 500 {
		t.Fatalf("only %d builtins found", len(items))
	}
	for _, v := range items {
		name := m.CallBuiltinName(v)
		fl, ok := m.CallMethFlags(v)
		want, inTable := methFlags[name]
		switch {
		case slotWrappers[name]:
			if ok {
				t.Errorf("%s: flags %#x, but CPython has a slot wrapper", name, fl)
			}
		case !inTable || !ok:
			t.Errorf("%q (%s): no CPython 3.11 calling convention", name, m.TypeOf(v).Name)
		case fl != want:
			t.Errorf("%s: flags %#x remembered for its definition, the table has %#x", name, fl, want)
		}
	}
	// Bound builtin methods are named after the type that defines them.
	tail := items[len(items)-5:]
	for i, want := range []string{"list.append", "dict.get", "dict.fromkeys", "str.maketrans", "object.__new__"} {
		if got := m.CallBuiltinName(tail[i]); got != want {
			t.Errorf("bound builtin %d is named %q, want %q", i, got, want)
		}
	}
}

// Method shapes: super() (a vectorcall type called from the frame whose
// __class__ cell it reads), classmethods and staticmethods through the
// class and an instance, a method called through the class with self
// passed, nested calls in arguments, and keyword arguments to methods.
func TestCallMethodShapes(t *testing.T) {
	checkAdaptiveDone(t, `
class Base:
    def m(self, a):
        return a + 1

class D(Base):
    def m(self, a):
        return super().m(a) * 2

    @classmethod
    def cm(cls, a):
        return cls.__name__ + str(a)

    @staticmethod
    def sm(a, b=1):
        return a - b

    def kw(self, a, b=0):
        return a + b

def shapes(o):
    return (o.m(1), D.cm(2), o.cm(3), D.sm(4), o.sm(5, 2), Base.m(o, 6),
            o.kw(1, b=2), D.kw(o, 3), len(str(abs(-7))))

for i in range(10):
    shapes(D())
print(shapes(D()))
print('done')
`)
}

// A fixed pseudo-random mix of callables at shared call sites, long
// enough for misses, deopts, deferrals and respecializations to
// interleave: the counters and forms must end as CPython's.
func TestCallSitesMixed(t *testing.T) {
	ones := []string{"abs", "len", "str", "type", "tuple", "float", "list", "repr", "iter", "pyf1", "C().m", "set", "L", "min", "pyd", "bool", "sorted"}
	twos := []string{"isinstance", "divmod", "getattr", "pyf2", "pyd", "max", "C().m2", "issubclass"}
	objs := []string{"[1]", "{1: 2}", "{3}", "L([4])", "bytearray(b'5')", "frozenset()", "C()"}
	seed := uint32(12345)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	var plan []string
	for i := 0; i < 700; i++ {
		// Long runs of one callable, sometimes interrupted.
		k := next(3)
		var s string
		switch k {
		case 0:
			s = fmt.Sprintf("(one, %s)", ones[next(len(ones))])
		case 1:
			s = fmt.Sprintf("(two, %s)", twos[next(len(twos))])
		default:
			s = fmt.Sprintf("(meth, %s)", objs[next(len(objs))])
		}
		for r := next(40); r >= 0; r-- {
			plan = append(plan, s)
		}
	}
	checkAdaptiveDone(t, `
class C:
    def m(self, a):
        return a
    def m2(self, a, b):
        return a + b
    def copy(self):
        return self

class L(list):
    pass

def pyf1(a):
    return a

def pyf2(a, b):
    return b

def pyd(a, b=1):
    return a

def one(fn):
    return fn('12' if fn in (float, bool) else [1, -2] if fn in (sorted, min) else 3 if fn in (abs, pyf1, pyd) else 'ab')

def two(fn):
    if fn in (isinstance, issubclass):
        return fn(bool, int)
    if fn is getattr:
        return fn(1, 'real')
    return fn(7, 2)

def meth(o):
    return o.copy()

plan = [`+strings.Join(plan, ", ")+`]
n = 0
for site, fn in plan:
    r = site(fn)
    n += 1
print(n)
print('done')
`)
}
