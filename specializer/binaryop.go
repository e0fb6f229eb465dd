package specializer

import (
	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// BINARY_OP (CPython 3.11 _Py_Specialize_BinaryOp). Only +, * and - (and
// their in-place forms) have specialized forms, and only when both
// operands have the same type, exactly int, float or (for +) str. Every
// other operator turns the instruction back into plain BINARY_OP for
// good: 3.11 (built without statistics) does not keep trying. The
// instruction caches nothing but its counter.

func init() {
	register(op.BINARY_OP, &family{specialize: specializeBinaryOp, explain: explainBinaryOp})
}

// BINARY_OP's failure kinds (SPEC_FAIL_BINARY_OP_*, specialize.c 3.11).
// Only the + * - ones can be recorded by this VM: the other operators
// revert instead (CPython records theirs only in a statistics build).
const (
	failBinaryOpAddDifferentTypes      = 8
	failBinaryOpAddOther               = 9
	failBinaryOpAndDifferentTypes      = 10
	failBinaryOpAndInt                 = 11
	failBinaryOpAndOther               = 12
	failBinaryOpFloorDivide            = 13
	failBinaryOpLshift                 = 14
	failBinaryOpMatrixMultiply         = 15
	failBinaryOpMultiplyDifferentTypes = 16
	failBinaryOpMultiplyOther          = 17
	failBinaryOpOr                     = 18
	failBinaryOpPower                  = 19
	failBinaryOpRemainder              = 20
	failBinaryOpRshift                 = 21
	failBinaryOpSubtractDifferentTypes = 22
	failBinaryOpSubtractOther          = 23
	failBinaryOpTrueDivideDiffTypes    = 24
	failBinaryOpTrueDivideFloat        = 25
	failBinaryOpTrueDivideOther        = 26
	failBinaryOpXor                    = 27
)

// nbSymbols spells BINARY_OP's opargs (NB_ADD ... NB_INPLACE_XOR).
var nbSymbols = [...]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
	"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="}

func nbSymbol(oparg int) string {
	if oparg >= 0 && oparg < len(nbSymbols) {
		return nbSymbols[oparg]
	}
	return "?"
}

// binaryOpForms are the specialized forms of +, * and - by operand type.
type binaryOpForms struct {
	int, float op.Opcode
	// diff and other are the failure kinds for operands of different
	// types, and of one type with no form.
	diff, other         int
	diffName, otherName string
}

var (
	addForms = binaryOpForms{op.BINARY_OP_ADD_INT, op.BINARY_OP_ADD_FLOAT,
		failBinaryOpAddDifferentTypes, failBinaryOpAddOther,
		"SPEC_FAIL_BINARY_OP_ADD_DIFFERENT_TYPES", "SPEC_FAIL_BINARY_OP_ADD_OTHER"}
	multiplyForms = binaryOpForms{op.BINARY_OP_MULTIPLY_INT, op.BINARY_OP_MULTIPLY_FLOAT,
		failBinaryOpMultiplyDifferentTypes, failBinaryOpMultiplyOther,
		"SPEC_FAIL_BINARY_OP_MULTIPLY_DIFFERENT_TYPES", "SPEC_FAIL_BINARY_OP_MULTIPLY_OTHER"}
	subtractForms = binaryOpForms{op.BINARY_OP_SUBTRACT_INT, op.BINARY_OP_SUBTRACT_FLOAT,
		failBinaryOpSubtractDifferentTypes, failBinaryOpSubtractOther,
		"SPEC_FAIL_BINARY_OP_SUBTRACT_DIFFERENT_TYPES", "SPEC_FAIL_BINARY_OP_SUBTRACT_OTHER"}
)

func specializeBinaryOp(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt {
	units := f.Code.Units
	lhs, rhs := stackTop(f, 1), stackTop(f, 0)
	var forms *binaryOpForms
	switch oparg {
	case vm.NbAdd, vm.NbAdd + vm.NbInplace:
		forms = &addForms
	case vm.NbMultiply, vm.NbMultiply + vm.NbInplace:
		forms = &multiplyForms
	case vm.NbSubtract, vm.NbSubtract + vm.NbInplace:
		forms = &subtractForms
	default:
		// CPython 3.11 (without Py_STATS): no form exists for this
		// operator, so stop adapting; the counter stays 0.
		rewrite(units, at, op.BINARY_OP)
		return success("3.11 specializes only +, * and -, not %s", nbSymbol(oparg))
	}
	sym := nbSymbol(oparg)
	tl, tr := m.TypeOf(lhs), m.TypeOf(rhs)
	if tl != tr {
		return fail(forms.diff, forms.diffName, "%s %s %s: operands of different types", tl.Name, sym, tr.Name)
	}
	types := m.Types()
	switch {
	case forms == &addForms && tl == types.Str:
		// `s = s + t` or `s += t` on a local s: the next instruction
		// (the unit after the cache, as quickened) stores to a local
		// that holds the left operand right now.
		next := units[at+1+op.BINARY_OP.Caches()]
		if o := op.Opcode(next & 0xff); o == op.STORE_FAST || o == op.STORE_FAST__LOAD_FAST {
			local := int(next >> 8)
			if f.Vals[local] == lhs {
				rewrite(units, at, op.BINARY_OP_INPLACE_ADD_UNICODE)
				return success("str %s str stored back into %s, which holds the left operand: appends to the local and skips the %s",
					sym, binaryOpLocalName(m, f, local), o)
			}
		}
		rewrite(units, at, op.BINARY_OP_ADD_UNICODE)
		return success("str %s str: both operands exactly str", sym)
	case tl == types.Int:
		rewrite(units, at, forms.int)
		return success("int %s int: both operands exactly int", sym)
	case tl == types.Float:
		rewrite(units, at, forms.float)
		return success("float %s float: both operands exactly float", sym)
	}
	return fail(forms.other, forms.otherName, "%s %s %s: no specialized form for this type", tl.Name, sym, tr.Name)
}

// binaryOpLocalName is the name of f's local i, quoted.
func binaryOpLocalName(m *vm.Machine, f *vm.Frame, i int) string {
	if i < len(f.Code.LocalNames) {
		if s, ok := m.GoString(f.Code.LocalNames[i]); ok {
			return "'" + s + "'"
		}
	}
	return "a local"
}

// explainBinaryOp says which guard of the specialized BINARY_OP at at
// fails on the operands now on the stack.
func explainBinaryOp(m *vm.Machine, f *vm.Frame, at, oparg int) string {
	o := op.Opcode(f.Code.Units[at] & 0xff)
	lhs, rhs := stackTop(f, 1), stackTop(f, 0)
	types := m.Types()
	// Each form wants both operands exactly of one type (the + forms
	// test "same type as the left", which comes to the same).
	var want *vm.Type
	switch o {
	case op.BINARY_OP_ADD_INT:
		want = types.Int
	case op.BINARY_OP_ADD_FLOAT:
		want = types.Float
	case op.BINARY_OP_ADD_UNICODE, op.BINARY_OP_INPLACE_ADD_UNICODE:
		want = types.Str
	case op.BINARY_OP_MULTIPLY_INT, op.BINARY_OP_SUBTRACT_INT:
		want = types.Int
	case op.BINARY_OP_MULTIPLY_FLOAT, op.BINARY_OP_SUBTRACT_FLOAT:
		want = types.Float
	default:
		return "a guard failed"
	}
	if t := m.TypeOf(lhs); t != want {
		return "left operand was " + t.Name
	}
	if t := m.TypeOf(rhs); t != want {
		return "right operand was " + t.Name
	}
	if o == op.BINARY_OP_INPLACE_ADD_UNICODE {
		local := int(f.Code.Units[at+1+op.BINARY_OP.Caches()] >> 8)
		return binaryOpLocalName(m, f, local) + " no longer holds the left operand"
	}
	return "a guard failed"
}
