package vm

import (
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// The BINARY_OP family's specialized forms, with CPython 3.11's guards
// (ceval.c). None of them caches anything but the counter (one cache
// unit); every guard is a type test on the operands. A miss leaves the
// stack as it is, and the VM then runs the generic BINARY_OP.

func init() {
	specBodies[op.BINARY_OP_ADD_INT] = execBinaryOpAddInt
	specBodies[op.BINARY_OP_ADD_FLOAT] = execBinaryOpAddFloat
	specBodies[op.BINARY_OP_ADD_UNICODE] = execBinaryOpAddUnicode
	specBodies[op.BINARY_OP_INPLACE_ADD_UNICODE] = execBinaryOpInplaceAddUnicode
	specBodies[op.BINARY_OP_MULTIPLY_INT] = execBinaryOpMultiplyInt
	specBodies[op.BINARY_OP_MULTIPLY_FLOAT] = execBinaryOpMultiplyFloat
	specBodies[op.BINARY_OP_SUBTRACT_INT] = execBinaryOpSubtractInt
	specBodies[op.BINARY_OP_SUBTRACT_FLOAT] = execBinaryOpSubtractFloat
}

// binaryOpCaches is the number of cache units after BINARY_OP (the
// counter).
const binaryOpCaches = 1

// binaryOpDone replaces the two operands by r and steps over the cache.
func binaryOpDone(f *Frame, r Value) (specResult, error) {
	f.SP--
	f.Vals[f.SP-1] = r
	f.PC += binaryOpCaches
	return specHit, nil
}

// exactFloatValue returns v's value if v is exactly a float (an
// immediate, or a NaN on the heap).
func (m *Machine) exactFloatValue(v Value) (float64, bool) {
	if v.IsFloat() {
		return v.FloatVal(), true
	}
	if m.TypeOf(v) != m.types.Float {
		return 0, false
	}
	return m.obj(v).(*Float).V, true
}

// intArith is an int operator's result on two exact ints: small ints
// without allocating when the result fits, else int's own slot (which
// overflows into big ints as CPython's _PyLong_Add and friends do).
func (m *Machine) intArith(nb int, a, b Value, slow BinaryFunc) (Value, error) {
	if a.IsSmallInt() && b.IsSmallInt() {
		if r := m.smallIntOp(nb, a.SmallInt(), b.SmallInt()); r != Null {
			return r, nil
		}
	}
	return slow(m, a, b)
}

// CPython 3.11: BINARY_OP_ADD_INT guards that the left operand is
// exactly an int and that the right one has the same type.
func execBinaryOpAddInt(m *Machine, f *Frame, oparg int) (specResult, error) {
	a, b := f.Vals[f.SP-2], f.Vals[f.SP-1]
	ta := m.TypeOf(a)
	if ta != m.types.Int || m.TypeOf(b) != ta {
		return specMiss, nil
	}
	r, err := m.intArith(NbAdd, a, b, intAdd)
	if err != nil {
		return specError, err
	}
	return binaryOpDone(f, r)
}

// CPython 3.11: BINARY_OP_ADD_FLOAT guards an exact float on the left and
// the same type on the right.
func execBinaryOpAddFloat(m *Machine, f *Frame, oparg int) (specResult, error) {
	a, b := f.Vals[f.SP-2], f.Vals[f.SP-1]
	x, ok := m.exactFloatValue(a)
	if !ok {
		return specMiss, nil
	}
	y, ok := m.exactFloatValue(b)
	if !ok {
		return specMiss, nil
	}
	return binaryOpDone(f, m.Float(x+y))
}

// CPython 3.11: BINARY_OP_ADD_UNICODE guards an exact str on the left and
// the same type on the right, and concatenates (PyUnicode_Concat).
func execBinaryOpAddUnicode(m *Machine, f *Frame, oparg int) (specResult, error) {
	a, b := f.Vals[f.SP-2], f.Vals[f.SP-1]
	if !m.isExactStr(a) || !m.isExactStr(b) {
		return specMiss, nil
	}
	r, err := strAdd(m, a, b)
	if err != nil {
		return specError, err
	}
	return binaryOpDone(f, r)
}

// CPython 3.11: BINARY_OP_INPLACE_ADD_UNICODE is `s = s + t` / `s += t`
// on a local s: the guards of ADD_UNICODE, plus that the local the next
// instruction (STORE_FAST or STORE_FAST__LOAD_FAST, as the specializer
// saw) stores to still holds the left operand. It appends to the local
// (PyUnicode_Append) and skips that store. If the append fails, the local
// is left unbound, as PyUnicode_Append clears it.
func execBinaryOpInplaceAddUnicode(m *Machine, f *Frame, oparg int) (specResult, error) {
	a, b := f.Vals[f.SP-2], f.Vals[f.SP-1]
	if !m.isExactStr(a) || !m.isExactStr(b) {
		return specMiss, nil
	}
	local := int(f.Code.Units[f.PC+binaryOpCaches] >> 8)
	if f.Vals[local] != a {
		return specMiss, nil
	}
	f.SP -= 2
	r, err := strAdd(m, a, b)
	if err != nil {
		f.Vals[local] = Null
		return specError, err
	}
	f.Vals[local] = r
	f.PC += binaryOpCaches + 1
	return specHit, nil
}

// CPython 3.11: BINARY_OP_MULTIPLY_INT guards that both operands are
// exactly ints.
func execBinaryOpMultiplyInt(m *Machine, f *Frame, oparg int) (specResult, error) {
	a, b := f.Vals[f.SP-2], f.Vals[f.SP-1]
	if m.TypeOf(a) != m.types.Int || m.TypeOf(b) != m.types.Int {
		return specMiss, nil
	}
	r, err := m.intArith(NbMultiply, a, b, intMul)
	if err != nil {
		return specError, err
	}
	return binaryOpDone(f, r)
}

// CPython 3.11: BINARY_OP_MULTIPLY_FLOAT guards that both operands are
// exactly floats.
func execBinaryOpMultiplyFloat(m *Machine, f *Frame, oparg int) (specResult, error) {
	a, b := f.Vals[f.SP-2], f.Vals[f.SP-1]
	x, ok := m.exactFloatValue(a)
	if !ok {
		return specMiss, nil
	}
	y, ok := m.exactFloatValue(b)
	if !ok {
		return specMiss, nil
	}
	return binaryOpDone(f, m.Float(x*y))
}

// CPython 3.11: BINARY_OP_SUBTRACT_INT guards that both operands are
// exactly ints.
func execBinaryOpSubtractInt(m *Machine, f *Frame, oparg int) (specResult, error) {
	a, b := f.Vals[f.SP-2], f.Vals[f.SP-1]
	if m.TypeOf(a) != m.types.Int || m.TypeOf(b) != m.types.Int {
		return specMiss, nil
	}
	r, err := m.intArith(NbSubtract, a, b, intSub)
	if err != nil {
		return specError, err
	}
	return binaryOpDone(f, r)
}

// CPython 3.11: BINARY_OP_SUBTRACT_FLOAT guards that both operands are
// exactly floats.
func execBinaryOpSubtractFloat(m *Machine, f *Frame, oparg int) (specResult, error) {
	a, b := f.Vals[f.SP-2], f.Vals[f.SP-1]
	x, ok := m.exactFloatValue(a)
	if !ok {
		return specMiss, nil
	}
	y, ok := m.exactFloatValue(b)
	if !ok {
		return specMiss, nil
	}
	return binaryOpDone(f, m.Float(x-y))
}
