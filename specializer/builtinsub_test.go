package specializer

import (
	"strings"
	"testing"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// Instances of classes deriving from list and dict: their classes have a
// managed dict and shared keys, but CPython 3.11 never gives their
// instances inline values (only object_new initialises them), so the
// first attribute store makes a split dict over the class's keys. What
// the attribute families then do differs from plain instances:
// STORE_ATTR_INSTANCE_VALUE is chosen for a name the keys hold and always
// misses, LOAD_ATTR_WITH_HINT always misses (a split dict's entries hold
// no values), LOAD_METHOD_WITH_DICT hits across instances (one keys
// version), and a __dict__ asked for before any store is a combined dict
// of its own.
const builtinSubProgram = `
import sys

class L(list):
    def m(self):
        return len(self)

class D(dict):
    def __init__(self, outer=None):
        self.outer = outer

    def find(self, k):
        return self if k in self else self.outer.find(k)

class O:
    def m(self):
        return 1

def store_new(o, v):
    o.x = v

def store_w(o, go):
    if go:
        o.w = 1  # bs:store_w

def store_fresh(o, v):
    o.x = v

def store_known(o, v):
    o.outer = v

def load_x(o):
    return o.x

def load_outer(d):
    return d.outer

def call_m(o):
    return o.m()

def call_find(d, k):
    return d.find(k)

def load_after_vars(o):
    return o.y

def store_after_vars(o):
    o.z = 2

ls = []
for i in range(70):
    l = L([i])
    store_new(l, i)
    ls.append(l)
for i in range(20):
    store_fresh(L(), i)
for i in range(8):
    store_w(None, False)
for l in ls:
    store_w(l, True)
ds = [D()]
for i in range(70):
    ds.append(D(ds[-1]))
for d in ds[1:31]:
    store_known(d, d.outer)
for l in ls[:30]:
    load_x(l)
for d in ds[:30]:
    load_outer(d)
for l in ls:
    call_m(l)
root = ds[0]
root['k'] = 1
for d in ds[1:40]:
    call_find(d, 'k')
fresh = [L() for i in range(20)]
for l in fresh:
    vars(l)['y'] = 1
for l in fresh:
    load_after_vars(l)
    store_after_vars(l)
os_ = [O() for i in range(20)]
for o in os_:
    store_new(o, 1)
    call_m(o)
print(sum(l.x for l in ls), load_outer(ds[3]) is ds[2], call_find(ds[50], 'k') is root)
print(sys.getsizeof(vars(ls[0])), sys.getsizeof(vars(fresh[0])), sys.getsizeof(vars(ds[1])))
print(list(vars(ls[5])), list(vars(ds[5])), vars(fresh[3]))
`

func TestBuiltinSubclassAttrs(t *testing.T) {
	got := checkAdaptive(t, builtinSubProgram)
	for _, form := range []string{"STORE_ATTR_INSTANCE_VALUE", "LOAD_ATTR_WITH_HINT", "LOAD_METHOD_WITH_DICT"} {
		if !strings.Contains(got, form) {
			t.Errorf("no %s in quicken's disassembly", form)
		}
	}
	st := runStats(t, builtinSubProgram)
	// The first attempt meets an L whose class's keys do not hold 'w'
	// yet: OUT_OF_RANGE (not NO_DICT, nor a hint into its split dict);
	// once 'w' is there, INSTANCE_VALUE, which never hits.
	s := siteOnLine(t, st, op.STORE_ATTR, attrLine(t, builtinSubProgram, "# bs:store_w"))
	if s.Failure == 0 || s.FailureKinds[attrKindOutOfRange] != s.Failure {
		t.Errorf("store of a new name on L instances: failure %d, kinds %v; want every failure OUT_OF_RANGE",
			s.Failure, nonZeroKinds(s.FailureKinds[:]))
	}
	if s.Success == 0 || s.Hit != 0 {
		t.Errorf("store of a new name on L instances: success %d, hit %d; want specialized and never hit", s.Success, s.Hit)
	}
}
