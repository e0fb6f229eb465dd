package vm

import (
	"strings"
	"testing"
)

// Instances of classes deriving from builtin types. CPython 3.11 gives a
// class deriving from list, dict, set, float… (a base without a __dict__
// and with tp_itemsize 0) Py_TPFLAGS_MANAGED_DICT and shared keys, but
// their instances never get inline values: only object_new initialises
// them. The first attribute store makes a split dict over the class's
// keys (_PyObjectDict_SetItem); a __dict__ asked for before any store is
// an empty combined dict (PyObject_GenericGetDict). Var-sized bases (int,
// tuple, bytes) keep a classic dict slot and exceptions their own
// BaseException dict: those dicts are always combined.

func TestBuiltinSubclassDicts(t *testing.T) {
	checkPyCases(t, []string{
		// Order, sizes: the split dict's values array covers the shared
		// keys' entries plus their room (30 while nothing took it).
		`import sys
class L(list): pass
l = L([1, 2]); l.b = 1; l.a = 2; l.c = 3
print(vars(l), l.__dict__, list(l.__dict__), sys.getsizeof(l), sys.getsizeof(l.__dict__))
del l.a
l.a = 5; l.z = 9
print(vars(l), sys.getsizeof(vars(l)), l)
l2 = L(); print(vars(l2), sys.getsizeof(vars(l2)))
l2.q = 1; l2.b = 2
print(vars(l2), sys.getsizeof(vars(l2)))
try:
    del l2.nope
except AttributeError as e:
    print('AttributeError', e)
try:
    del L().nope
except AttributeError as e:
    print('AttributeError', e)
`,
		// A dict subclass: items and attributes apart; many instances do
		// not shrink the keys' room (no init_inline_values).
		`import sys
class D(dict):
    def __init__(self, outer=None):
        self.outer = outer
ds = [D() for i in range(40)]
d = D(); d['k'] = 1; d.x = 2
print(d, vars(d), sys.getsizeof(d), sys.getsizeof(vars(d)))
print(vars(D(5)), sys.getsizeof(vars(D(5))), d.__dict__ is vars(d))
`,
		// Other MANAGED_DICT bases, against the classic and exception
		// dicts, and a plain instance whose __dict__ was deleted (its next
		// store makes a split dict too).
		`import sys
class S(set): pass
class F(float): pass
class I(int): pass
class T(tuple): pass
class E(Exception): pass
class O: pass
for o in (S([1]), F(1.5), I(3), T((1,)), E('m')):
    o.u = 1; o.v = 2
    print(type(o).__name__, vars(o), sys.getsizeof(vars(o)), type(o).__dictoffset__)
o = O(); o.a = 1; del o.__dict__; o.b = 2; print(vars(o), sys.getsizeof(vars(o)))
`,
		// __dict__ before any store: a combined dict of its own; assigning
		// __dict__; more names than the shared keys hold.
		`import sys
class L(list): pass
a = L(); a.__dict__['w'] = 1; a.v = 2; print(vars(a), sys.getsizeof(vars(a)))
b = L(); b.__dict__ = {'r': 1}; b.s = 2; print(vars(b), sys.getsizeof(vars(b)))
c = L()
for n in range(35):
    setattr(b if n % 2 else c, 'n%d' % n, n)
print(len(vars(c)), sys.getsizeof(vars(c)), list(vars(c))[:4], list(vars(c))[-2:])
e = L(); e.n33 = 0; e.n34 = 1; print(vars(e), sys.getsizeof(vars(e)))
class K(str): pass
f = L(); setattr(f, K('sub'), 1); f.t = 2; print(vars(f), sys.getsizeof(vars(f)))
print(sys.getsizeof(vars(L)), sorted(vars(L)))
`,
		// __class__ assignment between list subclasses keeps the dict.
		`class A(list): pass
class B(list): pass
a = A([1]); a.x = 1; a.__class__ = B; a.y = 2
print(type(a).__name__, vars(a), a)
b = B(); b.__class__ = A; b.z = 3; print(vars(b))
`,
	})
}

// TestBuiltinSubclassModel checks what the specializer reads of such
// instances: no inline values, a managed dict over the class's shared
// keys once an attribute was stored, NULL values in Layout.
func TestBuiltinSubclassModel(t *testing.T) {
	_, errs, _, m := runOM(t, `class L(list): pass
class I(int): pass
l = L(); l.x = 1; l.y = 2
fresh = L()
asked = L(); asked.__dict__
i = I(3); i.x = 1
`)
	if errs != "" {
		t.Fatal(errs)
	}
	g := m.main.Dict
	l := m.dictGetStr(g, "l")
	lt := m.TypeOf(l)
	if lt.Flags&FlagManagedDict == 0 || lt.CachedKeys == nil {
		t.Fatal("L has no managed dict or shared keys")
	}
	if m.InlineValues(l) != nil {
		t.Error("an L instance has inline values")
	}
	d := m.ManagedDictOf(l)
	if d == nil || d.Keys() != lt.CachedKeys || d.Len() != 2 {
		t.Errorf("l's dict is not a split dict over L's keys holding 2 items")
	}
	if lt.CachedKeys.usable != 28 || len(d.values) != 30 {
		t.Errorf("L keys usable %d, l's values %d; want 28 and 30", lt.CachedKeys.usable, len(d.values))
	}
	if m.ManagedDictOf(m.dictGetStr(g, "fresh")) != nil {
		t.Error("a fresh L instance has a dict")
	}
	if a := m.ManagedDictOf(m.dictGetStr(g, "asked")); a == nil || a.Keys().IsSplit() {
		t.Error("__dict__ of a fresh L instance is not a combined dict")
	}
	if id := m.OffsetDictOf(m.dictGetStr(g, "i")); id == nil || id.Keys().IsSplit() {
		t.Error("an I(int) instance's dict is not a combined dict")
	}
	var fields []string
	for _, f := range m.Layout(l).Fields {
		if f.Name == "values" || f.Name == "dict" {
			v := f.Value
			if v != "NULL" {
				v = "set"
			}
			fields = append(fields, itoa(f.Offset)+" "+f.Name+" "+v)
		}
	}
	if got := strings.Join(fields, ", "); got != "-32 values NULL, -24 dict set" {
		t.Errorf("L instance layout: %s", got)
	}
}
