package compiler

import (
	"fmt"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// call compiles a call expression (compiler_call). A method call o.m(…)
// with plain arguments uses LOAD_METHOD; any other callee is preceded by
// PUSH_NULL (at the callee's location) so that PRECALL/CALL see the same
// stack shape.
func (c *compiler) call(e *syntax.Call) error {
	if err := c.validateKeywords(e.Keywords); err != nil {
		return err
	}
	if ok, err := c.methodCall(e); ok || err != nil {
		return err
	}
	c.checkCaller(e.Func)
	c.setLoc(e.Func.Span())
	c.addop(bytecode.PUSH_NULL)
	c.setLoc(e.Span())
	if err := c.visitExpr(e.Func); err != nil {
		return err
	}
	return c.callHelper(0, e.Args, e.Keywords)
}

// checkCaller warns about calling a literal or display, usually a missing
// comma between two items of a list (check_caller): CPython 3.11 names the
// type the callee would have.
func (c *compiler) checkCaller(e syntax.Expr) {
	switch e.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp,
		*syntax.Dict, *syntax.DictComp, *syntax.Set, *syntax.SetComp,
		*syntax.GeneratorExp, *syntax.JoinedStr, *syntax.FormattedValue:
		c.warn(fmt.Sprintf("'%s' object is not callable; perhaps you missed a comma?", inferType(e)))
	}
}

// inferType returns the name of the type an expression's value surely
// has, or "" when its form does not tell (infer_type).
func inferType(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	case *syntax.Constant:
		return e.Value.TypeName()
	}
	return ""
}

// isModuleImport reports whether e is a Name bound by an import in the
// module's top-level scope (is_import_originated). CPython 3.11 looks the
// name up unmangled in the top-level symbol table only, whatever scope
// the call is in.
func (c *compiler) isModuleImport(e syntax.Expr) bool {
	n, ok := e.(*syntax.Name)
	if !ok {
		return false
	}
	return c.st.isModuleImport(n.Id)
}

// methodCall compiles e as o.m(args) with LOAD_METHOD when CPython 3.11
// would (maybe_optimize_method_call): the callee is a loaded attribute
// whose base is not a module-level import, the arguments are few enough
// (nargs + nkw + (nkw > 0) < STACK_USE_GUIDELINE) and none is * or **.
// It reports whether it compiled the call.
func (c *compiler) methodCall(e *syntax.Call) (bool, error) {
	meth, ok := e.Func.(*syntax.Attribute)
	if !ok || meth.Ctx != syntax.Load {
		return false, nil
	}
	if c.isModuleImport(meth.Value) {
		return false, nil
	}
	nargs, nkw := len(e.Args), len(e.Keywords)
	extra := 0
	if nkw != 0 {
		extra = 1
	}
	if nargs+nkw+extra >= stackUseGuideline {
		return false, nil
	}
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			return false, nil
		}
	}
	for _, kw := range e.Keywords {
		if kw.Arg == nil {
			return false, nil
		}
	}
	if err := c.visitExpr(meth.Value); err != nil {
		return true, err
	}
	c.setLoc(meth.Span())
	c.updateStartLocationToMatchAttr(meth)
	c.addopName(bytecode.LOAD_METHOD, meth.Attr)
	if err := c.visitExprs(e.Args); err != nil {
		return true, err
	}
	if nkw > 0 {
		if err := c.visitKeywords(e.Keywords); err != nil {
			return true, err
		}
		c.kwNames(e.Keywords)
	}
	c.setLoc(e.Span())
	c.updateStartLocationToMatchAttr(meth)
	c.addopI(bytecode.PRECALL, nargs+nkw)
	c.addopI(bytecode.CALL, nargs+nkw)
	return true, nil
}

// validateKeywords rejects keyword arguments named __debug__ or repeated
// (validate_keywords); a repeat is reported at the later keyword.
func (c *compiler) validateKeywords(kws []*syntax.Keyword) error {
	for i, kw := range kws {
		if kw.Arg == nil {
			continue
		}
		if err := c.forbiddenName(*kw.Arg, syntax.Store); err != nil {
			return err
		}
		for _, other := range kws[i+1:] {
			if other.Arg != nil && *other.Arg == *kw.Arg {
				c.setLoc(other.Span())
				return c.error(fmt.Sprintf("keyword argument repeated: %s", *kw.Arg))
			}
		}
	}
	return nil
}

// visitKeywords compiles keyword argument values in order.
func (c *compiler) visitKeywords(kws []*syntax.Keyword) error {
	for _, kw := range kws {
		if err := c.visitExpr(kw.Value); err != nil {
			return err
		}
	}
	return nil
}

// kwNames emits KW_NAMES with the tuple of keyword names, a constant added
// after the keyword values (compiler_call_simple_kw_helper).
func (c *compiler) kwNames(kws []*syntax.Keyword) {
	names := make(constant.Tuple, len(kws))
	for i, kw := range kws {
		names[i] = constant.Str(*kw.Arg)
	}
	c.addopI(bytecode.KW_NAMES, c.addConstIndex(names))
}

// callHelper compiles the arguments of a call whose callable (and n more
// arguments, 2 for a class definition's function and name) are already on
// the stack, and the call itself (compiler_call_helper). Plain arguments
// use [KW_NAMES;] PRECALL; CALL. Star arguments, ** arguments or more than
// STACK_USE_GUIDELINE stack slots use CALL_FUNCTION_EX with a positional
// tuple and, if there are keywords, a dict built from runs of named
// keywords (subKwargs) merged with each ** mapping by DICT_MERGE.
func (c *compiler) callHelper(n int, args []syntax.Expr, keywords []*syntax.Keyword) error {
	if err := c.validateKeywords(keywords); err != nil {
		return err
	}
	nelts, nkw := len(args), len(keywords)
	ex := nelts+nkw*2 > stackUseGuideline
	for _, a := range args {
		if _, ok := a.(*syntax.Starred); ok {
			ex = true
		}
	}
	for _, kw := range keywords {
		if kw.Arg == nil {
			ex = true
		}
	}
	if !ex {
		if err := c.visitExprs(args); err != nil {
			return err
		}
		if nkw > 0 {
			if err := c.visitKeywords(keywords); err != nil {
				return err
			}
			c.kwNames(keywords)
		}
		c.addopI(bytecode.PRECALL, n+nelts+nkw)
		c.addopI(bytecode.CALL, n+nelts+nkw)
		return nil
	}

	// Positional arguments: a lone *x is passed as is; anything else is
	// collected into a tuple.
	if s, ok := soleStarred(args); ok && n == 0 {
		if err := c.visitExpr(s.Value); err != nil {
			return err
		}
	} else if err := c.starUnpack(args, n, bytecode.BUILD_LIST, bytecode.LIST_APPEND, bytecode.LIST_EXTEND, true); err != nil {
		return err
	}
	if nkw > 0 {
		haveDict := false
		nseen := 0
		for i, kw := range keywords {
			if kw.Arg != nil {
				nseen++
				continue
			}
			if nseen > 0 {
				if err := c.subKwargs(keywords[i-nseen : i]); err != nil {
					return err
				}
				if haveDict {
					c.addopI(bytecode.DICT_MERGE, 1)
				}
				haveDict = true
				nseen = 0
			}
			if !haveDict {
				c.addopI(bytecode.BUILD_MAP, 0)
				haveDict = true
			}
			if err := c.visitExpr(kw.Value); err != nil {
				return err
			}
			c.addopI(bytecode.DICT_MERGE, 1)
		}
		if nseen > 0 {
			if err := c.subKwargs(keywords[nkw-nseen:]); err != nil {
				return err
			}
			if haveDict {
				c.addopI(bytecode.DICT_MERGE, 1)
			}
		}
	}
	flags := 0
	if nkw > 0 {
		flags = 1
	}
	c.addopI(bytecode.CALL_FUNCTION_EX, flags)
	return nil
}

func soleStarred(args []syntax.Expr) (*syntax.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*syntax.Starred)
	return s, ok
}

// subKwargs builds a dict of named keyword arguments (compiler_subkwargs):
// 2..15 as values, a name tuple and BUILD_CONST_KEY_MAP; more than 15 as
// BUILD_MAP 0 and MAP_ADD 1 per pair (those two artificial); one as
// name, value, BUILD_MAP 1.
func (c *compiler) subKwargs(kws []*syntax.Keyword) error {
	n := len(kws)
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		if err := c.visitKeywords(kws); err != nil {
			return err
		}
		keys := make(constant.Tuple, n)
		for i, kw := range kws {
			keys[i] = constant.Str(*kw.Arg)
		}
		c.addopLoadConst(keys)
		c.addopI(bytecode.BUILD_CONST_KEY_MAP, n)
		return nil
	}
	if big {
		c.addopINoLine(bytecode.BUILD_MAP, 0)
	}
	for _, kw := range kws {
		c.addopLoadConst(constant.Str(*kw.Arg))
		if err := c.visitExpr(kw.Value); err != nil {
			return err
		}
		if big {
			c.addopINoLine(bytecode.MAP_ADD, 1)
		}
	}
	if !big {
		c.addopI(bytecode.BUILD_MAP, n)
	}
	return nil
}
