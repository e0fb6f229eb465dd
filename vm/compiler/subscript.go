package compiler

import (
	"fmt"

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
	default:
		c.checkSubscripter(e.Value)
		c.checkIndex(e.Value, e.Slice)
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

// checkSubscripter warns about subscripting a value that cannot be
// subscripted, usually a missing comma (check_subscripter): None,
// Ellipsis, numbers, frozensets, set displays, generator expressions and
// lambdas.
func (c *compiler) checkSubscripter(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Constant:
		switch e.Value.(type) {
		case constant.None, constant.Ellipsis, constant.Int, constant.Bool,
			constant.Float, constant.Complex, constant.FrozenSet:
		default:
			return
		}
	case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
	default:
		return
	}
	c.warn(fmt.Sprintf("'%s' object is not subscriptable; perhaps you missed a comma?", inferType(e)))
}

// checkIndex warns about indexing a sequence by a value of a type known
// not to be an integer or slice (check_index): the sequence is a str,
// bytes or tuple constant, or a tuple, list, list comprehension or
// f-string; the index's type is known (inferType) and is not int or
// bool.
func (c *compiler) checkIndex(e, index syntax.Expr) {
	indexType := inferType(index)
	if indexType == "" || indexType == "int" || indexType == "bool" {
		return
	}
	switch e := e.(type) {
	case *syntax.Constant:
		switch e.Value.(type) {
		case constant.Str, constant.Bytes, constant.Tuple:
		default:
			return
		}
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
	default:
		return
	}
	c.warn(fmt.Sprintf("%s indices must be integers or slices, not %s; perhaps you missed a comma?", inferType(e), indexType))
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
