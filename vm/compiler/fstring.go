package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// FORMAT_VALUE oparg bits (CPython 3.11 FVC_* and FVS_HAVE_SPEC).
const (
	fvcNone    = 0
	fvcStr     = 1
	fvcRepr    = 2
	fvcASCII   = 3
	fvsHasSpec = 4
)

// joinedStr compiles an f-string (compiler_joined_str): its pieces then
// BUILD_STRING n, except that a single piece is left as is. With more than
// STACK_USE_GUIDELINE pieces CPython 3.11 calls str.join on a list built
// piece by piece instead.
func (c *compiler) joinedStr(e *syntax.JoinedStr) error {
	if len(e.Values) > stackUseGuideline {
		c.addopLoadConst(constant.Str(""))
		c.addopName(bytecode.LOAD_METHOD, "join")
		c.addopI(bytecode.BUILD_LIST, 0)
		for _, v := range e.Values {
			if err := c.visitExpr(v); err != nil {
				return err
			}
			c.addopI(bytecode.LIST_APPEND, 1)
		}
		c.addopI(bytecode.PRECALL, 1)
		c.addopI(bytecode.CALL, 1)
		return nil
	}
	if err := c.visitExprs(e.Values); err != nil {
		return err
	}
	if len(e.Values) != 1 {
		c.addopI(bytecode.BUILD_STRING, len(e.Values))
	}
	return nil
}

// formattedValue compiles one replacement field (compiler_formatted_value):
// the value, the format spec if any (itself an f-string), then
// FORMAT_VALUE with the conversion in the low bits and 4 for a spec.
func (c *compiler) formattedValue(e *syntax.FormattedValue) error {
	if err := c.visitExpr(e.Value); err != nil {
		return err
	}
	arg := fvcNone
	switch e.Conversion {
	case 's':
		arg = fvcStr
	case 'r':
		arg = fvcRepr
	case 'a':
		arg = fvcASCII
	}
	if e.FormatSpec != nil {
		if err := c.visitExpr(e.FormatSpec); err != nil {
			return err
		}
		arg |= fvsHasSpec
	}
	c.addopI(bytecode.FORMAT_VALUE, arg)
	return nil
}
