package vm

import "testing"

func TestInstances(t *testing.T) {
	checkOMTable(t, map[string]string{
		"dict order": `class C: pass
a = C()
a.x = 1
a.y = 2
b = C()
b.y = 3
b.x = 4
b.z = 5
print(a.__dict__, b.__dict__, vars(a))
del a.x
a.x = 9
print(a.__dict__)
`,
		"dict materialised then extended": `class C: pass
c = C()
c.a = 1
d = c.__dict__
c.b = 2
d['c'] = 3
print(c.__dict__, c.c, d is c.__dict__)
del c.a
print(d)
`,
		"many attributes": `class C: pass
c = C()
for i in range(40):
    setattr(c, 'a%d' % i, i)
print(len(c.__dict__), c.a0, c.a39)
d = C()
d.zz = 1
print(d.__dict__)
`,
		"non-str attribute names": `class C: pass
c = C()
c.__dict__[1] = 'one'
c.x = 2
print(c.__dict__)
class S(str): pass
setattr(c, S('y'), 3)
print(c.y, getattr(c, S('y')))
`,
		"dict assignment": `class C: pass
c = C()
c.a = 1
c.__dict__ = {'b': 2}
print(c.b, hasattr(c, 'a'), c.__dict__)
del c.__dict__
print(c.__dict__)
c.__dict__ = 1
`,
		"delete missing attribute": `class C: pass
c = C()
c.a = 1
del c.a
del c.a
`,
		"slots": `class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, P.x, type(P.x).__name__, hasattr(p, '__dict__'), P.__slots__)
p.x = 10
del p.y
print(p.x, hasattr(p, 'y'))
p.z = 1
`,
		"slot unset": `class P:
    __slots__ = ('x',)
P().x
`,
		"slot delete unset": `class P:
    __slots__ = ('x',)
del P().x
`,
		"slots with dict": `class P:
    __slots__ = ('x', '__dict__')
p = P()
p.x = 1
p.y = 2
print(p.x, p.__dict__)
`,
		"slots inheritance": `class A:
    __slots__ = ('a',)
class B(A):
    __slots__ = ('b',)
class C(B): pass
c = C()
c.a, c.b, c.c = 1, 2, 3
print(c.a, c.b, c.c, c.__dict__, B.__slots__)
b = B()
b.d = 1
`,
		"slots string": `class A:
    __slots__ = 'only'
a = A()
a.only = 1
print(a.only, A.__slots__)
`,
		"private slots": `class A:
    __slots__ = ('__p', '_A__q2', 'r__')
    def set(self): self.__p = 1
a = A()
a.set()
print(a._A__p, sorted(k for k in A.__dict__ if not k.startswith('__')))
`,
		"slot descriptor misuse": `class A:
    __slots__ = ('x',)
class B: pass
A.x.__get__(B())
`,
		"weakref attribute": `class A: pass
print(A().__weakref__)
class S:
    __slots__ = ()
S().__weakref__
`,
		"no dict": `class S:
    __slots__ = ('a',)
S().__dict__
`,
		"builtin subclass attributes": `class L(list): pass
l = L()
l.tag = 'x'
l.append(1)
print(l, l.tag, l.__dict__)
class E(Exception): pass
e = E('m')
e.code = 3
print(e.code, e.__dict__, e.args)
`,
		"builtin subclass slots": `class L(list):
    __slots__ = ('a',)
l = L()
l.a = 5
print(l.a)
l.b = 1
`,
		"class attribute vs instance": `class C:
    n = 0
    def inc(self):
        self.n += 1
c = C()
c.inc()
c.inc()
print(c.n, C.n, c.__dict__)
`,
		"shared keys across instances": `class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
ps = [P(i, i * 2) for i in range(5)]
print([p.x + p.y for p in ps], ps[3].__dict__)
ps[0].extra = 1
print(ps[0].__dict__, ps[1].__dict__)
`,
	})
}

// TestSharedKeys checks the inline values and shared keys directly:
// which instances keep values, what the shared keys hold, and when an
// instance gets a dict of its own.
func TestSharedKeys(t *testing.T) {
	_, errs, _, m := runOM(t, `class C:
    def __init__(self):
        self.a = 1
        self.b = 2
x = C()
y = C()
y.c = 3
z = C()
z.__dict__
w = C()
w.b = 5
del w.a
`)
	if errs != "" {
		t.Fatal(errs)
	}
	g := m.main.Dict
	cls := m.typeObj(m.dictGetStr(g, "C"))
	k := cls.CachedKeys
	if k == nil || k.kind != keysSplit {
		t.Fatal("class has no split shared keys")
	}
	var names []string
	for _, e := range k.entries {
		names = append(names, m.str(e.key).S)
	}
	if got := stringsJoin(names); got != "a b c" {
		t.Errorf("shared keys %q, want \"a b c\"", got)
	}
	inst := func(name string) *Instance { return m.obj(m.dictGetStr(g, name)).(*Instance) }
	x, y, z, w := inst("x"), inst("y"), inst("z"), inst("w")
	if x.values == nil || y.values == nil || w.values == nil {
		t.Fatal("instances lost their inline values")
	}
	if z.values != nil || z.dict == nil {
		t.Error("__dict__ did not materialise z's dict")
	}
	// CPython 3.11: keys 64 slots, 30 usable; each instance takes one off
	// the usable count while more than one is left.
	if k.log2Size != 6 || k.usable != 30-4-3 {
		t.Errorf("keys log2 %d usable %d", k.log2Size, k.usable)
	}
	if len(x.values.vals) != 29 || len(y.values.vals) != 28 {
		t.Errorf("values sizes %d %d, want 29 28", len(x.values.vals), len(y.values.vals))
	}
	if o := y.values.order; len(o) != 3 || o[0] != 0 || o[1] != 1 || o[2] != 2 {
		t.Errorf("y order %v", o)
	}
	if o := w.values.order; len(o) != 1 || o[0] != 1 {
		t.Errorf("w order %v, want [1]", o)
	}
}

func stringsJoin(a []string) string {
	s := ""
	for i, x := range a {
		if i > 0 {
			s += " "
		}
		s += x
	}
	return s
}

// TestInstanceCollect checks that a collection keeps what instances hold
// (inline values, materialised dicts, __slots__, the dicts and slots of
// builtin subclasses kept beside the object) and drops the extras of
// dead objects.
func TestInstanceCollect(t *testing.T) {
	_, errs, _, m := runOM(t, `class P:
    pass
class S:
    __slots__ = ('a',)
class L(list):
    __slots__ = ('tag', '__dict__')
p = P()
p.x = 'x' * 3
q = P()
q.y = ['y']
q.__dict__
s = S()
s.a = ('a',)
keep = L()
keep.tag = 'kept'
keep.extra = {'e': 1}
for i in range(50):
    tmp = L()
    tmp.tag = i
del tmp
`)
	if errs != "" {
		t.Fatal(errs)
	}
	before := len(m.om.extras)
	// The extras of objects freed by one collection are dropped when the
	// next one marks.
	m.collect()
	m.collect()
	if len(m.om.extras) >= before {
		t.Errorf("extras of dead objects kept: %d before, %d after", before, len(m.om.extras))
	}
	g := m.main.Dict
	get := func(obj, name string) string {
		v, err := m.GetAttr(m.dictGetStr(g, obj), m.Intern(name))
		if err != nil {
			t.Fatalf("%s.%s: %v", obj, name, err)
		}
		r, err := m.ReprString(v)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, c := range []struct{ obj, name, want string }{
		{"p", "x", "'xxx'"}, {"q", "y", "['y']"}, {"s", "a", "('a',)"},
		{"keep", "tag", "'kept'"}, {"keep", "extra", "{'e': 1}"},
	} {
		if got := get(c.obj, c.name); got != c.want {
			t.Errorf("%s.%s = %s after a collection, want %s", c.obj, c.name, got, c.want)
		}
	}
}
