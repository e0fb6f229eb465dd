package syntax

import (
	"fmt"

	"github.com/quicken-py/quicken/vm/constant"
)

// Match statement rules of CPython 3.11's Grammar/python.gram. "match",
// "case" and "_" are soft keywords: NAME tokens recognised by their text.

// match_stmt:
//
//	| "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//	| invalid_match_stmt
func (p *parser) matchStmt() Stmt {
	p.enter()
	defer p.leave()
	mark := p.begin()
	if p.expectSoft("match") != nil {
		if subject := p.subjectExpr(); subject != nil {
			if p.expect(tColon) != nil && p.expect(tNewline) != nil && p.expect(tIndent) != nil {
				var cases []*MatchCase
				for {
					m := p.mark
					c := p.caseBlock()
					if c == nil {
						p.mark = m
						break
					}
					cases = append(cases, c)
				}
				if cases != nil && p.expect(tDedent) != nil {
					return &Match{Pos: p.extra(mark), Subject: subject, Cases: cases}
				}
			}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidMatchStmt()
		p.mark = mark
	}
	return nil
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
func (p *parser) subjectExpr() Expr {
	mark := p.begin()
	if value := p.starNamedExpression(); value != nil && p.expect(tComma) != nil {
		values := p.starNamedExpressions()
		return &Tuple{Pos: p.extra(mark), Elts: append([]Expr{value}, values...), Ctx: Load}
	}
	p.mark = mark
	if a := p.namedExpression(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// case_block: invalid_case_block | "case" patterns guard? ':' block
func (p *parser) caseBlock() *MatchCase {
	p.enter()
	defer p.leave()
	mark := p.mark
	if p.callInvalid {
		p.invalidCaseBlock()
		p.mark = mark
	}
	if p.expectSoft("case") != nil {
		if pattern := p.patterns(); pattern != nil {
			guard := p.optGuard()
			if p.expect(tColon) != nil {
				if body := p.block(); body != nil {
					return &MatchCase{Pattern: pattern, Guard: guard, Body: body}
				}
			}
		}
	}
	p.mark = mark
	return nil
}

// optGuard is guard?; guard: 'if' named_expression
func (p *parser) optGuard() Expr {
	m := p.mark
	if p.expect(kwIf) != nil {
		if g := p.namedExpression(); g != nil {
			return g
		}
	}
	p.mark = m
	return nil
}

// patterns: open_sequence_pattern | pattern
func (p *parser) patterns() Pattern {
	mark := p.begin()
	if ps := p.openSequencePattern(); ps != nil {
		return &MatchSequence{Pos: p.extra(mark), Patterns: ps}
	}
	p.mark = mark
	if a := p.pattern(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// pattern: as_pattern | or_pattern
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	mark := p.mark
	if a := p.asPattern(); a != nil {
		return a
	}
	p.mark = mark
	if a := p.orPattern(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
func (p *parser) asPattern() Pattern {
	mark := p.begin()
	if pat := p.orPattern(); pat != nil && p.expect(kwAs) != nil {
		if target := p.patternCaptureTarget(); target != nil {
			id := target.Id
			return &MatchAs{Pos: p.extra(mark), Pattern: pat, Name: &id}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidAsPattern()
		p.mark = mark
	}
	return nil
}

// or_pattern: '|'.closed_pattern+
func (p *parser) orPattern() Pattern {
	mark := p.begin()
	a := p.closedPattern()
	if a == nil {
		p.mark = mark
		return nil
	}
	pats := []Pattern{a}
	for {
		m := p.mark
		if p.expect(tVbar) == nil {
			break
		}
		b := p.closedPattern()
		if b == nil {
			p.mark = m
			break
		}
		pats = append(pats, b)
	}
	if len(pats) == 1 {
		return pats[0]
	}
	return &MatchOr{Pos: p.extra(mark), Patterns: pats}
}

// closed_pattern (memo)
func (p *parser) closedPattern() Pattern {
	if v, ok := p.memo(rClosedPattern); ok {
		pt, _ := v.(Pattern)
		return pt
	}
	mark := p.mark
	pt := func() Pattern {
		p.enter()
		defer p.leave()
		for _, alt := range []func() Pattern{
			p.literalPattern, p.capturePattern, p.wildcardPattern, p.valuePattern,
			p.groupPattern, p.sequencePattern, p.mappingPattern, p.classPattern,
		} {
			if a := alt(); a != nil {
				return a
			}
			p.mark = mark
		}
		return nil
	}()
	p.setMemo(mark, rClosedPattern, pt)
	return pt
}

// literal_pattern
func (p *parser) literalPattern() Pattern {
	mark := p.begin()
	if v := p.signedNumber(); v != nil {
		if k := p.peek().kind; k != tPlus && k != tMinus {
			return &MatchValue{Pos: p.extra(mark), Value: v}
		}
	}
	p.mark = mark
	if v := p.complexNumber(); v != nil {
		return &MatchValue{Pos: p.extra(mark), Value: v}
	}
	p.mark = mark
	if p.at(tString) {
		if v := p.strings(); v != nil {
			return &MatchValue{Pos: p.extra(mark), Value: v}
		}
	}
	p.mark = mark
	switch p.peek().kind {
	case kwNone:
		p.mark++
		return &MatchSingleton{Pos: p.extra(mark), Value: constant.None{}}
	case kwTrue:
		p.mark++
		return &MatchSingleton{Pos: p.extra(mark), Value: constant.Bool(true)}
	case kwFalse:
		p.mark++
		return &MatchSingleton{Pos: p.extra(mark), Value: constant.Bool(false)}
	}
	return nil
}

// literal_expr
func (p *parser) literalExpr() Expr {
	mark := p.begin()
	if v := p.signedNumber(); v != nil {
		if k := p.peek().kind; k != tPlus && k != tMinus {
			return v
		}
	}
	p.mark = mark
	if v := p.complexNumber(); v != nil {
		return v
	}
	p.mark = mark
	if p.at(tString) {
		if v := p.strings(); v != nil {
			return v
		}
	}
	p.mark = mark
	switch p.peek().kind {
	case kwNone:
		p.mark++
		return &Constant{Pos: p.extra(mark), Value: constant.None{}}
	case kwTrue:
		p.mark++
		return &Constant{Pos: p.extra(mark), Value: constant.Bool(true)}
	case kwFalse:
		p.mark++
		return &Constant{Pos: p.extra(mark), Value: constant.Bool(false)}
	}
	return nil
}

// complex_number: signed_real_number ('+' | '-') imaginary_number
func (p *parser) complexNumber() Expr {
	mark := p.begin()
	for _, op := range []Operator{Add, Sub} {
		p.mark = mark
		real := p.signedRealNumber()
		if real == nil {
			continue
		}
		k := tPlus
		if op == Sub {
			k = tMinus
		}
		if p.expect(k) == nil {
			continue
		}
		if imag := p.imaginaryNumber(); imag != nil {
			return &BinOp{Pos: p.extra(mark), Left: real, Op: op, Right: imag}
		}
	}
	p.mark = mark
	return nil
}

// signed_number: NUMBER | '-' NUMBER
func (p *parser) signedNumber() Expr {
	mark := p.begin()
	if p.at(tNumber) {
		return p.number()
	}
	if p.expect(tMinus) != nil && p.at(tNumber) {
		n := p.number()
		return &UnaryOp{Pos: p.extra(mark), Op: USub, Operand: n}
	}
	p.mark = mark
	return nil
}

// signed_real_number: real_number | '-' real_number
func (p *parser) signedRealNumber() Expr {
	mark := p.begin()
	if a := p.realNumber(); a != nil {
		return a
	}
	p.mark = mark
	if p.expect(tMinus) != nil {
		if a := p.realNumber(); a != nil {
			return &UnaryOp{Pos: p.extra(mark), Op: USub, Operand: a}
		}
	}
	p.mark = mark
	return nil
}

// real_number: NUMBER, which must not be imaginary (_PyPegen_ensure_real)
func (p *parser) realNumber() Expr {
	if !p.at(tNumber) {
		return nil
	}
	n := p.number()
	if _, ok := n.(*Constant).Value.(constant.Complex); ok {
		p.raiseAt(n, "real number required in complex literal")
	}
	return n
}

// imaginary_number: NUMBER, which must be imaginary (_PyPegen_ensure_imaginary)
func (p *parser) imaginaryNumber() Expr {
	if !p.at(tNumber) {
		return nil
	}
	n := p.number()
	if _, ok := n.(*Constant).Value.(constant.Complex); !ok {
		p.raiseAt(n, "imaginary number required in complex literal")
	}
	return n
}

// capture_pattern: pattern_capture_target
func (p *parser) capturePattern() Pattern {
	mark := p.begin()
	if target := p.patternCaptureTarget(); target != nil {
		id := target.Id
		return &MatchAs{Pos: p.extra(mark), Name: &id}
	}
	p.mark = mark
	return nil
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
func (p *parser) patternCaptureTarget() *Name {
	mark := p.mark
	if t := p.peek(); t.kind == tName && t.text == "_" {
		return nil
	}
	if name := p.name(); name != nil {
		if k := p.peek().kind; k != tDot && k != tLpar && k != tEqual {
			return setContext(name, Store).(*Name)
		}
	}
	p.mark = mark
	return nil
}

// wildcard_pattern: "_"
func (p *parser) wildcardPattern() Pattern {
	mark := p.begin()
	if p.expectSoft("_") != nil {
		return &MatchAs{Pos: p.extra(mark)}
	}
	return nil
}

// value_pattern: attr !('.' | '(' | '=')
func (p *parser) valuePattern() Pattern {
	mark := p.begin()
	if a := p.attr(); a != nil {
		if k := p.peek().kind; k != tDot && k != tLpar && k != tEqual {
			return &MatchValue{Pos: p.extra(mark), Value: a}
		}
	}
	p.mark = mark
	return nil
}

// attr: name_or_attr '.' NAME (left-recursive through name_or_attr)
func (p *parser) attr() Expr {
	if v, ok := p.memo(rAttr); ok {
		e, _ := v.(Expr)
		return e
	}
	mark := p.begin()
	var res Expr
	if n := p.name(); n != nil {
		var cur Expr = n
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
			cur = &Attribute{Pos: p.extra(mark), Value: cur, Attr: b.Id, Ctx: Load}
			res = cur
		}
		if res == nil {
			p.mark = mark
		}
	} else {
		p.mark = mark
	}
	p.setMemo(mark, rAttr, res)
	return res
}

// name_or_attr: attr | NAME
func (p *parser) nameOrAttr() Expr {
	mark := p.mark
	if a := p.attr(); a != nil {
		return a
	}
	p.mark = mark
	if n := p.name(); n != nil {
		return n
	}
	p.mark = mark
	return nil
}

// group_pattern: '(' pattern ')'
func (p *parser) groupPattern() Pattern {
	mark := p.mark
	if p.expect(tLpar) != nil {
		if a := p.pattern(); a != nil && p.expect(tRpar) != nil {
			return a
		}
	}
	p.mark = mark
	return nil
}

// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
func (p *parser) sequencePattern() Pattern {
	mark := p.begin()
	if p.expect(tLsqb) != nil {
		m := p.mark
		ps := p.maybeSequencePattern()
		if ps == nil {
			p.mark = m
		}
		if p.expect(tRsqb) != nil {
			return &MatchSequence{Pos: p.extra(mark), Patterns: ps}
		}
	}
	p.mark = mark
	if p.expect(tLpar) != nil {
		m := p.mark
		ps := p.openSequencePattern()
		if ps == nil {
			p.mark = m
		}
		if p.expect(tRpar) != nil {
			return &MatchSequence{Pos: p.extra(mark), Patterns: ps}
		}
	}
	p.mark = mark
	return nil
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
func (p *parser) openSequencePattern() []Pattern {
	mark := p.mark
	if a := p.maybeStarPattern(); a != nil && p.expect(tComma) != nil {
		m := p.mark
		rest := p.maybeSequencePattern()
		if rest == nil {
			p.mark = m
		}
		return append([]Pattern{a}, rest...)
	}
	p.mark = mark
	return nil
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
func (p *parser) maybeSequencePattern() []Pattern {
	a := p.maybeStarPattern()
	if a == nil {
		return nil
	}
	out := []Pattern{a}
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		b := p.maybeStarPattern()
		if b == nil {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	p.expect(tComma)
	return out
}

// maybe_star_pattern: star_pattern | pattern
func (p *parser) maybeStarPattern() Pattern {
	mark := p.mark
	if a := p.starPattern(); a != nil {
		return a
	}
	p.mark = mark
	if a := p.pattern(); a != nil {
		return a
	}
	p.mark = mark
	return nil
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
func (p *parser) starPattern() Pattern {
	if v, ok := p.memo(rStarPattern); ok {
		pt, _ := v.(Pattern)
		return pt
	}
	mark := p.begin()
	pt := func() Pattern {
		if p.expect(tStar) != nil {
			if target := p.patternCaptureTarget(); target != nil {
				id := target.Id
				return &MatchStar{Pos: p.extra(mark), Name: &id}
			}
		}
		p.mark = mark
		if p.expect(tStar) != nil && p.wildcardPattern() != nil {
			return &MatchStar{Pos: p.extra(mark)}
		}
		p.mark = mark
		return nil
	}()
	p.setMemo(mark, rStarPattern, pt)
	return pt
}

// keyPattern is KeyPatternPair.
type keyPattern struct {
	key     Expr
	pattern Pattern
}

// mapping_pattern
func (p *parser) mappingPattern() Pattern {
	mark := p.begin()
	// '{' '}'
	if p.expect(tLbrace) != nil && p.expect(tRbrace) != nil {
		return &MatchMapping{Pos: p.extra(mark)}
	}
	p.mark = mark
	// '{' double_star_pattern ','? '}'
	if p.expect(tLbrace) != nil {
		if rest := p.doubleStarPattern(); rest != nil {
			p.expect(tComma)
			if p.expect(tRbrace) != nil {
				id := rest.Id
				return &MatchMapping{Pos: p.extra(mark), Rest: &id}
			}
		}
	}
	p.mark = mark
	// '{' items_pattern ',' double_star_pattern ','? '}'
	if p.expect(tLbrace) != nil {
		if items := p.itemsPattern(); items != nil && p.expect(tComma) != nil {
			if rest := p.doubleStarPattern(); rest != nil {
				p.expect(tComma)
				if p.expect(tRbrace) != nil {
					id := rest.Id
					m := &MatchMapping{Pos: p.extra(mark), Rest: &id}
					for _, kv := range items {
						m.Keys = append(m.Keys, kv.key)
						m.Patterns = append(m.Patterns, kv.pattern)
					}
					return m
				}
			}
		}
	}
	p.mark = mark
	// '{' items_pattern ','? '}'
	if p.expect(tLbrace) != nil {
		if items := p.itemsPattern(); items != nil {
			p.expect(tComma)
			if p.expect(tRbrace) != nil {
				m := &MatchMapping{Pos: p.extra(mark)}
				for _, kv := range items {
					m.Keys = append(m.Keys, kv.key)
					m.Patterns = append(m.Patterns, kv.pattern)
				}
				return m
			}
		}
	}
	p.mark = mark
	return nil
}

// items_pattern: ','.key_value_pattern+
func (p *parser) itemsPattern() []keyPattern {
	a, ok := p.keyValuePattern()
	if !ok {
		return nil
	}
	out := []keyPattern{a}
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		b, ok := p.keyValuePattern()
		if !ok {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	return out
}

// key_value_pattern: (literal_expr | attr) ':' pattern
func (p *parser) keyValuePattern() (keyPattern, bool) {
	mark := p.mark
	key := p.literalExpr()
	if key == nil {
		p.mark = mark
		key = p.attr()
	}
	if key != nil && p.expect(tColon) != nil {
		if pat := p.pattern(); pat != nil {
			return keyPattern{key, pat}, true
		}
	}
	p.mark = mark
	return keyPattern{}, false
}

// double_star_pattern: '**' pattern_capture_target
func (p *parser) doubleStarPattern() *Name {
	mark := p.mark
	if p.expect(tDoubleStar) != nil {
		if t := p.patternCaptureTarget(); t != nil {
			return t
		}
	}
	p.mark = mark
	return nil
}

// class_pattern
func (p *parser) classPattern() Pattern {
	mark := p.begin()
	// name_or_attr '(' ')'
	if cls := p.nameOrAttr(); cls != nil && p.expect(tLpar) != nil && p.expect(tRpar) != nil {
		return &MatchClass{Pos: p.extra(mark), Cls: cls}
	}
	p.mark = mark
	// name_or_attr '(' positional_patterns ','? ')'
	if cls := p.nameOrAttr(); cls != nil && p.expect(tLpar) != nil {
		if pats := p.positionalPatterns(); pats != nil {
			p.expect(tComma)
			if p.expect(tRpar) != nil {
				return &MatchClass{Pos: p.extra(mark), Cls: cls, Patterns: pats}
			}
		}
	}
	p.mark = mark
	// name_or_attr '(' keyword_patterns ','? ')'
	if cls := p.nameOrAttr(); cls != nil && p.expect(tLpar) != nil {
		if kws := p.keywordPatterns(); kws != nil {
			p.expect(tComma)
			if p.expect(tRpar) != nil {
				m := &MatchClass{Pos: p.extra(mark), Cls: cls}
				for _, kw := range kws {
					m.KwdAttrs = append(m.KwdAttrs, kw.key.(*Name).Id)
					m.KwdPatterns = append(m.KwdPatterns, kw.pattern)
				}
				return m
			}
		}
	}
	p.mark = mark
	// name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
	if cls := p.nameOrAttr(); cls != nil && p.expect(tLpar) != nil {
		if pats := p.positionalPatterns(); pats != nil && p.expect(tComma) != nil {
			if kws := p.keywordPatterns(); kws != nil {
				p.expect(tComma)
				if p.expect(tRpar) != nil {
					m := &MatchClass{Pos: p.extra(mark), Cls: cls, Patterns: pats}
					for _, kw := range kws {
						m.KwdAttrs = append(m.KwdAttrs, kw.key.(*Name).Id)
						m.KwdPatterns = append(m.KwdPatterns, kw.pattern)
					}
					return m
				}
			}
		}
	}
	p.mark = mark
	if p.callInvalid {
		p.invalidClassPattern()
		p.mark = mark
	}
	return nil
}

// positional_patterns: ','.pattern+
func (p *parser) positionalPatterns() []Pattern {
	a := p.pattern()
	if a == nil {
		return nil
	}
	out := []Pattern{a}
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		b := p.pattern()
		if b == nil {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	return out
}

// keyword_patterns: ','.keyword_pattern+
func (p *parser) keywordPatterns() []keyPattern {
	a, ok := p.keywordPattern()
	if !ok {
		return nil
	}
	out := []keyPattern{a}
	for {
		m := p.mark
		if p.expect(tComma) == nil {
			break
		}
		b, ok := p.keywordPattern()
		if !ok {
			p.mark = m
			break
		}
		out = append(out, b)
	}
	return out
}

// keyword_pattern: NAME '=' pattern
func (p *parser) keywordPattern() (keyPattern, bool) {
	mark := p.mark
	if arg := p.name(); arg != nil && p.expect(tEqual) != nil {
		if value := p.pattern(); value != nil {
			return keyPattern{arg, value}, true
		}
	}
	p.mark = mark
	return keyPattern{}, false
}

// invalid_match_stmt
func (p *parser) invalidMatchStmt() {
	mark := p.mark
	if p.expectSoft("match") != nil && p.subjectExpr() != nil && p.expect(tNewline) != nil {
		p.raiseSyntaxError("expected ':'")
	}
	p.mark = mark
	if a := p.expectSoft("match"); a != nil && p.subjectExpr() != nil && p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
		p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'match' statement on line %d", a.lineno))
	}
	p.mark = mark
}

// invalid_case_block
func (p *parser) invalidCaseBlock() {
	mark := p.mark
	if p.expectSoft("case") != nil && p.patterns() != nil {
		p.optGuard()
		if p.expect(tNewline) != nil {
			p.raiseSyntaxError("expected ':'")
		}
	}
	p.mark = mark
	if a := p.expectSoft("case"); a != nil && p.patterns() != nil {
		p.optGuard()
		if p.expect(tColon) != nil && p.expect(tNewline) != nil && !p.at(tIndent) {
			p.raiseIndentationError(fmt.Sprintf("expected an indented block after 'case' statement on line %d", a.lineno))
		}
	}
	p.mark = mark
}

// invalid_as_pattern
func (p *parser) invalidAsPattern() {
	mark := p.mark
	if p.orPattern() != nil && p.expect(kwAs) != nil {
		if a := p.expectSoft("_"); a != nil {
			p.raiseAt(a, "cannot use '_' as a target")
		}
	}
	p.mark = mark
	if p.orPattern() != nil && p.expect(kwAs) != nil && !p.at(tName) {
		if a := p.expression(); a != nil {
			p.raiseAt(a, "invalid pattern target")
		}
	}
	p.mark = mark
}

// invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
func (p *parser) invalidClassPattern() {
	mark := p.mark
	if p.nameOrAttr() != nil && p.expect(tLpar) != nil {
		if a := p.invalidClassArgumentPattern(); a != nil {
			p.raiseRange(a[0], a[len(a)-1], "positional patterns follow keyword patterns")
		}
	}
	p.mark = mark
}

// invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
func (p *parser) invalidClassArgumentPattern() []Pattern {
	mark := p.mark
	m := p.mark
	if p.positionalPatterns() == nil || p.expect(tComma) == nil {
		p.mark = m
	}
	if p.keywordPatterns() != nil && p.expect(tComma) != nil {
		// positional_patterns, whose gather keeps what it has when the
		// tokenizer fails at the start of an element.
		a := p.pattern()
		if a == nil {
			p.mark = mark
			return nil
		}
		out := []Pattern{a}
		for {
			m := p.mark
			if p.expect(tComma) == nil {
				break
			}
			var b Pattern
			ok, tokErr := p.loopElem(func() bool { b = p.pattern(); return b != nil })
			if tokErr {
				return out
			}
			if !ok {
				p.mark = m
				break
			}
			out = append(out, b)
		}
		return out
	}
	p.mark = mark
	return nil
}
