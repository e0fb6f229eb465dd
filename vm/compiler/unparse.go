package compiler

import (
	"math"
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// Under "from __future__ import annotations" an annotation is stored as
// the text of its expression, which CPython 3.11 regenerates from the AST
// with the limited unparser of Python/ast_unparse.c
// (_PyAST_ExprAsUnicode). Its spacing and parenthesisation differ from
// both the source and ast.unparse, so it is reproduced here.

// Operator precedence levels of ast_unparse.c.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prExpr
	prBor = prExpr
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

// unparseAnnotation returns the annotation text of e.
func unparseAnnotation(e syntax.Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.String()
}

type unparser struct{ strings.Builder }

func (u *unparser) open(cond bool, s string) {
	if cond {
		u.WriteString(s)
	}
}

func (u *unparser) expr(e syntax.Expr, level int) {
	switch e := e.(type) {
	case *syntax.BoolOp:
		op, pr := " and ", prAnd
		if e.Op == syntax.Or {
			op, pr = " or ", prOr
		}
		u.open(level > pr, "(")
		for i, v := range e.Values {
			u.open(i > 0, op)
			u.expr(v, pr+1)
		}
		u.open(level > pr, ")")
	case *syntax.BinOp:
		op, pr := binOpText(e.Op)
		rassoc := 0
		if e.Op == syntax.Pow {
			rassoc = 1
		}
		u.open(level > pr, "(")
		u.expr(e.Left, pr+rassoc)
		u.WriteString(op)
		u.expr(e.Right, pr+1-rassoc)
		u.open(level > pr, ")")
	case *syntax.UnaryOp:
		var op string
		pr := prFactor
		switch e.Op {
		case syntax.Invert:
			op = "~"
		case syntax.Not:
			op, pr = "not ", prNot
		case syntax.UAdd:
			op = "+"
		case syntax.USub:
			op = "-"
		}
		u.open(level > pr, "(")
		u.WriteString(op)
		u.expr(e.Operand, pr)
		u.open(level > pr, ")")
	case *syntax.Lambda:
		u.open(level > prTest, "(")
		if len(e.Args.Args)+len(e.Args.Posonlyargs) > 0 {
			u.WriteString("lambda ")
		} else {
			u.WriteString("lambda")
		}
		u.args(e.Args)
		u.WriteString(": ")
		u.expr(e.Body, prTest)
		u.open(level > prTest, ")")
	case *syntax.IfExp:
		u.open(level > prTest, "(")
		u.expr(e.Body, prTest+1)
		u.WriteString(" if ")
		u.expr(e.Test, prTest+1)
		u.WriteString(" else ")
		u.expr(e.Orelse, prTest)
		u.open(level > prTest, ")")
	case *syntax.Dict:
		u.WriteString("{")
		for i, v := range e.Values {
			u.open(i > 0, ", ")
			if k := e.Keys[i]; k != nil {
				u.expr(k, prTest)
				u.WriteString(": ")
				u.expr(v, prTest)
			} else {
				u.WriteString("**")
				u.expr(v, prExpr)
			}
		}
		u.WriteString("}")
	case *syntax.Set:
		u.WriteString("{")
		u.exprList(e.Elts)
		u.WriteString("}")
	case *syntax.GeneratorExp:
		u.WriteString("(")
		u.expr(e.Elt, prTest)
		u.comprehensions(e.Generators)
		u.WriteString(")")
	case *syntax.ListComp:
		u.WriteString("[")
		u.expr(e.Elt, prTest)
		u.comprehensions(e.Generators)
		u.WriteString("]")
	case *syntax.SetComp:
		u.WriteString("{")
		u.expr(e.Elt, prTest)
		u.comprehensions(e.Generators)
		u.WriteString("}")
	case *syntax.DictComp:
		u.WriteString("{")
		u.expr(e.Key, prTest)
		u.WriteString(": ")
		u.expr(e.Value, prTest)
		u.comprehensions(e.Generators)
		u.WriteString("}")
	case *syntax.Yield:
		if e.Value == nil {
			u.WriteString("(yield)")
			return
		}
		u.WriteString("(yield ")
		u.expr(e.Value, prTest)
		u.WriteString(")")
	case *syntax.YieldFrom:
		u.WriteString("(yield from ")
		u.expr(e.Value, prTest)
		u.WriteString(")")
	case *syntax.Await:
		u.open(level > prAwait, "(")
		u.WriteString("await ")
		u.expr(e.Value, prAtom)
		u.open(level > prAwait, ")")
	case *syntax.Compare:
		u.open(level > prCmp, "(")
		u.expr(e.Left, prCmp+1)
		for i, op := range e.Ops {
			u.WriteString(cmpOpText(op))
			u.expr(e.Comparators[i], prCmp+1)
		}
		u.open(level > prCmp, ")")
	case *syntax.Call:
		u.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*syntax.GeneratorExp); ok {
				// A sole generator expression argument keeps its own
				// parentheses only.
				u.expr(g, prTest)
				return
			}
		}
		u.WriteString("(")
		first := true
		for _, a := range e.Args {
			u.open(!first, ", ")
			first = false
			u.expr(a, prTest)
		}
		for _, k := range e.Keywords {
			u.open(!first, ", ")
			first = false
			if k.Arg == nil {
				u.WriteString("**")
			} else {
				u.WriteString(*k.Arg)
				u.WriteString("=")
			}
			u.expr(k.Value, prTest)
		}
		u.WriteString(")")
	case *syntax.Constant:
		if _, ok := e.Value.(constant.Ellipsis); ok {
			u.WriteString("...")
			return
		}
		if e.Kind != nil {
			u.WriteString(*e.Kind)
		}
		u.constant(e.Value)
	case *syntax.JoinedStr:
		u.joinedStr(e, false)
	case *syntax.FormattedValue:
		u.formattedValue(e)
	case *syntax.Attribute:
		u.expr(e.Value, prAtom)
		// An int needs a space before the dot to stay an int.
		if k, ok := e.Value.(*syntax.Constant); ok {
			if _, isInt := k.Value.(constant.Int); isInt {
				u.WriteString(" ")
			}
		}
		u.WriteString(".")
		u.WriteString(e.Attr)
	case *syntax.Subscript:
		u.expr(e.Value, prAtom)
		lv := prTuple
		if t, ok := e.Slice.(*syntax.Tuple); ok {
			for _, x := range t.Elts {
				if _, star := x.(*syntax.Starred); star {
					lv++
					break
				}
			}
		}
		u.WriteString("[")
		u.expr(e.Slice, lv)
		u.WriteString("]")
	case *syntax.Starred:
		u.WriteString("*")
		u.expr(e.Value, prExpr)
	case *syntax.Slice:
		if e.Lower != nil {
			u.expr(e.Lower, prTest)
		}
		u.WriteString(":")
		if e.Upper != nil {
			u.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			u.WriteString(":")
			u.expr(e.Step, prTest)
		}
	case *syntax.Name:
		u.WriteString(e.Id)
	case *syntax.List:
		u.WriteString("[")
		u.exprList(e.Elts)
		u.WriteString("]")
	case *syntax.Tuple:
		if len(e.Elts) == 0 {
			u.WriteString("()")
			return
		}
		u.open(level > prTuple, "(")
		u.exprList(e.Elts)
		u.open(len(e.Elts) == 1, ",")
		u.open(level > prTuple, ")")
	case *syntax.NamedExpr:
		u.open(level > prTuple, "(")
		u.expr(e.Target, prAtom)
		u.WriteString(" := ")
		u.expr(e.Value, prAtom)
		u.open(level > prTuple, ")")
	}
}

func (u *unparser) exprList(elts []syntax.Expr) {
	for i, x := range elts {
		u.open(i > 0, ", ")
		u.expr(x, prTest)
	}
}

func binOpText(op syntax.Operator) (string, int) {
	switch op {
	case syntax.Add:
		return " + ", prArith
	case syntax.Sub:
		return " - ", prArith
	case syntax.Mult:
		return " * ", prTerm
	case syntax.MatMult:
		return " @ ", prTerm
	case syntax.Div:
		return " / ", prTerm
	case syntax.Mod_:
		return " % ", prTerm
	case syntax.LShift:
		return " << ", prShift
	case syntax.RShift:
		return " >> ", prShift
	case syntax.BitOr:
		return " | ", prBor
	case syntax.BitXor:
		return " ^ ", prBxor
	case syntax.BitAnd:
		return " & ", prBand
	case syntax.FloorDiv:
		return " // ", prTerm
	case syntax.Pow:
		return " ** ", prPower
	}
	return " ? ", prTest
}

func cmpOpText(op syntax.CmpOp) string {
	switch op {
	case syntax.Eq:
		return " == "
	case syntax.NotEq:
		return " != "
	case syntax.Lt:
		return " < "
	case syntax.LtE:
		return " <= "
	case syntax.Gt:
		return " > "
	case syntax.GtE:
		return " >= "
	case syntax.Is:
		return " is "
	case syntax.IsNot:
		return " is not "
	case syntax.In:
		return " in "
	case syntax.NotIn:
		return " not in "
	}
	return " ? "
}

// args writes a lambda's parameter list (append_ast_args).
func (u *unparser) args(a *syntax.Arguments) {
	first := true
	sep := func() {
		u.open(!first, ", ")
		first = false
	}
	arg := func(x *syntax.Arg) {
		u.WriteString(x.Arg)
		if x.Annotation != nil {
			u.WriteString(": ")
			u.expr(x.Annotation, prTest)
		}
	}
	npos, nargs, ndef := len(a.Posonlyargs), len(a.Args), len(a.Defaults)
	for i := 0; i < npos+nargs; i++ {
		sep()
		if i < npos {
			arg(a.Posonlyargs[i])
		} else {
			arg(a.Args[i-npos])
		}
		if di := i - npos - nargs + ndef; di >= 0 {
			u.WriteString("=")
			u.expr(a.Defaults[di], prTest)
		}
		if npos > 0 && i+1 == npos {
			u.WriteString(", /")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		sep()
		u.WriteString("*")
		if a.Vararg != nil {
			arg(a.Vararg)
		}
	}
	nkw, nkwdef := len(a.Kwonlyargs), len(a.KwDefaults)
	for i := 0; i < nkw; i++ {
		sep()
		arg(a.Kwonlyargs[i])
		if di := i - nkw + nkwdef; di >= 0 && a.KwDefaults[di] != nil {
			u.WriteString("=")
			u.expr(a.KwDefaults[di], prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		u.WriteString("**")
		arg(a.Kwarg)
	}
}

func (u *unparser) comprehensions(gens []*syntax.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			u.WriteString(" async for ")
		} else {
			u.WriteString(" for ")
		}
		u.expr(g.Target, prTuple)
		u.WriteString(" in ")
		u.expr(g.Iter, prTest+1)
		for _, cond := range g.Ifs {
			u.WriteString(" if ")
			u.expr(cond, prTest+1)
		}
	}
}

// constant writes a constant's repr, tuples element by element; an
// infinite float or any complex has "inf" spelled 1e309 so the text
// evaluates back (append_repr).
func (u *unparser) constant(v constant.Value) {
	if t, ok := v.(constant.Tuple); ok {
		u.WriteString("(")
		for i, x := range t {
			u.open(i > 0, ", ")
			u.constant(x)
		}
		u.open(len(t) == 1, ",")
		u.WriteString(")")
		return
	}
	r := v.Repr()
	switch x := v.(type) {
	case constant.Float:
		if math.IsInf(float64(x), 0) {
			r = strings.ReplaceAll(r, "inf", "1e309")
		}
	case constant.Complex:
		r = strings.ReplaceAll(r, "inf", "1e309")
	}
	u.WriteString(r)
}

// joinedStr writes an f-string: f + the repr of its body, or for a format
// spec the bare body (append_joinedstr).
func (u *unparser) joinedStr(e *syntax.JoinedStr, isFormatSpec bool) {
	var body unparser
	for _, v := range e.Values {
		body.fstringElement(v, isFormatSpec)
	}
	if isFormatSpec {
		u.WriteString(body.String())
		return
	}
	u.WriteString("f")
	u.WriteString(constant.Str(body.String()).Repr())
}

func (u *unparser) fstringElement(e syntax.Expr, isFormatSpec bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		if s, ok := e.Value.(constant.Str); ok {
			t := strings.ReplaceAll(string(s), "{", "{{")
			u.WriteString(strings.ReplaceAll(t, "}", "}}"))
		}
	case *syntax.JoinedStr:
		u.joinedStr(e, isFormatSpec)
	case *syntax.FormattedValue:
		u.formattedValue(e)
	}
}

// formattedValue writes {expr!c:spec} (append_formattedvalue).
func (u *unparser) formattedValue(e *syntax.FormattedValue) {
	var inner unparser
	inner.expr(e.Value, prTest+1)
	s := inner.String()
	if strings.HasPrefix(s, "{") {
		// Keep a brace-initial expression apart from the outer brace.
		u.WriteString("{ ")
	} else {
		u.WriteString("{")
	}
	u.WriteString(s)
	switch e.Conversion {
	case 'a':
		u.WriteString("!a")
	case 'r':
		u.WriteString("!r")
	case 's':
		u.WriteString("!s")
	}
	if e.FormatSpec != nil {
		u.WriteString(":")
		u.fstringElement(e.FormatSpec, true)
	}
	u.WriteString("}")
}
