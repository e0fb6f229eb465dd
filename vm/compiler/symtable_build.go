package compiler

import (
	"fmt"
	"strings"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/syntax"
)

// buildSymtable builds the symbol table of a module (CPython 3.11's
// _PySymtable_Build, preceded by _PyFuture_FromAST): it reads the
// module's __future__ imports, merges their flags with flags (the compile
// flags, e.g. CO_FUTURE_ANNOTATIONS), records in pass one what every block
// does with every name, and resolves every name's scope in pass two.
//
// mod is what the code generator compiles: CPython builds the table after
// the AST optimizer has run. Errors are *syntax.Error with CPython's
// message and position; their Offset and EndOffset are CPython's too, the
// UTF-8 byte column plus one (unlike the parser, CPython does not convert
// these to characters), and their Text is left for the caller, who has
// the source, to fill in.
func buildSymtable(mod syntax.Mod, filename string, flags uint32) (*symtable, error) {
	return buildSymtableAt(mod, filename, flags, 0)
}

// buildSymtableAt is buildSymtable for a compile() called with pythonDepth
// Python frames on the stack: like the AST optimizer, CPython starts the
// symbol table's nesting count at three times the interpreter's recursion
// depth, so ErrCompileRecursion comes that much sooner.
func buildSymtableAt(mod syntax.Mod, filename string, flags uint32, pythonDepth int) (*symtable, error) {
	future, futureLine, err := parseFuture(mod, filename)
	if err != nil {
		return nil, err
	}
	st := &symtable{
		byNode:       map[syntax.Node]*scopeBlock{},
		Future:       future | flags,
		FutureLineno: futureLine,
		filename:     filename,
	}
	b := &builder{st: st, filename: filename, depth: 3 * pythonDepth}
	b.enterBlock("top", ModuleBlock, mod, syntax.Pos{})
	st.Top = b.cur
	switch m := mod.(type) {
	case *syntax.Module:
		err = b.visitStmts(m.Body)
	case *syntax.Interactive:
		err = b.visitStmts(m.Body)
	case *syntax.Expression:
		err = b.visitExpr(m.Body)
	case *syntax.FunctionType:
		err = fmt.Errorf("%s: this compiler does not handle FunctionTypes", filename)
	default:
		err = fmt.Errorf("%s: unknown module node %T", filename, mod)
	}
	if err != nil {
		return nil, err
	}
	b.exitBlock()
	if err := analyze(st); err != nil {
		return nil, err
	}
	return st, nil
}

// maxSymtableDepth is how deeply statements, expressions and patterns may
// nest: CPython 3.11 allows three times the recursion limit (1000) when it
// builds a symbol table, and raises RecursionError past it.
const maxSymtableDepth = 3 * 1000

// builder is the state of pass one (CPython's struct symtable while the
// symtable_visit_* functions run).
type builder struct {
	st       *symtable
	filename string
	// stack holds the blocks being visited, innermost last; cur is the
	// innermost.
	stack []*scopeBlock
	cur   *scopeBlock
	// private is the name of the innermost enclosing class, for mangling
	// (st_private); "" outside any class.
	private string
	depth   int
}

// Error messages of pass one (CPython 3.11 symtable.c).
const (
	msgGlobalParam              = "name '%s' is parameter and global"
	msgNonlocalParam            = "name '%s' is parameter and nonlocal"
	msgGlobalAfterAssign        = "name '%s' is assigned to before global declaration"
	msgNonlocalAfterAssign      = "name '%s' is assigned to before nonlocal declaration"
	msgGlobalAfterUse           = "name '%s' is used prior to global declaration"
	msgNonlocalAfterUse         = "name '%s' is used prior to nonlocal declaration"
	msgGlobalAnnot              = "annotated name '%s' can't be global"
	msgNonlocalAnnot            = "annotated name '%s' can't be nonlocal"
	msgImportStar               = "import * only allowed at module level"
	msgNamedExprCompInClass     = "assignment expression within a comprehension cannot be used in a class body"
	msgNamedExprCompConflict    = "assignment expression cannot rebind comprehension iteration variable '%s'"
	msgNamedExprInnerLoop       = "comprehension inner loop cannot rebind assignment expression target '%s'"
	msgNamedExprCompIterExpr    = "assignment expression cannot be used in a comprehension iterable expression"
	msgAnnotationNotAllowed     = "'%s' can not be used within an annotation"
	msgDuplicateArgument        = "duplicate argument '%s' in function definition"
	msgNoBindingForNonlocal     = "no binding for nonlocal '%s' found"
	msgNonlocalAtModuleLevel    = "nonlocal declaration not allowed at module level"
	msgNonlocalAndGlobal        = "name '%s' is nonlocal and global"
	msgYieldInsideComprehension = "'yield' inside %s"
)

// errorAt returns a SyntaxError located at pos as CPython's
// PyErr_RangedSyntaxLocationObject(lineno, col_offset + 1, end_lineno,
// end_col_offset + 1) locates it.
func errorAt(filename string, pos syntax.Pos, msg string) error {
	return &syntax.Error{
		Kind:      "SyntaxError",
		Msg:       msg,
		Filename:  filename,
		Lineno:    pos.Lineno,
		Offset:    pos.ColOffset + 1,
		EndLineno: pos.EndLineno,
		EndOffset: pos.EndColOffset + 1,
	}
}

func (b *builder) errorAt(pos syntax.Pos, format string, args ...any) error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return errorAt(b.filename, pos, msg)
}

// ---- blocks ----

// enterBlock starts a new block for node and makes it current
// (symtable_enter_block). Every block but an annotation block becomes a
// child of the block it appears in.
func (b *builder) enterBlock(name string, typ BlockType, node syntax.Node, pos syntax.Pos) {
	ste := &scopeBlock{
		Type:         typ,
		Name:         name,
		Flags:        map[string]int{},
		Scopes:       map[string]Scope{},
		Lineno:       pos.Lineno,
		ColOffset:    pos.ColOffset,
		EndLineno:    pos.EndLineno,
		EndColOffset: pos.EndColOffset,
	}
	prev := b.cur
	if prev != nil && (prev.Nested || prev.Type == FunctionBlock) {
		ste.Nested = true
	}
	// bpo-37757: an assignment expression anywhere inside a
	// comprehension's iterable is an error, even inside a nested lambda
	// or comprehension, so the count is inherited.
	if prev != nil {
		ste.compIterExpr = prev.compIterExpr
	}
	b.stack = append(b.stack, ste)
	b.cur = ste
	if typ == AnnotationBlock {
		return
	}
	b.st.byNode[node] = ste
	if prev != nil {
		prev.Children = append(prev.Children, ste)
	}
}

// exitBlock makes the enclosing block current again.
func (b *builder) exitBlock() {
	b.stack = b.stack[:len(b.stack)-1]
	b.cur = nil
	if n := len(b.stack); n > 0 {
		b.cur = b.stack[n-1]
	}
}

// ---- recording names ----

// lookup returns the flags name has so far in the current block.
func (b *builder) lookup(name string) int {
	return b.cur.Flags[mangle(b.private, name)]
}

// addDef records flag for name in the current block.
func (b *builder) addDef(name string, flag int, pos syntax.Pos) error {
	return b.addDefIn(b.cur, name, flag, pos)
}

// addDefIn records flag for name in block ste (symtable_add_def_helper).
// The name is mangled with the current class name, even when ste is an
// enclosing block.
func (b *builder) addDefIn(ste *scopeBlock, name string, flag int, pos syntax.Pos) error {
	mangled := mangle(b.private, name)
	val, ok := ste.Flags[mangled]
	if ok {
		if flag&DefParam != 0 && val&DefParam != 0 {
			// CPython reports the name as written, not mangled.
			return b.errorAt(pos, msgDuplicateArgument, name)
		}
		val |= flag
	} else {
		val = flag
	}
	if ste.compIterTarget {
		// An iteration variable of a comprehension may not be the target
		// of an assignment expression of that comprehension; remember it
		// as such so that a later assignment expression can check.
		if val&(DefGlobal|DefNonlocal) != 0 {
			return b.errorAt(pos, msgNamedExprInnerLoop, name)
		}
		val |= DefCompIter
	}
	ste.setFlags(mangled, val)
	if flag&DefParam != 0 {
		ste.VarNames = append(ste.VarNames, mangled)
	} else if flag&DefGlobal != 0 {
		// A global declaration anywhere is also recorded in the module's
		// table (st_global).
		top := b.st.Top
		top.setFlags(mangled, flag|top.Flags[mangled])
	}
	return nil
}

// recordDirective remembers where a global or nonlocal declaration of name
// was made in the current block.
func (b *builder) recordDirective(name string, pos syntax.Pos) {
	b.cur.directives = append(b.cur.directives, directive{name: mangle(b.private, name), pos: pos})
}

// ---- statements ----

func (b *builder) visitStmts(stmts []syntax.Stmt) error {
	for _, s := range stmts {
		if err := b.visitStmt(s); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) visitExprs(exprs []syntax.Expr) error {
	for _, e := range exprs {
		// Optional entries (dict unpacking keys, missing kw-only
		// defaults) are nil and skipped, as VISIT_SEQ_WITH_NULL does.
		if e == nil {
			continue
		}
		if err := b.visitExpr(e); err != nil {
			return err
		}
	}
	return nil
}

// enter counts one level of nesting, failing past CPython's limit.
func (b *builder) enter() error {
	b.depth++
	if b.depth > maxSymtableDepth {
		return ErrCompileRecursion
	}
	return nil
}

func (b *builder) visitStmt(s syntax.Stmt) error {
	if err := b.enter(); err != nil {
		return err
	}
	err := b.stmt(s)
	b.depth--
	return err
}

// stmt is symtable_visit_stmt. The order in which parts of a statement are
// visited decides the order of Children and which of several errors is
// reported, so it follows CPython's exactly.
func (b *builder) stmt(s syntax.Stmt) error {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		return b.functionDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		return b.functionDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		if err := b.addDef(s.Name, DefLocal, s.Pos); err != nil {
			return err
		}
		if err := b.visitExprs(s.Bases); err != nil {
			return err
		}
		if err := b.visitKeywords(s.Keywords); err != nil {
			return err
		}
		if err := b.visitExprs(s.DecoratorList); err != nil {
			return err
		}
		b.enterBlock(s.Name, ClassBlock, s, s.Pos)
		saved := b.private
		b.private = s.Name
		err := b.visitStmts(s.Body)
		b.private = saved
		if err != nil {
			return err
		}
		b.exitBlock()
	case *syntax.Return:
		if s.Value != nil {
			if err := b.visitExpr(s.Value); err != nil {
				return err
			}
			b.cur.ReturnsValue = true
		}
	case *syntax.Delete:
		return b.visitExprs(s.Targets)
	case *syntax.Assign:
		if err := b.visitExprs(s.Targets); err != nil {
			return err
		}
		return b.visitExpr(s.Value)
	case *syntax.AnnAssign:
		return b.annAssign(s)
	case *syntax.AugAssign:
		if err := b.visitExpr(s.Target); err != nil {
			return err
		}
		return b.visitExpr(s.Value)
	case *syntax.For:
		return b.forLoop(s.Target, s.Iter, s.Body, s.Orelse)
	case *syntax.AsyncFor:
		return b.forLoop(s.Target, s.Iter, s.Body, s.Orelse)
	case *syntax.While:
		if err := b.visitExpr(s.Test); err != nil {
			return err
		}
		if err := b.visitStmts(s.Body); err != nil {
			return err
		}
		return b.visitStmts(s.Orelse)
	case *syntax.If:
		if err := b.visitExpr(s.Test); err != nil {
			return err
		}
		if err := b.visitStmts(s.Body); err != nil {
			return err
		}
		return b.visitStmts(s.Orelse)
	case *syntax.Match:
		if err := b.visitExpr(s.Subject); err != nil {
			return err
		}
		for _, c := range s.Cases {
			if err := b.visitPattern(c.Pattern); err != nil {
				return err
			}
			if c.Guard != nil {
				if err := b.visitExpr(c.Guard); err != nil {
					return err
				}
			}
			if err := b.visitStmts(c.Body); err != nil {
				return err
			}
		}
	case *syntax.Raise:
		if s.Exc != nil {
			if err := b.visitExpr(s.Exc); err != nil {
				return err
			}
			if s.Cause != nil {
				return b.visitExpr(s.Cause)
			}
		}
	case *syntax.Try:
		return b.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.TryStar:
		return b.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.Assert:
		if err := b.visitExpr(s.Test); err != nil {
			return err
		}
		if s.Msg != nil {
			return b.visitExpr(s.Msg)
		}
	case *syntax.Import:
		return b.visitAliases(s.Names)
	case *syntax.ImportFrom:
		return b.visitAliases(s.Names)
	case *syntax.Global:
		return b.declare(s.Names, s.Pos, DefGlobal)
	case *syntax.Nonlocal:
		return b.declare(s.Names, s.Pos, DefNonlocal)
	case *syntax.ExprStmt:
		return b.visitExpr(s.Value)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	case *syntax.With:
		return b.with(s.Items, s.Body)
	case *syntax.AsyncWith:
		return b.with(s.Items, s.Body)
	default:
		return fmt.Errorf("%s: symtable: unknown statement %T", b.filename, s)
	}
	return nil
}

// functionDef visits a def or async def: the name is bound where the def
// is; defaults, kw-only defaults, annotations and decorators are evaluated
// there too (in that order); parameters and body belong to the new block.
func (b *builder) functionDef(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr, async bool) error {
	pos := s.Span()
	if args == nil {
		args = &syntax.Arguments{}
	}
	if err := b.addDef(name, DefLocal, pos); err != nil {
		return err
	}
	if err := b.visitExprs(args.Defaults); err != nil {
		return err
	}
	if err := b.visitExprs(args.KwDefaults); err != nil {
		return err
	}
	if err := b.visitAnnotations(s, pos, args, returns); err != nil {
		return err
	}
	if err := b.visitExprs(decorators); err != nil {
		return err
	}
	b.enterBlock(name, FunctionBlock, s, pos)
	if async {
		b.cur.Coroutine = true
	}
	if err := b.visitArguments(args); err != nil {
		return err
	}
	if err := b.visitStmts(body); err != nil {
		return err
	}
	b.exitBlock()
	return nil
}

// annAssign visits an annotated assignment. A simple target ("x: int",
// not "(x): int") is annotated in the block; annotating a name declared
// global or nonlocal is an error outside the module.
func (b *builder) annAssign(s *syntax.AnnAssign) error {
	if name, ok := s.Target.(*syntax.Name); ok {
		cur := b.lookup(name.Id)
		if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.st.Top && s.Simple != 0 {
			msg := msgNonlocalAnnot
			if cur&DefGlobal != 0 {
				msg = msgGlobalAnnot
			}
			return b.errorAt(s.Pos, msg, name.Id)
		}
		// CPython 3.11 records DEF_ANNOT|DEF_LOCAL for a simple target and
		// then, as for a parenthesized one, DEF_LOCAL if a value is
		// assigned; a parenthesized target without a value records
		// nothing at all.
		if s.Simple != 0 {
			if err := b.addDef(name.Id, DefAnnot|DefLocal, name.Pos); err != nil {
				return err
			}
		}
		if s.Value != nil {
			if err := b.addDef(name.Id, DefLocal, name.Pos); err != nil {
				return err
			}
		}
	} else if err := b.visitExpr(s.Target); err != nil {
		return err
	}
	if err := b.visitAnnotation(s.Annotation); err != nil {
		return err
	}
	if s.Value != nil {
		return b.visitExpr(s.Value)
	}
	return nil
}

func (b *builder) forLoop(target, iter syntax.Expr, body, orelse []syntax.Stmt) error {
	if err := b.visitExpr(target); err != nil {
		return err
	}
	if err := b.visitExpr(iter); err != nil {
		return err
	}
	if err := b.visitStmts(body); err != nil {
		return err
	}
	return b.visitStmts(orelse)
}

// try visits a try or try/except* statement. CPython 3.11 visits the else
// block before the handlers.
func (b *builder) try(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, finalbody []syntax.Stmt) error {
	if err := b.visitStmts(body); err != nil {
		return err
	}
	if err := b.visitStmts(orelse); err != nil {
		return err
	}
	for _, h := range handlers {
		if h.Type != nil {
			if err := b.visitExpr(h.Type); err != nil {
				return err
			}
		}
		if h.Name != nil {
			if err := b.addDef(*h.Name, DefLocal, h.Pos); err != nil {
				return err
			}
		}
		if err := b.visitStmts(h.Body); err != nil {
			return err
		}
	}
	return b.visitStmts(finalbody)
}

func (b *builder) with(items []*syntax.WithItem, body []syntax.Stmt) error {
	for _, item := range items {
		if err := b.visitExpr(item.ContextExpr); err != nil {
			return err
		}
		if item.OptionalVars != nil {
			if err := b.visitExpr(item.OptionalVars); err != nil {
				return err
			}
		}
	}
	return b.visitStmts(body)
}

// declare handles a global (flag DefGlobal) or nonlocal (DefNonlocal)
// statement: the name must not already be a parameter, used, annotated or
// assigned in the block.
func (b *builder) declare(names []string, pos syntax.Pos, flag int) error {
	global := flag == DefGlobal
	for _, name := range names {
		cur := b.lookup(name)
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			var msg string
			switch {
			case cur&DefParam != 0:
				msg = pick(global, msgGlobalParam, msgNonlocalParam)
			case cur&Use != 0:
				msg = pick(global, msgGlobalAfterUse, msgNonlocalAfterUse)
			case cur&DefAnnot != 0:
				msg = pick(global, msgGlobalAnnot, msgNonlocalAnnot)
			default:
				msg = pick(global, msgGlobalAfterAssign, msgNonlocalAfterAssign)
			}
			return b.errorAt(pos, msg, name)
		}
		if err := b.addDef(name, flag, pos); err != nil {
			return err
		}
		b.recordDirective(name, pos)
	}
	return nil
}

func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

// visitAliases binds the names an import statement binds: the as-name, or
// else the first component of a dotted name ("import a.b" binds "a").
// "import *" binds nothing and is allowed only in the module block.
func (b *builder) visitAliases(aliases []*syntax.Alias) error {
	for _, a := range aliases {
		name := a.Name
		if a.Asname != nil {
			name = *a.Asname
		}
		if name == "*" {
			if b.cur.Type != ModuleBlock {
				return b.errorAt(a.Pos, msgImportStar)
			}
			continue
		}
		if i := strings.IndexByte(name, '.'); i >= 0 {
			name = name[:i]
		}
		if err := b.addDef(name, DefImport, a.Pos); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) visitKeywords(kws []*syntax.Keyword) error {
	for _, k := range kws {
		if k == nil {
			continue
		}
		if err := b.visitExpr(k.Value); err != nil {
			return err
		}
	}
	return nil
}

// ---- parameters and annotations ----

// visitArguments records the parameters in co_varnames order: positional-
// only, regular, keyword-only, then *args and **kwargs.
func (b *builder) visitArguments(a *syntax.Arguments) error {
	for _, group := range [][]*syntax.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, arg := range group {
			if err := b.addDef(arg.Arg, DefParam, arg.Pos); err != nil {
				return err
			}
		}
	}
	if a.Vararg != nil {
		if err := b.addDef(a.Vararg.Arg, DefParam, a.Vararg.Pos); err != nil {
			return err
		}
		b.cur.Varargs = true
	}
	if a.Kwarg != nil {
		if err := b.addDef(a.Kwarg.Arg, DefParam, a.Kwarg.Pos); err != nil {
			return err
		}
		b.cur.Varkeywords = true
	}
	return nil
}

// futureAnnotations reports whether annotations are strings (PEP 563).
func (b *builder) futureAnnotations() bool {
	return b.st.Future&bytecode.CoFutureAnnots != 0
}

// visitAnnotation visits an annotation of a variable or the return
// annotation of a def; under "from __future__ import annotations" it goes
// in an annotation block of its own.
func (b *builder) visitAnnotation(e syntax.Expr) error {
	future := b.futureAnnotations()
	if future {
		b.enterBlock("_annotation", AnnotationBlock, e, e.Span())
	}
	if err := b.visitExpr(e); err != nil {
		return err
	}
	if future {
		b.exitBlock()
	}
	return nil
}

// visitAnnotations visits the annotations of a def's parameters (in the
// order posonly, regular, *args, **kwargs, kw-only, which is CPython
// 3.11's) and then its return annotation.
func (b *builder) visitAnnotations(s syntax.Node, pos syntax.Pos, a *syntax.Arguments, returns syntax.Expr) error {
	future := b.futureAnnotations()
	if future {
		b.enterBlock("_annotation", AnnotationBlock, s, pos)
	}
	var annots []syntax.Expr
	for _, arg := range a.Posonlyargs {
		annots = append(annots, arg.Annotation)
	}
	for _, arg := range a.Args {
		annots = append(annots, arg.Annotation)
	}
	if a.Vararg != nil {
		annots = append(annots, a.Vararg.Annotation)
	}
	if a.Kwarg != nil {
		annots = append(annots, a.Kwarg.Annotation)
	}
	for _, arg := range a.Kwonlyargs {
		annots = append(annots, arg.Annotation)
	}
	if err := b.visitExprs(annots); err != nil {
		return err
	}
	if future {
		b.exitBlock()
	}
	if returns != nil {
		return b.visitAnnotation(returns)
	}
	return nil
}

// ---- expressions ----

func (b *builder) visitExpr(e syntax.Expr) error {
	if err := b.enter(); err != nil {
		return err
	}
	err := b.expr(e)
	b.depth--
	return err
}

// expr is symtable_visit_expr.
func (b *builder) expr(e syntax.Expr) error {
	switch e := e.(type) {
	case *syntax.NamedExpr:
		if err := b.notInAnnotation("named expression", e.Pos); err != nil {
			return err
		}
		return b.namedExpr(e)
	case *syntax.BoolOp:
		return b.visitExprs(e.Values)
	case *syntax.BinOp:
		if err := b.visitExpr(e.Left); err != nil {
			return err
		}
		return b.visitExpr(e.Right)
	case *syntax.UnaryOp:
		return b.visitExpr(e.Operand)
	case *syntax.Lambda:
		args := e.Args
		if args == nil {
			args = &syntax.Arguments{}
		}
		if err := b.visitExprs(args.Defaults); err != nil {
			return err
		}
		if err := b.visitExprs(args.KwDefaults); err != nil {
			return err
		}
		b.enterBlock("lambda", FunctionBlock, e, e.Pos)
		if err := b.visitArguments(args); err != nil {
			return err
		}
		if err := b.visitExpr(e.Body); err != nil {
			return err
		}
		b.exitBlock()
	case *syntax.IfExp:
		return b.visitExprs([]syntax.Expr{e.Test, e.Body, e.Orelse})
	case *syntax.Dict:
		// All keys, then all values.
		if err := b.visitExprs(e.Keys); err != nil {
			return err
		}
		return b.visitExprs(e.Values)
	case *syntax.Set:
		return b.visitExprs(e.Elts)
	case *syntax.GeneratorExp:
		return b.comprehension(e, "genexpr", GeneratorExpression, e.Generators, e.Elt, nil)
	case *syntax.ListComp:
		return b.comprehension(e, "listcomp", ListComprehension, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		return b.comprehension(e, "setcomp", SetComprehension, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		return b.comprehension(e, "dictcomp", DictComprehension, e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		if err := b.notInAnnotation("yield expression", e.Pos); err != nil {
			return err
		}
		if e.Value != nil {
			if err := b.visitExpr(e.Value); err != nil {
				return err
			}
		}
		return b.markYield(e.Pos)
	case *syntax.YieldFrom:
		if err := b.notInAnnotation("yield expression", e.Pos); err != nil {
			return err
		}
		if err := b.visitExpr(e.Value); err != nil {
			return err
		}
		return b.markYield(e.Pos)
	case *syntax.Await:
		if err := b.notInAnnotation("await expression", e.Pos); err != nil {
			return err
		}
		if err := b.visitExpr(e.Value); err != nil {
			return err
		}
		b.cur.Coroutine = true
	case *syntax.Compare:
		if err := b.visitExpr(e.Left); err != nil {
			return err
		}
		return b.visitExprs(e.Comparators)
	case *syntax.Call:
		if err := b.visitExpr(e.Func); err != nil {
			return err
		}
		if err := b.visitExprs(e.Args); err != nil {
			return err
		}
		return b.visitKeywords(e.Keywords)
	case *syntax.FormattedValue:
		if err := b.visitExpr(e.Value); err != nil {
			return err
		}
		if e.FormatSpec != nil {
			return b.visitExpr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		return b.visitExprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		return b.visitExpr(e.Value)
	case *syntax.Subscript:
		if err := b.visitExpr(e.Value); err != nil {
			return err
		}
		return b.visitExpr(e.Slice)
	case *syntax.Starred:
		return b.visitExpr(e.Value)
	case *syntax.Slice:
		return b.visitExprs([]syntax.Expr{e.Lower, e.Upper, e.Step})
	case *syntax.Name:
		flag := DefLocal
		if e.Ctx == syntax.Load {
			flag = Use
		}
		if err := b.addDef(e.Id, flag, e.Pos); err != nil {
			return err
		}
		// A function that loads "super" may call it with no arguments,
		// which needs the __class__ cell: count it as a use of __class__.
		if e.Ctx == syntax.Load && b.cur.Type == FunctionBlock && e.Id == "super" {
			return b.addDef("__class__", Use, e.Pos)
		}
	case *syntax.List:
		return b.visitExprs(e.Elts)
	case *syntax.Tuple:
		return b.visitExprs(e.Elts)
	default:
		return fmt.Errorf("%s: symtable: unknown expression %T", b.filename, e)
	}
	return nil
}

// markYield makes the current block a generator; a yield in a
// comprehension is an error.
func (b *builder) markYield(pos syntax.Pos) error {
	b.cur.Generator = true
	if b.cur.Comprehension {
		return b.errorAt(pos, msgYieldInsideComprehension, compDescription(b.cur.CompKind))
	}
	return nil
}

// compDescription names a comprehension kind as CPython's error messages
// do.
func compDescription(k CompKind) string {
	switch k {
	case ListComprehension:
		return "list comprehension"
	case SetComprehension:
		return "set comprehension"
	case DictComprehension:
		return "dict comprehension"
	}
	return "generator expression"
}

// notInAnnotation rejects what an annotation block may not contain
// (symtable_raise_if_annotation_block).
func (b *builder) notInAnnotation(what string, pos syntax.Pos) error {
	if b.cur.Type != AnnotationBlock {
		return nil
	}
	return b.errorAt(pos, msgAnnotationNotAllowed, what)
}

// namedExpr visits an assignment expression. Inside a comprehension the
// target is bound in the nearest enclosing function (or the module), not
// in the comprehension (PEP 572).
func (b *builder) namedExpr(e *syntax.NamedExpr) error {
	if b.cur.compIterExpr > 0 {
		return b.errorAt(e.Pos, msgNamedExprCompIterExpr)
	}
	if b.cur.Comprehension {
		if err := b.extendNamedExprScope(e.Target); err != nil {
			return err
		}
	}
	if err := b.visitExpr(e.Value); err != nil {
		return err
	}
	return b.visitExpr(e.Target)
}

// extendNamedExprScope binds the target of an assignment expression that is
// inside a comprehension in the nearest enclosing function or module block
// (symtable_extend_namedexpr_scope): the comprehension declares it
// nonlocal (global, if the function declares it global or the block is the
// module). A target that is an iteration variable of an enclosing
// comprehension, or a comprehension directly in a class, is an error.
func (b *builder) extendNamedExprScope(target syntax.Expr) error {
	name, ok := target.(*syntax.Name)
	if !ok {
		return fmt.Errorf("%s: symtable: assignment expression target %T is not a name", b.filename, target)
	}
	id := name.Id
	for i := len(b.stack) - 1; i >= 0; i-- {
		ste := b.stack[i]
		if ste.Comprehension {
			// CPython looks the raw name up here, unmangled.
			if ste.Flags[id]&DefCompIter != 0 {
				return b.errorAt(name.Pos, msgNamedExprCompConflict, id)
			}
			continue
		}
		switch ste.Type {
		case FunctionBlock:
			decl := DefNonlocal
			if ste.Flags[id]&DefGlobal != 0 {
				decl = DefGlobal
			}
			if err := b.addDef(id, decl, name.Pos); err != nil {
				return err
			}
			b.recordDirective(id, name.Pos)
			return b.addDefIn(ste, id, DefLocal, name.Pos)
		case ModuleBlock:
			if err := b.addDef(id, DefGlobal, name.Pos); err != nil {
				return err
			}
			b.recordDirective(id, name.Pos)
			return b.addDefIn(ste, id, DefGlobal, name.Pos)
		case ClassBlock:
			return b.errorAt(name.Pos, msgNamedExprCompInClass)
		}
	}
	return fmt.Errorf("%s: symtable: no block for assignment expression target %q", b.filename, id)
}

// comprehension visits a comprehension or generator expression
// (symtable_handle_comprehension). The first iterable is evaluated in the
// enclosing block; everything else runs in a new function block whose one
// parameter, ".0", is the iterator over it.
func (b *builder) comprehension(e syntax.Expr, name string, kind CompKind, generators []*syntax.Comprehension,
	elt, value syntax.Expr) error {
	if len(generators) == 0 {
		return fmt.Errorf("%s: symtable: comprehension without generators", b.filename)
	}
	outermost := generators[0]
	b.cur.compIterExpr++
	err := b.visitExpr(outermost.Iter)
	b.cur.compIterExpr--
	if err != nil {
		return err
	}
	isGenerator := kind == GeneratorExpression
	b.enterBlock(name, FunctionBlock, e, e.Span())
	comp := b.cur
	comp.Comprehension = true
	comp.CompKind = kind
	if outermost.IsAsync != 0 {
		comp.Coroutine = true
	}
	if err := b.addDef(".0", DefParam, syntax.Pos{
		Lineno: comp.Lineno, ColOffset: comp.ColOffset, EndLineno: comp.EndLineno, EndColOffset: comp.EndColOffset,
	}); err != nil {
		return err
	}
	comp.compIterTarget = true
	err = b.visitExpr(outermost.Target)
	comp.compIterTarget = false
	if err != nil {
		return err
	}
	if err := b.visitExprs(outermost.Ifs); err != nil {
		return err
	}
	for _, g := range generators[1:] {
		if err := b.visitGenerator(g); err != nil {
			return err
		}
	}
	if value != nil {
		// A dict comprehension's value is visited before its key.
		if err := b.visitExpr(value); err != nil {
			return err
		}
	}
	if err := b.visitExpr(elt); err != nil {
		return err
	}
	// Only a generator expression is a generator; a yield in another
	// comprehension has already been rejected.
	comp.Generator = isGenerator
	isAsync := comp.Coroutine && !isGenerator
	b.exitBlock()
	// An async list, set or dict comprehension is awaited where it is
	// written, so the enclosing block is a coroutine too.
	if isAsync {
		b.cur.Coroutine = true
	}
	return nil
}

// visitGenerator visits a comprehension's second and later "for" clauses
// (symtable_visit_comprehension), inside the comprehension's block.
func (b *builder) visitGenerator(g *syntax.Comprehension) error {
	cur := b.cur
	cur.compIterTarget = true
	err := b.visitExpr(g.Target)
	cur.compIterTarget = false
	if err != nil {
		return err
	}
	cur.compIterExpr++
	err = b.visitExpr(g.Iter)
	cur.compIterExpr--
	if err != nil {
		return err
	}
	if err := b.visitExprs(g.Ifs); err != nil {
		return err
	}
	if g.IsAsync != 0 {
		cur.Coroutine = true
	}
	return nil
}

// ---- patterns ----

func (b *builder) visitPattern(p syntax.Pattern) error {
	if err := b.enter(); err != nil {
		return err
	}
	err := b.pattern(p)
	b.depth--
	return err
}

func (b *builder) visitPatterns(ps []syntax.Pattern) error {
	for _, p := range ps {
		if err := b.visitPattern(p); err != nil {
			return err
		}
	}
	return nil
}

// pattern is symtable_visit_pattern: capture names are bound in the
// current block.
func (b *builder) pattern(p syntax.Pattern) error {
	switch p := p.(type) {
	case *syntax.MatchValue:
		return b.visitExpr(p.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		return b.visitPatterns(p.Patterns)
	case *syntax.MatchStar:
		if p.Name != nil {
			return b.addDef(*p.Name, DefLocal, p.Pos)
		}
	case *syntax.MatchMapping:
		if err := b.visitExprs(p.Keys); err != nil {
			return err
		}
		if err := b.visitPatterns(p.Patterns); err != nil {
			return err
		}
		if p.Rest != nil {
			return b.addDef(*p.Rest, DefLocal, p.Pos)
		}
	case *syntax.MatchClass:
		if err := b.visitExpr(p.Cls); err != nil {
			return err
		}
		if err := b.visitPatterns(p.Patterns); err != nil {
			return err
		}
		return b.visitPatterns(p.KwdPatterns)
	case *syntax.MatchAs:
		if p.Pattern != nil {
			if err := b.visitPattern(p.Pattern); err != nil {
				return err
			}
		}
		if p.Name != nil {
			return b.addDef(*p.Name, DefLocal, p.Pos)
		}
	case *syntax.MatchOr:
		return b.visitPatterns(p.Patterns)
	default:
		return fmt.Errorf("%s: symtable: unknown pattern %T", b.filename, p)
	}
	return nil
}
