package vm

// types.UnionType (CPython 3.11's Objects/unionobject.c), the PEP 604
// union that `int | str` makes: type.__or__, GenericAlias.__or__ and
// UnionType.__or__ all come here (_Py_union_type_or). isinstance and
// issubclass read a union as the tuple of its arguments
// (typeobject.go). Not supported: parameter substitution, since there is
// no typing.TypeVar here; a union with type variables cannot be
// subscripted.

// Union is a PEP 604 union of at least two distinct arguments.
type Union struct {
	Header
	Args   Value // a tuple, flattened and without duplicates
	params Value // __parameters__, made when first asked for (Null)
}

func (u *Union) traverse(visit func(Value)) {
	visit(u.Args)
	visit(u.params)
}

func (m *Machine) union(v Value) *Union {
	if !v.IsRef() {
		return nil
	}
	u, _ := m.heap.objs[v].(*Union)
	return u
}

// isTypingModule reports whether obj.__module__ is "typing".
func (m *Machine) isTypingModule(obj Value) (bool, error) {
	mod, err := m.lookupAttrStr(obj, "__module__")
	if err != nil || mod == Null {
		return false, err
	}
	s := m.str(mod)
	return s != nil && s.S == "typing", nil
}

// isUnionable is is_unionable: None, a class, a generic alias, a union,
// or one of typing's TypeVar, NewType and special forms (recognized, as
// CPython 3.11 does, by their type's name and module).
func (m *Machine) isUnionable(v Value) (bool, error) {
	if v == None || m.typeObj(v) != nil || m.genericAlias(v) != nil || m.union(v) != nil {
		return true, nil
	}
	t := m.TypeOf(v)
	if t.Name == "TypeVar" || t.Name == "_SpecialForm" {
		return m.isTypingModule(t.self)
	}
	if t == m.types.Function {
		return m.isTypingModule(v)
	}
	return false, nil
}

// unionTypeOr is _Py_union_type_or, the nb_or of type, GenericAlias and
// UnionType: NotImplemented unless both operands can be in a union.
func unionTypeOr(m *Machine, a, b Value) (Value, error) {
	for _, v := range [...]Value{a, b} {
		ok, err := m.isUnionable(v)
		if err != nil {
			return Null, err
		}
		if !ok {
			return NotImplemented, nil
		}
	}
	return m.makeUnion([]Value{a, b})
}

// makeUnion is make_union: the arguments of nested unions are spliced in,
// None becomes NoneType, and repeats are dropped (generic aliases by ==,
// everything else by identity). A single argument left is the result
// itself.
func (m *Machine) makeUnion(args []Value) (Value, error) {
	var flat []Value
	for _, a := range args {
		if u := m.union(a); u != nil {
			flat = append(flat, m.tuple(u.Args).Items...)
			continue
		}
		if a == None {
			a = m.types.NoneType.self
		}
		flat = append(flat, a)
	}
	var uniq []Value
	for _, a := range flat {
		dup := false
		for _, b := range uniq {
			if m.genericAlias(a) != nil && m.genericAlias(b) != nil {
				eq, err := m.Equal(a, b)
				if err != nil {
					return Null, err
				}
				dup = eq
			} else {
				dup = a == b
			}
			if dup {
				break
			}
		}
		if !dup {
			uniq = append(uniq, a)
		}
	}
	if len(uniq) == 1 {
		return uniq[0], nil
	}
	return m.alloc(&Union{Args: m.NewTuple(uniq)}, m.types.UnionType), nil
}

// unionReprItem is union_repr_item: NoneType shows as None, the rest as
// in a generic alias's repr.
func (m *Machine) unionReprItem(p Value) (string, error) {
	if p == m.types.NoneType.self {
		return "None", nil
	}
	return m.gaReprItem(p)
}

func unionRepr(m *Machine, v Value) (Value, error) {
	var b []byte
	for i, a := range m.tuple(m.union(v).Args).Items {
		if i > 0 {
			b = append(b, " | "...)
		}
		s, err := m.unionReprItem(a)
		if err != nil {
			return Null, err
		}
		b = append(b, s...)
	}
	return m.NewStr(string(b)), nil
}

// unionHash is union_hash: the hash of frozenset(args), so the order of
// the arguments does not matter.
func unionHash(m *Machine, v Value) (int64, error) {
	s, err := m.newSetFromIterable(m.types.FrozenSet, m.union(v).Args)
	if err != nil {
		return 0, err
	}
	return m.Hash(s.self)
}

// unionRichCompare is union_richcompare: == and != compare the sets of
// the arguments.
func unionRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	ua, ub := m.union(a), m.union(b)
	if ua == nil || ub == nil || op != EQ && op != NE {
		return NotImplemented, nil
	}
	sa, err := m.newSetFromIterable(m.types.Set, ua.Args)
	if err != nil {
		return Null, err
	}
	sb, err := m.newSetFromIterable(m.types.Set, ub.Args)
	if err != nil {
		return Null, err
	}
	return m.RichCompare(sa.self, sb.self, op)
}

// unionParameters is __parameters__ (_Py_make_parameters over the
// arguments).
func (m *Machine) unionParameters(u *Union) (Value, error) {
	if u.params == Null {
		p, err := m.makeParameters(m.tuple(u.Args).Items)
		if err != nil {
			return Null, err
		}
		u.params = p
	}
	return u.params, nil
}

// unionGetItem is union_getitem without substitution: a union without
// type variables cannot be subscripted.
func unionGetItem(m *Machine, v, key Value) (Value, error) {
	params, err := m.unionParameters(m.union(v))
	if err != nil {
		return Null, err
	}
	if len(m.tuple(params).Items) == 0 {
		r, err := m.ReprString(v)
		if err != nil {
			return Null, err
		}
		return Null, m.typeError("%s is not a generic class", r)
	}
	return Null, m.Raisef(m.types.SystemError, "type variable substitution in unions is not supported")
}

// makeParameters is _Py_make_parameters: the type variables among args
// (objects with __typing_subst__, classes excepted) and those of nested
// generics' __parameters__, each once, in order of appearance.
func (m *Machine) makeParameters(args []Value) (Value, error) {
	var params []Value
	add := func(p Value) {
		for _, q := range params {
			if q == p {
				return
			}
		}
		params = append(params, p)
	}
	for _, a := range args {
		if m.typeObj(a) != nil {
			continue
		}
		subst, err := m.lookupAttrStr(a, "__typing_subst__")
		if err != nil {
			return Null, err
		}
		if subst != Null {
			add(a)
			continue
		}
		sub, err := m.lookupAttrStr(a, "__parameters__")
		if err != nil {
			return Null, err
		}
		if t := m.tuple(sub); t != nil {
			for _, p := range t.Items {
				add(p)
			}
		}
	}
	return m.NewTuple(params), nil
}

// unionGetAttr is union_getattro: __module__ is the type's ("types"),
// for the typing module's sake; anything else is generic lookup.
func unionGetAttr(m *Machine, obj, name Value) (Value, error) {
	if s := m.str(name); s != nil && s.S == "__module__" {
		return m.GetAttr(m.TypeOf(obj).self, name)
	}
	return genericGetAttr(m, obj, name)
}

// unionDoc is UnionType.__doc__ as CPython 3.11 has it.
const unionDoc = "Represent a PEP 604 union type\n\nE.g. for int | str"

var unionSpec = typeSpec{name: "UnionType", module: "types", basicSize: 32, flags: FlagHaveGC | flagDisallowInstantiation,
	slots: Slots{
		Repr: unionRepr, Hash: unionHash, RichCompare: unionRichCompare, GetItem: unionGetItem,
		GetAttr: unionGetAttr,
		Number:  [NbCount]BinaryFunc{NbOr: unionTypeOr},
	},
	getsets: []GetSetDef{
		{Name: "__args__", Get: func(m *Machine, self Value) (Value, error) { return m.union(self).Args, nil }},
		{Name: "__parameters__", Get: func(m *Machine, self Value) (Value, error) {
			return m.unionParameters(m.union(self))
		}},
	},
	init: func(m *Machine, t *Type) {
		t.Doc = unionDoc
		m.dictSetStr(t.Dict, "__doc__", m.NewStr(unionDoc))
	},
}
