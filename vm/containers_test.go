package vm

import (
	"bytes"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// The container tests are differential (checkPy). Until the builtins
// module has the functions they call, checkCt runs them with a stand-in
// for the few builtins they use (containers' constructors, len, iter,
// next, sorted, reversed, repr, hash, isinstance, and sys.getsizeof);
// once the real builtins exist the stand-ins step aside and checkCt is
// checkPy.

// ctScaffoldNeeded reports whether the builtins module lacks what the
// container tests call.
func ctScaffoldNeeded(m *Machine) bool {
	return m.dictGetStr(m.builtins, "len") == Null
}

func checkCt(t *testing.T, src string) {
	t.Helper()
	m := New(Options{})
	if !ctScaffoldNeeded(m) || m.types.Type.Call == nil {
		checkPy(t, src)
		return
	}
	wo, we, ws := pythonRun(t, src)
	qsrc := strings.ReplaceAll(src, "import sys\n", "")
	code, err := Compile([]byte(qsrc), "/tmp/prog.py")
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	var out, errb bytes.Buffer
	m = New(Options{Stdout: &out, Stderr: &errb, Argv: []string{"/tmp/prog.py"}})
	installCtScaffold(m)
	res, err := m.RunMain(code)
	if err != nil {
		t.Fatalf("run: %v (stderr so far: %s)", err, errb.String())
	}
	go_, ge, gs := out.String(), errb.String(), res.ExitStatus
	// The scaffold's builtins cannot reproduce CPython's tracebacks of
	// builtins exactly: compare only the last line of stderr.
	if go_ != wo || lastLine(ge) != lastLine(we) || gs != ws {
		t.Errorf("program:\n%s\n%s", src, oracle.Diff("python3", "stdout:\n"+wo+"stderr:\n"+we+"status: "+itoa(ws)+"\n",
			"quicken", "stdout:\n"+go_+"stderr:\n"+ge+"status: "+itoa(gs)+"\n", 3, 60))
	}
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func installCtScaffold(m *Machine) {
	def := func(name string, fn BuiltinFunc) {
		d := &MethodDef{Name: name, Fn: fn}
		m.dictSetStr(m.builtins, name, m.NewBuiltinFunction(d, m.builtinsModule, m.Intern("builtins")))
	}
	for name, t := range map[string]*Type{"list": m.types.List, "tuple": m.types.Tuple, "dict": m.types.Dict,
		"set": m.types.Set, "frozenset": m.types.FrozenSet, "range": m.types.Range, "slice": m.types.Slice,
		"object": m.types.Object, "int": m.types.Int, "str": m.types.Str, "type": m.types.Type} {
		m.dictSetStr(m.builtins, name, t.self)
	}
	m.dictSetStr(m.builtins, "NotImplemented", NotImplemented)
	m.dictSetStr(m.builtins, "None", None)
	for name, t := range m.types.exceptions {
		m.dictSetStr(m.builtins, name, t.self)
	}
	def("len", func(m *Machine, self Value, args, kw []Value) (Value, error) {
		n, err := m.Len(args[0])
		return m.NewInt(int64(n)), err
	})
	def("iter", func(m *Machine, self Value, args, kw []Value) (Value, error) {
		if len(args) == 2 {
			return m.NewCallIter(args[0], args[1]), nil
		}
		return m.GetIter(args[0])
	})
	def("next", func(m *Machine, self Value, args, kw []Value) (Value, error) {
		v, err := m.Next(args[0])
		if err == nil && v == Null {
			if len(args) > 1 {
				return args[1], nil
			}
			return Null, m.RaiseArgs(m.types.exceptions["StopIteration"])
		}
		return v, err
	})
	def("repr", func(m *Machine, self Value, args, kw []Value) (Value, error) { return m.Repr(args[0]) })
	def("hash", func(m *Machine, self Value, args, kw []Value) (Value, error) {
		h, err := m.Hash(args[0])
		return m.NewInt(h), err
	})
	def("isinstance", func(m *Machine, self Value, args, kw []Value) (Value, error) {
		return Bool(m.TypeOf(args[0]).IsSubtype(m.typeObj(args[1]))), nil
	})
	def("reversed", func(m *Machine, self Value, args, kw []Value) (Value, error) {
		f, err := m.lookupSpecial(args[0], "__reversed__")
		if err != nil || f == Null {
			return Null, m.typeError("'%s' object is not reversible", m.typeName(args[0]))
		}
		return m.Call(f, nil, nil)
	})
	def("sorted", func(m *Machine, self Value, args, kw []Value) (Value, error) {
		n := len(args) - len(kw)
		lv, err := m.NewListFromIterable(args[0])
		if err != nil {
			return Null, err
		}
		key, rev := Null, false
		for i, k := range kw {
			switch m.str(k).S {
			case "key":
				if args[n+i] != None {
					key = args[n+i]
				}
			case "reverse":
				rev = args[n+i] == True
			}
		}
		return lv, m.ListSort(m.list(lv), key, rev)
	})
	sys := m.NewModule("sys")
	getsizeof := &MethodDef{Name: "getsizeof", Fn: func(m *Machine, self Value, args, kw []Value) (Value, error) {
		o := m.obj0(args[0])
		if s, ok := o.(sizer); ok {
			return m.NewInt(int64(s.sizeOf())), nil
		}
		t := m.TypeOf(args[0])
		n := t.BasicSize
		if t.Flags&FlagHaveGC != 0 {
			n += 16
		}
		return m.NewInt(int64(n)), nil
	}}
	m.dictSetStr(sys.Dict, "getsizeof", m.NewBuiltinFunction(getsizeof, sys.self, m.Intern("sys")))
	m.dictSetStr(m.builtins, "sys", sys.self)
}

// ctCases runs each program through checkCt as a subtest.
func ctCases(t *testing.T, cases map[string]string) {
	t.Helper()
	for name, src := range cases {
		t.Run(name, func(t *testing.T) { checkCt(t, src) })
	}
}
