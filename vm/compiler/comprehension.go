package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// compKind is the kind of comprehension (CPython 3.11 COMP_*).
type compKind int

const (
	compGenExp compKind = iota
	compListComp
	compSetComp
	compDictComp
)

// comprehension compiles a list, set or dict comprehension or a generator
// expression (compiler_comprehension). CPython 3.11 compiles the loops
// into a nested function taking the outermost iterator as its only
// argument (.0), then makes that function, evaluates the outermost
// iterable in the enclosing scope, and calls the function with its
// iterator: MAKE_FUNCTION; <iter>; GET_ITER (GET_AITER); PRECALL 0; CALL 0.
// Every instruction of the nested code defaults to the whole
// comprehension's span. A non-generator async comprehension awaits the
// call's result.
func (c *compiler) comprehension(e syntax.Expr, kind compKind, name string, gens []*syntax.Comprehension, elt, val syntax.Expr) error {
	outerScope := c.u.scopeType
	topLevelAwait := c.isTopLevelAwait()
	outermost := gens[0]
	if err := c.enterScope(name, scopeComprehension, e, e.Span().Lineno); err != nil {
		return err
	}
	c.setLoc(e.Span())
	isAsyncGenerator := c.u.ste.Coroutine
	if isAsyncGenerator && kind != compGenExp &&
		outerScope != scopeAsyncFunction && outerScope != scopeComprehension &&
		!topLevelAwait {
		err := c.error("asynchronous comprehension outside of an asynchronous function")
		c.exitScope()
		return err
	}
	switch kind {
	case compListComp:
		c.addopI(bytecode.BUILD_LIST, 0)
	case compSetComp:
		c.addopI(bytecode.BUILD_SET, 0)
	case compDictComp:
		c.addopI(bytecode.BUILD_MAP, 0)
	}
	if err := c.comprehensionGenerator(gens, 0, 0, elt, val, kind); err != nil {
		c.exitScope()
		return err
	}
	if kind != compGenExp {
		c.addop(bytecode.RETURN_VALUE)
	}
	co, err := c.assemble(true)
	qualname := c.u.qualname
	c.exitScope()
	if err != nil {
		return err
	}
	if topLevelAwait && isAsyncGenerator {
		c.u.ste.Coroutine = true
	}
	if err := c.makeClosure(co, 0, qualname); err != nil {
		return err
	}
	if err := c.visitExpr(outermost.Iter); err != nil {
		return err
	}
	if outermost.IsAsync != 0 {
		c.addop(bytecode.GET_AITER)
	} else {
		c.addop(bytecode.GET_ITER)
	}
	c.addopI(bytecode.PRECALL, 0)
	c.addopI(bytecode.CALL, 0)
	if isAsyncGenerator && kind != compGenExp {
		c.addopI(bytecode.GET_AWAITABLE, 0)
		c.addopLoadConst(constant.None{})
		c.addYieldFrom(true)
	}
	return nil
}

// comprehensionGenerator compiles the loop of generators[i] and, inside
// it, the rest (compiler_comprehension_generator). depth counts the
// iterators on the stack above the collection being built.
func (c *compiler) comprehensionGenerator(gens []*syntax.Comprehension, i, depth int, elt, val syntax.Expr, kind compKind) error {
	if gens[i].IsAsync != 0 {
		return c.asyncComprehensionGenerator(gens, i, depth, elt, val, kind)
	}
	return c.syncComprehensionGenerator(gens, i, depth, elt, val, kind)
}

func (c *compiler) syncComprehensionGenerator(gens []*syntax.Comprehension, i, depth int, elt, val syntax.Expr, kind compKind) error {
	start := c.newBlock()
	ifCleanup := c.newBlock()
	anchor := c.newBlock()
	gen := gens[i]
	loop := true
	if i == 0 {
		// The outermost iterator is the implicit argument .0.
		c.u.fu.ArgCount = 1
		c.addopI(bytecode.LOAD_FAST, 0)
	} else {
		// CPython 3.11 fast path for the idiom "for y in [f(x)]": a
		// one-element list or tuple (not starred) is stored directly,
		// without a loop.
		var elts []syntax.Expr
		switch it := gen.Iter.(type) {
		case *syntax.List:
			elts = it.Elts
		case *syntax.Tuple:
			elts = it.Elts
		}
		if len(elts) == 1 {
			if _, starred := elts[0].(*syntax.Starred); !starred {
				if err := c.visitExpr(elts[0]); err != nil {
					return err
				}
				loop = false
			}
		}
		if loop {
			if err := c.visitExpr(gen.Iter); err != nil {
				return err
			}
			c.addop(bytecode.GET_ITER)
		}
	}
	if loop {
		depth++
		c.useNextBlock(start)
		c.addopJ(bytecode.FOR_ITER, anchor)
	}
	if err := c.visitExpr(gen.Target); err != nil {
		return err
	}
	for _, cond := range gen.Ifs {
		if err := c.jumpIf(cond, ifCleanup, false); err != nil {
			return err
		}
	}
	if i+1 < len(gens) {
		if err := c.comprehensionGenerator(gens, i+1, depth, elt, val, kind); err != nil {
			return err
		}
	} else if err := c.comprehensionElement(elt, val, kind, depth); err != nil {
		return err
	}
	c.useNextBlock(ifCleanup)
	if loop {
		c.addopJ(bytecode.JUMP, start)
		c.useNextBlock(anchor)
	}
	return nil
}

// asyncComprehensionGenerator compiles an "async for" clause
// (compiler_async_comprehension_generator): each __anext__ is awaited
// under a SETUP_FINALLY whose handler, END_ASYNC_FOR, ends the loop on
// StopAsyncIteration.
func (c *compiler) asyncComprehensionGenerator(gens []*syntax.Comprehension, i, depth int, elt, val syntax.Expr, kind compKind) error {
	start := c.newBlock()
	except := c.newBlock()
	ifCleanup := c.newBlock()
	gen := gens[i]
	if i == 0 {
		c.u.fu.ArgCount = 1
		c.addopI(bytecode.LOAD_FAST, 0)
	} else {
		if err := c.visitExpr(gen.Iter); err != nil {
			return err
		}
		c.addop(bytecode.GET_AITER)
	}
	c.useNextBlock(start)
	if err := c.pushFblock(fbAsyncComprehensionGenerator, start, nil, nil); err != nil {
		return err
	}
	c.addopJ(bytecode.SETUP_FINALLY, except)
	c.addop(bytecode.GET_ANEXT)
	c.addopLoadConst(constant.None{})
	c.addYieldFrom(true)
	c.addop(bytecode.POP_BLOCK)
	if err := c.visitExpr(gen.Target); err != nil {
		return err
	}
	for _, cond := range gen.Ifs {
		if err := c.jumpIf(cond, ifCleanup, false); err != nil {
			return err
		}
	}
	depth++
	if i+1 < len(gens) {
		if err := c.comprehensionGenerator(gens, i+1, depth, elt, val, kind); err != nil {
			return err
		}
	} else if err := c.comprehensionElement(elt, val, kind, depth); err != nil {
		return err
	}
	c.useNextBlock(ifCleanup)
	c.addopJ(bytecode.JUMP, start)
	c.popFblock(fbAsyncComprehensionGenerator, start)
	c.useNextBlock(except)
	c.addop(bytecode.END_ASYNC_FOR)
	return nil
}

// comprehensionElement emits the innermost body: yield the element, or add
// it to the collection depth+1 items down the stack. A dict comprehension
// evaluates the key before the value.
func (c *compiler) comprehensionElement(elt, val syntax.Expr, kind compKind, depth int) error {
	if err := c.visitExpr(elt); err != nil {
		return err
	}
	switch kind {
	case compGenExp:
		c.addopYield()
		c.addop(bytecode.POP_TOP)
	case compListComp:
		c.addopI(bytecode.LIST_APPEND, depth+1)
	case compSetComp:
		c.addopI(bytecode.SET_ADD, depth+1)
	case compDictComp:
		if err := c.visitExpr(val); err != nil {
			return err
		}
		c.addopI(bytecode.MAP_ADD, depth+1)
	}
	return nil
}
