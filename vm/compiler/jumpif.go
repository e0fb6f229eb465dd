package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/compiler/flowgraph"
	"github.com/quicken-py/quicken/vm/syntax"
)

// jumpIf compiles a condition that jumps to target when its truth equals
// cond and falls through otherwise, keeping no value (compiler_jump_if).
// "not", "and"/"or", conditional expressions and chained comparisons are
// lowered into chains of POP_JUMP_IF_*; anything else is evaluated and
// tested. The "x is None" fusion into POP_JUMP_IF_NONE is the CFG
// optimizer's, not done here.
func (c *compiler) jumpIf(e syntax.Expr, target *flowgraph.Block, cond bool) error {
	switch e := e.(type) {
	case *syntax.UnaryOp:
		if e.Op == syntax.Not {
			return c.jumpIf(e.Operand, target, !cond)
		}
	case *syntax.BoolOp:
		n := len(e.Values) - 1
		cond2 := e.Op == syntax.Or
		target2 := target
		if cond2 != cond {
			target2 = c.newBlock()
		}
		for i := 0; i < n; i++ {
			if err := c.jumpIf(e.Values[i], target2, cond2); err != nil {
				return err
			}
		}
		if err := c.jumpIf(e.Values[n], target, cond); err != nil {
			return err
		}
		if target2 != target {
			c.useNextBlock(target2)
		}
		return nil
	case *syntax.IfExp:
		end := c.newBlock()
		next := c.newBlock()
		if err := c.jumpIf(e.Test, next, false); err != nil {
			return err
		}
		if err := c.jumpIf(e.Body, target, cond); err != nil {
			return err
		}
		c.addopJNoLine(bytecode.JUMP, end)
		c.useNextBlock(next)
		if err := c.jumpIf(e.Orelse, target, cond); err != nil {
			return err
		}
		c.useNextBlock(end)
		return nil
	case *syntax.Compare:
		// CPython 3.11 sets the location to the comparison here and does
		// not restore it, so the conditional jump (even for a single
		// comparison, through the general case below) and whatever the
		// caller emits next carry the comparison's span.
		c.setLoc(e.Span())
		n := len(e.Ops) - 1
		if n > 0 {
			// A single comparison is checked when the general case
			// compiles it; a chain is checked here (check_compare).
			c.checkCompare(e)
			return c.jumpIfChain(e, target, cond)
		}
	}
	if err := c.visitExpr(e); err != nil {
		return err
	}
	c.addopJ(popJumpIf(cond), target)
	return nil
}

// jumpIfChain is jumpIf for a chained comparison: each link that fails
// jumps to a cleanup block that drops the spare operand.
func (c *compiler) jumpIfChain(e *syntax.Compare, target *flowgraph.Block, cond bool) error {
	n := len(e.Ops) - 1
	cleanup := c.newBlock()
	if err := c.visitExpr(e.Left); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		if err := c.visitExpr(e.Comparators[i]); err != nil {
			return err
		}
		c.addopI(bytecode.SWAP, 2)
		c.addopI(bytecode.COPY, 2)
		c.addCompare(e.Ops[i])
		c.addopJ(bytecode.POP_JUMP_IF_FALSE, cleanup)
	}
	if err := c.visitExpr(e.Comparators[n]); err != nil {
		return err
	}
	c.addCompare(e.Ops[n])
	c.addopJ(popJumpIf(cond), target)
	end := c.newBlock()
	c.addopJNoLine(bytecode.JUMP, end)
	c.useNextBlock(cleanup)
	c.addop(bytecode.POP_TOP)
	if !cond {
		c.addopJNoLine(bytecode.JUMP, target)
	}
	c.useNextBlock(end)
	return nil
}

func popJumpIf(cond bool) bytecode.Opcode {
	if cond {
		return bytecode.POP_JUMP_IF_TRUE
	}
	return bytecode.POP_JUMP_IF_FALSE
}
