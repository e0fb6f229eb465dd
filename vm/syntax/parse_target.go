package syntax

// Assignment and del target rules of CPython 3.11's Grammar/python.gram.

// setContext is _PyPegen_set_expr_context: a copy of e with the context
// ctx on e and, for tuples, lists and starred expressions, on its
// elements. Nodes are never changed in place: memoized results are shared.
func setContext(e Expr, ctx ExprContext) Expr {
	switch v := e.(type) {
	case *Name:
		c := *v
		c.Ctx = ctx
		return &c
	case *Tuple:
		c := *v
		c.Ctx = ctx
		c.Elts = setContextAll(v.Elts, ctx)
		return &c
	case *List:
		c := *v
		c.Ctx = ctx
		c.Elts = setContextAll(v.Elts, ctx)
		return &c
	case *Subscript:
		c := *v
		c.Ctx = ctx
		return &c
	case *Attribute:
		c := *v
		c.Ctx = ctx
		return &c
	case *Starred:
		c := *v
		c.Ctx = ctx
		c.Value = setContext(v.Value, ctx)
		return &c
	}
	return e
}

func setContextAll(es []Expr, ctx ExprContext) []Expr {
	if es == nil {
		return nil
	}
	out := make([]Expr, len(es))
	for i, e := range es {
		out[i] = setContext(e, ctx)
	}
	return out
}

// star_targets: star_target !',' | star_target (',' star_target)* [',']
func (p *parser) starTargets() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if a := p.starTarget(); a != nil && !p.at(tComma) {
		return a
	}
	p.mark = mark
	if a := p.starTarget(); a != nil {
		elts := []Expr{a}
		for {
			m := p.mark
			if p.expect(tComma) == nil {
				break
			}
			c := p.starTarget()
			if c == nil {
				p.mark = m
				break
			}
			elts = append(elts, c)
		}
		p.expect(tComma)
		return &Tuple{Pos: p.extra(mark), Elts: elts, Ctx: Store}
	}
	p.mark = mark
	return nil
}

// star_targets_list_seq: ','.star_target+ [',']
func (p *parser) starTargetsListSeq() []Expr {
	a := p.starTarget()
	if a == nil {
		return nil
	}
	out := []Expr{a}
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		b := p.starTarget()
		if b == nil {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	p.expect(tComma)
	return out
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
func (p *parser) starTargetsTupleSeq() []Expr {
	mark := p.mark
	if a := p.starTarget(); a != nil {
		out := []Expr{a}
		for {
			m := p.mark
			if p.expect(tComma) == nil {
				break
			}
			c := p.starTarget()
			if c == nil {
				p.mark = m
				break
			}
			out = append(out, c)
		}
		if len(out) > 1 {
			p.expect(tComma)
			return out
		}
	}
	p.mark = mark
	if a := p.starTarget(); a != nil && p.expect(tComma) != nil {
		return []Expr{a}
	}
	p.mark = mark
	return nil
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
func (p *parser) starTarget() Expr {
	if v, ok := p.memo(rStarTarget); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.begin()
	e := func() Expr {
		p.enter()
		defer p.leave()
		if p.expect(tStar) != nil && !p.at(tStar) {
			if a := p.starTarget(); a != nil {
				return &Starred{Pos: p.extra(mark), Value: setContext(a, Store), Ctx: Store}
			}
		}
		p.mark = mark
		if a := p.targetWithStarAtom(); a != nil {
			return a
		}
		p.mark = mark
		return nil
	}()
	p.setMemo(mark, rStarTarget, e)
	return e
}

// tLookahead is t_lookahead: '(' | '[' | '.'
func (p *parser) tLookahead() bool {
	k := p.peek().kind
	return k == tLpar || k == tLsqb || k == tDot
}

// subscriptAttributeTarget is the two alternatives shared by
// target_with_star_atom, single_subscript_attribute_target and del_target:
// t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
func (p *parser) subscriptAttributeTarget(ctx ExprContext) Expr {
	mark := p.begin()
	if a := p.tPrimary(); a != nil && p.expect(tDot) != nil {
		if b := p.name(); b != nil && !p.tLookahead() {
			return &Attribute{Pos: p.extra(mark), Value: a, Attr: b.Id, Ctx: ctx}
		}
	}
	p.mark = mark
	if a := p.tPrimary(); a != nil && p.expect(tLsqb) != nil {
		if b := p.slices(); b != nil && p.expect(tRsqb) != nil && !p.tLookahead() {
			return &Subscript{Pos: p.extra(mark), Value: a, Slice: b, Ctx: ctx}
		}
	}
	p.mark = mark
	return nil
}

// target_with_star_atom (memo)
func (p *parser) targetWithStarAtom() Expr {
	if v, ok := p.memo(rTargetWithStarAtom); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.begin()
	e := func() Expr {
		p.enter()
		defer p.leave()
		if a := p.subscriptAttributeTarget(Store); a != nil {
			return a
		}
		p.mark = mark
		if a := p.starAtom(); a != nil {
			return a
		}
		p.mark = mark
		return nil
	}()
	p.setMemo(mark, rTargetWithStarAtom, e)
	return e
}

// star_atom
func (p *parser) starAtom() Expr {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if a := p.name(); a != nil {
		return setContext(a, Store)
	}
	p.mark = mark
	if p.expect(tLpar) != nil {
		if a := p.targetWithStarAtom(); a != nil && p.expect(tRpar) != nil {
			return setContext(a, Store)
		}
	}
	p.mark = mark
	if p.expect(tLpar) != nil {
		m := p.mark
		a := p.starTargetsTupleSeq()
		if a == nil {
			p.mark = m
		}
		if p.expect(tRpar) != nil {
			return &Tuple{Pos: p.extra(mark), Elts: a, Ctx: Store}
		}
	}
	p.mark = mark
	if p.expect(tLsqb) != nil {
		m := p.mark
		a := p.starTargetsListSeq()
		if a == nil {
			p.mark = m
		}
		if p.expect(tRsqb) != nil {
			return &List{Pos: p.extra(mark), Elts: a, Ctx: Store}
		}
	}
	p.mark = mark
	return nil
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
func (p *parser) singleTarget() Expr {
	p.enter()
	defer p.leave()
	mark := p.mark
	if a := p.singleSubscriptAttributeTarget(); a != nil {
		return a
	}
	p.mark = mark
	if a := p.name(); a != nil {
		return setContext(a, Store)
	}
	p.mark = mark
	if p.expect(tLpar) != nil {
		if a := p.singleTarget(); a != nil && p.expect(tRpar) != nil {
			return a
		}
	}
	p.mark = mark
	return nil
}

// single_subscript_attribute_target
func (p *parser) singleSubscriptAttributeTarget() Expr {
	p.enter()
	defer p.leave()
	return p.subscriptAttributeTarget(Store)
}

// t_primary (left-recursive):
//
//	| t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
//	| t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
//	| atom &t_lookahead
func (p *parser) tPrimary() Expr {
	if v, ok := p.memo(rTPrimary); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.begin()
	p.enter()
	p.enter()
	defer p.leave()
	defer p.leave()
	var res Expr
	if a := p.atom(); a != nil && p.tLookahead() {
		res = a
	} else {
		p.mark = mark
	}
	for res != nil {
		m := p.mark
		if p.expect(tDot) != nil {
			if b := p.name(); b != nil && p.tLookahead() {
				res = &Attribute{Pos: p.extra(mark), Value: res, Attr: b.Id, Ctx: Load}
				continue
			}
		}
		p.mark = m
		if p.expect(tLsqb) != nil {
			if b := p.slices(); b != nil && p.expect(tRsqb) != nil && p.tLookahead() {
				res = &Subscript{Pos: p.extra(mark), Value: res, Slice: b, Ctx: Load}
				continue
			}
		}
		p.mark = m
		if b := p.genexp(); b != nil && p.tLookahead() {
			res = &Call{Pos: p.extra(mark), Func: res, Args: []Expr{b}}
			continue
		}
		p.mark = m
		if p.expect(tLpar) != nil {
			b := p.arguments()
			if p.expect(tRpar) != nil && p.tLookahead() {
				c := &Call{Pos: p.extra(mark), Func: res}
				if b != nil {
					c.Args, c.Keywords = b.Args, b.Keywords
				}
				res = c
				continue
			}
		}
		p.mark = m
		break
	}
	p.setMemo(mark, rTPrimary, res)
	return res
}

// del_targets: ','.del_target+ [',']
func (p *parser) delTargets() []Expr {
	a := p.delTarget()
	if a == nil {
		return nil
	}
	out := []Expr{a}
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		b := p.delTarget()
		if b == nil {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	p.expect(tComma)
	return out
}

// del_target (memo)
func (p *parser) delTarget() Expr {
	if v, ok := p.memo(rDelTarget); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.begin()
	e := func() Expr {
		p.enter()
		defer p.leave()
		if a := p.subscriptAttributeTarget(Del); a != nil {
			return a
		}
		p.mark = mark
		if a := p.delTAtom(); a != nil {
			return a
		}
		p.mark = mark
		return nil
	}()
	p.setMemo(mark, rDelTarget, e)
	return e
}

// del_t_atom
func (p *parser) delTAtom() Expr {
	mark := p.begin()
	if a := p.name(); a != nil {
		return setContext(a, Del)
	}
	p.mark = mark
	if p.expect(tLpar) != nil {
		if a := p.delTarget(); a != nil && p.expect(tRpar) != nil {
			return setContext(a, Del)
		}
	}
	p.mark = mark
	if p.expect(tLpar) != nil {
		m := p.mark
		a := p.delTargets()
		if a == nil {
			p.mark = m
		}
		if p.expect(tRpar) != nil {
			return &Tuple{Pos: p.extra(mark), Elts: a, Ctx: Del}
		}
	}
	p.mark = mark
	if p.expect(tLsqb) != nil {
		m := p.mark
		a := p.delTargets()
		if a == nil {
			p.mark = m
		}
		if p.expect(tRsqb) != nil {
			return &List{Pos: p.extra(mark), Elts: a, Ctx: Del}
		}
	}
	p.mark = mark
	return nil
}
