package specializer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// cacheProgram reaches a site of most forms with a cache, and leaves
// them as CPython 3.11 does (TestCacheMatchesDis checks that).
const cacheProgram = `import math

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x

class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
        self.b = 2

class G:
    def __getitem__(self, i):
        return i

LIMIT = 10

def attrs(p, s):
    return p.y + s.b

def mod():
    return math.pi

def glob():
    return LIMIT + len('ab')

def meth(p):
    return p.norm()

def add(a, b, c=1):
    return a

def calls():
    add(1, 2, 3)
    add(1, 2)

def cmp(a, b):
    if a < b:
        return 1
    return 2

def sub(g):
    return g[3]

def fmul(x, y):
    return x * y

def mixed(a, b):
    return a + b

def div(a, b):
    return a / b

def once(a, b):
    return a + b

for i in range(20):
    p = P(i, 2)
    attrs(p, S())
    mod()
    glob()
    meth(p)
    calls()
    cmp(i, 5)
    sub(G())
    fmul(1.5, 2.0)
    div(i, 2)
fmul(2, 3)
for i in range(10):
    try:
        mixed(1, "a")
    except TypeError:
        pass
once(1, 2)
`

// cacheProgram2 reaches the forms cacheProgram does not, and a cache
// whose fields an earlier specialization left behind (sub2).
const cacheProgram2 = `import math

class H:
    def m(self):
        return 1

class K:
    def f():
        return 1

class N:
    __slots__ = ()
    def g(self):
        return 1

def hint(h):
    return h.a

def shint(h):
    h.a = 3

def wdict(h):
    return h.m()

def nodict(n):
    return n.g()

def modm(mm):
    return mm.sqrt(4)

def klass():
    return K.f()

def fcmp(a, b):
    while a < b:
        a += 1.0
    return a

def scmp(a, b):
    if a == b:
        return 1
    return 0

def lsub(l):
    return l[0]

def ssub(l):
    l[0] = 1

def unpack(t):
    a, b = t
    return a

class G2:
    def __getitem__(self, i):
        return i

def sub2(x):
    return x[0]

def rng(r):
    return r.start

def cls(o):
    return o.__class__

for i in range(20):
    h = H()
    h.__dict__ = {'a': 1}
    hint(h)
    shint(h)
    h2 = H()
    h2.__dict__['o'] = 1
    wdict(h2)
    nodict(N())
    modm(math)
    klass()
    fcmp(0.0, 2.0)
    scmp('a', 'b')
    lsub([1])
    ssub([0])
    unpack((1, 2))
    rng(range(3))
    cls(1)
for i in range(20):
    sub2(G2())
for i in range(60):
    sub2([1])
`

// staleProgram leaves caches whose versions no longer hold: the class
// was modified and a global was added after the sites specialized.
const staleProgram = `class Q:
    def __init__(self):
        self.z = 1
    def f(self):
        return 0

def get(q):
    return q.z

def call(q):
    return q.f()

def glob():
    return Q

for i in range(20):
    q = Q()
    get(q)
    call(q)
    glob()
Q.w = 1
NEW = 2
`

// cacheRun runs src in a specializing VM and returns the machine.
func cacheRun(t *testing.T, src string) *vm.Machine {
	t.Helper()
	m, _, stderr := runQuicken(t, writeProgram(t, src))
	if stderr != "" {
		t.Fatalf("the program failed:\n%s", stderr)
	}
	return m
}

// mainObject returns the value of a global of __main__, or an attribute
// of one ("P.norm").
func mainObject(t *testing.T, m *vm.Machine, path string) vm.Value {
	t.Helper()
	d := m.MainGlobals()
	var v vm.Value
	for i, name := range strings.Split(path, ".") {
		if i > 0 {
			typ, ok := m.Object(v).(*vm.Type)
			if !ok {
				t.Fatalf("%s: not a class", path)
			}
			d = typ.Dict
		}
		v = vm.Null
		d.Items(func(k, x vm.Value) bool {
			if s, _ := m.GoString(k); s == name {
				v = x
				return false
			}
			return true
		})
		if v == vm.Null {
			t.Fatalf("no %s in __main__", path)
		}
	}
	return v
}

func mainFunction(t *testing.T, m *vm.Machine, path string) *vm.Function {
	t.Helper()
	fn, ok := m.Object(mainObject(t, m, path)).(*vm.Function)
	if !ok {
		t.Fatalf("%s is not a function", path)
	}
	return fn
}

func mainType(t *testing.T, m *vm.Machine, name string) *vm.Type {
	t.Helper()
	typ, ok := m.Object(mainObject(t, m, name)).(*vm.Type)
	if !ok {
		t.Fatalf("%s is not a class", name)
	}
	return typ
}

// site returns the code unit index of the n-th instruction (from 0) of
// c whose current form is o.
func site(t *testing.T, c *vm.Code, o op.Opcode, n int) int {
	t.Helper()
	for i := 0; i < len(c.Units); {
		u := op.Opcode(c.Units[i] & 0xff)
		if u == o {
			if n == 0 {
				return i
			}
			n--
		}
		i += 1 + u.Caches()
	}
	t.Fatalf("%s has no site %s", c.Code.Name, o)
	return 0
}

// cacheText renders a decoded cache as "name: text" lines.
func cacheText(es []CacheEntry) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%s: %s\n", e.Name, e.Text)
	}
	return b.String()
}

// counterSpecialized is the counter's text in a specialized form that
// has not missed.
func counterSpecialized(adaptive string) string {
	return "53 of 53 misses left; at 0 back to " + adaptive + " with value 31 · backoff 5"
}

func TestCacheDescribe(t *testing.T) {
	m := cacheRun(t, cacheProgram)
	tv := func(name string) uint32 { return mainType(t, m, name).VersionTag }
	fv := func(path string) uint32 { return mainFunction(t, m, path).Version }
	mainKeys := m.MainGlobals().Keys().KeysVersionNow()
	builtinKeys := m.BuiltinsDict().Keys().KeysVersionNow()
	var mathKeys uint32
	m.SysModules().Items(func(k, v vm.Value) bool {
		if s, _ := m.GoString(k); s == "math" {
			mathKeys = m.ExactModuleDict(v).Keys().KeysVersionNow()
		}
		return true
	})
	norm := mainObject(t, m, "P.norm")
	pShared := mainType(t, m, "P").CachedKeys.KeysVersionNow()
	tests := []struct {
		fn   string
		form op.Opcode
		n    int
		want string
	}{
		{"mixed", op.BINARY_OP_ADAPTIVE, 0, `
counter: value 1 · backoff 2 (its next execution is deferred, the one after tries to specialize)`},
		{"fmul", op.BINARY_OP_MULTIPLY_FLOAT, 0, `
counter: 52 of 53 misses left (1 so far); at 0 back to BINARY_OP_ADAPTIVE with value 31 · backoff 5`},
		{"div", op.BINARY_OP, 0, `
counter: 0 · not read (BINARY_OP for good: never specialized again)`},
		{"once", op.BINARY_OP, 0, `
counter: 0 · not read (the code is not quickened yet)`},
		{"attrs", op.LOAD_ATTR_INSTANCE_VALUE, 0, fmt.Sprintf(`
counter: %s
version: %d → class P
index: 1 → 'y' (entry 1 of P's shared keys: its slot in the inline values)`, counterSpecialized("LOAD_ATTR_ADAPTIVE"), tv("P"))},
		{"attrs", op.LOAD_ATTR_SLOT, 0, fmt.Sprintf(`
counter: %s
version: %d → class S
index: 24: byte offset of the member 'b' in the object`, counterSpecialized("LOAD_ATTR_ADAPTIVE"), tv("S"))},
		{"S.__init__", op.STORE_ATTR_SLOT, 0, fmt.Sprintf(`
counter: %s
version: %d → class S
index: 16: byte offset of the member 'a' in the object`, counterSpecialized("STORE_ATTR_ADAPTIVE"), tv("S"))},
		{"mod", op.LOAD_ATTR_MODULE, 0, fmt.Sprintf(`
counter: %s
version: %d → module math's dict keys (current)
index: 61 → 'pi' (entry 61 of module math's dict)`, counterSpecialized("LOAD_ATTR_ADAPTIVE"), mathKeys)},
		{"glob", op.LOAD_GLOBAL_MODULE, 0, fmt.Sprintf(`
counter: %s
index: 13 → 'LIMIT' (entry 13 of module __main__'s dict)
module_keys_version: %d → module __main__'s dict keys (current)
builtin_keys_version: 0 · not read (LOAD_GLOBAL_MODULE)`, counterSpecialized("LOAD_GLOBAL_ADAPTIVE"), mainKeys)},
		{"glob", op.LOAD_GLOBAL_BUILTIN, 0, fmt.Sprintf(`
counter: %s
index: 33 → 'len' (entry 33 of the builtins' dict)
module_keys_version: %d → module __main__'s dict keys (current); guards that no global was added or deleted
builtin_keys_version: %d → the builtins' dict keys (current)`, counterSpecialized("LOAD_GLOBAL_ADAPTIVE"), mainKeys, builtinKeys)},
		{"glob", op.CALL_ADAPTIVE, 0, `
counter: value 0 · backoff 0 (never reached: PRECALL_NO_KW_LEN makes the call itself)
func_version: 0 · not read (CALL_ADAPTIVE)
min_args: 0 · not read (CALL_ADAPTIVE)`},
		{"meth", op.LOAD_METHOD_WITH_VALUES, 0, fmt.Sprintf(`
counter: %s
type_version: %d → class P
dict_offset: 0 · not read (LOAD_METHOD_WITH_VALUES)
keys_version: %d → P's shared keys (current)
descr: → <function P.norm at 0x%x>`, counterSpecialized("LOAD_METHOD_ADAPTIVE"), tv("P"), pShared, m.FakeAddress(norm))},
		{"meth", op.CALL_PY_EXACT_ARGS, 0, fmt.Sprintf(`
counter: %s
func_version: %d → function P.norm
min_args: 1 · not read (CALL_PY_EXACT_ARGS)`, counterSpecialized("CALL_ADAPTIVE"), fv("P.norm"))},
		{"calls", op.CALL_PY_WITH_DEFAULTS, 0, fmt.Sprintf(`
counter: %s
func_version: %d → function add
min_args: 2: called with at least 2 arguments, at most 3; the rest from __defaults__`, counterSpecialized("CALL_ADAPTIVE"), fv("add"))},
		{"cmp", op.COMPARE_OP_INT_JUMP, 0, fmt.Sprintf(`
counter: %s
mask: 6: jumps forward if equal or greater`, counterSpecialized("COMPARE_OP_ADAPTIVE"))},
		{"sub", op.BINARY_SUBSCR_GETITEM, 0, fmt.Sprintf(`
counter: %s
type_version: %d → class G
func_version: %d → function G.__getitem__`, counterSpecialized("BINARY_SUBSCR_ADAPTIVE"), tv("G"), fv("G.__getitem__"))},
	}
	for _, tc := range tests {
		t.Run(tc.fn+"/"+tc.form.String(), func(t *testing.T) {
			c := mainFunction(t, m, tc.fn).Code
			got := cacheText(DescribeCache(m, c, site(t, c, tc.form, tc.n)))
			if want := strings.TrimPrefix(tc.want, "\n") + "\n"; got != want {
				t.Errorf("got:\n%swant:\n%s", got, want)
			}
		})
	}
}

func TestCacheDescribe2(t *testing.T) {
	m := cacheRun(t, cacheProgram2)
	tv := func(name string) uint32 { return mainType(t, m, name).VersionTag }
	hShared := mainType(t, m, "H").CachedKeys.KeysVersionNow()
	tests := []struct {
		fn   string
		form op.Opcode
		n    int
		want string
	}{
		{"hint", op.LOAD_ATTR_WITH_HINT, 0, fmt.Sprintf(`
counter: %s
version: %d → class H
index: 0: hint, where 'a' is expected among the entries of the instance's __dict__`, counterSpecialized("LOAD_ATTR_ADAPTIVE"), tv("H"))},
		{"wdict", op.LOAD_METHOD_WITH_DICT, 0, fmt.Sprintf(`
counter: %s
type_version: %d → class H
dict_offset: -24: the managed __dict__ pointer, before the object header
keys_version: %d → H's shared keys (current); compared with the instance's __dict__ keys
descr: → <function H.m at 0x%x>`, counterSpecialized("LOAD_METHOD_ADAPTIVE"), tv("H"), hShared, m.FakeAddress(mainObject(t, m, "H.m")))},
		{"nodict", op.LOAD_METHOD_NO_DICT, 0, fmt.Sprintf(`
counter: %s
type_version: %d → class N
dict_offset: 0 · not read (LOAD_METHOD_NO_DICT)
keys_version: 0 · not read (LOAD_METHOD_NO_DICT)
descr: → <function N.g at 0x%x>`, counterSpecialized("LOAD_METHOD_ADAPTIVE"), tv("N"), m.FakeAddress(mainObject(t, m, "N.g")))},
		{"klass", op.LOAD_METHOD_CLASS, 0, fmt.Sprintf(`
counter: %s
type_version: %d → class K
dict_offset: 0 · not read (LOAD_METHOD_CLASS)
keys_version: 0 · not read (LOAD_METHOD_CLASS)
descr: → <function K.f at 0x%x>`, counterSpecialized("LOAD_METHOD_ADAPTIVE"), tv("K"), m.FakeAddress(mainObject(t, m, "K.f")))},
		{"fcmp", op.COMPARE_OP_FLOAT_JUMP, 1, fmt.Sprintf(`
counter: %s
mask: 8: jumps backward if less`, counterSpecialized("COMPARE_OP_ADAPTIVE"))},
		{"scmp", op.COMPARE_OP_STR_JUMP, 0, fmt.Sprintf(`
counter: %s
mask: 5: jumps forward if less or greater`, counterSpecialized("COMPARE_OP_ADAPTIVE"))},
		{"lsub", op.BINARY_SUBSCR_LIST_INT, 0, fmt.Sprintf(`
counter: %s
type_version: 0 · not read (BINARY_SUBSCR_LIST_INT)
func_version: 0 · not read (BINARY_SUBSCR_LIST_INT)`, counterSpecialized("BINARY_SUBSCR_ADAPTIVE"))},
		{"sub2", op.BINARY_SUBSCR_ADAPTIVE, 0, fmt.Sprintf(`
counter: value 24 · backoff 5 (its next 24 executions are deferred, then one tries to specialize)
type_version: %d → class G2 · not read (BINARY_SUBSCR_ADAPTIVE)
func_version: %d → function G2.__getitem__ · not read (BINARY_SUBSCR_ADAPTIVE)`, tv("G2"), mainFunction(t, m, "G2.__getitem__").Version)},
		{"ssub", op.STORE_SUBSCR_LIST_INT, 0, "\ncounter: " + counterSpecialized("STORE_SUBSCR_ADAPTIVE")},
		{"unpack", op.UNPACK_SEQUENCE_TWO_TUPLE, 0, "\ncounter: " + counterSpecialized("UNPACK_SEQUENCE_ADAPTIVE")},
		{"rng", op.LOAD_ATTR_SLOT, 0, fmt.Sprintf(`
counter: %s
version: %d → class range
index: 16: byte offset of the member 'start' in the object`, counterSpecialized("LOAD_ATTR_ADAPTIVE"), m.Types().Range.VersionTag)},
		{"cls", op.LOAD_ATTR_SLOT, 0, fmt.Sprintf(`
counter: %s
version: %d → class int
index: 8: byte offset of ob_type, the object's class (__class__)`, counterSpecialized("LOAD_ATTR_ADAPTIVE"), m.Types().Int.VersionTag)},
	}
	for _, tc := range tests {
		t.Run(tc.fn+"/"+tc.form.String(), func(t *testing.T) {
			c := mainFunction(t, m, tc.fn).Code
			got := cacheText(DescribeCache(m, c, site(t, c, tc.form, tc.n)))
			if want := strings.TrimPrefix(tc.want, "\n") + "\n"; got != want {
				t.Errorf("got:\n%swant:\n%s", got, want)
			}
		})
	}
	c := mainFunction(t, m, "modm").Code
	es := DescribeCache(m, c, site(t, c, op.LOAD_METHOD_MODULE, 0))
	for i, want := range []string{
		" → module math's dict keys (current) · LOAD_ATTR_MODULE's version, overlaid",
		"51 → 'sqrt' (entry 51 of module math's dict) · LOAD_ATTR_MODULE's index, overlaid",
		"0 · not read (LOAD_METHOD_MODULE)",
		"0 · not read (LOAD_METHOD_MODULE)",
	} {
		if got := es[i+1].Text; !strings.HasSuffix(got, want) {
			t.Errorf("LOAD_METHOD_MODULE %s: %s, want …%s", es[i+1].Name, got, want)
		}
	}
}

func TestCacheDescribeStale(t *testing.T) {
	m := cacheRun(t, staleProgram)
	var attrVersion uint32
	tests := []struct {
		fn   string
		form op.Opcode
		want func(es []CacheEntry) string
	}{
		{"get", op.LOAD_ATTR_INSTANCE_VALUE, func(es []CacheEntry) string {
			attrVersion = uint32(es[1].Value)
			return fmt.Sprintf(`counter: %s
version: %d (no class has it now: stale)
index: 0: where 'z' was in the class's shared keys (slot in the inline values)
`, counterSpecialized("LOAD_ATTR_ADAPTIVE"), es[1].Value)
		}},
		{"call", op.LOAD_METHOD_WITH_VALUES, func(es []CacheEntry) string {
			return fmt.Sprintf(`counter: %s
type_version: %d (no class has it now: stale)
dict_offset: 0 · not read (LOAD_METHOD_WITH_VALUES)
keys_version: %d (the class's shared keys when cached)
descr: → <function Q.f at 0x%x> (the class changed since: the handle may name another object now)
`, counterSpecialized("LOAD_METHOD_ADAPTIVE"), es[1].Value, es[3].Value, m.FakeAddress(mainObject(t, m, "Q.f")))
		}},
		{"glob", op.LOAD_GLOBAL_MODULE, func(es []CacheEntry) string {
			return fmt.Sprintf(`counter: %s
index: 9 → 'Q' (entry 9 of module __main__'s dict)
module_keys_version: %d (stale: module __main__'s dict keys changed since and have no version now)
builtin_keys_version: 0 · not read (LOAD_GLOBAL_MODULE)
`, counterSpecialized("LOAD_GLOBAL_ADAPTIVE"), es[2].Value)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.fn+"/"+tc.form.String(), func(t *testing.T) {
			c := mainFunction(t, m, tc.fn).Code
			es := DescribeCache(m, c, site(t, c, tc.form, 0))
			if got, want := cacheText(es), tc.want(es); got != want {
				t.Errorf("got:\n%swant:\n%s", got, want)
			}
		})
	}
	if attrVersion == 0 || m.TypeByVersion(attrVersion) != nil {
		t.Errorf("the cached version %d should name no class", attrVersion)
	}
}

// TestCacheWords checks the raw words and values of multi-unit fields.
func TestCacheWords(t *testing.T) {
	m := cacheRun(t, cacheProgram)
	c := mainFunction(t, m, "meth").Code
	at := site(t, c, op.LOAD_METHOD_WITH_VALUES, 0)
	es := DescribeCache(m, c, at)
	names := []string{"counter", "type_version", "dict_offset", "keys_version", "descr"}
	sizes := []int{1, 2, 1, 2, 4}
	unit := at + 1
	for i, e := range es {
		if e.Name != names[i] || len(e.Words) != sizes[i] {
			t.Fatalf("field %d: %s with %d words, want %s with %d", i, e.Name, len(e.Words), names[i], sizes[i])
		}
		var v uint64
		for j, w := range e.Words {
			if w != c.Units[unit+j] {
				t.Errorf("%s word %d = %d, unit holds %d", e.Name, j, w, c.Units[unit+j])
			}
			v |= uint64(w) << (16 * j)
		}
		if v != e.Value {
			t.Errorf("%s: Value %d, words make %d", e.Name, e.Value, v)
		}
		unit += sizes[i]
	}
	if vm.Value(es[4].Value) != mainObject(t, m, "P.norm") {
		t.Errorf("descr %d is not P.norm's handle", es[4].Value)
	}
	if es := DescribeCache(m, c, 0); es != nil {
		t.Errorf("RESUME has no cache, got %v", es)
	}
}

// TestCacheMatchesDis checks every decoded field of the program's
// quickened sites against what `quicken dis --adaptive --show-caches`
// prints, and that output against CPython 3.11's after the same run.
func TestCacheMatchesDis(t *testing.T) {
	for _, prog := range []struct {
		src   string
		names []string
	}{
		{cacheProgram, []string{"P.__init__", "P.norm", "S.__init__", "G.__getitem__", "attrs", "mod", "glob", "meth",
			"calls", "cmp", "sub", "fmul", "mixed", "div"}},
		{cacheProgram2, []string{"hint", "shint", "wdict", "nodict", "modm", "klass", "fcmp", "scmp", "lsub", "ssub",
			"unpack", "sub2", "rng", "cls"}},
	} {
		checkDisFields(t, prog.src, prog.names)
	}
}

// checkDisFields runs src under quicken and CPython, compares the
// adaptive disassemblies, then the decoded fields of the functions named
// with what quicken's dis prints.
func checkDisFields(t *testing.T, src string, names []string) {
	t.Helper()
	checkAdaptiveDone(t, src+"print('done')\n")
	m := cacheRun(t, src)
	for _, name := range names {
		c := mainFunction(t, m, name).Code
		var want, got []string
		for _, in := range LiveCode(m, c).Instructions(true, true) {
			if in.IsCache && in.ArgRepr != "" {
				want = append(want, in.ArgRepr)
			}
			if !in.IsCache && in.Op.Caches() > 0 {
				at := in.Offset / 2
				if a := opargAt(c.Units, at); in.HasArg && a != in.Arg {
					t.Errorf("%s @%d: oparg %d, dis says %d", name, at, a, in.Arg)
				}
				if in.Op.Kind() == op.Base {
					continue // dis shows no field of a base form
				}
				for _, e := range DescribeCache(m, c, at) {
					got = append(got, fmt.Sprintf("%s: %d", e.Name, e.Value))
				}
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: decoded\n%s\ndis prints\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
