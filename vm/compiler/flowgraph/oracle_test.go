package flowgraph

import (
	"testing"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
)

// An oracleCase is a code object's CFG built by hand the way CPython 3.11's
// code generator builds it for src (blocks in layout order, named by
// allocation order, codegen's locations, the implicit return appended),
// and the code object python3 compiles from src that assembling it must
// reproduce field for field.
type oracleCase struct {
	name  string
	src   string
	which string // dotted names of the nested code object; "" for the module
	unit  Unit   // metadata; blocks come from cfg
	cfg   string
}

func module(consts []constant.Value, names ...string) Unit {
	return Unit{Consts: consts, Names: names, Name: "<module>", FirstLineNo: 1}
}

func function(name string, firstline int, consts []constant.Value, names, varnames []string) Unit {
	return Unit{
		Consts: consts, Names: names, VarNames: varnames,
		Name: name, FirstLineNo: firstline,
		Flags: bytecode.CoOptimized | bytecode.CoNewLocals,
	}
}

func consts(v ...constant.Value) []constant.Value { return v }

func runOracleCases(t *testing.T, cases []oracleCase) {
	var srcs, which []string
	for _, tc := range cases {
		srcs, which = append(srcs, tc.src), append(which, tc.which)
	}
	wants := oracleFacts(t, srcs, which)
	for i, tc := range cases {
		want := wants[i]
		t.Run(tc.name, func(t *testing.T) {
			u := tc.unit
			parseCFG(t, &u, tc.cfg)
			before := u.Dump()
			code, err := Assemble(&u)
			if err != nil {
				t.Fatalf("Assemble: %v\nCFG:\n%s", err, before)
			}
			compareFacts(t, want, facts(code))
			if t.Failed() {
				t.Logf("CFG before:\n%s\nCFG after:\n%s", before, u.Dump())
			}
		})
	}
}

func TestOracleBasics(t *testing.T) {
	runOracleCases(t, []oracleCase{{
		name: "if_else_module",
		src:  "x = 1\nif x:\n    y = 2\nelse:\n    y = 3\n",
		unit: module(consts(cint(1), cint(2), cint(3), none), "x", "y"),
		cfg: `
b0:
  RESUME 0 @0:0-1:0
  LOAD_CONST 0 @1:4-5
  STORE_NAME 0 @1:0-1
  LOAD_NAME 0 @2:3-4
  POP_JUMP_IF_FALSE ->b2 @2:0-5:9
b3:
  LOAD_CONST 1 @3:8-9
  STORE_NAME 1 @3:4-5
  JUMP ->b1
b2:
  LOAD_CONST 2 @5:8-9
  STORE_NAME 1 @5:4-5
b1:
  LOAD_CONST 3
  RETURN_VALUE
`,
	}, {
		// The implicit return is duplicated for the jump (copy located at
		// the jump) and the fallthrough original takes the previous
		// instruction's location; the elif's compare keeps its own span
		// on the jump; "return 5" puts the constant's span on both.
		name:  "implicit_return_duplication",
		src:   "def f(a):\n    if a:\n        g()\n    elif a > 1:\n        return 5\n",
		which: "f",
		unit: func() Unit {
			u := function("f", 1, consts(none, cint(1), cint(5)), []string{"g"}, []string{"a"})
			u.ArgCount = 1
			return u
		}(),
		cfg: `
b0:
  RESUME 0 @1:0-0
  LOAD_FAST 0 @2:7-8
  POP_JUMP_IF_FALSE ->b2 @2:4-5:16
b3:
  PUSH_NULL @3:8-9
  LOAD_GLOBAL 0 @3:8-9
  PRECALL 0 @3:8-11
  CALL 0 @3:8-11
  POP_TOP @3:8-11
  JUMP ->b1
b2:
  LOAD_FAST 0 @4:9-10
  LOAD_CONST 1 @4:13-14
  COMPARE_OP 4 @4:9-14
  POP_JUMP_IF_FALSE ->b4 @4:9-14
b5:
  NOP @5:15-16
  LOAD_CONST 2 @5:15-16
  RETURN_VALUE @5:15-16
b4:
b1:
  LOAD_CONST 0
  RETURN_VALUE
`,
	}, {
		// A value conditional: the line-less JUMP_FORWARD takes the
		// location of the instruction before it.
		name: "ifexp_value",
		src:  "x = a if b else 1\n",
		unit: module(consts(cint(1), none), "b", "a", "x"),
		cfg: `
b0:
  RESUME 0 @0:0-1:0
  LOAD_NAME 0 @1:9-10
  POP_JUMP_IF_FALSE ->b2 @1:4-17
b3:
  LOAD_NAME 1 @1:4-5
  JUMP ->b1
b2:
  LOAD_CONST 0 @1:16-17
b1:
  STORE_NAME 2 @1:0-1
  LOAD_CONST 1
  RETURN_VALUE
`,
	}, {
		// extend_block copies the line-less exit block (POP_TOP and the
		// implicit return) into the block ending in the JUMP.
		name: "extend_block_pop_top",
		src:  "a if b else 1\n",
		unit: module(consts(cint(1), none), "b", "a"),
		cfg: `
b0:
  RESUME 0 @0:0-1:0
  LOAD_NAME 0 @1:5-6
  POP_JUMP_IF_FALSE ->b2 @1:0-13
b3:
  LOAD_NAME 1 @1:0-1
  JUMP ->b1
b2:
  LOAD_CONST 0 @1:12-13
b1:
  POP_TOP
  LOAD_CONST 1
  RETURN_VALUE
`,
	}, {
		// "a and b or c": the JUMP_IF_FALSE_OR_POP to the
		// JUMP_IF_TRUE_OR_POP on the same line becomes a
		// POP_JUMP_IF_FALSE to the block after it.
		name:  "boolop_threading",
		src:   "def f(a, b, c):\n    return a and b or c\n",
		which: "f",
		unit: func() Unit {
			u := function("f", 1, consts(none), nil, []string{"a", "b", "c"})
			u.ArgCount = 3
			return u
		}(),
		cfg: `
b0:
  RESUME 0 @1:0-0
  LOAD_FAST 0 @2:11-12
  JUMP_IF_FALSE_OR_POP ->b2 @2:11-18
b3:
  LOAD_FAST 1 @2:17-18
b2:
  JUMP_IF_TRUE_OR_POP ->b1 @2:11-23
b4:
  LOAD_FAST 2 @2:22-23
b1:
  RETURN_VALUE @2:4-23
`,
	}, {
		// while: the test is repeated at the bottom (backward
		// conditional jump), break/continue jump forward/backward, a
		// for-loop "if y: break" is not threaded into the line-less
		// back edge, the for-loop break pops the iterator.
		name:  "loops",
		src:   "def f(a, y):\n    while a:\n        if a > 1:\n            break\n        a -= 1\n        if y:\n            continue\n    else:\n        g()\n    for i in a:\n        if y: break\n    return [x for x in a if x]\n",
		which: "f",
		unit: func() Unit {
			u := function("f", 1, consts(none, cint(1), codeConst("<listcomp>")), []string{"g"}, []string{"a", "y", "i"})
			u.ArgCount = 2
			return u
		}(),
		cfg: `
b0:
  RESUME 0 @1:0-0
b1:
  LOAD_FAST 0 @2:10-11
  POP_JUMP_IF_FALSE ->b3 @2:4-9:11
b2:
  LOAD_FAST 0 @3:11-12
  LOAD_CONST 1 @3:15-16
  COMPARE_OP 4 @3:11-16
  POP_JUMP_IF_FALSE ->b5 @3:11-16
b6:
  NOP @4:12-17
  JUMP ->b4 @4:12-17
b5:
  LOAD_FAST 0 @5:8-9
  LOAD_CONST 1 @5:13-14
  BINARY_OP 23 @5:8-14
  STORE_FAST 0 @5:8-9
  LOAD_FAST 1 @6:11-12
  POP_JUMP_IF_FALSE ->b7 @6:8-7:20
b8:
  NOP @7:12-20
  JUMP ->b1 @7:12-20
b7:
  LOAD_FAST 0 @2:10-11
  POP_JUMP_IF_TRUE ->b2 @2:4-9:11
b3:
  PUSH_NULL @9:8-9
  LOAD_GLOBAL 0 @9:8-9
  PRECALL 0 @9:8-11
  CALL 0 @9:8-11
  POP_TOP
b4:
  LOAD_FAST 0 @10:13-14
  GET_ITER @10:4-11:19
b9:
  FOR_ITER ->b11 @10:4-11:19
b10:
  STORE_FAST 2 @10:8-9
  LOAD_FAST 1 @11:11-12
  POP_JUMP_IF_FALSE ->b13 @11:8-19
b14:
  NOP @11:14-19
  POP_TOP @11:14-19
  JUMP ->b12 @11:14-19
b13:
  JUMP ->b9
b11:
b12:
  LOAD_CONST 2 @12:11-30
  MAKE_FUNCTION 0 @12:11-30
  LOAD_FAST 0 @12:23-24
  GET_ITER @12:11-30
  PRECALL 0 @12:11-30
  CALL 0 @12:11-30
  RETURN_VALUE @12:4-30
`,
	}, {
		// A comprehension filter is threaded into the loop's back edge
		// (same line), becoming a backward conditional jump.
		name:  "listcomp_filter",
		src:   "def f(a, y):\n    return [x for x in a if x]\n",
		which: "f.<listcomp>",
		unit: func() Unit {
			u := function("<listcomp>", 2, nil, nil, []string{".0", "x"})
			u.ArgCount = 1
			u.Flags |= bytecode.CoNested
			return u
		}(),
		cfg: `
b0:
  RESUME 0 @2:0-0
  BUILD_LIST 0 @2:11-30
  LOAD_FAST 0 @2:11-30
b1:
  FOR_ITER ->b3 @2:11-30
b4:
  STORE_FAST 1 @2:18-19
  LOAD_FAST 1 @2:28-29
  POP_JUMP_IF_FALSE ->b2 @2:11-30
b5:
  LOAD_FAST 1 @2:12-13
  LIST_APPEND 2 @2:11-30
b2:
  JUMP ->b1 @2:11-30
b3:
  RETURN_VALUE @2:11-30
`,
	}})
}
