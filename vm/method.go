package vm

// Bound methods: method objects (a function or other callable bound to
// an instance, CPython's Objects/classobject.c) and
// builtin_function_or_method (a MethodDef bound to its module or
// instance, Objects/methodobject.c).

import (
	"hash/fnv"
)

// --- builtin_function_or_method ---

func (m *Machine) builtinFunc(v Value) *BuiltinFunction {
	f, _ := m.obj0(v).(*BuiltinFunction)
	return f
}

// isModule reports whether v is a module (or an instance of a subclass).
func (m *Machine) isModule(v Value) bool {
	_, ok := m.obj0(v).(*Module)
	return ok
}

// boundSelf is PyCFunction_GET_SELF: the object passed as self, Null for
// a static method (whose m_self is its type, for the repr only).
func (f *BuiltinFunction) boundSelf() Value {
	if f.Def.Kind == StaticMethod {
		return Null
	}
	return f.Self
}

func builtinCall(m *Machine, callable Value, args, kwnames []Value) (Value, error) {
	f := m.builtinFunc(callable)
	return f.Def.Fn(m, f.boundSelf(), args, kwnames)
}

// builtinRepr is meth_repr: a function of a module (or none) or a method
// bound to an object.
func builtinRepr(m *Machine, v Value) (Value, error) {
	f := m.builtinFunc(v)
	if f.Self == Null || m.isModule(f.Self) {
		return m.NewStr("<built-in function " + f.Def.Name + ">"), nil
	}
	return m.NewStr("<built-in method " + f.Def.Name + " of " + m.typeName(f.Self) +
		" object at " + hexAddr(m.FakeAddress(f.Self)) + ">"), nil
}

// builtinQualName is meth_get__qualname__: the name alone for a module
// function, else qualified by the type it is bound to (or of its self).
func (m *Machine) builtinQualName(f *BuiltinFunction) string {
	if f.Self == Null || m.isModule(f.Self) {
		return f.Def.Name
	}
	t := m.typeObj(f.Self)
	if t == nil {
		t = m.TypeOf(f.Self)
	}
	return typeQualName(t) + "." + f.Def.Name
}

// builtinRichCompare is meth_richcompare: equal when bound to the same
// object and made from the same definition.
func builtinRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	fa, fb := m.builtinFunc(a), m.builtinFunc(b)
	if op != EQ && op != NE || fa == nil || fb == nil {
		return NotImplemented, nil
	}
	eq := fa.Self == fb.Self && fa.Def == fb.Def
	return Bool(eq == (op == EQ)), nil
}

// defHash stands for the address of a builtin's C function in meth_hash:
// a hash of its name, so that it is the same on every run.
func defHash(def *MethodDef) int64 {
	h := fnv.New64a()
	h.Write([]byte(def.Name))
	return int64(h.Sum64() >> 4)
}

func builtinHash(m *Machine, v Value) (int64, error) {
	f := m.builtinFunc(v)
	var x int64
	if f.Self != Null {
		x, _ = identityHash(m, f.Self)
	}
	x ^= defHash(f.Def)
	if x == -1 {
		x = -2
	}
	return x, nil
}

var builtinFunctionSpec = typeSpec{name: "builtin_function_or_method", basicSize: 56, weakrefOffset: 40,
	flags: FlagHaveGC | FlagImmutable,
	slots: Slots{Repr: builtinRepr, Hash: builtinHash, Call: builtinCall, GetAttr: genericGetAttr,
		RichCompare: builtinRichCompare},
	methods: []MethodDef{{Name: "__reduce__", Fn: builtinReduce}},
	getsets: []GetSetDef{
		{Name: "__module__",
			Get: func(m *Machine, self Value) (Value, error) {
				if f := m.builtinFunc(self); f.Module != Null {
					return f.Module, nil
				}
				return None, nil
			},
			Set: func(m *Machine, self, v Value) error {
				m.builtinFunc(self).Module = v
				return nil
			}},
		{Name: "__doc__", Get: func(m *Machine, self Value) (Value, error) {
			f := m.builtinFunc(self)
			return m.docValue(f.Def.Name, f.Def.Doc), nil
		}},
		{Name: "__name__", Get: func(m *Machine, self Value) (Value, error) {
			return m.Intern(m.builtinFunc(self).Def.Name), nil
		}},
		{Name: "__qualname__", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewStr(m.builtinQualName(m.builtinFunc(self))), nil
		}},
		{Name: "__self__", Get: func(m *Machine, self Value) (Value, error) {
			if s := m.builtinFunc(self).boundSelf(); s != Null {
				return s, nil
			}
			return None, nil
		}},
		{Name: "__text_signature__", Get: func(m *Machine, self Value) (Value, error) {
			f := m.builtinFunc(self)
			return m.textSignature(f.Def.Name, f.Def.Doc), nil
		}},
	},
}

// --- method (bound method) ---

func (m *Machine) boundMethod(v Value) *Method {
	b, _ := m.obj0(v).(*Method)
	return b
}

// NewMethod returns a method binding fn to self (PyMethod_New).
func (m *Machine) NewMethod(fn, self Value) Value {
	return m.alloc(&Method{Func: fn, Self: self}, m.types.Method)
}

// methodCall is method_vectorcall: the function called with self first.
func methodCall(m *Machine, callable Value, args, kwnames []Value) (Value, error) {
	b := m.boundMethod(callable)
	all := make([]Value, len(args)+1)
	all[0] = b.Self
	copy(all[1:], args)
	if fn := m.function(b.Func); fn != nil {
		return m.callPython(fn, all, kwnames, Null)
	}
	return m.Call(b.Func, all, kwnames)
}

// methodRepr is method_repr: the function's __qualname__ (or __name__, or
// "?") and the repr of self.
func methodRepr(m *Machine, v Value) (Value, error) {
	b := m.boundMethod(v)
	name := "?"
	for _, attr := range [...]string{"__qualname__", "__name__"} {
		n, err := m.GetAttr(b.Func, m.Intern(attr))
		if err != nil {
			if m.isRaise(err, m.types.exceptions["AttributeError"]) {
				continue
			}
			return Null, err
		}
		if s := m.str(n); s != nil {
			name = s.S
		}
		break
	}
	self, err := m.ReprString(b.Self)
	if err != nil {
		return Null, err
	}
	return m.NewStr("<bound method " + name + " of " + self + ">"), nil
}

// methodGetAttr is method_getattro: the method type's own attributes,
// then the function's.
func methodGetAttr(m *Machine, obj, name Value) (Value, error) {
	if err := m.attrName(name); err != nil {
		return Null, err
	}
	t := m.TypeOf(obj)
	if descr := m.lookupType(t, name); descr != Null {
		if get := m.TypeOf(descr).DescrGet; get != nil {
			return get(m, descr, obj, t)
		}
		return descr, nil
	}
	return m.GetAttr(m.boundMethod(obj).Func, name)
}

// methodRichCompare is method_richcompare (3.8+): equal functions bound
// to the same object.
func methodRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	ma, mb := m.boundMethod(a), m.boundMethod(b)
	if op != EQ && op != NE || ma == nil || mb == nil {
		return NotImplemented, nil
	}
	eq, err := m.Equal(ma.Func, mb.Func)
	if err != nil {
		return Null, err
	}
	eq = eq && ma.Self == mb.Self
	return Bool(eq == (op == EQ)), nil
}

func methodHash(m *Machine, v Value) (int64, error) {
	b := m.boundMethod(v)
	x, _ := identityHash(m, b.Self)
	y, err := m.Hash(b.Func)
	if err != nil {
		return 0, err
	}
	x ^= y
	if x == -1 {
		x = -2
	}
	return x, nil
}

// methodNew is types.MethodType(function, instance).
func methodNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 {
		return Null, m.typeError("method() takes no keyword arguments")
	}
	if len(args) != 2 {
		return Null, m.typeError("method expected 2 arguments, got %d", len(args))
	}
	if m.TypeOf(args[0]).Call == nil && m.function(args[0]) == nil {
		return Null, m.typeError("first argument must be callable")
	}
	if args[1] == None {
		return Null, m.typeError("instance must not be None")
	}
	return m.alloc(&Method{Func: args[0], Self: args[1]}, t), nil
}

var methodSpec = typeSpec{name: "method", basicSize: 48, weakrefOffset: 32,
	flags: FlagHaveGC,
	slots: Slots{Repr: methodRepr, Hash: methodHash, Call: methodCall, GetAttr: methodGetAttr,
		SetAttr: genericSetAttr, RichCompare: methodRichCompare, New: methodNew},
	getsets: []GetSetDef{
		{Name: "__func__", Get: func(m *Machine, self Value) (Value, error) { return m.boundMethod(self).Func, nil }, Set: readonlyMember},
		{Name: "__self__", Get: func(m *Machine, self Value) (Value, error) { return m.boundMethod(self).Self, nil }, Set: readonlyMember},
		{Name: "__doc__", Get: func(m *Machine, self Value) (Value, error) {
			return m.GetAttr(m.boundMethod(self).Func, m.Intern("__doc__"))
		}},
	},
}
