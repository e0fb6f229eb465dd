package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/syntax"
)

// forStmt compiles a for loop (compiler_for):
//
//	<iter>; GET_ITER
//	start: FOR_ITER cleanup; <target>; <body>; JUMP start (artificial)
//	cleanup: <else>
//	end:
func (c *compiler) forStmt(s *syntax.For) error {
	start := c.newBlock()
	body := c.newBlock()
	cleanup := c.newBlock()
	end := c.newBlock()
	if err := c.pushFblock(fbForLoop, start, end, nil); err != nil {
		return err
	}
	if err := c.visitExpr(s.Iter); err != nil {
		return err
	}
	c.addop(bytecode.GET_ITER)
	c.useNextBlock(start)
	c.addopJ(bytecode.FOR_ITER, cleanup)
	c.useNextBlock(body)
	if err := c.visitExpr(s.Target); err != nil {
		return err
	}
	if err := c.visitStmts(s.Body); err != nil {
		return err
	}
	// The back edge is artificial.
	c.unsetLoc()
	c.addopJ(bytecode.JUMP, start)
	c.useNextBlock(cleanup)
	c.popFblock(fbForLoop, start)
	if err := c.visitStmts(s.Orelse); err != nil {
		return err
	}
	c.useNextBlock(end)
	return nil
}

// asyncFor compiles async for (compiler_async_for): __anext__ is awaited
// inside a SETUP_FINALLY whose handler, END_ASYNC_FOR, ends the loop on
// StopAsyncIteration.
func (c *compiler) asyncFor(s *syntax.AsyncFor) error {
	if c.isTopLevelAwait() {
		c.u.ste.Coroutine = true
	} else if c.u.scopeType != scopeAsyncFunction {
		return c.error("'async for' outside async function")
	}
	start := c.newBlock()
	except := c.newBlock()
	end := c.newBlock()
	if err := c.visitExpr(s.Iter); err != nil {
		return err
	}
	c.addop(bytecode.GET_AITER)
	c.useNextBlock(start)
	if err := c.pushFblock(fbForLoop, start, end, nil); err != nil {
		return err
	}
	// SETUP_FINALLY guards the __anext__ call.
	c.addopJ(bytecode.SETUP_FINALLY, except)
	c.addop(bytecode.GET_ANEXT)
	c.addopLoadConst(noneConst)
	c.addYieldFrom(true)
	c.addop(bytecode.POP_BLOCK)
	if err := c.visitExpr(s.Target); err != nil {
		return err
	}
	if err := c.visitStmts(s.Body); err != nil {
		return err
	}
	c.unsetLoc()
	c.addopJ(bytecode.JUMP, start)
	c.popFblock(fbForLoop, start)
	c.useNextBlock(except)
	// END_ASYNC_FOR has the iterator's location: it follows the "for",
	// not the body.
	c.setLoc(s.Iter.Span())
	c.addop(bytecode.END_ASYNC_FOR)
	if err := c.visitStmts(s.Orelse); err != nil {
		return err
	}
	c.useNextBlock(end)
	return nil
}

// whileStmt compiles a while loop (compiler_while). CPython 3.11 compiles
// the test twice: at the top, jumping to the else part when false, and at
// the bottom with the while statement's location, jumping back to the body
// when true.
func (c *compiler) whileStmt(s *syntax.While) error {
	loop := c.newBlock()
	body := c.newBlock()
	anchor := c.newBlock()
	end := c.newBlock()
	c.useNextBlock(loop)
	if err := c.pushFblock(fbWhileLoop, loop, end, nil); err != nil {
		return err
	}
	if err := c.jumpIf(s.Test, anchor, false); err != nil {
		return err
	}
	c.useNextBlock(body)
	if err := c.visitStmts(s.Body); err != nil {
		return err
	}
	c.setLoc(s.Span())
	if err := c.jumpIf(s.Test, body, true); err != nil {
		return err
	}
	c.popFblock(fbWhileLoop, loop)
	c.useNextBlock(anchor)
	if err := c.visitStmts(s.Orelse); err != nil {
		return err
	}
	c.useNextBlock(end)
	return nil
}

// breakStmt compiles break (compiler_break): a NOP with the statement's
// line, the unwinding of the frame blocks inside the loop and of the loop
// itself, then a jump past the loop.
func (c *compiler) breakStmt() error {
	saved := c.u.loc
	c.addop(bytecode.NOP)
	loop, err := c.unwindFblockStack(false, true)
	if err != nil {
		return err
	}
	if loop == nil {
		c.u.loc = saved
		return c.error("'break' outside loop")
	}
	if err := c.unwindFblock(loop, false); err != nil {
		return err
	}
	c.addopJ(bytecode.JUMP, loop.exit)
	return nil
}

// continueStmt compiles continue (compiler_continue): like break, but the
// loop itself stays and the jump goes to its start.
func (c *compiler) continueStmt() error {
	saved := c.u.loc
	c.addop(bytecode.NOP)
	loop, err := c.unwindFblockStack(false, true)
	if err != nil {
		return err
	}
	if loop == nil {
		c.u.loc = saved
		return c.error("'continue' not properly in loop")
	}
	c.addopJ(bytecode.JUMP, loop.block)
	return nil
}
