package vm

import "testing"

// versionRecorder records the type version events.
type versionRecorder struct{ events []Event }

func (r *versionRecorder) WantInstructions() bool { return false }
func (r *versionRecorder) Event(e *Event) {
	if e.Kind == EvTypeVersion {
		r.events = append(r.events, *e)
	}
}

// TestTypeVersions follows CPython 3.11's tp_version_tag: assigned on the
// first cacheable lookup (a class first, then its bases), kept while the
// class is unchanged, cleared on the class and its subclasses when an
// attribute is set or deleted, and then reassigned with a new number.
func TestTypeVersions(t *testing.T) {
	_, errs, _, m := runOM(t, `class A:
    x = 1
class B(A): pass
class C: pass
`)
	if errs != "" {
		t.Fatal(errs)
	}
	g := m.main.Dict
	cls := func(n string) *Type { return m.typeObj(m.dictGetStr(g, n)) }
	a, b, c := cls("A"), cls("B"), cls("C")
	if b.VersionTag != 0 || c.VersionTag != 0 {
		t.Fatalf("tags assigned before any lookup: B %d C %d", b.VersionTag, c.VersionTag)
	}
	rec := &versionRecorder{}
	m.SetListener(rec)
	if v := m.lookupType(b, m.Intern("x")); v == Null {
		t.Fatal("B.x not found")
	}
	vb, va := b.VersionTag, a.VersionTag
	if vb == 0 || va == 0 || va <= vb {
		t.Fatalf("after lookup: B %d A %d (the class is tagged before its bases)", vb, va)
	}
	if m.TypeVersion(b) != vb {
		t.Error("TypeVersion changed an assigned tag")
	}
	// Names longer than 100 code points are not cached: no tag.
	long := make([]byte, 101)
	for i := range long {
		long[i] = 'n'
	}
	m.lookupType(c, m.NewStr(string(long)))
	if c.VersionTag != 0 {
		t.Errorf("a 101-character name assigned C a tag (%d)", c.VersionTag)
	}
	vc := m.TypeVersion(c)
	if vc <= va {
		t.Errorf("C's tag %d not after A's %d", vc, va)
	}
	// Setting an attribute of A invalidates A and B, not C.
	if err := m.SetAttr(a.self, m.Intern("y"), SmallIntValue(2)); err != nil {
		t.Fatal(err)
	}
	if a.VersionTag != 0 || b.VersionTag != 0 || c.VersionTag != vc {
		t.Errorf("after A.y = 2: A %d B %d C %d", a.VersionTag, b.VersionTag, c.VersionTag)
	}
	if a.Flags&FlagValidVersion != 0 {
		t.Error("A keeps Py_TPFLAGS_VALID_VERSION_TAG")
	}
	nb := m.TypeVersion(b)
	if nb <= vc || a.VersionTag <= nb {
		t.Errorf("new tags B %d A %d after C %d", nb, a.VersionTag, vc)
	}
	// The events: B, A, C assigned; B and A cleared (subclasses first);
	// B, A assigned again.
	want := []struct {
		t *Type
		v uint32
	}{{b, vb}, {a, va}, {c, vc}, {b, 0}, {a, 0}, {b, nb}, {a, a.VersionTag}}
	if len(rec.events) != len(want) {
		t.Fatalf("%d version events, want %d", len(rec.events), len(want))
	}
	for i, w := range want {
		if e := rec.events[i]; e.Type != w.t || e.Version != w.v {
			t.Errorf("event %d: %s %d, want %s %d", i, e.Type.Name, e.Version, w.t.Name, w.v)
		}
	}
}

// TestMethodCache checks that a cached lookup sees class changes.
func TestMethodCache(t *testing.T) {
	checkOM(t, `class A:
    def f(self): return 1
class B(A): pass
b = B()
r = []
for i in range(3):
    r.append(b.f())
    if i == 0:
        A.f = lambda self: 2
    if i == 1:
        B.f = lambda self: 3
print(r)
A.__bases__
class X: pass
class Y: pass
class Z(X): pass
z = Z()
X.g = lambda self: 'X'
Y.g = lambda self: 'Y'
print(z.g())
Z.__bases__ = (Y,)
print(z.g())
`)
}
