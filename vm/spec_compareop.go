package vm

import (
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// The COMPARE_OP family's specialized forms: CPython 3.11's fused
// compare-and-branch instructions. The specializer only installs them
// when the instruction after the two cache units is a
// POP_JUMP_{FORWARD,BACKWARD}_IF_{TRUE,FALSE}; the cache's mask field
// says for which outcomes to jump (bit 1: less, 2: equal, 4: greater,
// shifted left by 3 for a backward jump). The body compares, then
// consumes that jump instruction itself: the POP_JUMP never runs on its
// own, and the comparison's bool is never made.

func init() {
	specBodies[op.COMPARE_OP_INT_JUMP] = execCompareOpIntJump
	specBodies[op.COMPARE_OP_FLOAT_JUMP] = execCompareOpFloatJump
	specBodies[op.COMPARE_OP_STR_JUMP] = execCompareOpStrJump
}

// compareOpCaches is the number of cache units after COMPARE_OP
// (counter, mask).
const compareOpCaches = 2

// CompareOpSingleDigit is the bound of the ints COMPARE_OP_INT_JUMP
// compares: CPython 3.11 takes only ints of at most one 30-bit digit
// (|v| < 2**30).
const CompareOpSingleDigit = 1 << 30

// SingleDigitInt returns v's value if v is exactly an int that CPython
// 3.11 stores in at most one 30-bit digit (|v| < 2**30). Such ints are
// immediates here; a heap int is looked at in case one holds a small
// value.
func (m *Machine) SingleDigitInt(v Value) (int64, bool) {
	var x int64
	if v.IsSmallInt() {
		x = v.SmallInt()
	} else if m.TypeOf(v) == m.types.Int {
		o := m.intObj(v)
		if o == nil || o.big != nil {
			return 0, false
		}
		x = o.small
	} else {
		return 0, false
	}
	return x, x > -CompareOpSingleDigit && x < CompareOpSingleDigit
}

// HasObjectRichCompare reports whether t compares with object's own
// tp_richcompare (it neither defines nor inherits another), which
// CPython 3.11's specializer reports as SPEC_FAIL_COMPARE_OP_BASEOBJECT.
// Builtin types whose RichCompare slot is empty here (NoneType, function,
// module...) inherit object's in CPython; a class that defines __hash__
// without __eq__ inherits neither there (inherit_slots copies the pair
// only together), as here.
func (t *Type) HasObjectRichCompare() bool {
	if t.RichCompare == nil {
		return !t.IsHeap()
	}
	return sameSlot(t.RichCompare, objectRichCompare)
}

// compareJump finishes a fused compare-and-branch: sign is the
// comparison's outcome (-1, 0, +1), f.PC the first cache unit. The jump
// instruction after the caches is consumed: CPython 3.11 computes
// (9 << (sign+1)) & mask, which picks the forward bit (1, 2, 4) or the
// backward bit (8, 16, 32) of that outcome; 0 falls through past the
// jump, >= 8 jumps backward and anything else forward, by the jump's
// oparg relative to the unit after it.
func compareJump(f *Frame, sign int) (specResult, error) {
	units := f.Code.Units
	mask := int(units[f.PC+1])
	jumpArg := int(units[f.PC+compareOpCaches] >> 8)
	next := f.PC + compareOpCaches + 1
	f.SP -= 2
	switch jump := (9 << (sign + 1)) & mask; {
	case jump == 0:
		f.PC = next
	case jump >= 8:
		f.PC = next - jumpArg
	default:
		f.PC = next + jumpArg
	}
	return specHit, nil
}

// CPython 3.11: COMPARE_OP_INT_JUMP guards that both operands are exact
// ints of at most one digit.
func execCompareOpIntJump(m *Machine, f *Frame, oparg int) (specResult, error) {
	x, ok := m.SingleDigitInt(f.Vals[f.SP-2])
	if !ok {
		return specMiss, nil
	}
	y, ok := m.SingleDigitInt(f.Vals[f.SP-1])
	if !ok {
		return specMiss, nil
	}
	sign := 0
	if x < y {
		sign = -1
	} else if x > y {
		sign = 1
	}
	return compareJump(f, sign)
}

// CPython 3.11: COMPARE_OP_FLOAT_JUMP guards that both operands are exact
// floats and that neither is a NaN (which no mask can express: every
// ordering is false for it).
func execCompareOpFloatJump(m *Machine, f *Frame, oparg int) (specResult, error) {
	a, b := f.Vals[f.SP-2], f.Vals[f.SP-1]
	x, ok := m.exactFloatValue(a)
	if !ok {
		return specMiss, nil
	}
	y, ok := m.exactFloatValue(b)
	if !ok || x != x || y != y {
		return specMiss, nil
	}
	sign := 0
	if x < y {
		sign = -1
	} else if x > y {
		sign = 1
	}
	return compareJump(f, sign)
}

// CPython 3.11: COMPARE_OP_STR_JUMP (== and != only) guards that both
// operands are exact strs; the outcome is "equal" (0) or "greater" (+1).
func execCompareOpStrJump(m *Machine, f *Frame, oparg int) (specResult, error) {
	a, b := f.Vals[f.SP-2], f.Vals[f.SP-1]
	if !m.isExactStr(a) || !m.isExactStr(b) {
		return specMiss, nil
	}
	sign := 1
	if a == b || m.str(a).S == m.str(b).S {
		sign = 0
	}
	return compareJump(f, sign)
}
