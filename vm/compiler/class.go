package compiler

import (
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// class compiles a class statement (compiler_class) into
//
//	<decorators>; PUSH_NULL; LOAD_BUILD_CLASS; <body function>;
//	LOAD_CONST 'Name'; <bases and keywords>; PRECALL; CALL;
//	<decorator calls>; STORE Name
//
// The body code stores __module__ and __qualname__ (with the location of
// RESUME), runs the body, and returns the __class__ cell if a method needs
// it (after storing it as __classcell__), else None.
func (c *compiler) class(s *syntax.ClassDef) error {
	if err := c.decorators(s.DecoratorList); err != nil {
		return err
	}
	firstLineno := s.Lineno
	if len(s.DecoratorList) > 0 {
		firstLineno = s.DecoratorList[0].Span().Lineno
	}

	// 1. The class body as a code object.
	if err := c.enterScope(s.Name, scopeClass, s, firstLineno); err != nil {
		return err
	}
	co, err := c.classBody(s)
	c.exitScope()
	if err != nil {
		return err
	}

	// 2. The __build_class__ function.
	c.addop(bytecode.PUSH_NULL)
	c.addop(bytecode.LOAD_BUILD_CLASS)
	// 3. The function made from the body.
	if err := c.makeClosure(co, 0, ""); err != nil {
		return err
	}
	// 4. The class name.
	c.addopLoadIdentConst(constant.Str(s.Name))
	// 5. The call with the bases and keywords.
	if err := c.callHelper(2, s.Bases, s.Keywords); err != nil {
		return err
	}
	// 6. Decorators.
	c.applyDecorators(s.DecoratorList)
	// 7. The store.
	return c.nameop(s.Name, syntax.Store)
}

// classBody generates and assembles the current (class) unit.
func (c *compiler) classBody(s *syntax.ClassDef) (*bytecode.Code, error) {
	// The class name is the mangling prefix inside the body.
	c.u.private = s.Name
	// __module__ = __name__
	if err := c.nameop("__name__", syntax.Load); err != nil {
		return nil, err
	}
	if err := c.nameop("__module__", syntax.Store); err != nil {
		return nil, err
	}
	if c.u.qualname == c.u.name {
		// The qualname is then the name's own (identifier) object.
		c.addopLoadIdentConst(constant.Str(c.u.qualname))
	} else {
		c.addopLoadConst(constant.Str(c.u.qualname))
	}
	if err := c.nameop("__qualname__", syntax.Store); err != nil {
		return nil, err
	}
	if err := c.body(s.Body); err != nil {
		return nil, err
	}
	// The epilogue is artificial.
	c.unsetLoc()
	if c.u.ste.NeedsClassClosure {
		// Store the __class__ cell as __classcell__ and return it.
		i, ok := c.u.cellvars["__class__"]
		if !ok {
			return nil, c.internalError("no __class__ cell in class %s", s.Name)
		}
		c.addopI(bytecode.LOAD_CLOSURE, i)
		c.addopI(bytecode.COPY, 1)
		if err := c.nameop("__classcell__", syntax.Store); err != nil {
			return nil, err
		}
	} else {
		c.addopLoadConst(noneConst)
	}
	c.addop(bytecode.RETURN_VALUE)
	return c.assemble(true)
}
