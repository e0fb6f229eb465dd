package compiler

import (
	"errors"
	"fmt"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// The AST optimizer: CPython 3.11's Python/ast_opt.c.
//
// It walks the tree post-order (children before their parent) and replaces
// nodes; it never reorders anything. What it does, rule by rule:
//
//   - UnaryOp on a Constant: -, +, ~ and `not` evaluated (fold_unaryop).
//   - `not (a is b)`, `not (a is not b)`, `not (a in b)`, `not (a not in b)`
//     with a single comparator become the Compare with the operator
//     inverted. The other comparisons are left alone: `not (a == b)` is not
//     `a != b` for every type.
//   - BinOp on two Constants: every operator but @, with ast_opt.c's size
//     guards (fold_binop, safe_multiply, safe_power, safe_lshift, safe_mod).
//     An operation that raises leaves the node as it was.
//   - `'…' % (a, b)` with simple %s/%r/%a units becomes an f-string
//     (optimize_format, see fold_format.go).
//   - Subscript of a Constant by a Constant (fold_subscr).
//   - Tuple displays (Load) of Constants become a Constant tuple.
//   - The last comparator of `in`/`not in`, the iterable of `for` and of
//     every comprehension: a list display becomes a tuple, a display of
//     constants a constant tuple or frozenset (fold_iter).
//   - `__debug__` becomes Constant(optimize == 0).
//   - A string constant that folding makes the first statement of a body is
//     wrapped in a JoinedStr so that it does not become a docstring.
//   - Annotations are not folded under `from __future__ import annotations`.
//
// A node that is replaced by a Constant keeps its own span.

// ErrCompileRecursion is CPython's RecursionError "maximum recursion depth
// exceeded during compilation", raised by the AST optimizer when the tree
// nests expressions, statements and patterns more than 3000 deep.
var ErrCompileRecursion = errors.New("maximum recursion depth exceeded during compilation")

// foldRecursionLimit is CPython 3.11's limit for the AST optimizer: the
// default recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3).
const foldRecursionLimit = 1000 * 3

// optimizeAST folds constants in mod in place, as _PyAST_Optimize does.
// optimize is the -O level (it decides __debug__); futureAnnotations is
// true under `from __future__ import annotations`. The only error is
// ErrCompileRecursion (or an internal failure). The nesting is counted
// from 0, as for a module that `python3 FILE.py` compiles.
func optimizeAST(mod syntax.Mod, optimize int, futureAnnotations bool) error {
	return optimizeASTAt(mod, optimize, futureAnnotations, 0)
}

// optimizeASTAt is optimizeAST for a compile() called with pythonDepth
// Python frames on the stack: CPython starts the optimizer's count at
// three times the interpreter's recursion depth, so the limit comes
// sooner (`python3 -m dis FILE` compiles at depth 6: 18 levels fewer).
func optimizeASTAt(mod syntax.Mod, optimize int, futureAnnotations bool, pythonDepth int) (err error) {
	f := &folder{optimize: optimize, futureAnnotations: futureAnnotations, depth: 3 * pythonDepth}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: AST optimizer: %v", r)
		}
	}()
	switch m := mod.(type) {
	case *syntax.Module:
		f.body(m.Body)
	case *syntax.Interactive:
		f.stmts(m.Body)
	case *syntax.Expression:
		m.Body = f.expr(m.Body)
	case *syntax.FunctionType:
		// Not folded.
	}
	return f.err
}

type folder struct {
	optimize          int
	futureAnnotations bool
	depth             int
	err               error
}

// enter counts one level of nesting (astfold_expr, astfold_stmt and
// astfold_pattern do); it reports false once the limit is exceeded.
func (f *folder) enter() bool {
	if f.err != nil {
		return false
	}
	f.depth++
	if f.depth > foldRecursionLimit {
		f.err = ErrCompileRecursion
		return false
	}
	return true
}

// body is astfold_body: the statements of a module, class or function,
// then the docstring guard.
func (f *folder) body(stmts []syntax.Stmt) {
	hadDocstring := isDocstring(stmts)
	f.stmts(stmts)
	if f.err == nil && !hadDocstring && isDocstring(stmts) {
		st := stmts[0].(*syntax.ExprStmt)
		st.Value = &syntax.JoinedStr{Pos: st.Pos, Values: []syntax.Expr{st.Value}}
	}
}

// isDocstring is _PyAST_GetDocString != NULL: the first statement is an
// expression statement whose value is a str Constant.
func isDocstring(stmts []syntax.Stmt) bool {
	if len(stmts) == 0 {
		return false
	}
	st, ok := stmts[0].(*syntax.ExprStmt)
	if !ok {
		return false
	}
	c, ok := st.Value.(*syntax.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(constant.Str)
	return ok
}

func (f *folder) stmts(list []syntax.Stmt) {
	for _, s := range list {
		if s != nil {
			f.stmt(s)
		}
	}
}

func (f *folder) exprs(list []syntax.Expr) {
	for i, e := range list {
		if e != nil {
			list[i] = f.expr(e)
		}
	}
}

// annotation folds an annotation unless annotations are postponed.
func (f *folder) annotation(e syntax.Expr) syntax.Expr {
	if f.futureAnnotations {
		return e
	}
	return f.expr(e)
}

func (f *folder) stmt(s syntax.Stmt) {
	if !f.enter() {
		return
	}
	switch n := s.(type) {
	case *syntax.FunctionDef:
		f.arguments(n.Args)
		f.body(n.Body)
		f.exprs(n.DecoratorList)
		n.Returns = f.annotation(n.Returns)
	case *syntax.AsyncFunctionDef:
		f.arguments(n.Args)
		f.body(n.Body)
		f.exprs(n.DecoratorList)
		n.Returns = f.annotation(n.Returns)
	case *syntax.ClassDef:
		f.exprs(n.Bases)
		f.keywords(n.Keywords)
		f.body(n.Body)
		f.exprs(n.DecoratorList)
	case *syntax.Return:
		n.Value = f.expr(n.Value)
	case *syntax.Delete:
		f.exprs(n.Targets)
	case *syntax.Assign:
		f.exprs(n.Targets)
		n.Value = f.expr(n.Value)
	case *syntax.AugAssign:
		n.Target = f.expr(n.Target)
		n.Value = f.expr(n.Value)
	case *syntax.AnnAssign:
		n.Target = f.expr(n.Target)
		n.Annotation = f.annotation(n.Annotation)
		n.Value = f.expr(n.Value)
	case *syntax.For:
		n.Target = f.expr(n.Target)
		n.Iter = f.expr(n.Iter)
		f.stmts(n.Body)
		f.stmts(n.Orelse)
		n.Iter = f.foldIter(n.Iter)
	case *syntax.AsyncFor:
		// CPython 3.11 does not apply fold_iter to `async for`.
		n.Target = f.expr(n.Target)
		n.Iter = f.expr(n.Iter)
		f.stmts(n.Body)
		f.stmts(n.Orelse)
	case *syntax.While:
		n.Test = f.expr(n.Test)
		f.stmts(n.Body)
		f.stmts(n.Orelse)
	case *syntax.If:
		n.Test = f.expr(n.Test)
		f.stmts(n.Body)
		f.stmts(n.Orelse)
	case *syntax.With:
		f.withItems(n.Items)
		f.stmts(n.Body)
	case *syntax.AsyncWith:
		f.withItems(n.Items)
		f.stmts(n.Body)
	case *syntax.Raise:
		n.Exc = f.expr(n.Exc)
		n.Cause = f.expr(n.Cause)
	case *syntax.Try:
		f.stmts(n.Body)
		f.handlers(n.Handlers)
		f.stmts(n.Orelse)
		f.stmts(n.Finalbody)
	case *syntax.TryStar:
		f.stmts(n.Body)
		f.handlers(n.Handlers)
		f.stmts(n.Orelse)
		f.stmts(n.Finalbody)
	case *syntax.Assert:
		n.Test = f.expr(n.Test)
		n.Msg = f.expr(n.Msg)
	case *syntax.ExprStmt:
		n.Value = f.expr(n.Value)
	case *syntax.Match:
		n.Subject = f.expr(n.Subject)
		for _, c := range n.Cases {
			c.Pattern = f.pattern(c.Pattern)
			c.Guard = f.expr(c.Guard)
			f.stmts(c.Body)
		}
	case *syntax.Import, *syntax.ImportFrom, *syntax.Global, *syntax.Nonlocal,
		*syntax.Pass, *syntax.Break, *syntax.Continue:
		// Nothing to fold.
	}
	f.depth--
}

func (f *folder) arguments(a *syntax.Arguments) {
	if a == nil {
		return
	}
	f.args(a.Posonlyargs)
	f.args(a.Args)
	f.arg(a.Vararg)
	f.args(a.Kwonlyargs)
	f.exprs(a.KwDefaults)
	f.arg(a.Kwarg)
	f.exprs(a.Defaults)
}

func (f *folder) args(list []*syntax.Arg) {
	for _, a := range list {
		f.arg(a)
	}
}

func (f *folder) arg(a *syntax.Arg) {
	if a != nil {
		a.Annotation = f.annotation(a.Annotation)
	}
}

func (f *folder) keywords(list []*syntax.Keyword) {
	for _, k := range list {
		if k != nil {
			k.Value = f.expr(k.Value)
		}
	}
}

func (f *folder) withItems(list []*syntax.WithItem) {
	for _, w := range list {
		if w != nil {
			w.ContextExpr = f.expr(w.ContextExpr)
			w.OptionalVars = f.expr(w.OptionalVars)
		}
	}
}

func (f *folder) handlers(list []*syntax.ExceptHandler) {
	for _, h := range list {
		if h != nil {
			h.Type = f.expr(h.Type)
			f.stmts(h.Body)
		}
	}
}

func (f *folder) comprehensions(list []*syntax.Comprehension) {
	for _, c := range list {
		if c == nil {
			continue
		}
		c.Target = f.expr(c.Target)
		c.Iter = f.expr(c.Iter)
		f.exprs(c.Ifs)
		c.Iter = f.foldIter(c.Iter)
	}
}

// pattern folds the expressions inside a match pattern (in practice the
// negative and complex numbers of value patterns and mapping keys).
func (f *folder) pattern(p syntax.Pattern) syntax.Pattern {
	if p == nil || !f.enter() {
		return p
	}
	switch n := p.(type) {
	case *syntax.MatchValue:
		n.Value = f.expr(n.Value)
	case *syntax.MatchSequence:
		f.patterns(n.Patterns)
	case *syntax.MatchMapping:
		f.exprs(n.Keys)
		f.patterns(n.Patterns)
	case *syntax.MatchClass:
		n.Cls = f.expr(n.Cls)
		f.patterns(n.Patterns)
		f.patterns(n.KwdPatterns)
	case *syntax.MatchAs:
		n.Pattern = f.pattern(n.Pattern)
	case *syntax.MatchOr:
		f.patterns(n.Patterns)
	case *syntax.MatchSingleton, *syntax.MatchStar:
	}
	f.depth--
	return p
}

func (f *folder) patterns(list []syntax.Pattern) {
	for i, p := range list {
		list[i] = f.pattern(p)
	}
}

// expr is astfold_expr: it folds the children of e, then e itself, and
// returns the node that replaces e (e itself when nothing folds).
func (f *folder) expr(e syntax.Expr) syntax.Expr {
	if e == nil || !f.enter() {
		return e
	}
	switch n := e.(type) {
	case *syntax.BoolOp:
		f.exprs(n.Values)
	case *syntax.BinOp:
		n.Left = f.expr(n.Left)
		n.Right = f.expr(n.Right)
		e = f.foldBinOp(n)
	case *syntax.UnaryOp:
		n.Operand = f.expr(n.Operand)
		e = foldUnaryOp(n)
	case *syntax.Lambda:
		f.arguments(n.Args)
		n.Body = f.expr(n.Body)
	case *syntax.IfExp:
		n.Test = f.expr(n.Test)
		n.Body = f.expr(n.Body)
		n.Orelse = f.expr(n.Orelse)
	case *syntax.Dict:
		f.exprs(n.Keys)
		f.exprs(n.Values)
	case *syntax.Set:
		f.exprs(n.Elts)
	case *syntax.ListComp:
		n.Elt = f.expr(n.Elt)
		f.comprehensions(n.Generators)
	case *syntax.SetComp:
		n.Elt = f.expr(n.Elt)
		f.comprehensions(n.Generators)
	case *syntax.DictComp:
		n.Key = f.expr(n.Key)
		n.Value = f.expr(n.Value)
		f.comprehensions(n.Generators)
	case *syntax.GeneratorExp:
		n.Elt = f.expr(n.Elt)
		f.comprehensions(n.Generators)
	case *syntax.Await:
		n.Value = f.expr(n.Value)
	case *syntax.Yield:
		n.Value = f.expr(n.Value)
	case *syntax.YieldFrom:
		n.Value = f.expr(n.Value)
	case *syntax.Compare:
		n.Left = f.expr(n.Left)
		f.exprs(n.Comparators)
		f.foldCompare(n)
	case *syntax.Call:
		n.Func = f.expr(n.Func)
		f.exprs(n.Args)
		f.keywords(n.Keywords)
	case *syntax.FormattedValue:
		n.Value = f.expr(n.Value)
		n.FormatSpec = f.expr(n.FormatSpec)
	case *syntax.JoinedStr:
		f.exprs(n.Values)
	case *syntax.Attribute:
		n.Value = f.expr(n.Value)
	case *syntax.Subscript:
		n.Value = f.expr(n.Value)
		n.Slice = f.expr(n.Slice)
		e = foldSubscript(n)
	case *syntax.Starred:
		n.Value = f.expr(n.Value)
	case *syntax.Slice:
		n.Lower = f.expr(n.Lower)
		n.Upper = f.expr(n.Upper)
		n.Step = f.expr(n.Step)
	case *syntax.List:
		f.exprs(n.Elts)
	case *syntax.Tuple:
		f.exprs(n.Elts)
		e = foldTuple(n)
	case *syntax.Name:
		if n.Ctx == syntax.Load && n.Id == "__debug__" {
			e = makeConst(n, constant.Bool(f.optimize == 0))
		}
	case *syntax.NamedExpr:
		n.Value = f.expr(n.Value)
	case *syntax.Constant:
		// Already a constant.
	}
	if f.err == nil {
		f.depth--
	}
	return e
}

// makeConst is make_const: a Constant with the value, at the span of the
// node it replaces.
func makeConst(node syntax.Expr, v constant.Value) *syntax.Constant {
	return &syntax.Constant{Pos: node.Span(), Value: v}
}

// constValue returns the value of a Constant node.
func constValue(e syntax.Expr) (constant.Value, bool) {
	c, ok := e.(*syntax.Constant)
	if !ok {
		return nil, false
	}
	return c.Value, true
}

// foldUnaryOp is fold_unaryop.
func foldUnaryOp(n *syntax.UnaryOp) syntax.Expr {
	v, ok := constValue(n.Operand)
	if !ok {
		// `not (a OP b)` for the operators whose negation is another
		// operator for every type. CPython copies the Compare node over
		// the UnaryOp, so the result has the Compare's span.
		cmp, isCmp := n.Operand.(*syntax.Compare)
		if n.Op != syntax.Not || !isCmp || len(cmp.Ops) != 1 {
			return n
		}
		switch cmp.Ops[0] {
		case syntax.Is:
			cmp.Ops[0] = syntax.IsNot
		case syntax.IsNot:
			cmp.Ops[0] = syntax.Is
		case syntax.In:
			cmp.Ops[0] = syntax.NotIn
		case syntax.NotIn:
			cmp.Ops[0] = syntax.In
		default:
			return n
		}
		return cmp
	}
	if r, ok := foldUnary(n.Op, v); ok {
		return makeConst(n, r)
	}
	return n
}

// foldBinOp is fold_binop.
func (f *folder) foldBinOp(n *syntax.BinOp) syntax.Expr {
	lv, ok := constValue(n.Left)
	if !ok {
		return n
	}
	if s, isStr := lv.(constant.Str); isStr && n.Op == syntax.Mod_ {
		if t, isTuple := n.Right.(*syntax.Tuple); isTuple && !hasStarred(t.Elts) {
			return optimizeFormat(n, s, t.Elts)
		}
	}
	rv, ok := constValue(n.Right)
	if !ok || n.Op == syntax.MatMult {
		return n
	}
	if r, ok := foldBinary(n.Op, lv, rv); ok {
		return makeConst(n, r)
	}
	return n
}

func hasStarred(elts []syntax.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// constTuple is make_const_tuple: the values of elts if all are Constants.
func constTuple(elts []syntax.Expr) (constant.Tuple, bool) {
	t := make(constant.Tuple, len(elts))
	for i, e := range elts {
		v, ok := constValue(e)
		if !ok {
			return nil, false
		}
		t[i] = v
	}
	return t, true
}

// foldTuple is fold_tuple: a Load tuple display of Constants, nested or
// not and of any length, becomes a Constant.
func foldTuple(n *syntax.Tuple) syntax.Expr {
	if n.Ctx != syntax.Load {
		return n
	}
	if t, ok := constTuple(n.Elts); ok {
		return makeConst(n, t)
	}
	return n
}

// foldSubscript is fold_subscr: a Constant indexed by a Constant (never a
// slice, which is not a Constant).
func foldSubscript(n *syntax.Subscript) syntax.Expr {
	if n.Ctx != syntax.Load {
		return n
	}
	v, ok := constValue(n.Value)
	if !ok {
		return n
	}
	idx, ok := constValue(n.Slice)
	if !ok {
		return n
	}
	if r, ok := getItem(v, idx); ok {
		return makeConst(n, r)
	}
	return n
}

// foldIter is fold_iter: a list display without starred items becomes a
// tuple display (a Constant tuple if all items are Constants); a set
// display of Constants becomes a Constant frozenset.
func (f *folder) foldIter(e syntax.Expr) syntax.Expr {
	switch n := e.(type) {
	case *syntax.List:
		if hasStarred(n.Elts) {
			return e
		}
		t := &syntax.Tuple{Pos: n.Pos, Elts: n.Elts, Ctx: n.Ctx}
		if v, ok := constTuple(n.Elts); ok {
			return makeConst(t, v)
		}
		return t
	case *syntax.Set:
		if v, ok := constTuple(n.Elts); ok {
			return makeConst(n, constant.NewFrozenSet(v))
		}
	}
	return e
}

// foldCompare is fold_compare: only the last comparator, and only for
// `in` and `not in`.
func (f *folder) foldCompare(n *syntax.Compare) {
	i := len(n.Ops) - 1
	if i < 0 || i >= len(n.Comparators) {
		return
	}
	if op := n.Ops[i]; op == syntax.In || op == syntax.NotIn {
		n.Comparators[i] = f.foldIter(n.Comparators[i])
	}
}
