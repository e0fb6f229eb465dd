package compiler

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// Tests on hand-built trees and values; they need no python3.

func ftSpan(l, c, el, ec int) syntax.Pos {
	return syntax.Pos{Lineno: l, ColOffset: c, EndLineno: el, EndColOffset: ec}
}

func ftInt(p syntax.Pos, n int64) *syntax.Constant {
	return &syntax.Constant{Pos: p, Value: constant.Int{V: big.NewInt(n)}}
}

func ftStr(p syntax.Pos, s string) *syntax.Constant {
	return &syntax.Constant{Pos: p, Value: constant.Str(s)}
}

func ftName(p syntax.Pos, id string) *syntax.Name {
	return &syntax.Name{Pos: p, Id: id, Ctx: syntax.Load}
}

func ftAssign(p syntax.Pos, value syntax.Expr) *syntax.Assign {
	return &syntax.Assign{Pos: p, Targets: []syntax.Expr{&syntax.Name{Pos: ftSpan(1, 0, 1, 1), Id: "x", Ctx: syntax.Store}}, Value: value}
}

func ftFold(t *testing.T, body ...syntax.Stmt) *syntax.Module {
	t.Helper()
	m := &syntax.Module{Body: body}
	if err := optimizeAST(m, 0, false); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestFoldedConstantTakesNodeSpan(t *testing.T) {
	// x = -(1 + 2) * 3
	bin := &syntax.BinOp{Pos: ftSpan(1, 6, 1, 11), Left: ftInt(ftSpan(1, 6, 1, 7), 1), Op: syntax.Add, Right: ftInt(ftSpan(1, 10, 1, 11), 2)}
	neg := &syntax.UnaryOp{Pos: ftSpan(1, 4, 1, 12), Op: syntax.USub, Operand: bin}
	mul := &syntax.BinOp{Pos: ftSpan(1, 4, 1, 16), Left: neg, Op: syntax.Mult, Right: ftInt(ftSpan(1, 15, 1, 16), 3)}
	m := ftFold(t, ftAssign(ftSpan(1, 0, 1, 16), mul))
	c, ok := m.Body[0].(*syntax.Assign).Value.(*syntax.Constant)
	if !ok {
		t.Fatalf("not folded: %T", m.Body[0].(*syntax.Assign).Value)
	}
	if c.Value.Repr() != "-9" || c.Pos != mul.Pos || c.Kind != nil {
		t.Errorf("got %s at %+v, want -9 at %+v", c.Value.Repr(), c.Pos, mul.Pos)
	}
}

func TestFoldNotCompareTakesCompareSpan(t *testing.T) {
	for _, tt := range []struct {
		op, want syntax.CmpOp
		folds    bool
	}{
		{syntax.Is, syntax.IsNot, true},
		{syntax.IsNot, syntax.Is, true},
		{syntax.In, syntax.NotIn, true},
		{syntax.NotIn, syntax.In, true},
		{syntax.Eq, syntax.Eq, false},
		{syntax.Lt, syntax.Lt, false},
	} {
		cmp := &syntax.Compare{Pos: ftSpan(1, 9, 1, 15), Left: ftName(ftSpan(1, 9, 1, 10), "a"),
			Ops: []syntax.CmpOp{tt.op}, Comparators: []syntax.Expr{ftName(ftSpan(1, 14, 1, 15), "b")}}
		not := &syntax.UnaryOp{Pos: ftSpan(1, 4, 1, 16), Op: syntax.Not, Operand: cmp}
		m := ftFold(t, ftAssign(ftSpan(1, 0, 1, 16), not))
		got := m.Body[0].(*syntax.Assign).Value
		if !tt.folds {
			if got != not {
				t.Errorf("not (a %v b) was rewritten", tt.op)
			}
			continue
		}
		c, ok := got.(*syntax.Compare)
		if !ok || c.Ops[0] != tt.want || c.Pos != cmp.Pos {
			t.Errorf("not (a %v b) = %#v, want Compare %v at %+v", tt.op, got, tt.want, cmp.Pos)
		}
	}
}

func TestFoldFormatNodes(t *testing.T) {
	// x = 'a%s%%b%-5.2r' % (y, z)
	y, z := ftName(ftSpan(1, 24, 1, 25), "y"), ftName(ftSpan(1, 27, 1, 28), "z")
	bin := &syntax.BinOp{Pos: ftSpan(1, 4, 1, 29), Left: ftStr(ftSpan(1, 4, 1, 20), "a%s%%b%-5.2r"), Op: syntax.Mod_,
		Right: &syntax.Tuple{Pos: ftSpan(1, 23, 1, 29), Elts: []syntax.Expr{y, z}, Ctx: syntax.Load}}
	m := ftFold(t, ftAssign(ftSpan(1, 0, 1, 29), bin))
	js, ok := m.Body[0].(*syntax.Assign).Value.(*syntax.JoinedStr)
	if !ok {
		t.Fatalf("not rewritten: %T", m.Body[0].(*syntax.Assign).Value)
	}
	if js.Pos != bin.Pos || len(js.Values) != 4 {
		t.Fatalf("JoinedStr at %+v with %d values", js.Pos, len(js.Values))
	}
	noPos := ftSpan(-1, -1, -1, -1)
	if c := js.Values[0].(*syntax.Constant); c.Value != constant.Str("a") || c.Pos != noPos {
		t.Errorf("values[0] = %v at %+v", c.Value, c.Pos)
	}
	if fv := js.Values[1].(*syntax.FormattedValue); fv.Value != y || fv.Conversion != 's' || fv.FormatSpec != nil || fv.Pos != y.Pos {
		t.Errorf("values[1] = %+v", fv)
	}
	if c := js.Values[2].(*syntax.Constant); c.Value != constant.Str("%b") || c.Pos != noPos {
		t.Errorf("values[2] = %v at %+v", c.Value, c.Pos)
	}
	fv := js.Values[3].(*syntax.FormattedValue)
	spec, _ := fv.FormatSpec.(*syntax.Constant)
	if fv.Value != z || fv.Conversion != 'r' || fv.Pos != z.Pos || spec == nil || spec.Value != constant.Str("5.2") || spec.Pos != noPos {
		t.Errorf("values[3] = %+v spec %+v", fv, spec)
	}
}

func TestFoldDocstringGuard(t *testing.T) {
	stmtPos := ftSpan(1, 0, 1, 9)
	bin := &syntax.BinOp{Pos: ftSpan(1, 0, 1, 9), Left: ftStr(ftSpan(1, 0, 1, 3), "a"), Op: syntax.Add, Right: ftStr(ftSpan(1, 6, 1, 9), "b")}
	fn := &syntax.FunctionDef{Pos: ftSpan(1, 0, 3, 8), Name: "f", Args: &syntax.Arguments{},
		Body: []syntax.Stmt{
			&syntax.ExprStmt{Pos: stmtPos, Value: &syntax.BinOp{Pos: stmtPos, Left: ftStr(ftSpan(2, 4, 2, 7), "c"), Op: syntax.Add, Right: ftStr(ftSpan(2, 10, 2, 13), "d")}},
		}}
	cls := &syntax.ClassDef{Pos: ftSpan(1, 0, 3, 8), Name: "C",
		Body: []syntax.Stmt{&syntax.ExprStmt{Pos: stmtPos, Value: ftStr(stmtPos, "doc")}}}
	m := ftFold(t, &syntax.ExprStmt{Pos: stmtPos, Value: bin}, fn, cls)
	for i, body := range [][]syntax.Stmt{m.Body, fn.Body} {
		js, ok := body[0].(*syntax.ExprStmt).Value.(*syntax.JoinedStr)
		if !ok || js.Pos != stmtPos || len(js.Values) != 1 {
			t.Fatalf("body %d: first statement %#v, want a JoinedStr", i, body[0].(*syntax.ExprStmt).Value)
		}
		if c, ok := js.Values[0].(*syntax.Constant); !ok || c.Pos != stmtPos {
			t.Errorf("body %d: JoinedStr value %#v", i, js.Values[0])
		}
	}
	if _, ok := cls.Body[0].(*syntax.ExprStmt).Value.(*syntax.Constant); !ok {
		t.Errorf("a real docstring was wrapped")
	}
}

func TestFoldFutureAnnotations(t *testing.T) {
	ann := func() syntax.Expr {
		return &syntax.BinOp{Pos: ftSpan(1, 3, 1, 8), Left: ftInt(ftSpan(1, 3, 1, 4), 1), Op: syntax.Add, Right: ftInt(ftSpan(1, 7, 1, 8), 2)}
	}
	for _, future := range []bool{false, true} {
		arg := &syntax.Arg{Pos: ftSpan(1, 6, 1, 13), Arg: "a", Annotation: ann()}
		fn := &syntax.FunctionDef{Pos: ftSpan(1, 0, 1, 30), Name: "f", Returns: ann(),
			Args: &syntax.Arguments{Args: []*syntax.Arg{arg}, Defaults: []syntax.Expr{ann()}},
			Body: []syntax.Stmt{&syntax.Pass{Pos: ftSpan(1, 26, 1, 30)}}}
		aa := &syntax.AnnAssign{Pos: ftSpan(2, 0, 2, 12), Target: &syntax.Name{Pos: ftSpan(2, 0, 2, 1), Id: "x", Ctx: syntax.Store},
			Annotation: ann(), Value: ann(), Simple: 1}
		m := &syntax.Module{Body: []syntax.Stmt{fn, aa}}
		if err := optimizeAST(m, 0, future); err != nil {
			t.Fatal(err)
		}
		for what, e := range map[string]syntax.Expr{"argument": arg.Annotation, "return": fn.Returns, "variable": aa.Annotation} {
			if _, folded := e.(*syntax.Constant); folded == future {
				t.Errorf("future=%v: %s annotation folded=%v", future, what, folded)
			}
		}
		if _, ok := fn.Args.Defaults[0].(*syntax.Constant); !ok {
			t.Errorf("future=%v: default not folded", future)
		}
		if _, ok := aa.Value.(*syntax.Constant); !ok {
			t.Errorf("future=%v: annotated value not folded", future)
		}
	}
}

func TestFoldAsyncForIterNotFolded(t *testing.T) {
	// async for i in [1, 2]: pass — CPython 3.11 applies fold_iter to
	// `for` and comprehensions, not to `async for`.
	list := &syntax.List{Pos: ftSpan(2, 13, 2, 19), Elts: []syntax.Expr{ftInt(ftSpan(2, 14, 2, 15), 1), ftInt(ftSpan(2, 17, 2, 18), 2)}, Ctx: syntax.Load}
	af := &syntax.AsyncFor{Pos: ftSpan(2, 1, 2, 25), Target: &syntax.Name{Pos: ftSpan(2, 11, 2, 12), Id: "i", Ctx: syntax.Store},
		Iter: list, Body: []syntax.Stmt{&syntax.Pass{Pos: ftSpan(2, 21, 2, 25)}}}
	gen := &syntax.Comprehension{Target: &syntax.Name{Pos: ftSpan(3, 8, 3, 9), Id: "i", Ctx: syntax.Store},
		Iter: &syntax.List{Pos: ftSpan(3, 13, 3, 19), Elts: []syntax.Expr{ftName(ftSpan(3, 14, 3, 15), "a")}, Ctx: syntax.Load}, IsAsync: 1}
	lc := &syntax.ListComp{Pos: ftSpan(3, 1, 3, 20), Elt: ftName(ftSpan(3, 2, 3, 3), "i"), Generators: []*syntax.Comprehension{gen}}
	fn := &syntax.AsyncFunctionDef{Pos: ftSpan(1, 0, 3, 20), Name: "f", Args: &syntax.Arguments{},
		Body: []syntax.Stmt{af, &syntax.ExprStmt{Pos: lc.Pos, Value: lc}}}
	ftFold(t, fn)
	if af.Iter != list {
		t.Errorf("async for iterable rewritten to %#v", af.Iter)
	}
	if tup, ok := gen.Iter.(*syntax.Tuple); !ok || tup.Pos != ftSpan(3, 13, 3, 19) || tup.Ctx != syntax.Load {
		t.Errorf("comprehension iterable = %#v, want a Tuple display", gen.Iter)
	}
}

func TestFoldRecursionLimit(t *testing.T) {
	// x = ----…1: the statement, n UnaryOps and the Constant nest n+2
	// deep; `python3 FILE` fails above 3000, `python3 -m dis FILE`
	// (compile() at Python depth 6) above 2982.
	for _, tt := range []struct {
		n, pythonDepth int
		wantErr        bool
	}{{2998, 0, false}, {2999, 0, true}, {2980, 6, false}, {2981, 6, true}} {
		var e syntax.Expr = ftInt(ftSpan(1, 4+tt.n, 1, 5+tt.n), 1)
		for i := tt.n - 1; i >= 0; i-- {
			e = &syntax.UnaryOp{Pos: ftSpan(1, 4+i, 1, 5+tt.n), Op: syntax.USub, Operand: e}
		}
		m := &syntax.Module{Body: []syntax.Stmt{ftAssign(ftSpan(1, 0, 1, 5+tt.n), e)}}
		err := optimizeASTAt(m, 0, false, tt.pythonDepth)
		if got := errors.Is(err, ErrCompileRecursion); got != tt.wantErr {
			t.Errorf("depth %d at %d: err = %v", tt.n, tt.pythonDepth, err)
		}
		if err == nil {
			if c, ok := m.Body[0].(*syntax.Assign).Value.(*syntax.Constant); !ok || c.Value.Repr() != "1" {
				t.Errorf("depth %d: not folded", tt.n)
			}
		}
	}
}

func TestFoldPatterns(t *testing.T) {
	// match s:
	//     case -1 | {-2: _} | C(x=1+1j): pass
	neg := func(n int64) syntax.Expr {
		return &syntax.UnaryOp{Pos: ftSpan(2, 9, 2, 11), Op: syntax.USub, Operand: ftInt(ftSpan(2, 10, 2, 11), n)}
	}
	val := &syntax.MatchValue{Pos: ftSpan(2, 9, 2, 11), Value: neg(1)}
	mapping := &syntax.MatchMapping{Pos: ftSpan(2, 14, 2, 21), Keys: []syntax.Expr{neg(2)},
		Patterns: []syntax.Pattern{&syntax.MatchAs{Pos: ftSpan(2, 19, 2, 20)}}}
	cplx := &syntax.BinOp{Pos: ftSpan(2, 28, 2, 32), Left: ftInt(ftSpan(2, 28, 2, 29), 1), Op: syntax.Add,
		Right: &syntax.Constant{Pos: ftSpan(2, 30, 2, 32), Value: constant.Complex(1i)}}
	cls := &syntax.MatchClass{Pos: ftSpan(2, 24, 2, 33), Cls: ftName(ftSpan(2, 24, 2, 25), "C"),
		KwdAttrs: []string{"x"}, KwdPatterns: []syntax.Pattern{&syntax.MatchValue{Pos: cplx.Pos, Value: cplx}}}
	m := &syntax.Match{Pos: ftSpan(1, 0, 2, 39), Subject: ftName(ftSpan(1, 6, 1, 7), "s"), Cases: []*syntax.MatchCase{{
		Pattern: &syntax.MatchOr{Pos: ftSpan(2, 9, 2, 33), Patterns: []syntax.Pattern{val, mapping, cls}},
		Body:    []syntax.Stmt{&syntax.Pass{Pos: ftSpan(2, 35, 2, 39)}},
	}}}
	ftFold(t, m)
	for _, tt := range []struct {
		e    syntax.Expr
		want string
	}{
		{val.Value, "-1"},
		{mapping.Keys[0], "-2"},
		{cls.KwdPatterns[0].(*syntax.MatchValue).Value, "(1+1j)"},
	} {
		if c, ok := tt.e.(*syntax.Constant); !ok || c.Value.Repr() != tt.want {
			t.Errorf("pattern value %#v, want %s", tt.e, tt.want)
		}
	}
}

func TestFoldDebug(t *testing.T) {
	for _, opt := range []int{0, 1, 2} {
		n := &syntax.Name{Pos: ftSpan(1, 4, 1, 13), Id: "__debug__", Ctx: syntax.Load}
		m := &syntax.Module{Body: []syntax.Stmt{ftAssign(ftSpan(1, 0, 1, 13), n)}}
		if err := optimizeAST(m, opt, false); err != nil {
			t.Fatal(err)
		}
		c, ok := m.Body[0].(*syntax.Assign).Value.(*syntax.Constant)
		if !ok || c.Value != constant.Bool(opt == 0) || c.Pos != n.Pos {
			t.Errorf("optimize=%d: __debug__ = %#v", opt, m.Body[0].(*syntax.Assign).Value)
		}
	}
}

func TestFoldValues(t *testing.T) {
	i := func(s string) constant.Value {
		n, _ := new(big.Int).SetString(s, 10)
		return constant.Int{V: n}
	}
	f := func(x float64) constant.Value { return constant.Float(x) }
	c := func(re, im float64) constant.Value { return constant.Complex(complex(re, im)) }
	s := func(x string) constant.Value { return constant.Str(x) }
	tup := func(vs ...constant.Value) constant.Value { return constant.Tuple(vs) }
	T, F := constant.Bool(true), constant.Bool(false)
	tests := []struct {
		op   syntax.Operator
		l, r constant.Value
		want string // repr, or "" when not folded
	}{
		{syntax.Div, i("1"), i("3"), "0.3333333333333333"},
		{syntax.Div, i("0"), i("-1"), "-0.0"},
		{syntax.Div, i("1" + strings.Repeat("0", 400)), i("1" + strings.Repeat("0", 399)), "10.0"},
		{syntax.Div, i("1" + strings.Repeat("0", 400)), i("3"), ""},
		{syntax.FloorDiv, i("-7"), i("2"), "-4"},
		{syntax.Mod_, i("-7"), i("2"), "1"},
		{syntax.Mod_, i("7"), i("-2"), "-1"},
		{syntax.Pow, i("2"), i("-1"), "0.5"},
		{syntax.Pow, i("0"), i("-1"), ""},
		{syntax.Pow, i("2"), i("64"), "18446744073709551616"},
		{syntax.Pow, i("2"), i("65"), ""},
		{syntax.Mult, i("3"), s("ab"), "'ababab'"},
		{syntax.Mult, s("ab"), i("-1"), ""},
		{syntax.Mult, tup(i("1")), i("257"), ""},
		{syntax.Add, T, i("1"), "2"},
		{syntax.BitAnd, T, F, "False"},
		{syntax.BitXor, T, T, "False"},
		{syntax.BitOr, T, i("0"), "1"},
		{syntax.LShift, i("1"), i("127"), "170141183460469231731687303715884105728"},
		{syntax.LShift, i("1"), i("128"), ""},
		{syntax.RShift, i("-1"), i("100000000000000000000"), "-1"},
		{syntax.Mod_, f(-5), i("3"), "1.0"},
		{syntax.Mod_, f(5), f(math.Inf(-1)), "-inf"},
		{syntax.FloorDiv, f(math.Copysign(0, -1)), i("1"), "-0.0"},
		{syntax.Pow, f(-8), f(0.5), "(1.7319121124709868e-16+2.8284271247461903j)"},
		{syntax.Pow, f(10), i("400"), ""},
		{syntax.Div, c(1, 2), c(3, -4), "(-0.2+0.4j)"},
		{syntax.Div, c(1, 0), c(0, 0), ""},
		{syntax.Pow, c(1, 1), i("2"), "2j"},
		{syntax.Pow, c(0, 0), i("-1"), ""},
		{syntax.FloorDiv, c(1, 2), i("1"), ""},
		{syntax.Mod_, s("%s"), tup(i("1")), ""},
		{syntax.MatMult, i("1"), i("2"), ""},
	}
	for _, tt := range tests {
		var got string
		if tt.op != syntax.MatMult {
			if v, ok := foldBinary(tt.op, tt.l, tt.r); ok {
				got = v.Repr()
			}
		}
		if got != tt.want {
			t.Errorf("%s %v %s = %q, want %q", tt.l.Repr(), tt.op, tt.r.Repr(), got, tt.want)
		}
	}
	for _, tt := range []struct {
		op   syntax.UnaryOpKind
		v    constant.Value
		want string
	}{
		{syntax.USub, f(0), "-0.0"},
		{syntax.Invert, T, "-2"},
		{syntax.UAdd, T, "1"},
		{syntax.Not, s(""), "True"},
		{syntax.Not, constant.Ellipsis{}, "False"},
		{syntax.Invert, f(1), ""},
		{syntax.USub, c(0, 0), "(-0-0j)"},
	} {
		var got string
		if v, ok := foldUnary(tt.op, tt.v); ok {
			got = v.Repr()
		}
		if got != tt.want {
			t.Errorf("%v %s = %q, want %q", tt.op, tt.v.Repr(), got, tt.want)
		}
	}
}
