package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// subscript compiles o[i] in any context (compiler_subscript): the object,
// the index, then BINARY_SUBSCR, STORE_SUBSCR or DELETE_SUBSCR. A slice
// index is a Slice expression, built with BUILD_SLICE (3.11 has no
// BINARY_SLICE).
func (c *compiler) subscript(e *syntax.Subscript) error {
	op := bytecode.BINARY_SUBSCR
	switch e.Ctx {
	case syntax.Store:
		op = bytecode.STORE_SUBSCR
	case syntax.Del:
		op = bytecode.DELETE_SUBSCR
	}
	if err := c.visitExpr(e.Value); err != nil {
		return err
	}
	if err := c.visitExpr(e.Slice); err != nil {
		return err
	}
	c.addop(op)
	return nil
}

// slice compiles lower:upper[:step] (compiler_slice): missing bounds load
// None; BUILD_SLICE 2, or 3 with a step.
func (c *compiler) slice(s *syntax.Slice) error {
	n := 2
	for _, part := range []syntax.Expr{s.Lower, s.Upper} {
		if part == nil {
			c.addopLoadConst(constant.None{})
			continue
		}
		if err := c.visitExpr(part); err != nil {
			return err
		}
	}
	if s.Step != nil {
		n++
		if err := c.visitExpr(s.Step); err != nil {
			return err
		}
	}
	c.addopI(bytecode.BUILD_SLICE, n)
	return nil
}
