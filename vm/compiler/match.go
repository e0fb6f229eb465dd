package compiler

import (
	"fmt"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/compiler/flowgraph"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// Structural pattern matching (PEP 634), as CPython 3.11 compiles it. Every
// pattern routine consumes the subject on top of the stack and, on failure,
// jumps to a fail_pop block that pops whatever is left: the items the
// pattern keeps on top (onTop) and the captured values stored so far.
// Captured names are stored only once the whole pattern has matched.

// patternContext is CPython's pattern_context.
type patternContext struct {
	// stores are the names captured so far, in capture order.
	stores []string
	// allowIrrefutable is false where an irrefutable pattern would make
	// later cases unreachable.
	allowIrrefutable bool
	// failPop[i] pops i items then falls through to failPop[i-1]; failPop[0]
	// is where matching failed with nothing to pop.
	failPop []*flowgraph.Block
	// onTop counts the items above the captures that must stay on top.
	onTop int
}

// isWildcard reports a bare "_" pattern (WILDCARD_CHECK).
func isWildcard(p syntax.Pattern) bool {
	as, ok := p.(*syntax.MatchAs)
	return ok && as.Pattern == nil && as.Name == nil
}

// isStarWildcard reports a "*_" pattern (WILDCARD_STAR_CHECK).
func isStarWildcard(p syntax.Pattern) bool {
	st, ok := p.(*syntax.MatchStar)
	return ok && st.Name == nil
}

// ensureFailPop makes failPop[0..n] exist (ensure_fail_pop).
func (c *compiler) ensureFailPop(pc *patternContext, n int) {
	for len(pc.failPop) < n+1 {
		pc.failPop = append(pc.failPop, c.newBlock())
	}
}

// jumpToFailPop emits op to the block that pops the items on top and the
// captures (jump_to_fail_pop).
func (c *compiler) jumpToFailPop(pc *patternContext, op bytecode.Opcode) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.addopJ(op, pc.failPop[pops])
}

// emitAndResetFailPop lays out the fail_pop blocks, each popping one item
// and falling through to the next (emit_and_reset_fail_pop).
func (c *compiler) emitAndResetFailPop(pc *patternContext) {
	if len(pc.failPop) == 0 {
		return
	}
	for i := len(pc.failPop) - 1; i > 0; i-- {
		c.useNextBlock(pc.failPop[i])
		c.addop(bytecode.POP_TOP)
	}
	c.useNextBlock(pc.failPop[0])
	pc.failPop = nil
}

// patternRotate moves TOS down count-1 places with SWAPs
// (pattern_helper_rotate).
func (c *compiler) patternRotate(count int) {
	for count > 1 {
		c.addopI(bytecode.SWAP, count)
		count--
	}
}

// patternStoreName captures TOS as name, beneath the items that must stay
// on top; a nil name discards it (pattern_helper_store_name).
func (c *compiler) patternStoreName(name *string, pc *patternContext) error {
	if name == nil {
		c.addop(bytecode.POP_TOP)
		return nil
	}
	if err := c.forbiddenName(*name, syntax.Store); err != nil {
		return err
	}
	for _, s := range pc.stores {
		if s == *name {
			return c.duplicateStoreError(*name)
		}
	}
	c.patternRotate(pc.onTop + len(pc.stores) + 1)
	pc.stores = append(pc.stores, *name)
	return nil
}

func (c *compiler) duplicateStoreError(name string) error {
	return c.error(fmt.Sprintf("multiple assignments to name %s in pattern", constant.Str(name).Repr()))
}

// patternUnpack unpacks a sequence subject for its subpatterns
// (pattern_unpack_helper).
func (c *compiler) patternUnpack(elts []syntax.Pattern) error {
	n := len(elts)
	seenStar := false
	for i, elt := range elts {
		if _, ok := elt.(*syntax.MatchStar); ok {
			if seenStar {
				return c.error("multiple starred expressions in sequence pattern")
			}
			if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
				return c.error("too many expressions in star-unpacking sequence pattern")
			}
			c.addopI(bytecode.UNPACK_EX, i+((n-i-1)<<8))
			seenStar = true
		}
	}
	if !seenStar {
		c.addopI(bytecode.UNPACK_SEQUENCE, n)
	}
	return nil
}

// patternSequenceUnpack matches subpatterns against the unpacked items
// (pattern_helper_sequence_unpack).
func (c *compiler) patternSequenceUnpack(patterns []syntax.Pattern, pc *patternContext) error {
	if err := c.patternUnpack(patterns); err != nil {
		return err
	}
	pc.onTop += len(patterns)
	for _, p := range patterns {
		pc.onTop--
		if err := c.patternSubpattern(p, pc); err != nil {
			return err
		}
	}
	return nil
}

// patternSequenceSubscr matches subpatterns against subject[i] when the
// star is a wildcard, indexing from the end through len() - k
// (pattern_helper_sequence_subscr).
func (c *compiler) patternSequenceSubscr(patterns []syntax.Pattern, star int, pc *patternContext) error {
	// Keep the subject around for the indexing.
	pc.onTop++
	size := len(patterns)
	for i, p := range patterns {
		if isWildcard(p) || i == star {
			continue
		}
		c.addopI(bytecode.COPY, 1)
		if i < star {
			c.addopLoadConst(intConst(i))
		} else {
			// The subject may not support negative indexes.
			c.addop(bytecode.GET_LEN)
			c.addopLoadConst(intConst(size - i))
			c.addopI(bytecode.BINARY_OP, binaryOpArg(syntax.Sub, false))
		}
		c.addop(bytecode.BINARY_SUBSCR)
		if err := c.patternSubpattern(p, pc); err != nil {
			return err
		}
	}
	pc.onTop--
	c.addop(bytecode.POP_TOP)
	return nil
}

// patternSubpattern compiles a pattern nested in another, where
// irrefutable patterns are fine (compiler_pattern_subpattern).
func (c *compiler) patternSubpattern(p syntax.Pattern, pc *patternContext) error {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	if err := c.pattern(p, pc); err != nil {
		return err
	}
	pc.allowIrrefutable = allow
	return nil
}

// pattern compiles one pattern at its own location (compiler_pattern).
func (c *compiler) pattern(p syntax.Pattern, pc *patternContext) error {
	c.setLoc(p.Span())
	switch p := p.(type) {
	case *syntax.MatchValue:
		return c.patternValue(p, pc)
	case *syntax.MatchSingleton:
		c.addopLoadConst(p.Value)
		c.addopI(bytecode.IS_OP, 0)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
		return nil
	case *syntax.MatchSequence:
		return c.patternSequence(p, pc)
	case *syntax.MatchMapping:
		return c.patternMapping(p, pc)
	case *syntax.MatchClass:
		return c.patternClass(p, pc)
	case *syntax.MatchStar:
		return c.patternStoreName(p.Name, pc)
	case *syntax.MatchAs:
		return c.patternAs(p, pc)
	case *syntax.MatchOr:
		return c.patternOr(p, pc)
	}
	return c.error(fmt.Sprintf("invalid match pattern node in AST (kind=%T)", p))
}

// patternValue compares the subject with a literal or dotted name
// (compiler_pattern_value).
func (c *compiler) patternValue(p *syntax.MatchValue, pc *patternContext) error {
	switch p.Value.(type) {
	case *syntax.Constant, *syntax.Attribute:
	default:
		return c.error("patterns may only match literals and attribute lookups")
	}
	if err := c.visitExpr(p.Value); err != nil {
		return err
	}
	c.addopI(bytecode.COMPARE_OP, cmpEQ)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	return nil
}

// patternAs compiles "p as name" and capture patterns
// (compiler_pattern_as).
func (c *compiler) patternAs(p *syntax.MatchAs, pc *patternContext) error {
	if p.Pattern == nil {
		// An irrefutable match.
		if !pc.allowIrrefutable {
			if p.Name != nil {
				return c.error(fmt.Sprintf("name capture %s makes remaining patterns unreachable", constant.Str(*p.Name).Repr()))
			}
			return c.error("wildcard makes remaining patterns unreachable")
		}
		return c.patternStoreName(p.Name, pc)
	}
	// Keep a copy of the subject to store on success.
	pc.onTop++
	c.addopI(bytecode.COPY, 1)
	if err := c.pattern(p.Pattern, pc); err != nil {
		return err
	}
	pc.onTop--
	return c.patternStoreName(p.Name, pc)
}

// validateKwdAttrs checks a class pattern's keyword names
// (validate_kwd_attrs).
func (c *compiler) validateKwdAttrs(attrs []string, patterns []syntax.Pattern) error {
	for i, attr := range attrs {
		c.setLoc(patterns[i].Span())
		if err := c.forbiddenName(attr, syntax.Store); err != nil {
			return err
		}
		for j := i + 1; j < len(attrs); j++ {
			if attrs[j] == attr {
				c.setLoc(patterns[j].Span())
				return c.error("attribute name repeated in class pattern: " + attr)
			}
		}
	}
	return nil
}

// patternClass compiles Cls(p1, ..., k1=q1, ...) (compiler_pattern_class):
// MATCH_CLASS fetches the attributes as a tuple (or None) that is unpacked
// for the subpatterns.
func (c *compiler) patternClass(p *syntax.MatchClass, pc *patternContext) error {
	nargs := len(p.Patterns)
	nattrs := len(p.KwdAttrs)
	if nattrs != len(p.KwdPatterns) {
		return c.error(fmt.Sprintf("kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", nattrs, len(p.KwdPatterns)))
	}
	if nattrs > 0 {
		if err := c.validateKwdAttrs(p.KwdAttrs, p.KwdPatterns); err != nil {
			return err
		}
		c.setLoc(p.Span())
	}
	if err := c.visitExpr(p.Cls); err != nil {
		return err
	}
	names := make(constant.Tuple, nattrs)
	for i, a := range p.KwdAttrs {
		names[i] = constant.Str(a)
	}
	c.addopLoadIdentConst(names)
	c.addopI(bytecode.MATCH_CLASS, nargs)
	c.addopI(bytecode.COPY, 1)
	c.addopLoadConst(noneConst)
	c.addopI(bytecode.IS_OP, 1)
	// TOS is the tuple of nargs + nattrs attributes (or None).
	pc.onTop++
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	c.addopI(bytecode.UNPACK_SEQUENCE, nargs+nattrs)
	pc.onTop += nargs + nattrs - 1
	for i := 0; i < nargs+nattrs; i++ {
		pc.onTop--
		var sub syntax.Pattern
		if i < nargs {
			sub = p.Patterns[i]
		} else {
			sub = p.KwdPatterns[i-nargs]
		}
		if isWildcard(sub) {
			c.addop(bytecode.POP_TOP)
			continue
		}
		if err := c.patternSubpattern(sub, pc); err != nil {
			return err
		}
	}
	return nil
}

// patternMapping compiles {k1: p1, ..., **rest} (compiler_pattern_mapping).
func (c *compiler) patternMapping(p *syntax.MatchMapping, pc *patternContext) error {
	keys := p.Keys
	size := len(keys)
	if size != len(p.Patterns) {
		return c.error(fmt.Sprintf("keys (%d) / patterns (%d) length mismatch in mapping pattern", size, len(p.Patterns)))
	}
	// Keep the subject on top during the mapping and length checks.
	pc.onTop++
	c.addop(bytecode.MATCH_MAPPING)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	if size == 0 && p.Rest == nil {
		// {}: done; pop the subject.
		pc.onTop--
		c.addop(bytecode.POP_TOP)
		return nil
	}
	if size > 0 {
		// A length check.
		c.addop(bytecode.GET_LEN)
		c.addopLoadConst(intConst(size))
		c.addopI(bytecode.COMPARE_OP, cmpGE)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	}
	// The keys, as a tuple for MATCH_KEYS; literal keys may not repeat.
	var seen []constant.Value
	for i, key := range keys {
		if key == nil {
			c.setLoc(p.Patterns[i].Span())
			return c.error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)")
		}
		switch k := key.(type) {
		case *syntax.Constant:
			for _, s := range seen {
				if constantsEqual(s, k.Value) {
					return c.error(fmt.Sprintf("mapping pattern checks duplicate key (%s)", k.Value.Repr()))
				}
			}
			seen = append(seen, k.Value)
		case *syntax.Attribute:
		default:
			return c.error("mapping pattern keys may only match literals and attribute lookups")
		}
		if err := c.visitExpr(key); err != nil {
			return err
		}
	}
	c.addopI(bytecode.BUILD_TUPLE, size)
	c.addop(bytecode.MATCH_KEYS)
	// A tuple of keys and a tuple of values (or None) are now on top of
	// the subject.
	pc.onTop += 2
	c.addopI(bytecode.COPY, 1)
	c.addopLoadConst(noneConst)
	c.addopI(bytecode.IS_OP, 1)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	// Match the values against the subpatterns.
	c.addopI(bytecode.UNPACK_SEQUENCE, size)
	pc.onTop += size - 1
	for _, sub := range p.Patterns {
		pc.onTop--
		if err := c.patternSubpattern(sub, pc); err != nil {
			return err
		}
	}
	// A match: what follows consumes the keys tuple and the subject.
	pc.onTop -= 2
	if p.Rest != nil {
		// rest = dict(subject); del rest[key] for each key.
		c.addopI(bytecode.BUILD_MAP, 0)          // [subject, keys, empty]
		c.addopI(bytecode.SWAP, 3)               // [empty, keys, subject]
		c.addopI(bytecode.DICT_UPDATE, 2)        // [copy, keys]
		c.addopI(bytecode.UNPACK_SEQUENCE, size) // [copy, keys...]
		for n := size; n > 0; n-- {
			c.addopI(bytecode.COPY, 1+n) // [copy, keys..., copy]
			c.addopI(bytecode.SWAP, 2)   // [copy, keys..., copy, key]
			c.addop(bytecode.DELETE_SUBSCR)
		}
		return c.patternStoreName(p.Rest, pc)
	}
	c.addop(bytecode.POP_TOP) // the keys tuple
	c.addop(bytecode.POP_TOP) // the subject
	return nil
}

// constantsEqual reports whether two mapping-pattern keys are equal as
// Python values (the set membership test of compiler_pattern_mapping).
func constantsEqual(a, b constant.Value) bool {
	return constant.Equal(a, b)
}

// patternOr compiles p1 | p2 | ... (compiler_pattern_or). Each alternative
// works on a copy of the subject; all must bind the same names, and
// captures are rotated into the order of the first alternative.
func (c *compiler) patternOr(p *syntax.MatchOr, pc *patternContext) error {
	end := c.newBlock()
	old := *pc
	old.stores = append([]string(nil), pc.stores...)
	var control []string
	for i, alt := range p.Patterns {
		c.setLoc(alt.Span())
		pc.stores = nil
		// Only the last alternative may be irrefutable, if any may.
		pc.allowIrrefutable = i == len(p.Patterns)-1 && old.allowIrrefutable
		pc.failPop = nil
		pc.onTop = 0
		c.addopI(bytecode.COPY, 1)
		if err := c.pattern(alt, pc); err != nil {
			return err
		}
		nstores := len(pc.stores)
		if i == 0 {
			// The first alternative's captures are the control.
			control = pc.stores
		} else if nstores != len(control) {
			return c.error("alternative patterns bind different names")
		} else if nstores > 0 {
			// Reorder the captures on the stack to match control.
			for icontrol := nstores - 1; icontrol >= 0; icontrol-- {
				name := control[icontrol]
				istores := indexOf(pc.stores, name)
				if istores < 0 {
					return c.error("alternative patterns bind different names")
				}
				if icontrol != istores {
					rotations := istores + 1
					// Rotate pc.stores the same way: move its first
					// `rotations` names to just before icontrol.
					rotated := append([]string(nil), pc.stores[:rotations]...)
					rest := append([]string(nil), pc.stores[rotations:]...)
					at := icontrol - istores
					stores := append([]string(nil), rest[:at]...)
					stores = append(stores, rotated...)
					stores = append(stores, rest[at:]...)
					pc.stores = stores
					for ; rotations > 0; rotations-- {
						c.patternRotate(icontrol + 1)
					}
				}
			}
		}
		c.addopJ(bytecode.JUMP, end)
		c.emitAndResetFailPop(pc)
	}
	*pc = old
	// No alternative matched: pop the copy of the subject and fail.
	c.addop(bytecode.POP_TOP)
	c.jumpToFailPop(pc, bytecode.JUMP)
	c.useNextBlock(end)
	nstores := len(control)
	// Between the new captures and where they belong: the other new
	// captures, the subject's copy, the items on top and the earlier
	// captures.
	nrots := nstores + 1 + pc.onTop + len(pc.stores)
	for i := 0; i < nstores; i++ {
		c.patternRotate(nrots)
		name := control[i]
		if indexOf(pc.stores, name) >= 0 {
			return c.duplicateStoreError(name)
		}
		pc.stores = append(pc.stores, name)
	}
	// Pop the copy of the subject.
	c.addop(bytecode.POP_TOP)
	return nil
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// patternSequence compiles [p1, ..., *rest, ...] (compiler_pattern_sequence).
func (c *compiler) patternSequence(p *syntax.MatchSequence, pc *patternContext) error {
	patterns := p.Patterns
	size := len(patterns)
	star := -1
	onlyWildcard := true
	starWildcard := false
	for i, sub := range patterns {
		if _, ok := sub.(*syntax.MatchStar); ok {
			if star >= 0 {
				return c.error("multiple starred names in sequence pattern")
			}
			starWildcard = isStarWildcard(sub)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(sub)
	}
	// Keep the subject on top during the sequence and length checks.
	pc.onTop++
	c.addop(bytecode.MATCH_SEQUENCE)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	if star < 0 {
		// len(subject) == size
		c.addop(bytecode.GET_LEN)
		c.addopLoadConst(intConst(size))
		c.addopI(bytecode.COMPARE_OP, cmpEQ)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	} else if size > 1 {
		// len(subject) >= size - 1
		c.addop(bytecode.GET_LEN)
		c.addopLoadConst(intConst(size - 1))
		c.addopI(bytecode.COMPARE_OP, cmpGE)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	}
	// What follows consumes the subject.
	pc.onTop--
	switch {
	case onlyWildcard:
		// [], [_], [_, *_], ...
		c.addop(bytecode.POP_TOP)
	case starWildcard:
		return c.patternSequenceSubscr(patterns, star, pc)
	default:
		return c.patternSequenceUnpack(patterns, pc)
	}
	return nil
}

// match compiles a match statement (compiler_match_inner). Each case
// tries its pattern on a copy of the subject (except the last), stores the
// captures, tests the guard and runs the body; a trailing "case _:" saves
// the copying.
func (c *compiler) match(s *syntax.Match) error {
	if err := c.visitExpr(s.Subject); err != nil {
		return err
	}
	end := c.newBlock()
	cases := len(s.Cases)
	last := s.Cases[cases-1]
	hasDefault := 0
	if isWildcard(last.Pattern) && cases > 1 {
		hasDefault = 1
	}
	pc := &patternContext{}
	for i := 0; i < cases-hasDefault; i++ {
		m := s.Cases[i]
		c.setLoc(m.Pattern.Span())
		// Copy the subject unless this is the last case.
		if i != cases-hasDefault-1 {
			c.addopI(bytecode.COPY, 1)
		}
		pc.stores = nil
		// Irrefutable cases must be guarded, last, or both.
		pc.allowIrrefutable = m.Guard != nil || i == cases-1
		pc.failPop = nil
		pc.onTop = 0
		if err := c.pattern(m.Pattern, pc); err != nil {
			return err
		}
		// A match: store the captured names (they are on the stack).
		for _, name := range pc.stores {
			if err := c.nameop(name, syntax.Store); err != nil {
				return err
			}
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			if err := c.jumpIf(m.Guard, pc.failPop[0], false); err != nil {
				return err
			}
		}
		// Done with the subject.
		if i != cases-hasDefault-1 {
			c.addop(bytecode.POP_TOP)
		}
		if err := c.visitStmts(m.Body); err != nil {
			return err
		}
		c.unsetLoc()
		c.addopJ(bytecode.JUMP, end)
		// A failed match cleans up with the pattern's location, not the
		// body's.
		c.setLoc(m.Pattern.Span())
		c.emitAndResetFailPop(pc)
	}
	if hasDefault == 1 {
		m := s.Cases[cases-1]
		c.setLoc(m.Pattern.Span())
		if cases == 1 {
			// No match: done with the subject.
			c.addop(bytecode.POP_TOP)
		} else {
			// Line coverage for the default case.
			c.addop(bytecode.NOP)
		}
		if m.Guard != nil {
			if err := c.jumpIf(m.Guard, end, false); err != nil {
				return err
			}
		}
		if err := c.visitStmts(m.Body); err != nil {
			return err
		}
		c.unsetLoc()
	}
	c.useNextBlock(end)
	return nil
}
