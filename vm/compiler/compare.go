package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// CPython 3.11 rich-comparison codes (Py_LT … Py_GE), COMPARE_OP's oparg.
const (
	cmpLT = 0
	cmpLE = 1
	cmpEQ = 2
	cmpNE = 3
	cmpGT = 4
	cmpGE = 5
)

// addCompare emits the instruction for one comparison operator
// (compiler_addcompare): identity and membership tests have their own
// opcodes, the rest are COMPARE_OP.
func (c *compiler) addCompare(op syntax.CmpOp) {
	switch op {
	case syntax.Eq:
		c.addopI(bytecode.COMPARE_OP, cmpEQ)
	case syntax.NotEq:
		c.addopI(bytecode.COMPARE_OP, cmpNE)
	case syntax.Lt:
		c.addopI(bytecode.COMPARE_OP, cmpLT)
	case syntax.LtE:
		c.addopI(bytecode.COMPARE_OP, cmpLE)
	case syntax.Gt:
		c.addopI(bytecode.COMPARE_OP, cmpGT)
	case syntax.GtE:
		c.addopI(bytecode.COMPARE_OP, cmpGE)
	case syntax.Is:
		c.addopI(bytecode.IS_OP, 0)
	case syntax.IsNot:
		c.addopI(bytecode.IS_OP, 1)
	case syntax.In:
		c.addopI(bytecode.CONTAINS_OP, 0)
	case syntax.NotIn:
		c.addopI(bytecode.CONTAINS_OP, 1)
	}
}

// checkCompare warns about an identity test with a literal operand
// (check_compare): CPython 3.11 issues one SyntaxWarning per comparison,
// for the first "is" or "is not" link with an operand that is a constant
// other than None, True, False or Ellipsis.
func (c *compiler) checkCompare(e *syntax.Compare) {
	left := isSingletonOperand(e.Left)
	for i, op := range e.Ops {
		right := isSingletonOperand(e.Comparators[i])
		if (op == syntax.Is || op == syntax.IsNot) && (!left || !right) {
			if op == syntax.Is {
				c.warn(`"is" with a literal. Did you mean "=="?`)
			} else {
				c.warn(`"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

// isSingletonOperand reports whether e may be an operand of "is" without a
// warning (check_is_arg): anything but a constant, or one of the named
// singletons.
func isSingletonOperand(e syntax.Expr) bool {
	k, ok := e.(*syntax.Constant)
	if !ok {
		return true
	}
	switch k.Value.(type) {
	case constant.None, constant.Bool, constant.Ellipsis:
		return true
	}
	return false
}

// compare compiles a comparison as a value (compiler_compare). A chain
// a < b < c keeps each middle operand with SWAP 2; COPY 2 and stops at the
// first false result, which JUMP_IF_FALSE_OR_POP leaves on the stack above
// the spare operand that the cleanup block then drops.
func (c *compiler) compare(e *syntax.Compare) error {
	c.checkCompare(e)
	if err := c.visitExpr(e.Left); err != nil {
		return err
	}
	n := len(e.Ops) - 1
	if n == 0 {
		if err := c.visitExpr(e.Comparators[0]); err != nil {
			return err
		}
		c.addCompare(e.Ops[0])
		return nil
	}
	cleanup := c.newBlock()
	for i := 0; i < n; i++ {
		if err := c.visitExpr(e.Comparators[i]); err != nil {
			return err
		}
		c.addopI(bytecode.SWAP, 2)
		c.addopI(bytecode.COPY, 2)
		c.addCompare(e.Ops[i])
		c.addopJ(bytecode.JUMP_IF_FALSE_OR_POP, cleanup)
	}
	if err := c.visitExpr(e.Comparators[n]); err != nil {
		return err
	}
	c.addCompare(e.Ops[n])
	end := c.newBlock()
	c.addopJNoLine(bytecode.JUMP, end)
	c.useNextBlock(cleanup)
	c.addopI(bytecode.SWAP, 2)
	c.addop(bytecode.POP_TOP)
	c.useNextBlock(end)
	return nil
}
