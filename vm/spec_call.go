package vm

import (
	"sync"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// The PRECALL and CALL families' specialized forms, with CPython 3.11's
// guards (ceval.c). A call site is
//
//	[NULL | method] [callable | self] args... [KW_NAMES] PRECALL n CALL n
//
// PRECALL has one cache unit (the counter); CALL has four: the counter,
// func_version (32-bit, units 1-2) and min_args (unit 3).
//
// PRECALL_PYFUNC and PRECALL_BOUND_METHOD only check (and unpack) the
// callable and go on to the CALL. Every other PRECALL form performs the
// whole call itself and jumps over the CALL and its caches, so that CALL
// is never reached again and stays CALL_ADAPTIVE with counter 0.
// PRECALL_NO_KW_LIST_APPEND also jumps over the POP_TOP after the CALL.
// CALL_PY_EXACT_ARGS and CALL_PY_WITH_DEFAULTS push the callee's frame in
// this eval loop, as the generic CALL does.
//
// The Go builtins do not carry CPython's calling conventions (the METH_*
// flags of a PyMethodDef, whether a type has a tp_vectorcall of its
// own); the specializer supplies them (SetCallConventions), read from
// CPython 3.11 itself, and the guards here compare against them as
// CPython's compare against ml_flags and tp_vectorcall.

func init() {
	specBodies[op.PRECALL_PYFUNC] = execPrecallPyfunc
	specBodies[op.PRECALL_BOUND_METHOD] = execPrecallBoundMethod
	specBodies[op.PRECALL_NO_KW_TYPE_1] = execPrecallNoKwType1
	specBodies[op.PRECALL_NO_KW_STR_1] = execPrecallNoKwStr1
	specBodies[op.PRECALL_NO_KW_TUPLE_1] = execPrecallNoKwTuple1
	specBodies[op.PRECALL_BUILTIN_CLASS] = execPrecallBuiltinClass
	specBodies[op.PRECALL_NO_KW_BUILTIN_O] = execPrecallNoKwBuiltinO
	specBodies[op.PRECALL_NO_KW_LEN] = execPrecallNoKwLen
	specBodies[op.PRECALL_NO_KW_BUILTIN_FAST] = execPrecallNoKwBuiltinFast
	specBodies[op.PRECALL_NO_KW_ISINSTANCE] = execPrecallNoKwIsinstance
	specBodies[op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS] = execPrecallBuiltinFastWithKeywords
	specBodies[op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS] = execPrecallNoKwMethodDescriptorNoargs
	specBodies[op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O] = execPrecallNoKwMethodDescriptorO
	specBodies[op.PRECALL_NO_KW_LIST_APPEND] = execPrecallNoKwListAppend
	specBodies[op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST] = execPrecallNoKwMethodDescriptorFast
	specBodies[op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS] = execPrecallMethodDescriptorFastWithKeywords
	specBodies[op.CALL_PY_EXACT_ARGS] = execCallPyExactArgs
	specBodies[op.CALL_PY_WITH_DEFAULTS] = execCallPyWithDefaults
}

// CPython's METH_* bits of PyMethodDef.ml_flags.
const (
	MethVarargs  = 0x0001
	MethKeywords = 0x0002
	MethNoargs   = 0x0004
	MethO        = 0x0008
	MethClass    = 0x0010
	MethStatic   = 0x0020
	MethCoexist  = 0x0040
	MethFastcall = 0x0080
	MethMethod   = 0x0200
	// MethForeignOwner is no CPython flag: quicken marks with it a
	// method its type defines itself where CPython's inherits it from a
	// private base (TextIOWrapper.readlines is _IOBase's): its d_type is
	// that base, so the exact self-type guards never pass. The flags
	// then differ from every form's, which has the same effect.
	MethForeignOwner = 0x8000
)

// What CPython 3.11's PRECALL looks at when a type is called.
const (
	// TypeCallImmutable: Py_TPFLAGS_IMMUTABLETYPE.
	TypeCallImmutable = 1 << iota
	// TypeCallVectorcall: the type has a tp_vectorcall of its own.
	TypeCallVectorcall
	// TypeCallObjectNew: its tp_new is object's.
	TypeCallObjectNew
)

var (
	// methFlagsTable maps "builtins.len", "list.append" to ml_flags;
	// typeCallTable a static type's __name__ to its TypeCall* bits.
	methFlagsTable map[string]uint16
	typeCallTable  map[string]uint8
	// methFlagsCache remembers the flags found for a *MethodDef (a Go
	// builtin's definition is static data, one per CPython method).
	methFlagsCache sync.Map
)

// SetCallConventions gives the VM CPython 3.11's calling conventions of
// its builtins: meth maps a qualified name ("builtins.len", "math.sqrt",
// "list.append", "dict.fromkeys", "int.__new__") to ml_flags, types a
// builtin type's name to TypeCall* bits. The specializer calls it once,
// before any machine runs.
func SetCallConventions(meth map[string]uint16, types map[string]uint8) {
	methFlagsTable, typeCallTable = meth, types
}

// CallableKind is how CPython 3.11's call specializer tells callables
// apart.
type CallableKind uint8

// Callable kinds.
const (
	CallableOther CallableKind = iota
	// CallablePyFunction: a function object (PyFunction_Check).
	CallablePyFunction
	// CallableBoundMethod: a bound method (PyMethod_Type).
	CallableBoundMethod
	// CallableBuiltin: exactly builtin_function_or_method
	// (PyCFunction_CheckExact): a module's function, or a builtin
	// method bound to its self.
	CallableBuiltin
	// CallableMethodDescriptor: exactly method_descriptor (list.append).
	CallableMethodDescriptor
	// CallableType: a type object.
	CallableType
	// CallableWrapperDescriptor: a slot wrapper (int.__add__).
	CallableWrapperDescriptor
	// CallableMethodWrapper: a bound slot wrapper ((1).__add__).
	CallableMethodWrapper
)

// CallableKindOf classifies v as the call specializer does.
func (m *Machine) CallableKindOf(v Value) CallableKind {
	switch m.obj0(v).(type) {
	case *Function:
		return CallablePyFunction
	case *Type:
		return CallableType
	}
	switch m.TypeOf(v) {
	case m.types.Method:
		return CallableBoundMethod
	case m.types.BuiltinFunction:
		if _, ok := m.obj0(v).(*BuiltinFunction); ok {
			return CallableBuiltin
		}
	case m.types.MethodDescriptor:
		if _, ok := m.obj0(v).(*MethodDescriptor); ok {
			return CallableMethodDescriptor
		}
	case m.types.WrapperDescriptor:
		return CallableWrapperDescriptor
	case m.types.MethodWrapper:
		return CallableMethodWrapper
	}
	return CallableOther
}

// CallBuiltinName is the name under which the calling convention of v, a
// builtin function or method descriptor, is listed: "builtins.len",
// "math.sqrt" for a module's function, "list.append" for a method
// descriptor or a builtin method bound to an object (or to a type:
// "dict.fromkeys", "object.__new__"); "" if v is neither or its owner
// cannot be found.
func (m *Machine) CallBuiltinName(v Value) string {
	switch o := m.obj0(v).(type) {
	case *MethodDescriptor:
		return o.Owner.Name + "." + o.Def.Name
	case *BuiltinFunction:
		if owner := m.builtinOwner(o); owner != "" {
			return owner + "." + o.Def.Name
		}
	}
	return ""
}

// builtinOwner is the module name of a module's function, or the name of
// the type whose namespace defines a bound builtin method.
func (m *Machine) builtinOwner(f *BuiltinFunction) string {
	if _, isMod := m.obj0(f.Self).(*Module); isMod || f.Self == Null {
		if s := m.str(f.Module); s != nil {
			return s.S
		}
		return ""
	}
	search := func(t *Type) string {
		for _, c := range t.MRO {
			if c == nil || c.Dict == nil {
				continue
			}
			switch d := m.obj0(m.dictGetStr(c.Dict, f.Def.Name)).(type) {
			case *MethodDescriptor:
				if d.Def == f.Def {
					return c.Name
				}
			case *BuiltinFunction:
				if d.Def == f.Def {
					return c.Name
				}
			case *callableWrapper:
				if b, ok := m.obj0(d.Callable).(*BuiltinFunction); ok && b.Def == f.Def {
					return c.Name
				}
			}
		}
		return ""
	}
	// A class or static method, or __new__, is bound to a type; an
	// instance method to an instance (of a subclass, maybe).
	if t := m.typeObj(f.Self); t != nil {
		if s := search(t); s != "" {
			return s
		}
	}
	return search(m.TypeOf(f.Self))
}

// CallMethFlags returns ml_flags of v, a builtin function or method
// descriptor, as CPython 3.11 has them; ok is false if v is neither or
// CPython has no such builtin.
func (m *Machine) CallMethFlags(v Value) (flags uint16, ok bool) {
	var def *MethodDef
	var descr *MethodDescriptor
	switch o := m.obj0(v).(type) {
	case *MethodDescriptor:
		if o.flagsKnown {
			return o.flags, true
		}
		def, descr = o.Def, o
	case *BuiltinFunction:
		def = o.Def
	default:
		return 0, false
	}
	if c, hit := methFlagsCache.Load(def); hit {
		flags, ok = c.(uint16), true
	} else if flags, ok = methFlagsTable[m.CallBuiltinName(v)]; ok {
		methFlagsCache.Store(def, flags)
	}
	if ok && descr != nil {
		descr.flags, descr.flagsKnown = flags, true
	}
	return flags, ok
}

// CallTypeInfo returns what PRECALL looks at when t is called
// (TypeCall* bits): for a builtin type CPython 3.11's own, for a class
// (a heap type: mutable, no tp_vectorcall) whether it kept object's
// tp_new.
func (m *Machine) CallTypeInfo(t *Type) uint8 {
	if !t.IsHeap() {
		if info, ok := typeCallTable[t.Name]; ok {
			return info
		}
	}
	var info uint8
	if t.Flags&FlagImmutable != 0 {
		info |= TypeCallImmutable
	}
	if t.New != nil && funcPointer(t.New) == funcPointer(m.types.Object.New) {
		info |= TypeCallObjectNew
	}
	return info
}

// The builtins CPython's interpreter caches at startup (callable_cache)
// for PRECALL_NO_KW_LEN, _ISINSTANCE and _LIST_APPEND, by definition:
// the objects themselves are the only ones ever made from them.
// They are set in init: as initializers they would form a cycle
// (listSpec's initializer reaches the eval loop, which reads
// listAppendDef).
var lenDef, isinstanceDef, listAppendDef *MethodDef

func init() {
	lenDef, isinstanceDef, listAppendDef = builtinDef("len"), builtinDef("isinstance"), methodDef(&listSpec, "append")
}

func builtinDef(name string) *MethodDef {
	for i := range builtinFuncs {
		if builtinFuncs[i].Name == name {
			return &builtinFuncs[i]
		}
	}
	panic("no builtin " + name)
}

func methodDef(s *typeSpec, name string) *MethodDef {
	for i := range s.methods {
		if s.methods[i].Name == name {
			return &s.methods[i]
		}
	}
	panic("no method " + s.name + "." + name)
}

func (m *Machine) isBuiltinDef(v Value, def *MethodDef) bool {
	f, ok := m.obj0(v).(*BuiltinFunction)
	return ok && f.Def == def && f.Self == m.builtinsModule
}

// IsCachedLen reports whether v is the interpreter's len.
func (m *Machine) IsCachedLen(v Value) bool { return m.isBuiltinDef(v, lenDef) }

// IsCachedIsinstance reports whether v is the interpreter's isinstance.
func (m *Machine) IsCachedIsinstance(v Value) bool { return m.isBuiltinDef(v, isinstanceDef) }

// IsCachedListAppend reports whether v is list.append's method
// descriptor.
func (m *Machine) IsCachedListAppend(v Value) bool {
	d, ok := m.obj0(v).(*MethodDescriptor)
	return ok && d.Def == listAppendDef && d.Owner == m.types.List
}

// MethodDescriptorOwner is d_type of a method descriptor (nil if v is
// not one).
func (m *Machine) MethodDescriptorOwner(v Value) *Type {
	if d, ok := m.obj0(v).(*MethodDescriptor); ok {
		return d.Owner
	}
	return nil
}

// CallKwNames returns the keyword names KW_NAMES left for the call about
// to be made in f (nil: none).
func (f *Frame) CallKwNames() []Value { return f.kwnames }

// CallFuncVersion is _PyFunction_GetVersionForCurrentState: fn's
// func_version, a new one if it was reset by a change to the function.
func (m *Machine) CallFuncVersion(fn *Function) uint32 { return m.assignFuncVersion(fn) }

// Cache units of the family, and what a PRECALL that makes the call
// itself steps over: its cache, the CALL and the CALL's caches.
const (
	precallCaches = 1
	callCaches    = 4
	skipCall      = precallCaches + 1 + callCaches
)

// callShape reads a PRECALL/CALL's operands: whether the method slot
// holds a method (LOAD_METHOD found one), the number of arguments
// counting self, and the callable (the method, or the object called).
func callShape(f *Frame, oparg int) (isMeth bool, total int, callable Value) {
	sp := f.SP
	isMeth = f.Vals[sp-oparg-2] != Null
	total = oparg
	if isMeth {
		total++
	}
	return isMeth, total, f.Vals[sp-total-1]
}

// precallDescrCall is precallCall for a method descriptor whose guards
// passed: self is exactly of the descriptor's type, so the method's Go
// function is called directly (what methodDescrCall would do after its
// own checks). checked is as for precallCall.
func (m *Machine) precallDescrCall(f *Frame, oparg, total int, d *MethodDescriptor, kwnames []Value, checked bool) (specResult, error) {
	sp := f.SP
	f.PC += skipCall
	f.kwnames = nil
	args := f.Vals[sp-total : sp]
	if checked {
		if err := m.enterRecursiveCall(" while calling a Python object"); err != nil {
			return specError, err
		}
	}
	r, err := d.Def.Fn(m, args[0], args[1:], kwnames)
	if checked {
		m.leaveRecursiveCall()
	}
	if err != nil {
		return specError, err
	}
	sp -= oparg + 2
	f.Vals[sp] = r
	f.SP = sp + 1
	return specHit, nil
}

// precallCall makes the call from a PRECALL form and steps over the
// CALL: the result replaces the call's operands. checked says whether
// the form counts the call against the recursion limit as a C call
// (" while calling a Python object"): CPython 3.11's _O and _NOARGS
// forms do, as their generic calls do; the others call the C function
// or the type's vectorcall directly, without a check.
func (m *Machine) precallCall(f *Frame, oparg, total int, callable Value, kwnames []Value, checked bool) (specResult, error) {
	sp := f.SP
	f.PC += skipCall
	f.kwnames = nil
	if checked {
		if err := m.enterRecursiveCall(" while calling a Python object"); err != nil {
			return specError, err
		}
	}
	r, err := m.TypeOf(callable).Call(m, callable, f.Vals[sp-total:sp], kwnames)
	if checked {
		m.leaveRecursiveCall()
	}
	if err != nil {
		return specError, err
	}
	sp -= oparg + 2
	f.Vals[sp] = r
	f.SP = sp + 1
	return specHit, nil
}

// isExactBuiltinWithFlags is PyCFunction_CheckExact plus ml_flags equal
// to flags (all bits: a METH_CLASS or METH_COEXIST bit makes it differ).
func (m *Machine) isExactBuiltinWithFlags(v Value, flags uint16) bool {
	if m.CallableKindOf(v) != CallableBuiltin {
		return false
	}
	fl, ok := m.CallMethFlags(v)
	return ok && fl == flags
}

// methodDescrWithFlags is Py_IS_TYPE(v, &PyMethodDescr_Type) plus
// ml_flags equal to flags; it returns the descriptor.
func (m *Machine) methodDescrWithFlags(v Value, flags uint16) *MethodDescriptor {
	if d, ok := m.obj0(v).(*MethodDescriptor); ok && d.flagsKnown && d.typ == m.types.MethodDescriptor {
		if d.flags != flags {
			return nil
		}
		return d
	}
	if m.CallableKindOf(v) != CallableMethodDescriptor {
		return nil
	}
	if fl, ok := m.CallMethFlags(v); !ok || fl != flags {
		return nil
	}
	return m.obj0(v).(*MethodDescriptor)
}

// CPython 3.11: PRECALL_PYFUNC checks that the callable is exactly a
// function and goes on to the CALL.
func execPrecallPyfunc(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, _, callable := callShape(f, oparg)
	if m.function(callable) == nil {
		return specMiss, nil
	}
	f.PC += precallCaches
	return specHit, nil
}

// CPython 3.11: PRECALL_BOUND_METHOD requires no method in the method
// slot and a bound method as the callable, which it splits in place into
// its function and self (self becomes the first argument), then goes on
// to the CALL.
func execPrecallBoundMethod(m *Machine, f *Frame, oparg int) (specResult, error) {
	sp := f.SP
	if f.Vals[sp-oparg-2] != Null {
		return specMiss, nil
	}
	bm, ok := m.obj0(f.Vals[sp-oparg-1]).(*Method)
	if !ok || m.TypeOf(f.Vals[sp-oparg-1]) != m.types.Method {
		return specMiss, nil
	}
	f.Vals[sp-oparg-2] = bm.Func
	f.Vals[sp-oparg-1] = bm.Self
	f.PC += precallCaches
	return specHit, nil
}

// CPython 3.11: PRECALL_NO_KW_TYPE_1 is type(x) with one argument and no
// method: the callable must be type itself; the result is x's type.
func execPrecallNoKwType1(m *Machine, f *Frame, oparg int) (specResult, error) {
	sp := f.SP
	if f.kwnames != nil || oparg != 1 || f.Vals[sp-3] != Null || f.Vals[sp-2] != m.types.Type.self {
		return specMiss, nil
	}
	f.PC += skipCall
	f.Vals[sp-3] = m.TypeOf(f.Vals[sp-1]).self
	f.SP = sp - 2
	return specHit, nil
}

// precallExact1 is PRECALL_NO_KW_STR_1 and _TUPLE_1: one argument, no
// method, and the callable is exactly the type t.
func (m *Machine) precallExact1(f *Frame, oparg int, t *Type) (specResult, error) {
	sp := f.SP
	if f.kwnames != nil || oparg != 1 || f.Vals[sp-3] != Null || f.Vals[sp-2] != t.self {
		return specMiss, nil
	}
	return m.precallCall(f, oparg, 1, t.self, nil, false)
}

// CPython 3.11: PRECALL_NO_KW_STR_1 is str(x): PyObject_Str.
func execPrecallNoKwStr1(m *Machine, f *Frame, oparg int) (specResult, error) {
	return m.precallExact1(f, oparg, m.types.Str)
}

// CPython 3.11: PRECALL_NO_KW_TUPLE_1 is tuple(x): PySequence_Tuple.
func execPrecallNoKwTuple1(m *Machine, f *Frame, oparg int) (specResult, error) {
	return m.precallExact1(f, oparg, m.types.Tuple)
}

// CPython 3.11: PRECALL_BUILTIN_CLASS calls any type with a tp_vectorcall
// of its own (keywords allowed): the guard is on that property, not on
// the type the site specialized for.
func execPrecallBuiltinClass(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, total, callable := callShape(f, oparg)
	t := m.typeObj(callable)
	if t == nil || m.CallTypeInfo(t)&TypeCallVectorcall == 0 {
		return specMiss, nil
	}
	return m.precallCall(f, oparg, total, callable, f.kwnames, false)
}

// CPython 3.11: PRECALL_NO_KW_BUILTIN_O calls an exact builtin function
// whose ml_flags are exactly METH_O, with one argument.
func execPrecallNoKwBuiltinO(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, total, callable := callShape(f, oparg)
	if f.kwnames != nil || total != 1 || !m.isExactBuiltinWithFlags(callable, MethO) {
		return specMiss, nil
	}
	return m.precallCall(f, oparg, total, callable, nil, true)
}

// CPython 3.11: PRECALL_NO_KW_LEN is len(x): one argument, and the
// callable is the interpreter's len.
func execPrecallNoKwLen(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, total, callable := callShape(f, oparg)
	if f.kwnames != nil || total != 1 || !m.IsCachedLen(callable) {
		return specMiss, nil
	}
	// CPython calls PyObject_Length itself: no call of len, so no
	// recursion check.
	f.PC += skipCall
	n, err := m.Len(f.Vals[f.SP-1])
	if err != nil {
		return specError, err
	}
	return precallResult(f, oparg, m.NewInt(int64(n)))
}

// precallResult replaces a PRECALL's callable and arguments by the
// call's result (its CALL already skipped).
func precallResult(f *Frame, oparg int, r Value) (specResult, error) {
	sp := f.SP - oparg - 2
	f.Vals[sp] = r
	f.SP = sp + 1
	return specHit, nil
}

// CPython 3.11: PRECALL_NO_KW_BUILTIN_FAST calls an exact builtin
// function whose ml_flags are exactly METH_FASTCALL, any number of
// positional arguments.
func execPrecallNoKwBuiltinFast(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, total, callable := callShape(f, oparg)
	if f.kwnames != nil || !m.isExactBuiltinWithFlags(callable, MethFastcall) {
		return specMiss, nil
	}
	return m.precallCall(f, oparg, total, callable, nil, false)
}

// CPython 3.11: PRECALL_NO_KW_ISINSTANCE is isinstance(x, cls): two
// arguments, and the callable is the interpreter's isinstance.
func execPrecallNoKwIsinstance(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, total, callable := callShape(f, oparg)
	if f.kwnames != nil || total != 2 || !m.IsCachedIsinstance(callable) {
		return specMiss, nil
	}
	// CPython calls PyObject_IsInstance itself (no recursion check of
	// a call of isinstance).
	f.PC += skipCall
	ok, err := m.IsInstance(f.Vals[f.SP-2], f.Vals[f.SP-1])
	if err != nil {
		return specError, err
	}
	return precallResult(f, oparg, Bool(ok))
}

// CPython 3.11: PRECALL_BUILTIN_FAST_WITH_KEYWORDS calls an exact builtin
// function whose ml_flags are exactly METH_FASTCALL|METH_KEYWORDS,
// keywords allowed.
func execPrecallBuiltinFastWithKeywords(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, total, callable := callShape(f, oparg)
	if !m.isExactBuiltinWithFlags(callable, MethFastcall|MethKeywords) {
		return specMiss, nil
	}
	return m.precallCall(f, oparg, total, callable, f.kwnames, false)
}

// CPython 3.11: PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS is l.copy(): one
// argument (self), a method descriptor whose ml_flags are exactly
// METH_NOARGS, and self's type is exactly the descriptor's type.
func execPrecallNoKwMethodDescriptorNoargs(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, total, callable := callShape(f, oparg)
	if f.kwnames != nil || total != 1 {
		return specMiss, nil
	}
	d := m.methodDescrWithFlags(callable, MethNoargs)
	if d == nil || m.TypeOf(f.Vals[f.SP-1]) != d.Owner {
		return specMiss, nil
	}
	return m.precallDescrCall(f, oparg, total, d, nil, true)
}

// CPython 3.11: PRECALL_NO_KW_METHOD_DESCRIPTOR_O is l.count(x): two
// arguments (self and one), ml_flags exactly METH_O, self exactly of the
// descriptor's type.
func execPrecallNoKwMethodDescriptorO(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, total, callable := callShape(f, oparg)
	if f.kwnames != nil || total != 2 {
		return specMiss, nil
	}
	d := m.methodDescrWithFlags(callable, MethO)
	if d == nil || m.TypeOf(f.Vals[f.SP-2]) != d.Owner {
		return specMiss, nil
	}
	return m.precallDescrCall(f, oparg, total, d, nil, true)
}

// CPython 3.11: PRECALL_NO_KW_LIST_APPEND is l.append(x) whose result is
// discarded: the method slot holds list.append itself and self is a
// list (a subclass will do). It appends, then steps over the CALL and
// the POP_TOP after it.
func execPrecallNoKwListAppend(m *Machine, f *Frame, oparg int) (specResult, error) {
	sp := f.SP
	if f.kwnames != nil || oparg != 1 || !m.IsCachedListAppend(f.Vals[sp-3]) ||
		!m.TypeOf(f.Vals[sp-2]).IsSubtype(m.types.List) {
		return specMiss, nil
	}
	f.PC += skipCall + 1
	if l := m.list(f.Vals[sp-2]); l != nil {
		if err := m.ListAppend(l, f.Vals[sp-1]); err != nil {
			return specError, err
		}
	} else if _, err := m.Call(f.Vals[sp-3], f.Vals[sp-2:sp], nil); err != nil {
		return specError, err
	}
	f.SP = sp - 3
	return specHit, nil
}

// CPython 3.11: PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST is l.pop(): ml_flags
// exactly METH_FASTCALL, self exactly of the descriptor's type. (CPython
// reads self without checking that there is one; a call with no
// argument at all misses here.)
func execPrecallNoKwMethodDescriptorFast(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, total, callable := callShape(f, oparg)
	if f.kwnames != nil || total < 1 {
		return specMiss, nil
	}
	d := m.methodDescrWithFlags(callable, MethFastcall)
	if d == nil || m.TypeOf(f.Vals[f.SP-total]) != d.Owner {
		return specMiss, nil
	}
	return m.precallDescrCall(f, oparg, total, d, nil, false)
}

// CPython 3.11: PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS is
// s.split(','): ml_flags exactly METH_FASTCALL|METH_KEYWORDS, self
// exactly of the descriptor's type, keywords allowed (though the
// specializer never picks it for a call with keywords).
func execPrecallMethodDescriptorFastWithKeywords(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, total, callable := callShape(f, oparg)
	if total-len(f.kwnames) < 1 {
		return specMiss, nil
	}
	d := m.methodDescrWithFlags(callable, MethFastcall|MethKeywords)
	if d == nil || m.TypeOf(f.Vals[f.SP-total]) != d.Owner {
		return specMiss, nil
	}
	return m.precallDescrCall(f, oparg, total, d, f.kwnames, false)
}

// CPython 3.11: CALL_PY_EXACT_ARGS requires a function whose func_version
// is the cached one and whose co_argcount is the number of arguments;
// it pushes the callee's frame.
func execCallPyExactArgs(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, total, callable := callShape(f, oparg)
	fn := m.function(callable)
	if f.kwnames != nil || fn == nil || fn.Version != read32(f.Code.Units, f.PC+1) || fn.Code.ArgCount != total {
		return specMiss, nil
	}
	return m.callPyInline(f, oparg, total, fn)
}

// CPython 3.11: CALL_PY_WITH_DEFAULTS requires a function whose
// func_version is the cached one, called with at least min_args and at
// most co_argcount arguments; the missing ones come from __defaults__.
func execCallPyWithDefaults(m *Machine, f *Frame, oparg int) (specResult, error) {
	_, total, callable := callShape(f, oparg)
	fn := m.function(callable)
	units := f.Code.Units
	if f.kwnames != nil || fn == nil || fn.Version != read32(units, f.PC+1) ||
		total > fn.Code.ArgCount || total < int(units[f.PC+3]) {
		return specMiss, nil
	}
	return m.callPyInline(f, oparg, total, fn)
}

// callPyInline pushes fn's frame for a call with the total arguments on
// f's stack (the same binding as the generic CALL: with the function's
// version unchanged, the defaults it fills in are the ones the
// specializer counted).
func (m *Machine) callPyInline(f *Frame, oparg, total int, fn *Function) (specResult, error) {
	sp := f.SP
	f.PC += callCaches
	nf, err := m.prepareCall(fn, f.Vals[sp-total:sp], nil)
	if err != nil {
		return specError, err
	}
	f.SP = sp - oparg - 2
	nf.Back = f
	m.frame = nf
	return specEntered, nil
}
