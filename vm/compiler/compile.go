package compiler

import (
	"errors"
	"fmt"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/syntax"
)

// Context is the CPython command whose compilation of a file is
// reproduced. The interpreter's state when it compiles leaves two traces
// in the code: how deep the compiler may recurse before "maximum recursion
// depth exceeded during compilation" (CPython 3.11 counts from three times
// the Python call depth of the compile() call), and which strings are
// already interned, which can change the order of frozenset constants
// (interned.go).
type Context int

const (
	// ContextDis is `python3 -m dis FILE`: compile() runs 6 frames deep,
	// after dis and argparse have been imported.
	ContextDis Context = iota
	// ContextRun is `python3 FILE`: the file is compiled at depth 0,
	// right after startup.
	ContextRun
)

// depth returns the Python call depth of the context's compile().
func (ctx Context) depth() int {
	if ctx == ContextDis {
		return 6
	}
	return 0
}

// Options are the settings of a compilation beyond the source.
type Options struct {
	// Mode is compile()'s mode: a module, an expression or one
	// interactive statement.
	Mode syntax.Mode
	// Optimize is the -O level: 1 drops asserts and makes __debug__
	// False, 2 also drops docstrings.
	Optimize int
	// Context is the command being reproduced.
	Context Context
	// Input, when set, makes the source compile()'s text rather than a
	// file's (see syntax.ParseString); CompileWarnings then also returns
	// the tokenizer's warnings, first.
	Input *syntax.StringInput
}

// Compile compiles the module source src from the file filename, as
// CPython 3.11's compile(src, filename, "exec") does when `python3 -m dis`
// calls it. A compile error is a *syntax.Error with CPython's message and
// position.
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
	co, _, err := CompileWarnings(src, filename, opts)
	return co, err
}

// CompileWarnings is CompileWith that also returns the SyntaxWarnings the
// compiler issued, which CPython prints on stderr as it compiles.
func CompileWarnings(src []byte, filename string, opts Options) (*bytecode.Code, []Warning, error) {
	var mod syntax.Mod
	var err error
	var tokWarnings []*syntax.Warning
	if opts.Input != nil {
		mod, tokWarnings, err = syntax.ParseString(src, filename, opts.Mode, *opts.Input)
	} else {
		mod, err = syntax.Parse(src, filename, opts.Mode)
	}
	if err != nil {
		return nil, nil, err
	}
	if len(tokWarnings) > 0 {
		co, ws, err := compileModWarnings(mod, src, filename, opts.Optimize, opts.Context)
		var all []Warning
		for _, w := range tokWarnings {
			all = append(all, Warning{Category: w.Category, Msg: w.Msg, Filename: w.Filename, Lineno: w.Lineno})
		}
		return co, append(all, ws...), err
	}
	return compileModWarnings(mod, src, filename, opts.Optimize, opts.Context)
}

// compileMod compiles a parsed module as CPython 3.11's _PyAST_Compile
// does after parsing: __future__ imports, the AST optimizer, the symbol
// table, code generation and assembly. Nested code objects get their fake
// addresses in the order dis prints them.
func compileMod(mod syntax.Mod, src []byte, filename string, optimize int) (*bytecode.Code, error) {
	return compileModIn(mod, src, filename, optimize, ContextDis)
}

// compileModIn is compileMod for the compile() of a given command.
func compileModIn(mod syntax.Mod, src []byte, filename string, optimize int, ctx Context) (*bytecode.Code, error) {
	co, _, err := compileModWarnings(mod, src, filename, optimize, ctx)
	return co, err
}

// compileModWarnings is compileModIn that also returns the warnings.
func compileModWarnings(mod syntax.Mod, src []byte, filename string, optimize int, ctx Context) (co *bytecode.Code, warnings []Warning, err error) {
	defer func() {
		// A broken invariant is a bug, never the user's: report it
		// instead of crashing the caller.
		if r := recover(); r != nil {
			co, warnings, err = nil, nil, fmt.Errorf("internal error: compiling %s: %v", filename, r)
		}
	}()
	co, warnings, err = compileModNoText(mod, src, filename, optimize, ctx)
	if err != nil {
		return nil, warnings, withSourceText(err, src)
	}
	bytecode.AssignAddrs(co)
	return co, warnings, nil
}

func compileModNoText(mod syntax.Mod, src []byte, filename string, optimize int, ctx Context) (*bytecode.Code, []Warning, error) {
	depth := ctx.depth()
	// Identifiers are interned as the parser makes them.
	im := newInternModel(mod, ctx)
	future, _, err := parseFuture(mod, filename)
	if err != nil {
		return nil, nil, err
	}
	if err := optimizeASTAt(mod, optimize, future&coFutureAnnotations != 0, depth); err != nil {
		return nil, nil, err
	}
	st, err := buildSymtableAt(mod, filename, 0, depth)
	if err != nil {
		return nil, nil, err
	}
	c := &compiler{
		filename: filename,
		src:      src,
		st:       st,
		future:   st.Future,
		optimize: optimize,
		intern:   im,
	}
	co, err := c.mod(mod)
	return co, c.warnings, err
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
