package syntax

import "fmt"

// The invalid_ rules of CPython 3.11's Grammar/python.gram. They run only
// in the parser's second pass, after the first has failed, and either
// raise a specific SyntaxError or fail. As in pegen, once an alternative
// matches, its action decides: if the action raises nothing, the rule
// fails without trying the alternatives after it.

// exprName is _PyPegen_get_expr_name.
func exprName(e Expr) string {
	switch v := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v.Value.(type) {
		case constantNone:
			return "None"
		case constantBool:
			if bool(v.Value.(constantBool)) {
				return "True"
			}
			return "False"
		case constantEllipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// targetsType is TARGETS_TYPE.
type targetsType int

const (
	starTargetsKind targetsType = iota
	delTargetsKind
	forTargetsKind
)

// invalidTarget is _PyPegen_get_invalid_target.
func invalidTarget(e Expr, kind targetsType) Expr {
	switch v := e.(type) {
	case nil:
		return nil
	case *List:
		for _, x := range v.Elts {
			if c := invalidTarget(x, kind); c != nil {
				return c
			}
		}
		return nil
	case *Tuple:
		for _, x := range v.Elts {
			if c := invalidTarget(x, kind); c != nil {
				return c
			}
		}
		return nil
	case *Starred:
		if kind == delTargetsKind {
			return e
		}
		return invalidTarget(v.Value, kind)
	case *Compare:
		// "a in b" in "for a in b" parses as a comparison: look at its
		// left side.
		if kind == forTargetsKind {
			if v.Ops[0] == In {
				return invalidTarget(v.Left, kind)
			}
			return nil
		}
		return e
	case *Name, *Subscript, *Attribute:
		return nil
	}
	return e
}

// raiseInvalidTarget is RAISE_SYNTAX_ERROR_INVALID_TARGET; it returns
// (failing the alternative) when there is no invalid target.
func (p *parser) raiseInvalidTarget(kind targetsType, e Expr) {
	t := invalidTarget(e, kind)
	if t == nil {
		p.checkPending()
		return
	}
	if kind == delTargetsKind {
		p.raiseAt(t, "cannot delete %s", exprName(t))
	}
	p.raiseAt(t, "cannot assign to %s", exprName(t))
}

// isLegacyStmt is _PyPegen_check_legacy_stmt.
func isLegacyStmt(e Expr) bool {
	n, ok := e.(*Name)
	return ok && (n.Id == "print" || n.Id == "exec")
}

// lastComprehensionItem is _PyPegen_get_last_comprehension_item.
func lastComprehensionItem(c *Comprehension) Expr {
	if len(c.Ifs) == 0 {
		return c.Iter
	}
	return c.Ifs[len(c.Ifs)-1]
}

// invalid_arguments
func (p *parser) invalidArguments() {
	mark := p.mark
	// ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' '*'
	// CPython 3.11.7's form of this alternative (3.11.2 had args ',' '*'):
	// keyword arguments must come before the ',' and the error is
	// reported at the '*'.
	if p.positionalThenKwargs() && p.expect(tComma) != nil {
		if b := p.expect(tStar); b != nil {
			p.raiseAt(b, "iterable argument unpacking follows keyword argument unpacking")
		}
	}
	p.mark = mark
	// expression for_if_clauses ',' [args | expression for_if_clauses]
	if a := p.expression(); a != nil {
		if b := p.forIfClauses(); b != nil && p.expect(tComma) != nil {
			m := p.mark
			if p.args() == nil {
				p.mark = m
				if p.expression() == nil || p.forIfClauses() == nil {
					p.mark = m
				}
			}
			p.raiseRange(a, lastComprehensionItem(b[len(b)-1]), "Generator expression must be parenthesized")
		}
	}
	p.mark = mark
	// NAME '=' expression for_if_clauses
	if a := p.expect(tName); a != nil {
		if b := p.expect(tEqual); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.mark = mark
	// args for_if_clauses
	if a := p.args(); a != nil {
		if b := p.forIfClauses(); b != nil {
			// _PyPegen_nonparen_genexp_in_call
			if len(a.Args) <= 1 {
				p.checkPending()
				return
			}
			p.raiseRange(a.Args[len(a.Args)-1], lastComprehensionItem(b[len(b)-1]), "Generator expression must be parenthesized")
		}
	}
	p.mark = mark
	// args ',' expression for_if_clauses
	if p.args() != nil && p.expect(tComma) != nil {
		if a := p.expression(); a != nil {
			if b := p.forIfClauses(); b != nil {
				p.raiseRange(a, lastComprehensionItem(b[len(b)-1]), "Generator expression must be parenthesized")
			}
		}
	}
	p.mark = mark
	// args ',' args
	if a := p.args(); a != nil && p.expect(tComma) != nil && p.args() != nil {
		// _PyPegen_arguments_parsing_error
		msg := "positional argument follows keyword argument"
		for _, k := range a.Keywords {
			if k.Arg == nil {
				msg = "positional argument follows keyword argument unpacking"
			}
		}
		p.raiseSyntaxError(msg)
	}
	p.mark = mark
}

// positionalThenKwargs is
// ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs).
func (p *parser) positionalThenKwargs() bool {
	mark := p.mark
	if p.argsPositional() != nil && p.expect(tComma) != nil && p.kwargs() != nil {
		return true
	}
	p.mark = mark
	if p.kwargs() != nil {
		return true
	}
	p.mark = mark
	return false
}

// invalid_kwarg
func (p *parser) invalidKwarg() {
	mark := p.mark
	// ('True'|'False'|'None') '='
	if t := p.peek(); t.kind == kwTrue || t.kind == kwFalse || t.kind == kwNone {
		p.mark++
		if b := p.expect(tEqual); b != nil {
			p.raiseRange(t, b, "cannot assign to %s", t.text)
		}
	}
	p.mark = mark
	// NAME '=' expression for_if_clauses
	if a := p.expect(tName); a != nil {
		if b := p.expect(tEqual); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.mark = mark
	// !(NAME '=') expression '='
	isNameEq := p.expect(tName) != nil && p.expect(tEqual) != nil
	p.mark = mark
	if !isNameEq {
		if a := p.expression(); a != nil {
			if b := p.expect(tEqual); b != nil {
				p.raiseRange(a, b, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
		}
	}
	p.mark = mark
}

// invalid_legacy_expression: NAME !'(' star_expressions
func (p *parser) invalidLegacyExpression() {
	mark := p.mark
	if a := p.name(); a != nil && !p.at(tLpar) {
		if b := p.starExpressions(); b != nil {
			if isLegacyStmt(a) {
				p.raiseRange(a, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?", a.Id, a.Id)
			}
			p.checkPending()
			return
		}
	}
	p.mark = mark
}

// invalid_expression
func (p *parser) invalidExpression() {
	mark := p.mark
	// !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
	la := false
	if p.expect(tName) != nil && p.expect(tString) != nil {
		la = true
	}
	p.mark = mark
	if !la && p.softKeyword() != nil {
		la = true
	}
	p.mark = mark
	if !la {
		if a := p.disjunction(); a != nil {
			if b := p.expressionWithoutInvalid(); b != nil {
				if isLegacyStmt(a) || p.toks[p.mark-1].level == 0 {
					p.checkPending()
					return
				}
				p.raiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?")
			}
		}
	}
	p.mark = mark
	// disjunction 'if' disjunction !('else'|':')
	if a := p.disjunction(); a != nil && p.expect(kwIf) != nil {
		if b := p.disjunction(); b != nil {
			if k := p.peek().kind; k != kwElse && k != tColon {
				p.raiseRange(a, b, "expected 'else' after 'if' expression")
			}
		}
	}
	p.mark = mark
}

// invalid_named_expression (memo)
func (p *parser) invalidNamedExpression() {
	if _, ok := p.memo(rInvalidNamedExpression); ok {
		return
	}
	mark := p.mark
	p.invalidNamedExpressionRaw()
	p.mark = mark
	p.setMemo(mark, rInvalidNamedExpression, nil)
}

func (p *parser) invalidNamedExpressionRaw() {
	p.enter()
	defer p.leave()
	mark := p.mark
	// expression ':=' expression
	if a := p.expression(); a != nil && p.expect(tColonEqual) != nil && p.expression() != nil {
		p.raiseAt(a, "cannot use assignment expressions with %s", exprName(a))
	}
	p.mark = mark
	// NAME '=' bitwise_or !('='|':=')
	if a := p.name(); a != nil && p.expect(tEqual) != nil {
		if b := p.bitwiseOr(); b != nil {
			if k := p.peek().kind; k != tEqual && k != tColonEqual {
				p.raiseRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
		}
	}
	p.mark = mark
	// !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
	la := false
	switch p.peek().kind {
	case kwTrue, kwNone, kwFalse:
		la = true
	default:
		if p.list() != nil {
			la = true
		} else if p.mark = mark; p.tuple() != nil {
			la = true
		} else if p.mark = mark; p.genexp() != nil {
			la = true
		}
	}
	p.mark = mark
	if !la {
		if a := p.bitwiseOr(); a != nil && p.expect(tEqual) != nil && p.bitwiseOr() != nil {
			if k := p.peek().kind; k != tEqual && k != tColonEqual {
				p.raiseAt(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(a))
			}
		}
	}
	p.mark = mark
}

// invalid_assignment
func (p *parser) invalidAssignment() {
	mark := p.mark
	// invalid_ann_assign_target ':' expression
	if a := p.invalidAnnAssignTarget(); a != nil && p.expect(tColon) != nil && p.expression() != nil {
		p.raiseAt(a, "only single target (not %s) can be annotated", exprName(a))
	}
	p.mark = mark
	// star_named_expression ',' star_named_expressions* ':' expression
	if a := p.starNamedExpression(); a != nil && p.expect(tComma) != nil {
		for {
			m := p.mark
			if p.starNamedExpressions() == nil {
				p.mark = m
				break
			}
		}
		if p.expect(tColon) != nil && p.expression() != nil {
			p.raiseAt(a, "only single target (not tuple) can be annotated")
		}
	}
	p.mark = mark
	// expression ':' expression
	if a := p.expression(); a != nil && p.expect(tColon) != nil && p.expression() != nil {
		p.raiseAt(a, "illegal target for annotation")
	}
	p.mark = mark
	// (star_targets '=')* star_expressions '='
	p.starTargetsEqLoop()
	if a := p.starExpressions(); a != nil && p.expect(tEqual) != nil {
		p.raiseInvalidTarget(starTargetsKind, a)
		return
	}
	p.mark = mark
	// (star_targets '=')* yield_expr '='
	p.starTargetsEqLoop()
	if a := p.yieldExpr(); a != nil && p.expect(tEqual) != nil {
		p.raiseAt(a, "assignment to yield expression not possible")
	}
	p.mark = mark
	// star_expressions augassign (yield_expr | star_expressions)
	if a := p.starExpressions(); a != nil && p.augassign() != 0 && p.yieldOrStarExpressions() != nil {
		p.raiseAt(a, "'%s' is an illegal expression for augmented assignment", exprName(a))
	}
	p.mark = mark
}

// starTargetsEqLoop is (star_targets '=')*.
func (p *parser) starTargetsEqLoop() {
	for {
		m := p.mark
		if p.starTargets() == nil || p.expect(tEqual) == nil {
			p.mark = m
			return
		}
	}
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
func (p *parser) invalidAnnAssignTarget() Expr {
	mark := p.mark
	if a := p.list(); a != nil {
		return a
	}
	p.mark = mark
	if a := p.tuple(); a != nil {
		return a
	}
	p.mark = mark
	if p.expect(tLpar) != nil {
		if a := p.invalidAnnAssignTarget(); a != nil && p.expect(tRpar) != nil {
			return a
		}
	}
	p.mark = mark
	return nil
}

// invalid_del_stmt: 'del' star_expressions
func (p *parser) invalidDelStmt() {
	mark := p.mark
	if p.expect(kwDel) != nil {
		if a := p.starExpressions(); a != nil {
			p.raiseInvalidTarget(delTargetsKind, a)
			return
		}
	}
	p.mark = mark
}

// invalid_block: NEWLINE !INDENT
func (p *parser) invalidBlock() {
	mark := p.mark
	if p.expect(tNewline) != nil && !p.at(tIndent) {
		p.raiseIndentationError("expected an indented block")
	}
	p.mark = mark
}

// invalid_comprehension
func (p *parser) invalidComprehension() {
	mark := p.mark
	// ('[' | '(' | '{') starred_expression for_if_clauses
	if k := p.peek().kind; k == tLsqb || k == tLpar || k == tLbrace {
		p.mark++
		if a := p.starredExpression(); a != nil && p.forIfClauses() != nil {
			p.raiseAt(a, "iterable unpacking cannot be used in comprehension")
		}
	}
	p.mark = mark
	// ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
	if k := p.peek().kind; k == tLsqb || k == tLbrace {
		p.mark++
		if a := p.starNamedExpression(); a != nil && p.expect(tComma) != nil {
			if b := p.starNamedExpressions(); b != nil && p.forIfClauses() != nil {
				p.raiseRange(a, b[len(b)-1], "did you forget parentheses around the comprehension target?")
			}
		}
	}
	p.mark = mark
	// ('[' | '{') star_named_expression ',' for_if_clauses
	if k := p.peek().kind; k == tLsqb || k == tLbrace {
		p.mark++
		if a := p.starNamedExpression(); a != nil {
			if b := p.expect(tComma); b != nil && p.forIfClauses() != nil {
				p.raiseRange(a, b, "did you forget parentheses around the comprehension target?")
			}
		}
	}
	p.mark = mark
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
func (p *parser) invalidDictComprehension() {
	mark := p.mark
	if p.expect(tLbrace) != nil {
		if a := p.expect(tDoubleStar); a != nil && p.bitwiseOr() != nil && p.forIfClauses() != nil && p.expect(tRbrace) != nil {
			p.raiseAt(a, "dict unpacking cannot be used in dict comprehension")
		}
	}
	p.mark = mark
}

// invalid_parameters / invalid_lambda_parameters
func (p *parser) invalidParameters(lambda bool) {
	mark := p.mark
	// param_no_default* invalid_parameters_helper param_no_default
	p.paramNoDefaultStar(lambda)
	if p.invalidParametersHelper(lambda) {
		if a := p.paramNoDefault(lambda); a != nil {
			p.raiseAt(a, "non-default argument follows default argument")
		}
	}
	p.mark = mark
	// param_no_default* '(' param_no_default+ ','? ')'
	// (lambda: lambda_param_no_default* '(' ','.lambda_param+ ','? ')')
	p.paramNoDefaultStar(lambda)
	if a := p.expect(tLpar); a != nil {
		ok := false
		if lambda {
			if p.param(true) != nil {
				ok = true
				for {
					m := p.mark
					if p.expect(tComma) == nil || p.param(true) == nil {
						p.mark = m
						break
					}
				}
			}
		} else {
			ok = p.paramNoDefaultStar(false) != nil
		}
		if ok {
			p.expect(tComma)
			if b := p.expect(tRpar); b != nil {
				if lambda {
					p.raiseRange(a, b, "Lambda expression parameters cannot be parenthesized")
				}
				p.raiseRange(a, b, "Function parameters cannot be parenthesized")
			}
		}
	}
	p.mark = mark
	// "/" ','
	if a := p.expect(tSlash); a != nil && p.expect(tComma) != nil {
		p.raiseAt(a, "at least one argument must precede /")
	}
	p.mark = mark
	// (slash_no_default | slash_with_default) param_maybe_default* '/'
	if p.slashNoDefaultOrWithDefault(lambda) {
		p.paramMaybeDefaultStar(lambda)
		if a := p.expect(tSlash); a != nil {
			p.raiseAt(a, "/ may appear only once")
		}
	}
	p.mark = mark
	// (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
	if !p.slashNoDefaultOrWithDefault(lambda) {
		p.mark = mark
	}
	p.paramMaybeDefaultStar(lambda)
	if p.expect(tStar) != nil {
		ok := p.expect(tComma) != nil
		if !ok {
			ok = p.paramNoDefault(lambda) != nil
		}
		if ok {
			p.paramMaybeDefaultStar(lambda)
			if a := p.expect(tSlash); a != nil {
				p.raiseAt(a, "/ must be ahead of *")
			}
		}
	}
	p.mark = mark
	// param_maybe_default+ '/' '*'
	if p.paramMaybeDefaultStar(lambda) != nil && p.expect(tSlash) != nil {
		if a := p.expect(tStar); a != nil {
			p.raiseAt(a, "expected comma between / and *")
		}
	}
	p.mark = mark
}

// slashNoDefaultOrWithDefault is (slash_no_default | slash_with_default).
func (p *parser) slashNoDefaultOrWithDefault(lambda bool) bool {
	m := p.mark
	if p.slashNoDefault(lambda) != nil {
		return true
	}
	p.mark = m
	if p.slashWithDefault(lambda) != nil {
		return true
	}
	p.mark = m
	return false
}

// invalid_parameters_helper: slash_with_default | param_with_default+
func (p *parser) invalidParametersHelper(lambda bool) bool {
	m := p.mark
	if p.slashWithDefault(lambda) != nil {
		return true
	}
	p.mark = m
	if p.paramWithDefaultStar(lambda) != nil {
		return true
	}
	p.mark = m
	return false
}

// invalid_default: '=' &(')'|',')
func (p *parser) invalidDefault() {
	mark := p.mark
	if a := p.expect(tEqual); a != nil {
		if k := p.peek().kind; k == tRpar || k == tComma {
			p.raiseAt(a, "expected default value expression")
		}
	}
	p.mark = mark
}

// invalid_star_etc / invalid_lambda_star_etc
func (p *parser) invalidStarEtc(lambda bool) {
	mark := p.mark
	end := closer(lambda)
	// '*' (')' | ',' (')' | '**'))   (lambda: ':' for ')')
	if a := p.expect(tStar); a != nil {
		ok := p.expect(end) != nil
		if !ok && p.expect(tComma) != nil {
			ok = p.expect(end) != nil || p.expect(tDoubleStar) != nil
		}
		if ok {
			if lambda {
				p.raiseSyntaxError("named arguments must follow bare *")
			}
			p.raiseAt(a, "named arguments must follow bare *")
		}
	}
	p.mark = mark
	if !lambda {
		// '*' ',' TYPE_COMMENT: there are no type comments.
		if p.expect(tStar) != nil && p.expect(tComma) != nil {
			p.peek()
		}
		p.mark = mark
	}
	// '*' param '='
	if p.expect(tStar) != nil && p.param(lambda) != nil {
		if a := p.expect(tEqual); a != nil {
			p.raiseAt(a, "var-positional argument cannot have default value")
		}
	}
	p.mark = mark
	// '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
	if p.expect(tStar) != nil && p.paramNoDefaultOrComma(lambda) {
		p.paramMaybeDefaultStar(lambda)
		if a := p.expect(tStar); a != nil && p.paramNoDefaultOrComma(lambda) {
			p.raiseAt(a, "* argument may appear only once")
		}
	}
	p.mark = mark
}

// paramNoDefaultOrComma is (param_no_default | ',').
func (p *parser) paramNoDefaultOrComma(lambda bool) bool {
	m := p.mark
	if p.paramNoDefault(lambda) != nil {
		return true
	}
	p.mark = m
	return p.expect(tComma) != nil
}

// invalid_kwds / invalid_lambda_kwds
func (p *parser) invalidKwds(lambda bool) {
	mark := p.mark
	// '**' param '='
	if p.expect(tDoubleStar) != nil && p.param(lambda) != nil {
		if a := p.expect(tEqual); a != nil {
			p.raiseAt(a, "var-keyword argument cannot have default value")
		}
	}
	p.mark = mark
	// '**' param ',' param
	if p.expect(tDoubleStar) != nil && p.param(lambda) != nil && p.expect(tComma) != nil {
		if a := p.param(lambda); a != nil {
			p.raiseAt(a, "arguments cannot follow var-keyword argument")
		}
	}
	p.mark = mark
	// '**' param ',' ('*'|'**'|'/')
	if p.expect(tDoubleStar) != nil && p.param(lambda) != nil && p.expect(tComma) != nil {
		if t := p.peek(); t.kind == tStar || t.kind == tDoubleStar || t.kind == tSlash {
			p.raiseAt(t, "arguments cannot follow var-keyword argument")
		}
	}
	p.mark = mark
}

// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
func (p *parser) invalidWithItem() {
	mark := p.mark
	if p.expression() != nil && p.expect(kwAs) != nil {
		if a := p.expression(); a != nil {
			if k := p.peek().kind; k == tComma || k == tRpar || k == tColon {
				p.raiseInvalidTarget(starTargetsKind, a)
				return
			}
		}
	}
	p.mark = mark
}

// invalid_for_target: ASYNC? 'for' star_expressions
func (p *parser) invalidForTarget() {
	mark := p.mark
	p.expect(kwAsync)
	if p.expect(kwFor) != nil {
		if a := p.starExpressions(); a != nil {
			p.raiseInvalidTarget(forTargetsKind, a)
			return
		}
	}
	p.mark = mark
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
func (p *parser) invalidGroup() {
	mark := p.mark
	if p.expect(tLpar) != nil {
		if a := p.starredExpression(); a != nil && p.expect(tRpar) != nil {
			p.raiseAt(a, "cannot use starred expression here")
		}
	}
	p.mark = mark
	if p.expect(tLpar) != nil {
		if a := p.expect(tDoubleStar); a != nil && p.expression() != nil && p.expect(tRpar) != nil {
			p.raiseAt(a, "cannot use double starred expression here")
		}
	}
	p.mark = mark
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
func (p *parser) invalidImportFromTargets() {
	mark := p.mark
	if p.importFromAsNames() != nil && p.expect(tComma) != nil && p.expect(tNewline) != nil {
		p.raiseSyntaxError("trailing comma not allowed without surrounding parentheses")
	}
	p.mark = mark
}

// withItemsLoose is ','.(expression ['as' star_target])+ or, with
// parenthesized, ','.(expressions ['as' star_target])+.
func (p *parser) withItemsLoose(parenthesized bool) bool {
	item := func() bool {
		var e Expr
		if parenthesized {
			e = p.expressions()
		} else {
			e = p.expression()
		}
		if e == nil {
			return false
		}
		m := p.mark
		if p.expect(kwAs) == nil || p.starTarget() == nil {
			p.mark = m
		}
		return true
	}
	if !item() {
		return false
	}
	for {
		m := p.mark
		if p.expect(tComma) == nil || !item() {
			p.mark = m
			return true
		}
	}
}

// invalid_with_stmt
func (p *parser) invalidWithStmt() {
	mark := p.mark
	p.expect(kwAsync)
	if p.expect(kwWith) != nil && p.withItemsLoose(false) && p.expect(tNewline) != nil {
		p.raiseSyntaxError("expected ':'")
	}
	p.mark = mark
	p.expect(kwAsync)
	if p.expect(kwWith) != nil && p.expect(tLpar) != nil && p.withItemsLoose(true) {
		p.expect(tComma)
		if p.expect(tRpar) != nil && p.expect(tNewline) != nil {
			p.raiseSyntaxError("expected ':'")
		}
	}
	p.mark = mark
}

// invalid_with_stmt_indent
func (p *parser) invalidWithStmtIndent() {
	mark := p.mark
	p.expect(kwAsync)
	if a := p.expect(kwWith); a != nil && p.withItemsLoose(false) && p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
		p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'with' statement on line %d", a.lineno))
	}
	p.mark = mark
	p.expect(kwAsync)
	if a := p.expect(kwWith); a != nil && p.expect(tLpar) != nil && p.withItemsLoose(true) {
		p.expect(tComma)
		if p.expect(tRpar) != nil && p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
			p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'with' statement on line %d", a.lineno))
		}
	}
	p.mark = mark
}

// blockStar is block*.
func (p *parser) blockStar() {
	for {
		m := p.mark
		if p.block() == nil {
			p.mark = m
			return
		}
	}
}

// invalid_try_stmt
func (p *parser) invalidTryStmt() {
	mark := p.mark
	// 'try' ':' NEWLINE !INDENT
	if a := p.expect(kwTry); a != nil && p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
		p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'try' statement on line %d", a.lineno))
	}
	p.mark = mark
	// 'try' ':' block !('except' | 'finally')
	if p.expect(kwTry) != nil && p.expect(tColon) != nil && p.block() != nil {
		if k := p.peek().kind; k != kwExcept && k != kwFinally {
			p.raiseSyntaxError("expected 'except' or 'finally' block")
		}
	}
	p.mark = mark
	// 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
	if p.expect(kwTry) != nil && p.expect(tColon) != nil {
		p.blockStar()
		n := 0
		for {
			m := p.mark
			if p.exceptBlock() == nil {
				p.mark = m
				break
			}
			n++
		}
		if n > 0 {
			if a := p.expect(kwExcept); a != nil {
				if b := p.expect(tStar); b != nil && p.expression() != nil {
					p.optAsName()
					if p.expect(tColon) != nil {
						p.raiseRange(a, b, "cannot have both 'except' and 'except*' on the same 'try'")
					}
				}
			}
		}
	}
	p.mark = mark
	// 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
	if p.expect(kwTry) != nil && p.expect(tColon) != nil {
		p.blockStar()
		n := 0
		for {
			m := p.mark
			if p.exceptStarBlock() == nil {
				p.mark = m
				break
			}
			n++
		}
		if n > 0 {
			if a := p.expect(kwExcept); a != nil {
				m := p.mark
				if p.expression() != nil {
					p.optAsName()
				} else {
					p.mark = m
				}
				if p.expect(tColon) != nil {
					p.raiseAt(a, "cannot have both 'except' and 'except*' on the same 'try'")
				}
			}
		}
	}
	p.mark = mark
}

// invalid_except_stmt
func (p *parser) invalidExceptStmt() {
	mark := p.mark
	// 'except' '*'? expression ',' expressions ['as' NAME ] ':'
	if p.expect(kwExcept) != nil {
		p.expect(tStar)
		if a := p.expression(); a != nil && p.expect(tComma) != nil && p.expressions() != nil {
			p.optAsName()
			if p.expect(tColon) != nil {
				p.raiseStartingFrom(a, "multiple exception types must be parenthesized")
			}
		}
	}
	p.mark = mark
	// 'except' '*'? expression ['as' NAME ] NEWLINE
	if p.expect(kwExcept) != nil {
		p.expect(tStar)
		if p.expression() != nil {
			p.optAsName()
			if p.expect(tNewline) != nil {
				p.raiseSyntaxError("expected ':'")
			}
		}
	}
	p.mark = mark
	// 'except' NEWLINE
	if p.expect(kwExcept) != nil && p.expect(tNewline) != nil {
		p.raiseSyntaxError("expected ':'")
	}
	p.mark = mark
	// 'except' '*' (NEWLINE | ':')
	if p.expect(kwExcept) != nil && p.expect(tStar) != nil {
		if k := p.peek().kind; k == tNewline || k == tColon {
			p.mark++
			p.raiseSyntaxError("expected one or more exception types")
		}
	}
	p.mark = mark
}

// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
func (p *parser) invalidFinallyStmt() {
	mark := p.mark
	if a := p.expect(kwFinally); a != nil && p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
		p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'finally' statement on line %d", a.lineno))
	}
	p.mark = mark
}

// invalid_except_stmt_indent
func (p *parser) invalidExceptStmtIndent() {
	mark := p.mark
	if a := p.expect(kwExcept); a != nil && p.expression() != nil {
		p.optAsName()
		if p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
			p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'except' statement on line %d", a.lineno))
		}
	}
	p.mark = mark
	if a := p.expect(kwExcept); a != nil && p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
		p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'except' statement on line %d", a.lineno))
	}
	p.mark = mark
}

// invalid_except_star_stmt_indent
func (p *parser) invalidExceptStarStmtIndent() {
	mark := p.mark
	if a := p.expect(kwExcept); a != nil && p.expect(tStar) != nil && p.expression() != nil {
		p.optAsName()
		if p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
			p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'except*' statement on line %d", a.lineno))
		}
	}
	p.mark = mark
}

// invalid_if_stmt
func (p *parser) invalidIfStmt() {
	mark := p.mark
	if p.expect(kwIf) != nil && p.namedExpression() != nil && p.expect(tNewline) != nil {
		p.raiseSyntaxError("expected ':'")
	}
	p.mark = mark
	// CPython 3.11.7 reports the line of the 'if' (3.11.2's grammar named
	// the expression a too, giving its line).
	if a := p.expect(kwIf); a != nil {
		if p.namedExpression() != nil && p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
			p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'if' statement on line %d", a.lineno))
		}
	}
	p.mark = mark
}

// invalid_elif_stmt
func (p *parser) invalidElifStmt() {
	mark := p.mark
	if p.expect(kwElif) != nil && p.namedExpression() != nil && p.expect(tNewline) != nil {
		p.raiseSyntaxError("expected ':'")
	}
	p.mark = mark
	if a := p.expect(kwElif); a != nil && p.namedExpression() != nil && p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
		p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'elif' statement on line %d", a.lineno))
	}
	p.mark = mark
}

// invalid_else_stmt
func (p *parser) invalidElseStmt() {
	mark := p.mark
	if a := p.expect(kwElse); a != nil && p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
		p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'else' statement on line %d", a.lineno))
	}
	p.mark = mark
}

// invalid_while_stmt
func (p *parser) invalidWhileStmt() {
	mark := p.mark
	if p.expect(kwWhile) != nil && p.namedExpression() != nil && p.expect(tNewline) != nil {
		p.raiseSyntaxError("expected ':'")
	}
	p.mark = mark
	if a := p.expect(kwWhile); a != nil && p.namedExpression() != nil && p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
		p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'while' statement on line %d", a.lineno))
	}
	p.mark = mark
}

// invalid_for_stmt
func (p *parser) invalidForStmt() {
	mark := p.mark
	p.expect(kwAsync)
	if p.expect(kwFor) != nil && p.starTargets() != nil && p.expect(kwIn) != nil && p.starExpressions() != nil && p.expect(tNewline) != nil {
		p.raiseSyntaxError("expected ':'")
	}
	p.mark = mark
	p.expect(kwAsync)
	if a := p.expect(kwFor); a != nil && p.starTargets() != nil && p.expect(kwIn) != nil && p.starExpressions() != nil &&
		p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
		p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'for' statement on line %d", a.lineno))
	}
	p.mark = mark
}

// invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
func (p *parser) invalidDefRaw() {
	mark := p.mark
	p.expect(kwAsync)
	if a := p.expect(kwDef); a != nil && p.expect(tName) != nil && p.expect(tLpar) != nil {
		m := p.mark
		if p.params() == nil {
			p.mark = m
		}
		if p.expect(tRpar) != nil {
			m := p.mark
			if p.expect(tRarrow) == nil || p.expression() == nil {
				p.mark = m
			}
			if p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
				p.raiseIndentationError(fmt.Sprintf("expected an indented block after function definition on line %d", a.lineno))
			}
		}
	}
	p.mark = mark
}

// invalid_class_def_raw
func (p *parser) invalidClassDefRaw() {
	mark := p.mark
	optArgs := func() {
		m := p.mark
		if p.expect(tLpar) != nil {
			mm := p.mark
			if p.arguments() == nil {
				p.mark = mm
			}
			if p.expect(tRpar) != nil {
				return
			}
		}
		p.mark = m
	}
	if p.expect(kwClass) != nil && p.expect(tName) != nil {
		optArgs()
		if p.expect(tNewline) != nil {
			p.raiseSyntaxError("expected ':'")
		}
	}
	p.mark = mark
	if a := p.expect(kwClass); a != nil && p.expect(tName) != nil {
		optArgs()
		if p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
			p.raiseIndentationError(fmt.Sprintf("expected an indented block after class definition on line %d", a.lineno))
		}
	}
	p.mark = mark
}

// invalid_double_starred_kvpairs
func (p *parser) invalidDoubleStarredKvpairs() {
	mark := p.mark
	// ','.double_starred_kvpair+ ',' invalid_kvpair
	if _, ok := p.doubleStarredKvpair(); ok {
		for {
			m := p.mark
			if p.expect(tComma) == nil {
				break
			}
			if _, ok := p.doubleStarredKvpair(); !ok {
				p.mark = m
				break
			}
		}
		if p.expect(tComma) != nil {
			p.invalidKvpair()
		}
	}
	p.mark = mark
	// expression ':' '*' bitwise_or
	if p.expression() != nil && p.expect(tColon) != nil {
		if a := p.expect(tStar); a != nil && p.bitwiseOr() != nil {
			p.raiseStartingFrom(a, "cannot use a starred expression in a dictionary value")
		}
	}
	p.mark = mark
	// expression ':' &('}'|',')
	if p.expression() != nil {
		if a := p.expect(tColon); a != nil {
			if k := p.peek().kind; k == tRbrace || k == tComma {
				p.raiseAt(a, "expression expected after dictionary key and ':'")
			}
		}
	}
	p.mark = mark
}

// invalid_kvpair
func (p *parser) invalidKvpair() {
	mark := p.mark
	// expression !(':')
	if a := p.expression(); a != nil && !p.at(tColon) {
		s := a.Span()
		p.raiseKnownLocation("SyntaxError", s.Lineno, s.EndColOffset-1, s.EndLineno, -1, "':' expected after dictionary key")
	}
	p.mark = mark
	// expression ':' '*' bitwise_or
	if p.expression() != nil && p.expect(tColon) != nil {
		if a := p.expect(tStar); a != nil && p.bitwiseOr() != nil {
			p.raiseStartingFrom(a, "cannot use a starred expression in a dictionary value")
		}
	}
	p.mark = mark
	// expression ':' &('}'|',')
	if p.expression() != nil {
		if a := p.expect(tColon); a != nil {
			if k := p.peek().kind; k == tRbrace || k == tComma {
				p.raiseAt(a, "expression expected after dictionary key and ':'")
			}
		}
	}
	p.mark = mark
}
