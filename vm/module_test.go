package vm

import "testing"

func TestModuleObject(t *testing.T) {
	runTable(t, map[string]string{
		"module type": `
M = type(__builtins__)
t(lambda: M('foo'))
t(lambda: M('foo', 'docstr').__doc__)
t(lambda: M('foo').__dict__)
t(lambda: M('foo').zz)
t(lambda: M())
t(lambda: M(1))
t(lambda: M(name='a'))
t(lambda: M('a', doc=3).__doc__)
t(lambda: M.__new__(M).__dict__)
t(lambda: repr(M.__new__(M)))
t(lambda: type(M('x')).__name__)
`,
		"getattr hook and repr": `
M = type(__builtins__)
m = M('bar')
m.__getattr__ = lambda name: "ga:" + name
t(lambda: m.zz)
del m.__getattr__
t(lambda: delattr(m, 'zz'))
m.__dict__['__name__'] = 5
t(lambda: m.zz)
t(lambda: m)
del m.__dict__['__name__']
t(lambda: m.zz)
t(lambda: m)
m2 = M('baz')
m2.__file__ = '/x/y.py'
t(lambda: m2)
m2.__loader__ = 1
t(lambda: m2)
t(lambda: setattr(m2, '__dict__', {}))
m3 = M('q')
class L:
    def __repr__(self): return "LL"
m3.__loader__ = L()
t(lambda: m3)
class S:
    name = 'nm'
    origin = 'orig'
    loader = None
    has_location = True
m3.__spec__ = S()
t(lambda: m3)
S.has_location = False
t(lambda: m3)
S.origin = None
t(lambda: m3)
S.loader = 5
t(lambda: m3)
`,
		"main module": `
import sys
t(lambda: sys.modules['__main__'].__name__)
t(lambda: __loader__)
t(lambda: type(__loader__).__name__)
t(lambda: __loader__.name)
t(lambda: __loader__.path == __file__)
t(lambda: __loader__.__dict__ == {'name': '__main__', 'path': __file__})
t(lambda: __spec__)
`,
		"annotations and dir": `
M = type(__builtins__)
m = M('a')
t(lambda: m.__annotations__)
t(lambda: m.__dict__['__annotations__'])
del m.__annotations__
t(lambda: delattr(m, '__annotations__'))
t(lambda: m.__dir__())
m.__dir__ = lambda: ['x']
t(lambda: m.__dir__())
t(lambda: dir(m))
`,
	})
}

// TestBuiltinModuleSpec checks the __spec__ and __loader__ that
// setBuiltinSpec gives a built-in module, with the reprs CPython 3.11
// prints for sys.
func TestBuiltinModuleSpec(t *testing.T) {
	m := New(Options{})
	mod := m.NewModule("sys")
	m.setBuiltinSpec(mod)
	get := func(v Value, name string) Value {
		r, err := m.GetAttr(v, m.Intern(name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return r
	}
	repr := func(v Value) string {
		s, err := m.ReprString(v)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	spec := get(mod.self, "__spec__")
	for _, c := range []struct{ got, want string }{
		{repr(mod.self), "<module 'sys' (built-in)>"},
		{repr(spec), "ModuleSpec(name='sys', loader=<class '_frozen_importlib.BuiltinImporter'>, origin='built-in')"},
		{repr(get(mod.self, "__loader__")), "<class '_frozen_importlib.BuiltinImporter'>"},
		{repr(m.TypeOf(spec).self), "<class '_frozen_importlib.ModuleSpec'>"},
		{repr(get(spec, "parent")), "''"},
		{repr(get(spec, "has_location")), "False"},
		{repr(get(spec, "cached")), "None"},
	} {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
	if eq, err := m.Equal(spec, spec); err != nil || !eq {
		t.Errorf("spec == spec: %v, %v", eq, err)
	}
	if _, err := m.Hash(spec); err == nil {
		t.Errorf("ModuleSpec is hashable")
	}
}
