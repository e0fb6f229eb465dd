package vm

// object.__reduce_ex__ and object.__reduce__: how an object describes
// itself to pickle and copy (CPython 3.11 Objects/typeobject.c:
// object___reduce_ex___impl, _common_reduce, reduce_newobj,
// object_getstate, _PyType_GetSlotNames). Protocols 2 and up build the
// result here around copyreg.__newobj__; protocols 0 and 1 call
// copyreg._reduce_ex (copyreg.go).

var (
	specReduceEx = &ArgSpec{Name: "__reduce_ex__", Func: "object.__reduce_ex__", Kind: ArgsO}
	specReduce   = &ArgSpec{Name: "__reduce__", Func: "object.__reduce__", Kind: ArgsNone}
)

func objectReduceEx(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specReduceEx, args, kw, a[:]); err != nil {
		return Null, err
	}
	proto, err := m.ArgCInt(a[0])
	if err != nil {
		return Null, err
	}
	// A class that overrides __reduce__ is asked that instead.
	reduce, err := m.LookupAttr(self, m.Intern("__reduce__"))
	if err != nil {
		return Null, err
	}
	if reduce != Null {
		clsReduce, err := m.GetAttr(m.TypeOf(self).self, m.Intern("__reduce__"))
		if err != nil {
			return Null, err
		}
		if !m.isObjectMethod(clsReduce, "__reduce__") {
			return m.Call(reduce, nil, nil)
		}
	}
	return m.commonReduce(self, proto)
}

func objectReduce(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specReduce, args, kw, nil); err != nil {
		return Null, err
	}
	return m.commonReduce(self, 0)
}

// isObjectMethod reports whether v is object's own method descriptor
// called name (what object.__dict__[name] holds).
func (m *Machine) isObjectMethod(v Value, name string) bool {
	d, ok := m.obj0(v).(*MethodDescriptor)
	return ok && d.Owner == m.types.Object && d.Def.Name == name
}

func (m *Machine) commonReduce(self Value, proto int) (Value, error) {
	if proto >= 2 {
		return m.reduceNewobj(self)
	}
	copyreg, err := m.copyregModule()
	if err != nil {
		return Null, err
	}
	return m.CallMethod(copyreg, "_reduce_ex", self, m.NewInt(int64(proto)))
}

// reduceNewobj is protocol 2's answer: (copyreg.__newobj__, (cls,
// *args), state, listitems, dictitems), or with keyword arguments for
// __new__, (copyreg.__newobj_ex__, (cls, args, kwargs), ...).
func (m *Machine) reduceNewobj(obj Value) (Value, error) {
	t := m.TypeOf(obj)
	if t.New == nil {
		return Null, m.typeError("cannot pickle '%s' object", cTrunc(t.Name, 200))
	}
	args, kwargs, err := m.newArguments(obj)
	if err != nil {
		return Null, err
	}
	copyreg, err := m.copyregModule()
	if err != nil {
		return Null, err
	}
	var newobj, newargs Value
	if kwargs == Null || m.dict(kwargs).Len() == 0 {
		if newobj, err = m.GetAttr(copyreg, m.Intern("__newobj__")); err != nil {
			return Null, err
		}
		items := []Value{t.self}
		if args != Null {
			items = append(items, m.tuple(args).Items...)
		}
		newargs = m.NewTuple(items)
	} else {
		if newobj, err = m.GetAttr(copyreg, m.Intern("__newobj_ex__")); err != nil {
			return Null, err
		}
		newargs = m.NewTuple([]Value{t.self, args, kwargs})
	}
	_, isList := m.obj0(obj).(*List)
	_, isDict := m.obj0(obj).(*Dict)
	state, err := m.objectGetstate(obj, !(args != Null || isList || isDict))
	if err != nil {
		return Null, err
	}
	listitems, dictitems, err := m.itemsIters(obj)
	if err != nil {
		return Null, err
	}
	return m.NewTuple([]Value{newobj, newargs, state, listitems, dictitems}), nil
}

// newArguments is _PyObject_GetNewArguments: what __getnewargs_ex__ or
// __getnewargs__ says __new__ needs (Null, Null when neither exists).
func (m *Machine) newArguments(obj Value) (args, kwargs Value, err error) {
	fn, err := m.lookupSpecial(obj, "__getnewargs_ex__")
	if err != nil {
		return Null, Null, err
	}
	if fn != Null {
		r, err := m.Call(fn, nil, nil)
		if err != nil {
			return Null, Null, err
		}
		tup := m.tuple(r)
		if tup == nil {
			return Null, Null, m.typeError("__getnewargs_ex__ should return a tuple, not '%s'", cTrunc(m.typeName(r), 200))
		}
		if len(tup.Items) != 2 {
			return Null, Null, m.Raisef(m.types.ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(tup.Items))
		}
		args, kwargs = tup.Items[0], tup.Items[1]
		if m.tuple(args) == nil {
			return Null, Null, m.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", cTrunc(m.typeName(args), 200))
		}
		if _, ok := m.obj0(kwargs).(*Dict); !ok {
			return Null, Null, m.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", cTrunc(m.typeName(kwargs), 200))
		}
		return args, kwargs, nil
	}
	if fn, err = m.lookupSpecial(obj, "__getnewargs__"); err != nil {
		return Null, Null, err
	}
	if fn == Null {
		return Null, Null, nil
	}
	r, err := m.Call(fn, nil, nil)
	if err != nil {
		return Null, Null, err
	}
	if m.tuple(r) == nil {
		return Null, Null, m.typeError("__getnewargs__ should return a tuple, not '%s'", cTrunc(m.typeName(r), 200))
	}
	return r, Null, nil
}

// itemsIters is _PyObject_GetItemsIter: an iterator over a list's items
// and one over a dict's (key, value) pairs, None otherwise.
func (m *Machine) itemsIters(obj Value) (listitems, dictitems Value, err error) {
	listitems, dictitems = None, None
	if _, ok := m.obj0(obj).(*List); ok {
		if listitems, err = m.GetIter(obj); err != nil {
			return Null, Null, err
		}
	}
	if _, ok := m.obj0(obj).(*Dict); ok {
		items, err := m.CallMethod(obj, "items")
		if err != nil {
			return Null, Null, err
		}
		if dictitems, err = m.GetIter(items); err != nil {
			return Null, Null, err
		}
	}
	return listitems, dictitems, nil
}

// objectGetstate is object_getstate: the object's __getstate__(), where
// object's own is told whether a state is required (protocol 2 without
// __getnewargs__ cannot rebuild C-level fields it does not know).
func (m *Machine) objectGetstate(obj Value, required bool) (Value, error) {
	getstate, err := m.GetAttr(obj, m.Intern("__getstate__"))
	if err != nil {
		return Null, err
	}
	if bf, ok := m.obj0(getstate).(*BuiltinFunction); ok && bf.Self == obj && bf.Def.Name == "__getstate__" &&
		bf.Def == m.objectGetstateDef() {
		return m.objectGetstateDefault(obj, required)
	}
	return m.Call(getstate, nil, nil)
}

// objectGetstateDef is the MethodDef of object.__getstate__.
func (m *Machine) objectGetstateDef() *MethodDef {
	if d, ok := m.obj0(m.dictGetStr(m.types.Object.Dict, "__getstate__")).(*MethodDescriptor); ok {
		return d.Def
	}
	return nil
}

// slotNamesOf is _PyType_GetSlotNames: the class's cached __slotnames__,
// else copyreg._slotnames(cls), which caches them. None or a list.
func (m *Machine) slotNamesOf(t *Type) (Value, error) {
	if v := m.dictGetStr(t.Dict, "__slotnames__"); v != Null {
		if _, ok := m.obj0(v).(*List); v != None && !ok {
			return Null, m.typeError("%s.__slotnames__ should be a list or None, not %s", cTrunc(t.Name, 200), cTrunc(m.typeName(v), 200))
		}
		return v, nil
	}
	copyreg, err := m.copyregModule()
	if err != nil {
		return Null, err
	}
	v, err := m.CallMethod(copyreg, "_slotnames", t.self)
	if err != nil {
		return Null, err
	}
	if _, ok := m.obj0(v).(*List); v != None && !ok {
		return Null, m.typeError("copyreg._slotnames didn't return a list or None")
	}
	return v, nil
}

// The __reduce__ methods of builtin types whose instances reduce to a
// call that rebuilds them.

// getattrCall is (getattr, (obj, name)): how methods and descriptors
// reduce (CPython's descr_reduce, wrapper_reduce, meth_reduce).
func (m *Machine) getattrCall(obj Value, name string) Value {
	return m.NewTuple([]Value{m.dictGetStr(m.builtins, "getattr"), m.NewTuple([]Value{obj, m.NewStr(name)})})
}

func builtinReduce(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("__reduce__", args); err != nil {
		return Null, err
	}
	f := m.builtinFunc(self)
	if _, isMod := m.obj0(f.Self).(*Module); f.Self == Null || isMod {
		return m.NewStr(f.Def.Name), nil
	}
	return m.getattrCall(f.Self, f.Def.Name), nil
}

func methodDescrReduce(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("__reduce__", args); err != nil {
		return Null, err
	}
	d := m.obj(self).(*MethodDescriptor)
	return m.getattrCall(d.Owner.self, d.Def.Name), nil
}

func memberDescrReduce(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("__reduce__", args); err != nil {
		return Null, err
	}
	d := m.memberDescr(self)
	return m.getattrCall(d.Owner.self, m.str(d.Name).S), nil
}

func wrapperDescrReduce(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("__reduce__", args); err != nil {
		return Null, err
	}
	d := m.wrapperDescr(self)
	return m.getattrCall(d.Owner.self, d.Def.name), nil
}

func methodWrapperReduce(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("__reduce__", args); err != nil {
		return Null, err
	}
	w := m.methodWrapper(self)
	return m.getattrCall(w.Self, w.Descr.Def.name), nil
}

// enumerateReduce is (type, (iterator, next index)).
func enumerateReduce(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("__reduce__", args); err != nil {
		return Null, err
	}
	e := m.obj(self).(*enumerateObj)
	idx := m.NewInt(e.index)
	if e.bigIndex != nil {
		idx = m.NewBigInt(e.bigIndex)
	}
	return m.NewTuple([]Value{m.TypeOf(self).self, m.NewTuple([]Value{e.it, idx})}), nil
}

// filterReduce is (type, (function, iterator)).
func filterReduce(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("__reduce__", args); err != nil {
		return Null, err
	}
	o := m.obj(self).(*filterObj)
	return m.NewTuple([]Value{m.TypeOf(self).self, m.NewTuple([]Value{o.fn, o.it})}), nil
}

// mapReduce is (type, (function, *iterators)).
func mapReduce(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("__reduce__", args); err != nil {
		return Null, err
	}
	o := m.obj(self).(*mapObj)
	return m.NewTuple([]Value{m.TypeOf(self).self, m.NewTuple(append([]Value{o.fn}, o.its...))}), nil
}

// zipReduce is (type, iterators), with True as the state of a strict
// zip.
func zipReduce(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("__reduce__", args); err != nil {
		return Null, err
	}
	z := m.obj(self).(*zipObj)
	its := m.NewTuple(append([]Value(nil), z.its...))
	if z.strict {
		return m.NewTuple([]Value{m.TypeOf(self).self, its, True}), nil
	}
	return m.NewTuple([]Value{m.TypeOf(self).self, its}), nil
}

var specZipSetstate = &ArgSpec{Name: "__setstate__", Func: "zip.__setstate__", Kind: ArgsO}

// zipSetstate makes the zip strict or not, by the state's truth.
func zipSetstate(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specZipSetstate, args, kw, a[:]); err != nil {
		return Null, err
	}
	t, err := m.Truth(a[0])
	if err != nil {
		return Null, err
	}
	m.obj(self).(*zipObj).strict = t
	return None, nil
}

// reversedReduce is (type, (sequence,), index), or (type, ((),)) once
// the iterator has let its sequence go.
func reversedReduce(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("__reduce__", args); err != nil {
		return Null, err
	}
	o := m.obj(self).(*reversedObj)
	t := m.TypeOf(self).self
	if o.seq == Null {
		return m.NewTuple([]Value{t, m.NewTuple([]Value{m.emptyTuple})}), nil
	}
	return m.NewTuple([]Value{t, m.NewTuple([]Value{o.seq}), m.NewInt(o.index)}), nil
}

var specReversedSetstate = &ArgSpec{Name: "__setstate__", Func: "reversed.__setstate__", Kind: ArgsO}

// reversedSetstate sets the next index, clamped to [-1, len(seq)-1].
func reversedSetstate(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specReversedSetstate, args, kw, a[:]); err != nil {
		return Null, err
	}
	idx, err := m.ArgSsize(a[0])
	if err != nil {
		return Null, err
	}
	o := m.obj(self).(*reversedObj)
	if o.seq != Null {
		n, err := m.Len(o.seq)
		if err != nil {
			return Null, err
		}
		if idx < -1 {
			idx = -1
		} else if idx > int64(n)-1 {
			idx = int64(n) - 1
		}
		o.index = idx
	}
	return None, nil
}
