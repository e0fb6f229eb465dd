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
	}})
}
