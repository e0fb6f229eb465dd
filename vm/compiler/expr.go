package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// visitExpr compiles an expression (compiler_visit_expr). CPython 3.11 sets
// the current location to the expression's span while compiling it and
// restores the previous one afterwards, so the instructions an enclosing
// construct emits after a sub-expression carry the enclosing span.
func (c *compiler) visitExpr(e syntax.Expr) error {
	saved := c.u.loc
	c.setLoc(e.Span())
	err := c.visitExprKind(e)
	c.u.loc = saved
	return err
}

// visitExprs compiles expressions in order (VISIT_SEQ).
func (c *compiler) visitExprs(es []syntax.Expr) error {
	for _, e := range es {
		if err := c.visitExpr(e); err != nil {
			return err
		}
	}
	return nil
}

// visitExprKind is compiler_visit_expr1: the code for each kind of
// expression, with the current location already set to it.
func (c *compiler) visitExprKind(e syntax.Expr) error {
	switch e := e.(type) {
	case *syntax.NamedExpr:
		// CPython 3.11: value; COPY 1; store.
		if err := c.visitExpr(e.Value); err != nil {
			return err
		}
		c.addopI(bytecode.COPY, 1)
		return c.visitExpr(e.Target)
	case *syntax.BoolOp:
		return c.boolOp(e)
	case *syntax.BinOp:
		if err := c.visitExpr(e.Left); err != nil {
			return err
		}
		if err := c.visitExpr(e.Right); err != nil {
			return err
		}
		c.addopI(bytecode.BINARY_OP, binaryOpArg(e.Op, false))
	case *syntax.UnaryOp:
		if err := c.visitExpr(e.Operand); err != nil {
			return err
		}
		c.addop(unaryOpcode(e.Op))
	case *syntax.Lambda:
		return c.lambda(e)
	case *syntax.IfExp:
		return c.ifExp(e)
	case *syntax.Dict:
		return c.dict(e)
	case *syntax.Set:
		return c.starUnpack(e.Elts, 0, bytecode.BUILD_SET, bytecode.SET_ADD, bytecode.SET_UPDATE, false)
	case *syntax.GeneratorExp:
		return c.comprehension(e, compGenExp, "<genexpr>", e.Generators, e.Elt, nil)
	case *syntax.ListComp:
		return c.comprehension(e, compListComp, "<listcomp>", e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		return c.comprehension(e, compSetComp, "<setcomp>", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		return c.comprehension(e, compDictComp, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		if c.u.ste.Type != FunctionBlock {
			return c.error("'yield' outside function")
		}
		if e.Value != nil {
			if err := c.visitExpr(e.Value); err != nil {
				return err
			}
		} else {
			c.addopLoadConst(constant.None{})
		}
		c.addopYield()
	case *syntax.YieldFrom:
		if c.u.ste.Type != FunctionBlock {
			return c.error("'yield' outside function")
		}
		if c.u.scopeType == scopeAsyncFunction {
			return c.error("'yield from' inside async function")
		}
		if err := c.visitExpr(e.Value); err != nil {
			return err
		}
		c.addop(bytecode.GET_YIELD_FROM_ITER)
		c.addopLoadConst(constant.None{})
		c.addYieldFrom(false)
	case *syntax.Await:
		if !c.isTopLevelAwait() {
			if c.u.ste.Type != FunctionBlock {
				return c.error("'await' outside function")
			}
			if c.u.scopeType != scopeAsyncFunction && c.u.scopeType != scopeComprehension {
				return c.error("'await' outside async function")
			}
		}
		if err := c.visitExpr(e.Value); err != nil {
			return err
		}
		c.addopI(bytecode.GET_AWAITABLE, 0)
		c.addopLoadConst(constant.None{})
		c.addYieldFrom(true)
	case *syntax.Compare:
		return c.compare(e)
	case *syntax.Call:
		return c.call(e)
	case *syntax.Constant:
		c.addopLoadConstNode(e)
	case *syntax.JoinedStr:
		return c.joinedStr(e)
	case *syntax.FormattedValue:
		return c.formattedValue(e)
	case *syntax.Attribute:
		if err := c.visitExpr(e.Value); err != nil {
			return err
		}
		c.updateStartLocationToMatchAttr(e)
		switch e.Ctx {
		case syntax.Store:
			if err := c.forbiddenName(e.Attr, syntax.Store); err != nil {
				return err
			}
			c.addopName(bytecode.STORE_ATTR, e.Attr)
		case syntax.Del:
			c.addopName(bytecode.DELETE_ATTR, e.Attr)
		default:
			c.addopName(bytecode.LOAD_ATTR, e.Attr)
		}
	case *syntax.Subscript:
		return c.subscript(e)
	case *syntax.Starred:
		// CPython 3.11: a legitimate starred target was already handled
		// by the enclosing list or tuple.
		if e.Ctx == syntax.Store {
			return c.error("starred assignment target must be in a list or tuple")
		}
		return c.error("can't use starred expression here")
	case *syntax.Slice:
		return c.slice(e)
	case *syntax.Name:
		return c.nameop(e.Id, e.Ctx)
	case *syntax.List:
		return c.sequence(e.Elts, e.Ctx, false)
	case *syntax.Tuple:
		return c.sequence(e.Elts, e.Ctx, true)
	}
	return nil
}

// binaryOpArg returns BINARY_OP's oparg for an operator: CPython 3.11's
// NB_* numbering (the order of dis._nb_ops), the in-place forms 13 above.
func binaryOpArg(op syntax.Operator, inplace bool) int {
	var arg int
	switch op {
	case syntax.Add:
		arg = 0
	case syntax.BitAnd:
		arg = 1
	case syntax.FloorDiv:
		arg = 2
	case syntax.LShift:
		arg = 3
	case syntax.MatMult:
		arg = 4
	case syntax.Mult:
		arg = 5
	case syntax.Mod_:
		arg = 6
	case syntax.BitOr:
		arg = 7
	case syntax.Pow:
		arg = 8
	case syntax.RShift:
		arg = 9
	case syntax.Sub:
		arg = 10
	case syntax.Div:
		arg = 11
	case syntax.BitXor:
		arg = 12
	}
	if inplace {
		arg += 13
	}
	return arg
}

func unaryOpcode(op syntax.UnaryOpKind) bytecode.Opcode {
	switch op {
	case syntax.Invert:
		return bytecode.UNARY_INVERT
	case syntax.Not:
		return bytecode.UNARY_NOT
	case syntax.UAdd:
		return bytecode.UNARY_POSITIVE
	default:
		return bytecode.UNARY_NEGATIVE
	}
}

// ifExp compiles "body if test else orelse" (compiler_ifexp).
func (c *compiler) ifExp(e *syntax.IfExp) error {
	end := c.newBlock()
	next := c.newBlock()
	if err := c.jumpIf(e.Test, next, false); err != nil {
		return err
	}
	if err := c.visitExpr(e.Body); err != nil {
		return err
	}
	c.addopJNoLine(bytecode.JUMP, end)
	c.useNextBlock(next)
	if err := c.visitExpr(e.Orelse); err != nil {
		return err
	}
	c.useNextBlock(end)
	return nil
}

// addopYield emits a yield of the value on the stack (addop_yield): async
// generators wrap the value first.
func (c *compiler) addopYield() {
	if c.u.ste.Generator && c.u.ste.Coroutine {
		c.addop(bytecode.ASYNC_GEN_WRAP)
	}
	c.addop(bytecode.YIELD_VALUE)
	c.addopI(bytecode.RESUME, 1)
}
