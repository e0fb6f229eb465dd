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
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want := oracleFacts(t, tc.src, tc.which)
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
	}})
}
