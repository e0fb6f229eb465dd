package flowgraph

import "testing"

func TestOracleExceptions(t *testing.T) {
	runOracleCases(t, []oracleCase{{
		// try/except/else/finally: SETUP/POP_BLOCK NOPs split the
		// ranges, handler entry code has no line, the finally body is
		// compiled twice.
		name:  "try_except_else_finally",
		src:   "def f():\n    try:\n        a()\n    except ValueError as e:\n        b(e)\n    except (TypeError, KeyError):\n        c()\n    else:\n        d()\n    finally:\n        z()\n",
		which: "f",
		unit: function("f", 1, consts(none),
			[]string{"a", "d", "ValueError", "b", "TypeError", "KeyError", "c", "z"}, []string{"e"}),
		cfg: `
b0:
  RESUME 0 @1:0-0
  SETUP_FINALLY ->b2 @2:4-11:11
b1:
  SETUP_FINALLY ->b6 @2:4-11:11
b5:
  PUSH_NULL @3:8-9
  LOAD_GLOBAL 0 @3:8-9
  PRECALL 0 @3:8-11
  CALL 0 @3:8-11
  POP_TOP
  POP_BLOCK
  PUSH_NULL @9:8-9
  LOAD_GLOBAL 2 @9:8-9
  PRECALL 0 @9:8-11
  CALL 0 @9:8-11
  POP_TOP
  JUMP ->b7
b6:
  SETUP_CLEANUP ->b8
  PUSH_EXC_INFO
  LOAD_GLOBAL 4 @4:11-21
  CHECK_EXC_MATCH @4:4-5:12
  POP_JUMP_IF_FALSE ->b9 @4:4-5:12
b12:
  STORE_FAST 0 @4:4-5:12
  SETUP_CLEANUP ->b10 @4:4-5:12
b11:
  PUSH_NULL @5:8-9
  LOAD_GLOBAL 6 @5:8-9
  LOAD_FAST 0 @5:10-11
  PRECALL 1 @5:8-12
  CALL 1 @5:8-12
  POP_TOP
  POP_BLOCK
  POP_BLOCK
  POP_EXCEPT
  LOAD_CONST 0
  STORE_FAST 0
  DELETE_FAST 0
  JUMP ->b7
b10:
  LOAD_CONST 0
  STORE_FAST 0
  DELETE_FAST 0
  RERAISE 1
b9:
  LOAD_GLOBAL 8 @6:12-21
  LOAD_GLOBAL 10 @6:23-31
  BUILD_TUPLE 2 @6:11-32
  CHECK_EXC_MATCH @6:4-7:11
  POP_JUMP_IF_FALSE ->b13 @6:4-7:11
b15:
  POP_TOP @6:4-7:11
b14:
  PUSH_NULL @7:8-9
  LOAD_GLOBAL 12 @7:8-9
  PRECALL 0 @7:8-11
  CALL 0 @7:8-11
  POP_TOP
  POP_BLOCK
  POP_EXCEPT
  JUMP ->b7
b13:
  RERAISE 0
b8:
  COPY 3
  POP_EXCEPT
  RERAISE 1
b7:
  POP_BLOCK
  PUSH_NULL @11:8-9
  LOAD_GLOBAL 14 @11:8-9
  PRECALL 0 @11:8-11
  CALL 0 @11:8-11
  POP_TOP
  JUMP ->b3
b2:
  SETUP_CLEANUP ->b4
  PUSH_EXC_INFO
  PUSH_NULL @11:8-9
  LOAD_GLOBAL 14 @11:8-9
  PRECALL 0 @11:8-11
  CALL 0 @11:8-11
  POP_TOP
  RERAISE 0
b4:
  COPY 3
  POP_EXCEPT
  RERAISE 1
b3:
  LOAD_CONST 0
  RETURN_VALUE
`,
	}, {
		// with: the converted POP_BLOCK NOP keeps the body's line; an
		// empty try body gives no table entry; return inside try/finally
		// with a break in the finally body: the finally body is inlined
		// three times, dead unwinding code is removed, and the exit
		// blocks are extended into the break jumps.
		name:  "with_empty_try_break_in_finally",
		src:   "def f(x):\n    with x as y:\n        pass\n    try:\n        pass\n    except:\n        pass\n    for i in x:\n        try:\n            return g(i)\n        finally:\n            break\n",
		which: "f",
		unit: func() Unit {
			u := function("f", 1, consts(none), []string{"g"}, []string{"x", "y", "i"})
			u.ArgCount = 1
			return u
		}(),
		cfg: `
b0:
  RESUME 0 @1:0-0
  LOAD_FAST 0 @2:9-10
  BEFORE_WITH @2:4-3:12
  SETUP_WITH ->b2 @2:4-3:12
b1:
  STORE_FAST 1 @2:14-15
  NOP @3:8-12
  POP_BLOCK
  LOAD_CONST 0 @2:4-3:12
  LOAD_CONST 0 @2:4-3:12
  LOAD_CONST 0 @2:4-3:12
  PRECALL 2 @2:4-3:12
  CALL 2 @2:4-3:12
  POP_TOP @2:4-3:12
  JUMP ->b3 @2:4-3:12
b2:
  SETUP_CLEANUP ->b4 @2:4-3:12
  PUSH_EXC_INFO @2:4-3:12
  WITH_EXCEPT_START @2:4-3:12
  POP_JUMP_IF_TRUE ->b5
b6:
  RERAISE 2
b4:
  COPY 3
  POP_EXCEPT
  RERAISE 1
b5:
  POP_TOP
  POP_BLOCK
  POP_EXCEPT
  POP_TOP
  POP_TOP
b3:
  SETUP_FINALLY ->b8 @4:4-7:12
b7:
  NOP @5:8-12
  POP_BLOCK
  JUMP ->b9
b8:
  SETUP_CLEANUP ->b10
  PUSH_EXC_INFO
  POP_TOP @6:4-7:12
b12:
  NOP @7:8-12
  POP_BLOCK
  POP_EXCEPT
  JUMP ->b9
b11:
  RERAISE 0
b10:
  COPY 3
  POP_EXCEPT
  RERAISE 1
b9:
  LOAD_FAST 0 @8:13-14
  GET_ITER @8:4-12:17
b13:
  FOR_ITER ->b15 @8:4-12:17
b14:
  STORE_FAST 2 @8:8-9
  SETUP_FINALLY ->b18 @9:8-12:17
b17:
  PUSH_NULL @10:19-20
  LOAD_GLOBAL 0 @10:19-20
  LOAD_FAST 2 @10:21-22
  PRECALL 1 @10:19-23
  CALL 1 @10:19-23
  POP_BLOCK @10:12-23
  NOP @12:12-17
  POP_TOP @12:12-17
  POP_TOP @12:12-17
  JUMP ->b16 @12:12-17
b21:
  SWAP 2
  POP_TOP
  RETURN_VALUE
b22:
  POP_BLOCK
  NOP @12:12-17
  POP_TOP @12:12-17
  JUMP ->b16 @12:12-17
b23:
  JUMP ->b19
b18:
  SETUP_CLEANUP ->b20
  PUSH_EXC_INFO
  NOP @12:12-17
  POP_TOP @12:12-17
  POP_BLOCK @12:12-17
  POP_EXCEPT @12:12-17
  POP_TOP @12:12-17
  JUMP ->b16 @12:12-17
b24:
  RERAISE 0 @12:12-17
b20:
  COPY 3 @12:12-17
  POP_EXCEPT @12:12-17
  RERAISE 1 @12:12-17
b19:
  JUMP ->b13
b15:
b16:
  LOAD_CONST 0
  RETURN_VALUE
`,
	}, {
		// A try nested in a try body: the inner SETUP's NOP has no
		// handler and splits the outer range, and the inner body's end
		// (its JUMP) falls back to the outer handler.
		name:  "nested_try_split",
		src:   "def f():\n    try:\n        a()\n        try:\n            b()\n        except E:\n            c()\n        d()\n    except F:\n        g()\n",
		which: "f",
		unit:  function("f", 1, consts(none), []string{"a", "b", "E", "c", "d", "F", "g"}, nil),
		cfg: `
b0:
  RESUME 0 @1:0-0
  SETUP_FINALLY ->b2 @2:4-10:11
b1:
  PUSH_NULL @3:8-9
  LOAD_GLOBAL 0 @3:8-9
  PRECALL 0 @3:8-11
  CALL 0 @3:8-11
  POP_TOP
  SETUP_FINALLY ->b6 @4:8-7:15
b5:
  PUSH_NULL @5:12-13
  LOAD_GLOBAL 2 @5:12-13
  PRECALL 0 @5:12-15
  CALL 0 @5:12-15
  POP_TOP
  POP_BLOCK
  JUMP ->b7
b6:
  SETUP_CLEANUP ->b8
  PUSH_EXC_INFO
  LOAD_GLOBAL 4 @6:15-16
  CHECK_EXC_MATCH @6:8-7:15
  POP_JUMP_IF_FALSE ->b9 @6:8-7:15
b11:
  POP_TOP @6:8-7:15
b10:
  PUSH_NULL @7:12-13
  LOAD_GLOBAL 6 @7:12-13
  PRECALL 0 @7:12-15
  CALL 0 @7:12-15
  POP_TOP
  POP_BLOCK
  POP_EXCEPT
  JUMP ->b7
b9:
  RERAISE 0
b8:
  COPY 3
  POP_EXCEPT
  RERAISE 1
b7:
  PUSH_NULL @8:8-9
  LOAD_GLOBAL 8 @8:8-9
  PRECALL 0 @8:8-11
  CALL 0 @8:8-11
  POP_TOP
  POP_BLOCK
  JUMP ->b3
b2:
  SETUP_CLEANUP ->b4
  PUSH_EXC_INFO
  LOAD_GLOBAL 10 @9:11-12
  CHECK_EXC_MATCH @9:4-10:11
  POP_JUMP_IF_FALSE ->b12 @9:4-10:11
b14:
  POP_TOP @9:4-10:11
b13:
  PUSH_NULL @10:8-9
  LOAD_GLOBAL 12 @10:8-9
  PRECALL 0 @10:8-11
  CALL 0 @10:8-11
  POP_TOP
  POP_BLOCK
  POP_EXCEPT
  JUMP ->b3
b12:
  RERAISE 0
b4:
  COPY 3
  POP_EXCEPT
  RERAISE 1
b3:
  LOAD_CONST 0
  RETURN_VALUE
`,
	}})
}
