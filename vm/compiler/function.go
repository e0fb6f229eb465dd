package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// MAKE_FUNCTION flags.
const (
	makeFunctionDefaults    = 0x01
	makeFunctionKwDefaults  = 0x02
	makeFunctionAnnotations = 0x04
	makeFunctionClosure     = 0x08
)

// docstring returns the body's docstring: a first statement that is a str
// constant expression (_PyAST_GetDocString).
func docstring(body []syntax.Stmt) (constant.Str, bool) {
	if len(body) == 0 {
		return "", false
	}
	st, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return "", false
	}
	k, ok := st.Value.(*syntax.Constant)
	if !ok {
		return "", false
	}
	s, ok := k.Value.(constant.Str)
	return s, ok
}

// decorators evaluates the decorator expressions in order
// (compiler_decorators).
func (c *compiler) decorators(decos []syntax.Expr) error {
	for _, d := range decos {
		if err := c.visitExpr(d); err != nil {
			return err
		}
	}
	return nil
}

// applyDecorators calls the decorators, innermost first, each at its own
// location (compiler_apply_decorators).
func (c *compiler) applyDecorators(decos []syntax.Expr) {
	saved := c.u.loc
	for i := len(decos) - 1; i >= 0; i-- {
		c.setLoc(decos[i].Span())
		c.addopI(bytecode.PRECALL, 0)
		c.addopI(bytecode.CALL, 0)
	}
	c.u.loc = saved
}

// kwOnlyDefaults pushes the dict of keyword-only defaults
// (compiler_visit_kwonlydefaults); it reports whether one was pushed.
func (c *compiler) kwOnlyDefaults(kwonly []*syntax.Arg, defaults []syntax.Expr) (bool, error) {
	var keys constant.Tuple
	mangled := false
	for i, arg := range kwonly {
		if i >= len(defaults) || defaults[i] == nil {
			continue
		}
		name := c.mangle(arg.Arg)
		mangled = mangled || name != arg.Arg
		keys = append(keys, constant.Str(name))
		if err := c.visitExpr(defaults[i]); err != nil {
			return false, err
		}
	}
	if keys == nil {
		return false, nil
	}
	if mangled {
		c.addopLoadConst(keys)
	} else {
		c.addopLoadIdentConst(keys)
	}
	c.addopI(bytecode.BUILD_CONST_KEY_MAP, len(keys))
	return true, nil
}

// argAnnotation pushes 'name', annotation for one annotated parameter
// (compiler_visit_argannotation) and returns how many values it pushed.
func (c *compiler) argAnnotation(id string, ann syntax.Expr) (int, error) {
	if ann == nil {
		return 0, nil
	}
	if name := c.mangle(id); name != id {
		c.addopLoadConst(constant.Str(name))
	} else {
		c.addopLoadIdentConst(constant.Str(name))
	}
	if c.future&coFutureAnnotations != 0 {
		c.addopLoadConst(constant.Str(unparseAnnotation(ann)))
	} else if st, ok := ann.(*syntax.Starred); ok {
		// *args: *Ts is stored as the single element of [*Ts].
		if err := c.visitExpr(st.Value); err != nil {
			return 0, err
		}
		c.addopI(bytecode.UNPACK_SEQUENCE, 1)
	} else if err := c.visitExpr(ann); err != nil {
		return 0, err
	}
	return 2, nil
}

// annotations pushes the tuple of parameter and return annotations
// (compiler_visit_annotations), in the order args, posonlyargs, *args,
// kwonlyargs, **kwargs, return; it reports whether one was pushed.
func (c *compiler) annotations(args *syntax.Arguments, returns syntax.Expr) (bool, error) {
	n := 0
	add := func(id string, ann syntax.Expr) error {
		k, err := c.argAnnotation(id, ann)
		n += k
		return err
	}
	for _, a := range args.Args {
		if err := add(a.Arg, a.Annotation); err != nil {
			return false, err
		}
	}
	for _, a := range args.Posonlyargs {
		if err := add(a.Arg, a.Annotation); err != nil {
			return false, err
		}
	}
	if args.Vararg != nil {
		if err := add(args.Vararg.Arg, args.Vararg.Annotation); err != nil {
			return false, err
		}
	}
	for _, a := range args.Kwonlyargs {
		if err := add(a.Arg, a.Annotation); err != nil {
			return false, err
		}
	}
	if args.Kwarg != nil {
		if err := add(args.Kwarg.Arg, args.Kwarg.Annotation); err != nil {
			return false, err
		}
	}
	if err := add("return", returns); err != nil {
		return false, err
	}
	if n == 0 {
		return false, nil
	}
	c.addopI(bytecode.BUILD_TUPLE, n)
	return true, nil
}

// defaultArguments pushes the defaults tuple and the keyword-only
// defaults dict (compiler_default_arguments) and returns the MAKE_FUNCTION
// flags for them.
func (c *compiler) defaultArguments(args *syntax.Arguments) (int, error) {
	flags := 0
	if len(args.Defaults) > 0 {
		for _, d := range args.Defaults {
			if err := c.visitExpr(d); err != nil {
				return 0, err
			}
		}
		c.addopI(bytecode.BUILD_TUPLE, len(args.Defaults))
		flags |= makeFunctionDefaults
	}
	if len(args.Kwonlyargs) > 0 {
		pushed, err := c.kwOnlyDefaults(args.Kwonlyargs, args.KwDefaults)
		if err != nil {
			return 0, err
		}
		if pushed {
			flags |= makeFunctionKwDefaults
		}
	}
	return flags, nil
}

// checkDebugArgs rejects a parameter named __debug__
// (compiler_check_debug_args).
func (c *compiler) checkDebugArgs(args *syntax.Arguments) error {
	check := func(a *syntax.Arg) error {
		if a == nil {
			return nil
		}
		return c.forbiddenName(a.Arg, syntax.Store)
	}
	for _, list := range [][]*syntax.Arg{args.Posonlyargs, args.Args} {
		for _, a := range list {
			if err := check(a); err != nil {
				return err
			}
		}
	}
	if err := check(args.Vararg); err != nil {
		return err
	}
	for _, a := range args.Kwonlyargs {
		if err := check(a); err != nil {
			return err
		}
	}
	return check(args.Kwarg)
}

// function compiles a def or async def (compiler_function): decorators,
// defaults, annotations, the body as a nested code object, MAKE_FUNCTION,
// the decorator calls and the store of the name.
func (c *compiler) function(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt, decos []syntax.Expr, returns syntax.Expr, isAsync bool) error {
	st := scopeFunction
	if isAsync {
		st = scopeAsyncFunction
	}
	if err := c.checkDebugArgs(args); err != nil {
		return err
	}
	if err := c.decorators(decos); err != nil {
		return err
	}
	firstLineno := s.Span().Lineno
	if len(decos) > 0 {
		firstLineno = decos[0].Span().Lineno
	}
	flags, err := c.defaultArguments(args)
	if err != nil {
		return err
	}
	hasAnn, err := c.annotations(args, returns)
	if err != nil {
		return err
	}
	if hasAnn {
		flags |= makeFunctionAnnotations
	}

	if err := c.enterScope(name, st, s, firstLineno); err != nil {
		return err
	}
	// co_consts[0] is the docstring, or None.
	doc, hasDoc := docstring(body)
	if c.optimize >= 2 {
		hasDoc = false
	}
	if hasDoc {
		c.addConstIndex(doc)
	} else {
		c.addConstIndex(noneConst)
	}
	c.setArgCounts(args)
	start := 0
	if hasDoc {
		start = 1
	}
	for _, st := range body[start:] {
		if err := c.visitStmt(st); err != nil {
			c.exitScope()
			return err
		}
	}
	co, err := c.assemble(true)
	qualname := c.u.qualname
	c.exitScope()
	if err != nil {
		return err
	}
	if err := c.makeClosure(co, flags, qualname); err != nil {
		return err
	}
	c.applyDecorators(decos)
	return c.nameop(name, syntax.Store)
}

// setArgCounts records co_argcount (positional-only parameters
// included), co_posonlyargcount and co_kwonlyargcount.
func (c *compiler) setArgCounts(args *syntax.Arguments) {
	c.u.fu.ArgCount = len(args.Args) + len(args.Posonlyargs)
	c.u.fu.PosOnlyArgCount = len(args.Posonlyargs)
	c.u.fu.KwOnlyArgCount = len(args.Kwonlyargs)
}

// lambda compiles a lambda expression (compiler_lambda). None is always
// its first constant, so a lambda has no docstring; the body's value is
// returned (a generator lambda's is discarded).
func (c *compiler) lambda(e *syntax.Lambda) error {
	if err := c.checkDebugArgs(e.Args); err != nil {
		return err
	}
	flags, err := c.defaultArguments(e.Args)
	if err != nil {
		return err
	}
	if err := c.enterScope("<lambda>", scopeLambda, e, e.Lineno); err != nil {
		return err
	}
	c.addConstIndex(noneConst)
	c.setArgCounts(e.Args)
	if err := c.visitExpr(e.Body); err != nil {
		c.exitScope()
		return err
	}
	var co *bytecode.Code
	if c.u.ste.Generator {
		co, err = c.assemble(false)
	} else {
		c.addop(bytecode.RETURN_VALUE)
		co, err = c.assemble(true)
	}
	qualname := c.u.qualname
	c.exitScope()
	if err != nil {
		return err
	}
	return c.makeClosure(co, flags, qualname)
}
