package specializer

import (
	"strings"
	"testing"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// LOAD_METHOD: every form (inline values, a materialised managed dict, a
// combined dict assigned to __dict__ whose keys are not the shared ones
// so the form always misses, an exception's dict at tp_dictoffset 16, no
// dict, a module passed as a parameter, K.f() on a class; an imported
// module's function is a LOAD_ATTR), each failure kind reachable from
// Python code, the shared keys' version guard (a new attribute name on
// the class) and a method shadowed by an instance attribute.
const loadMethodProgram = `
import math

class Holder:
    def __call__(self):
        return 0

class P:
    h = Holder()
    k = len
    def __init__(self):
        self.a = 1
    def m(self):
        return self.a
    @classmethod
    def cm(cls):
        return 2
    @staticmethod
    def sm():
        return 3
    @property
    def p(self):
        return len

class S:
    __slots__ = ('x',)
    def m(self):
        return 4

class G:
    def __getattr__(self, name):
        return len
    def m(self):
        return 5

class M(type):
    pass

class KM(metaclass=M):
    def f():
        return 6

class Plain:
    def f():
        return 11

class E(Exception):
    def m(self):
        return 7

class I(int):
    def m(self):
        return 8

def fn():
    pass

def values(o):
    return o.m()  # lm:values

def materialised(o):
    return o.m()  # lm:dict

def combined(o):
    return o.m()  # lm:combined

def nodict(l):
    return l.copy()  # lm:nodict

def slots_nodict(o):
    return o.m()  # lm:slots

def module_param(mod):
    return mod.floor(2.5)  # lm:module

def imported():
    return math.floor(1.5)  # lm:imported

def klass():
    return Plain.f()  # lm:class

def exc_dict(e):
    return e.m()  # lm:excdict

def exc_nodict(e):
    return e.m()  # lm:excnodict

def f_classmethod(o):
    return o.cm()  # lm:cm

def f_staticmethod(o):
    return o.sm()  # lm:sm

def f_instance_attr(o):
    return o.a()  # lm:instattr

def f_not_descr(o):
    return o.k([])  # lm:notdescr

def f_property(o):
    return o.p([])  # lm:prop

def f_getattr(o):
    return o.m()  # lm:getattr

def f_metaclass():
    return P.mro()  # lm:metaclass_mro

def f_metaclass2():
    return KM.f()  # lm:metaclass_kw

def f_class_cm():
    return P.cm()  # lm:classcm

def f_class_sm():
    return P.sm()  # lm:classsm

def f_class_absent():
    try:
        return P.nothere()  # lm:classabsent
    except AttributeError:
        return None

def f_builtin_cm(d):
    return d.fromkeys([1])  # lm:builtincm

def f_int_subclass(i):
    return i.m()  # lm:intsub

def f_mutable(o):
    return o.h()  # lm:mutable

def f_slot(o):
    return o.x()  # lm:objslot

def f_dunder_class(o):
    return o.__class__()  # lm:dunderclass

def f_overriding(f):
    try:
        return f.__name__()  # lm:overriding
    except TypeError:
        return None

def f_is_attr(o):
    return o.m()  # lm:isattr

def shadow(o):
    return o.m()  # lm:shadow

def newname(o):
    return o.m()  # lm:newname

p = P()
d = P()
d.__dict__
c = P()
c.__dict__ = {'a': 9}
s = S()
s.x = fn
e = E()
e.extra = 1

pm = P()
pn = P()
for i in range(12):
    values(p)
    klass()
    materialised(d)
    combined(c)
    nodict([1])
    slots_nodict(s)
    module_param(math)
    imported()
    exc_dict(e)
    exc_nodict(E())
    f_classmethod(p)
    f_staticmethod(p)
    f_not_descr(p)
    f_property(p)
    f_getattr(G())
    f_metaclass()
    f_metaclass2()
    f_class_cm()
    f_class_sm()
    f_class_absent()
    f_builtin_cm({})
    f_int_subclass(I(3))
    f_mutable(p)
    f_slot(s)
    f_dunder_class(p)
    f_overriding(fn)
    shadow(pm)
    newname(pn)
q = P()
q.a = fn
for i in range(12):
    f_instance_attr(q)
P().brand_new_name = 1     # a new name in P's shared keys: WITH_VALUES misses
pm.m = lambda: 10          # shadows the method; 'm' joins the shared keys
for i in range(20):
    newname(pn)
for i in range(53 + 32):
    shadow(pm)
r = P()
for i in range(12):
    f_is_attr(r)
print(values(p), materialised(d), combined(c), shadow(pm), newname(pn), klass(), f_is_attr(r))
`

func TestLoadMethod(t *testing.T) {
	got := checkAdaptive(t, loadMethodProgram)
	for _, form := range []string{"LOAD_METHOD_WITH_VALUES", "LOAD_METHOD_WITH_DICT", "LOAD_METHOD_NO_DICT",
		"LOAD_METHOD_MODULE", "LOAD_METHOD_CLASS", "LOAD_ATTR_MODULE", "(dict_offset: 65512)", "(dict_offset: 16)"} {
		if !strings.Contains(got, form) {
			t.Errorf("no %s in quicken's disassembly", form)
		}
	}
	src := loadMethodProgram
	st := runStats(t, src)
	kinds := map[string]int{
		"# lm:cm":            methKindClassMethodObj,
		"# lm:sm":            methKindNonOverridingDescr,
		"# lm:instattr":      methKindInstanceAttribute,
		"# lm:notdescr":      methKindNotDescriptor,
		"# lm:prop":          methKindProperty,
		"# lm:getattr":       attrKindOverridden,
		"# lm:metaclass_mro": methKindMetaclassAttribute,
		"# lm:metaclass_kw":  methKindMetaclassAttribute,
		"# lm:classcm":       methKindClassMethodObj,
		"# lm:classsm":       methKindNonOverridingDescr,
		"# lm:classabsent":   attrKindExpectedError,
		"# lm:builtincm":     methKindBuiltinClassMethod,
		"# lm:intsub":        attrKindOutOfRange,
		"# lm:mutable":       methKindMutableClass,
		"# lm:objslot":       methKindObjectSlot,
		"# lm:dunderclass":   attrKindOther,
		"# lm:overriding":    methKindOverridingDescr,
		"# lm:isattr":        methKindIsAttr,
		"# lm:excnodict":     attrKindNoDict,
	}
	for marker, kind := range kinds {
		s := siteOnLine(t, st, op.LOAD_METHOD, attrLine(t, src, marker))
		if s.Failure == 0 || s.Success != 0 || s.FailureKinds[kind] != s.Failure {
			t.Errorf("%s: success %d, failure %d, kinds %v; want every attempt to fail with kind %d",
				marker, s.Success, s.Failure, nonZeroKinds(s.FailureKinds[:]), kind)
		}
	}
	// The shadowed method: specialized (WITH_VALUES), 53 misses once 'm'
	// joined the shared keys, then a failed attempt (IS_ATTR).
	s := siteOnLine(t, st, op.LOAD_METHOD, attrLine(t, src, "# lm:shadow"))
	if s.Success != 1 || s.Deopt != 1 || s.Failure != 1 || s.FailureKinds[methKindIsAttr] != 1 {
		t.Errorf("shadowed method: %+v", s.FamilyStats)
	}
	// The combined dict: keys version of the dict never equals the shared
	// keys' version cached, every execution after specialization misses.
	s = siteOnLine(t, st, op.LOAD_METHOD, attrLine(t, src, "# lm:combined"))
	if s.Success != 1 || s.Hit != 0 || s.Miss == 0 {
		t.Errorf("combined dict: %+v", s.FamilyStats)
	}
}
