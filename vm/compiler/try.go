package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/syntax"
)

// tryFinally compiles try/finally, with or without except (or except*)
// clauses (compiler_try_finally, compiler_try_star_finally):
//
//	SETUP_FINALLY end; <body or try/except>; POP_BLOCK; <finalbody>; JUMP exit
//	end:  SETUP_CLEANUP cleanup; PUSH_EXC_INFO; <finalbody>; RERAISE 0
//	cleanup: COPY 3; POP_EXCEPT; RERAISE 1
//	exit:
//
// The finally body is also inlined wherever return, break or continue
// leave the try body.
func (c *compiler) tryFinally(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, finalbody []syntax.Stmt, star bool) error {
	bodyBlock := c.newBlock()
	end := c.newBlock()
	exit := c.newBlock()
	cleanup := c.newBlock()

	// The try block.
	c.addopJ(bytecode.SETUP_FINALLY, end)
	c.useNextBlock(bodyBlock)
	if err := c.pushFblock(fbFinallyTry, bodyBlock, end, finalbody); err != nil {
		return err
	}
	var err error
	switch {
	case len(handlers) > 0 && star:
		err = c.tryStarExcept(body, handlers, orelse)
	case len(handlers) > 0:
		err = c.tryExcept(body, handlers, orelse)
	default:
		err = c.visitStmts(body)
	}
	if err != nil {
		return err
	}
	c.addopNoLine(bytecode.POP_BLOCK)
	c.popFblock(fbFinallyTry, bodyBlock)
	if err := c.visitStmts(finalbody); err != nil {
		return err
	}
	c.addopJNoLine(bytecode.JUMP, exit)

	// The finally block, run with the exception on the stack.
	c.useNextBlock(end)
	c.unsetLoc()
	c.addopJ(bytecode.SETUP_CLEANUP, cleanup)
	c.addop(bytecode.PUSH_EXC_INFO)
	if err := c.pushFblock(fbFinallyEnd, end, nil, nil); err != nil {
		return err
	}
	if err := c.visitStmts(finalbody); err != nil {
		return err
	}
	c.popFblock(fbFinallyEnd, end)
	c.addopI(bytecode.RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(exit)
	return nil
}

// tryExcept compiles try/except[/else] (compiler_try_except):
//
//	SETUP_FINALLY except; <body>; POP_BLOCK; <else>; JUMP end
//	except: SETUP_CLEANUP cleanup; PUSH_EXC_INFO
//	  per handler: <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next
//	    named:   STORE name; SETUP_CLEANUP cleanup_end; <body>;
//	             POP_BLOCK; POP_BLOCK; POP_EXCEPT; name = None; del name; JUMP end
//	             cleanup_end: name = None; del name; RERAISE 1
//	    unnamed: POP_TOP; <body>; POP_BLOCK; POP_EXCEPT; JUMP end
//	  next: ...; RERAISE 0
//	cleanup: COPY 3; POP_EXCEPT; RERAISE 1
//	end:
func (c *compiler) tryExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) error {
	bodyBlock := c.newBlock()
	except := c.newBlock()
	end := c.newBlock()
	cleanup := c.newBlock()

	c.addopJ(bytecode.SETUP_FINALLY, except)
	c.useNextBlock(bodyBlock)
	if err := c.pushFblock(fbTryExcept, bodyBlock, nil, nil); err != nil {
		return err
	}
	if err := c.visitStmts(body); err != nil {
		return err
	}
	c.popFblock(fbTryExcept, bodyBlock)
	c.addopNoLine(bytecode.POP_BLOCK)
	if err := c.visitStmts(orelse); err != nil {
		return err
	}
	c.addopJNoLine(bytecode.JUMP, end)
	c.useNextBlock(except)

	c.unsetLoc()
	c.addopJ(bytecode.SETUP_CLEANUP, cleanup)
	c.addop(bytecode.PUSH_EXC_INFO)
	// The runtime pushes the exception here.
	if err := c.pushFblock(fbExceptionHandler, nil, nil, nil); err != nil {
		return err
	}
	for i, h := range handlers {
		c.setLoc(h.Span())
		if h.Type == nil && i < len(handlers)-1 {
			return c.error("default 'except:' must be last")
		}
		next := c.newBlock()
		if h.Type != nil {
			if err := c.visitExpr(h.Type); err != nil {
				return err
			}
			c.addop(bytecode.CHECK_EXC_MATCH)
			c.addopJ(bytecode.POP_JUMP_IF_FALSE, next)
		}
		if h.Name != nil {
			name := *h.Name
			cleanupEnd := c.newBlock()
			cleanupBody := c.newBlock()
			if err := c.nameop(name, syntax.Store); err != nil {
				return err
			}
			// try: <body> finally: name = None; del name
			c.addopJ(bytecode.SETUP_CLEANUP, cleanupEnd)
			c.useNextBlock(cleanupBody)
			if err := c.pushFblock(fbHandlerCleanup, cleanupBody, nil, name); err != nil {
				return err
			}
			if err := c.visitStmts(h.Body); err != nil {
				return err
			}
			c.popFblock(fbHandlerCleanup, cleanupBody)
			c.unsetLoc()
			c.addop(bytecode.POP_BLOCK)
			c.addop(bytecode.POP_BLOCK)
			c.addop(bytecode.POP_EXCEPT)
			if err := c.clearName(name); err != nil {
				return err
			}
			c.addopJ(bytecode.JUMP, end)

			c.useNextBlock(cleanupEnd)
			c.unsetLoc()
			if err := c.clearName(name); err != nil {
				return err
			}
			c.addopI(bytecode.RERAISE, 1)
		} else {
			cleanupBody := c.newBlock()
			c.addop(bytecode.POP_TOP) // exc_value
			c.useNextBlock(cleanupBody)
			if err := c.pushFblock(fbHandlerCleanup, cleanupBody, nil, nil); err != nil {
				return err
			}
			if err := c.visitStmts(h.Body); err != nil {
				return err
			}
			c.popFblock(fbHandlerCleanup, cleanupBody)
			c.unsetLoc()
			c.addop(bytecode.POP_BLOCK)
			c.addop(bytecode.POP_EXCEPT)
			c.addopJ(bytecode.JUMP, end)
		}
		c.useNextBlock(next)
	}
	c.unsetLoc()
	c.popFblock(fbExceptionHandler, nil)
	c.addopI(bytecode.RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(end)
	return nil
}

// clearName emits name = None; del name, the cleanup of a named handler.
func (c *compiler) clearName(name string) error {
	c.addopLoadConst(noneConst)
	if err := c.nameop(name, syntax.Store); err != nil {
		return err
	}
	return c.nameop(name, syntax.Del)
}

// tryStarExcept compiles try/except* (compiler_try_star_except). The
// handlers split the exception group with CHECK_EG_MATCH, collect what
// their bodies raise in a list, and PREP_RERAISE_STAR computes what to
// re-raise at the end.
func (c *compiler) tryStarExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) error {
	bodyBlock := c.newBlock()
	except := c.newBlock()
	orelseBlock := c.newBlock()
	end := c.newBlock()
	cleanup := c.newBlock()
	reraiseStar := c.newBlock()

	c.addopJ(bytecode.SETUP_FINALLY, except)
	c.useNextBlock(bodyBlock)
	if err := c.pushFblock(fbTryExcept, bodyBlock, nil, nil); err != nil {
		return err
	}
	if err := c.visitStmts(body); err != nil {
		return err
	}
	c.popFblock(fbTryExcept, bodyBlock)
	c.addopNoLine(bytecode.POP_BLOCK)
	c.addopJNoLine(bytecode.JUMP, orelseBlock)
	c.useNextBlock(except)

	c.unsetLoc()
	c.addopJ(bytecode.SETUP_CLEANUP, cleanup)
	c.addop(bytecode.PUSH_EXC_INFO)
	// The runtime pushes the exception here.
	if err := c.pushFblock(fbExceptionGroupHandler, nil, nil, "except handler"); err != nil {
		return err
	}
	n := len(handlers)
	for i, h := range handlers {
		c.setLoc(h.Span())
		next := c.newBlock()
		exceptWithError := c.newBlock()
		noMatch := c.newBlock()
		if i == 0 {
			// [exc] -> [orig, [], exc]: keep the original group and a
			// list for what the handlers raise.
			c.addopI(bytecode.COPY, 1)
			c.addopI(bytecode.BUILD_LIST, 0)
			c.addopI(bytecode.SWAP, 2)
		}
		if h.Type != nil {
			if err := c.visitExpr(h.Type); err != nil {
				return err
			}
			c.addop(bytecode.CHECK_EG_MATCH)
			c.addopI(bytecode.COPY, 1)
			c.addopJ(bytecode.POP_JUMP_IF_NONE, noMatch)
		}
		cleanupEnd := c.newBlock()
		cleanupBody := c.newBlock()
		name := ""
		if h.Name != nil {
			name = *h.Name
			if err := c.nameop(name, syntax.Store); err != nil {
				return err
			}
		} else {
			c.addop(bytecode.POP_TOP) // match
		}
		c.addopJ(bytecode.SETUP_CLEANUP, cleanupEnd)
		c.useNextBlock(cleanupBody)
		if err := c.pushFblock(fbHandlerCleanup, cleanupBody, nil, name); err != nil {
			return err
		}
		if err := c.visitStmts(h.Body); err != nil {
			return err
		}
		c.popFblock(fbHandlerCleanup, cleanupBody)
		c.unsetLoc()
		c.addop(bytecode.POP_BLOCK)
		if name != "" {
			if err := c.clearName(name); err != nil {
				return err
			}
		}
		c.addopJ(bytecode.JUMP, next)

		c.useNextBlock(cleanupEnd)
		c.unsetLoc()
		if name != "" {
			if err := c.clearName(name); err != nil {
				return err
			}
		}
		// Add the exception the body raised to the result list.
		c.addopI(bytecode.LIST_APPEND, 3) // exc
		c.addop(bytecode.POP_TOP)         // lasti
		c.addopJ(bytecode.JUMP, exceptWithError)

		c.useNextBlock(next)
		c.addop(bytecode.NOP) // holds a propagated location
		c.addopJ(bytecode.JUMP, exceptWithError)
		c.useNextBlock(noMatch)
		c.addop(bytecode.POP_TOP) // match (None)
		c.useNextBlock(exceptWithError)
		if i == n-1 {
			// Add the unhandled rest of the group (or None) to the list.
			c.addopI(bytecode.LIST_APPEND, 1)
			c.addopJ(bytecode.JUMP, reraiseStar)
		}
	}
	c.unsetLoc()
	c.popFblock(fbExceptionGroupHandler, nil)
	reraise := c.newBlock()
	c.useNextBlock(reraiseStar)
	c.addop(bytecode.PREP_RERAISE_STAR)
	c.addopI(bytecode.COPY, 1)
	c.addopJ(bytecode.POP_JUMP_IF_NOT_NONE, reraise)
	// Nothing to re-raise.
	c.addop(bytecode.POP_TOP)
	c.addop(bytecode.POP_BLOCK)
	c.addop(bytecode.POP_EXCEPT)
	c.addopJ(bytecode.JUMP, end)
	c.useNextBlock(reraise)
	c.addop(bytecode.POP_BLOCK)
	c.addopI(bytecode.SWAP, 2)
	c.addop(bytecode.POP_EXCEPT)
	c.addopI(bytecode.RERAISE, 0)
	c.useNextBlock(cleanup)
	c.popExceptAndReraise()
	c.useNextBlock(orelseBlock)
	if err := c.visitStmts(orelse); err != nil {
		return err
	}
	c.useNextBlock(end)
	return nil
}
