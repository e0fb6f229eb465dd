package compiler

import (
	"errors"
	"fmt"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/syntax"
)

// Options are the settings of a compilation beyond the source.
type Options struct {
	// Mode is compile()'s mode: a module, an expression or one
	// interactive statement.
	Mode syntax.Mode
	// Optimize is the -O level: 1 drops asserts and makes __debug__
	// False, 2 also drops docstrings.
	Optimize int
	// Depth is the number of Python frames on the stack of the compile()
	// call being reproduced. CPython 3.11 counts the AST optimizer's
	// recursion from three times that depth, so its "maximum recursion
	// depth exceeded during compilation" comes sooner: `python3 FILE.py`
	// compiles at depth 0, `python3 -m dis FILE` at depth 6.
	Depth int
}

// Compile compiles the module source src from the file filename, as
// CPython 3.11's compile(src, filename, "exec") does. A compile error is
// a *syntax.Error with CPython's message and position.
func Compile(src []byte, filename string) (*bytecode.Code, error) {
	return CompileWith(src, filename, Options{Mode: syntax.ModeExec})
}

// CompileMode is Compile for another mode: syntax.ModeEval compiles an
// expression whose code returns its value, syntax.ModeSingle an
// interactive statement whose expression values are printed.
func CompileMode(src []byte, filename string, mode syntax.Mode) (*bytecode.Code, error) {
	return CompileWith(src, filename, Options{Mode: mode})
}

// CompileWith compiles src with the given options.
func CompileWith(src []byte, filename string, opts Options) (*bytecode.Code, error) {
	mod, err := syntax.Parse(src, filename, opts.Mode)
	if err != nil {
		return nil, err
	}
	return compileModAt(mod, src, filename, opts.Optimize, opts.Depth)
}

// compileMod compiles a parsed module as CPython 3.11's _PyAST_Compile
// does after parsing: __future__ imports, the AST optimizer, the symbol
// table, code generation and assembly. Nested code objects get their fake
// addresses in the order dis prints them.
func compileMod(mod syntax.Mod, src []byte, filename string, optimize int) (*bytecode.Code, error) {
	return compileModAt(mod, src, filename, optimize, 0)
}

// compileModAt is compileMod for a compile() called depth Python frames
// deep (see Options.Depth).
func compileModAt(mod syntax.Mod, src []byte, filename string, optimize, depth int) (co *bytecode.Code, err error) {
	defer func() {
		// A broken invariant is a bug, never the user's: report it
		// instead of crashing the caller.
		if r := recover(); r != nil {
			co, err = nil, fmt.Errorf("internal error: compiling %s: %v", filename, r)
		}
	}()
	co, err = compileModNoText(mod, src, filename, optimize, depth)
	if err != nil {
		return nil, withSourceText(err, src)
	}
	bytecode.AssignAddrs(co)
	return co, nil
}

func compileModNoText(mod syntax.Mod, src []byte, filename string, optimize, depth int) (*bytecode.Code, error) {
	// Identifiers are interned as the parser makes them.
	im := newInternModel(mod)
	future, _, err := parseFuture(mod, filename)
	if err != nil {
		return nil, err
	}
	if err := optimizeASTAt(mod, optimize, future&coFutureAnnotations != 0, depth); err != nil {
		return nil, err
	}
	st, err := buildSymtableAt(mod, filename, 0, depth)
	if err != nil {
		return nil, err
	}
	c := &compiler{
		filename: filename,
		src:      src,
		st:       st,
		future:   st.Future,
		optimize: optimize,
		intern:   im,
	}
	return c.mod(mod)
}

// withSourceText fills in the source line of a SyntaxError that lacks it,
// as CPython does when it reports an error of a file.
func withSourceText(err error, src []byte) error {
	var se *syntax.Error
	if errors.As(err, &se) && se.Text == "" {
		c := compiler{src: src}
		se.Text = c.sourceLine(se.Lineno)
	}
	return err
}

// mod compiles the module's code object (compiler_mod).
func (c *compiler) mod(mod syntax.Mod) (*bytecode.Code, error) {
	if err := c.enterScope("<module>", scopeModule, mod, 1); err != nil {
		return nil, err
	}
	c.u.loc.Line = 1
	addNone := true
	var err error
	switch m := mod.(type) {
	case *syntax.Module:
		err = c.body(m.Body)
	case *syntax.Interactive:
		if findAnn(m.Body) {
			c.addop(bytecode.SETUP_ANNOTATIONS)
		}
		c.interactive = true
		err = c.visitStmts(m.Body)
	case *syntax.Expression:
		err = c.visitExpr(m.Body)
		addNone = false
	default:
		err = c.internalError("module kind %T should not be possible", mod)
	}
	if err != nil {
		c.exitScope()
		return nil, err
	}
	co, err := c.assemble(addNone)
	c.exitScope()
	return co, err
}

// body compiles a module or class body (compiler_body):
// SETUP_ANNOTATIONS if it has annotated assignments anywhere, the
// docstring stored as __doc__, then the statements. A module's
// SETUP_ANNOTATIONS carries the first statement's location.
func (c *compiler) body(stmts []syntax.Stmt) error {
	if c.u.scopeType == scopeModule && len(stmts) > 0 {
		c.setLoc(stmts[0].Span())
	}
	if findAnn(stmts) {
		c.addop(bytecode.SETUP_ANNOTATIONS)
	}
	if len(stmts) == 0 {
		return nil
	}
	i := 0
	if c.optimize < 2 {
		if _, ok := docstring(stmts); ok {
			i = 1
			if err := c.visitExpr(stmts[0].(*syntax.ExprStmt).Value); err != nil {
				return err
			}
			c.unsetLoc()
			if err := c.nameop("__doc__", syntax.Store); err != nil {
				return err
			}
		}
	}
	return c.visitStmts(stmts[i:])
}

// findAnn reports whether annotated assignments occur in stmts, outside
// nested functions and classes (find_ann). CPython 3.11.7 also searches
// match case bodies.
func findAnn(stmts []syntax.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.With:
			if findAnn(s.Body) {
				return true
			}
		case *syntax.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *syntax.Try:
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Finalbody) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.TryStar:
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Finalbody) || findAnn(s.Orelse) {
				return true
			}
		case *syntax.Match:
			for _, m := range s.Cases {
				if findAnn(m.Body) {
					return true
				}
			}
		}
	}
	return false
}
