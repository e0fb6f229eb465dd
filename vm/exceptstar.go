package vm

// except* (PEP 654) as CPython 3.11 runs it: CHECK_EG_MATCH splits the
// exception being handled by the clause's type, PREP_RERAISE_STAR merges
// what the clauses raised and re-raised into the exception that leaves
// the try statement.

// isExceptionGroup reports whether v is a BaseExceptionGroup.
func (m *Machine) isExceptionGroup(v Value) bool {
	e := m.exception(v)
	return e != nil && e.kind == kindGroup
}

// checkExceptStarType is check_except_star_type_valid.
func (m *Machine) checkExceptStarType(match Value) error {
	types := []Value{match}
	if t := m.tuple(match); t != nil {
		types = t.Items
	}
	bg := m.types.exceptions["BaseExceptionGroup"]
	for _, tv := range types {
		t := m.typeObj(tv)
		if t == nil || !t.IsSubtype(m.types.BaseException) {
			return m.typeError("catching classes that do not inherit from BaseException is not allowed")
		}
		if t.IsSubtype(bg) {
			return m.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
	}
	return nil
}

// exceptStarMatch is exception_group_match: the part of exc the clause
// handles and the rest (None when there is none).
func (m *Machine) exceptStarMatch(exc, matchType Value) (match, rest Value, err error) {
	if exc == None {
		return None, None, nil
	}
	ok, err := m.checkExcMatch(exc, matchType)
	if err != nil {
		return Null, Null, err
	}
	if ok {
		if m.isExceptionGroup(exc) {
			return exc, None, nil
		}
		// A naked exception is wrapped in a group, made by calling
		// BaseExceptionGroup as _PyExc_CreateExceptionGroup does (an
		// ExceptionGroup unless exc is not an Exception). CPython 3.11 gives the
		// wrapper no traceback (3.12 copies the naked exception's), so a
		// bare raise in the clause re-raises a group whose traceback
		// starts at the frames it then unwinds through, and its printout
		// has no "Exception Group Traceback" section of its own.
		wrapped, err := m.Call(m.types.exceptions["BaseExceptionGroup"].self,
			[]Value{m.emptyStr, m.NewTuple([]Value{exc})}, nil)
		if err != nil {
			return Null, Null, err
		}
		return wrapped, None, nil
	}
	if !m.isExceptionGroup(exc) {
		return None, None, nil
	}
	pair, err := m.CallMethod(exc, "split", matchType)
	if err != nil {
		return Null, Null, err
	}
	t := m.tuple(pair)
	if t == nil || len(t.Items) != 2 {
		return Null, Null, m.typeError("ExceptionGroup.split must return a 2-tuple, got %s", m.typeName(pair))
	}
	return t.Items[0], t.Items[1], nil
}

// leaves collects the identities of the leaf exceptions of e.
func (m *Machine) leaves(e Value, into map[Value]bool) {
	if !m.isExceptionGroup(e) {
		into[e] = true
		return
	}
	if t := m.tuple(m.exception(e).field(kindGroup, fGroupExcs)); t != nil {
		for _, x := range t.Items {
			m.leaves(x, into)
		}
	}
}

// sameExceptionMetadata is is_same_exception_metadata: a clause re-raised
// (part of) the original rather than raising something new.
func (m *Machine) sameExceptionMetadata(a, b Value) bool {
	ea, eb := m.exception(a), m.exception(b)
	return ea.Notes == eb.Notes && ea.Traceback == eb.Traceback &&
		ea.Cause == eb.Cause && ea.Context == eb.Context
}

// prepReraiseStar is _PyExc_PrepReraiseStar.
func (m *Machine) prepReraiseStar(orig, excs Value) (Value, error) {
	l := m.list(excs)
	if l == nil || len(l.Items) == 0 {
		return None, nil
	}
	if !m.isExceptionGroup(orig) {
		// A naked exception was caught and wrapped: one clause ran.
		return l.Items[0], nil
	}
	var raised, reraised []Value
	for _, e := range l.Items {
		if e == None || e == Null {
			continue
		}
		if m.sameExceptionMetadata(e, orig) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	// The re-raised part of orig, as orig's own structure.
	reraisedEG := None
	if len(reraised) > 0 {
		keep := map[Value]bool{}
		for _, e := range reraised {
			m.leaves(e, keep)
		}
		g := groupMatcher{leaf: func(v Value) bool { return keep[v] }}
		match, _, err := m.groupSplitRecursive(orig, g, false, 0)
		if err != nil {
			return Null, err
		}
		if match != Null {
			reraisedEG = match
		}
	}
	if len(raised) == 0 {
		return reraisedEG, nil
	}
	if reraisedEG != None {
		raised = append(raised, reraisedEG)
	}
	if len(raised) == 1 {
		return raised[0], nil
	}
	// BaseExceptionGroup picks ExceptionGroup when every item is an
	// Exception, as _PyExc_CreateExceptionGroup's call does.
	return m.Call(m.types.exceptions["BaseExceptionGroup"].self,
		[]Value{m.emptyStr, m.NewList(raised)}, nil)
}
