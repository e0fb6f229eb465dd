package vm

// Attribute access (CPython 3.11 Objects/object.c): getattr and setattr
// through the type's slots, the generic algorithm of objects with a
// __dict__ (PyObject_GenericGetAttr: data descriptors, then the instance
// dict, then other descriptors and class attributes), LOAD_METHOD's
// variant that avoids making a bound method, and the special-method
// lookups the slots use (lookup_maybe_method, _PyObject_LookupSpecial).

// GetAttr is getattr(obj, name) (PyObject_GetAttr): name must be a str.
// An AttributeError carries name and obj, for the traceback's "Did you
// mean" suggestion.
func (m *Machine) GetAttr(obj, name Value) (Value, error) {
	if m.str(name) == nil {
		return Null, m.typeError("attribute name must be string, not '%s'", cTrunc(m.typeName(name), 200))
	}
	t := m.TypeOf(obj)
	var r Value
	var err error
	if t.GetAttr != nil {
		r, err = t.GetAttr(m, obj, name)
	} else {
		err = m.noAttribute(obj, name)
	}
	if err != nil {
		m.attributeErrorContext(err, obj, name)
	}
	return r, err
}

// LookupAttr is _PyObject_LookupAttr: getattr(obj, name) with a missing
// attribute reported as Null and no error (any other exception is
// returned).
func (m *Machine) LookupAttr(obj, name Value) (Value, error) {
	if m.str(name) == nil {
		return Null, m.typeError("attribute name must be string, not '%s'", cTrunc(m.typeName(name), 200))
	}
	t := m.TypeOf(obj)
	if t.GetAttr == nil {
		return Null, nil
	}
	if sameSlot(t.GetAttr, genericGetAttr) {
		return m.genericGetAttr(obj, name, true)
	}
	r, err := t.GetAttr(m, obj, name)
	if err != nil && m.isRaise(err, m.types.exceptions["AttributeError"]) {
		return Null, nil
	}
	return r, err
}

// lookupAttrStr is LookupAttr with a Go name.
func (m *Machine) lookupAttrStr(obj Value, name string) (Value, error) {
	return m.LookupAttr(obj, m.Intern(name))
}

// SetAttr is setattr(obj, name, v) (PyObject_SetAttr); v Null deletes.
func (m *Machine) SetAttr(obj, name, v Value) error {
	s := m.str(name)
	if s == nil {
		return m.typeError("attribute name must be string, not '%s'", cTrunc(m.typeName(name), 200))
	}
	if !s.interned && s.typ == m.types.Str {
		// PyUnicode_InternInPlace: attribute names become interned.
		name = m.Intern(s.S)
	}
	t := m.TypeOf(obj)
	if t.SetAttr != nil {
		return t.SetAttr(m, obj, name, v)
	}
	what := "assign to"
	if v == Null {
		what = "del"
	}
	if t.GetAttr == nil {
		return m.typeError("'%s' object has no attributes (%s .%s)", cTrunc(t.Name, 100), what, s.S)
	}
	return m.typeError("'%s' object has only read-only attributes (%s .%s)", cTrunc(t.Name, 100), what, s.S)
}

// GenericGetAttr is PyObject_GenericGetAttr (object.__getattribute__).
func (m *Machine) GenericGetAttr(obj, name Value) (Value, error) {
	return m.genericGetAttr(obj, name, false)
}

// genericGetAttr is _PyObject_GenericGetAttrWithDict without a dict
// argument; suppress turns a missing attribute into (Null, nil).
func (m *Machine) genericGetAttr(obj, name Value, suppress bool) (Value, error) {
	ns := m.str(name)
	if ns == nil {
		return Null, m.typeError("attribute name must be string, not '%s'", cTrunc(m.typeName(name), 200))
	}
	t := m.TypeOf(obj)
	descr := m.lookupType(t, name)
	var get func(m *Machine, descr, obj Value, typ *Type) (Value, error)
	if descr != Null {
		dt := m.TypeOf(descr)
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			// A data descriptor wins over the instance dict.
			return m.suppressAttrError(get(m, descr, obj, t))(suppress)
		}
	}
	if iv := m.inlineValues(obj); iv != nil {
		if ns.typ == m.types.Str {
			if v := iv.get(m, t.CachedKeys, name); v != Null {
				return v, nil
			}
		} else {
			// A str subclass name: the values become a dict first.
			d := m.materializeDict(obj)
			v, err := m.DictGet(d, name)
			if v != Null {
				return v, nil
			}
			if err != nil && !(suppress && m.isRaise(err, m.types.exceptions["AttributeError"])) {
				return Null, err
			}
		}
	} else if dp := m.dictPointer(obj); dp != nil && *dp != nil {
		v, err := m.DictGet(*dp, name)
		if v != Null {
			return v, nil
		}
		if err != nil && !(suppress && m.isRaise(err, m.types.exceptions["AttributeError"])) {
			return Null, err
		}
	}
	if get != nil {
		return m.suppressAttrError(get(m, descr, obj, t))(suppress)
	}
	if descr != Null {
		return descr, nil
	}
	if suppress {
		return Null, nil
	}
	return Null, m.noAttribute(obj, name)
}

// suppressAttrError returns a function giving (v, err), or (Null, nil)
// when suppress is set and err is an AttributeError.
func (m *Machine) suppressAttrError(v Value, err error) func(bool) (Value, error) {
	return func(suppress bool) (Value, error) {
		if err != nil && suppress && m.isRaise(err, m.types.exceptions["AttributeError"]) {
			return Null, nil
		}
		return v, err
	}
}

// GenericSetAttr is PyObject_GenericSetAttr (object.__setattr__ and
// object.__delattr__ when v is Null).
func (m *Machine) GenericSetAttr(obj, name, v Value) error {
	ns := m.str(name)
	if ns == nil {
		return m.typeError("attribute name must be string, not '%s'", cTrunc(m.typeName(name), 200))
	}
	t := m.TypeOf(obj)
	descr := m.lookupType(t, name)
	if descr != Null {
		if set := m.TypeOf(descr).DescrSet; set != nil {
			return set(m, descr, obj, v)
		}
	}
	var err error
	if iv := m.inlineValues(obj); iv != nil {
		err = m.storeInstanceAttribute(obj, iv, name, v)
	} else {
		dp := m.dictPointer(obj)
		if dp == nil {
			if descr == Null {
				return m.Raisef(m.types.exceptions["AttributeError"],
					"'%s' object has no attribute '%s'", cTrunc(t.Name, 100), ns.S)
			}
			return m.Raisef(m.types.exceptions["AttributeError"],
				"'%s' object attribute '%s' is read-only", cTrunc(t.Name, 50), ns.S)
		}
		err = m.objectDictSetItem(obj, dp, name, v)
	}
	if err != nil && m.isRaise(err, m.types.exceptions["KeyError"]) {
		if ot := m.typeObj(obj); ot != nil {
			return m.Raisef(m.types.exceptions["AttributeError"],
				"type object '%s' has no attribute '%s'", cTrunc(ot.Name, 50), ns.S)
		}
		return m.Raisef(m.types.exceptions["AttributeError"],
			"'%s' object has no attribute '%s'", cTrunc(t.Name, 100), ns.S)
	}
	return err
}

// objectDictSetItem is _PyObjectDict_SetItem: set or delete in the dict
// behind dp, making the dict on first use.
//
// CPython 3.11: the dict made here for a class with shared keys
// (ht_cached_keys: every class with a managed dict) is a split dict over
// those keys (new_dict_with_shared_keys), so a new attribute name joins
// the class's keys. This is the path of the instances that never got
// inline values: those of a class deriving from list, dict, set, float…
// (whose tp_new is not object_new, the only caller of
// _PyObject_InitializeDict), and plain instances whose __dict__ was
// deleted. Their dicts then all share the class's keys, which the
// specializer sees: STORE_ATTR_INSTANCE_VALUE is chosen for a name the
// keys hold (and always misses: no inline values), LOAD_ATTR_WITH_HINT
// always misses (a split dict's entries hold no values) and
// LOAD_METHOD_WITH_DICT's keys version guard holds across instances.
func (m *Machine) objectDictSetItem(obj Value, dp **Dict, name, v Value) error {
	d := *dp
	if d == nil {
		if t := m.TypeOf(obj); t.IsHeap() && t.CachedKeys != nil {
			d = m.newDictWithSharedKeys(t.CachedKeys)
		} else {
			d = m.NewDict()
		}
		*dp = d
	}
	if v == Null {
		found, err := m.DictDelete(d, name)
		if err == nil && !found {
			return m.RaiseArgs(m.types.exceptions["KeyError"], name)
		}
		return err
	}
	return m.DictSet(d, name, v)
}

// isMethodDescriptor reports whether v's type has
// Py_TPFLAGS_METHOD_DESCRIPTOR (function, method_descriptor,
// wrapper_descriptor): LOAD_METHOD and the slots call such an attribute
// unbound, with self as the first argument, instead of binding it.
func (m *Machine) isMethodDescriptor(v Value) bool {
	return v.IsRef() && m.TypeOf(v).Flags&flagMethodDescriptor != 0
}

// loadMethod is LOAD_METHOD's lookup (_PyObject_GetMethod): when name on
// obj's type is a Python function or method descriptor not shadowed by
// the instance dict, it returns that unbound callable and true (the call
// passes obj as self); otherwise the attribute and false.
func (m *Machine) loadMethod(obj, name Value) (Value, bool, error) {
	t := m.TypeOf(obj)
	if !sameSlot(t.GetAttr, genericGetAttr) || !m.isExactStr(name) {
		v, err := m.GetAttr(obj, name)
		return v, false, err
	}
	descr := m.lookupType(t, name)
	var get func(m *Machine, descr, obj Value, typ *Type) (Value, error)
	methFound := false
	if descr != Null {
		if m.isMethodDescriptor(descr) {
			methFound = true
		} else {
			dt := m.TypeOf(descr)
			get = dt.DescrGet
			if get != nil && dt.DescrSet != nil {
				v, err := get(m, descr, obj, t)
				if err != nil {
					m.attributeErrorContext(err, obj, name)
				}
				return v, false, err
			}
		}
	}
	if iv := m.inlineValues(obj); iv != nil {
		if v := iv.get(m, t.CachedKeys, name); v != Null {
			return v, false, nil
		}
	} else if dp := m.dictPointer(obj); dp != nil && *dp != nil {
		v, err := m.DictGet(*dp, name)
		if v != Null || err != nil {
			return v, false, err
		}
	}
	if methFound {
		return descr, true, nil
	}
	if get != nil {
		v, err := get(m, descr, obj, t)
		if err != nil {
			m.attributeErrorContext(err, obj, name)
		}
		return v, false, err
	}
	if descr != Null {
		return descr, false, nil
	}
	return Null, false, m.noAttribute(obj, name)
}

// CallMethod calls obj.name(args...) (PyObject_CallMethod).
func (m *Machine) CallMethod(obj Value, name string, args ...Value) (Value, error) {
	f, isMeth, err := m.loadMethod(obj, m.Intern(name))
	if err != nil {
		return Null, err
	}
	if isMeth {
		return m.Call(f, append([]Value{obj}, args...), nil)
	}
	return m.Call(f, args, nil)
}

// lookupMaybeMethod is lookup_maybe_method: the special method name found
// on self's type; unbound reports that it must be called with self as the
// first argument (a function or method descriptor); other descriptors
// are bound here. Null if the type has no such attribute.
func (m *Machine) lookupMaybeMethod(self, name Value) (f Value, unbound bool, err error) {
	t := m.TypeOf(self)
	res := m.lookupType(t, name)
	if res == Null {
		return Null, false, nil
	}
	if m.isMethodDescriptor(res) {
		return res, true, nil
	}
	if get := m.TypeOf(res).DescrGet; get != nil {
		r, err := get(m, res, self, t)
		return r, false, err
	}
	return res, false, nil
}

// callSpecial calls the special method name of self's type with args
// (vectorcall_method): AttributeError(name) when the type lacks it.
func (m *Machine) callSpecial(self Value, name string, args ...Value) (Value, error) {
	n := m.Intern(name)
	f, unbound, err := m.lookupMaybeMethod(self, n)
	if err != nil {
		return Null, err
	}
	if f == Null {
		return Null, m.RaiseArgs(m.types.exceptions["AttributeError"], n)
	}
	return m.callUnbound(f, unbound, self, args)
}

// callUnbound calls a method found by lookupMaybeMethod.
func (m *Machine) callUnbound(f Value, unbound bool, self Value, args []Value) (Value, error) {
	if unbound {
		all := make([]Value, 1+len(args))
		all[0] = self
		copy(all[1:], args)
		return m.Call(f, all, nil)
	}
	return m.Call(f, args, nil)
}

// lookupSpecial is _PyObject_LookupSpecial: name on obj's type, bound to
// obj through its __get__; Null if the type lacks it.
func (m *Machine) lookupSpecial(obj Value, name string) (Value, error) {
	t := m.TypeOf(obj)
	res := m.lookupType(t, m.Intern(name))
	if res == Null {
		return Null, nil
	}
	if get := m.TypeOf(res).DescrGet; get != nil {
		return get(m, res, obj, t)
	}
	return res, nil
}

// noAttribute is the AttributeError of a missing attribute, with its
// name and obj set: "'C' object has no attribute 'y'", or for a type
// "type object 'C' has no attribute 'y'".
func (m *Machine) noAttribute(obj, name Value) error {
	var msg string
	if t := m.typeObj(obj); t != nil {
		msg = "type object '" + cTrunc(t.Name, 50) + "' has no attribute '" + m.str(name).S + "'"
	} else {
		msg = "'" + cTrunc(m.typeName(obj), 50) + "' object has no attribute '" + m.str(name).S + "'"
	}
	exc := m.newException(m.types.exceptions["AttributeError"], []Value{m.NewStr(msg)})
	m.setExceptionAttr(exc, "name", name)
	m.setExceptionAttr(exc, "obj", obj)
	return m.raiseValue(exc)
}

// attributeErrorContext is set_attribute_error_context: an AttributeError
// raised while getting name from obj gets name and obj, unless it has
// them already.
func (m *Machine) attributeErrorContext(err error, obj, name Value) {
	r, ok := err.(*Raise)
	if !ok || !m.TypeOf(r.Exc).IsSubtype(m.types.exceptions["AttributeError"]) {
		return
	}
	for _, a := range [...]string{"name", "obj"} {
		// The attributes are None until set.
		if v, err := m.lookupAttrStr(r.Exc, a); err != nil || v != Null && v != None {
			return
		}
	}
	m.setExceptionAttr(r.Exc, "name", name)
	m.setExceptionAttr(r.Exc, "obj", obj)
}

// cTrunc truncates s to n code points, as the %.<n>s of CPython's
// PyUnicode_FromFormat does.
func cTrunc(s string, n int) string {
	if len(s) <= n {
		return s
	}
	c := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			if c == n {
				return s[:i]
			}
			c++
		}
	}
	return s
}
