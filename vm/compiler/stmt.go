package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// visitStmts compiles a statement sequence.
func (c *compiler) visitStmts(stmts []syntax.Stmt) error {
	for _, s := range stmts {
		if err := c.visitStmt(s); err != nil {
			return err
		}
	}
	return nil
}

// visitStmt compiles one statement (compiler_visit_stmt). Every statement
// starts with its own span as the current location.
func (c *compiler) visitStmt(s syntax.Stmt) error {
	c.setLoc(s.Span())
	switch s := s.(type) {
	case *syntax.FunctionDef:
		return c.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		return c.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		return c.class(s)
	case *syntax.Return:
		return c.returnStmt(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			if err := c.visitExpr(t); err != nil {
				return err
			}
		}
	case *syntax.Assign:
		if err := c.visitExpr(s.Value); err != nil {
			return err
		}
		// CPython 3.11: a = b = v stores left to right, with a COPY 1
		// before every target but the last.
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.addopI(bytecode.COPY, 1)
			}
			if err := c.visitExpr(t); err != nil {
				return err
			}
		}
	case *syntax.AugAssign:
		return c.augAssign(s)
	case *syntax.AnnAssign:
		return c.annAssign(s)
	case *syntax.For:
		return c.forStmt(s)
	case *syntax.While:
		return c.whileStmt(s)
	case *syntax.If:
		return c.ifStmt(s)
	case *syntax.Match:
		return c.match(s)
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			if err := c.visitExpr(s.Exc); err != nil {
				return err
			}
			n++
			if s.Cause != nil {
				if err := c.visitExpr(s.Cause); err != nil {
					return err
				}
				n++
			}
		}
		c.addopI(bytecode.RAISE_VARARGS, n)
	case *syntax.Try:
		if len(s.Finalbody) > 0 {
			return c.tryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
		}
		return c.tryExcept(s.Body, s.Handlers, s.Orelse)
	case *syntax.TryStar:
		if len(s.Finalbody) > 0 {
			return c.tryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
		}
		return c.tryStarExcept(s.Body, s.Handlers, s.Orelse)
	case *syntax.Assert:
		return c.assert(s)
	case *syntax.Import:
		return c.importStmt(s)
	case *syntax.ImportFrom:
		return c.importFrom(s)
	case *syntax.Global, *syntax.Nonlocal:
		// CPython 3.11: global and nonlocal emit nothing.
	case *syntax.ExprStmt:
		return c.exprStmt(s.Value)
	case *syntax.Pass:
		c.addop(bytecode.NOP)
	case *syntax.Break:
		return c.breakStmt()
	case *syntax.Continue:
		return c.continueStmt()
	case *syntax.With:
		return c.with(s, 0)
	case *syntax.AsyncWith:
		return c.asyncWith(s, 0)
	case *syntax.AsyncFor:
		return c.asyncFor(s)
	default:
		return c.internalError("unexpected statement %T", s)
	}
	return nil
}

// exprStmt compiles an expression statement (compiler_visit_stmt_expr).
// In interactive mode a top-level value is printed; a constant is a NOP;
// otherwise the value is popped by an artificial POP_TOP.
func (c *compiler) exprStmt(value syntax.Expr) error {
	if c.interactive && c.nestLevel <= 1 {
		if err := c.visitExpr(value); err != nil {
			return err
		}
		c.addop(bytecode.PRINT_EXPR)
		return nil
	}
	if _, ok := value.(*syntax.Constant); ok {
		c.addop(bytecode.NOP)
		return nil
	}
	if err := c.visitExpr(value); err != nil {
		return err
	}
	c.unsetLoc()
	c.addop(bytecode.POP_TOP)
	return nil
}

// augAssign compiles x op= v (compiler_augassign). The target is loaded
// with the target's span, the operation carries the statement's, and the
// store the target's again.
func (c *compiler) augAssign(s *syntax.AugAssign) error {
	saved := c.u.loc
	c.setLoc(s.Target.Span())
	switch t := s.Target.(type) {
	case *syntax.Attribute:
		if err := c.visitExpr(t.Value); err != nil {
			return err
		}
		c.addopI(bytecode.COPY, 1)
		c.updateStartLocationToMatchAttr(t)
		c.addopName(bytecode.LOAD_ATTR, t.Attr)
	case *syntax.Subscript:
		if err := c.visitExpr(t.Value); err != nil {
			return err
		}
		if err := c.visitExpr(t.Slice); err != nil {
			return err
		}
		c.addopI(bytecode.COPY, 2)
		c.addopI(bytecode.COPY, 2)
		c.addop(bytecode.BINARY_SUBSCR)
	case *syntax.Name:
		if err := c.nameop(t.Id, syntax.Load); err != nil {
			return err
		}
	default:
		return c.internalError("invalid node type %T for augmented assignment", t)
	}
	c.u.loc = saved
	if err := c.visitExpr(s.Value); err != nil {
		return err
	}
	c.addopI(bytecode.BINARY_OP, binaryOpArg(s.Op, true))
	c.setLoc(s.Target.Span())
	switch t := s.Target.(type) {
	case *syntax.Attribute:
		c.updateStartLocationToMatchAttr(t)
		c.addopI(bytecode.SWAP, 2)
		c.addopName(bytecode.STORE_ATTR, t.Attr)
	case *syntax.Subscript:
		c.addopI(bytecode.SWAP, 3)
		c.addopI(bytecode.SWAP, 2)
		c.addop(bytecode.STORE_SUBSCR)
	case *syntax.Name:
		return c.nameop(t.Id, syntax.Store)
	}
	return nil
}

// checkAnnExpr evaluates an expression for its side effects only
// (check_ann_expr).
func (c *compiler) checkAnnExpr(e syntax.Expr) error {
	if err := c.visitExpr(e); err != nil {
		return err
	}
	c.addop(bytecode.POP_TOP)
	return nil
}

// checkAnnSubscr evaluates the parts of an annotated subscript target's
// index (check_ann_subscr).
func (c *compiler) checkAnnSubscr(e syntax.Expr) error {
	switch e := e.(type) {
	case *syntax.Slice:
		for _, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				if err := c.checkAnnExpr(x); err != nil {
					return err
				}
			}
		}
		return nil
	case *syntax.Tuple:
		for _, x := range e.Elts {
			if err := c.checkAnnSubscr(x); err != nil {
				return err
			}
		}
		return nil
	}
	return c.checkAnnExpr(e)
}

// visitAnnotation pushes an annotation value: the expression, or under
// "from __future__ import annotations" its source text as a string
// constant (compiler_visit_annexpr).
func (c *compiler) visitAnnotation(e syntax.Expr) error {
	if c.future&coFutureAnnotations != 0 {
		c.addopLoadConst(constant.Str(unparseAnnotation(e)))
		return nil
	}
	return c.visitExpr(e)
}

// annAssign compiles an annotated assignment (compiler_annassign): the
// assignment first; then for a simple name in a module or class, the
// store into __annotations__; complex targets in a module or class have
// their annotation evaluated (unless annotations are postponed).
func (c *compiler) annAssign(s *syntax.AnnAssign) error {
	if s.Value != nil {
		if err := c.visitExpr(s.Value); err != nil {
			return err
		}
		if err := c.visitExpr(s.Target); err != nil {
			return err
		}
	}
	moduleOrClass := c.u.scopeType == scopeModule || c.u.scopeType == scopeClass
	switch t := s.Target.(type) {
	case *syntax.Name:
		if err := c.forbiddenName(t.Id, syntax.Store); err != nil {
			return err
		}
		if s.Simple != 0 && moduleOrClass {
			if err := c.visitAnnotation(s.Annotation); err != nil {
				return err
			}
			c.addopName(bytecode.LOAD_NAME, "__annotations__")
			if name := c.mangle(t.Id); name != t.Id {
				c.addopLoadConst(constant.Str(name))
			} else {
				c.addopLoadIdentConst(constant.Str(name))
			}
			c.addop(bytecode.STORE_SUBSCR)
		}
	case *syntax.Attribute:
		if err := c.forbiddenName(t.Attr, syntax.Store); err != nil {
			return err
		}
		if s.Value == nil {
			if err := c.checkAnnExpr(t.Value); err != nil {
				return err
			}
		}
	case *syntax.Subscript:
		if s.Value == nil {
			if err := c.checkAnnExpr(t.Value); err != nil {
				return err
			}
			if err := c.checkAnnSubscr(t.Slice); err != nil {
				return err
			}
		}
	default:
		return c.internalError("invalid node type %T for annotated assignment", t)
	}
	// The annotation of a complex target is evaluated last.
	if s.Simple == 0 && c.future&coFutureAnnotations == 0 && moduleOrClass {
		return c.checkAnnExpr(s.Annotation)
	}
	return nil
}

// ifStmt compiles if/elif/else (compiler_if).
func (c *compiler) ifStmt(s *syntax.If) error {
	end := c.newBlock()
	next := end
	if len(s.Orelse) > 0 {
		next = c.newBlock()
	}
	if err := c.jumpIf(s.Test, next, false); err != nil {
		return err
	}
	if err := c.visitStmts(s.Body); err != nil {
		return err
	}
	if len(s.Orelse) > 0 {
		c.addopJNoLine(bytecode.JUMP, end)
		c.useNextBlock(next)
		if err := c.visitStmts(s.Orelse); err != nil {
			return err
		}
	}
	c.useNextBlock(end)
	return nil
}

// returnStmt compiles return (compiler_return). A non-constant value is
// computed first and kept above the unwound frame blocks; a constant (or
// no value) is loaded after unwinding, with the value's location.
func (c *compiler) returnStmt(s *syntax.Return) error {
	_, isConst := s.Value.(*syntax.Constant)
	preserveTOS := s.Value != nil && !isConst
	if c.u.ste.Type != FunctionBlock {
		return c.error("'return' outside function")
	}
	if s.Value != nil && c.u.ste.Coroutine && c.u.ste.Generator {
		return c.error("'return' with value in async generator")
	}
	if preserveTOS {
		if err := c.visitExpr(s.Value); err != nil {
			return err
		}
	} else if s.Value != nil {
		// An instruction with the line of the return value.
		c.setLoc(s.Value.Span())
		c.addop(bytecode.NOP)
	}
	if s.Value == nil || s.Value.Span().Lineno != s.Lineno {
		c.setLoc(s.Span())
		c.addop(bytecode.NOP)
	}
	if _, err := c.unwindFblockStack(preserveTOS, false); err != nil {
		return err
	}
	if s.Value == nil {
		c.addopLoadConst(noneConst)
	} else if !preserveTOS {
		c.addopLoadConst(s.Value.(*syntax.Constant).Value)
	}
	c.addop(bytecode.RETURN_VALUE)
	return nil
}

// assert compiles assert (compiler_assert); nothing under -O. A
// parenthesised test with a message, a non-empty tuple, is always true:
// CPython warns.
func (c *compiler) assert(s *syntax.Assert) error {
	switch t := s.Test.(type) {
	case *syntax.Tuple:
		if len(t.Elts) > 0 {
			c.warn("assertion is always true, perhaps remove parentheses?")
		}
	case *syntax.Constant:
		if tup, ok := t.Value.(constant.Tuple); ok && len(tup) > 0 {
			c.warn("assertion is always true, perhaps remove parentheses?")
		}
	}
	if c.optimize > 0 {
		return nil
	}
	end := c.newBlock()
	if err := c.jumpIf(s.Test, end, true); err != nil {
		return err
	}
	c.addop(bytecode.LOAD_ASSERTION_ERROR)
	if s.Msg != nil {
		if err := c.visitExpr(s.Msg); err != nil {
			return err
		}
		c.addopI(bytecode.PRECALL, 0)
		c.addopI(bytecode.CALL, 0)
	}
	// CPython 3.11.7 raises with the assert statement's location (later
	// versions use the test's).
	c.addopI(bytecode.RAISE_VARARGS, 1)
	c.useNextBlock(end)
	return nil
}
