package vm

// Structural pattern matching's instructions (CPython 3.11's
// MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS and their helpers
// match_keys and match_class in Python/ceval.c).

// flagMatchSelf is _Py_TPFLAGS_MATCH_SELF: a class pattern with one
// positional sub-pattern matches the subject itself (int(x), str(s),
// list(l)...), unless the class defines __match_args__.
const flagMatchSelf TypeFlags = 1 << 22

// typeHasFlag reports whether t or its chain of bases has flag (CPython
// copies the collection and match-self flags from tp_base when a class
// is made).
func typeHasFlag(t *Type, flag TypeFlags) bool {
	for ; t != nil; t = t.Base {
		if t.Flags&flag != 0 {
			return true
		}
	}
	return false
}

// matchKind is MATCH_MAPPING (mapping) or MATCH_SEQUENCE: the subject's
// type has Py_TPFLAGS_MAPPING or Py_TPFLAGS_SEQUENCE.
func (m *Machine) matchKind(v Value, mapping bool) bool {
	if mapping {
		return typeHasFlag(m.TypeOf(v), FlagMapping)
	}
	return typeHasFlag(m.TypeOf(v), FlagSequence)
}

// matchSentinel is the object() match_keys passes to get() as the
// default, to tell a missing key from any value.
type matchSentinel struct{ Header }

func (*matchSentinel) traverse(func(Value)) {}

// matchKeys is MATCH_KEYS (match_keys): the values of keys in the
// subject, as a tuple, or None if one is missing. Keys are looked up with
// subject.get(key, sentinel), so a dict subclass's __missing__ never
// runs.
func (m *Machine) matchKeys(subject, keysv Value) (Value, error) {
	keys := m.tuple(keysv).Items
	if len(keys) == 0 {
		return m.emptyTuple, nil
	}
	var get Value
	fast := m.isExactDict(subject)
	if !fast {
		var err error
		if get, err = m.GetAttr(subject, m.Intern("get")); err != nil {
			return Null, err
		}
	}
	seen := m.newSet(m.types.Set)
	dummy := m.alloc(&matchSentinel{}, m.types.Object)
	values := make([]Value, len(keys))
	for i, key := range keys {
		in, err := m.setContainsKey(seen, key)
		if err == nil && !in {
			err = m.setAddKey(seen, key)
		}
		if err != nil {
			return Null, err
		}
		if in {
			r, err := m.ReprString(key)
			if err != nil {
				return Null, err
			}
			return Null, m.Raisef(m.types.ValueError, "mapping pattern checks duplicate key (%s)", r)
		}
		var v Value
		if fast {
			if v, err = m.DictGet(m.dict(subject), key); err == nil && v == Null {
				v = dummy
			}
		} else {
			v, err = m.Call(get, []Value{key, dummy}, nil)
		}
		if err != nil {
			return Null, err
		}
		if v == dummy {
			return None, nil
		}
		values[i] = v
	}
	return m.NewTuple(values), nil
}

// matchClass is MATCH_CLASS (match_class): the attributes the class
// pattern's sub-patterns match, as a tuple, or None if the subject is
// not an instance of cls.
func (m *Machine) matchClass(subject, cls Value, nargs int, namesv Value) (Value, error) {
	t := m.typeObj(cls)
	if t == nil {
		return Null, m.typeError("called match pattern must be a type")
	}
	ok, err := m.IsInstance(subject, cls)
	if err != nil || !ok {
		if err != nil {
			return Null, err
		}
		return None, nil
	}
	seen := m.newSet(m.types.Set)
	var attrs []Value
	// getAttr is match_class_attr: a repeated name is an error, a missing
	// attribute a failed match (found false).
	getAttr := func(name Value) (v Value, found bool, err error) {
		in, err := m.setContainsKey(seen, name)
		if err == nil && !in {
			err = m.setAddKey(seen, name)
		}
		if err != nil {
			return Null, false, err
		}
		if in {
			r, err := m.ReprString(name)
			if err != nil {
				return Null, false, err
			}
			return Null, false, m.typeError("%s() got multiple sub-patterns for attribute %s", t.Name, r)
		}
		v, err = m.GetAttr(subject, name)
		if err != nil {
			if m.isRaise(err, m.types.exceptions["AttributeError"]) {
				return Null, false, nil
			}
			return Null, false, err
		}
		return v, true, nil
	}
	if nargs > 0 {
		matchSelf := false
		var matchArgs []Value
		ma, err := m.GetAttr(cls, m.Intern("__match_args__"))
		switch {
		case err == nil:
			mt := m.tuple(ma)
			if mt == nil || mt.typ != m.types.Tuple {
				return Null, m.typeError("%s.__match_args__ must be a tuple (got %s)", t.Name, m.typeName(ma))
			}
			matchArgs = mt.Items
		case m.isRaise(err, m.types.exceptions["AttributeError"]):
			matchSelf = typeHasFlag(t, flagMatchSelf) || m.builtinMatchSelf(t)
		default:
			return Null, err
		}
		allowed := len(matchArgs)
		if matchSelf {
			allowed = 1
		}
		if allowed < nargs {
			plural := "s"
			if allowed == 1 {
				plural = ""
			}
			return Null, m.typeError("%s() accepts %d positional sub-pattern%s (%d given)", t.Name, allowed, plural, nargs)
		}
		if matchSelf {
			attrs = append(attrs, subject)
		} else {
			for _, name := range matchArgs[:nargs] {
				if !m.isExactStr(name) {
					return Null, m.typeError("__match_args__ elements must be strings (got %s)", m.typeName(name))
				}
				v, found, err := getAttr(name)
				if err != nil || !found {
					return matchFailed(err)
				}
				attrs = append(attrs, v)
			}
		}
	}
	for _, name := range m.tuple(namesv).Items {
		v, found, err := getAttr(name)
		if err != nil || !found {
			return matchFailed(err)
		}
		attrs = append(attrs, v)
	}
	return m.NewTuple(attrs), nil
}

func matchFailed(err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	return None, nil
}

// builtinMatchSelf covers the MATCH_SELF types whose specs other files
// own (bool, bytearray, bytes, float, int, str), and their subclasses.
func (m *Machine) builtinMatchSelf(t *Type) bool {
	for b := t; b != nil; b = b.Base {
		switch b {
		case m.types.Int, m.types.Float, m.types.Str, m.types.Bytes, m.types.ByteArray, m.types.Bool:
			return true
		}
	}
	return false
}
