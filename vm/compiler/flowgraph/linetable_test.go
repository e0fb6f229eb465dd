package flowgraph

import (
	"fmt"
	"strings"
	"testing"
)

func TestOracleLineTable(t *testing.T) {
	// Columns past 80 (no SHORT form) and past 128 (LONG form), a line
	// delta of 3 (LONG), a step back in lines (LONG), multi-line spans,
	// and LOAD_METHOD's 11 code units (split into an 8-unit entry and a
	// 3-unit one).
	src := "def f(o):\n    o.method(1)\n    x = o" + strings.Repeat(" ", 80) + "+ 1\n    y = o" +
		strings.Repeat(" ", 130) + "+ 2\n    if o:\n\n\n        z = 1\n    return (o,\n            x)\n"
	runOracleCases(t, []oracleCase{{
		name:  "forms",
		src:   src,
		which: "f",
		unit: func() Unit {
			u := function("f", 1, consts(none, cint(1), cint(2)), []string{"method"}, []string{"o", "x", "y", "z"})
			u.ArgCount = 1
			return u
		}(),
		cfg: `
b0:
  RESUME 0 @1:0-0
  LOAD_FAST 0 @2:4-5
  LOAD_METHOD 0 @2:4-12
  LOAD_CONST 1 @2:13-14
  PRECALL 1 @2:4-15
  CALL 1 @2:4-15
  POP_TOP
  LOAD_FAST 0 @3:8-9
  LOAD_CONST 1 @3:91-92
  BINARY_OP 0 @3:8-92
  STORE_FAST 1 @3:4-5
  LOAD_FAST 0 @4:8-9
  LOAD_CONST 2 @4:141-142
  BINARY_OP 0 @4:8-142
  STORE_FAST 2 @4:4-5
  LOAD_FAST 0 @5:7-8
  POP_JUMP_IF_FALSE ->b1 @5:4-8:13
b2:
  LOAD_CONST 1 @8:12-13
  STORE_FAST 3 @8:8-9
b1:
  LOAD_FAST 0 @9:12-13
  LOAD_FAST 1 @10:12-13
  BUILD_TUPLE 2 @9:11-10:14
  RETURN_VALUE @9:4-10:14
`,
	}})
}

// whileLoopCase builds "while a:" around nAdd "a = a + 1" lines (5 code
// units each) and nSet "a = 1" lines (2 units each), so that the loop's
// two jumps span 5*nAdd + 2*nSet + 2 code units plus any EXTENDED_ARG.
func whileLoopCase(name string, nAdd, nSet int) oracleCase {
	var src, body strings.Builder
	src.WriteString("def f(a):\n    while a:\n")
	line := 3
	lastEnd := 0
	for i := 0; i < nAdd+nSet; i++ {
		if i < nAdd {
			src.WriteString("        a = a + 1\n")
			fmt.Fprintf(&body, "  LOAD_FAST 0 @%d:12-13\n  LOAD_CONST 1 @%d:16-17\n  BINARY_OP 0 @%d:12-17\n  STORE_FAST 0 @%d:8-9\n", line, line, line, line)
			lastEnd = 17
		} else {
			src.WriteString("        a = 1\n")
			fmt.Fprintf(&body, "  LOAD_CONST 1 @%d:12-13\n  STORE_FAST 0 @%d:8-9\n", line, line)
			lastEnd = 13
		}
		line++
	}
	span := fmt.Sprintf("@2:4-%d:%d", line-1, lastEnd)
	cfg := fmt.Sprintf(`
b0:
  RESUME 0 @1:0-0
b1:
  LOAD_FAST 0 @2:10-11
  POP_JUMP_IF_FALSE ->b3 %s
b2:
%s  LOAD_FAST 0 @2:10-11
  POP_JUMP_IF_TRUE ->b2 %s
b3:
b4:
  LOAD_CONST 0
  RETURN_VALUE
`, span, body.String(), span)
	u := function("f", 1, consts(none, cint(1)), nil, []string{"a"})
	u.ArgCount = 1
	return oracleCase{name: name, src: src.String(), which: "f", unit: u, cfg: cfg}
}

func TestOracleExtendedArg(t *testing.T) {
	runOracleCases(t, []oracleCase{
		// The backward jump spans 255 code units (no EXTENDED_ARG); the
		// forward one also skips the fallthrough copy of the implicit
		// return (257, one EXTENDED_ARG).
		whileLoopCase("jump_255", 49, 4),
		// 256 units: the backward jump needs a prefix too, which moves
		// the forward jump's target again.
		whileLoopCase("jump_256", 50, 2),
		// Far beyond: several hundred units.
		whileLoopCase("jump_long", 200, 0),
		// Over 0xFFFF: two EXTENDED_ARGs.
		whileLoopCase("jump_two_prefixes", 13200, 0),
	})
}
