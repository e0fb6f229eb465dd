package vm

// Making classes (CPython 3.11): the class statement's __build_class__
// (Python/bltinmodule.c), type.__new__ with its layout rules for
// __slots__, __dict__ and __weakref__ (type_new and friends in
// Objects/typeobject.c), the C3 method resolution order, and assignment
// to __bases__.

// buildClassDef is the builtin __build_class__ (set by init: its
// function reaches, through the eval loop, code that refers to it).
var buildClassDef MethodDef

func init() {
	buildClassDef = MethodDef{Name: "__build_class__", Fn: builtinBuildClass,
		Doc: "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement."}
}

// BuildClassFunction returns a new builtin __build_class__ bound to
// module (the builtins module), for the builtins namespace.
func (m *Machine) BuildClassFunction(module Value) Value {
	return m.NewBuiltinFunction(&buildClassDef, module, m.Intern("builtins"))
}

// loadBuildClass is LOAD_BUILD_CLASS: builtins.__build_class__.
func (m *Machine) loadBuildClass(f *Frame) (Value, error) {
	name := m.Intern("__build_class__")
	v, err := m.DictGet(f.Builtins, name)
	if err != nil {
		return Null, err
	}
	if v == Null {
		return Null, m.Raisef(m.types.exceptions["NameError"], "__build_class__ not found")
	}
	return v, nil
}

// builtinBuildClass is __build_class__(func, name, *bases, metaclass=…,
// **kwds): the metaclass, its namespace from __prepare__, the class body
// run in that namespace, then metaclass(name, bases, namespace, **kwds).
func builtinBuildClass(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	nargs := len(args) - len(kwnames)
	if nargs < 2 {
		return Null, m.typeError("__build_class__: not enough arguments")
	}
	fn := m.function(args[0])
	if fn == nil {
		return Null, m.typeError("__build_class__: func must be a function")
	}
	name := args[1]
	if m.str(name) == nil {
		return Null, m.typeError("__build_class__: name is not a string")
	}
	origBases := append([]Value(nil), args[2:nargs]...)
	bases, changed, err := m.updateBases(origBases)
	if err != nil {
		return Null, err
	}
	// The keywords other than metaclass go to __prepare__ and the
	// metaclass.
	var meta Value
	var kwNames, kwVals []Value
	for i, k := range kwnames {
		if m.str(k).S == "metaclass" {
			meta = args[nargs+i]
			continue
		}
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, args[nargs+i])
	}
	isClass := true
	if meta == Null {
		if len(bases) == 0 {
			meta = m.types.Type.self
		} else {
			meta = m.TypeOf(bases[0]).self
		}
	} else {
		isClass = m.typeObj(meta) != nil
	}
	if isClass {
		winner, err := m.calculateMetaclass(m.typeObj(meta), bases)
		if err != nil {
			return Null, err
		}
		meta = winner.self
	}
	basesTuple := m.NewTuple(bases)
	prep, err := m.lookupAttrStr(meta, "__prepare__")
	if err != nil {
		return Null, err
	}
	var ns Value
	if prep == Null {
		ns = m.NewDict().self
	} else {
		ns, err = m.Call(prep, append([]Value{name, basesTuple}, kwVals...), kwNames)
		if err != nil {
			return Null, err
		}
	}
	if m.TypeOf(ns).GetItem == nil {
		metaName := "<metaclass>"
		if isClass {
			metaName = tpName(m.typeObj(meta))
		}
		return Null, m.typeError("%s.__prepare__() must return a mapping, not %s", cTrunc(metaName, 200), cTrunc(m.typeName(ns), 200))
	}
	cell, err := m.runClassBody(fn, ns)
	if err != nil {
		return Null, err
	}
	if changed {
		if err := m.SetItem(ns, m.Intern("__orig_bases__"), m.NewTuple(origBases)); err != nil {
			return Null, err
		}
	}
	cls, err := m.Call(meta, append([]Value{name, basesTuple, ns}, kwVals...), kwNames)
	if err != nil {
		return Null, err
	}
	if m.typeObj(cls) != nil {
		if c, ok := m.obj0(cell).(*Cell); ok && c.V != cls {
			nr, _ := m.ReprString(name)
			cr, _ := m.ReprString(cls)
			if c.V == Null {
				return Null, m.Raisef(m.types.exceptions["RuntimeError"],
					"__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?", nr, cr)
			}
			vr, _ := m.ReprString(c.V)
			return Null, m.typeError("__class__ set to %s defining %s as %s", vr, nr, cr)
		}
	}
	return cls, nil
}

// runClassBody runs a class body function with ns as its locals
// (_PyEval_Vector with locals): its result is the __class__ cell or None.
func (m *Machine) runClassBody(fn *Function, ns Value) (Value, error) {
	if err := m.enterFrame(); err != nil {
		return Null, err
	}
	f := m.newFrame(fn, fn.Code, fn.Globals, fn.Builtins, ns)
	f.Back = m.frame
	return m.runNested(f)
}

// updateBases is update_bases: a base that is not a class but has
// __mro_entries__ is replaced by the entries it returns.
func (m *Machine) updateBases(bases []Value) ([]Value, bool, error) {
	var out []Value
	changed := false
	var orig Value
	for i, b := range bases {
		if m.typeObj(b) != nil {
			if changed {
				out = append(out, b)
			}
			continue
		}
		meth, err := m.lookupAttrStr(b, "__mro_entries__")
		if err != nil {
			return nil, false, err
		}
		if meth == Null {
			if changed {
				out = append(out, b)
			}
			continue
		}
		if orig == Null {
			orig = m.NewTuple(bases)
		}
		r, err := m.Call(meth, []Value{orig}, nil)
		if err != nil {
			return nil, false, err
		}
		rt := m.tuple(r)
		if rt == nil {
			return nil, false, m.typeError("__mro_entries__ must return a tuple")
		}
		if !changed {
			changed = true
			out = append(out, bases[:i]...)
		}
		out = append(out, rt.Items...)
	}
	if !changed {
		return bases, false, nil
	}
	return out, true, nil
}

// calculateMetaclass is _PyType_CalculateMetaclass: the most derived of
// meta and the bases' metaclasses.
func (m *Machine) calculateMetaclass(meta *Type, bases []Value) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := m.TypeOf(b)
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, m.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// extraIvars is extra_ivars: does t add fields to base's layout (other
// than a __dict__ or __weakref__ slot)?
func extraIvars(t, base *Type) bool {
	tsize, bsize := t.BasicSize, base.BasicSize
	if t.ItemSize != 0 || base.ItemSize != 0 {
		return tsize != bsize || t.ItemSize != base.ItemSize
	}
	added := func(off, baseOff int) bool {
		return off != 0 && baseOff == 0 && off+8 == tsize && t.IsHeap()
	}
	if added(t.WeakrefOffset, base.WeakrefOffset) {
		tsize -= 8
	}
	if t.Flags&FlagManagedDict == 0 && added(t.DictOffset, base.DictOffset) {
		tsize -= 8
	}
	if added(t.WeakrefOffset, base.WeakrefOffset) {
		tsize -= 8
	}
	return tsize != bsize
}

// solidBase is solid_base: the nearest base whose layout t shares.
func (m *Machine) solidBase(t *Type) *Type {
	var base *Type
	if t.Base != nil {
		base = m.solidBase(t.Base)
	} else {
		base = m.types.Object
	}
	if extraIvars(t, base) {
		return t
	}
	return base
}

// bestBase is best_base: the base whose solid base derives from all the
// others' (the instance layout of the new class).
func (m *Machine) bestBase(bases []Value) (*Type, error) {
	var base, winner *Type
	for _, bv := range bases {
		bi := m.typeObj(bv)
		if bi == nil {
			return nil, m.typeError("bases must be types")
		}
		if bi.Flags&FlagBaseType == 0 && !bi.IsHeap() {
			return nil, m.typeError("type '%s' is not an acceptable base type", cTrunc(tpName(bi), 100))
		}
		candidate := m.solidBase(bi)
		switch {
		case winner == nil:
			winner, base = candidate, bi
		case winner.IsSubtype(candidate):
		case candidate.IsSubtype(winner):
			winner, base = candidate, bi
		default:
			return nil, m.typeError("multiple bases have instance lay-out conflict")
		}
	}
	return base, nil
}

// typeNew is type.__new__(metatype, name, bases, dict, **kwds) (tp_new of
// type): a new class.
func typeNew(m *Machine, meta *Type, args, kwnames []Value) (Value, error) {
	nargs := len(args) - len(kwnames)
	if nargs != 3 {
		return Null, m.typeError("type.__new__() takes exactly 3 arguments (%d given)", nargs)
	}
	name, bases, dict := args[0], args[1], args[2]
	if m.str(name) == nil {
		return Null, m.typeError("type.__new__() argument 1 must be str, not %s", m.typeName(name))
	}
	if m.tuple(bases) == nil {
		return Null, m.typeError("type.__new__() argument 2 must be tuple, not %s", m.typeName(bases))
	}
	if _, ok := m.obj0(dict).(*Dict); !ok {
		return Null, m.typeError("type.__new__() argument 3 must be dict, not %s", m.typeName(dict))
	}
	ctx := &typeNewCtx{meta: meta, name: name, orig: m.obj(dict).(*Dict),
		bases: m.tuple(bases).Items, kwNames: kwnames, kwVals: args[nargs:]}
	// type_new_get_bases.
	if len(ctx.bases) == 0 {
		ctx.base = m.types.Object
		ctx.bases = []Value{m.types.Object.self}
	} else {
		for _, b := range ctx.bases {
			if m.typeObj(b) != nil {
				continue
			}
			me, err := m.lookupAttrStr(b, "__mro_entries__")
			if err != nil {
				return Null, err
			}
			if me != Null {
				return Null, m.typeError("type() doesn't support MRO entry resolution; use types.new_class()")
			}
		}
		winner, err := m.calculateMetaclass(meta, ctx.bases)
		if err != nil {
			return Null, err
		}
		if winner != meta {
			if !sameSlot(winner.New, typeNew) {
				return winner.New(m, winner, args, kwnames)
			}
			ctx.meta = winner
		}
		base, err := m.bestBase(ctx.bases)
		if err != nil {
			return Null, err
		}
		ctx.base = base
	}
	t, err := m.typeNewImpl(ctx)
	if err != nil {
		return Null, err
	}
	return t.self, nil
}

// typeNewCtx is type_new_ctx.
type typeNewCtx struct {
	meta            *Type
	name            Value
	orig            *Dict
	bases           []Value
	base            *Type
	kwNames, kwVals []Value
	// slots is __slots__ (nil: absent), after type_new_slots the sorted,
	// mangled names without __dict__ and __weakref__.
	slots                []string
	hasSlots             bool
	addDict, addWeak     bool
	mayAddDict, mayAddWk bool
}

// typeNewImpl is type_new_impl: the class made, readied, its slots set,
// __set_name__ and __init_subclass__ called.
func (m *Machine) typeNewImpl(ctx *typeNewCtx) (*Type, error) {
	dict, err := m.dictCopy(ctx.orig)
	if err != nil {
		return nil, err
	}
	if err := m.typeNewSlots(ctx, dict); err != nil {
		return nil, err
	}
	t := &Type{
		Name:  m.str(ctx.name).S,
		Base:  ctx.base,
		Flags: FlagHeapType | FlagBaseType | FlagHaveGC,
		Dict:  dict,
	}
	for _, b := range ctx.bases {
		t.Bases = append(t.Bases, m.typeObj(b))
	}
	t.slotNames = ctx.slots
	m.alloc(t, ctx.meta)
	if err := m.typeNewSetAttrs(ctx, t); err != nil {
		return nil, err
	}
	if err := m.readyHeapType(t); err != nil {
		return nil, err
	}
	m.fixupSlots(t)
	if err := m.typeNewSetNames(t); err != nil {
		return nil, err
	}
	if err := m.typeNewInitSubclass(t, ctx.kwNames, ctx.kwVals); err != nil {
		return nil, err
	}
	return t, nil
}

// dictCopy is PyDict_Copy for a namespace.
func (m *Machine) dictCopy(src *Dict) (*Dict, error) {
	d := m.NewDict()
	var err error
	src.Items(func(k, v Value) bool {
		err = m.DictSet(d, k, v)
		return err == nil
	})
	return d, err
}

// typeNewSlots is type_new_get_slots and type_new_slots: whether the
// class adds a __dict__ and a __weakref__ slot, and its __slots__.
func (m *Machine) typeNewSlots(ctx *typeNewCtx, dict *Dict) error {
	base := ctx.base
	ctx.mayAddDict = base.DictOffset == 0
	ctx.mayAddWk = base.WeakrefOffset == 0 && base.ItemSize == 0
	sv := m.dictGetStr(dict, "__slots__")
	if sv == Null {
		ctx.addDict = ctx.mayAddDict
		ctx.addWeak = ctx.mayAddWk
		return nil
	}
	ctx.hasSlots = true
	var items []Value
	if m.str(sv) != nil {
		items = []Value{sv}
	} else {
		it, err := m.GetIter(sv)
		if err != nil {
			return err
		}
		for {
			x, err := m.Next(it)
			if err != nil {
				return err
			}
			if x == Null {
				break
			}
			items = append(items, x)
		}
	}
	if len(items) > 0 && base.ItemSize != 0 {
		return m.typeError("nonempty __slots__ not supported for subtype of '%s'", tpName(base))
	}
	// type_new_visit_slots.
	for _, it := range items {
		s := m.str(it)
		if s == nil {
			return m.typeError("__slots__ items must be strings, not '%s'", cTrunc(m.typeName(it), 200))
		}
		if !isIdentifier(s.S) {
			return m.typeError("__slots__ must be identifiers")
		}
		switch s.S {
		case "__dict__":
			if !ctx.mayAddDict || ctx.addDict {
				return m.typeError("__dict__ slot disallowed: we already got one")
			}
			ctx.addDict = true
		case "__weakref__":
			if !ctx.mayAddWk || ctx.addWeak {
				return m.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
			}
			ctx.addWeak = true
		}
	}
	// type_new_copy_slots: mangled, checked against class variables,
	// sorted.
	var names []string
	for _, it := range items {
		s := m.str(it).S
		if ctx.addDict && s == "__dict__" || ctx.addWeak && s == "__weakref__" {
			continue
		}
		s = mangle(m.str(ctx.name).S, s)
		if v := m.dictGetStr(dict, s); v != Null && s != "__qualname__" && s != "__classcell__" {
			r, _ := m.ReprString(m.NewStr(s))
			return m.Raisef(m.types.ValueError, "%s in __slots__ conflicts with class variable", r)
		}
		names = append(names, s)
	}
	sortStrings(names)
	ctx.slots = names
	// type_new_slots_bases: secondary bases may provide __dict__ or
	// __weakref__.
	if len(ctx.bases) > 1 && (ctx.mayAddDict && !ctx.addDict || ctx.mayAddWk && !ctx.addWeak) {
		for _, bv := range ctx.bases {
			b := m.typeObj(bv)
			if b == ctx.base {
				continue
			}
			if ctx.mayAddDict && !ctx.addDict && b.DictOffset != 0 {
				ctx.addDict = true
			}
			if ctx.mayAddWk && !ctx.addWeak && b.WeakrefOffset != 0 {
				ctx.addWeak = true
			}
			if ctx.mayAddDict && !ctx.addDict || ctx.mayAddWk && !ctx.addWeak {
				continue
			}
			break
		}
	}
	return nil
}

// mangle is _Py_Mangle: a private name __x in class C becomes _C__x.
func mangle(class, name string) string {
	if len(name) < 2 || name[:2] != "__" || len(name) >= 4 && name[len(name)-2:] == "__" {
		return name
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name
		}
	}
	i := 0
	for i < len(class) && class[i] == '_' {
		i++
	}
	if i == len(class) {
		return name
	}
	return "_" + class[i:] + name
}

// isIdentifier is str.isidentifier for ASCII and, approximately, for
// other letters (CPython uses the XID properties).
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		case r >= '0' && r <= '9':
			if i == 0 {
				return false
			}
		case r >= 0x80:
		default:
			return false
		}
	}
	return true
}

// typeNewSetAttrs is type_new_set_attrs: name, __module__, __qualname__,
// __new__ made a staticmethod, __init_subclass__ and __class_getitem__
// made classmethods, the layout, and the __class__ cell.
func (m *Machine) typeNewSetAttrs(ctx *typeNewCtx, t *Type) error {
	for i := 0; i < len(t.Name); i++ {
		if t.Name[i] == 0 {
			return m.Raisef(m.types.ValueError, "type name must not contain null characters")
		}
	}
	d := t.Dict
	if m.dictGetStr(d, "__module__") == Null {
		if f := m.frame; f != nil {
			if mod := m.dictGetStr(f.Globals, "__name__"); mod != Null {
				m.dictSetStr(d, "__module__", mod)
			}
		}
	}
	t.QualName = t.Name
	if q := m.dictGetStr(d, "__qualname__"); q != Null {
		s := m.str(q)
		if s == nil {
			return m.typeError("type __qualname__ must be a str, not %s", m.typeName(q))
		}
		t.QualName = s.S
		if _, err := m.DictDelete(d, m.Intern("__qualname__")); err != nil {
			return err
		}
	}
	if doc := m.str(m.dictGetStr(d, "__doc__")); doc != nil {
		t.Doc = doc.S
	}
	if f := m.dictGetStr(d, "__new__"); f != Null && m.function(f) != nil {
		m.dictSetStr(d, "__new__", m.NewStaticMethod(f))
	}
	for _, n := range [...]string{"__init_subclass__", "__class_getitem__"} {
		if f := m.dictGetStr(d, n); f != Null && m.function(f) != nil {
			m.dictSetStr(d, n, m.NewClassMethod(f))
		}
	}
	m.typeNewDescriptors(ctx, t)
	if cell := m.dictGetStr(d, "__classcell__"); cell != Null {
		c, ok := m.obj0(cell).(*Cell)
		if !ok {
			r, _ := m.ReprString(m.TypeOf(cell).self)
			return m.typeError("__classcell__ must be a nonlocal cell, not %s", r)
		}
		c.V = t.self
		if _, err := m.DictDelete(d, m.Intern("__classcell__")); err != nil {
			return err
		}
	}
	return nil
}

// typeNewDescriptors is type_new_descriptors: the __slots__ members at
// consecutive offsets after the base's fields, then __dict__ (a managed
// dict before the object, or a slot at the end of a variable-size
// object) and __weakref__.
func (m *Machine) typeNewDescriptors(ctx *typeNewCtx, t *Type) {
	base := ctx.base
	off := base.BasicSize
	off += 8 * len(ctx.slots)
	if ctx.addDict && base.ItemSize != 0 {
		t.DictOffset = -8
		off += 8
	}
	if ctx.addWeak {
		t.WeakrefOffset = off
		off += 8
	}
	if ctx.addDict && base.ItemSize == 0 {
		t.Flags |= FlagManagedDict
		t.DictOffset = -off - 24
	}
	t.BasicSize = off
	t.ItemSize = base.ItemSize
}

// readyHeapType is PyType_Ready for a new class: its MRO, tp_new, its
// members and attribute descriptors, __doc__, inherited flags, __hash__,
// the subclass links and the shared keys of its instances.
func (m *Machine) readyHeapType(t *Type) error {
	mro, err := m.mroInvoke(t)
	if err != nil {
		return err
	}
	t.MRO = mro
	if t.New == nil {
		t.New = t.Base.New
	}
	// tp_alloc is inherited: instances use the Go struct of the base.
	if t.newInstance == nil {
		t.newInstance = t.Base.newInstance
	}
	// Members of __slots__, in their sorted order.
	for i, n := range t.slotNames {
		off := t.Base.BasicSize + 8*i
		if v := m.dictGetStr(t.Dict, n); v == Null {
			m.dictSetStr(t.Dict, n, m.newMemberDescriptor(t, n, off))
		}
	}
	// The __dict__ and __weakref__ getsets of a class adding them.
	addGetSet := func(def *GetSetDef) {
		if v := m.dictGetStr(t.Dict, def.Name); v == Null {
			m.dictSetStr(t.Dict, def.Name, m.alloc(&GetSetDescriptor{Def: def, Owner: t}, m.types.GetSetDescriptor))
		}
	}
	addsDict := t.DictOffset != 0 && t.DictOffset != t.Base.DictOffset
	addsWeak := t.WeakrefOffset != 0 && t.WeakrefOffset != t.Base.WeakrefOffset
	if addsDict {
		addGetSet(&subtypeDictGetSet)
	}
	if addsWeak {
		addGetSet(&subtypeWeakGetSet)
	}
	if m.dictGetStr(t.Dict, "__doc__") == Null {
		m.dictSetStr(t.Dict, "__doc__", None)
	}
	m.inheritSpecial(t, t.Base)
	t.Flags |= t.Base.Flags & flagMatchSelf
	for _, b := range t.MRO[1:] {
		if t.Flags&(FlagSequence|FlagMapping) == 0 {
			t.Flags |= b.Flags & (FlagSequence | FlagMapping)
		}
	}
	// type_ready_set_hash: a class defining __eq__ without __hash__
	// inherits no hash (inherit_slots copies it only along with
	// tp_richcompare, when the class defines neither).
	eq := m.dictGetStr(t.Dict, "__eq__")
	if eq != Null && m.dictGetStr(t.Dict, "__hash__") == Null {
		m.dictSetStr(t.Dict, "__hash__", None)
	}
	for _, b := range t.Bases {
		b.subclasses = append(b.subclasses, t)
	}
	if t.Flags&FlagManagedDict != 0 && t.CachedKeys == nil {
		t.CachedKeys = NewKeysForClass()
	}
	t.Flags |= flagReady
	return nil
}

// typeNewSetNames is type_new_set_names: __set_name__(cls, name) of every
// attribute that has it.
func (m *Machine) typeNewSetNames(t *Type) error {
	names, err := m.dictCopy(t.Dict)
	if err != nil {
		return err
	}
	var keys, vals []Value
	names.Items(func(k, v Value) bool {
		keys = append(keys, k)
		vals = append(vals, v)
		return true
	})
	for i, v := range vals {
		f, err := m.lookupSpecial(v, "__set_name__")
		if err != nil {
			return err
		}
		if f == Null {
			continue
		}
		if _, err := m.Call(f, []Value{t.self, keys[i]}, nil); err != nil {
			kr, _ := m.ReprString(keys[i])
			return m.raiseFromCause(err, m.types.exceptions["RuntimeError"],
				"Error calling __set_name__ on '%s' instance %s in '%s'",
				cTrunc(m.typeName(v), 100), kr, cTrunc(t.Name, 100))
		}
	}
	return nil
}

// raiseFromCause is _PyErr_FormatFromCause: a new exception whose
// __cause__ and __context__ are the one err carries.
func (m *Machine) raiseFromCause(err error, t *Type, format string, args ...any) error {
	r, ok := err.(*Raise)
	if !ok {
		return err
	}
	nerr := m.Raisef(t, format, args...)
	if e := m.exception(nerr.(*Raise).Exc); e != nil {
		e.Cause = r.Exc
		e.Context = r.Exc
		e.SuppressContext = true
	}
	nerr.(*Raise).chained = true
	return nerr
}

// typeNewInitSubclass is type_new_init_subclass:
// super(cls, cls).__init_subclass__(**kwds).
func (m *Machine) typeNewInitSubclass(t *Type, kwNames, kwVals []Value) error {
	name := m.Intern("__init_subclass__")
	for _, b := range t.MRO[1:] {
		res, err := m.DictGet(b.Dict, name)
		if err != nil {
			return err
		}
		if res == Null {
			continue
		}
		f := res
		if get := m.TypeOf(res).DescrGet; get != nil {
			if f, err = get(m, res, Null, t); err != nil {
				return err
			}
		}
		_, err = m.Call(f, kwVals, kwNames)
		return err
	}
	return nil
}

// mroInvoke is mro_invoke: the class's MRO, from its metaclass's mro()
// when the metaclass is not type.
func (m *Machine) mroInvoke(t *Type) ([]*Type, error) {
	if m.TypeOf(t.self) == m.types.Type {
		return m.mroImplementation(t)
	}
	r, err := m.callSpecial(t.self, "mro")
	if err != nil {
		return nil, err
	}
	it, err := m.GetIter(r)
	if err != nil {
		return nil, err
	}
	var mro []*Type
	solid := m.solidBase(t)
	for {
		x, err := m.Next(it)
		if err != nil {
			return nil, err
		}
		if x == Null {
			break
		}
		c := m.typeObj(x)
		if c == nil {
			return nil, m.typeError("mro() returned a non-class ('%s')", cTrunc(m.typeName(x), 500))
		}
		if !solid.IsSubtype(m.solidBase(c)) {
			return nil, m.typeError("mro() returned base with unsuitable layout ('%s')", cTrunc(tpName(c), 500))
		}
		mro = append(mro, c)
	}
	if len(mro) == 0 {
		return nil, m.typeError("type MRO must not be empty")
	}
	return mro, nil
}

// mroImplementation is mro_implementation: the C3 linearisation of t's
// bases.
func (m *Machine) mroImplementation(t *Type) ([]*Type, error) {
	for _, b := range t.Bases {
		if b.MRO == nil {
			return nil, m.typeError("Cannot extend an incomplete type '%s'", cTrunc(tpName(b), 100))
		}
	}
	if len(t.Bases) == 1 {
		return append([]*Type{t}, t.Bases[0].MRO...), nil
	}
	// check_duplicates.
	for i, b := range t.Bases {
		for _, c := range t.Bases[i+1:] {
			if b == c {
				return nil, m.typeError("duplicate base class %s", m.className(b))
			}
		}
	}
	toMerge := make([][]*Type, 0, len(t.Bases)+1)
	for _, b := range t.Bases {
		toMerge = append(toMerge, b.MRO)
	}
	toMerge = append(toMerge, t.Bases)
	return m.pmerge([]*Type{t}, toMerge)
}

// className is class_name: __name__, or the repr.
func (m *Machine) className(t *Type) string {
	v, err := m.lookupAttrStr(t.self, "__name__")
	if err == nil && v != Null {
		if s := m.str(v); s != nil {
			return s.S
		}
		return "?"
	}
	r, _ := m.ReprString(t.self)
	return r
}

// pmerge is the C3 merge: repeatedly take the first head of a list that
// is in no list's tail.
func (m *Machine) pmerge(acc []*Type, toMerge [][]*Type) ([]*Type, error) {
	remain := make([]int, len(toMerge))
again:
	empty := 0
	for i, l := range toMerge {
		if remain[i] >= len(l) {
			empty++
			continue
		}
		cand := l[remain[i]]
		for j, lj := range toMerge {
			if remain[j]+1 >= len(lj) {
				continue
			}
			for _, c := range lj[remain[j]+1:] {
				if c == cand {
					goto skip
				}
			}
		}
		acc = append(acc, cand)
		for j, lj := range toMerge {
			if remain[j] < len(lj) && lj[remain[j]] == cand {
				remain[j]++
			}
		}
		goto again
	skip:
	}
	if empty != len(toMerge) {
		return nil, m.mroError(toMerge, remain)
	}
	return acc, nil
}

// mroError is set_mro_error: the candidates that could not be placed.
func (m *Machine) mroError(toMerge [][]*Type, remain []int) error {
	var seen []*Type
	for i, l := range toMerge {
		if remain[i] < len(l) {
			c := l[remain[i]]
			dup := false
			for _, s := range seen {
				dup = dup || s == c
			}
			if !dup {
				seen = append(seen, c)
			}
		}
	}
	msg := "Cannot create a consistent method resolution\norder (MRO) for bases"
	for i, c := range seen {
		msg += " " + m.className(c)
		if i < len(seen)-1 {
			msg += ","
		}
	}
	return m.typeError("%s", msg)
}

// typeSetBases is type_set_bases: C.__bases__ = (...).
func typeSetBases(m *Machine, self, v Value) error {
	t := m.typeObj(self)
	if err := m.checkSetSpecialTypeAttr(t, v, "__bases__"); err != nil {
		return err
	}
	nb := m.tuple(v)
	if nb == nil {
		return m.typeError("can only assign tuple to %s.__bases__, not %s", tpName(t), m.typeName(v))
	}
	if len(nb.Items) == 0 {
		return m.typeError("can only assign non-empty tuple to %s.__bases__, not ()", tpName(t))
	}
	for _, bv := range nb.Items {
		b := m.typeObj(bv)
		if b == nil {
			return m.typeError("%s.__bases__ must be tuple of classes, not '%s'", tpName(t), m.typeName(bv))
		}
		if b.IsSubtype(t) {
			return m.typeError("a __bases__ item causes an inheritance cycle")
		}
	}
	newBase, err := m.bestBase(nb.Items)
	if err != nil {
		return err
	}
	if err := m.compatibleForAssignment(t.Base, newBase, "__bases__"); err != nil {
		return err
	}
	oldBases, oldBase := t.Bases, t.Base
	var bases []*Type
	for _, bv := range nb.Items {
		bases = append(bases, m.typeObj(bv))
	}
	t.Bases, t.Base = bases, newBase
	// mro_hierarchy: the class's MRO and its subclasses'.
	type saved struct {
		t   *Type
		mro []*Type
	}
	var done []saved
	var hierarchy func(c *Type) error
	hierarchy = func(c *Type) error {
		mro, err := m.mroInvoke(c)
		if err != nil {
			return err
		}
		done = append(done, saved{c, c.MRO})
		c.MRO = mro
		m.typeModified(c)
		for _, s := range append([]*Type(nil), c.subclasses...) {
			if err := hierarchy(s); err != nil {
				return err
			}
		}
		return nil
	}
	if err := hierarchy(t); err != nil {
		for i := len(done) - 1; i >= 0; i-- {
			done[i].t.MRO = done[i].mro
		}
		t.Bases, t.Base = oldBases, oldBase
		return err
	}
	for _, b := range oldBases {
		b.removeSubclass(t)
	}
	for _, b := range bases {
		b.subclasses = append(b.subclasses, t)
	}
	// update_all_slots.
	m.typeModified(t)
	for i := range dunderDefs {
		m.updateSlot(t, m.Intern(dunderDefs[i].name))
	}
	return nil
}

// removeSubclass is remove_subclass.
func (t *Type) removeSubclass(s *Type) {
	for i, c := range t.subclasses {
		if c == s {
			t.subclasses = append(t.subclasses[:i:i], t.subclasses[i+1:]...)
			return
		}
	}
}
