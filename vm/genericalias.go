package vm

// types.GenericAlias (CPython 3.11's Objects/genericaliasobject.c), what
// list[int], dict[str, int] or tuple[()] make through the containers'
// __class_getitem__: enough for annotations evaluated at run time to
// work and print as CPython prints them, the | of PEP 604 (union.go),
// and PEP 646's starred aliases: iterating tuple[int, ...] gives
// *tuple[int, ...] once, which is what `*args: *tuple[int, ...]`
// compiles to (UNPACK_SEQUENCE 1). Not supported: parameter
// substitution (there is no typing.TypeVar here).

// GenericAlias is a parameterized generic: origin[args].
type GenericAlias struct {
	Header
	Origin Value
	Args   Value // a tuple
	params Value // __parameters__, made when first asked for (Null)
	// starred marks the unpacked form *origin[args] (PEP 646).
	starred bool
}

func (g *GenericAlias) traverse(visit func(Value)) {
	visit(g.Origin)
	visit(g.Args)
	visit(g.params)
}

func (m *Machine) genericAlias(v Value) *GenericAlias {
	if !v.IsRef() {
		return nil
	}
	g, _ := m.heap.objs[v].(*GenericAlias)
	return g
}

// NewGenericAlias is Py_GenericAlias: args that are not a tuple become
// a 1-tuple.
func (m *Machine) NewGenericAlias(origin, args Value) Value {
	if !m.TypeOf(args).IsSubtype(m.types.Tuple) {
		args = m.NewTuple([]Value{args})
	}
	return m.alloc(&GenericAlias{Origin: origin, Args: args}, m.types.ct.GenericAlias)
}

// classGetItemAlias is the containers' __class_getitem__ (a class
// method): cls[args] is GenericAlias(cls, args).
func classGetItemAlias(m *Machine, cls Value, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 {
		return Null, m.typeError("%s.__class_getitem__() takes no keyword arguments", m.typeObj(cls).Name)
	}
	if len(args) != 1 {
		return Null, m.typeError("%s.__class_getitem__() takes exactly one argument (%d given)", m.typeObj(cls).Name, len(args))
	}
	return m.NewGenericAlias(cls, args[0]), nil
}

// gaReprItem is ga_repr_item: ..., an alias's repr, a class's
// module-qualified name, else repr.
func (m *Machine) gaReprItem(p Value) (string, error) {
	if p == Ellipsis {
		return "...", nil
	}
	origin, err := m.lookupAttrStr(p, "__origin__")
	if err != nil {
		return "", err
	}
	if origin != Null {
		args, err := m.lookupAttrStr(p, "__args__")
		if err != nil {
			return "", err
		}
		if args != Null {
			return m.ReprString(p)
		}
	}
	qualname, err := m.lookupAttrStr(p, "__qualname__")
	if err != nil {
		return "", err
	}
	if qualname == Null {
		return m.ReprString(p)
	}
	module, err := m.lookupAttrStr(p, "__module__")
	if err != nil {
		return "", err
	}
	if module == Null || module == None {
		return m.ReprString(p)
	}
	if s := m.str(module); s != nil && s.S == "builtins" {
		return m.StrString(qualname)
	}
	ms, err := m.StrString(module)
	if err != nil {
		return "", err
	}
	qs, err := m.StrString(qualname)
	return ms + "." + qs, err
}

func gaRepr(m *Machine, v Value) (Value, error) {
	g := m.genericAlias(v)
	s, err := m.gaReprItem(g.Origin)
	if err != nil {
		return Null, err
	}
	var b []byte
	if g.starred {
		b = append(b, '*')
	}
	b = append(b, s...)
	b = append(b, '[')
	args := m.tuple(g.Args).Items
	for i, a := range args {
		if i > 0 {
			b = append(b, ", "...)
		}
		s, err := m.gaReprItem(a)
		if err != nil {
			return Null, err
		}
		b = append(b, s...)
	}
	if len(args) == 0 {
		b = append(b, "()"...)
	}
	return m.NewStr(string(append(b, ']'))), nil
}

func gaHash(m *Machine, v Value) (int64, error) {
	g := m.genericAlias(v)
	h0, err := m.Hash(g.Origin)
	if err != nil {
		return 0, err
	}
	h1, err := m.Hash(g.Args)
	if err != nil {
		return 0, err
	}
	return h0 ^ h1, nil
}

func gaRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	ga, gb := m.genericAlias(a), m.genericAlias(b)
	if ga == nil || gb == nil || op != EQ && op != NE {
		return NotImplemented, nil
	}
	// CPython 3.11: a starred alias never equals an unstarred one.
	if ga.starred != gb.starred {
		return Bool(op == NE), nil
	}
	eq, err := m.Equal(ga.Origin, gb.Origin)
	if err != nil {
		return Null, err
	}
	r := False
	if eq {
		if r, err = m.RichCompare(ga.Args, gb.Args, EQ); err != nil {
			return Null, err
		}
	}
	if op == NE {
		return Bool(r != True), nil
	}
	return r, nil
}

// gaCall is ga_call: origin(*args, **kwargs), with __orig_class__ set on
// the result where it can be.
func gaCall(m *Machine, callable Value, args, kwnames []Value) (Value, error) {
	g := m.genericAlias(callable)
	obj, err := m.Call(g.Origin, args, kwnames)
	if err != nil {
		return Null, err
	}
	if err := m.SetAttr(obj, m.Intern("__orig_class__"), callable); err != nil {
		if !m.isRaise(err, m.types.exceptions["AttributeError"]) && !m.isRaise(err, m.types.TypeError) {
			return Null, err
		}
	}
	return obj, nil
}

// gaAttrExceptions are the attributes a GenericAlias answers itself;
// every other one is looked up on the origin.
var gaAttrExceptions = map[string]bool{
	"__class__": true, "__origin__": true, "__args__": true, "__unpacked__": true,
	"__parameters__": true, "__typing_unpacked_tuple_args__": true, "__mro_entries__": true,
	"__reduce_ex__": true, "__reduce__": true, "__copy__": true, "__deepcopy__": true,
}

func gaGetAttr(m *Machine, obj, name Value) (Value, error) {
	if s := m.str(name); s != nil && !gaAttrExceptions[s.S] {
		return m.GetAttr(m.genericAlias(obj).Origin, name)
	}
	return genericGetAttr(m, obj, name)
}

// gaParameters is __parameters__: _Py_make_parameters (union.go) over
// the args.
func (m *Machine) gaParameters(g *GenericAlias) (Value, error) {
	if g.params == Null {
		p, err := m.makeParameters(m.tuple(g.Args).Items)
		if err != nil {
			return Null, err
		}
		g.params = p
	}
	return g.params, nil
}

// gaGetItem is ga_getitem without substitution: an alias without type
// variables cannot be subscripted again.
func gaGetItem(m *Machine, v, key Value) (Value, error) {
	g := m.genericAlias(v)
	params, err := m.gaParameters(g)
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
	return Null, m.Raisef(m.types.SystemError, "type variable substitution in generic aliases is not supported")
}

func gaNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if err := m.NoKeywords("GenericAlias", kwnames); err != nil {
		return Null, err
	}
	if err := m.ParseArgs(&gaNewArgs, args, nil, nil); err != nil {
		return Null, err
	}
	return m.NewGenericAlias(args[0], args[1]), nil
}

var gaNewArgs = ArgSpec{Name: "GenericAlias", Kind: ArgsPositional, Min: 2, Max: 2}

func gaMroEntries(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	return m.NewTuple([]Value{m.genericAlias(self).Origin}), nil
}

func gaInstanceCheck(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	return Null, m.typeError("isinstance() argument 2 cannot be a parameterized generic")
}

func gaSubclassCheck(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	return Null, m.typeError("issubclass() argument 2 cannot be a parameterized generic")
}

func gaReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	g := m.genericAlias(self)
	return m.NewTuple([]Value{m.TypeOf(self).self, m.NewTuple([]Value{g.Origin, g.Args})}), nil
}

var genericAliasSpec = typeSpec{name: "GenericAlias", module: "types", basicSize: 64, weakrefOffset: 40,
	flags: FlagHaveGC | FlagBaseType | flagHaveVectorcall,
	slots: Slots{
		New: gaNew, Repr: gaRepr, Hash: gaHash, RichCompare: gaRichCompare, Call: gaCall,
		GetAttr: gaGetAttr, GetItem: gaGetItem, Iter: gaIter,
		Number: [NbCount]BinaryFunc{NbOr: unionTypeOr},
	},
	methods: []MethodDef{
		{Name: "__mro_entries__", Fn: gaMroEntries},
		{Name: "__instancecheck__", Fn: gaInstanceCheck},
		{Name: "__subclasscheck__", Fn: gaSubclassCheck},
		{Name: "__reduce__", Fn: gaReduce},
	},
	getsets: []GetSetDef{
		{Name: "__origin__", Get: func(m *Machine, self Value) (Value, error) { return m.genericAlias(self).Origin, nil }},
		{Name: "__args__", Get: func(m *Machine, self Value) (Value, error) { return m.genericAlias(self).Args, nil }},
		{Name: "__unpacked__", Get: func(m *Machine, self Value) (Value, error) {
			return Bool(m.genericAlias(self).starred), nil
		}},
		{Name: "__parameters__", Get: func(m *Machine, self Value) (Value, error) {
			return m.gaParameters(m.genericAlias(self))
		}},
		// CPython 3.11: the args of *tuple[...], None for anything else.
		{Name: "__typing_unpacked_tuple_args__", Get: func(m *Machine, self Value) (Value, error) {
			if g := m.genericAlias(self); g.starred && g.Origin == m.types.Tuple.self {
				return g.Args, nil
			}
			return None, nil
		}},
	},
}

// classGetItemMethod is the __class_getitem__ entry of the container
// types' namespaces.
var classGetItemMethod = MethodDef{Name: "__class_getitem__", Fn: classGetItemAlias, Kind: ClassMethod}

// gaIterator is generic_alias_iterator: it yields the starred form of
// its alias once (PEP 646's *tuple[int, ...]).
type gaIterator struct {
	Header
	alias Value // Null once exhausted
}

func (it *gaIterator) traverse(visit func(Value)) { visit(it.alias) }

func gaIter(m *Machine, v Value) (Value, error) {
	return m.alloc(&gaIterator{alias: v}, m.types.GenericAliasIterator), nil
}

// gaIterNext is ga_iternext: a new starred alias of the same origin and
// args (a plain GenericAlias even for a subclass's instance).
func gaIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*gaIterator)
	if it.alias == Null {
		return Null, nil
	}
	g := m.genericAlias(it.alias)
	it.alias = Null
	r := m.NewGenericAlias(g.Origin, g.Args)
	m.genericAlias(r).starred = true
	return r, nil
}

// gaIterReduce is ga_iter_reduce: iter(alias), or iter(()) once
// exhausted.
func gaIterReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	iter := m.dictGetStr(m.builtins, "iter")
	arg := m.obj(self).(*gaIterator).alias
	if arg == Null {
		arg = m.NewTuple(nil)
	}
	return m.NewTuple([]Value{iter, m.NewTuple([]Value{arg})}), nil
}

var genericAliasIteratorSpec = typeSpec{name: "generic_alias_iterator", basicSize: 24, flags: FlagHaveGC | flagDisallowInstantiation,
	slots:   Slots{Iter: selfIter, Next: gaIterNext},
	methods: []MethodDef{{Name: "__reduce__", Fn: gaIterReduce}},
}
