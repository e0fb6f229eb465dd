package compiler

import (
	"errors"
	"fmt"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/compiler/flowgraph"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

var errPending = errors.New("compiler: not available yet")

func (c *compiler) visitExpr(e syntax.Expr) error { return errPending }

func (c *compiler) jumpIf(e syntax.Expr, target *flowgraph.Block, cond bool) error {
	return errPending
}

func (c *compiler) callHelper(n int, args []syntax.Expr, keywords []*syntax.Keyword) error {
	return errPending
}

var assembleUnit = func(u *flowgraph.Unit) (*bytecode.Code, error) { return nil, errPending }

// syntaxError adapts *syntax.Error to the error interface.
type syntaxError struct{ e *syntax.Error }

func (e syntaxError) Error() string { return e.e.Msg }

// codeConst adapts a code object to constant.Value.
type codeConst struct{ *bytecode.Code }

func (k codeConst) Repr() string     { return "<code object " + k.Name + ">" }
func (k codeConst) ConstKey() string { return fmt.Sprintf("code:%p", k.Code) }

func codeValue(co *bytecode.Code) constant.Value { return codeConst{co} }
