package vm

// Function, cell and code objects as Python sees them (CPython's
// Objects/funcobject.c, cellobject.c, codeobject.c): their attributes,
// reprs, binding and calls. The structs are in function.go and code.go.

import (
	"hash/fnv"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// --- function ---

func (f *Function) instanceDict(m *Machine, create bool) *Dict {
	if f.dict == nil && create {
		f.dict = m.NewDict()
	}
	return f.dict
}

func funcRepr(m *Machine, v Value) (Value, error) {
	f := m.function(v)
	name := "?"
	if s := m.str(f.QualName); s != nil {
		name = s.S
	}
	return m.NewStr("<function " + name + " at " + hexAddr(m.FakeAddress(v)) + ">"), nil
}

func funcCall(m *Machine, callable Value, args, kwnames []Value) (Value, error) {
	return m.callPython(m.function(callable), args, kwnames, Null)
}

// funcDescrGet is func_descr_get: on a class (or None, as CPython 3.11
// still allows) the function itself, on an instance a bound method.
func funcDescrGet(m *Machine, descr, obj Value, typ *Type) (Value, error) {
	if obj == Null || obj == None {
		return descr, nil
	}
	return m.NewMethod(descr, obj), nil
}

// funcAnnotations is func_get_annotations: the annotations MAKE_FUNCTION
// left as a tuple of names and values become a dict on first access; a
// function without any gets an empty dict.
func (m *Machine) funcAnnotations(f *Function) (Value, error) {
	if f.Annotations == Null || f.Annotations == None {
		f.Annotations = m.NewDict().self
		return f.Annotations, nil
	}
	if t := m.tuple(f.Annotations); t != nil {
		d := m.NewDict()
		for i := 0; i+1 < len(t.Items); i += 2 {
			if err := m.DictSet(d, t.Items[i], t.Items[i+1]); err != nil {
				return Null, err
			}
		}
		f.Annotations = d.self
	}
	return f.Annotations, nil
}

// builtinsOf is _PyEval_BuiltinsFromGlobals: the namespace named by
// globals["__builtins__"] (a module or a dict), else the interpreter's.
func (m *Machine) builtinsOf(globals *Dict) *Dict {
	b := m.dictGetStr(globals, "__builtins__")
	if mod, ok := m.obj0(b).(*Module); ok {
		return mod.Dict
	}
	if d, ok := m.obj0(b).(*Dict); ok {
		return d
	}
	return m.builtins
}

var funcNewArgs = ArgSpec{Name: "function", Kind: ArgsKeywords,
	Names: []string{"code", "globals", "name", "argdefs", "closure"}, Min: 2, Max: -1}

// funcNew is types.FunctionType(code, globals, name=None, argdefs=None,
// closure=None).
func funcNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	var a [5]Value
	if err := m.ParseArgs(&funcNewArgs, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	code, ok := m.obj0(a[0]).(*Code)
	if !ok {
		return Null, m.typeError("function() argument 'code' must be code, not %s", m.typeName(a[0]))
	}
	globals, ok := m.obj0(a[1]).(*Dict)
	if !ok {
		return Null, m.typeError("function() argument 'globals' must be dict, not %s", m.typeName(a[1]))
	}
	name, defs, closure := a[2], a[3], a[4]
	if name != Null && name != None && m.str(name) == nil {
		return Null, m.typeError("arg 3 (name) must be None or string")
	}
	if defs != Null && defs != None && m.tuple(defs) == nil {
		return Null, m.typeError("arg 4 (defaults) must be None or tuple")
	}
	if closure == Null {
		closure = None
	}
	if m.tuple(closure) == nil {
		if code.NFree > 0 && closure == None {
			return Null, m.typeError("arg 5 (closure) must be tuple")
		} else if closure != None {
			return Null, m.typeError("arg 5 (closure) must be None or tuple")
		}
	}
	nclosure := 0
	if closure != None {
		nclosure = len(m.tuple(closure).Items)
	}
	if code.NFree != nclosure {
		return Null, m.Raisef(m.types.ValueError, "%s requires closure of length %d, not %d", code.Code.Name, code.NFree, nclosure)
	}
	if nclosure > 0 {
		for _, c := range m.tuple(closure).Items {
			if _, ok := m.obj0(c).(*Cell); !ok {
				return Null, m.typeError("arg 5 (closure) expected cell, found %s", m.typeName(c))
			}
		}
	}
	fn := &Function{Code: code, Globals: globals, Builtins: m.builtinsOf(globals),
		Name: code.name, QualName: code.qualname, Defaults: Null, KwDefaults: Null, Closure: Null,
		Doc: None, Annotations: Null}
	if name != Null && name != None {
		fn.Name = name
	}
	if defs != Null && defs != None {
		fn.Defaults = defs
	}
	if nclosure > 0 {
		fn.Closure = closure
	}
	if len(code.Consts) > 0 && m.str(code.Consts[0]) != nil {
		fn.Doc = code.Consts[0]
	}
	fn.Module = m.dictGetStr(globals, "__name__")
	if fn.Module == Null {
		fn.Module = None
	}
	// func_version stays 0 until the specializer asks for it (CPython
	// 3.11's _PyFunction_GetVersionForCurrentState numbers lazily).
	return m.alloc(fn, t), nil
}

// orNone reads a T_OBJECT member: Null reads as None.
func orNone(v Value) Value {
	if v == Null {
		return None
	}
	return v
}

var functionSpec = typeSpec{name: "function", basicSize: 136, dictOffset: 88, weakrefOffset: 96,
	flags: FlagHaveGC | FlagImmutable | flagMethodDescriptor,
	slots: Slots{Repr: funcRepr, Call: funcCall, DescrGet: funcDescrGet, New: funcNew,
		GetAttr: genericGetAttr, SetAttr: genericSetAttr},
	getsets: []GetSetDef{
		{Name: "__closure__", Get: func(m *Machine, self Value) (Value, error) { return orNone(m.function(self).Closure), nil }, Set: readonlyMember},
		{Name: "__doc__",
			Get: func(m *Machine, self Value) (Value, error) { return orNone(m.function(self).Doc), nil },
			Set: func(m *Machine, self, v Value) error { m.function(self).Doc = v; return nil }},
		{Name: "__globals__", Get: func(m *Machine, self Value) (Value, error) { return m.function(self).Globals.self, nil }, Set: readonlyMember},
		{Name: "__module__",
			Get: func(m *Machine, self Value) (Value, error) { return orNone(m.function(self).Module), nil },
			Set: func(m *Machine, self, v Value) error { m.function(self).Module = v; return nil }},
		{Name: "__builtins__", Get: func(m *Machine, self Value) (Value, error) { return m.function(self).Builtins.self, nil }, Set: readonlyMember},
		{Name: "__code__",
			Get: func(m *Machine, self Value) (Value, error) { return m.function(self).Code.self, nil },
			Set: func(m *Machine, self, v Value) error {
				f := m.function(self)
				c, ok := m.obj0(v).(*Code)
				if !ok {
					return m.typeError("__code__ must be set to a code object")
				}
				nclosure := 0
				if f.Closure != Null {
					nclosure = len(m.tuple(f.Closure).Items)
				}
				if c.NFree != nclosure {
					return m.Raisef(m.types.ValueError, "%s() requires a code object with %d free vars, not %d",
						m.str(f.Name).S, nclosure, c.NFree)
				}
				// CPython 3.11: a changed function loses its func_version,
				// so specialized calls to it deoptimise.
				f.Version = 0
				f.Code = c
				return nil
			}},
		{Name: "__defaults__",
			Get: func(m *Machine, self Value) (Value, error) { return orNone(m.function(self).Defaults), nil },
			Set: func(m *Machine, self, v Value) error {
				if v == None {
					v = Null
				}
				if v != Null && m.tuple(v) == nil {
					return m.typeError("__defaults__ must be set to a tuple object")
				}
				f := m.function(self)
				f.Version = 0
				f.Defaults = v
				return nil
			}},
		{Name: "__kwdefaults__",
			Get: func(m *Machine, self Value) (Value, error) { return orNone(m.function(self).KwDefaults), nil },
			Set: func(m *Machine, self, v Value) error {
				if v == None {
					v = Null
				}
				if _, ok := m.obj0(v).(*Dict); v != Null && !ok {
					return m.typeError("__kwdefaults__ must be set to a dict object")
				}
				f := m.function(self)
				f.Version = 0
				f.KwDefaults = v
				return nil
			}},
		{Name: "__annotations__",
			Get: func(m *Machine, self Value) (Value, error) { return m.funcAnnotations(m.function(self)) },
			Set: func(m *Machine, self, v Value) error {
				if v == None {
					v = Null
				}
				if _, ok := m.obj0(v).(*Dict); v != Null && !ok {
					return m.typeError("__annotations__ must be set to a dict object")
				}
				m.function(self).Annotations = v
				return nil
			}},
		dictGetSet,
		{Name: "__name__",
			Get: func(m *Machine, self Value) (Value, error) { return m.function(self).Name, nil },
			Set: func(m *Machine, self, v Value) error {
				if m.str(v) == nil {
					return m.typeError("__name__ must be set to a string object")
				}
				m.function(self).Name = v
				return nil
			}},
		{Name: "__qualname__",
			Get: func(m *Machine, self Value) (Value, error) { return m.function(self).QualName, nil },
			Set: func(m *Machine, self, v Value) error {
				if m.str(v) == nil {
					return m.typeError("__qualname__ must be set to a string object")
				}
				m.function(self).QualName = v
				return nil
			}},
	},
}

// --- cell ---

func (m *Machine) cell(v Value) *Cell {
	c, _ := m.obj0(v).(*Cell)
	return c
}

// cellRepr is cell_repr: <cell at 0x…: empty> or the type and address of
// the content.
func cellRepr(m *Machine, v Value) (Value, error) {
	c := m.cell(v)
	s := "<cell at " + hexAddr(m.FakeAddress(v)) + ": "
	if c.V == Null {
		s += "empty>"
	} else {
		s += m.typeName(c.V) + " object at " + hexAddr(m.FakeAddress(c.V)) + ">"
	}
	return m.NewStr(s), nil
}

// cellRichCompare compares cells by content, an empty cell before any
// other.
func cellRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	ca, cb := m.cell(a), m.cell(b)
	if ca == nil || cb == nil {
		return NotImplemented, nil
	}
	if ca.V != Null && cb.V != Null {
		return m.RichCompare(ca.V, cb.V, op)
	}
	x, y := 0, 0
	if cb.V == Null {
		x = 1
	}
	if ca.V == Null {
		y = 1
	}
	return compareInts(int64(x), int64(y), op), nil
}

// cellNew is types.CellType([contents]).
func cellNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 {
		return Null, m.typeError("cell() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Null, m.typeError("cell expected at most 1 argument, got %d", len(args))
	}
	c := &Cell{}
	if len(args) == 1 {
		c.V = args[0]
	}
	return m.alloc(c, t), nil
}

var cellSpec = typeSpec{name: "cell", basicSize: 24,
	flags: FlagHaveGC,
	slots: Slots{Repr: cellRepr, RichCompare: cellRichCompare, New: cellNew,
		GetAttr: genericGetAttr},
	getsets: []GetSetDef{
		{Name: "cell_contents",
			Get: func(m *Machine, self Value) (Value, error) {
				if v := m.cell(self).V; v != Null {
					return v, nil
				}
				return Null, m.Raisef(m.types.ValueError, "Cell is empty")
			},
			Set: func(m *Machine, self, v Value) error {
				m.cell(self).V = v
				return nil
			}},
	},
}

// --- code ---

func (m *Machine) codeObj(v Value) *Code {
	c, _ := m.obj0(v).(*Code)
	return c
}

func codeRepr(m *Machine, v Value) (Value, error) {
	c := m.codeObj(v)
	return m.NewStr("<code object " + c.Code.Name + " at " + hexAddr(m.FakeAddress(v)) +
		", file \"" + c.Filename + "\", line " + itoa(c.FirstLineNo) + ">"), nil
}

// codeRichCompare is code_richcompare: code objects are equal when their
// name, signature, flags, first line, instructions, constants, names and
// tables are (bytecode.Code.ConstKey lists exactly those).
func codeRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	ca, cb := m.codeObj(a), m.codeObj(b)
	if op != EQ && op != NE || ca == nil || cb == nil {
		return NotImplemented, nil
	}
	eq := ca == cb || ca.Code.ConstKey() == cb.Code.ConstKey()
	return Bool(eq == (op == EQ)), nil
}

func codeHash(m *Machine, v Value) (int64, error) {
	h := fnv.New64a()
	h.Write([]byte(m.codeObj(v).Code.ConstKey()))
	x := int64(h.Sum64() >> 3)
	if x == -1 {
		x = -2
	}
	return x, nil
}

// strTuple makes a tuple of interned strs.
func (m *Machine) strTuple(names []string) Value {
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = m.Intern(n)
	}
	return m.NewTuple(items)
}

func codeInt(get func(c *Code) int) GetSetDef {
	return GetSetDef{Get: func(m *Machine, self Value) (Value, error) {
		return m.NewInt(int64(get(m.codeObj(self)))), nil
	}, Set: readonlyMember}
}

func named(name string, d GetSetDef) GetSetDef {
	d.Name = name
	return d
}

// codeNLocals is co_nlocals: the localsplus slots that are locals.
func codeNLocals(c *Code) int {
	n := 0
	for _, k := range c.LocalsPlusKinds {
		if k&bytecode.FastLocal != 0 {
			n++
		}
	}
	return n
}

var codeSpec = typeSpec{name: "code", basicSize: 184, itemSize: 2, weakrefOffset: 144,
	slots: Slots{Repr: codeRepr, Hash: codeHash, RichCompare: codeRichCompare, GetAttr: genericGetAttr},
	methods: []MethodDef{
		{Name: "co_lines", Fn: codeCoLines},
		{Name: "co_positions", Fn: codeCoPositions},
		{Name: "_varname_from_oparg", Fn: codeVarnameFromOparg},
	},
	getsets: []GetSetDef{
		{Name: "co_lnotab", Get: codeLnotab},
		named("co_argcount", codeInt(func(c *Code) int { return c.ArgCount })),
		named("co_posonlyargcount", codeInt(func(c *Code) int { return c.PosOnlyArgCount })),
		named("co_kwonlyargcount", codeInt(func(c *Code) int { return c.KwOnlyArgCount })),
		named("co_stacksize", codeInt(func(c *Code) int { return c.StackSize })),
		named("co_flags", codeInt(func(c *Code) int { return int(c.Flags) })),
		named("co_nlocals", codeInt(codeNLocals)),
		named("co_firstlineno", codeInt(func(c *Code) int { return c.FirstLineNo })),
		{Name: "co_filename", Get: func(m *Machine, self Value) (Value, error) { return m.codeObj(self).filename, nil }, Set: readonlyMember},
		{Name: "co_name", Get: func(m *Machine, self Value) (Value, error) { return m.codeObj(self).name, nil }, Set: readonlyMember},
		{Name: "co_qualname", Get: func(m *Machine, self Value) (Value, error) { return m.codeObj(self).qualname, nil }, Set: readonlyMember},
		{Name: "co_linetable", Get: func(m *Machine, self Value) (Value, error) { return m.NewBytes(m.codeObj(self).LineTable), nil }, Set: readonlyMember},
		{Name: "co_exceptiontable", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewBytes(m.codeObj(self).ExceptionTable), nil
		}, Set: readonlyMember},
		{Name: "co_varnames", Get: func(m *Machine, self Value) (Value, error) { return m.strTuple(m.codeObj(self).VarNames()), nil }},
		{Name: "co_cellvars", Get: func(m *Machine, self Value) (Value, error) { return m.strTuple(m.codeObj(self).CellVars()), nil }},
		{Name: "co_freevars", Get: func(m *Machine, self Value) (Value, error) { return m.strTuple(m.codeObj(self).FreeVars()), nil }},
		{Name: "co_code", Get: func(m *Machine, self Value) (Value, error) { return m.NewBytes(m.codeObj(self).Code.Bytes()), nil }},
		{Name: "_co_code_adaptive", Get: func(m *Machine, self Value) (Value, error) {
			c := m.codeObj(self)
			return m.NewBytes((&bytecode.Code{Units: c.Units}).Bytes()), nil
		}},
		{Name: "co_consts", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewTuple(append([]Value(nil), m.codeObj(self).Consts...)), nil
		}, Set: readonlyMember},
		{Name: "co_names", Get: func(m *Machine, self Value) (Value, error) {
			return m.NewTuple(append([]Value(nil), m.codeObj(self).Names...)), nil
		}, Set: readonlyMember},
	},
}
