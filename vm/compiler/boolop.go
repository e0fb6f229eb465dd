package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/syntax"
)

// boolOp compiles "a and b" / "a or b" as a value (compiler_boolop): every
// operand but the last is tested with JUMP_IF_FALSE_OR_POP (and) or
// JUMP_IF_TRUE_OR_POP (or) to a common end, each followed by a new block.
func (c *compiler) boolOp(e *syntax.BoolOp) error {
	jump := bytecode.JUMP_IF_TRUE_OR_POP
	if e.Op == syntax.And {
		jump = bytecode.JUMP_IF_FALSE_OR_POP
	}
	end := c.newBlock()
	n := len(e.Values) - 1
	for i := 0; i < n; i++ {
		if err := c.visitExpr(e.Values[i]); err != nil {
			return err
		}
		c.addopJ(jump, end)
		c.useNextBlock(c.newBlock())
	}
	if err := c.visitExpr(e.Values[n]); err != nil {
		return err
	}
	c.useNextBlock(end)
	return nil
}
