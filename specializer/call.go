package specializer

import (
	"fmt"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// CALL, as CPython 3.11's _Py_Specialize_Call. Only calls of Python
// functions specialize, and only simple ones: no *args, **kwargs or
// keyword-only parameters, optimized code (CO_OPTIMIZED), no keywords at
// the call, and a number of arguments the function takes without
// binding by name:
//
//   - exactly co_argcount → CALL_PY_EXACT_ARGS;
//   - fewer, but no fewer than the parameters without a default →
//     CALL_PY_WITH_DEFAULTS, which fills the rest from __defaults__.
//
// The cache holds func_version (32-bit, units 1-2) and min_args (unit 3,
// co_argcount - len(__defaults__)). A function's version is reset by any
// change of __code__, __defaults__, __kwdefaults__, __annotations__, so
// the guard on it also guards the code and the defaults.
//
// A CALL whose PRECALL made the call itself is never reached and stays
// CALL_ADAPTIVE with counter 0 (see precall.go).

func init() {
	register(op.CALL, &family{specialize: specializeCall, explain: explainCall})
}

// Cache fields of CALL (unit offsets, the counter being 0).
const (
	callFuncVersion = 1 // 32-bit
	callMinArgs     = 3
)

func specializeCall(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt {
	s := readCallSite(f, oparg)
	fn, ok := m.Object(s.callable).(*vm.Function)
	if !ok {
		kind, name := callFailKind(m, s.callable)
		return fail(kind, name, "CALL only specializes Python functions; this calls %s", describeCallable(m, s.callable))
	}
	return specializePyCall(m, f.Code.Units, at, fn, s)
}

// specializePyCall is specialize_py_call (3.11.7, with the gh-105840 fix:
// more __defaults__ than parameters fails instead of caching a negative
// min_args).
func specializePyCall(m *vm.Machine, units []uint16, at int, fn *vm.Function, s callSite) vm.Attempt {
	c := fn.Code
	name := funcName(m, s.callable)
	if s.kwnames != nil {
		return fail(kindCallKwnames, "SPEC_FAIL_CALL_KWNAMES", "%s called with keyword arguments", name)
	}
	if c.Flags&(op.CoVarargs|op.CoVarkeywords) != 0 || c.KwOnlyArgCount != 0 {
		return fail(kindCallComplexParameters, "SPEC_FAIL_CALL_COMPLEX_PARAMETERS", "%s has *args, **kwargs or keyword-only parameters", name)
	}
	if c.Flags&op.CoOptimized == 0 {
		return fail(kindCallCoNotOptimized, "SPEC_FAIL_CALL_CO_NOT_OPTIMIZED", "%s's code is not optimized (its locals are a dict)", name)
	}
	argc := c.ArgCount
	ndefs := 0
	if fn.Defaults != vm.Null {
		if t, ok := m.Object(fn.Defaults).(*vm.Tuple); ok {
			ndefs = len(t.Items)
		}
	}
	minArgs := argc - ndefs
	if minArgs < 0 || s.nargs > argc || s.nargs < minArgs {
		if minArgs < 0 {
			return fail(kindWrongNumberArguments, "SPEC_FAIL_WRONG_NUMBER_ARGUMENTS", "%s has %d defaults for %d parameters (gh-105840: 3.11.7 refuses)", name, ndefs, argc)
		}
		return fail(kindWrongNumberArguments, "SPEC_FAIL_WRONG_NUMBER_ARGUMENTS", "%s takes %d to %d arguments, called with %d (the call binds them generically)", name, minArgs, argc, s.nargs)
	}
	if minArgs > 0xffff {
		return fail(kindOutOfRange, "SPEC_FAIL_OUT_OF_RANGE", "%s has more than 65535 parameters without default", name)
	}
	version := m.CallFuncVersion(fn)
	if version == 0 {
		return fail(kindOutOfVersions, "SPEC_FAIL_OUT_OF_VERSIONS", "no function version left")
	}
	write32(units, at, callFuncVersion, version)
	write16(units, at, callMinArgs, uint16(minArgs))
	if s.nargs == argc {
		rewrite(units, at, op.CALL_PY_EXACT_ARGS)
		return success("%s called with its %s: func_version %d, frame pushed inline", name, plural(argc, "argument"), version)
	}
	rewrite(units, at, op.CALL_PY_WITH_DEFAULTS)
	return success("%s called with %d of %d arguments, the rest from __defaults__ (min_args %d): func_version %d, frame pushed inline",
		name, s.nargs, argc, minArgs, version)
}

// explainCall says which guard of CALL_PY_EXACT_ARGS or
// CALL_PY_WITH_DEFAULTS fails now.
func explainCall(m *vm.Machine, f *vm.Frame, at, oparg int) string {
	s := readCallSite(f, oparg)
	fn, ok := m.Object(s.callable).(*vm.Function)
	if !ok {
		return "the callable is " + describeCallable(m, s.callable) + ", not a Python function"
	}
	units := f.Code.Units
	cached := uint32(units[at+1+callFuncVersion]) | uint32(units[at+2+callFuncVersion])<<16
	if fn.Version != cached {
		if fn.Version == 0 {
			return fmt.Sprintf("%s has no func_version (another function never specialized on, or it changed: __code__, __defaults__...), cached %d", funcName(m, s.callable), cached)
		}
		return fmt.Sprintf("%s has func_version %d, cached %d (another function, or it changed)", funcName(m, s.callable), fn.Version, cached)
	}
	if op.Opcode(units[at]&0xff) == op.CALL_PY_EXACT_ARGS {
		return fmt.Sprintf("called with %s, the function takes %d", plural(s.nargs, "argument"), fn.Code.ArgCount)
	}
	return fmt.Sprintf("called with %s, outside %d..%d", plural(s.nargs, "argument"), units[at+1+callMinArgs], fn.Code.ArgCount)
}
