package vm

import (
	"math/bits"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// smallIntOp computes a BINARY_OP on two small ints without allocating
// when it can; Null means "take the general path" (overflow, division,
// a float result).
func (m *Machine) smallIntOp(nb int, a, b int64) Value {
	var r int64
	switch nb {
	case NbAdd, NbAdd + NbInplace:
		r = a + b
	case NbSubtract, NbSubtract + NbInplace:
		r = a - b
	case NbMultiply, NbMultiply + NbInplace:
		hi, lo := bits.Mul64(uint64(abs64(a)), uint64(abs64(b)))
		if hi != 0 || lo > MaxSmallInt {
			return Null
		}
		r = a * b
	case NbFloorDivide, NbFloorDivide + NbInplace:
		if b == 0 {
			return Null
		}
		r = a / b
		if (a%b != 0) && ((a < 0) != (b < 0)) {
			r--
		}
	case NbRemainder, NbRemainder + NbInplace:
		if b == 0 {
			return Null
		}
		r = a % b
		if r != 0 && (r < 0) != (b < 0) {
			r += b
		}
	case NbAnd, NbAnd + NbInplace:
		r = a & b
	case NbOr, NbOr + NbInplace:
		r = a | b
	case NbXor, NbXor + NbInplace:
		r = a ^ b
	default:
		return Null
	}
	if !FitsSmall(r) {
		return Null
	}
	return SmallIntValue(r)
}

func abs64(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

func compareInts(a, b int64, o CompareOp) Value {
	var r bool
	switch o {
	case LT:
		r = a < b
	case LE:
		r = a <= b
	case EQ:
		r = a == b
	case NE:
		r = a != b
	case GT:
		r = a > b
	case GE:
		r = a >= b
	}
	return Bool(r)
}

// nbSymbols are the operator spellings of BINARY_OP's opargs, for error
// messages.
var nbSymbols = [...]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
	"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="}

// BinaryOp is BINARY_OP with oparg nb (0-25): the in-place slot first for
// the in-place forms, then binary_op1's left/right dispatch, with
// CPython's TypeError when nothing handles the pair.
func (m *Machine) BinaryOp(a, b Value, nb int) (Value, error) {
	ta, tb := m.TypeOf(a), m.TypeOf(b)
	if nb >= NbInplace {
		if f := ta.InplaceNumber[nb-NbInplace]; f != nil {
			r, err := f(m, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	slot := nb % NbInplace
	r, err := m.binaryOp1(a, b, ta, tb, slot)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if slot == NbAdd || slot == NbMultiply {
		// Sequence concatenation and repetition live in the sequence
		// slots in CPython; here the number slots of str, list and tuple
		// implement them, so nothing is left to try.
	}
	if slot == NbPower && nb < NbInplace {
		return Null, m.typeError("unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta.Name, tb.Name)
	}
	if slot == NbRshift && nb < NbInplace && m.isBuiltinPrint(a) {
		return Null, m.typeError("unsupported operand type(s) for >>: '%s' and '%s'. Did you mean \"print(<message>, file=<output_stream>)\"?", ta.Name, tb.Name)
	}
	return Null, m.typeError("unsupported operand type(s) for %s: '%s' and '%s'", nbSymbols[nb], ta.Name, tb.Name)
}

// binaryOp1 tries a's slot and b's slot, b's first when b's type is a
// proper subclass of a's that overrides the slot.
func (m *Machine) binaryOp1(a, b Value, ta, tb *Type, slot int) (Value, error) {
	fa := ta.Number[slot]
	var fb BinaryFunc
	if tb != ta {
		fb = tb.Number[slot]
		if fb != nil && fa != nil && sameFunc(fa, fb) {
			fb = nil
		}
	}
	if fa != nil {
		if fb != nil && tb.IsSubtype(ta) {
			r, err := fb(m, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
			fb = nil
		}
		r, err := fa(m, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fb != nil {
		return fb(m, a, b)
	}
	return NotImplemented, nil
}

// unaryOp is UNARY_POSITIVE, UNARY_NEGATIVE and UNARY_INVERT.
func (m *Machine) unaryOp(o op.Opcode, v Value) (Value, error) {
	if v.IsSmallInt() {
		i := v.SmallInt()
		switch o {
		case op.UNARY_POSITIVE:
			return v, nil
		case op.UNARY_NEGATIVE:
			return m.NewInt(-i), nil
		case op.UNARY_INVERT:
			return SmallIntValue(^i), nil
		}
	}
	if v.IsFloat() {
		switch o {
		case op.UNARY_POSITIVE:
			return v, nil
		case op.UNARY_NEGATIVE:
			return m.Float(-v.FloatVal()), nil
		}
	}
	t := m.TypeOf(v)
	var f UnaryFunc
	var sym string
	switch o {
	case op.UNARY_POSITIVE:
		f, sym = t.Positive, "+"
	case op.UNARY_NEGATIVE:
		f, sym = t.Negative, "-"
	default:
		f, sym = t.Invert, "~"
	}
	if f == nil {
		return Null, m.typeError("bad operand type for unary %s: '%s'", sym, t.Name)
	}
	return f(m, v)
}

// sameFunc reports whether two slot functions are the same Go function
// (CPython compares slot pointers: a subclass inheriting its base's slot
// is not tried twice). Slots of classes are package-level functions that
// look the dunder up at call time, so they compare equal too.
func sameFunc(a, b BinaryFunc) bool {
	return funcPointer(a) == funcPointer(b)
}

// isBuiltinPrint reports whether v is the builtin print.
func (m *Machine) isBuiltinPrint(v Value) bool {
	f, ok := m.obj0(v).(*BuiltinFunction)
	return ok && f.Def.Name == "print" && f.Self == m.builtinsModule
}
