package vm

import (
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// genericOp runs one of the generic instructions that only compute on
// the top of the stack (attribute and method loads, attribute and item
// stores, subscripts, containment, binary operations and comparisons,
// and calls of what is neither a Python function nor a class) on frame
// f, whose PC is just past the instruction: the eval loop's inner loop
// and execute both run them here. On an error f's SP is left as it was,
// as the instruction failed before popping anything (and so is its PC,
// but for a call: see callOther).
func (m *Machine) genericOp(f *Frame, opcode op.Opcode, oparg int) error {
	vals, sp := f.Vals, f.SP
	switch opcode {
	case op.LOAD_ATTR:
		r, err := m.GetAttr(vals[sp-1], f.Code.Names[oparg])
		if err != nil {
			return err
		}
		vals[sp-1] = r
		f.PC += 4
	case op.STORE_ATTR:
		// v owner STORE_ATTR --
		if err := m.SetAttr(vals[sp-1], f.Code.Names[oparg], vals[sp-2]); err != nil {
			return err
		}
		sp -= 2
		vals[sp], vals[sp+1] = Null, Null
		f.PC += 4
	case op.LOAD_METHOD:
		// owner LOAD_METHOD -- meth self | NULL attr
		obj := vals[sp-1]
		meth, isMeth, err := m.loadMethod(obj, f.Code.Names[oparg])
		if err != nil {
			return err
		}
		if isMeth {
			vals[sp-1] = meth
			vals[sp] = obj
		} else {
			vals[sp-1] = Null
			vals[sp] = meth
		}
		sp++
		f.PC += 10
	case op.CONTAINS_OP:
		r, err := m.Contains(vals[sp-1], vals[sp-2])
		if err != nil {
			return err
		}
		sp--
		vals[sp] = Null
		vals[sp-1] = Bool(r != (oparg == 1))
	case op.BINARY_SUBSCR:
		r, err := m.GetItem(vals[sp-2], vals[sp-1])
		if err != nil {
			return err
		}
		sp--
		vals[sp] = Null
		vals[sp-1] = r
		f.PC += binarySubscrCaches
	case op.STORE_SUBSCR:
		// v container sub STORE_SUBSCR --
		if err := m.SetItem(vals[sp-2], vals[sp-1], vals[sp-3]); err != nil {
			return err
		}
		sp -= 3
		clear(vals[sp : sp+3])
		f.PC += storeSubscrCaches
	case op.BINARY_OP:
		r, err := m.binaryOpValues(vals[sp-2], vals[sp-1], oparg)
		if err != nil {
			return err
		}
		sp--
		vals[sp-1] = r
		f.PC++
	case op.COMPARE_OP:
		a, b := vals[sp-2], vals[sp-1]
		var r Value
		if a.IsSmallInt() && b.IsSmallInt() {
			r = compareInts(a.SmallInt(), b.SmallInt(), CompareOp(oparg))
		} else {
			var err error
			if r, err = m.RichCompare(a, b, CompareOp(oparg)); err != nil {
				return err
			}
		}
		sp--
		vals[sp-1] = r
		f.PC += 2
	case op.CALL:
		return m.callOther(f, oparg)
	default:
		return m.Raisef(m.types.SystemError, "%s is not a generic operation", opcode)
	}
	f.SP = sp
	return nil
}

// callOther runs CALL oparg on frame f (PC just past the instruction)
// when the callable is neither a Python function nor a class whose
// __init__ frame the eval loop pushes: it takes the keywords off the
// frame, steps over the caches (also when the call raises: the frame
// has left the instruction, as CPython's has), calls, and replaces the
// operands with the result.
func (m *Machine) callOther(f *Frame, oparg int) error {
	vals, sp := f.Vals, f.SP
	nargs, callable := oparg, vals[sp-oparg-1]
	if vals[sp-oparg-2] != Null {
		callable = vals[sp-oparg-2]
		nargs++
	}
	kwnames := f.kwnames
	f.kwnames = nil
	f.PC += 4
	r, err := m.Call(callable, vals[sp-nargs:sp], kwnames)
	if err != nil {
		return err
	}
	sp -= oparg + 2
	vals[sp] = r
	f.SP = sp + 1
	return nil
}
