package specializer

import (
	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// COMPARE_OP (CPython 3.11 _Py_Specialize_CompareOp). The specialized
// forms fuse the comparison with the conditional jump that follows it
// (`if a < b:`, the bottom of `while i < n:`), so a COMPARE_OP whose
// next instruction is not POP_JUMP_{FORWARD,BACKWARD}_IF_{TRUE,FALSE}
// goes back to plain COMPARE_OP for good (3.11 without statistics). The
// cache holds the counter and a mask of the outcomes that take the jump.

func init() {
	register(op.COMPARE_OP, &family{specialize: specializeCompareOp, explain: explainCompareOp})
}

// COMPARE_OP's failure kinds (SPEC_FAIL_COMPARE_OP_*, specialize.c 3.11).
// NOT_FOLLOWED_BY_COND_JUMP and EXTENDED_ARG are recorded only by a
// statistics build; without one the instruction reverts instead.
const (
	failCompareOpOther           = 0
	failCompareOpDifferentTypes  = 12
	failCompareOpString          = 13
	failCompareOpNotFollowedJump = 14
	failCompareOpBigInt          = 15
	failCompareOpBytes           = 16
	failCompareOpTuple           = 17
	failCompareOpList            = 18
	failCompareOpSet             = 19
	failCompareOpBool            = 20
	failCompareOpBaseObject      = 21
	failCompareOpFloatLong       = 22
	failCompareOpLongFloat       = 23
	failCompareOpExtendedArg     = 24
)

// compareMasks are the outcomes on which a POP_JUMP_*_IF_TRUE after each
// comparison (Py_LT ... Py_GE) jumps: bit 1 less, 2 equal, 4 greater.
var compareMasks = [...]int{1, 1 | 2, 2, 1 | 4, 4, 2 | 4}

var compareSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

func compareSymbol(oparg int) string {
	if oparg >= 0 && oparg < len(compareSymbols) {
		return compareSymbols[oparg]
	}
	return "?"
}

func specializeCompareOp(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt {
	units := f.Code.Units
	next := op.Opcode(units[at+1+op.COMPARE_OP.Caches()] & 0xff)
	switch next {
	case op.POP_JUMP_FORWARD_IF_FALSE, op.POP_JUMP_BACKWARD_IF_FALSE,
		op.POP_JUMP_FORWARD_IF_TRUE, op.POP_JUMP_BACKWARD_IF_TRUE:
	default:
		// CPython 3.11 (without Py_STATS): nothing to fuse with, so stop
		// adapting; the counter stays 0. The next opcode is read as
		// quickened: a jump behind an EXTENDED_ARG (a long jump) is not
		// fused either.
		rewrite(units, at, op.COMPARE_OP)
		if next == op.EXTENDED_ARG || next == op.EXTENDED_ARG_QUICK {
			return success("the conditional jump after it has an EXTENDED_ARG")
		}
		return success("not followed by a conditional jump (%s)", next)
	}
	if oparg < 0 || oparg >= len(compareMasks) {
		return fail(failCompareOpOther, "SPEC_FAIL_OTHER", "unknown comparison %d", oparg)
	}
	mask := compareMasks[oparg]
	if next == op.POP_JUMP_FORWARD_IF_FALSE || next == op.POP_JUMP_BACKWARD_IF_FALSE {
		mask = 7 &^ mask
	}
	backward := next == op.POP_JUMP_BACKWARD_IF_TRUE || next == op.POP_JUMP_BACKWARD_IF_FALSE
	if backward {
		mask <<= 3
	}
	lhs, rhs := stackTop(f, 1), stackTop(f, 0)
	sym := compareSymbol(oparg)
	tl, tr := m.TypeOf(lhs), m.TypeOf(rhs)
	if tl != tr {
		kind, name := compareFailKind(m, lhs, rhs)
		return fail(kind, name, "%s %s %s: operands of different types", tl.Name, sym, tr.Name)
	}
	types := m.Types()
	var form op.Opcode
	switch tl {
	case types.Float:
		form = op.COMPARE_OP_FLOAT_JUMP
	case types.Int:
		if !singleDigit(m, lhs) || !singleDigit(m, rhs) {
			return fail(failCompareOpBigInt, "SPEC_FAIL_COMPARE_OP_BIG_INT",
				"int %s int with an operand |v| >= 2**30 (more than one 30-bit digit)", sym)
		}
		form = op.COMPARE_OP_INT_JUMP
	case types.Str:
		if oparg != int(vm.EQ) && oparg != int(vm.NE) {
			return fail(failCompareOpString, "SPEC_FAIL_COMPARE_OP_STRING",
				"str %s str: only == and != on strs are specialized", sym)
		}
		form = op.COMPARE_OP_STR_JUMP
	default:
		kind, name := compareFailKind(m, lhs, rhs)
		return fail(kind, name, "%s %s %s: no specialized comparison for this type", tl.Name, sym, tr.Name)
	}
	rewrite(units, at, form)
	write16(units, at, 1, uint16(mask))
	return success("%s %s %s fused with the %s: mask %d (%s)", tl.Name, sym, tr.Name, next, mask, compareMaskWords(mask))
}

// compareMaskWords spells a jump mask: on which outcomes it jumps, and which way.
func compareMaskWords(mask int) string {
	dir := "forward"
	if mask >= 8 {
		mask >>= 3
		dir = "backward"
	}
	var on []string
	for i, w := range []string{"less", "equal", "greater"} {
		if mask&(1<<i) != 0 {
			on = append(on, w)
		}
	}
	if len(on) == 0 {
		return "never jumps"
	}
	s := "jumps " + dir + " if "
	for i, w := range on {
		if i > 0 {
			s += " or "
		}
		s += w
	}
	return s
}

// singleDigit reports whether v is an exact int of one 30-bit digit at
// most.
func singleDigit(m *vm.Machine, v vm.Value) bool {
	_, ok := m.SingleDigitInt(v)
	return ok
}

// compareFailKind is CPython 3.11's compare_op_fail_kind: why two
// operands have no fused comparison.
func compareFailKind(m *vm.Machine, lhs, rhs vm.Value) (int, string) {
	types := m.Types()
	tl, tr := m.TypeOf(lhs), m.TypeOf(rhs)
	if tl != tr {
		switch {
		case tl == types.Float && tr == types.Int:
			return failCompareOpFloatLong, "SPEC_FAIL_COMPARE_OP_FLOAT_LONG"
		case tl == types.Int && tr == types.Float:
			return failCompareOpLongFloat, "SPEC_FAIL_COMPARE_OP_LONG_FLOAT"
		}
		return failCompareOpDifferentTypes, "SPEC_FAIL_COMPARE_OP_DIFFERENT_TYPES"
	}
	switch {
	case tl == types.Bytes:
		return failCompareOpBytes, "SPEC_FAIL_COMPARE_OP_BYTES"
	case tl == types.Tuple:
		return failCompareOpTuple, "SPEC_FAIL_COMPARE_OP_TUPLE"
	case tl == types.List:
		return failCompareOpList, "SPEC_FAIL_COMPARE_OP_LIST"
	case tl == types.Set || tl == types.FrozenSet:
		return failCompareOpSet, "SPEC_FAIL_COMPARE_OP_SET"
	case tl == types.Bool:
		// bool cannot be subclassed: PyBool_Check is an exact test.
		return failCompareOpBool, "SPEC_FAIL_COMPARE_OP_BOOL"
	case tl.HasObjectRichCompare():
		return failCompareOpBaseObject, "SPEC_FAIL_COMPARE_OP_BASEOBJECT"
	}
	return failCompareOpOther, "SPEC_FAIL_OTHER"
}

// explainCompareOp says which guard of the fused comparison at at fails
// on the operands now on the stack.
func explainCompareOp(m *vm.Machine, f *vm.Frame, at, oparg int) string {
	o := op.Opcode(f.Code.Units[at] & 0xff)
	lhs, rhs := stackTop(f, 1), stackTop(f, 0)
	types := m.Types()
	// The guards in CPython's order: both types, then each value.
	var want *vm.Type
	switch o {
	case op.COMPARE_OP_INT_JUMP:
		want = types.Int
	case op.COMPARE_OP_FLOAT_JUMP:
		want = types.Float
	case op.COMPARE_OP_STR_JUMP:
		want = types.Str
	default:
		return "a guard failed"
	}
	if t := m.TypeOf(lhs); t != want {
		return "left operand was " + t.Name
	}
	if t := m.TypeOf(rhs); t != want {
		return "right operand was " + t.Name
	}
	for i, v := range []vm.Value{lhs, rhs} {
		which := [...]string{"left", "right"}[i]
		switch {
		case o == op.COMPARE_OP_INT_JUMP && !singleDigit(m, v):
			return which + " operand was an int with |v| >= 2**30 (more than one 30-bit digit)"
		case o == op.COMPARE_OP_FLOAT_JUMP && !v.IsFloat():
			// Exact floats are immediates, except NaNs.
			return which + " operand was a NaN"
		}
	}
	return "a guard failed"
}
