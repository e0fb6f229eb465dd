package bytecode

// The instruction table: one entry per CPython 3.11 opcode (base, adaptive,
// specialized and super forms, from Include/opcode.h and Lib/opcode.py) and
// per compiler pseudo-op, each with its stack picture
//
//	inputs OPCODE<oparg> -- outputs
//
// Everything else in quicken that needs opcode metadata derives it from
// this table. TestTableMatchesPython cross-checks it against python3's
// opcode and dis modules.

// CacheField is one named field of an instruction's inline cache, Size
// 16-bit code units long (CPython 3.11 opcode._cache_format).
type CacheField struct {
	Name string
	Size int
}

// Inline cache layouts (CPython 3.11 Include/internal/pycore_code.h). A
// specialized instruction shares its family's layout.
var (
	counterCache      = []CacheField{{"counter", 1}}
	compareOpCache    = []CacheField{{"counter", 1}, {"mask", 1}}
	binarySubscrCache = []CacheField{{"counter", 1}, {"type_version", 2}, {"func_version", 1}}
	attrCache         = []CacheField{{"counter", 1}, {"version", 2}, {"index", 1}}
	loadGlobalCache   = []CacheField{{"counter", 1}, {"index", 1}, {"module_keys_version", 2}, {"builtin_keys_version", 1}}
	loadMethodCache   = []CacheField{{"counter", 1}, {"type_version", 2}, {"dict_offset", 1}, {"keys_version", 2}, {"descr", 4}}
	callCache         = []CacheField{{"counter", 1}, {"func_version", 2}, {"min_args", 1}}
)

// opFlag holds the membership of an opcode in CPython's classes.
type opFlag uint16

const (
	fJumpForward  opFlag = 1 << iota // relative jump forward (hasjrel)
	fJumpBackward                    // relative jump backward (hasjrel)
	fConditional                     // the jump is taken or not at run time
	fPseudoJump                      // pseudo-op jump, direction fixed by the assembler
	fBlockPush                       // SETUP_*: pushes an exception handler
	fConst                           // hasconst: oparg indexes co_consts
	fName                            // hasname: oparg indexes co_names
	fLocal                           // haslocal: oparg indexes co_varnames
	fFree                            // hasfree: oparg indexes localsplus cells/frees
	fCompare                         // hascompare: oparg is a comparison
	fNargs                           // hasnargs (empty in 3.11)
)

// stackEffect describes an opcode's net stack effect: fixed (with possibly
// a different value when jumping), or computed from the oparg.
type stackEffect struct {
	valid  bool
	byArg  bool
	noJump int8
	jump   int8
}

func se(n int8) stackEffect        { return stackEffect{valid: true, noJump: n, jump: n} }
func seJump(n, j int8) stackEffect { return stackEffect{valid: true, noJump: n, jump: j} }

// seArg marks an effect that depends on the oparg (see argStackEffect).
var seArg = stackEffect{valid: true, byArg: true}

// opInfo is one table entry.
type opInfo struct {
	name  string
	kind  Kind
	base  Opcode // the family's base instruction (itself for base forms)
	flags opFlag
	cache []CacheField
	// stack is CPython 3.11 compile.c stack_effect; invalid for adaptive,
	// specialized and super forms, as there.
	stack stackEffect
}

// numOpcodes bounds the table: real opcodes 0-255, pseudo-ops from 256.
const numOpcodes = int(POP_JUMP_IF_NOT_NONE) + 1

var opTable = [numOpcodes]opInfo{
	// (inline cache entry; never executed)
	CACHE: {name: "CACHE", stack: se(0)},
	// x POP_TOP --
	POP_TOP: {name: "POP_TOP", stack: se(-1)},
	// PUSH_NULL -- NULL
	PUSH_NULL: {name: "PUSH_NULL", stack: se(1)},
	// lhs rhs BINARY_OP_ADAPTIVE<op> -- res
	BINARY_OP_ADAPTIVE: {name: "BINARY_OP_ADAPTIVE", kind: Adaptive, base: BINARY_OP, cache: counterCache},
	// lhs rhs BINARY_OP_ADD_FLOAT<op> -- res
	BINARY_OP_ADD_FLOAT: {name: "BINARY_OP_ADD_FLOAT", kind: Specialized, base: BINARY_OP, cache: counterCache},
	// lhs rhs BINARY_OP_ADD_INT<op> -- res
	BINARY_OP_ADD_INT: {name: "BINARY_OP_ADD_INT", kind: Specialized, base: BINARY_OP, cache: counterCache},
	// lhs rhs BINARY_OP_ADD_UNICODE<op> -- res
	BINARY_OP_ADD_UNICODE: {name: "BINARY_OP_ADD_UNICODE", kind: Specialized, base: BINARY_OP, cache: counterCache},
	// lhs rhs BINARY_OP_INPLACE_ADD_UNICODE<op> -- res
	BINARY_OP_INPLACE_ADD_UNICODE: {name: "BINARY_OP_INPLACE_ADD_UNICODE", kind: Specialized, base: BINARY_OP, cache: counterCache},
	// lhs rhs BINARY_OP_MULTIPLY_FLOAT<op> -- res
	BINARY_OP_MULTIPLY_FLOAT: {name: "BINARY_OP_MULTIPLY_FLOAT", kind: Specialized, base: BINARY_OP, cache: counterCache},
	// NOP --
	NOP: {name: "NOP", stack: se(0)},
	// x UNARY_POSITIVE -- y
	UNARY_POSITIVE: {name: "UNARY_POSITIVE", stack: se(0)},
	// x UNARY_NEGATIVE -- y
	UNARY_NEGATIVE: {name: "UNARY_NEGATIVE", stack: se(0)},
	// x UNARY_NOT -- bool
	UNARY_NOT: {name: "UNARY_NOT", stack: se(0)},
	// lhs rhs BINARY_OP_MULTIPLY_INT<op> -- res
	BINARY_OP_MULTIPLY_INT: {name: "BINARY_OP_MULTIPLY_INT", kind: Specialized, base: BINARY_OP, cache: counterCache},
	// lhs rhs BINARY_OP_SUBTRACT_FLOAT<op> -- res
	BINARY_OP_SUBTRACT_FLOAT: {name: "BINARY_OP_SUBTRACT_FLOAT", kind: Specialized, base: BINARY_OP, cache: counterCache},
	// x UNARY_INVERT -- y
	UNARY_INVERT: {name: "UNARY_INVERT", stack: se(0)},
	// lhs rhs BINARY_OP_SUBTRACT_INT<op> -- res
	BINARY_OP_SUBTRACT_INT: {name: "BINARY_OP_SUBTRACT_INT", kind: Specialized, base: BINARY_OP, cache: counterCache},
	// container sub BINARY_SUBSCR_ADAPTIVE -- res
	BINARY_SUBSCR_ADAPTIVE: {name: "BINARY_SUBSCR_ADAPTIVE", kind: Adaptive, base: BINARY_SUBSCR, cache: binarySubscrCache},
	// container sub BINARY_SUBSCR_DICT -- res
	BINARY_SUBSCR_DICT: {name: "BINARY_SUBSCR_DICT", kind: Specialized, base: BINARY_SUBSCR, cache: binarySubscrCache},
	// container sub BINARY_SUBSCR_GETITEM -- res
	BINARY_SUBSCR_GETITEM: {name: "BINARY_SUBSCR_GETITEM", kind: Specialized, base: BINARY_SUBSCR, cache: binarySubscrCache},
	// container sub BINARY_SUBSCR_LIST_INT -- res
	BINARY_SUBSCR_LIST_INT: {name: "BINARY_SUBSCR_LIST_INT", kind: Specialized, base: BINARY_SUBSCR, cache: binarySubscrCache},
	// container sub BINARY_SUBSCR_TUPLE_INT -- res
	BINARY_SUBSCR_TUPLE_INT: {name: "BINARY_SUBSCR_TUPLE_INT", kind: Specialized, base: BINARY_SUBSCR, cache: binarySubscrCache},
	// CALL_ADAPTIVE<n> -- result (with PRECALL_ADAPTIVE: meth_or_NULL callable args[n] -- result)
	CALL_ADAPTIVE: {name: "CALL_ADAPTIVE", kind: Adaptive, base: CALL, cache: callCache},
	// CALL_PY_EXACT_ARGS<n> -- result (with PRECALL_PY_EXACT_ARGS: meth_or_NULL callable args[n] -- result)
	CALL_PY_EXACT_ARGS: {name: "CALL_PY_EXACT_ARGS", kind: Specialized, base: CALL, cache: callCache},
	// CALL_PY_WITH_DEFAULTS<n> -- result (with PRECALL_PY_WITH_DEFAULTS: meth_or_NULL callable args[n] -- result)
	CALL_PY_WITH_DEFAULTS: {name: "CALL_PY_WITH_DEFAULTS", kind: Specialized, base: CALL, cache: callCache},
	// container sub BINARY_SUBSCR -- res
	BINARY_SUBSCR: {name: "BINARY_SUBSCR", cache: binarySubscrCache, stack: se(-1)},
	// left right COMPARE_OP_ADAPTIVE<op> -- res
	COMPARE_OP_ADAPTIVE: {name: "COMPARE_OP_ADAPTIVE", kind: Adaptive, base: COMPARE_OP, flags: fCompare, cache: compareOpCache},
	// left right COMPARE_OP_FLOAT_JUMP<op> -- (compares and takes the following POP_JUMP itself)
	COMPARE_OP_FLOAT_JUMP: {name: "COMPARE_OP_FLOAT_JUMP", kind: Specialized, base: COMPARE_OP, flags: fCompare, cache: compareOpCache},
	// left right COMPARE_OP_INT_JUMP<op> -- (compares and takes the following POP_JUMP itself)
	COMPARE_OP_INT_JUMP: {name: "COMPARE_OP_INT_JUMP", kind: Specialized, base: COMPARE_OP, flags: fCompare, cache: compareOpCache},
	// left right COMPARE_OP_STR_JUMP<op> -- (compares and takes the following POP_JUMP itself)
	COMPARE_OP_STR_JUMP: {name: "COMPARE_OP_STR_JUMP", kind: Specialized, base: COMPARE_OP, flags: fCompare, cache: compareOpCache},
	// obj GET_LEN -- obj len
	GET_LEN: {name: "GET_LEN", stack: se(1)},
	// subject MATCH_MAPPING -- subject bool
	MATCH_MAPPING: {name: "MATCH_MAPPING", stack: se(1)},
	// subject MATCH_SEQUENCE -- subject bool
	MATCH_SEQUENCE: {name: "MATCH_SEQUENCE", stack: se(1)},
	// subject keys MATCH_KEYS -- subject keys values_or_None
	MATCH_KEYS: {name: "MATCH_KEYS", stack: se(1)},
	// EXTENDED_ARG_QUICK<hi> -- (prefixes the next instruction's oparg)
	EXTENDED_ARG_QUICK: {name: "EXTENDED_ARG_QUICK", kind: Specialized, base: EXTENDED_ARG},
	// exc PUSH_EXC_INFO -- prev_exc exc
	PUSH_EXC_INFO: {name: "PUSH_EXC_INFO", stack: se(1)},
	// exc type CHECK_EXC_MATCH -- exc bool
	CHECK_EXC_MATCH: {name: "CHECK_EXC_MATCH", stack: se(0)},
	// eg type CHECK_EG_MATCH -- rest match
	CHECK_EG_MATCH: {name: "CHECK_EG_MATCH", stack: se(0)},
	// JUMP_BACKWARD_QUICK<delta> --
	JUMP_BACKWARD_QUICK: {name: "JUMP_BACKWARD_QUICK", kind: Specialized, base: JUMP_BACKWARD, flags: fJumpBackward | fJumpBackward},
	// owner LOAD_ATTR_ADAPTIVE<name> -- attr
	LOAD_ATTR_ADAPTIVE: {name: "LOAD_ATTR_ADAPTIVE", kind: Adaptive, base: LOAD_ATTR, flags: fName, cache: attrCache},
	// owner LOAD_ATTR_INSTANCE_VALUE<name> -- attr
	LOAD_ATTR_INSTANCE_VALUE: {name: "LOAD_ATTR_INSTANCE_VALUE", kind: Specialized, base: LOAD_ATTR, flags: fName, cache: attrCache},
	// owner LOAD_ATTR_MODULE<name> -- attr
	LOAD_ATTR_MODULE: {name: "LOAD_ATTR_MODULE", kind: Specialized, base: LOAD_ATTR, flags: fName, cache: attrCache},
	// owner LOAD_ATTR_SLOT<name> -- attr
	LOAD_ATTR_SLOT: {name: "LOAD_ATTR_SLOT", kind: Specialized, base: LOAD_ATTR, flags: fName, cache: attrCache},
	// owner LOAD_ATTR_WITH_HINT<name> -- attr
	LOAD_ATTR_WITH_HINT: {name: "LOAD_ATTR_WITH_HINT", kind: Specialized, base: LOAD_ATTR, flags: fName, cache: attrCache},
	// LOAD_CONST<const> LOAD_FAST<local> -- value1 value2
	LOAD_CONST__LOAD_FAST: {name: "LOAD_CONST__LOAD_FAST", kind: Super, base: LOAD_CONST, flags: fConst},
	// LOAD_FAST<local> LOAD_CONST<const> -- value1 value2
	LOAD_FAST__LOAD_CONST: {name: "LOAD_FAST__LOAD_CONST", kind: Super, base: LOAD_FAST, flags: fLocal},
	// LOAD_FAST<local> LOAD_FAST<local> -- value1 value2
	LOAD_FAST__LOAD_FAST: {name: "LOAD_FAST__LOAD_FAST", kind: Super, base: LOAD_FAST, flags: fLocal},
	// LOAD_GLOBAL_ADAPTIVE<name<<1|null> -- [NULL] value
	LOAD_GLOBAL_ADAPTIVE: {name: "LOAD_GLOBAL_ADAPTIVE", kind: Adaptive, base: LOAD_GLOBAL, flags: fName, cache: loadGlobalCache},
	// LOAD_GLOBAL_BUILTIN<name<<1|null> -- [NULL] value
	LOAD_GLOBAL_BUILTIN: {name: "LOAD_GLOBAL_BUILTIN", kind: Specialized, base: LOAD_GLOBAL, flags: fName, cache: loadGlobalCache},
	// exit lasti prev_exc exc WITH_EXCEPT_START -- exit lasti prev_exc exc res
	WITH_EXCEPT_START: {name: "WITH_EXCEPT_START", stack: se(1)},
	// aiterable GET_AITER -- aiter
	GET_AITER: {name: "GET_AITER", stack: se(0)},
	// aiter GET_ANEXT -- aiter awaitable
	GET_ANEXT: {name: "GET_ANEXT", stack: se(1)},
	// mgr BEFORE_ASYNC_WITH -- exit awaitable
	BEFORE_ASYNC_WITH: {name: "BEFORE_ASYNC_WITH", stack: se(1)},
	// mgr BEFORE_WITH -- exit res
	BEFORE_WITH: {name: "BEFORE_WITH", stack: se(1)},
	// aiter exc END_ASYNC_FOR --
	END_ASYNC_FOR: {name: "END_ASYNC_FOR", stack: se(-2)},
	// LOAD_GLOBAL_MODULE<name<<1|null> -- [NULL] value
	LOAD_GLOBAL_MODULE: {name: "LOAD_GLOBAL_MODULE", kind: Specialized, base: LOAD_GLOBAL, flags: fName, cache: loadGlobalCache},
	// owner LOAD_METHOD_ADAPTIVE<name> -- meth_or_NULL self_or_attr
	LOAD_METHOD_ADAPTIVE: {name: "LOAD_METHOD_ADAPTIVE", kind: Adaptive, base: LOAD_METHOD, flags: fName, cache: loadMethodCache},
	// owner LOAD_METHOD_CLASS<name> -- meth_or_NULL self_or_attr
	LOAD_METHOD_CLASS: {name: "LOAD_METHOD_CLASS", kind: Specialized, base: LOAD_METHOD, flags: fName, cache: loadMethodCache},
	// owner LOAD_METHOD_MODULE<name> -- meth_or_NULL self_or_attr
	LOAD_METHOD_MODULE: {name: "LOAD_METHOD_MODULE", kind: Specialized, base: LOAD_METHOD, flags: fName, cache: loadMethodCache},
	// owner LOAD_METHOD_NO_DICT<name> -- meth_or_NULL self_or_attr
	LOAD_METHOD_NO_DICT: {name: "LOAD_METHOD_NO_DICT", kind: Specialized, base: LOAD_METHOD, flags: fName, cache: loadMethodCache},
	// v container sub STORE_SUBSCR --
	STORE_SUBSCR: {name: "STORE_SUBSCR", cache: counterCache, stack: se(-3)},
	// container sub DELETE_SUBSCR --
	DELETE_SUBSCR: {name: "DELETE_SUBSCR", stack: se(-2)},
	// owner LOAD_METHOD_WITH_DICT<name> -- meth_or_NULL self_or_attr
	LOAD_METHOD_WITH_DICT: {name: "LOAD_METHOD_WITH_DICT", kind: Specialized, base: LOAD_METHOD, flags: fName, cache: loadMethodCache},
	// owner LOAD_METHOD_WITH_VALUES<name> -- meth_or_NULL self_or_attr
	LOAD_METHOD_WITH_VALUES: {name: "LOAD_METHOD_WITH_VALUES", kind: Specialized, base: LOAD_METHOD, flags: fName, cache: loadMethodCache},
	// meth_or_NULL callable args[n] PRECALL_ADAPTIVE<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_ADAPTIVE: {name: "PRECALL_ADAPTIVE", kind: Adaptive, base: PRECALL, cache: counterCache},
	// meth_or_NULL callable args[n] PRECALL_BOUND_METHOD<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_BOUND_METHOD: {name: "PRECALL_BOUND_METHOD", kind: Specialized, base: PRECALL, cache: counterCache},
	// meth_or_NULL callable args[n] PRECALL_BUILTIN_CLASS<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_BUILTIN_CLASS: {name: "PRECALL_BUILTIN_CLASS", kind: Specialized, base: PRECALL, cache: counterCache},
	// meth_or_NULL callable args[n] PRECALL_BUILTIN_FAST_WITH_KEYWORDS<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_BUILTIN_FAST_WITH_KEYWORDS: {name: "PRECALL_BUILTIN_FAST_WITH_KEYWORDS", kind: Specialized, base: PRECALL, cache: counterCache},
	// iterable GET_ITER -- iter
	GET_ITER: {name: "GET_ITER", stack: se(0)},
	// iterable GET_YIELD_FROM_ITER -- iter
	GET_YIELD_FROM_ITER: {name: "GET_YIELD_FROM_ITER", stack: se(0)},
	// v PRINT_EXPR --
	PRINT_EXPR: {name: "PRINT_EXPR", stack: se(-1)},
	// LOAD_BUILD_CLASS -- __build_class__
	LOAD_BUILD_CLASS: {name: "LOAD_BUILD_CLASS", stack: se(1)},
	// meth_or_NULL callable args[n] PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS: {name: "PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS", kind: Specialized, base: PRECALL, cache: counterCache},
	// meth_or_NULL callable args[n] PRECALL_NO_KW_BUILTIN_FAST<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_NO_KW_BUILTIN_FAST: {name: "PRECALL_NO_KW_BUILTIN_FAST", kind: Specialized, base: PRECALL, cache: counterCache},
	// LOAD_ASSERTION_ERROR -- AssertionError
	LOAD_ASSERTION_ERROR: {name: "LOAD_ASSERTION_ERROR", stack: se(1)},
	// RETURN_GENERATOR -- (the frame returns a new generator; resumed, it pushes the sent value)
	RETURN_GENERATOR: {name: "RETURN_GENERATOR", stack: se(0)},
	// meth_or_NULL callable args[n] PRECALL_NO_KW_BUILTIN_O<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_NO_KW_BUILTIN_O: {name: "PRECALL_NO_KW_BUILTIN_O", kind: Specialized, base: PRECALL, cache: counterCache},
	// meth_or_NULL callable args[n] PRECALL_NO_KW_ISINSTANCE<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_NO_KW_ISINSTANCE: {name: "PRECALL_NO_KW_ISINSTANCE", kind: Specialized, base: PRECALL, cache: counterCache},
	// meth_or_NULL callable args[n] PRECALL_NO_KW_LEN<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_NO_KW_LEN: {name: "PRECALL_NO_KW_LEN", kind: Specialized, base: PRECALL, cache: counterCache},
	// meth_or_NULL callable args[n] PRECALL_NO_KW_LIST_APPEND<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_NO_KW_LIST_APPEND: {name: "PRECALL_NO_KW_LIST_APPEND", kind: Specialized, base: PRECALL, cache: counterCache},
	// meth_or_NULL callable args[n] PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST: {name: "PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST", kind: Specialized, base: PRECALL, cache: counterCache},
	// meth_or_NULL callable args[n] PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS: {name: "PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS", kind: Specialized, base: PRECALL, cache: counterCache},
	// list LIST_TO_TUPLE -- tuple
	LIST_TO_TUPLE: {name: "LIST_TO_TUPLE", stack: se(0)},
	// retval RETURN_VALUE --
	RETURN_VALUE: {name: "RETURN_VALUE", stack: se(-1)},
	// module IMPORT_STAR --
	IMPORT_STAR: {name: "IMPORT_STAR", stack: se(-1)},
	// SETUP_ANNOTATIONS --
	SETUP_ANNOTATIONS: {name: "SETUP_ANNOTATIONS", stack: se(0)},
	// v YIELD_VALUE -- sent
	YIELD_VALUE: {name: "YIELD_VALUE", stack: se(0)},
	// v ASYNC_GEN_WRAP -- wrapped
	ASYNC_GEN_WRAP: {name: "ASYNC_GEN_WRAP", stack: se(0)},
	// orig excs PREP_RERAISE_STAR -- exc_or_None
	PREP_RERAISE_STAR: {name: "PREP_RERAISE_STAR", stack: se(-1)},
	// prev_exc POP_EXCEPT --
	POP_EXCEPT: {name: "POP_EXCEPT", stack: se(-1)},
	// v STORE_NAME<name> --
	STORE_NAME: {name: "STORE_NAME", flags: fName, stack: se(-1)},
	// DELETE_NAME<name> --
	DELETE_NAME: {name: "DELETE_NAME", flags: fName, stack: se(0)},
	// seq UNPACK_SEQUENCE<n> -- item[n-1] … item[0]
	UNPACK_SEQUENCE: {name: "UNPACK_SEQUENCE", cache: counterCache, stack: seArg},
	// iter FOR_ITER<delta> -- iter next (jumping: iter FOR_ITER --)
	FOR_ITER: {name: "FOR_ITER", flags: fJumpForward | fConditional, stack: seJump(1, -1)},
	// seq UNPACK_EX<after<<8|before> -- after[…] list before[…]
	UNPACK_EX: {name: "UNPACK_EX", stack: seArg},
	// v owner STORE_ATTR<name> --
	STORE_ATTR: {name: "STORE_ATTR", flags: fName, cache: attrCache, stack: se(-2)},
	// owner DELETE_ATTR<name> --
	DELETE_ATTR: {name: "DELETE_ATTR", flags: fName, stack: se(-1)},
	// v STORE_GLOBAL<name> --
	STORE_GLOBAL: {name: "STORE_GLOBAL", flags: fName, stack: se(-1)},
	// DELETE_GLOBAL<name> --
	DELETE_GLOBAL: {name: "DELETE_GLOBAL", flags: fName, stack: se(0)},
	// a … b SWAP<i> -- b … a
	SWAP: {name: "SWAP", stack: se(0)},
	// LOAD_CONST<const> -- value
	LOAD_CONST: {name: "LOAD_CONST", flags: fConst, stack: se(1)},
	// LOAD_NAME<name> -- value
	LOAD_NAME: {name: "LOAD_NAME", flags: fName, stack: se(1)},
	// items[n] BUILD_TUPLE<n> -- tuple
	BUILD_TUPLE: {name: "BUILD_TUPLE", stack: seArg},
	// items[n] BUILD_LIST<n> -- list
	BUILD_LIST: {name: "BUILD_LIST", stack: seArg},
	// items[n] BUILD_SET<n> -- set
	BUILD_SET: {name: "BUILD_SET", stack: seArg},
	// k1 v1 … kn vn BUILD_MAP<n> -- dict
	BUILD_MAP: {name: "BUILD_MAP", stack: seArg},
	// owner LOAD_ATTR<name> -- attr
	LOAD_ATTR: {name: "LOAD_ATTR", flags: fName, cache: attrCache, stack: se(0)},
	// left right COMPARE_OP<op> -- res
	COMPARE_OP: {name: "COMPARE_OP", flags: fCompare, cache: compareOpCache, stack: se(-1)},
	// level fromlist IMPORT_NAME<name> -- module
	IMPORT_NAME: {name: "IMPORT_NAME", flags: fName, stack: se(-1)},
	// module IMPORT_FROM<name> -- module attr
	IMPORT_FROM: {name: "IMPORT_FROM", flags: fName, stack: se(1)},
	// JUMP_FORWARD<delta> --
	JUMP_FORWARD: {name: "JUMP_FORWARD", flags: fJumpForward, stack: se(0)},
	// cond JUMP_IF_FALSE_OR_POP<delta> -- (jumping: cond)
	JUMP_IF_FALSE_OR_POP: {name: "JUMP_IF_FALSE_OR_POP", flags: fJumpForward | fConditional, stack: seJump(-1, 0)},
	// cond JUMP_IF_TRUE_OR_POP<delta> -- (jumping: cond)
	JUMP_IF_TRUE_OR_POP: {name: "JUMP_IF_TRUE_OR_POP", flags: fJumpForward | fConditional, stack: seJump(-1, 0)},
	// meth_or_NULL callable args[n] PRECALL_NO_KW_METHOD_DESCRIPTOR_O<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_NO_KW_METHOD_DESCRIPTOR_O: {name: "PRECALL_NO_KW_METHOD_DESCRIPTOR_O", kind: Specialized, base: PRECALL, cache: counterCache},
	// cond POP_JUMP_FORWARD_IF_FALSE<delta> --
	POP_JUMP_FORWARD_IF_FALSE: {name: "POP_JUMP_FORWARD_IF_FALSE", flags: fJumpForward | fConditional, stack: se(-1)},
	// cond POP_JUMP_FORWARD_IF_TRUE<delta> --
	POP_JUMP_FORWARD_IF_TRUE: {name: "POP_JUMP_FORWARD_IF_TRUE", flags: fJumpForward | fConditional, stack: se(-1)},
	// LOAD_GLOBAL<name<<1|null> -- [NULL] value
	LOAD_GLOBAL: {name: "LOAD_GLOBAL", flags: fName, cache: loadGlobalCache, stack: seArg},
	// left right IS_OP<invert> -- bool
	IS_OP: {name: "IS_OP", stack: se(-1)},
	// left right CONTAINS_OP<invert> -- bool
	CONTAINS_OP: {name: "CONTAINS_OP", stack: se(-1)},
	// [lasti …] exc RERAISE<setlasti> -- (raises)
	RERAISE: {name: "RERAISE", stack: se(-1)},
	// a … COPY<i> -- a … a
	COPY: {name: "COPY", stack: se(1)},
	// meth_or_NULL callable args[n] PRECALL_NO_KW_STR_1<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_NO_KW_STR_1: {name: "PRECALL_NO_KW_STR_1", kind: Specialized, base: PRECALL, cache: counterCache},
	// lhs rhs BINARY_OP<op> -- res
	BINARY_OP: {name: "BINARY_OP", cache: counterCache, stack: se(-1)},
	// receiver v SEND<delta> -- receiver res (jumping: receiver v SEND -- retval)
	SEND: {name: "SEND", flags: fJumpForward | fConditional, stack: seJump(0, -1)},
	// LOAD_FAST<local> -- value
	LOAD_FAST: {name: "LOAD_FAST", flags: fLocal, stack: se(1)},
	// v STORE_FAST<local> --
	STORE_FAST: {name: "STORE_FAST", flags: fLocal, stack: se(-1)},
	// DELETE_FAST<local> --
	DELETE_FAST: {name: "DELETE_FAST", flags: fLocal, stack: se(0)},
	// meth_or_NULL callable args[n] PRECALL_NO_KW_TUPLE_1<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_NO_KW_TUPLE_1: {name: "PRECALL_NO_KW_TUPLE_1", kind: Specialized, base: PRECALL, cache: counterCache},
	// v POP_JUMP_FORWARD_IF_NOT_NONE<delta> --
	POP_JUMP_FORWARD_IF_NOT_NONE: {name: "POP_JUMP_FORWARD_IF_NOT_NONE", flags: fJumpForward | fConditional, stack: se(-1)},
	// v POP_JUMP_FORWARD_IF_NONE<delta> --
	POP_JUMP_FORWARD_IF_NONE: {name: "POP_JUMP_FORWARD_IF_NONE", flags: fJumpForward | fConditional, stack: se(-1)},
	// [exc [cause]] RAISE_VARARGS<n> -- (raises)
	RAISE_VARARGS: {name: "RAISE_VARARGS", stack: seArg},
	// iterable GET_AWAITABLE<where> -- awaitable
	GET_AWAITABLE: {name: "GET_AWAITABLE", stack: se(0)},
	// [defaults] [kwdefaults] [annotations] [closure] code MAKE_FUNCTION<flags> -- func
	MAKE_FUNCTION: {name: "MAKE_FUNCTION", stack: seArg},
	// start stop [step] BUILD_SLICE<n> -- slice
	BUILD_SLICE: {name: "BUILD_SLICE", stack: seArg},
	// JUMP_BACKWARD_NO_INTERRUPT<delta> --
	JUMP_BACKWARD_NO_INTERRUPT: {name: "JUMP_BACKWARD_NO_INTERRUPT", flags: fJumpBackward, stack: se(0)},
	// MAKE_CELL<local> --
	MAKE_CELL: {name: "MAKE_CELL", flags: fFree, stack: se(0)},
	// LOAD_CLOSURE<local> -- cell
	LOAD_CLOSURE: {name: "LOAD_CLOSURE", flags: fFree, stack: se(1)},
	// LOAD_DEREF<local> -- value
	LOAD_DEREF: {name: "LOAD_DEREF", flags: fFree, stack: se(1)},
	// v STORE_DEREF<local> --
	STORE_DEREF: {name: "STORE_DEREF", flags: fFree, stack: se(-1)},
	// DELETE_DEREF<local> --
	DELETE_DEREF: {name: "DELETE_DEREF", flags: fFree, stack: se(0)},
	// JUMP_BACKWARD<delta> --
	JUMP_BACKWARD: {name: "JUMP_BACKWARD", flags: fJumpBackward, stack: se(0)},
	// meth_or_NULL callable args[n] PRECALL_NO_KW_TYPE_1<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_NO_KW_TYPE_1: {name: "PRECALL_NO_KW_TYPE_1", kind: Specialized, base: PRECALL, cache: counterCache},
	// NULL func callargs [kwargs] CALL_FUNCTION_EX<haskw> -- result
	CALL_FUNCTION_EX: {name: "CALL_FUNCTION_EX", stack: seArg},
	// meth_or_NULL callable args[n] PRECALL_PYFUNC<n> -- (accounted as -n; CALL pops the rest)
	PRECALL_PYFUNC: {name: "PRECALL_PYFUNC", kind: Specialized, base: PRECALL, cache: counterCache},
	// EXTENDED_ARG<hi> -- (prefixes the next instruction's oparg)
	EXTENDED_ARG: {name: "EXTENDED_ARG", stack: se(0)},
	// list … v LIST_APPEND<i> -- list …
	LIST_APPEND: {name: "LIST_APPEND", stack: se(-1)},
	// set … v SET_ADD<i> -- set …
	SET_ADD: {name: "SET_ADD", stack: se(-1)},
	// dict … k v MAP_ADD<i> -- dict …
	MAP_ADD: {name: "MAP_ADD", stack: se(-2)},
	// LOAD_CLASSDEREF<local> -- value
	LOAD_CLASSDEREF: {name: "LOAD_CLASSDEREF", flags: fFree, stack: se(1)},
	// COPY_FREE_VARS<n> --
	COPY_FREE_VARS: {name: "COPY_FREE_VARS", stack: se(0)},
	// RESUME_QUICK<where> --
	RESUME_QUICK: {name: "RESUME_QUICK", kind: Specialized, base: RESUME},
	// RESUME<where> --
	RESUME: {name: "RESUME", stack: se(0)},
	// subject type names MATCH_CLASS<n> -- attrs_or_None
	MATCH_CLASS: {name: "MATCH_CLASS", stack: se(-2)},
	// v owner STORE_ATTR_ADAPTIVE<name> --
	STORE_ATTR_ADAPTIVE: {name: "STORE_ATTR_ADAPTIVE", kind: Adaptive, base: STORE_ATTR, flags: fName, cache: attrCache},
	// v owner STORE_ATTR_INSTANCE_VALUE<name> --
	STORE_ATTR_INSTANCE_VALUE: {name: "STORE_ATTR_INSTANCE_VALUE", kind: Specialized, base: STORE_ATTR, flags: fName, cache: attrCache},
	// value [spec] FORMAT_VALUE<flags> -- str
	FORMAT_VALUE: {name: "FORMAT_VALUE", stack: seArg},
	// values[n] keys BUILD_CONST_KEY_MAP<n> -- dict
	BUILD_CONST_KEY_MAP: {name: "BUILD_CONST_KEY_MAP", stack: seArg},
	// pieces[n] BUILD_STRING<n> -- str
	BUILD_STRING: {name: "BUILD_STRING", stack: seArg},
	// v owner STORE_ATTR_SLOT<name> --
	STORE_ATTR_SLOT: {name: "STORE_ATTR_SLOT", kind: Specialized, base: STORE_ATTR, flags: fName, cache: attrCache},
	// v owner STORE_ATTR_WITH_HINT<name> --
	STORE_ATTR_WITH_HINT: {name: "STORE_ATTR_WITH_HINT", kind: Specialized, base: STORE_ATTR, flags: fName, cache: attrCache},
	// owner LOAD_METHOD<name> -- meth_or_NULL self_or_attr
	LOAD_METHOD: {name: "LOAD_METHOD", flags: fName, cache: loadMethodCache, stack: se(1)},
	// v STORE_FAST<local> LOAD_FAST<local> -- value
	STORE_FAST__LOAD_FAST: {name: "STORE_FAST__LOAD_FAST", kind: Super, base: STORE_FAST, flags: fLocal},
	// list … iterable LIST_EXTEND<i> -- list …
	LIST_EXTEND: {name: "LIST_EXTEND", stack: se(-1)},
	// set … iterable SET_UPDATE<i> -- set …
	SET_UPDATE: {name: "SET_UPDATE", stack: se(-1)},
	// dict … mapping DICT_MERGE<i> -- dict …
	DICT_MERGE: {name: "DICT_MERGE", stack: se(-1)},
	// dict … mapping DICT_UPDATE<i> -- dict …
	DICT_UPDATE: {name: "DICT_UPDATE", stack: se(-1)},
	// meth_or_NULL callable args[n] PRECALL<n> -- (accounted as -n; CALL pops the rest)
	PRECALL: {name: "PRECALL", cache: counterCache, stack: seArg},
	// v1 v2 STORE_FAST<local> STORE_FAST<local> --
	STORE_FAST__STORE_FAST: {name: "STORE_FAST__STORE_FAST", kind: Super, base: STORE_FAST, flags: fLocal},
	// v container sub STORE_SUBSCR_ADAPTIVE --
	STORE_SUBSCR_ADAPTIVE: {name: "STORE_SUBSCR_ADAPTIVE", kind: Adaptive, base: STORE_SUBSCR, cache: counterCache},
	// v container sub STORE_SUBSCR_DICT --
	STORE_SUBSCR_DICT: {name: "STORE_SUBSCR_DICT", kind: Specialized, base: STORE_SUBSCR, cache: counterCache},
	// v container sub STORE_SUBSCR_LIST_INT --
	STORE_SUBSCR_LIST_INT: {name: "STORE_SUBSCR_LIST_INT", kind: Specialized, base: STORE_SUBSCR, cache: counterCache},
	// CALL<n> -- result (with PRECALL: meth_or_NULL callable args[n] -- result)
	CALL: {name: "CALL", cache: callCache, stack: se(-1)},
	// KW_NAMES<const> -- (names the keyword arguments of the next CALL)
	KW_NAMES: {name: "KW_NAMES", flags: fConst, stack: se(0)},
	// v POP_JUMP_BACKWARD_IF_NOT_NONE<delta> --
	POP_JUMP_BACKWARD_IF_NOT_NONE: {name: "POP_JUMP_BACKWARD_IF_NOT_NONE", flags: fJumpBackward | fConditional, stack: se(-1)},
	// v POP_JUMP_BACKWARD_IF_NONE<delta> --
	POP_JUMP_BACKWARD_IF_NONE: {name: "POP_JUMP_BACKWARD_IF_NONE", flags: fJumpBackward | fConditional, stack: se(-1)},
	// cond POP_JUMP_BACKWARD_IF_FALSE<delta> --
	POP_JUMP_BACKWARD_IF_FALSE: {name: "POP_JUMP_BACKWARD_IF_FALSE", flags: fJumpBackward | fConditional, stack: se(-1)},
	// cond POP_JUMP_BACKWARD_IF_TRUE<delta> --
	POP_JUMP_BACKWARD_IF_TRUE: {name: "POP_JUMP_BACKWARD_IF_TRUE", flags: fJumpBackward | fConditional, stack: se(-1)},
	// seq UNPACK_SEQUENCE_ADAPTIVE<n> -- item[n-1] … item[0]
	UNPACK_SEQUENCE_ADAPTIVE: {name: "UNPACK_SEQUENCE_ADAPTIVE", kind: Adaptive, base: UNPACK_SEQUENCE, cache: counterCache},
	// seq UNPACK_SEQUENCE_LIST<n> -- item[n-1] … item[0]
	UNPACK_SEQUENCE_LIST: {name: "UNPACK_SEQUENCE_LIST", kind: Specialized, base: UNPACK_SEQUENCE, cache: counterCache},
	// seq UNPACK_SEQUENCE_TUPLE<n> -- item[n-1] … item[0]
	UNPACK_SEQUENCE_TUPLE: {name: "UNPACK_SEQUENCE_TUPLE", kind: Specialized, base: UNPACK_SEQUENCE, cache: counterCache},
	// seq UNPACK_SEQUENCE_TWO_TUPLE<n> -- item[n-1] … item[0]
	UNPACK_SEQUENCE_TWO_TUPLE: {name: "UNPACK_SEQUENCE_TWO_TUPLE", kind: Specialized, base: UNPACK_SEQUENCE, cache: counterCache},

	// Compiler pseudo-ops (CPython 3.11 compile.c). The SETUP_* ops mark the
	// start of a protected range and name its handler; the stack effect
	// "when jumping" is the depth the handler starts with.

	// SETUP_FINALLY<handler> -- (handler: … exc)
	SETUP_FINALLY: {name: "SETUP_FINALLY", kind: Pseudo, flags: fBlockPush, stack: seJump(0, 1)},
	// SETUP_CLEANUP<handler> -- (handler: … lasti exc)
	SETUP_CLEANUP: {name: "SETUP_CLEANUP", kind: Pseudo, flags: fBlockPush, stack: seJump(0, 2)},
	// SETUP_WITH<handler> -- (handler: … exc; the exit and lasti are already below)
	SETUP_WITH: {name: "SETUP_WITH", kind: Pseudo, flags: fBlockPush, stack: seJump(0, 1)},
	// POP_BLOCK -- (ends the innermost protected range)
	POP_BLOCK: {name: "POP_BLOCK", kind: Pseudo, stack: se(0)},
	// JUMP<target> -- (becomes JUMP_FORWARD or JUMP_BACKWARD)
	JUMP: {name: "JUMP", kind: Pseudo, flags: fPseudoJump, stack: se(0)},
	// JUMP_NO_INTERRUPT<target> -- (becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT)
	JUMP_NO_INTERRUPT: {name: "JUMP_NO_INTERRUPT", kind: Pseudo, flags: fPseudoJump, stack: se(0)},
	// cond POP_JUMP_IF_FALSE<target> --
	POP_JUMP_IF_FALSE: {name: "POP_JUMP_IF_FALSE", kind: Pseudo, flags: fPseudoJump | fConditional, stack: se(-1)},
	// cond POP_JUMP_IF_TRUE<target> --
	POP_JUMP_IF_TRUE: {name: "POP_JUMP_IF_TRUE", kind: Pseudo, flags: fPseudoJump | fConditional, stack: se(-1)},
	// v POP_JUMP_IF_NONE<target> --
	POP_JUMP_IF_NONE: {name: "POP_JUMP_IF_NONE", kind: Pseudo, flags: fPseudoJump | fConditional, stack: se(-1)},
	// v POP_JUMP_IF_NOT_NONE<target> --
	POP_JUMP_IF_NOT_NONE: {name: "POP_JUMP_IF_NOT_NONE", kind: Pseudo, flags: fPseudoJump | fConditional, stack: se(-1)},
}
