package specializer

import (
	"fmt"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// PRECALL, as CPython 3.11's _Py_Specialize_Precall. PRECALL runs just
// before CALL with the same operands:
//
//	[NULL | method] [callable | self] args... PRECALL oparg
//
// is_meth (the slot below the callable holds a method that LOAD_METHOD
// found) makes self the first argument: nargs = oparg + is_meth, and the
// callable examined is the method. What is chosen depends on what is
// called:
//
//   - a Python function: PRECALL_PYFUNC (the CALL then specializes);
//   - a bound method: PRECALL_BOUND_METHOD (splits it for the CALL);
//   - a builtin function: by its C calling convention, the METH_* bits of
//     CPython's PyMethodDef (methflags.go, read from CPython 3.11):
//     METH_O → NO_KW_BUILTIN_O (NO_KW_LEN for len), METH_FASTCALL →
//     NO_KW_BUILTIN_FAST (NO_KW_ISINSTANCE for isinstance with 2
//     arguments), METH_FASTCALL|METH_KEYWORDS → BUILTIN_FAST_WITH_KEYWORDS,
//     anything else (min, max, dir...: METH_VARARGS) fails;
//   - a type: type(x), str(x), tuple(x) with one argument have forms of
//     their own; an immutable type with its own tp_vectorcall (float,
//     list, range, tuple, dict...) → BUILTIN_CLASS; int, str otherwise,
//     exceptions, and every class fail;
//   - a method descriptor (l.copy, l.count, l.pop, s.split): by its
//     convention, never with keywords; l.append(x) whose result is
//     dropped → NO_KW_LIST_APPEND.
//
// Every form but PYFUNC and BOUND_METHOD makes the call itself and skips
// the CALL, which then stays CALL_ADAPTIVE with counter 0 for ever.

//go:generate sh -c "python3 -I _gen/methflags.py | gofmt > methflags.go"

func init() {
	register(op.PRECALL, &family{specialize: specializePrecall, explain: explainPrecall})
	vm.SetCallConventions(methFlags, builtinTypeCalls)
}

// What builtinTypeCalls records about a type.
const (
	typeImmutable  = vm.TypeCallImmutable
	typeVectorcall = vm.TypeCallVectorcall
	typeObjectNew  = vm.TypeCallObjectNew
)

// CPython 3.11's failure kinds of the PRECALL and CALL families
// (SPEC_FAIL_* in specialize.c).
const (
	kindOther                     = 0
	kindOutOfVersions             = 3
	kindOutOfRange                = 4
	kindWrongNumberArguments      = 6
	kindCallComplexParameters     = 9
	kindCallCoNotOptimized        = 10
	kindCallInstanceMethod        = 11
	kindCallCMethod               = 12
	kindCallPyCFunction           = 13
	kindCallPyCFunctionWithKw     = 14
	kindCallPyCFunctionFastWithKw = 15
	kindCallPyCFunctionNoargs     = 16
	kindCallBadCallFlags          = 17
	kindCallClass                 = 18
	kindCallPythonClass           = 19
	kindCallMethodDescriptor      = 20
	kindCallBoundMethod           = 21
	kindCallStr                   = 22
	kindCallClassNoVectorcall     = 23
	kindCallClassMutable          = 24
	kindCallKwnames               = 25
	kindCallMethodWrapper         = 26
	kindCallOperatorWrapper       = 27
	kindCallPyFunction            = 28
)

// callKindMask is the part of ml_flags the specializer switches on
// (METH_CLASS, METH_STATIC and METH_COEXIST are ignored there, though the
// specialized guards compare all bits).
const callKindMask = vm.MethVarargs | vm.MethFastcall | vm.MethNoargs | vm.MethO | vm.MethKeywords | vm.MethMethod

// callSite reads the operands of the PRECALL or CALL at f's stack top.
type callSite struct {
	isMeth   bool
	nargs    int // arguments, self included
	callable vm.Value
	kwnames  []vm.Value
}

func readCallSite(f *vm.Frame, oparg int) callSite {
	isMeth := f.Vals[f.SP-oparg-2] != vm.Null
	n := oparg
	if isMeth {
		n++
	}
	return callSite{isMeth: isMeth, nargs: n, callable: f.Vals[f.SP-n-1], kwnames: f.CallKwNames()}
}

func specializePrecall(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt {
	s := readCallSite(f, oparg)
	units := f.Code.Units
	switch m.CallableKindOf(s.callable) {
	case vm.CallableBuiltin:
		return specializeCCall(m, units, at, s)
	case vm.CallablePyFunction:
		rewrite(units, at, op.PRECALL_PYFUNC)
		return success("calling the Python function %s: the CALL will push its frame", funcName(m, s.callable))
	case vm.CallableType:
		return specializeClassCall(m, units, at, oparg, s)
	case vm.CallableMethodDescriptor:
		return specializeMethodDescriptor(m, units, at, oparg, s)
	case vm.CallableBoundMethod:
		rewrite(units, at, op.PRECALL_BOUND_METHOD)
		return success("calling a bound method: it is split into function and self for the CALL")
	}
	kind, name := callFailKind(m, s.callable)
	return fail(kind, name, "cannot specialize a call of %s", describeCallable(m, s.callable))
}

// specializeCCall is specialize_c_call: a builtin function's form comes
// from its calling convention.
func specializeCCall(m *vm.Machine, units []uint16, at int, s callSite) vm.Attempt {
	name := m.CallBuiltinName(s.callable)
	flags, ok := m.CallMethFlags(s.callable)
	if !ok {
		return fail(-1, "", "CPython 3.11's calling convention of %s is not known", builtinLabel(name, s.callable, m))
	}
	conv := methFlagNames(flags)
	switch flags & callKindMask {
	case vm.MethO:
		if s.kwnames != nil {
			return fail(kindCallKwnames, "SPEC_FAIL_CALL_KWNAMES", "%s (%s) called with keyword arguments", name, conv)
		}
		if s.nargs != 1 {
			return fail(kindWrongNumberArguments, "SPEC_FAIL_WRONG_NUMBER_ARGUMENTS", "%s (%s) called with %d arguments, not 1", name, conv, s.nargs)
		}
		if m.IsCachedLen(s.callable) {
			rewrite(units, at, op.PRECALL_NO_KW_LEN)
			return success("len(x): the interpreter's own len, called directly; the CALL is skipped")
		}
		rewrite(units, at, op.PRECALL_NO_KW_BUILTIN_O)
		return success("%s takes one argument (%s): called directly, the CALL is skipped", name, conv)
	case vm.MethFastcall:
		if s.kwnames != nil {
			return fail(kindCallKwnames, "SPEC_FAIL_CALL_KWNAMES", "%s (%s) called with keyword arguments", name, conv)
		}
		if s.nargs == 2 && m.IsCachedIsinstance(s.callable) {
			rewrite(units, at, op.PRECALL_NO_KW_ISINSTANCE)
			return success("isinstance(x, cls): the interpreter's own isinstance, called directly; the CALL is skipped")
		}
		rewrite(units, at, op.PRECALL_NO_KW_BUILTIN_FAST)
		return success("%s takes positional arguments in a vector (%s): called directly, the CALL is skipped", name, conv)
	case vm.MethFastcall | vm.MethKeywords:
		rewrite(units, at, op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS)
		return success("%s takes a vector and keywords (%s): called directly, the CALL is skipped", name, conv)
	}
	kind, kname := builtinCallFailKind(flags)
	return fail(kind, kname, "%s uses the %s calling convention, which PRECALL does not specialize", name, conv)
}

// specializeClassCall is specialize_class_call.
func specializeClassCall(m *vm.Machine, units []uint16, at, oparg int, s callSite) vm.Attempt {
	t := typeOf(m, s.callable)
	info := m.CallTypeInfo(t)
	types := m.Types()
	if info&typeObjectNew != 0 {
		return fail(kindCallPythonClass, "SPEC_FAIL_CALL_PYTHON_CLASS", "calling class %s, which uses object.__new__ (3.11 does not specialize creating instances)", t.Name)
	}
	if info&typeImmutable == 0 {
		return fail(kindCallClassMutable, "SPEC_FAIL_CALL_CLASS_MUTABLE", "calling %s, a mutable class", t.Name)
	}
	if s.nargs == 1 && s.kwnames == nil && oparg == 1 {
		switch t {
		case types.Str:
			rewrite(units, at, op.PRECALL_NO_KW_STR_1)
			return success("str(x) with one argument: str() of it directly; the CALL is skipped")
		case types.Type:
			rewrite(units, at, op.PRECALL_NO_KW_TYPE_1)
			return success("type(x) with one argument: x's type directly; the CALL is skipped")
		case types.Tuple:
			rewrite(units, at, op.PRECALL_NO_KW_TUPLE_1)
			return success("tuple(x) with one argument: tuple() of it directly; the CALL is skipped")
		}
	}
	if info&typeVectorcall != 0 {
		rewrite(units, at, op.PRECALL_BUILTIN_CLASS)
		return success("calling %s, an immutable type with a vectorcall of its own: called directly, the CALL is skipped", t.Name)
	}
	if t == types.Str {
		return fail(kindCallStr, "SPEC_FAIL_CALL_STR", "str() called with other than one positional argument: str has no vectorcall in 3.11")
	}
	return fail(kindCallClassNoVectorcall, "SPEC_FAIL_CALL_CLASS_NO_VECTORCALL", "calling %s, a type without a vectorcall of its own in 3.11", t.Name)
}

// specializeMethodDescriptor is specialize_method_descriptor.
func specializeMethodDescriptor(m *vm.Machine, units []uint16, at, oparg int, s callSite) vm.Attempt {
	name := m.CallBuiltinName(s.callable)
	flags, ok := m.CallMethFlags(s.callable)
	if s.kwnames != nil {
		return fail(kindCallKwnames, "SPEC_FAIL_CALL_KWNAMES", "method %s called with keyword arguments", name)
	}
	if !ok {
		return fail(-1, "", "CPython 3.11's calling convention of %s is not known", name)
	}
	conv := methFlagNames(flags)
	switch flags & callKindMask {
	case vm.MethNoargs:
		if s.nargs != 1 {
			return fail(kindWrongNumberArguments, "SPEC_FAIL_WRONG_NUMBER_ARGUMENTS", "method %s (%s) called with %d arguments besides self", name, conv, s.nargs-1)
		}
		rewrite(units, at, op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS)
		return success("method %s takes no argument (%s): called directly, the CALL is skipped", name, conv)
	case vm.MethO:
		if s.nargs != 2 {
			return fail(kindWrongNumberArguments, "SPEC_FAIL_WRONG_NUMBER_ARGUMENTS", "method %s (%s) called with %d arguments besides self, not 1", name, conv, s.nargs-1)
		}
		// The unit after the CALL and its 4 caches.
		if m.IsCachedListAppend(s.callable) && oparg == 1 && op.Opcode(units[at+7]&0xff) == op.POP_TOP {
			rewrite(units, at, op.PRECALL_NO_KW_LIST_APPEND)
			return success("list.append(x) whose result is discarded: appends directly, skipping the CALL and the POP_TOP")
		}
		rewrite(units, at, op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O)
		return success("method %s takes one argument (%s): called directly, the CALL is skipped", name, conv)
	case vm.MethFastcall:
		rewrite(units, at, op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST)
		return success("method %s takes positional arguments in a vector (%s): called directly, the CALL is skipped", name, conv)
	case vm.MethFastcall | vm.MethKeywords:
		rewrite(units, at, op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS)
		return success("method %s takes a vector and keywords (%s): called directly, the CALL is skipped", name, conv)
	}
	kind, kname := builtinCallFailKind(flags)
	return fail(kind, kname, "method %s uses the %s calling convention, which PRECALL does not specialize", name, conv)
}

// builtinCallFailKind is builtin_call_fail_kind.
func builtinCallFailKind(flags uint16) (int, string) {
	switch flags & callKindMask {
	case vm.MethVarargs:
		return kindCallPyCFunction, "SPEC_FAIL_CALL_PYCFUNCTION"
	case vm.MethVarargs | vm.MethKeywords:
		return kindCallPyCFunctionWithKw, "SPEC_FAIL_CALL_PYCFUNCTION_WITH_KEYWORDS"
	case vm.MethFastcall | vm.MethKeywords:
		return kindCallPyCFunctionFastWithKw, "SPEC_FAIL_CALL_PYCFUNCTION_FAST_WITH_KEYWORDS"
	case vm.MethNoargs:
		return kindCallPyCFunctionNoargs, "SPEC_FAIL_CALL_PYCFUNCTION_NOARGS"
	}
	return kindCallBadCallFlags, "SPEC_FAIL_CALL_BAD_CALL_FLAGS"
}

// callFailKind is call_fail_kind: why a callable is not specialized.
func callFailKind(m *vm.Machine, v vm.Value) (int, string) {
	switch m.CallableKindOf(v) {
	case vm.CallableBuiltin:
		if fl, ok := m.CallMethFlags(v); ok && fl&vm.MethMethod != 0 {
			// A METH_METHOD builtin is a PyCMethodObject in CPython.
			return kindCallCMethod, "SPEC_FAIL_CALL_CMETHOD"
		}
		return kindCallPyCFunction, "SPEC_FAIL_CALL_PYCFUNCTION"
	case vm.CallablePyFunction:
		return kindCallPyFunction, "SPEC_FAIL_CALL_PYFUNCTION"
	case vm.CallableBoundMethod:
		return kindCallBoundMethod, "SPEC_FAIL_CALL_BOUND_METHOD"
	case vm.CallableType:
		if m.CallTypeInfo(typeOf(m, v))&typeObjectNew != 0 {
			return kindCallPythonClass, "SPEC_FAIL_CALL_PYTHON_CLASS"
		}
		return kindCallClass, "SPEC_FAIL_CALL_CLASS"
	case vm.CallableMethodDescriptor:
		return kindCallMethodDescriptor, "SPEC_FAIL_CALL_METHOD_DESCRIPTOR"
	case vm.CallableWrapperDescriptor:
		return kindCallOperatorWrapper, "SPEC_FAIL_CALL_OPERATOR_WRAPPER"
	case vm.CallableMethodWrapper:
		return kindCallMethodWrapper, "SPEC_FAIL_CALL_METHOD_WRAPPER"
	}
	return kindOther, "SPEC_FAIL_OTHER"
}

// methFlagNames spells ml_flags as CPython's METH_* names.
func methFlagNames(fl uint16) string {
	names := []struct {
		bit  uint16
		name string
	}{
		{vm.MethVarargs, "METH_VARARGS"}, {vm.MethFastcall, "METH_FASTCALL"},
		{vm.MethKeywords, "METH_KEYWORDS"}, {vm.MethNoargs, "METH_NOARGS"}, {vm.MethO, "METH_O"},
		{vm.MethClass, "METH_CLASS"}, {vm.MethStatic, "METH_STATIC"},
		{vm.MethCoexist, "METH_COEXIST"}, {vm.MethMethod, "METH_METHOD"},
		{vm.MethForeignOwner, "(defined on a private base in CPython)"},
	}
	s := ""
	for _, n := range names {
		if fl&n.bit != 0 {
			if s != "" {
				s += "|"
			}
			s += n.name
		}
	}
	if s == "" {
		return "0"
	}
	return s
}

// describeCallable names what a call site calls, for reasons.
func describeCallable(m *vm.Machine, v vm.Value) string {
	switch m.CallableKindOf(v) {
	case vm.CallablePyFunction:
		return "the Python function " + funcName(m, v)
	case vm.CallableBoundMethod:
		return "a bound method"
	case vm.CallableBuiltin, vm.CallableMethodDescriptor:
		return builtinLabel(m.CallBuiltinName(v), v, m)
	case vm.CallableType:
		return "the type " + typeOf(m, v).Name
	case vm.CallableWrapperDescriptor:
		return "a slot wrapper"
	case vm.CallableMethodWrapper:
		return "a method-wrapper"
	}
	return "a " + m.TypeOf(v).Name + " object"
}

func builtinLabel(name string, v vm.Value, m *vm.Machine) string {
	if name != "" {
		return name
	}
	return "a " + m.TypeOf(v).Name
}

func funcName(m *vm.Machine, v vm.Value) string {
	if fn, ok := m.Object(v).(*vm.Function); ok {
		if q, ok := m.GoString(fn.QualName); ok {
			return q + "()"
		}
	}
	return "?"
}

// explainPrecall says which guard of the PRECALL form at at fails now.
func explainPrecall(m *vm.Machine, f *vm.Frame, at, oparg int) string {
	s := readCallSite(f, oparg)
	o := op.Opcode(f.Code.Units[at] & 0xff)
	kind := m.CallableKindOf(s.callable)
	what := describeCallable(m, s.callable)
	switch o {
	case op.PRECALL_PYFUNC:
		return "the callable is " + what + ", not a Python function"
	case op.PRECALL_BOUND_METHOD:
		if s.isMeth {
			return "LOAD_METHOD found a method this time: nothing to split"
		}
		return "the callable is " + what + ", not a bound method"
	case op.PRECALL_NO_KW_TYPE_1, op.PRECALL_NO_KW_STR_1, op.PRECALL_NO_KW_TUPLE_1:
		return "the callable is " + what + ", not the type the site specialized for"
	case op.PRECALL_BUILTIN_CLASS:
		if kind != vm.CallableType {
			return "the callable is " + what + ", not a type"
		}
		return what + " has no vectorcall of its own"
	case op.PRECALL_NO_KW_LEN:
		if !m.IsCachedLen(s.callable) {
			return "the callable is " + what + ", not the interpreter's len"
		}
		return fmt.Sprintf("len called with %s, not 1", plural(s.nargs, "argument"))
	case op.PRECALL_NO_KW_ISINSTANCE:
		if !m.IsCachedIsinstance(s.callable) {
			return "the callable is " + what + ", not the interpreter's isinstance"
		}
		return fmt.Sprintf("isinstance called with %s, not 2", plural(s.nargs, "argument"))
	case op.PRECALL_NO_KW_LIST_APPEND:
		if !m.IsCachedListAppend(s.callable) {
			return "the method is " + what + ", not list.append"
		}
		return "self is a " + m.TypeOf(f.Vals[f.SP-2]).Name + ", not a list"
	case op.PRECALL_NO_KW_BUILTIN_O, op.PRECALL_NO_KW_BUILTIN_FAST, op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS:
		if kind != vm.CallableBuiltin {
			return "the callable is " + what + ", not a builtin function"
		}
		if o == op.PRECALL_NO_KW_BUILTIN_O && s.nargs != 1 {
			return fmt.Sprintf("%s called with %s, not 1", what, plural(s.nargs, "argument"))
		}
		fl, _ := m.CallMethFlags(s.callable)
		return fmt.Sprintf("%s has flags %s, not exactly %s", what, methFlagNames(fl), methFlagNames(precallWantFlags[o]))
	}
	// The method descriptor forms.
	if kind != vm.CallableMethodDescriptor {
		return "the callable is " + what + ", not a method descriptor"
	}
	switch {
	case o == op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS && s.nargs != 1,
		o == op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O && s.nargs != 2:
		return fmt.Sprintf("%s called with %s besides self", what, plural(s.nargs-1, "argument"))
	}
	if fl, _ := m.CallMethFlags(s.callable); fl != precallWantFlags[o] {
		return fmt.Sprintf("%s has flags %s, not exactly %s", what, methFlagNames(fl), methFlagNames(precallWantFlags[o]))
	}
	if s.nargs > 0 {
		self := f.Vals[f.SP-s.nargs]
		if owner := m.MethodDescriptorOwner(s.callable); m.TypeOf(self) != owner {
			return fmt.Sprintf("self is a %s, not exactly a %s", m.TypeOf(self).Name, owner.Name)
		}
	}
	return "no self to call " + what + " on"
}

// precallWantFlags are the ml_flags the specialized forms require, all
// bits compared.
var precallWantFlags = map[op.Opcode]uint16{
	op.PRECALL_NO_KW_BUILTIN_O:                      vm.MethO,
	op.PRECALL_NO_KW_BUILTIN_FAST:                   vm.MethFastcall,
	op.PRECALL_BUILTIN_FAST_WITH_KEYWORDS:           vm.MethFastcall | vm.MethKeywords,
	op.PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS:       vm.MethNoargs,
	op.PRECALL_NO_KW_METHOD_DESCRIPTOR_O:            vm.MethO,
	op.PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST:         vm.MethFastcall,
	op.PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS: vm.MethFastcall | vm.MethKeywords,
}

// plural is "1 argument", "2 arguments".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// typeOf returns the type object v (nil if v is not one).
func typeOf(m *vm.Machine, v vm.Value) *vm.Type {
	t, _ := m.Object(v).(*vm.Type)
	return t
}
