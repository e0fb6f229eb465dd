package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/compiler/flowgraph"
	"github.com/quicken-py/quicken/vm/syntax"
)

// withExceptFinish emits the end of a with statement's exception handler
// (compiler_with_except_finish): re-raise unless __exit__ returned true.
func (c *compiler) withExceptFinish(cleanup *flowgraph.Block) {
	c.unsetLoc()
	exit := c.newBlock()
	c.addopJ(bytecode.POP_JUMP_IF_TRUE, exit)
	c.addopI(bytecode.RERAISE, 2)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(exit)
	c.addop(bytecode.POP_TOP) // exc_value
	c.addop(bytecode.POP_BLOCK)
	c.addop(bytecode.POP_EXCEPT)
	c.addop(bytecode.POP_TOP)
	c.addop(bytecode.POP_TOP)
}

// with compiles item pos of a with statement and, nested inside, the rest
// (compiler_with):
//
//	<expr>; BEFORE_WITH; SETUP_WITH final; <store target or POP_TOP>
//	<body>; POP_BLOCK; __exit__(None, None, None); POP_TOP; JUMP exit
//	final: SETUP_CLEANUP cleanup; PUSH_EXC_INFO; WITH_EXCEPT_START; ...
//	exit:
//
// The exit call and the handler carry the with statement's span.
func (c *compiler) with(s *syntax.With, pos int) error {
	item := s.Items[pos]
	block := c.newBlock()
	final := c.newBlock()
	exit := c.newBlock()
	cleanup := c.newBlock()

	if err := c.visitExpr(item.ContextExpr); err != nil {
		return err
	}
	// Pushes the bound __exit__.
	c.addop(bytecode.BEFORE_WITH)
	c.addopJ(bytecode.SETUP_WITH, final)

	c.useNextBlock(block)
	if err := c.pushFblock(fbWith, block, final, syntax.Stmt(s)); err != nil {
		return err
	}
	if item.OptionalVars != nil {
		if err := c.visitExpr(item.OptionalVars); err != nil {
			return err
		}
	} else {
		// Discard the result of __enter__().
		c.addop(bytecode.POP_TOP)
	}
	pos++
	if pos == len(s.Items) {
		if err := c.visitStmts(s.Body); err != nil {
			return err
		}
	} else if err := c.with(s, pos); err != nil {
		return err
	}

	// What follows the body is artificial.
	c.unsetLoc()
	c.addop(bytecode.POP_BLOCK)
	c.popFblock(fbWith, block)

	// Normal exit: __exit__(None, None, None).
	c.setLoc(s.Span())
	c.callExitWithNones()
	c.addop(bytecode.POP_TOP)
	c.addopJ(bytecode.JUMP, exit)

	// Exceptional exit.
	c.useNextBlock(final)
	c.addopJ(bytecode.SETUP_CLEANUP, cleanup)
	c.addop(bytecode.PUSH_EXC_INFO)
	c.addop(bytecode.WITH_EXCEPT_START)
	c.withExceptFinish(cleanup)

	c.useNextBlock(exit)
	return nil
}

// asyncWith compiles async with (compiler_async_with): like with, with
// __aenter__ and __aexit__ awaited.
func (c *compiler) asyncWith(s *syntax.AsyncWith, pos int) error {
	item := s.Items[pos]
	if c.isTopLevelAwait() {
		c.u.ste.Coroutine = true
	} else if c.u.scopeType != scopeAsyncFunction {
		return c.error("'async with' outside async function")
	}
	block := c.newBlock()
	final := c.newBlock()
	exit := c.newBlock()
	cleanup := c.newBlock()

	if err := c.visitExpr(item.ContextExpr); err != nil {
		return err
	}
	c.addop(bytecode.BEFORE_ASYNC_WITH)
	c.addopI(bytecode.GET_AWAITABLE, 1)
	c.addopLoadConst(noneConst)
	c.addYieldFrom(true)

	c.addopJ(bytecode.SETUP_WITH, final)

	c.useNextBlock(block)
	if err := c.pushFblock(fbAsyncWith, block, final, syntax.Stmt(s)); err != nil {
		return err
	}
	if item.OptionalVars != nil {
		if err := c.visitExpr(item.OptionalVars); err != nil {
			return err
		}
	} else {
		// Discard the result of __aenter__().
		c.addop(bytecode.POP_TOP)
	}
	pos++
	if pos == len(s.Items) {
		if err := c.visitStmts(s.Body); err != nil {
			return err
		}
	} else if err := c.asyncWith(s, pos); err != nil {
		return err
	}

	c.popFblock(fbAsyncWith, block)
	c.addop(bytecode.POP_BLOCK)

	// Normal exit: await __aexit__(None, None, None).
	c.setLoc(s.Span())
	c.callExitWithNones()
	c.addopI(bytecode.GET_AWAITABLE, 2)
	c.addopLoadConst(noneConst)
	c.addYieldFrom(true)
	c.addop(bytecode.POP_TOP)
	c.addopJ(bytecode.JUMP, exit)

	// Exceptional exit.
	c.useNextBlock(final)
	c.addopJ(bytecode.SETUP_CLEANUP, cleanup)
	c.addop(bytecode.PUSH_EXC_INFO)
	c.addop(bytecode.WITH_EXCEPT_START)
	c.addopI(bytecode.GET_AWAITABLE, 2)
	c.addopLoadConst(noneConst)
	c.addYieldFrom(true)
	c.withExceptFinish(cleanup)

	c.useNextBlock(exit)
	return nil
}
