package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/compiler/flowgraph"
	"github.com/quicken-py/quicken/vm/syntax"
)

// fblockKind is the kind of a frame block (CPython 3.11's enum fblocktype).
// A frame block records a statement that needs unwinding when control
// leaves it early through return, break or continue.
type fblockKind int

const (
	fbWhileLoop fblockKind = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
	fbAsyncComprehensionGenerator
)

// maxBlocks is CPython's CO_MAXBLOCKS, the static nesting limit.
const maxBlocks = 20

// fblock is one frame block (struct fblockinfo). datum holds what
// unwinding needs: the finally body ([]syntax.Stmt) for fbFinallyTry, the
// with statement (syntax.Stmt) for fbWith/fbAsyncWith, the bound handler
// name (string, "" if unnamed) for fbHandlerCleanup.
type fblock struct {
	kind        fblockKind
	block, exit *flowgraph.Block
	datum       any
}

// pushFblock enters a frame block (compiler_push_fblock).
func (c *compiler) pushFblock(kind fblockKind, block, exit *flowgraph.Block, datum any) error {
	if len(c.u.fblocks) >= maxBlocks {
		return c.error("too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind, block, exit, datum})
	return nil
}

// popFblock leaves the innermost frame block (compiler_pop_fblock).
func (c *compiler) popFblock(kind fblockKind, block *flowgraph.Block) {
	n := len(c.u.fblocks)
	if n == 0 || c.u.fblocks[n-1].kind != kind || c.u.fblocks[n-1].block != block {
		panic("compiler: unbalanced frame blocks")
	}
	c.u.fblocks = c.u.fblocks[:n-1]
}

// callExitWithNones emits __exit__(None, None, None) for a with statement
// (compiler_call_exit_with_nones).
func (c *compiler) callExitWithNones() {
	none := noneConst
	c.addopLoadConst(none)
	c.addopLoadConst(none)
	c.addopLoadConst(none)
	c.addopI(bytecode.PRECALL, 2)
	c.addopI(bytecode.CALL, 2)
}

// addYieldFrom emits the send loop of await and yield from
// (compiler_add_yield_from).
func (c *compiler) addYieldFrom(await bool) {
	start := c.newBlock()
	resume := c.newBlock()
	exit := c.newBlock()
	c.useNextBlock(start)
	c.addopJ(bytecode.SEND, exit)
	c.useNextBlock(resume)
	c.addop(bytecode.YIELD_VALUE)
	if await {
		c.addopI(bytecode.RESUME, 3)
	} else {
		c.addopI(bytecode.RESUME, 2)
	}
	c.addopJ(bytecode.JUMP_NO_INTERRUPT, start)
	c.useNextBlock(exit)
}

// popExceptAndReraise emits the cleanup handler of an exception handler
// (compiler_pop_except_and_reraise): [exc_info, lasti, exc] COPY 3;
// POP_EXCEPT; RERAISE 1.
func (c *compiler) popExceptAndReraise() {
	c.addopI(bytecode.COPY, 3)
	c.addop(bytecode.POP_EXCEPT)
	c.addopI(bytecode.RERAISE, 1)
}

// unwindFblock emits the code that leaves one frame block early
// (compiler_unwind_fblock). With preserveTOS the value on top of the stack
// (a return value) is kept above whatever is popped.
func (c *compiler) unwindFblock(info *fblock, preserveTOS bool) error {
	switch info.kind {
	case fbWhileLoop, fbExceptionHandler, fbExceptionGroupHandler, fbAsyncComprehensionGenerator:
		return nil

	case fbForLoop:
		// Pop the iterator.
		if preserveTOS {
			c.addopI(bytecode.SWAP, 2)
		}
		c.addop(bytecode.POP_TOP)
		return nil

	case fbTryExcept:
		c.addop(bytecode.POP_BLOCK)
		return nil

	case fbFinallyTry:
		// This POP_BLOCK gets the line number of the unwinding statement.
		c.addop(bytecode.POP_BLOCK)
		if preserveTOS {
			if err := c.pushFblock(fbPopValue, nil, nil, nil); err != nil {
				return err
			}
		}
		// Inline the finally body.
		if err := c.visitStmts(info.datum.([]syntax.Stmt)); err != nil {
			return err
		}
		if preserveTOS {
			c.popFblock(fbPopValue, nil)
		}
		// CPython 3.11: the finally body appears to run after the
		// unwinding statement, so what follows is artificial.
		c.unsetLoc()
		return nil

	case fbFinallyEnd:
		if preserveTOS {
			c.addopI(bytecode.SWAP, 2)
		}
		c.addop(bytecode.POP_TOP) // exc_value
		if preserveTOS {
			c.addopI(bytecode.SWAP, 2)
		}
		c.addop(bytecode.POP_BLOCK)
		c.addop(bytecode.POP_EXCEPT)
		return nil

	case fbWith, fbAsyncWith:
		c.setLoc(info.datum.(syntax.Stmt).Span())
		c.addop(bytecode.POP_BLOCK)
		if preserveTOS {
			c.addopI(bytecode.SWAP, 2)
		}
		c.callExitWithNones()
		if info.kind == fbAsyncWith {
			c.addopI(bytecode.GET_AWAITABLE, 2)
			c.addopLoadConst(noneConst)
			c.addYieldFrom(true)
		}
		c.addop(bytecode.POP_TOP)
		// The exit call appears to run after the unwinding statement.
		c.unsetLoc()
		return nil

	case fbHandlerCleanup:
		name, _ := info.datum.(string)
		if name != "" {
			c.addop(bytecode.POP_BLOCK)
		}
		if preserveTOS {
			c.addopI(bytecode.SWAP, 2)
		}
		c.addop(bytecode.POP_BLOCK)
		c.addop(bytecode.POP_EXCEPT)
		if name != "" {
			c.addopLoadConst(noneConst)
			if err := c.nameop(name, syntax.Store); err != nil {
				return err
			}
			if err := c.nameop(name, syntax.Del); err != nil {
				return err
			}
		}
		return nil

	case fbPopValue:
		if preserveTOS {
			c.addopI(bytecode.SWAP, 2)
		}
		c.addop(bytecode.POP_TOP)
		return nil
	}
	panic("compiler: unknown frame block kind")
}

// unwindFblockStack unwinds every frame block of the unit, innermost first
// (compiler_unwind_fblock_stack). With stopAtLoop it stops at the innermost
// loop and returns a copy of it (nil if there is none). The frame blocks
// themselves stay pushed: only code is emitted.
func (c *compiler) unwindFblockStack(preserveTOS, stopAtLoop bool) (*fblock, error) {
	n := len(c.u.fblocks)
	if n == 0 {
		return nil, nil
	}
	top := c.u.fblocks[n-1]
	if top.kind == fbExceptionGroupHandler {
		return nil, c.error("'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if stopAtLoop && (top.kind == fbWhileLoop || top.kind == fbForLoop) {
		return &top, nil
	}
	c.u.fblocks = c.u.fblocks[:n-1]
	if err := c.unwindFblock(&top, preserveTOS); err != nil {
		return nil, err
	}
	loop, err := c.unwindFblockStack(preserveTOS, stopAtLoop)
	if err != nil {
		return nil, err
	}
	c.u.fblocks = append(c.u.fblocks, top)
	return loop, nil
}
