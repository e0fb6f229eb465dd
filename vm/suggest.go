package vm

// "Did you mean" suggestions (CPython 3.11's Python/suggestions.c): the
// traceback printer appends ". Did you mean: 'x'?" to the message of a
// NameError or AttributeError (those exact types only) when a close
// enough name exists.

const (
	suggestMaxCandidates = 750 // MAX_CANDIDATE_ITEMS: longer lists are skipped
	suggestMaxStringSize = 40  // MAX_STRING_SIZE: longer names never match
	suggestMoveCost      = 2   // insert, delete, substitute
	suggestCaseCost      = 1   // substituting a letter by itself in the other case
)

// offerSuggestions is _Py_Offer_Suggestions: the suggested name for exc,
// if any.
func (m *Machine) offerSuggestions(exc Value) (string, bool) {
	e := m.exception(exc)
	if e == nil {
		return "", false
	}
	switch m.TypeOf(exc) {
	case m.types.exceptions["NameError"]:
		return m.suggestForNameError(e)
	case m.types.exceptions["AttributeError"]:
		return m.suggestForAttributeError(e)
	}
	return "", false
}

// suggestForAttributeError looks for the name among dir(obj).
func (m *Machine) suggestForAttributeError(e *BaseException) (string, bool) {
	name, obj := e.field(kindAttributeError, fAttrName), e.field(kindAttributeError, fAttrObj)
	if name == Null || obj == Null || !m.isExactStr(name) {
		return "", false
	}
	dir := m.dictGetStr(m.builtins, "dir")
	if dir == Null {
		return "", false
	}
	// PyObject_Dir(obj): the builtin dir() does the same (type(obj).__dir__,
	// then a sorted list).
	lv, err := m.Call(dir, []Value{obj}, nil)
	if err != nil {
		return "", false
	}
	l := m.list(lv)
	if l == nil {
		return "", false
	}
	cands, ok := m.suggestStrings(l.Items)
	if !ok {
		return "", false
	}
	return suggestName(m.str(name).S, cands)
}

// suggestForNameError tries, in order, the local variable names of the
// innermost traceback entry's code, its globals and its builtins,
// stopping at the first list that gives a suggestion.
func (m *Machine) suggestForNameError(e *BaseException) (string, bool) {
	name := e.field(kindNameError, fNameName)
	if name == Null || !m.isExactStr(name) {
		return "", false
	}
	tb := m.traceback(e.Traceback)
	if tb == nil {
		return "", false
	}
	for {
		next := m.traceback(tb.next)
		if next == nil {
			break
		}
		tb = next
	}
	n := m.str(name).S
	if s, ok := suggestName(n, tb.code.VarNames()); ok {
		return s, true
	}
	for _, d := range []*Dict{tb.globals, tb.builtins} {
		var keys []Value
		d.Items(func(k, _ Value) bool {
			keys = append(keys, k)
			return true
		})
		cands, ok := m.suggestStrings(keys)
		if !ok {
			return "", false
		}
		if s, ok := suggestName(n, cands); ok {
			return s, true
		}
	}
	return "", false
}

// suggestStrings returns the texts of a list of candidates; a candidate
// that is not a str makes CPython give up (PyUnicode_AsUTF8AndSize
// fails), so ok is false then.
func (m *Machine) suggestStrings(items []Value) ([]string, bool) {
	out := make([]string, len(items))
	for i, v := range items {
		s := m.str(v)
		if s == nil {
			return nil, false
		}
		out[i] = s.S
	}
	return out, true
}

// suggestName is calculate_suggestions: the candidate closest to name by
// suggestLevenshtein, within a third of the combined length, the first
// one winning ties.
func suggestName(name string, cands []string) (string, bool) {
	if len(cands) >= suggestMaxCandidates {
		return "", false
	}
	best, bestDist := "", int(^uint(0)>>1)
	found := false
	for _, c := range cands {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * suggestMoveCost / 6
		if bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := suggestLevenshtein(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if !found || d < bestDist {
			best, bestDist, found = c, d, true
		}
	}
	return best, found
}

// substitutionCost is 0 for equal bytes, suggestCaseCost for an ASCII
// letter and itself in the other case, suggestMoveCost otherwise.
func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// suggestLevenshtein is levenshtein_distance over UTF-8 bytes, giving up
// (returning maxCost+1) as soon as the distance must exceed maxCost.
func suggestLevenshtein(a, b string, maxCost int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxStringSize || len(b) > suggestMaxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	var buf [suggestMaxStringSize]int
	for i := range a {
		buf[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(code, a[i])
			distance = buf[i]
			insertDelete := result
			if distance < insertDelete {
				insertDelete = distance
			}
			insertDelete += suggestMoveCost
			if substitute < insertDelete {
				result = substitute
			} else {
				result = insertDelete
			}
			buf[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}
