package syntax

// Function and lambda parameter rules of CPython 3.11's
// Grammar/python.gram. The lambda rules are the function rules without
// annotations and with ':' where the function rules expect ')', so one
// implementation serves both, switched by lambda.

// nameDefault is NameDefaultPair.
type nameDefault struct {
	arg   *Arg
	value Expr
}

// slashWithDefault is SlashWithDefault.
type slashWithDefault struct {
	plainNames        []*Arg
	namesWithDefaults []nameDefault
}

// starEtc is StarEtc.
type starEtc struct {
	vararg     *Arg
	kwonlyargs []nameDefault
	kwarg      *Arg
}

// makeArguments is _PyPegen_make_arguments.
func makeArguments(slashNoDefault []*Arg, slashWith *slashWithDefault, plainNames []*Arg, namesWithDefault []nameDefault, se *starEtc) *Arguments {
	a := &Arguments{}
	switch {
	case slashNoDefault != nil:
		a.Posonlyargs = slashNoDefault
	case slashWith != nil:
		a.Posonlyargs = append(append([]*Arg{}, slashWith.plainNames...), namesOf(slashWith.namesWithDefaults)...)
	}
	a.Args = append(append([]*Arg{}, plainNames...), namesOf(namesWithDefault)...)
	if slashWith != nil {
		a.Defaults = append(a.Defaults, defaultsOf(slashWith.namesWithDefaults)...)
	}
	a.Defaults = append(a.Defaults, defaultsOf(namesWithDefault)...)
	if se != nil {
		a.Vararg = se.vararg
		a.Kwonlyargs = namesOf(se.kwonlyargs)
		a.KwDefaults = defaultsOf(se.kwonlyargs)
		a.Kwarg = se.kwarg
	}
	if len(a.Posonlyargs) == 0 {
		a.Posonlyargs = nil
	}
	if len(a.Args) == 0 {
		a.Args = nil
	}
	return a
}

func namesOf(nd []nameDefault) []*Arg {
	var out []*Arg
	for _, x := range nd {
		out = append(out, x.arg)
	}
	return out
}

func defaultsOf(nd []nameDefault) []Expr {
	var out []Expr
	for _, x := range nd {
		out = append(out, x.value)
	}
	return out
}

// closer is the token that ends a parameter list: ')' for def, ':' for
// lambda.
func closer(lambda bool) tokKind {
	if lambda {
		return tColon
	}
	return tRpar
}

// params: invalid_parameters | parameters
func (p *parser) params() *Arguments {
	mark := p.mark
	if p.callInvalid {
		p.invalidParameters(false)
		p.mark = mark
	}
	if a := p.parameters(false); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
func (p *parser) lambdaParams() *Arguments {
	mark := p.mark
	if p.callInvalid {
		p.invalidParameters(true)
		p.mark = mark
	}
	if a := p.parameters(true); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// parameters / lambda_parameters
func (p *parser) parameters(lambda bool) *Arguments {
	p.enter()
	defer p.leave()
	mark := p.mark
	// slash_no_default param_no_default* param_with_default* [star_etc]
	if a := p.slashNoDefault(lambda); a != nil {
		b := p.paramNoDefaultStar(lambda)
		c := p.paramWithDefaultStar(lambda)
		d := p.optStarEtc(lambda)
		return makeArguments(a, nil, b, c, d)
	}
	p.mark = mark
	// slash_with_default param_with_default* [star_etc]
	if a := p.slashWithDefault(lambda); a != nil {
		b := p.paramWithDefaultStar(lambda)
		c := p.optStarEtc(lambda)
		return makeArguments(nil, a, nil, b, c)
	}
	p.mark = mark
	// param_no_default+ param_with_default* [star_etc]
	if a := p.paramNoDefaultStar(lambda); a != nil {
		b := p.paramWithDefaultStar(lambda)
		c := p.optStarEtc(lambda)
		return makeArguments(nil, nil, a, b, c)
	}
	p.mark = mark
	// param_with_default+ [star_etc]
	if a := p.paramWithDefaultStar(lambda); a != nil {
		b := p.optStarEtc(lambda)
		return makeArguments(nil, nil, nil, a, b)
	}
	p.mark = mark
	// star_etc
	if a := p.starEtc(lambda); a != nil {
		return makeArguments(nil, nil, nil, nil, a)
	}
	p.mark = mark
	return nil
}

// paramNoDefaultStar is param_no_default* (nil when none).
func (p *parser) paramNoDefaultStar(lambda bool) []*Arg {
	var out []*Arg
	for {
		m := p.mark
		a := p.paramNoDefault(lambda)
		if a == nil {
			p.mark = m
			return out
		}
		out = append(out, a)
	}
}

// paramWithDefaultStar is param_with_default* (nil when none).
func (p *parser) paramWithDefaultStar(lambda bool) []nameDefault {
	var out []nameDefault
	for {
		m := p.mark
		a, ok := p.paramWithDefault(lambda)
		if !ok {
			p.mark = m
			return out
		}
		out = append(out, a)
	}
}

// paramMaybeDefaultStar is param_maybe_default* (nil when none).
func (p *parser) paramMaybeDefaultStar(lambda bool) []nameDefault {
	var out []nameDefault
	for {
		m := p.mark
		a, ok := p.paramMaybeDefault(lambda)
		if !ok {
			p.mark = m
			return out
		}
		out = append(out, a)
	}
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
func (p *parser) slashNoDefault(lambda bool) []*Arg {
	mark := p.mark
	for _, comma := range []bool{true, false} {
		p.mark = mark
		a := p.paramNoDefaultStar(lambda)
		if a == nil || p.expect(tSlash) == nil {
			continue
		}
		if comma {
			if p.expect(tComma) != nil {
				return a
			}
		} else if p.at(closer(lambda)) {
			return a
		}
	}
	p.mark = mark
	return nil
}

// slash_with_default:
//
//	| param_no_default* param_with_default+ '/' ','
//	| param_no_default* param_with_default+ '/' &')'
func (p *parser) slashWithDefault(lambda bool) *slashWithDefault {
	mark := p.mark
	for _, comma := range []bool{true, false} {
		p.mark = mark
		a := p.paramNoDefaultStar(lambda)
		b := p.paramWithDefaultStar(lambda)
		if b == nil || p.expect(tSlash) == nil {
			continue
		}
		if comma {
			if p.expect(tComma) != nil {
				return &slashWithDefault{a, b}
			}
		} else if p.at(closer(lambda)) {
			return &slashWithDefault{a, b}
		}
	}
	p.mark = mark
	return nil
}

// optStarEtc is [star_etc].
func (p *parser) optStarEtc(lambda bool) *starEtc {
	m := p.mark
	if a := p.starEtc(lambda); a != nil {
		return a
	}
	p.mark = m
	return nil
}

// star_etc
func (p *parser) starEtc(lambda bool) *starEtc {
	p.enter()
	defer p.leave()
	mark := p.mark
	if p.callInvalid {
		p.invalidStarEtc(lambda)
		p.mark = mark
	}
	// '*' param_no_default param_maybe_default* [kwds]
	if p.expect(tStar) != nil {
		if a := p.paramNoDefault(lambda); a != nil {
			b := p.paramMaybeDefaultStar(lambda)
			c := p.optKwds(lambda)
			return &starEtc{a, b, c}
		}
	}
	p.mark = mark
	// '*' param_no_default_star_annotation param_maybe_default* [kwds]
	if !lambda && p.expect(tStar) != nil {
		if a := p.paramNoDefaultStarAnnotation(); a != nil {
			b := p.paramMaybeDefaultStar(lambda)
			c := p.optKwds(lambda)
			return &starEtc{a, b, c}
		}
	}
	p.mark = mark
	// '*' ',' param_maybe_default+ [kwds]
	if p.expect(tStar) != nil && p.expect(tComma) != nil {
		if b := p.paramMaybeDefaultStar(lambda); b != nil {
			c := p.optKwds(lambda)
			return &starEtc{nil, b, c}
		}
	}
	p.mark = mark
	// kwds
	if a := p.kwds(lambda); a != nil {
		return &starEtc{nil, nil, a}
	}
	p.mark = mark
	return nil
}

// optKwds is [kwds].
func (p *parser) optKwds(lambda bool) *Arg {
	m := p.mark
	if a := p.kwds(lambda); a != nil {
		return a
	}
	p.mark = m
	return nil
}

// kwds: invalid_kwds | '**' param_no_default
func (p *parser) kwds(lambda bool) *Arg {
	mark := p.mark
	if p.callInvalid {
		p.invalidKwds(lambda)
		p.mark = mark
	}
	if p.expect(tDoubleStar) != nil {
		if a := p.paramNoDefault(lambda); a != nil {
			return a
		}
	}
	p.mark = mark
	return nil
}

// typeCommentProbe stands for the TYPE_COMMENT? after a parameter's
// comma: CPython fetches the next token to look for one (never finding
// it, as type comments are off), so a tokenizer error there is raised.
func (p *parser) typeCommentProbe(lambda bool) {
	if !lambda {
		p.peek()
	}
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
func (p *parser) paramNoDefault(lambda bool) *Arg {
	mark := p.mark
	if a := p.param(lambda); a != nil && p.expect(tComma) != nil {
		p.typeCommentProbe(lambda)
		return a
	}
	p.mark = mark
	if a := p.param(lambda); a != nil && p.at(closer(lambda)) {
		return a
	}
	p.mark = mark
	return nil
}

// param_no_default_star_annotation
func (p *parser) paramNoDefaultStarAnnotation() *Arg {
	mark := p.mark
	if a := p.paramStarAnnotation(); a != nil && p.expect(tComma) != nil {
		p.typeCommentProbe(false)
		return a
	}
	p.mark = mark
	if a := p.paramStarAnnotation(); a != nil && p.at(tRpar) {
		return a
	}
	p.mark = mark
	return nil
}

// param_with_default: param default ',' | param default &')'
func (p *parser) paramWithDefault(lambda bool) (nameDefault, bool) {
	mark := p.mark
	if a := p.param(lambda); a != nil {
		if c := p.defaultValue(); c != nil && p.expect(tComma) != nil {
			p.typeCommentProbe(lambda)
			return nameDefault{a, c}, true
		}
	}
	p.mark = mark
	if a := p.param(lambda); a != nil {
		if c := p.defaultValue(); c != nil && p.at(closer(lambda)) {
			return nameDefault{a, c}, true
		}
	}
	p.mark = mark
	return nameDefault{}, false
}

// param_maybe_default: param default? ',' | param default? &')'
func (p *parser) paramMaybeDefault(lambda bool) (nameDefault, bool) {
	mark := p.mark
	if a := p.param(lambda); a != nil {
		c := p.optDefault()
		if p.expect(tComma) != nil {
			p.typeCommentProbe(lambda)
			return nameDefault{a, c}, true
		}
	}
	p.mark = mark
	if a := p.param(lambda); a != nil {
		c := p.optDefault()
		if p.at(closer(lambda)) {
			return nameDefault{a, c}, true
		}
	}
	p.mark = mark
	return nameDefault{}, false
}

func (p *parser) optDefault() Expr {
	m := p.mark
	if c := p.defaultValue(); c != nil {
		return c
	}
	p.mark = m
	return nil
}

// param: NAME annotation?   (lambda_param: NAME)
func (p *parser) param(lambda bool) *Arg {
	mark := p.begin()
	if a := p.expect(tName); a != nil {
		var b Expr
		if !lambda {
			m := p.mark
			if p.expect(tColon) != nil {
				if b = p.expression(); b == nil {
					p.mark = m
				}
			}
		}
		return &Arg{Pos: p.extra(mark), Arg: p.newIdentifier(a), Annotation: b}
	}
	p.mark = mark
	return nil
}

// param_star_annotation: NAME star_annotation
func (p *parser) paramStarAnnotation() *Arg {
	mark := p.begin()
	if a := p.expect(tName); a != nil && p.expect(tColon) != nil {
		if b := p.starExpression(); b != nil {
			return &Arg{Pos: p.extra(mark), Arg: p.newIdentifier(a), Annotation: b}
		}
	}
	p.mark = mark
	return nil
}

// default: '=' expression | invalid_default
func (p *parser) defaultValue() Expr {
	mark := p.mark
	if p.expect(tEqual) != nil {
		if a := p.expression(); a != nil {
			return a
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidDefault()
		p.mark = mark
	}
	return nil
}
