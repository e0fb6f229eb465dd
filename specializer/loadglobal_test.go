package specializer

import (
	"regexp"
	"testing"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN, with and without the NULL
// push, their cached indexes (CPython's key order of __main__ and
// builtins), and the invalidations: rebinding a global keeps hitting,
// a new global makes every LOAD_GLOBAL of the module miss, shadowing a
// builtin misses the BUILTIN form, and a name found nowhere fails.
func TestLoadGlobalForms(t *testing.T) {
	checkAdaptive(t, `
G = 10
H = [1]

def mod():
    return G + 1

def modcall():
    return len(H)

def builtin(x):
    return abs(x)

def rebind():
    return G

def later():
    return K

def shadow(x):
    return len(x)

def missing():
    try:
        return undefined_name
    except NameError as e:
        return str(e)

for i in range(8):
    mod()
    modcall()
    builtin(-1)
for i in range(10):
    missing()
print(mod(), modcall(), builtin(-3), missing())

for i in range(8):
    rebind()
G = 11          # rebinding: same keys, still a hit
for i in range(3):
    rebind()
print(rebind())

for i in range(8):
    shadow([1, 2])
def len(x):     # a new global: every LOAD_GLOBAL of the module misses
    return 42
for i in range(5):
    shadow([1, 2])
    mod()
print(shadow([1]), mod())

K = 1
for i in range(8):
    later()
`)
}

// The miss budget of a LOAD_GLOBAL whose keys version keeps changing:
// 53 misses, back to LOAD_GLOBAL_ADAPTIVE with 501, 31 deferrals, then
// a new specialization.
func TestLoadGlobalDeopt(t *testing.T) {
	checkAdaptive(t, `
A = 1

def f():
    return A

def g():
    return A

for i in range(8):
    f()
    g()
for i in range(60):
    globals()['n%d' % i] = i    # a new key each time
    f()
for i in range(20):
    g()
i = 0
while i < 90:
    globals()['m%d' % i] = i
    g()
    i += 1
`)
}

// Other globals and builtins: exec'd code with its own globals (a dict,
// and a dict subclass, which never specializes), a rebound builtin (a
// hit that loads the new value), a new builtin (the BUILTIN form
// misses), a deleted global, and a non-str key in the globals (the keys
// turn general: NON_STRING_OR_SPLIT from then on).
func TestLoadGlobalNamespaces(t *testing.T) {
	checkAdaptive(t, `import builtins
_len = builtins.len

def f():
    return len

def g():
    return G

G = 1

def h():
    return G

class MyDict(dict):
    pass

src = '''
X = 5
def ex():
    return X + abs(-1)
'''
ns = {}
exec(src, ns)
for i in range(8):
    ns['ex']()
ns2 = MyDict()
exec(src, ns2)
for i in range(20):
    ns2['ex']()
print(ns['ex'](), ns2['ex']())
ex1, ex2 = ns['ex'], ns2['ex']

for i in range(8):
    f()
    g()
    h()
builtins.len = abs          # rebinding a builtin: same keys, still a hit
print(f()(-3))
builtins.brand_new = 1      # a new builtin: the BUILTIN form misses
for i in range(4):
    f()
builtins.len = _len
del G                      # deleting a global resets the version
for i in range(3):
    try:
        g()
    except NameError as e:
        print(e)
G = 2
for i in range(3):
    h()
globals()[1] = 'one'        # a non-str key: the globals become general
for i in range(60):
    h()
print(h())
`)
}

func TestLoadGlobalFailKinds(t *testing.T) {
	st := runStats(t, `
def missing():
    try:
        return nowhere
    except NameError:
        pass

for i in range(30):
    missing()
`)
	s := siteOnLine(t, st, op.LOAD_GLOBAL, 4)
	if s.Failure == 0 || s.Success != 0 {
		t.Fatalf("name found nowhere: %+v, want failures and no success", s)
	}
	for k, n := range s.FailureKinds {
		if n != 0 {
			t.Errorf("name found nowhere fails without a kind, got kind %d ×%d", k, n)
		}
	}
}

var disInstrLine = regexp.MustCompile(`^(\s*\d*\s+(?:>>)?\s*\d+) ([A-Z_0-9]+)\b(.*)$`)
