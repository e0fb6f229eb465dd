package specializer

import (
	"fmt"
	"strings"
	"testing"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// Every BINARY_SUBSCR form, failures (their backoff shows in the
// counter), misses on an index out of range or a negative one, a
// KeyError raised by BINARY_SUBSCR_DICT itself, and a change of type
// that deopts and respecializes.
func TestBinarySubscrForms(t *testing.T) {
	checkAdaptive(t, `
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

class Star:
    def __getitem__(self, *args):
        return args

class Three:
    def __getitem__(self, i, j=0):
        return i + j

class L(list):
    pass

class D(dict):
    pass

def sub(c, i):
    return c[i]

def lst(c, i):
    return c[i]

def tup(c, i):
    return c[i]

def dct(c, k):
    try:
        return c[k]
    except KeyError as e:
        return 'missing %r' % (e,)

def getitem(c, i):
    try:
        return c[i]
    except IndexError as e:
        return 'index %r' % (e,)

def star(c):
    return c[1]

def three(c):
    return c[1]

def string(s):
    return s[1]

def slices(c):
    return c[1:]

def subclass(c):
    return c[0]

def rng(r):
    return r[1]

def changing(c):
    return c[0]

for i in range(8):
    lst([1, 2, 3], 1)
    tup((1, 2, 3), 2)
    dct({'a': 1}, 'a')
    getitem(Seq(5), 2)
print(lst([1, 2, 3], 0), tup((4, 5), 1), dct({'a': 1}, 'a'), dct({'a': 1}, 'b'), dct({}, (1, 2)))
print(getitem(Seq(5), 3), getitem(Seq(2), 7))
for i in range(5):
    try:
        lst([1, 2], 5)
    except IndexError as e:
        print(e)
    print(lst([1, 2], -1), lst([1, 2], True), tup((1, 2), -2))
    try:
        lst([1, 2], 2**30)
    except IndexError as e:
        print(e)
for i in range(20):
    star(Star())
    three(Three())
    string("abc")
    slices([1, 2, 3])
    slices((1, 2, 3))
    slices("abc")
    subclass(L([1]))
    subclass(D({0: 1}))
    rng(range(3))
print(star(Star()), three(Three()), string("xyz"), slices([4, 5]), subclass(L([9])), rng(range(5)))

for i in range(8):
    changing([1, 2])
for i in range(90):
    changing((1, 2))
print(changing((3, 4)))
`)
}

// BINARY_SUBSCR_GETITEM misses once the class is modified (new type
// version) or its __getitem__ replaced, and respecializes after the
// 53-miss cycle to the new function.
func TestBinarySubscrGetItemInvalidation(t *testing.T) {
	checkAdaptive(t, `
class C:
    def __getitem__(self, i):
        return i

def g(self, i):
    return -i

def get(c):
    return c[3]

def other(c):
    return c[4]

c = C()
for i in range(8):
    get(c)
    other(c)
C.attr = 1          # type modified: a new version tag later
for i in range(3):
    get(c)
print(get(c))
C.__getitem__ = g   # the function changes too
for i in range(100):
    get(c)
print(get(c), other(c))
`)
}

// BINARY_SUBSCR_GETITEM's frame: a generator __getitem__, recursion
// through the specialized form up to RecursionError, a __getitem__
// found in a base class, a __class__ assignment (another type version:
// a miss), and the traceback of an error raised inside the inlined
// frame. Also STORE_SUBSCR_DICT missing on a dict subclass.
func TestBinarySubscrGetItemFrames(t *testing.T) {
	checkAdaptive(t, `
class Gen:
    def __getitem__(self, i):
        yield i
        yield i + 1

class Rec:
    def __getitem__(self, i):
        return self[i + 1]

class Base:
    def __getitem__(self, i):
        return ('base', i)

class Sub(Base):
    pass

class Boom:
    def __getitem__(self, i):
        return 1 / i

class Other:
    def __getitem__(self, i):
        return ('other', i)

class D(dict):
    pass

def get(c, i):
    return c[i]

def sub(c, i):
    return c[i]

def boom(c, i):
    return c[i]

def store(c, k):
    c[k] = 1
    return c

for i in range(8):
    print(list(get(Gen(), i)))
    sub(Sub(), i)
    boom(Boom(), 1)
    store({}, i)
try:
    get(Rec(), 0)
except RecursionError as e:
    print('recursion', type(e).__name__)
o = Sub()
print(sub(o, 1))
o.__class__ = Other
print(sub(o, 2))
for i in range(5):
    print(store(D(), i), sub(Sub(), 3))
boom(Boom(), 0)
`)
}

// STORE_SUBSCR_LIST_INT and STORE_SUBSCR_DICT, the OUT_OF_RANGE failure
// of an index not in range when specializing, misses, and the failures
// of other containers.
func TestStoreSubscrForms(t *testing.T) {
	checkAdaptive(t, `
class S:
    def __setitem__(self, k, v):
        pass

class D(dict):
    pass

def lst(c, i, v):
    c[i] = v
    return c

def dct(c, k, v):
    c[k] = v
    return c

def oor(c, i):
    try:
        c[i] = 0
    except IndexError as e:
        return str(e)

def other(c, i):
    c[i] = 1

def slices(c):
    c[1:] = [9]
    return c

for i in range(8):
    lst([1, 2, 3], 2, 'x')
    dct({}, 'k', i)
print(lst([1, 2], 0, 5), dct({'a': 1}, 'a', 2))
for i in range(4):
    print(oor([], 0), oor([1], 1))
print(lst([1, 2], -1, 7))
try:
    dct({}, [], 1)
except TypeError as e:
    print(e)
for i in range(20):
    other(S(), 1)
    other(D(), 1)
    other(bytearray(b'ab'), 1)
    slices([1, 2, 3])
    oor([1, 2, 3], 1)
print(slices([1, 2]), oor([1], 0))

def chg(c, k):
    c[k] = 0
    return c

for i in range(8):
    chg([1], 0)
for i in range(90):
    chg({}, 0)
print(chg({}, 1), chg([5, 6], 1))
`)
}

// The failure kinds of BINARY_SUBSCR and STORE_SUBSCR (CPython shows
// them only in a pystats build): one function per case, each failing at
// every attempt with one kind.
func TestSubscrFailKinds(t *testing.T) {
	prelude := `class Star:
    def __getitem__(self, *args):
        return args
class Three:
    def __getitem__(self, i, j=0):
        return i
class L(list):
    pass
class S:
    def __setitem__(self, k, v):
        pass
class SO:
    def __setitem__(self, k, v, *a):
        pass
class D(dict):
    pass
`
	type fcase struct {
		store bool
		args  string
		kind  int
	}
	cases := []fcase{
		{false, `"abc", 1`, failSubscrStringInt},
		{false, `"abc", slice(1)`, failSubscrStringSlice},
		{false, `[1], slice(1)`, failSubscrListSlice},
		{false, `(1,), slice(1)`, failSubscrTupleSlice},
		{false, `[1], "x"`, failOther},
		{false, `b"ab", 1`, failSubscrBufferInt},
		{false, `bytearray(b"ab"), slice(1)`, failSubscrBufferSlice},
		{false, `range(3), 1`, failSubscrSequenceInt},
		{false, `L([1]), 0`, failSubscrBufferInt}, // every heap type has buffer procs in 3.11
		{false, `L([1]), "x"`, failOther},
		{false, `Star(), 1`, failCallComplexParameters},
		{false, `Three(), 1`, failWrongNumberArguments},
		{false, `{1}, 1`, failOther},
		{true, `[], 0`, failOutOfRange},
		{true, `[1], -1`, failOutOfRange},
		{true, `[1], slice(1)`, failSubscrListSlice},
		{true, `[1], "x"`, failOther},
		{true, `bytearray(b"ab"), 1`, failSubscrBytearrayInt},
		{true, `bytearray(b"ab"), slice(1)`, failSubscrBytearraySlice},
		{true, `bytearray(b"ab"), -1`, failOutOfRange},
		{true, `S(), 1`, failSubscrPySimple},
		{true, `SO(), 1`, failSubscrPyOther},
		{true, `D(), 1`, failSubscrDictSubclassNoOv},
		{true, `{1}, 1`, failOther},
	}
	src := prelude
	line := strings.Count(prelude, "\n")
	var calls strings.Builder
	lines := make([]int, len(cases))
	for i, c := range cases {
		body := "return c[i]"
		if c.store {
			body = "c[i] = 0"
		}
		src += fmt.Sprintf("def f%d(c, i):\n    try:\n        %s\n    except (TypeError, IndexError):\n        pass\n", i, body)
		lines[i] = line + 3
		line += 5
		fmt.Fprintf(&calls, "    f%d(%s)\n", i, c.args)
	}
	src += "for _ in range(30):\n" + calls.String()
	st := runStats(t, src)
	for i, c := range cases {
		base := op.BINARY_SUBSCR
		if c.store {
			base = op.STORE_SUBSCR
		}
		s := siteOnLine(t, st, base, lines[i])
		if s.Success != 0 || s.Failure == 0 || s.FailureKinds[c.kind] != s.Failure {
			t.Errorf("%s on (%s): %d successes, %d failures, kinds %v; want failures of kind %d only",
				base, c.args, s.Success, s.Failure, s.FailureKinds, c.kind)
		}
	}
}
