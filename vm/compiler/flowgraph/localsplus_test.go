package flowgraph

import (
	"testing"

	"github.com/quicken-py/quicken/vm/bytecode"
)

func TestOracleCellsAndGenerators(t *testing.T) {
	const src = "def g(z, a):\n    y = 0; b = 1\n    def inner():\n        yield a, z, b, y\n    return inner\n"
	runOracleCases(t, []oracleCase{{
		// Parameter cells keep their slots; the other cells follow the
		// locals; MAKE_CELL in slot order.
		name:  "cells",
		src:   src,
		which: "g",
		unit: func() Unit {
			u := function("g", 1, consts(none, cint(0), cint(1), codeConst("inner")), nil, []string{"z", "a", "inner"})
			u.ArgCount = 2
			u.CellVars = []string{"a", "b", "y", "z"}
			return u
		}(),
		cfg: `
b0:
  RESUME 0 @1:0-0
  LOAD_CONST 1 @2:8-9
  STORE_DEREF 2 @2:4-5
  LOAD_CONST 2 @2:15-16
  STORE_DEREF 1 @2:11-12
  LOAD_CLOSURE 0 @3:4-4:24
  LOAD_CLOSURE 1 @3:4-4:24
  LOAD_CLOSURE 2 @3:4-4:24
  LOAD_CLOSURE 3 @3:4-4:24
  BUILD_TUPLE 4 @3:4-4:24
  LOAD_CONST 3 @3:4-4:24
  MAKE_FUNCTION 8 @3:4-4:24
  STORE_FAST 2 @3:4-4:24
  LOAD_FAST 2 @5:11-16
  RETURN_VALUE @5:4-16
`,
	}, {
		// Free variables: COPY_FREE_VARS, then the generator prefix
		// (RETURN_GENERATOR is a NO_COLUMNS entry), stack depth from 1.
		name:  "frees_generator",
		src:   src,
		which: "g.inner",
		unit: func() Unit {
			u := function("inner", 3, consts(none), nil, nil)
			u.FreeVars = []string{"a", "b", "y", "z"}
			u.Flags |= bytecode.CoNested | bytecode.CoGenerator
			return u
		}(),
		cfg: `
b0:
  RESUME 0 @3:0-0
  LOAD_DEREF 0 @4:14-15
  LOAD_DEREF 3 @4:17-18
  LOAD_DEREF 1 @4:20-21
  LOAD_DEREF 2 @4:23-24
  BUILD_TUPLE 4 @4:14-24
  YIELD_VALUE @4:8-24
  RESUME 1 @4:8-24
  POP_TOP
  LOAD_CONST 0
  RETURN_VALUE
`,
	}, {
		// A class body with a __class__ cell and a free variable read
		// with LOAD_CLASSDEREF; the artificial __classcell__ epilogue.
		name:  "class_cell_and_free",
		src:   classSrc,
		which: "outer.C",
		unit: func() Unit {
			u := Unit{
				Consts:      consts(cstr("outer.<locals>.C"), codeConst("m")),
				Names:       []string{"__name__", "__module__", "__qualname__", "w", "m", "__classcell__"},
				CellVars:    []string{"__class__"},
				FreeVars:    []string{"v"},
				Name:        "C",
				FirstLineNo: 2,
			}
			return u
		}(),
		cfg: `
b0:
  RESUME 0 @2:0-0
  LOAD_NAME 0 @2:0-0
  STORE_NAME 1 @2:0-0
  LOAD_CONST 0 @2:0-0
  STORE_NAME 2 @2:0-0
  LOAD_CLASSDEREF 1 @3:12-13
  STORE_NAME 3 @3:8-9
  LOAD_CLOSURE 0 @4:8-5:34
  LOAD_CLOSURE 1 @4:8-5:34
  BUILD_TUPLE 2 @4:8-5:34
  LOAD_CONST 1 @4:8-5:34
  MAKE_FUNCTION 8 @4:8-5:34
  STORE_NAME 4 @4:8-5:34
  LOAD_CLOSURE 0
  COPY 1
  STORE_NAME 5
  RETURN_VALUE
`,
	}, {
		// A parameter that is a cell: MAKE_CELL of its own slot.
		name:  "argument_cell",
		src:   classSrc,
		which: "outer",
		unit: func() Unit {
			u := function("outer", 1, consts(none, codeConst("C"), cstr("C")), nil, []string{"v", "C"})
			u.ArgCount = 1
			u.CellVars = []string{"v"}
			return u
		}(),
		cfg: `
b0:
  RESUME 0 @1:0-0
  PUSH_NULL @2:4-5:34
  LOAD_BUILD_CLASS @2:4-5:34
  LOAD_CLOSURE 0 @2:4-5:34
  BUILD_TUPLE 1 @2:4-5:34
  LOAD_CONST 1 @2:4-5:34
  MAKE_FUNCTION 8 @2:4-5:34
  LOAD_CONST 2 @2:4-5:34
  PRECALL 2 @2:4-5:34
  CALL 2 @2:4-5:34
  STORE_FAST 1 @2:4-5:34
  LOAD_FAST 1 @6:11-12
  RETURN_VALUE @6:4-12
`,
	}})
}

const classSrc = "def outer(v):\n    class C:\n        w = v\n        def m(self):\n            return super().m() + v\n    return C\n"
