package vm

// Name resolution: LOAD_GLOBAL, LOAD_NAME and friends, with CPython
// 3.11's error messages.

func (m *Machine) loadGlobal(f *Frame, name Value) (Value, error) {
	v, err := m.DictGet(f.Globals, name)
	if err != nil || v != Null {
		return v, err
	}
	v, err = m.DictGet(f.Builtins, name)
	if err != nil || v != Null {
		return v, err
	}
	return Null, m.nameError(name, f)
}

func (m *Machine) loadName(f *Frame, name Value) (Value, error) {
	if f.Locals != Null {
		var v Value
		var err error
		if d, ok := m.obj(f.Locals).(*Dict); ok && d.typ == m.types.Dict {
			v, err = m.DictGet(d, name)
		} else {
			v, err = m.GetItem(f.Locals, name)
			if err != nil && m.isRaise(err, m.types.exceptions["KeyError"]) {
				v, err = Null, nil
			}
		}
		if err != nil || v != Null {
			return v, err
		}
	}
	return m.loadGlobal(f, name)
}

func (m *Machine) storeName(f *Frame, name, v Value) error {
	if f.Locals == Null {
		return m.Raisef(m.types.SystemError, "no locals found when storing %s", m.str(name).S)
	}
	if d, ok := m.obj(f.Locals).(*Dict); ok && d.typ == m.types.Dict {
		return m.DictSet(d, name, v)
	}
	return m.SetItem(f.Locals, name, v)
}

func (m *Machine) deleteName(f *Frame, name Value) error {
	if d, ok := m.obj(f.Locals).(*Dict); ok && d.typ == m.types.Dict {
		found, err := m.DictDelete(d, name)
		if err == nil && !found {
			err = m.nameError(name, f)
		}
		return err
	}
	err := m.SetItem(f.Locals, name, Null)
	if err != nil && m.isRaise(err, m.types.exceptions["KeyError"]) {
		err = m.nameError(name, f)
	}
	return err
}

// nameError is NameError: name 'x' is not defined (the traceback printer
// adds "Did you mean" from the exception's name attribute).
func (m *Machine) nameError(name Value, f *Frame) error {
	exc := m.newException(m.types.exceptions["NameError"],
		[]Value{m.NewStr("name '" + m.str(name).S + "' is not defined")})
	m.setExceptionAttr(exc, "name", name)
	return m.raiseValue(exc)
}

// unboundLocal is the error of reading an unbound fast local.
func (m *Machine) unboundLocal(f *Frame, i int) error {
	return m.Raisef(m.types.exceptions["UnboundLocalError"],
		"cannot access local variable '%s' where it is not associated with a value", f.Code.LocalsPlusNames[i])
}

// unboundDeref is the error of reading an empty cell.
func (m *Machine) unboundDeref(f *Frame, i int) error {
	name := f.Code.LocalsPlusNames[i]
	if i < f.Code.NLocalsPlus-f.Code.NFree {
		return m.Raisef(m.types.exceptions["UnboundLocalError"],
			"cannot access local variable '%s' where it is not associated with a value", name)
	}
	exc := m.newException(m.types.exceptions["NameError"], []Value{m.NewStr(
		"cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope")})
	m.setExceptionAttr(exc, "name", f.Code.LocalNames[i])
	return m.raiseValue(exc)
}

// cellOf returns the cell in a cell or free slot.
func (m *Machine) cellOf(v Value) *Cell { return m.heap.objs[v].(*Cell) }

// loadClassDeref is LOAD_CLASSDEREF: a class body's free variable, looked
// up in the class namespace first.
func (m *Machine) loadClassDeref(f *Frame, i int) (Value, error) {
	name := f.Code.LocalNames[i]
	if f.Locals != Null {
		var v Value
		var err error
		if d, ok := m.obj(f.Locals).(*Dict); ok {
			v, err = m.DictGet(d, name)
		} else {
			v, err = m.GetItem(f.Locals, name)
			if err != nil && m.isRaise(err, m.types.exceptions["KeyError"]) {
				v, err = Null, nil
			}
		}
		if err != nil || v != Null {
			return v, err
		}
	}
	v := m.cellOf(f.Vals[i]).V
	if v == Null {
		return Null, m.unboundDeref(f, i)
	}
	return v, nil
}

// plainLocals returns the frame's locals when they are an exact dict,
// which LOAD_NAME and STORE_NAME may use without running Python code.
func (m *Machine) plainLocals(f *Frame) *Dict {
	if f.Locals == Null {
		return nil
	}
	if d, ok := m.obj(f.Locals).(*Dict); ok && d.typ == m.types.Dict {
		return d
	}
	return nil
}

// nameFast is LOAD_NAME's lookup when it needs no Python code: name (an
// interned str) in the frame's locals, an exact dict, then globalFast.
// Null means "not found this way": the caller takes the general path
// (loadName).
func (m *Machine) nameFast(f *Frame, name Value) Value {
	d := m.plainLocals(f)
	if d == nil {
		return Null
	}
	if v, ok := m.strEntry(d, name); !ok || v != Null {
		return v
	}
	return m.globalFast(f, name)
}

// storeNameFast is STORE_NAME when it only replaces the value of a name
// the frame's locals (an exact, combined dict) already hold; false means
// the caller takes the general path (storeName).
func (m *Machine) storeNameFast(f *Frame, name, v Value) bool {
	d := m.plainLocals(f)
	if d == nil || d.values != nil {
		return false
	}
	ix := m.DictKeysStringLookup(d.keys, name)
	if ix < 0 {
		return false
	}
	e := &d.keys.entries[ix]
	if e.value == Null {
		return false
	}
	if e.value != v {
		e.value = v
		d.version = m.nextDictVersion()
	}
	return true
}

// strEntry is the value of name (an interned str) in d when finding it
// runs no Python code (Null: absent); ok is false when it might.
func (m *Machine) strEntry(d *Dict, name Value) (v Value, ok bool) {
	ix := m.DictKeysStringLookup(d.keys, name)
	if ix == DictKeyError {
		return Null, false
	}
	if ix >= 0 {
		return d.EntryValue(ix), true
	}
	return Null, true
}

// globalFast is LOAD_GLOBAL's lookup when it needs no Python code: name
// (an interned str) in globals then builtins, both str-keyed dicts, as
// _PyDict_LoadGlobal does. Null means "not found this way": the caller
// takes the general path (loadGlobal), which also raises NameError.
func (m *Machine) globalFast(f *Frame, name Value) Value {
	for _, d := range [2]*Dict{f.Globals, f.Builtins} {
		if d == nil {
			return Null
		}
		if v, ok := m.strEntry(d, name); !ok || v != Null {
			return v
		}
	}
	return Null
}
