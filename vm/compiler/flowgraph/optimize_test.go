package flowgraph

import (
	"testing"

	"github.com/quicken-py/quicken/vm/constant"
)

func TestOracleOptimizations(t *testing.T) {
	runOracleCases(t, []oracleCase{{
		// Static swaps (and the 3.11.4+ refusal for two stores to the
		// same slot), SWAP kept before POP_TOP; RETURN_VALUE, "x is
		// None" fused into POP_JUMP_IF_NOT_NONE, constant conditions,
		// dead code after return and after an infinite loop, trailing
		// unused constants trimmed.
		name:  "swaps_none_constants_dead_code",
		src:   "def f(x, y, *, k=3, m=y):\n    b, c = x, y\n    a, a = x, y\n    for q in x:\n        return q\n    if x is None:\n        return (1, 2)\n    if 0:\n        return 'dead'\n    while True:\n        pass\n    return 'never'\n",
		which: "f",
		unit: func() Unit {
			u := function("f", 1,
				consts(none, tup(cint(1), cint(2)), cint(0), cstr("dead"), constant.Bool(true), cstr("never")),
				nil, []string{"x", "y", "k", "m", "b", "c", "a", "q"})
			u.ArgCount, u.KwOnlyArgCount = 2, 2
			return u
		}(),
		cfg: `
b0:
  RESUME 0 @1:0-0
  LOAD_FAST 0 @2:11-12
  LOAD_FAST 1 @2:14-15
  BUILD_TUPLE 2 @2:11-15
  UNPACK_SEQUENCE 2 @2:4-8
  STORE_FAST 4 @2:4-5
  STORE_FAST 5 @2:7-8
  LOAD_FAST 0 @3:11-12
  LOAD_FAST 1 @3:14-15
  BUILD_TUPLE 2 @3:11-15
  UNPACK_SEQUENCE 2 @3:4-8
  STORE_FAST 6 @3:4-5
  STORE_FAST 6 @3:7-8
  LOAD_FAST 0 @4:13-14
  GET_ITER @4:4-5:16
b1:
  FOR_ITER ->b3 @4:4-5:16
b2:
  STORE_FAST 7 @4:8-9
  LOAD_FAST 7 @5:15-16
  SWAP 2 @5:8-16
  POP_TOP @5:8-16
  RETURN_VALUE @5:8-16
b5:
  JUMP ->b1
b3:
b4:
  LOAD_FAST 0 @6:7-8
  LOAD_CONST 0 @6:12-16
  IS_OP 0 @6:7-16
  POP_JUMP_IF_FALSE ->b6 @6:7-16
b7:
  NOP @7:15-21
  LOAD_CONST 1 @7:15-21
  RETURN_VALUE @7:15-21
b6:
  LOAD_CONST 2 @8:7-8
  POP_JUMP_IF_FALSE ->b8 @8:4-9:21
b9:
  NOP @9:15-21
  LOAD_CONST 3 @9:15-21
  RETURN_VALUE @9:15-21
b8:
b10:
  LOAD_CONST 4 @10:10-14
  POP_JUMP_IF_FALSE ->b12 @10:4-11:12
b11:
  NOP @11:8-12
  LOAD_CONST 4 @10:10-14
  POP_JUMP_IF_TRUE ->b11 @10:4-11:12
b12:
b13:
  NOP @12:11-18
  LOAD_CONST 5 @12:11-18
  RETURN_VALUE @12:11-18
`,
	}, {
		// Keyword-only defaults and their names tuple.
		name: "kwdefaults_module",
		src:  "def f(x, y, *, k=3, m=y):\n    b, c = x, y\n    a, a = x, y\n    for q in x:\n        return q\n    if x is None:\n        return (1, 2)\n    if 0:\n        return 'dead'\n    while True:\n        pass\n    return 'never'\n",
		unit: module(consts(cint(3), tup(cstr("k"), cstr("m")), codeConst("f"), none), "y", "f"),
		cfg: `
b0:
  RESUME 0 @0:0-1:0
  LOAD_CONST 0 @1:17-18
  LOAD_NAME 0 @1:22-23
  LOAD_CONST 1 @1:0-12:18
  BUILD_CONST_KEY_MAP 2 @1:0-12:18
  LOAD_CONST 2 @1:0-12:18
  MAKE_FUNCTION 2 @1:0-12:18
  STORE_NAME 1 @1:0-12:18
  LOAD_CONST 3
  RETURN_VALUE
`,
	}, {
		// Folded tuples (defaults, the annotation pairs are not all
		// constant) are appended after the implicit None.
		name: "tuple_folding_appends",
		src:  "def f(a=1, b=2, *, c=3, d=x) -> int: pass\n",
		unit: module(consts(cint(1), cint(2), cint(3), tup(cstr("c"), cstr("d")), cstr("return"), codeConst("f"), none), "x", "int", "f"),
		cfg: `
b0:
  RESUME 0 @0:0-1:0
  LOAD_CONST 0 @1:8-9
  LOAD_CONST 1 @1:13-14
  BUILD_TUPLE 2 @1:0-41
  LOAD_CONST 2 @1:21-22
  LOAD_NAME 0 @1:26-27
  LOAD_CONST 3 @1:0-41
  BUILD_CONST_KEY_MAP 2 @1:0-41
  LOAD_CONST 4 @1:0-41
  LOAD_NAME 1 @1:32-35
  BUILD_TUPLE 2 @1:0-41
  LOAD_CONST 5 @1:0-41
  MAKE_FUNCTION 7 @1:0-41
  STORE_NAME 2 @1:0-41
  LOAD_CONST 6
  RETURN_VALUE
`,
	}})
}
