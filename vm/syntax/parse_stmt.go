package syntax

// Statement rules of CPython 3.11's Grammar/python.gram, one method per
// rule, alternatives tried in the grammar's order. A rule returns nil when
// it does not match, leaving the mark where it found it.

// file: [statements] ENDMARKER
func (p *parser) file() *Module {
	p.enter()
	defer p.leave()
	mark := p.mark
	a := p.statements()
	if p.expect(tEndmarker) != nil {
		return &Module{Body: a}
	}
	p.mark = mark
	return nil
}

// interactive: statement_newline
func (p *parser) interactive() *Interactive {
	if a := p.statementNewline(); a != nil {
		return &Interactive{Body: a}
	}
	return nil
}

// eval: expressions NEWLINE* ENDMARKER
func (p *parser) eval() *Expression {
	mark := p.mark
	if a := p.expressions(); a != nil {
		for p.expect(tNewline) != nil {
		}
		if p.expect(tEndmarker) != nil {
			return &Expression{Body: a}
		}
	}
	p.mark = mark
	return nil
}

// fstring: star_expressions
func (p *parser) fstringRule() Expr {
	p.enter()
	defer p.leave()
	return p.starExpressions()
}

// statements: statement+
func (p *parser) statements() []Stmt {
	// Two levels, as pegen's statements_rule and its statement+ loop.
	p.enter()
	p.enter()
	defer p.leave()
	defer p.leave()
	var out []Stmt
	n := 0
	for {
		mark := p.mark
		s := p.statement()
		if s == nil {
			p.mark = mark
			break
		}
		out = append(out, s...)
		n++
	}
	if n == 0 {
		return nil
	}
	return out
}

// statement: compound_stmt | simple_stmts
func (p *parser) statement() []Stmt {
	p.enter()
	defer p.leave()
	mark := p.mark
	if a := p.compoundStmt(); a != nil {
		return []Stmt{a}
	}
	p.mark = mark
	if a := p.simpleStmts(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// statement_newline:
//
//	| compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
func (p *parser) statementNewline() []Stmt {
	mark := p.begin()
	if a := p.compoundStmt(); a != nil {
		if p.expect(tNewline) != nil {
			return []Stmt{a}
		}
	}
	p.mark = mark
	if a := p.simpleStmts(); a != nil {
		return a
	}
	p.mark = mark
	if p.expect(tNewline) != nil {
		return []Stmt{&Pass{Pos: p.extra(mark)}}
	}
	p.mark = mark
	if p.expect(tEndmarker) != nil {
		// _PyPegen_interactive_exit: no statement.
		return nil
	}
	p.mark = mark
	return nil
}

// simple_stmts:
//
//	| simple_stmt !';' NEWLINE
//	| ';'.simple_stmt+ [';'] NEWLINE
func (p *parser) simpleStmts() []Stmt {
	p.enter()
	defer p.leave()
	mark := p.mark
	if a := p.simpleStmt(); a != nil {
		if !p.at(tSemi) && p.expect(tNewline) != nil {
			return []Stmt{a}
		}
	}
	p.mark = mark
	var out []Stmt
	if a := p.simpleStmt(); a != nil {
		out = append(out, a)
		for {
			m := p.mark
			if p.expect(tSemi) == nil {
				break
			}
			b := p.simpleStmt()
			if b == nil {
				p.mark = m
				break
			}
			out = append(out, b)
		}
		p.expect(tSemi)
		if p.expect(tNewline) != nil {
			return out
		}
	}
	p.mark = mark
	return nil
}

// simple_stmt (memo)
func (p *parser) simpleStmt() Stmt {
	if v, ok := p.memo(rSimpleStmt); ok {
		s, _ := v.(Stmt)
		return s
	}
	mark := p.mark
	s := p.simpleStmtRaw()
	p.setMemo(mark, rSimpleStmt, s)
	return s
}

func (p *parser) simpleStmtRaw() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if a := p.assignment(); a != nil {
		return a
	}
	p.mark = mark
	if e := p.starExpressions(); e != nil {
		return &ExprStmt{Pos: p.extra(mark), Value: e}
	}
	p.mark = mark
	switch p.peek().kind {
	case kwReturn:
		if a := p.returnStmt(); a != nil {
			return a
		}
	case kwImport, kwFrom:
		if a := p.importStmt(); a != nil {
			return a
		}
	case kwRaise:
		if a := p.raiseStmt(); a != nil {
			return a
		}
	case kwPass:
		p.mark++
		return &Pass{Pos: p.extra(mark)}
	case kwDel:
		if a := p.delStmt(); a != nil {
			return a
		}
	case kwYield:
		if a := p.yieldStmt(); a != nil {
			return a
		}
	case kwAssert:
		if a := p.assertStmt(); a != nil {
			return a
		}
	case kwBreak:
		p.mark++
		return &Break{Pos: p.extra(mark)}
	case kwContinue:
		p.mark++
		return &Continue{Pos: p.extra(mark)}
	case kwGlobal:
		if a := p.globalStmt(); a != nil {
			return a
		}
	case kwNonlocal:
		if a := p.nonlocalStmt(); a != nil {
			return a
		}
	}
	p.mark = mark
	return nil
}

// compound_stmt
func (p *parser) compoundStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.mark
	k := p.peek().kind
	if k == kwDef || k == tAt || k == kwAsync {
		if a := p.functionDef(); a != nil {
			return a
		}
		p.mark = mark
	}
	if k == kwIf {
		if a := p.ifStmt(); a != nil {
			return a
		}
		p.mark = mark
	}
	if k == kwClass || k == tAt {
		if a := p.classDef(); a != nil {
			return a
		}
		p.mark = mark
	}
	if k == kwWith || k == kwAsync {
		if a := p.withStmt(); a != nil {
			return a
		}
		p.mark = mark
	}
	if k == kwFor || k == kwAsync {
		if a := p.forStmt(); a != nil {
			return a
		}
		p.mark = mark
	}
	if k == kwTry {
		if a := p.tryStmt(); a != nil {
			return a
		}
		p.mark = mark
	}
	if k == kwWhile {
		if a := p.whileStmt(); a != nil {
			return a
		}
		p.mark = mark
	}
	if a := p.matchStmt(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// assignment
func (p *parser) assignment() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	// NAME ':' expression ['=' annotated_rhs]
	if a := p.name(); a != nil {
		if p.expect(tColon) != nil {
			if b := p.expression(); b != nil {
				c := p.optAssignRHS()
				return &AnnAssign{Pos: p.extra(mark), Target: setContext(a, Store), Annotation: b, Value: c, Simple: 1}
			}
		}
	}
	p.mark = mark
	// ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
	var a Expr
	func() {
		p.enter() // the group is a function of its own in pegen
		defer p.leave()
		if p.expect(tLpar) != nil {
			if b := p.singleTarget(); b != nil && p.expect(tRpar) != nil {
				a = b
			}
		}
		if a == nil {
			p.mark = mark
			a = p.singleSubscriptAttributeTarget()
		}
	}()
	if a != nil {
		if p.expect(tColon) != nil {
			if b := p.expression(); b != nil {
				c := p.optAssignRHS()
				return &AnnAssign{Pos: p.extra(mark), Target: a, Annotation: b, Value: c, Simple: 0}
			}
		}
	}
	p.mark = mark
	// (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
	var targets []Expr
	func() {
		// The loop and its group are two levels in pegen.
		p.enter()
		p.enter()
		defer p.leave()
		defer p.leave()
		for {
			m := p.mark
			z := p.starTargets()
			if z == nil || p.expect(tEqual) == nil {
				p.mark = m
				break
			}
			targets = append(targets, z)
		}
	}()
	if len(targets) > 0 {
		if b := p.yieldOrStarExpressions(); b != nil {
			if !p.at(tEqual) {
				return &Assign{Pos: p.extra(mark), Targets: targets, Value: b}
			}
		}
	}
	p.mark = mark
	// single_target augassign ~ (yield_expr | star_expressions)
	if a := p.singleTarget(); a != nil {
		if op := p.augassign(); op != 0 {
			c := p.yieldOrStarExpressions()
			if c == nil {
				// Cut: no other alternative is tried.
				p.mark = mark
				return nil
			}
			return &AugAssign{Pos: p.extra(mark), Target: a, Op: op, Value: c}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidAssignment()
		p.mark = mark
	}
	return nil
}

// optAssignRHS is ['=' d=annotated_rhs { d }].
func (p *parser) optAssignRHS() Expr {
	m := p.mark
	if p.expect(tEqual) != nil {
		if d := p.annotatedRHS(); d != nil {
			return d
		}
	}
	p.mark = m
	return nil
}

// annotated_rhs: yield_expr | star_expressions
func (p *parser) annotatedRHS() Expr { return p.yieldOrStarExpressions() }

// (yield_expr | star_expressions)
func (p *parser) yieldOrStarExpressions() Expr {
	p.enter()
	defer p.leave()
	mark := p.mark
	if a := p.yieldExpr(); a != nil {
		return a
	}
	p.mark = mark
	if a := p.starExpressions(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// augassign
func (p *parser) augassign() Operator {
	var op Operator
	switch p.peek().kind {
	case tPlusEqual:
		op = Add
	case tMinEqual:
		op = Sub
	case tStarEqual:
		op = Mult
	case tAtEqual:
		op = MatMult
	case tSlashEqual:
		op = Div
	case tPercentEqual:
		op = Mod_
	case tAmperEqual:
		op = BitAnd
	case tVbarEqual:
		op = BitOr
	case tCircumflexEqual:
		op = BitXor
	case tLeftShiftEqual:
		op = LShift
	case tRightShiftEqual:
		op = RShift
	case tDoubleStarEqual:
		op = Pow
	case tDoubleSlashEqual:
		op = FloorDiv
	default:
		return 0
	}
	p.mark++
	return op
}

// return_stmt: 'return' [star_expressions]
func (p *parser) returnStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(kwReturn) != nil {
		a := p.starExpressions()
		return &Return{Pos: p.extra(mark), Value: a}
	}
	p.mark = mark
	return nil
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
func (p *parser) raiseStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(kwRaise) != nil {
		if a := p.expression(); a != nil {
			var b Expr
			m := p.mark
			if p.expect(kwFrom) != nil {
				if b = p.expression(); b == nil {
					p.mark = m
				}
			}
			return &Raise{Pos: p.extra(mark), Exc: a, Cause: b}
		}
	}
	p.mark = mark
	if p.expect(kwRaise) != nil {
		return &Raise{Pos: p.extra(mark)}
	}
	p.mark = mark
	return nil
}

// nameList is ','.NAME+.
func (p *parser) nameList() []string {
	var out []string
	t := p.expect(tName)
	if t == nil {
		return nil
	}
	out = append(out, p.newIdentifier(t))
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		t := p.expect(tName)
		if t == nil {
			p.mark = m
			break
		}
		out = append(out, p.newIdentifier(t))
	}
	return out
}

// global_stmt: 'global' ','.NAME+
func (p *parser) globalStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(kwGlobal) != nil {
		if a := p.nameList(); a != nil {
			return &Global{Pos: p.extra(mark), Names: a}
		}
	}
	p.mark = mark
	return nil
}

// nonlocal_stmt: 'nonlocal' ','.NAME+
func (p *parser) nonlocalStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(kwNonlocal) != nil {
		if a := p.nameList(); a != nil {
			return &Nonlocal{Pos: p.extra(mark), Names: a}
		}
	}
	p.mark = mark
	return nil
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
func (p *parser) delStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(kwDel) != nil {
		if a := p.delTargets(); a != nil {
			if k := p.peek().kind; k == tSemi || k == tNewline {
				return &Delete{Pos: p.extra(mark), Targets: a}
			}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidDelStmt()
		p.mark = mark
	}
	return nil
}

// yield_stmt: yield_expr
func (p *parser) yieldStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if y := p.yieldExpr(); y != nil {
		return &ExprStmt{Pos: p.extra(mark), Value: y}
	}
	p.mark = mark
	return nil
}

// assert_stmt: 'assert' expression [',' expression]
func (p *parser) assertStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(kwAssert) != nil {
		if a := p.expression(); a != nil {
			var b Expr
			m := p.mark
			if p.expect(tComma) != nil {
				if b = p.expression(); b == nil {
					p.mark = m
				}
			}
			return &Assert{Pos: p.extra(mark), Test: a, Msg: b}
		}
	}
	p.mark = mark
	return nil
}

// import_stmt: import_name | import_from
func (p *parser) importStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.mark
	if a := p.importName(); a != nil {
		return a
	}
	p.mark = mark
	if a := p.importFrom(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// import_name: 'import' dotted_as_names
func (p *parser) importName() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(kwImport) != nil {
		if a := p.dottedAsNames(); a != nil {
			return &Import{Pos: p.extra(mark), Names: a}
		}
	}
	p.mark = mark
	return nil
}

// dots is ('.' | '...')* counted as _PyPegen_seq_count_dots does.
func (p *parser) dots() (n, count int) {
	for {
		switch p.peek().kind {
		case tDot:
			n++
			count++
		case tEllipsis:
			n += 3
			count++
		default:
			return
		}
		p.mark++
	}
}

// import_from
func (p *parser) importFrom() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expect(kwFrom) != nil {
		level, _ := p.dots()
		if b := p.dottedName(); b != nil {
			if p.expect(kwImport) != nil {
				if c := p.importFromTargets(); c != nil {
					mod := b.Id
					return &ImportFrom{Pos: p.extra(mark), Module: &mod, Names: c, Level: level}
				}
			}
		}
	}
	p.mark = mark
	if p.expect(kwFrom) != nil {
		level, count := p.dots()
		if count > 0 && p.expect(kwImport) != nil {
			if b := p.importFromTargets(); b != nil {
				return &ImportFrom{Pos: p.extra(mark), Names: b, Level: level}
			}
		}
	}
	p.mark = mark
	return nil
}

// import_from_targets
func (p *parser) importFromTargets() []*Alias {
	mark := p.begin()
	if p.expect(tLpar) != nil {
		if a := p.importFromAsNames(); a != nil {
			p.expect(tComma)
			if p.expect(tRpar) != nil {
				return a
			}
		}
	}
	p.mark = mark
	if a := p.importFromAsNames(); a != nil {
		if !p.at(tComma) {
			return a
		}
	}
	p.mark = mark
	if p.expect(tStar) != nil {
		return []*Alias{{Pos: p.extra(mark), Name: "*"}}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidImportFromTargets()
		p.mark = mark
	}
	return nil
}

// import_from_as_names: ','.import_from_as_name+
func (p *parser) importFromAsNames() []*Alias {
	a := p.importFromAsName()
	if a == nil {
		return nil
	}
	out := []*Alias{a}
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		b := p.importFromAsName()
		if b == nil {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	return out
}

// import_from_as_name: NAME ['as' NAME]
func (p *parser) importFromAsName() *Alias {
	mark := p.begin()
	if a := p.expect(tName); a != nil {
		asname := p.optAsName()
		return &Alias{Pos: p.extra(mark), Name: p.newIdentifier(a), Asname: asname}
	}
	p.mark = mark
	return nil
}

// optAsName is ['as' z=NAME { z }].
func (p *parser) optAsName() *string {
	m := p.mark
	if p.expect(kwAs) != nil {
		if z := p.expect(tName); z != nil {
			s := p.newIdentifier(z)
			return &s
		}
	}
	p.mark = m
	return nil
}

// dotted_as_names: ','.dotted_as_name+
func (p *parser) dottedAsNames() []*Alias {
	a := p.dottedAsName()
	if a == nil {
		return nil
	}
	out := []*Alias{a}
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		b := p.dottedAsName()
		if b == nil {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	return out
}

// dotted_as_name: dotted_name ['as' NAME]
func (p *parser) dottedAsName() *Alias {
	mark := p.begin()
	if a := p.dottedName(); a != nil {
		asname := p.optAsName()
		return &Alias{Pos: p.extra(mark), Name: a.Id, Asname: asname}
	}
	p.mark = mark
	return nil
}

// dotted_name: dotted_name '.' NAME | NAME (left-recursive)
func (p *parser) dottedName() *Name {
	if v, ok := p.memo(rDottedName); ok {
		n, _ := v.(*Name)
		return n
	}
	mark := p.begin()
	var res *Name
	if a := p.name(); a != nil {
		res = a
		for {
			m := p.mark
			if p.expect(tDot) == nil {
				break
			}
			b := p.name()
			if b == nil {
				p.mark = m
				break
			}
			res = &Name{Pos: p.extra(mark), Id: res.Id + "." + b.Id, Ctx: Load}
		}
	} else {
		p.mark = mark
	}
	if res == nil {
		p.setMemo(mark, rDottedName, nil)
	} else {
		p.setMemo(mark, rDottedName, res)
	}
	return res
}

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
func (p *parser) block() []Stmt {
	if v, ok := p.memo(rBlock); ok {
		s, _ := v.([]Stmt)
		return s
	}
	mark := p.mark
	s := p.blockRaw()
	if s == nil {
		p.setMemo(mark, rBlock, nil)
	} else {
		p.setMemo(mark, rBlock, s)
	}
	return s
}

func (p *parser) blockRaw() []Stmt {
	p.enter()
	defer p.leave()
	mark := p.mark
	if p.expect(tNewline) != nil && p.expect(tIndent) != nil {
		if a := p.statements(); a != nil {
			if p.expect(tDedent) != nil {
				return a
			}
		}
	}
	p.mark = mark
	if a := p.simpleStmts(); a != nil {
		return a
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidBlock()
		p.mark = mark
	}
	return nil
}

// decorators: ('@' named_expression NEWLINE)+
func (p *parser) decorators() []Expr {
	// The rule, its loop and the loop's group.
	p.enter()
	p.enter()
	p.enter()
	defer p.leave()
	defer p.leave()
	defer p.leave()
	var out []Expr
	for {
		m := p.mark
		if p.expect(tAt) == nil {
			break
		}
		f := p.namedExpression()
		if f == nil || p.expect(tNewline) == nil {
			p.mark = m
			break
		}
		out = append(out, f)
	}
	return out
}

// class_def: decorators class_def_raw | class_def_raw
func (p *parser) classDef() Stmt {
	p.enter()
	defer p.leave()
	mark := p.mark
	if a := p.decorators(); a != nil {
		if b := p.classDefRaw(); b != nil {
			c := *b
			c.DecoratorList = a
			return &c
		}
	}
	p.mark = mark
	if b := p.classDefRaw(); b != nil {
		return b
	}
	p.mark = mark
	return nil
}

// class_def_raw
func (p *parser) classDefRaw() *ClassDef {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.callInvalid {
		p.invalidClassDefRaw()
		p.mark = mark
	}
	if p.expect(kwClass) != nil {
		if a := p.expect(tName); a != nil {
			var bases []Expr
			var kws []*Keyword
			m := p.mark
			if p.expect(tLpar) != nil {
				z := p.arguments()
				if p.expect(tRpar) != nil {
					if z != nil {
						bases, kws = z.Args, z.Keywords
					}
				} else {
					p.mark = m
				}
			}
			if p.expect(tColon) != nil {
				if c := p.block(); c != nil {
					return &ClassDef{Pos: p.extra(mark), Name: p.newIdentifier(a), Bases: bases, Keywords: kws, Body: c}
				}
			}
		}
	}
	p.mark = mark
	return nil
}

// function_def: decorators function_def_raw | function_def_raw
func (p *parser) functionDef() Stmt {
	p.enter()
	defer p.leave()
	mark := p.mark
	if d := p.decorators(); d != nil {
		if f := p.functionDefRaw(); f != nil {
			return withDecorators(f, d)
		}
	}
	p.mark = mark
	if f := p.functionDefRaw(); f != nil {
		return f
	}
	p.mark = mark
	return nil
}

func withDecorators(f Stmt, d []Expr) Stmt {
	switch f := f.(type) {
	case *FunctionDef:
		c := *f
		c.DecoratorList = d
		return &c
	case *AsyncFunctionDef:
		c := *f
		c.DecoratorList = d
		return &c
	}
	return f
}

// function_def_raw
func (p *parser) functionDefRaw() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.callInvalid {
		p.invalidDefRaw()
		p.mark = mark
	}
	for _, async := range []bool{false, true} {
		p.mark = mark
		if async && p.expect(kwAsync) == nil {
			continue
		}
		if p.expect(kwDef) == nil {
			continue
		}
		n := p.expect(tName)
		if n == nil {
			continue
		}
		p.expectForced(tLpar, "(")
		params := p.params()
		if p.expect(tRpar) == nil {
			continue
		}
		var returns Expr
		m := p.mark
		if p.expect(tRarrow) != nil {
			if returns = p.expression(); returns == nil {
				p.mark = m
			}
		}
		p.expectForced(tColon, ":")
		b := p.block()
		if b == nil {
			continue
		}
		if params == nil {
			params = &Arguments{}
		}
		if async {
			return &AsyncFunctionDef{Pos: p.extra(mark), Name: p.newIdentifier(n), Args: params, Body: b, Returns: returns}
		}
		return &FunctionDef{Pos: p.extra(mark), Name: p.newIdentifier(n), Args: params, Body: b, Returns: returns}
	}
	p.mark = mark
	return nil
}

// if_stmt
func (p *parser) ifStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.callInvalid {
		p.invalidIfStmt()
		p.mark = mark
	}
	if p.expect(kwIf) != nil {
		if a := p.namedExpression(); a != nil && p.expect(tColon) != nil {
			if b := p.block(); b != nil {
				if c := p.elifStmt(); c != nil {
					return &If{Pos: p.extra(mark), Test: a, Body: b, Orelse: []Stmt{c}}
				}
			}
		}
	}
	p.mark = mark
	if p.expect(kwIf) != nil {
		if a := p.namedExpression(); a != nil && p.expect(tColon) != nil {
			if b := p.block(); b != nil {
				c := p.optElseBlock()
				return &If{Pos: p.extra(mark), Test: a, Body: b, Orelse: c}
			}
		}
	}
	p.mark = mark
	return nil
}

// elif_stmt
func (p *parser) elifStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.callInvalid {
		p.invalidElifStmt()
		p.mark = mark
	}
	if p.expect(kwElif) != nil {
		if a := p.namedExpression(); a != nil && p.expect(tColon) != nil {
			if b := p.block(); b != nil {
				if c := p.elifStmt(); c != nil {
					return &If{Pos: p.extra(mark), Test: a, Body: b, Orelse: []Stmt{c}}
				}
			}
		}
	}
	p.mark = mark
	if p.expect(kwElif) != nil {
		if a := p.namedExpression(); a != nil && p.expect(tColon) != nil {
			if b := p.block(); b != nil {
				c := p.optElseBlock()
				return &If{Pos: p.extra(mark), Test: a, Body: b, Orelse: c}
			}
		}
	}
	p.mark = mark
	return nil
}

// optElseBlock is [else_block].
func (p *parser) optElseBlock() []Stmt {
	m := p.mark
	if c := p.elseBlock(); c != nil {
		return c
	}
	p.mark = m
	return nil
}

// else_block: invalid_else_stmt | 'else' &&':' block
func (p *parser) elseBlock() []Stmt {
	mark := p.mark
	if p.callInvalid {
		p.invalidElseStmt()
		p.mark = mark
	}
	if p.expect(kwElse) != nil {
		p.expectForced(tColon, ":")
		if b := p.block(); b != nil {
			return b
		}
	}
	p.mark = mark
	return nil
}

// while_stmt
func (p *parser) whileStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.callInvalid {
		p.invalidWhileStmt()
		p.mark = mark
	}
	if p.expect(kwWhile) != nil {
		if a := p.namedExpression(); a != nil && p.expect(tColon) != nil {
			if b := p.block(); b != nil {
				c := p.optElseBlock()
				return &While{Pos: p.extra(mark), Test: a, Body: b, Orelse: c}
			}
		}
	}
	p.mark = mark
	return nil
}

// for_stmt
func (p *parser) forStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.callInvalid {
		p.invalidForStmt()
		p.mark = mark
	}
	for _, async := range []bool{false, true} {
		p.mark = mark
		if async && p.expect(kwAsync) == nil {
			continue
		}
		if p.expect(kwFor) == nil {
			continue
		}
		t := p.starTargets()
		if t == nil || p.expect(kwIn) == nil {
			continue
		}
		// Cut: past 'in', no other alternative is tried.
		ex := p.starExpressions()
		if ex == nil || p.expect(tColon) == nil {
			p.mark = mark
			return nil
		}
		b := p.block()
		if b == nil {
			p.mark = mark
			return nil
		}
		el := p.optElseBlock()
		if async {
			return &AsyncFor{Pos: p.extra(mark), Target: t, Iter: ex, Body: b, Orelse: el}
		}
		return &For{Pos: p.extra(mark), Target: t, Iter: ex, Body: b, Orelse: el}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidForTarget()
		p.mark = mark
	}
	return nil
}

// with_stmt
func (p *parser) withStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.callInvalid {
		p.invalidWithStmtIndent()
		p.mark = mark
	}
	for _, async := range []bool{false, true} {
		// 'with' '(' ','.with_item+ ','? ')' ':' block
		p.mark = mark
		if !async || p.expect(kwAsync) != nil {
			if p.expect(kwWith) != nil && p.expect(tLpar) != nil {
				if a := p.withItems(); a != nil {
					p.expect(tComma)
					if p.expect(tRpar) != nil && p.expect(tColon) != nil {
						if b := p.block(); b != nil {
							if async {
								return &AsyncWith{Pos: p.extra(mark), Items: a, Body: b}
							}
							return &With{Pos: p.extra(mark), Items: a, Body: b}
						}
					}
				}
			}
		}
		// 'with' ','.with_item+ ':' [TYPE_COMMENT] block
		p.mark = mark
		if !async || p.expect(kwAsync) != nil {
			if p.expect(kwWith) != nil {
				if a := p.withItems(); a != nil && p.expect(tColon) != nil {
					if b := p.block(); b != nil {
						if async {
							return &AsyncWith{Pos: p.extra(mark), Items: a, Body: b}
						}
						return &With{Pos: p.extra(mark), Items: a, Body: b}
					}
				}
			}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidWithStmt()
		p.mark = mark
	}
	return nil
}

// withItems is ','.with_item+.
func (p *parser) withItems() []*WithItem {
	p.enter() // the gather
	defer p.leave()
	a := p.withItem()
	if a == nil {
		return nil
	}
	out := []*WithItem{a}
	p.enter() // its loop
	defer p.leave()
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		b := p.withItem()
		if b == nil {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	return out
}

// with_item
func (p *parser) withItem() *WithItem {
	p.enter()
	defer p.leave()
	mark := p.mark
	if e := p.expression(); e != nil {
		if p.expect(kwAs) != nil {
			if t := p.starTarget(); t != nil {
				if k := p.peek().kind; k == tComma || k == tRpar || k == tColon {
					return &WithItem{ContextExpr: e, OptionalVars: t}
				}
			}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidWithItem()
		p.mark = mark
	}
	if e := p.expression(); e != nil {
		return &WithItem{ContextExpr: e}
	}
	p.mark = mark
	return nil
}

// try_stmt
func (p *parser) tryStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.callInvalid {
		p.invalidTryStmt()
		p.mark = mark
	}
	if p.expect(kwTry) != nil {
		p.expectForced(tColon, ":")
		if b := p.block(); b != nil {
			if f := p.finallyBlock(); f != nil {
				return &Try{Pos: p.extra(mark), Body: b, Finalbody: f}
			}
		}
	}
	p.mark = mark
	if p.expect(kwTry) != nil {
		p.expectForced(tColon, ":")
		if b := p.block(); b != nil {
			var ex []*ExceptHandler
			for {
				m := p.mark
				h := p.exceptBlock()
				if h == nil {
					p.mark = m
					break
				}
				ex = append(ex, h)
			}
			if ex != nil {
				el := p.optElseBlock()
				f := p.optFinallyBlock()
				return &Try{Pos: p.extra(mark), Body: b, Handlers: ex, Orelse: el, Finalbody: f}
			}
		}
	}
	p.mark = mark
	if p.expect(kwTry) != nil {
		p.expectForced(tColon, ":")
		if b := p.block(); b != nil {
			var ex []*ExceptHandler
			for {
				m := p.mark
				h := p.exceptStarBlock()
				if h == nil {
					p.mark = m
					break
				}
				ex = append(ex, h)
			}
			if ex != nil {
				el := p.optElseBlock()
				f := p.optFinallyBlock()
				return &TryStar{Pos: p.extra(mark), Body: b, Handlers: ex, Orelse: el, Finalbody: f}
			}
		}
	}
	p.mark = mark
	return nil
}

// except_block
func (p *parser) exceptBlock() *ExceptHandler {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.callInvalid {
		p.invalidExceptStmtIndent()
		p.mark = mark
	}
	if p.expect(kwExcept) != nil {
		if e := p.expression(); e != nil {
			t := p.optAsName()
			if p.expect(tColon) != nil {
				if b := p.block(); b != nil {
					return &ExceptHandler{Pos: p.extra(mark), Type: e, Name: t, Body: b}
				}
			}
		}
	}
	p.mark = mark
	if p.expect(kwExcept) != nil && p.expect(tColon) != nil {
		if b := p.block(); b != nil {
			return &ExceptHandler{Pos: p.extra(mark), Body: b}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidExceptStmt()
		p.mark = mark
	}
	return nil
}

// except_star_block
func (p *parser) exceptStarBlock() *ExceptHandler {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.callInvalid {
		p.invalidExceptStarStmtIndent()
		p.mark = mark
	}
	if p.expect(kwExcept) != nil && p.expect(tStar) != nil {
		if e := p.expression(); e != nil {
			t := p.optAsName()
			if p.expect(tColon) != nil {
				if b := p.block(); b != nil {
					return &ExceptHandler{Pos: p.extra(mark), Type: e, Name: t, Body: b}
				}
			}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidExceptStmt()
		p.mark = mark
	}
	return nil
}

// optFinallyBlock is [finally_block].
func (p *parser) optFinallyBlock() []Stmt {
	m := p.mark
	if f := p.finallyBlock(); f != nil {
		return f
	}
	p.mark = m
	return nil
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
func (p *parser) finallyBlock() []Stmt {
	mark := p.mark
	if p.callInvalid {
		p.invalidFinallyStmt()
		p.mark = mark
	}
	if p.expect(kwFinally) != nil {
		p.expectForced(tColon, ":")
		if a := p.block(); a != nil {
			return a
		}
	}
	p.mark = mark
	return nil
}
