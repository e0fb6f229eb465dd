package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
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
	case *syntax.Pass:
		c.addop(bytecode.NOP)
	case *syntax.Global, *syntax.Nonlocal:
		// CPython 3.11: global and nonlocal emit nothing.
	default:
		return c.internalError("statement %T not supported", s)
	}
	return nil
}
