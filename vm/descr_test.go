package vm

import (
	"regexp"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// addrRE matches the addresses CPython prints (id-based reprs), which no
// two runs share.
var addrRE = regexp.MustCompile(`0x[0-9a-f]+`)

// checkPyAddr is checkPy with the addresses in both outputs replaced by
// 0x…: for programs that print reprs of functions, methods and other
// objects shown by identity.
func checkPyAddr(t *testing.T, src string) {
	t.Helper()
	wo, we, ws := pythonRun(t, src)
	go_, ge, gs := runPy(t, src)
	norm := func(s string) string { return addrRE.ReplaceAllString(s, "0x…") }
	wo, we, go_, ge = norm(wo), norm(we), norm(go_), norm(ge)
	if go_ != wo || ge != we || gs != ws {
		t.Errorf("program:\n%s\n%s", src, oracle.Diff("python3", "stdout:\n"+wo+"stderr:\n"+we+"status: "+itoa(ws)+"\n",
			"quicken", "stdout:\n"+go_+"stderr:\n"+ge+"status: "+itoa(gs)+"\n", 3, 60))
	}
}

// tryPrelude defines t(f), which prints f()'s repr or the exception it
// raises, so one program can check many behaviours and messages.
const tryPrelude = `def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", repr(r))
`

func runTable(t *testing.T, cases map[string]string) {
	t.Helper()
	for _, name := range sortedKeys(cases) {
		src := cases[name]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			checkPyAddr(t, tryPrelude+src)
		})
	}
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func TestMethodDescriptor(t *testing.T) {
	runTable(t, map[string]string{
		"repr": `
t(lambda: list.append)
t(lambda: list.__dict__['append'])
t(lambda: type(list.append).__name__)
t(lambda: list.append.__name__)
t(lambda: list.append.__qualname__)
t(lambda: list.append.__objclass__)
t(lambda: property.getter.__text_signature__)
t(lambda: property.getter.__doc__)
t(lambda: type(__builtins__).__dir__.__text_signature__)
t(lambda: type(__builtins__).__dir__.__doc__)
t(lambda: setattr(list.append, '__name__', 'x'))
t(lambda: setattr(list.append, '__doc__', 'x'))
`,
		"bind": `
l = []
a = l.append
t(lambda: a)
t(lambda: a.__self__ is l)
t(lambda: a.__name__)
t(lambda: a.__qualname__)
t(lambda: a.__module__)
a(1)
t(lambda: l)
t(lambda: l.append == l.append)
t(lambda: [].append == [].append)
t(lambda: l.append is l.append)
t(lambda: hash(l.append) == hash(l.append))
t(lambda: list.append is list.append)
t(lambda: list.__dict__['append'].__get__(l, list).__self__ is l)
t(lambda: list.__dict__['append'].__get__(None, list))
`,
		"unbound call": `
l = []
list.append(l, 1)
t(lambda: l)
t(lambda: list.append(1, 2))
t(lambda: list.append())
t(lambda: list.append([], 1, 2))
t(lambda: list.append([], x=1))
t(lambda: list.__dict__['append'].__get__(1))
t(lambda: list.__dict__['append'].__get__(None, None))
t(lambda: list.__dict__['append'].__get__())
`,
		"classmethod descriptor": `
t(lambda: dict.__dict__['fromkeys'])
t(lambda: type(dict.__dict__['fromkeys']).__name__)
t(lambda: dict.fromkeys([1, 2]))
t(lambda: {}.fromkeys([3]))
t(lambda: dict.fromkeys.__self__)
t(lambda: dict.fromkeys.__qualname__)
t(lambda: dict.__dict__['fromkeys'](dict, [1]))
t(lambda: dict.__dict__['fromkeys'](1))
t(lambda: dict.__dict__['fromkeys'](int, [1]))
t(lambda: dict.__dict__['fromkeys']())
t(lambda: dict.__dict__['fromkeys'].__get__(1))
t(lambda: dict.__dict__['fromkeys'].__get__(None, int))
t(lambda: dict.__dict__['fromkeys'].__get__(None, None))
t(lambda: dict.__dict__['fromkeys'].__get__({}))
class D(dict): pass
t(lambda: D.fromkeys([1]))
t(lambda: type(D.fromkeys([1])).__name__)
`,
		"builtin function": `
t(lambda: len)
t(lambda: print)
t(lambda: len.__name__)
t(lambda: len.__qualname__)
t(lambda: len.__module__)
t(lambda: len.__self__ is __builtins__)
t(lambda: [].append.__self__)
t(lambda: type(len).__name__)
t(lambda: len == len)
t(lambda: len != print)
t(lambda: hash(len) == hash(len))
t(lambda: len < print)
`,
		"getset descriptor": `
def f(): pass
class C:
    def m(self): pass
G = type(f).__dict__['__code__']
t(lambda: G)
t(lambda: type(G).__name__)
t(lambda: G.__name__)
t(lambda: G.__qualname__)
t(lambda: G.__objclass__)
t(lambda: G.__get__(f) is f.__code__)
t(lambda: G.__get__("a"))
t(lambda: G.__get__(None, type(f)) is G)
t(lambda: G.__set__(1, 2))
t(lambda: G.__set__(f, 2))
t(lambda: G.__delete__(f))
D = type(C().m).__dict__['__doc__']
t(lambda: D)
t(lambda: D.__set__(C().m, 1))
t(lambda: setattr(C().m, '__doc__', 1))
t(lambda: setattr(G, 'x', 1))
`,
	})
}

// TestStaticBuiltin checks the staticmethod that a builtin type's static
// method (METH_STATIC, such as str.maketrans) becomes in its namespace.
func TestStaticBuiltin(t *testing.T) {
	m := New(Options{})
	def := &MethodDef{Name: "maketrans", Kind: StaticMethod,
		Fn: func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
			if self != Null {
				t.Errorf("static method called with self")
			}
			return m.NewInt(int64(len(args))), nil
		}}
	sm := m.methodDescriptorFor(m.types.Str, def)
	r, err := m.ReprString(sm)
	if err != nil {
		t.Fatal(err)
	}
	if want := "<staticmethod(<built-in method maketrans of type object at 0x…>)>"; addrRE.ReplaceAllString(r, "0x…") != want {
		t.Errorf("repr %q, want %q", r, want)
	}
	f, err := m.TypeOf(sm).DescrGet(m, sm, Null, m.types.Str)
	if err != nil {
		t.Fatal(err)
	}
	self, err := m.GetAttr(f, m.Intern("__self__"))
	if err != nil || self != None {
		t.Errorf("__self__ = %v, %v; want None", self, err)
	}
	q, err := m.GetAttr(f, m.Intern("__qualname__"))
	if err != nil || m.str(q).S != "str.maketrans" {
		t.Errorf("__qualname__ = %v, %v", q, err)
	}
	n, err := m.Call(f, []Value{None, None}, nil)
	if err != nil || n != SmallIntValue(2) {
		t.Errorf("call = %v, %v", n, err)
	}
}
