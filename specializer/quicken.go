package specializer

import (
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// superOf[prev][op] is the superinstruction unit i-1 becomes when its
// original opcode is prev and unit i's is op (0: none). Only these five
// pairs exist in 3.11.
var superOf = map[[2]op.Opcode]op.Opcode{
	{op.LOAD_FAST, op.LOAD_FAST}:   op.LOAD_FAST__LOAD_FAST,
	{op.STORE_FAST, op.LOAD_FAST}:  op.STORE_FAST__LOAD_FAST,
	{op.LOAD_CONST, op.LOAD_FAST}:  op.LOAD_CONST__LOAD_FAST,
	{op.STORE_FAST, op.STORE_FAST}: op.STORE_FAST__STORE_FAST,
	{op.LOAD_FAST, op.LOAD_CONST}:  op.LOAD_FAST__LOAD_CONST,
}

// adaptiveForm[base] is the adaptive form of a specializable family.
var adaptiveForm = func() [256]op.Opcode {
	var t [256]op.Opcode
	for i := 0; i < 256; i++ {
		o := op.Opcode(i)
		if o.Valid() && o.Kind() == op.Adaptive {
			t[o.Base()] = o
		}
	}
	return t
}()

// Quicken rewrites code units in place as CPython 3.11's _PyCode_Quicken
// does, in one pass that remembers the previous unit's original opcode:
//
//   - an instruction with an adaptive form takes it (oparg and cache kept:
//     the counter stays 0, so it specializes at its first execution), and
//     pairs with nothing on either side;
//   - EXTENDED_ARG, JUMP_BACKWARD and RESUME take their *_QUICK forms;
//   - a unit whose original opcode pairs with the previous unit's
//     original opcode turns that previous unit into the superinstruction.
//     Chains overlap (LOAD_FAST a; LOAD_FAST b; LOAD_FAST c gives two
//     LOAD_FAST__LOAD_FAST and a plain LOAD_FAST), jump targets and line
//     starts are ignored, and the swallowed unit keeps its opcode, so a
//     jump to it still runs it alone.
func Quicken(units []uint16) {
	prev := op.Opcode(0)
	havePrev := false
	for i := 0; i < len(units); i++ {
		o := op.Opcode(units[i] & 0xff)
		if a := adaptiveForm[o]; a != 0 {
			units[i] = units[i]&0xff00 | uint16(a)
			i += o.Caches()
			havePrev = false
			continue
		}
		switch o {
		case op.EXTENDED_ARG:
			units[i] = units[i]&0xff00 | uint16(op.EXTENDED_ARG_QUICK)
		case op.JUMP_BACKWARD:
			units[i] = units[i]&0xff00 | uint16(op.JUMP_BACKWARD_QUICK)
		case op.RESUME:
			units[i] = units[i]&0xff00 | uint16(op.RESUME_QUICK)
		}
		if havePrev {
			if s, ok := superOf[[2]op.Opcode{prev, o}]; ok {
				units[i-1] = units[i-1]&0xff00 | uint16(s)
			}
		}
		prev, havePrev = o, true
	}
}
