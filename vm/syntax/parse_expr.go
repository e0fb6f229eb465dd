package syntax

import "github.com/quicken-py/quicken/vm/constant"

// Expression rules of CPython 3.11's Grammar/python.gram.

func tokPos(t *token) Pos { return Pos{t.lineno, t.col, t.endLineno, t.endCol} }

// name is the NAME token as an expression (_PyPegen_name_token).
func (p *parser) name() *Name {
	t := p.expect(tName)
	if t == nil {
		return nil
	}
	return &Name{Pos: tokPos(t), Id: p.newIdentifier(t), Ctx: Load}
}

// newIdentifier is _PyPegen_new_identifier: non-ASCII names are NFKC
// normalised.
func (p *parser) newIdentifier(t *token) string {
	return normalizeIdentifier(t.text)
}

// expressions
func (p *parser) expressions() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if a := p.expression(); a != nil {
		var b []Expr
		// (',' expression)+ is a loop and a group: two levels.
		p.enter()
		p.enter()
		for {
			m := p.mark
			if p.expect(tComma) == nil {
				break
			}
			c := p.expression()
			if c == nil {
				p.mark = m
				break
			}
			b = append(b, c)
		}
		p.leave()
		p.leave()
		if b != nil {
			p.expect(tComma)
			return &Tuple{Pos: p.extra(mark), Elts: append([]Expr{a}, b...), Ctx: Load}
		}
	}
	p.mark = mark
	if a := p.expression(); a != nil && p.expect(tComma) != nil {
		return &Tuple{Pos: p.extra(mark), Elts: []Expr{a}, Ctx: Load}
	}
	p.mark = mark
	if a := p.expression(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// expression (memo)
func (p *parser) expression() Expr {
	if v, ok := p.memo(rExpression); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.mark
	e := p.expressionRaw(true)
	p.setMemo(mark, rExpression, e)
	return e
}

// expressionWithoutInvalid is expression_without_invalid: expression with
// the invalid_ rules switched off beneath it.
func (p *parser) expressionWithoutInvalid() Expr {
	saved := p.callInvalid
	p.callInvalid = false
	defer func() { p.callInvalid = saved }()
	return p.expressionRaw(false)
}

func (p *parser) expressionRaw(withInvalid bool) Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if withInvalid && p.callInvalid {
		p.invalidExpression()
		p.mark = mark
		p.invalidLegacyExpression()
		p.mark = mark
	}
	if a := p.disjunction(); a != nil {
		if p.expect(kwIf) != nil {
			if b := p.disjunction(); b != nil && p.expect(kwElse) != nil {
				if c := p.expression(); c != nil {
					return &IfExp{Pos: p.extra(mark), Test: b, Body: a, Orelse: c}
				}
			}
		}
	}
	p.mark = mark
	if a := p.disjunction(); a != nil {
		return a
	}
	p.mark = mark
	if a := p.lambdef(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
func (p *parser) yieldExpr() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(kwYield) != nil && p.expect(kwFrom) != nil {
		if a := p.expression(); a != nil {
			return &YieldFrom{Pos: p.extra(mark), Value: a}
		}
	}
	p.mark = mark
	if p.expect(kwYield) != nil {
		a := p.starExpressions()
		return &Yield{Pos: p.extra(mark), Value: a}
	}
	p.mark = mark
	return nil
}

// star_expressions
func (p *parser) starExpressions() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if a := p.starExpression(); a != nil {
		var b []Expr
		// (',' star_expression)+ is a loop and a group: two levels.
		p.enter()
		p.enter()
		for {
			m := p.mark
			if p.expect(tComma) == nil {
				break
			}
			c := p.starExpression()
			if c == nil {
				p.mark = m
				break
			}
			b = append(b, c)
		}
		p.leave()
		p.leave()
		if b != nil {
			p.expect(tComma)
			return &Tuple{Pos: p.extra(mark), Elts: append([]Expr{a}, b...), Ctx: Load}
		}
	}
	p.mark = mark
	if a := p.starExpression(); a != nil && p.expect(tComma) != nil {
		return &Tuple{Pos: p.extra(mark), Elts: []Expr{a}, Ctx: Load}
	}
	p.mark = mark
	if a := p.starExpression(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// star_expression (memo): '*' bitwise_or | expression
func (p *parser) starExpression() Expr {
	if v, ok := p.memo(rStarExpression); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.begin()
	e := func() Expr {
		p.enter()
		defer p.leave()
		if p.expect(tStar) != nil {
			if a := p.bitwiseOr(); a != nil {
				return &Starred{Pos: p.extra(mark), Value: a, Ctx: Load}
			}
		}
		p.mark = mark
		if a := p.expression(); a != nil {
			return a
		}
		p.mark = mark
		return nil
	}()
	p.setMemo(mark, rStarExpression, e)
	return e
}

// star_named_expressions: ','.star_named_expression+ [',']
func (p *parser) starNamedExpressions() []Expr {
	p.enter() // the rule
	p.enter() // its gather
	defer p.leave()
	defer p.leave()
	a := p.starNamedExpression()
	if a == nil {
		return nil
	}
	out := []Expr{a}
	p.enter() // the gather's loop
	defer p.leave()
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		b := p.starNamedExpression()
		if b == nil {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	p.expect(tComma)
	return out
}

// star_named_expression: '*' bitwise_or | named_expression
func (p *parser) starNamedExpression() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(tStar) != nil {
		if a := p.bitwiseOr(); a != nil {
			return &Starred{Pos: p.extra(mark), Value: a, Ctx: Load}
		}
	}
	p.mark = mark
	if a := p.namedExpression(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// assignment_expression: NAME ':=' ~ expression
func (p *parser) assignmentExpression() Expr {
	mark := p.begin()
	if a := p.name(); a != nil {
		if p.expect(tColonEqual) != nil {
			if b := p.expression(); b != nil {
				return &NamedExpr{Pos: p.extra(mark), Target: setContext(a, Store), Value: b}
			}
			// Cut.
			p.mark = mark
			return nil
		}
	}
	p.mark = mark
	return nil
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
func (p *parser) namedExpression() Expr {
	p.enter()
	defer p.leave()
	mark := p.mark
	if a := p.assignmentExpression(); a != nil {
		return a
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidNamedExpression()
		p.mark = mark
	}
	if a := p.expression(); a != nil && !p.at(tColonEqual) {
		return a
	}
	p.mark = mark
	return nil
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
func (p *parser) disjunction() Expr {
	return p.boolOp(rDisjunction, kwOr, Or, p.conjunction)
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
func (p *parser) conjunction() Expr {
	return p.boolOp(rConjunction, kwAnd, And, p.inversion)
}

func (p *parser) boolOp(r ruleID, kw tokKind, op BoolOpKind, sub func() Expr) Expr {
	if v, ok := p.memo(r); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.begin()
	e := func() Expr {
		p.enter()
		defer p.leave()
		if a := sub(); a != nil {
			var b []Expr
			// ('or' conjunction)+ is a loop and a group: two levels. (A
			// bailout skips the leave calls; the level is reset before
			// the second pass.)
			p.enter()
			p.enter()
			for {
				m := p.mark
				if p.expect(kw) == nil {
					break
				}
				c := sub()
				if c == nil {
					p.mark = m
					break
				}
				b = append(b, c)
			}
			p.leave()
			p.leave()
			if b != nil {
				return &BoolOp{Pos: p.extra(mark), Op: op, Values: append([]Expr{a}, b...)}
			}
		}
		p.mark = mark
		if a := sub(); a != nil {
			return a
		}
		p.mark = mark
		return nil
	}()
	p.setMemo(mark, r, e)
	return e
}

// inversion (memo): 'not' inversion | comparison
func (p *parser) inversion() Expr {
	if v, ok := p.memo(rInversion); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.begin()
	e := func() Expr {
		p.enter()
		defer p.leave()
		if p.expect(kwNot) != nil {
			if a := p.inversion(); a != nil {
				return &UnaryOp{Pos: p.extra(mark), Op: Not, Operand: a}
			}
		}
		p.mark = mark
		if a := p.comparison(); a != nil {
			return a
		}
		p.mark = mark
		return nil
	}()
	p.setMemo(mark, rInversion, e)
	return e
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
func (p *parser) comparison() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if a := p.bitwiseOr(); a != nil {
		var ops []CmpOp
		var exprs []Expr
		// The loop, compare_op_bitwise_or_pair and the operator's rule
		// (eq_bitwise_or, ...) are three levels.
		p.enter()
		p.enter()
		p.enter()
		for {
			m := p.mark
			op, e := p.compareOpBitwiseOrPair()
			if e == nil {
				p.mark = m
				break
			}
			ops = append(ops, op)
			exprs = append(exprs, e)
		}
		p.leave()
		p.leave()
		p.leave()
		if ops != nil {
			return &Compare{Pos: p.extra(mark), Left: a, Ops: ops, Comparators: exprs}
		}
	}
	p.mark = mark
	if a := p.bitwiseOr(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// compare_op_bitwise_or_pair
func (p *parser) compareOpBitwiseOrPair() (CmpOp, Expr) {
	mark := p.mark
	var op CmpOp
	n := 1 // tokens in the operator
	switch p.peek().kind {
	case tEqEqual:
		op = Eq
	case tNotEqual:
		// _PyPegen_check_barry_as_flufl: "<>" is only valid under
		// "from __future__ import barry_as_FLUFL".
		if p.peek().text != "!=" {
			p.checkPending()
			return 0, nil
		}
		op = NotEq
	case tLessEqual:
		op = LtE
	case tLess:
		op = Lt
	case tGreaterEqual:
		op = GtE
	case tGreater:
		op = Gt
	case kwNot:
		p.mark++
		ok := p.at(kwIn)
		p.mark = mark
		if !ok {
			return 0, nil
		}
		op, n = NotIn, 2
	case kwIn:
		op = In
	case kwIs:
		// 'is' 'not' bitwise_or, then 'is' bitwise_or.
		p.mark++
		if p.expect(kwNot) != nil {
			if a := p.bitwiseOr(); a != nil {
				return IsNot, a
			}
		}
		p.mark = mark
		op = Is
	default:
		return 0, nil
	}
	p.mark += n
	if a := p.bitwiseOr(); a != nil {
		return op, a
	}
	p.mark = mark
	return 0, nil
}

// binaryLoop parses a left-recursive binary-operator rule
// (rule: rule op sub | ... | sub) as the seed-growing memo would.
func (p *parser) binaryLoop(r ruleID, sub func() Expr, ops func(tokKind) Operator) Expr {
	if v, ok := p.memo(r); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.begin()
	// A left-recursive rule is two levels in pegen: the rule and its
	// _raw function.
	p.enter()
	p.enter()
	defer p.leave()
	defer p.leave()
	var res Expr
	if a := sub(); a != nil {
		res = a
		for {
			m := p.mark
			op := ops(p.peek().kind)
			if op == 0 {
				break
			}
			p.mark++
			b := sub()
			if b == nil {
				p.mark = m
				break
			}
			res = &BinOp{Pos: p.extra(mark), Left: res, Op: op, Right: b}
		}
	} else {
		p.mark = mark
	}
	p.setMemo(mark, r, res)
	return res
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
func (p *parser) bitwiseOr() Expr {
	return p.binaryLoop(rBitwiseOr, p.bitwiseXor, func(k tokKind) Operator {
		if k == tVbar {
			return BitOr
		}
		return 0
	})
}

// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
func (p *parser) bitwiseXor() Expr {
	return p.binaryLoop(rBitwiseXor, p.bitwiseAnd, func(k tokKind) Operator {
		if k == tCircumflex {
			return BitXor
		}
		return 0
	})
}

// bitwise_and: bitwise_and '&' shift_expr | shift_expr
func (p *parser) bitwiseAnd() Expr {
	return p.binaryLoop(rBitwiseAnd, p.shiftExpr, func(k tokKind) Operator {
		if k == tAmper {
			return BitAnd
		}
		return 0
	})
}

// shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
func (p *parser) shiftExpr() Expr {
	return p.binaryLoop(rShiftExpr, p.sum, func(k tokKind) Operator {
		switch k {
		case tLeftShift:
			return LShift
		case tRightShift:
			return RShift
		}
		return 0
	})
}

// sum: sum '+' term | sum '-' term | term
func (p *parser) sum() Expr {
	return p.binaryLoop(rSum, p.term, func(k tokKind) Operator {
		switch k {
		case tPlus:
			return Add
		case tMinus:
			return Sub
		}
		return 0
	})
}

// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
func (p *parser) term() Expr {
	return p.binaryLoop(rTerm, p.factor, func(k tokKind) Operator {
		switch k {
		case tStar:
			return Mult
		case tSlash:
			return Div
		case tDoubleSlash:
			return FloorDiv
		case tPercent:
			return Mod_
		case tAt:
			return MatMult
		}
		return 0
	})
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
func (p *parser) factor() Expr {
	if v, ok := p.memo(rFactor); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.begin()
	e := func() Expr {
		p.enter()
		defer p.leave()
		var op UnaryOpKind
		switch p.peek().kind {
		case tPlus:
			op = UAdd
		case tMinus:
			op = USub
		case tTilde:
			op = Invert
		}
		if op != 0 {
			p.mark++
			if a := p.factor(); a != nil {
				return &UnaryOp{Pos: p.extra(mark), Op: op, Operand: a}
			}
			p.mark = mark
		}
		if a := p.power(); a != nil {
			return a
		}
		p.mark = mark
		return nil
	}()
	p.setMemo(mark, rFactor, e)
	return e
}

// power: await_primary '**' factor | await_primary
func (p *parser) power() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if a := p.awaitPrimary(); a != nil {
		if p.expect(tDoubleStar) != nil {
			if b := p.factor(); b != nil {
				return &BinOp{Pos: p.extra(mark), Left: a, Op: Pow, Right: b}
			}
		}
	}
	p.mark = mark
	if a := p.awaitPrimary(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// await_primary (memo): AWAIT primary | primary
func (p *parser) awaitPrimary() Expr {
	if v, ok := p.memo(rAwaitPrimary); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.begin()
	e := func() Expr {
		p.enter()
		defer p.leave()
		if p.expect(kwAwait) != nil {
			if a := p.primary(); a != nil {
				return &Await{Pos: p.extra(mark), Value: a}
			}
		}
		p.mark = mark
		if a := p.primary(); a != nil {
			return a
		}
		p.mark = mark
		return nil
	}()
	p.setMemo(mark, rAwaitPrimary, e)
	return e
}

// primary (left-recursive):
//
//	| primary '.' NAME | primary genexp | primary '(' [arguments] ')'
//	| primary '[' slices ']' | atom
func (p *parser) primary() Expr {
	if v, ok := p.memo(rPrimary); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.begin()
	p.enter()
	p.enter()
	defer p.leave()
	defer p.leave()
	res := p.atom()
	if res == nil {
		p.mark = mark
	}
	for res != nil {
		m := p.mark
		if p.expect(tDot) != nil {
			if b := p.name(); b != nil {
				res = &Attribute{Pos: p.extra(mark), Value: res, Attr: b.Id, Ctx: Load}
				continue
			}
		}
		p.mark = m
		if b := p.genexp(); b != nil {
			res = &Call{Pos: p.extra(mark), Func: res, Args: []Expr{b}}
			continue
		}
		p.mark = m
		if p.expect(tLpar) != nil {
			b := p.arguments()
			if p.expect(tRpar) != nil {
				c := &Call{Pos: p.extra(mark), Func: res}
				if b != nil {
					c.Args, c.Keywords = b.Args, b.Keywords
				}
				res = c
				continue
			}
		}
		p.mark = m
		if p.expect(tLsqb) != nil {
			if b := p.slices(); b != nil && p.expect(tRsqb) != nil {
				res = &Subscript{Pos: p.extra(mark), Value: res, Slice: b, Ctx: Load}
				continue
			}
		}
		p.mark = m
		break
	}
	p.setMemo(mark, rPrimary, res)
	return res
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
func (p *parser) slices() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if a := p.slice(); a != nil && !p.at(tComma) {
		return a
	}
	p.mark = mark
	elem := func() Expr {
		m := p.mark
		if a := p.slice(); a != nil {
			return a
		}
		p.mark = m
		if a := p.starredExpression(); a != nil {
			return a
		}
		p.mark = m
		return nil
	}
	if a := elem(); a != nil {
		out := []Expr{a}
		for {
			m := p.mark
			if p.expect(tComma) == nil {
				break
			}
			b := elem()
			if b == nil {
				p.mark = m
				break
			}
			out = append(out, b)
		}
		p.expect(tComma)
		return &Tuple{Pos: p.extra(mark), Elts: out, Ctx: Load}
	}
	p.mark = mark
	return nil
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
func (p *parser) slice() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	a := p.optExpression()
	if p.expect(tColon) != nil {
		b := p.optExpression()
		var c Expr
		m := p.mark
		if p.expect(tColon) != nil {
			c = p.optExpression()
		} else {
			p.mark = m
		}
		return &Slice{Pos: p.extra(mark), Lower: a, Upper: b, Step: c}
	}
	p.mark = mark
	if a := p.namedExpression(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// optExpression is [expression].
func (p *parser) optExpression() Expr {
	m := p.mark
	if a := p.expression(); a != nil {
		return a
	}
	p.mark = m
	return nil
}

// atom
func (p *parser) atom() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	t := p.peek()
	switch t.kind {
	case tName:
		return p.name()
	case kwTrue:
		p.mark++
		return &Constant{Pos: p.extra(mark), Value: constant.Bool(true)}
	case kwFalse:
		p.mark++
		return &Constant{Pos: p.extra(mark), Value: constant.Bool(false)}
	case kwNone:
		p.mark++
		return &Constant{Pos: p.extra(mark), Value: constant.None{}}
	case tString:
		if a := p.strings(); a != nil {
			return a
		}
	case tNumber:
		return p.number()
	case tLpar, tLsqb, tLbrace:
		// (tuple | group | genexp) and the like are a group: one level.
		p.enter()
		res := p.bracketAtom(t.kind, mark)
		p.leave()
		if res != nil {
			return res
		}
	case tEllipsis:
		p.mark++
		return &Constant{Pos: p.extra(mark), Value: constant.Ellipsis{}}
	}
	p.mark = mark
	return nil
}

// bracketAtom is the group of atom alternatives that start with a bracket:
// (tuple | group | genexp), (list | listcomp) or
// (dict | set | dictcomp | setcomp).
func (p *parser) bracketAtom(k tokKind, mark int) Expr {
	switch k {
	case tLpar:
		if a := p.tuple(); a != nil {
			return a
		}
		p.mark = mark
		if a := p.group(); a != nil {
			return a
		}
		p.mark = mark
		if a := p.genexp(); a != nil {
			return a
		}
	case tLsqb:
		if a := p.list(); a != nil {
			return a
		}
		p.mark = mark
		if a := p.listcomp(); a != nil {
			return a
		}
	default:
		if a := p.dict(); a != nil {
			return a
		}
		p.mark = mark
		if a := p.set(); a != nil {
			return a
		}
		p.mark = mark
		if a := p.dictcomp(); a != nil {
			return a
		}
		p.mark = mark
		if a := p.setcomp(); a != nil {
			return a
		}
	}
	p.mark = mark
	return nil
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
func (p *parser) group() Expr {
	p.enter()
	defer p.leave()
	mark := p.mark
	if p.expect(tLpar) != nil {
		m := p.mark
		a := p.yieldExpr()
		if a == nil {
			p.mark = m
			a = p.namedExpression()
		}
		if a != nil && p.expect(tRpar) != nil {
			return a
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidGroup()
		p.mark = mark
	}
	return nil
}

// lambdef: 'lambda' [lambda_params] ':' expression
func (p *parser) lambdef() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(kwLambda) != nil {
		a := p.lambdaParams()
		if p.expect(tColon) != nil {
			if b := p.expression(); b != nil {
				if a == nil {
					a = &Arguments{}
				}
				return &Lambda{Pos: p.extra(mark), Args: a, Body: b}
			}
		}
	}
	p.mark = mark
	return nil
}

// strings (memo): STRING+
func (p *parser) strings() Expr {
	if v, ok := p.memo(rStrings); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.mark
	var toks []*token
	for {
		t := p.expect(tString)
		if t == nil {
			break
		}
		toks = append(toks, t)
	}
	var e Expr
	if toks != nil {
		e = p.concatenateStrings(toks)
	} else {
		p.mark = mark
	}
	p.setMemo(mark, rStrings, e)
	return e
}

// list: '[' [star_named_expressions] ']'
func (p *parser) list() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(tLsqb) != nil {
		a := p.starNamedExpressions()
		if p.expect(tRsqb) != nil {
			return &List{Pos: p.extra(mark), Elts: a, Ctx: Load}
		}
	}
	p.mark = mark
	return nil
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
func (p *parser) tuple() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(tLpar) != nil {
		var a []Expr
		m := p.mark
		ok := false
		p.in(func() { // the optional group
			if y := p.starNamedExpression(); y != nil && p.expect(tComma) != nil {
				z := p.starNamedExpressions()
				a = append([]Expr{y}, z...)
				ok = true
			}
		})
		if !ok {
			p.mark = m
		}
		if p.expect(tRpar) != nil {
			return &Tuple{Pos: p.extra(mark), Elts: a, Ctx: Load}
		}
	}
	p.mark = mark
	return nil
}

// set: '{' star_named_expressions '}'
func (p *parser) set() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(tLbrace) != nil {
		if a := p.starNamedExpressions(); a != nil && p.expect(tRbrace) != nil {
			return &Set{Pos: p.extra(mark), Elts: a}
		}
	}
	p.mark = mark
	return nil
}

// kvPair is a dict display item; a nil key is a '**' unpacking.
type kvPair struct{ key, value Expr }

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
func (p *parser) dict() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(tLbrace) != nil {
		a := p.doubleStarredKvpairs()
		if p.expect(tRbrace) != nil {
			d := &Dict{Pos: p.extra(mark)}
			for _, kv := range a {
				d.Keys = append(d.Keys, kv.key)
				d.Values = append(d.Values, kv.value)
			}
			return d
		}
	}
	p.mark = mark
	// '{' invalid_double_starred_kvpairs '}': pegen guards an alternative
	// with call_invalid_rules only when the invalid_ rule is all it has,
	// so this one runs in the first pass too. It can only succeed by
	// raising.
	if p.expect(tLbrace) != nil {
		p.invalidDoubleStarredKvpairs()
	}
	p.mark = mark
	return nil
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
func (p *parser) doubleStarredKvpairs() []kvPair {
	p.enter() // the rule
	p.enter() // its gather
	defer p.leave()
	defer p.leave()
	a, ok := p.doubleStarredKvpair()
	if !ok {
		return nil
	}
	out := []kvPair{a}
	p.enter() // the gather's loop
	defer p.leave()
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		b, ok := p.doubleStarredKvpair()
		if !ok {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	p.expect(tComma)
	return out
}

// double_starred_kvpair: '**' bitwise_or | kvpair
func (p *parser) doubleStarredKvpair() (kvPair, bool) {
	p.enter()
	defer p.leave()
	mark := p.mark
	if p.expect(tDoubleStar) != nil {
		if a := p.bitwiseOr(); a != nil {
			return kvPair{nil, a}, true
		}
	}
	p.mark = mark
	if kv, ok := p.kvpair(); ok {
		return kv, true
	}
	p.mark = mark
	return kvPair{}, false
}

// kvpair: expression ':' expression
func (p *parser) kvpair() (kvPair, bool) {
	p.enter()
	defer p.leave()
	mark := p.mark
	if a := p.expression(); a != nil && p.expect(tColon) != nil {
		if b := p.expression(); b != nil {
			return kvPair{a, b}, true
		}
	}
	p.mark = mark
	return kvPair{}, false
}

// for_if_clauses: for_if_clause+
func (p *parser) forIfClauses() []*Comprehension {
	p.enter() // the rule
	p.enter() // its loop
	defer p.leave()
	defer p.leave()
	var out []*Comprehension
	for {
		m := p.mark
		c := p.forIfClause()
		if c == nil {
			p.mark = m
			break
		}
		out = append(out, c)
	}
	return out
}

// for_if_clause
func (p *parser) forIfClause() *Comprehension {
	p.enter()
	defer p.leave()
	mark := p.mark
	for _, async := range []bool{true, false} {
		p.mark = mark
		if async && p.expect(kwAsync) == nil {
			continue
		}
		if p.expect(kwFor) == nil {
			continue
		}
		a := p.starTargets()
		if a == nil || p.expect(kwIn) == nil {
			continue
		}
		// Cut.
		b := p.disjunction()
		if b == nil {
			p.mark = mark
			return nil
		}
		var ifs []Expr
		p.in(func() { // ('if' disjunction)*: a loop and a group
			p.in(func() {
				for {
					m := p.mark
					if p.expect(kwIf) == nil {
						break
					}
					z := p.disjunction()
					if z == nil {
						p.mark = m
						break
					}
					ifs = append(ifs, z)
				}
			})
		})
		isAsync := 0
		if async {
			isAsync = 1
		}
		return &Comprehension{Target: a, Iter: b, Ifs: ifs, IsAsync: isAsync}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidForTarget()
		p.mark = mark
	}
	return nil
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
func (p *parser) listcomp() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(tLsqb) != nil {
		if a := p.namedExpression(); a != nil {
			if b := p.forIfClauses(); b != nil && p.expect(tRsqb) != nil {
				return &ListComp{Pos: p.extra(mark), Elt: a, Generators: b}
			}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidComprehension()
		p.mark = mark
	}
	return nil
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
func (p *parser) setcomp() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(tLbrace) != nil {
		if a := p.namedExpression(); a != nil {
			if b := p.forIfClauses(); b != nil && p.expect(tRbrace) != nil {
				return &SetComp{Pos: p.extra(mark), Elt: a, Generators: b}
			}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidComprehension()
		p.mark = mark
	}
	return nil
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
func (p *parser) genexp() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(tLpar) != nil {
		if a := p.namedOrPlainExpression(); a != nil {
			if b := p.forIfClauses(); b != nil && p.expect(tRpar) != nil {
				return &GeneratorExp{Pos: p.extra(mark), Elt: a, Generators: b}
			}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidComprehension()
		p.mark = mark
	}
	return nil
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
func (p *parser) dictcomp() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(tLbrace) != nil {
		if a, ok := p.kvpair(); ok {
			if b := p.forIfClauses(); b != nil && p.expect(tRbrace) != nil {
				return &DictComp{Pos: p.extra(mark), Key: a.key, Value: a.value, Generators: b}
			}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidDictComprehension()
		p.mark = mark
	}
	return nil
}

// callArgs is what the arguments rule produces: a Call with a dummy
// function, holding the positional and keyword arguments.
type callArgs struct {
	Pos
	Args     []Expr
	Keywords []*Keyword
}

// arguments (memo): args [','] &')' | invalid_arguments
func (p *parser) arguments() *callArgs {
	if v, ok := p.memo(rArguments); ok {
		a, _ := v.(*callArgs)
		return a
	}
	mark := p.mark
	a := func() *callArgs {
		p.enter()
		defer p.leave()
		if a := p.args(); a != nil {
			p.expect(tComma)
			if p.at(tRpar) {
				return a
			}
		}
		p.mark = mark
		if p.callInvalid {
			p.invalidArguments()
			p.mark = mark
		}
		return nil
	}()
	if a == nil {
		p.setMemo(mark, rArguments, nil)
	} else {
		p.setMemo(mark, rArguments, a)
	}
	return a
}

// kwOrStarred is KeywordOrStarred: a keyword argument or a *starred one.
type kwOrStarred struct {
	kw      *Keyword
	starred Expr
}

// args
func (p *parser) args() *callArgs {
	p.enter()
	defer p.leave()
	mark := p.begin()
	// ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
	if pos := p.argsPositional(); pos != nil {
		var kws []kwOrStarred
		m := p.mark
		if p.expect(tComma) != nil {
			if kws = p.kwargs(); kws == nil {
				p.mark = m
			}
		}
		c := &callArgs{Pos: p.extra(mark), Args: pos}
		for _, k := range kws {
			if k.kw == nil {
				c.Args = append(c.Args, k.starred)
			}
		}
		for _, k := range kws {
			if k.kw != nil {
				c.Keywords = append(c.Keywords, k.kw)
			}
		}
		return c
	}
	p.mark = mark
	if a := p.kwargs(); a != nil {
		c := &callArgs{Pos: p.extra(mark)}
		for _, k := range a {
			if k.kw == nil {
				c.Args = append(c.Args, k.starred)
			} else {
				c.Keywords = append(c.Keywords, k.kw)
			}
		}
		// CHECK_NULL_ALLOWED on the empty halves.
		if c.Args == nil || c.Keywords == nil {
			p.checkPending()
		}
		return c
	}
	p.mark = mark
	return nil
}

// namedOrPlainExpression is the group (assignment_expression | expression !':=').
func (p *parser) namedOrPlainExpression() Expr {
	p.enter()
	defer p.leave()
	m := p.mark
	if a := p.assignmentExpression(); a != nil {
		return a
	}
	p.mark = m
	if a := p.expression(); a != nil && !p.at(tColonEqual) {
		return a
	}
	p.mark = m
	return nil
}

// argsPositional is ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
// (pegen's gather, loop and group functions each count as a level).
func (p *parser) argsPositional() []Expr {
	p.enter()
	defer p.leave()
	elem := func() Expr {
		p.enter()
		defer p.leave()
		m := p.mark
		if a := p.starredExpression(); a != nil {
			return a
		}
		p.mark = m
		if a := p.namedOrPlainExpression(); a != nil && !p.at(tEqual) {
			return a
		}
		p.mark = m
		return nil
	}
	a := elem()
	if a == nil {
		return nil
	}
	pos := []Expr{a}
	p.enter()
	defer p.leave()
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		b := elem()
		if b == nil {
			p.mark = m
			break
		}
		pos = append(pos, b)
	}
	return pos
}

// kwargs:
//
//	| ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//	| ','.kwarg_or_starred+
//	| ','.kwarg_or_double_starred+
func (p *parser) kwargs() []kwOrStarred {
	p.enter()
	defer p.leave()
	mark := p.mark
	gather := func(elem func() (kwOrStarred, bool)) []kwOrStarred {
		p.enter()
		defer p.leave()
		a, ok := elem()
		if !ok {
			return nil
		}
		out := []kwOrStarred{a}
		p.enter() // the gather's loop
		defer p.leave()
		for {
			m := p.mark
			if p.expect(tComma) == nil {
				break
			}
			b, ok := elem()
			if !ok {
				p.mark = m
				break
			}
			out = append(out, b)
		}
		return out
	}
	if a := gather(p.kwargOrStarred); a != nil && p.expect(tComma) != nil {
		if b := gather(p.kwargOrDoubleStarred); b != nil {
			return append(a, b...)
		}
	}
	p.mark = mark
	if a := gather(p.kwargOrStarred); a != nil {
		return a
	}
	p.mark = mark
	if a := gather(p.kwargOrDoubleStarred); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// starred_expression: '*' expression
func (p *parser) starredExpression() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(tStar) != nil {
		if a := p.expression(); a != nil {
			return &Starred{Pos: p.extra(mark), Value: a, Ctx: Load}
		}
	}
	p.mark = mark
	return nil
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
func (p *parser) kwargOrStarred() (kwOrStarred, bool) {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.callInvalid {
		p.invalidKwarg()
		p.mark = mark
	}
	if a := p.expect(tName); a != nil && p.expect(tEqual) != nil {
		if b := p.expression(); b != nil {
			id := p.newIdentifier(a)
			return kwOrStarred{kw: &Keyword{Pos: p.extra(mark), Arg: &id, Value: b}}, true
		}
	}
	p.mark = mark
	if a := p.starredExpression(); a != nil {
		return kwOrStarred{starred: a}, true
	}
	p.mark = mark
	return kwOrStarred{}, false
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
func (p *parser) kwargOrDoubleStarred() (kwOrStarred, bool) {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.callInvalid {
		p.invalidKwarg()
		p.mark = mark
	}
	if a := p.expect(tName); a != nil && p.expect(tEqual) != nil {
		if b := p.expression(); b != nil {
			id := p.newIdentifier(a)
			return kwOrStarred{kw: &Keyword{Pos: p.extra(mark), Arg: &id, Value: b}}, true
		}
	}
	p.mark = mark
	if p.expect(tDoubleStar) != nil {
		if a := p.expression(); a != nil {
			return kwOrStarred{kw: &Keyword{Pos: p.extra(mark), Value: a}}, true
		}
	}
	p.mark = mark
	return kwOrStarred{}, false
}
