package flowgraph

import (
	"testing"

	"github.com/quicken-py/quicken/vm/bytecode"
)

func TestOracleAsync(t *testing.T) {
	runOracleCases(t, []oracleCase{{
		// Coroutine prefix, SEND loops (a forward jump at the head and
		// a JUMP_NO_INTERRUPT back edge), async with, async for with its
		// END_ASYNC_FOR handler, a chained comparison value whose SWAP
		// cannot be applied statically.
		name:  "coroutine",
		src:   "async def f(a):\n    async with a as b:\n        await b\n    async for x in a:\n        y = x < b < 3\n    return [z async for z in a]\n",
		which: "f",
		unit: func() Unit {
			u := function("f", 1, consts(none, cint(3), codeConst("<listcomp>")), nil, []string{"a", "b", "x", "y"})
			u.ArgCount = 1
			u.Flags |= bytecode.CoCoroutine
			return u
		}(),
		cfg: `
b0:
  RESUME 0 @1:0-0
  LOAD_FAST 0 @2:15-16
  BEFORE_ASYNC_WITH @2:4-3:15
  GET_AWAITABLE 1 @2:4-3:15
  LOAD_CONST 0 @2:4-3:15
b5:
  SEND ->b7 @2:4-3:15
b6:
  YIELD_VALUE @2:4-3:15
  RESUME 3 @2:4-3:15
  JUMP_NO_INTERRUPT ->b5 @2:4-3:15
b7:
  SETUP_WITH ->b2 @2:4-3:15
b1:
  STORE_FAST 1 @2:20-21
  LOAD_FAST 1 @3:14-15
  GET_AWAITABLE 0 @3:8-15
  LOAD_CONST 0 @3:8-15
b8:
  SEND ->b10 @3:8-15
b9:
  YIELD_VALUE @3:8-15
  RESUME 3 @3:8-15
  JUMP_NO_INTERRUPT ->b8 @3:8-15
b10:
  POP_TOP
  POP_BLOCK
  LOAD_CONST 0 @2:4-3:15
  LOAD_CONST 0 @2:4-3:15
  LOAD_CONST 0 @2:4-3:15
  PRECALL 2 @2:4-3:15
  CALL 2 @2:4-3:15
  GET_AWAITABLE 2 @2:4-3:15
  LOAD_CONST 0 @2:4-3:15
b11:
  SEND ->b13 @2:4-3:15
b12:
  YIELD_VALUE @2:4-3:15
  RESUME 3 @2:4-3:15
  JUMP_NO_INTERRUPT ->b11 @2:4-3:15
b13:
  POP_TOP @2:4-3:15
  JUMP ->b3 @2:4-3:15
b2:
  SETUP_CLEANUP ->b4 @2:4-3:15
  PUSH_EXC_INFO @2:4-3:15
  WITH_EXCEPT_START @2:4-3:15
  GET_AWAITABLE 2 @2:4-3:15
  LOAD_CONST 0 @2:4-3:15
b14:
  SEND ->b16 @2:4-3:15
b15:
  YIELD_VALUE @2:4-3:15
  RESUME 3 @2:4-3:15
  JUMP_NO_INTERRUPT ->b14 @2:4-3:15
b16:
  POP_JUMP_IF_TRUE ->b17
b18:
  RERAISE 2
b4:
  COPY 3
  POP_EXCEPT
  RERAISE 1
b17:
  POP_TOP
  POP_BLOCK
  POP_EXCEPT
  POP_TOP
  POP_TOP
b3:
  LOAD_FAST 0 @4:19-20
  GET_AITER @4:4-5:21
b19:
  SETUP_FINALLY ->b20 @4:4-5:21
  GET_ANEXT @4:4-5:21
  LOAD_CONST 0 @4:4-5:21
b22:
  SEND ->b24 @4:4-5:21
b23:
  YIELD_VALUE @4:4-5:21
  RESUME 3 @4:4-5:21
  JUMP_NO_INTERRUPT ->b22 @4:4-5:21
b24:
  POP_BLOCK @4:4-5:21
  STORE_FAST 2 @4:14-15
  LOAD_FAST 2 @5:12-13
  LOAD_FAST 1 @5:16-17
  SWAP 2 @5:12-21
  COPY 2 @5:12-21
  COMPARE_OP 0 @5:12-21
  JUMP_IF_FALSE_OR_POP ->b25 @5:12-21
b26:
  LOAD_CONST 1 @5:20-21
  COMPARE_OP 0 @5:12-21
  JUMP ->b27
b25:
  SWAP 2 @5:12-21
  POP_TOP @5:12-21
b27:
  STORE_FAST 3 @5:8-9
  JUMP ->b19
b20:
  END_ASYNC_FOR @4:19-20
b21:
  LOAD_CONST 2 @6:11-31
  MAKE_FUNCTION 0 @6:11-31
  LOAD_FAST 0 @6:29-30
  GET_AITER @6:11-31
  PRECALL 0 @6:11-31
  CALL 0 @6:11-31
  GET_AWAITABLE 0 @6:11-31
  LOAD_CONST 0 @6:11-31
b28:
  SEND ->b30 @6:11-31
b29:
  YIELD_VALUE @6:11-31
  RESUME 3 @6:11-31
  JUMP_NO_INTERRUPT ->b28 @6:11-31
b30:
  RETURN_VALUE @6:4-31
`,
	}})
}
