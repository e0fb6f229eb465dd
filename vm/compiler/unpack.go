package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/syntax"
)

// assignSequence stores the value on the stack into a list or tuple target
// (assignment_helper): unpack it, then store each element in order.
func (c *compiler) assignSequence(elts []syntax.Expr) error {
	if err := c.unpackSequence(elts); err != nil {
		return err
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			e = s.Value
		}
		if err := c.visitExpr(e); err != nil {
			return err
		}
	}
	return nil
}

// unpackSequence emits UNPACK_SEQUENCE n, or UNPACK_EX with the counts
// before and after the starred target packed as before | after<<8
// (unpack_helper).
func (c *compiler) unpackSequence(elts []syntax.Expr) error {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); !ok {
			continue
		}
		if seenStar {
			return c.error("multiple starred expressions in assignment")
		}
		// CPython 3.11: the count before the star must fit in 8 bits and
		// the count after it in the remaining bits of a C int.
		if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
			return c.error("too many expressions in star-unpacking assignment")
		}
		c.addopI(bytecode.UNPACK_EX, i+(n-i-1)<<8)
		seenStar = true
	}
	if !seenStar {
		c.addopI(bytecode.UNPACK_SEQUENCE, n)
	}
	return nil
}
