package vm

import op "github.com/quicken-py/quicken/vm/bytecode"

// exceptionOf returns the exception object an error carries; a Go error
// that is not a Python exception is returned as the second result.
func (m *Machine) exceptionOf(err error) (Value, error) {
	if r, ok := err.(*Raise); ok {
		return r.Exc, nil
	}
	return Null, err
}

// handledException is sys.exc_info()[1]: the innermost exception being
// handled, or None.
func (m *Machine) handledException() Value {
	for i := len(m.excInfo) - 1; i >= 0; i-- {
		if v := m.excInfo[i]; v != None && v != Null {
			return v
		}
	}
	return None
}

// chainContext sets a newly raised exception's __context__ to the
// exception being handled, breaking cycles, as _PyErr_SetObject does.
func (m *Machine) chainContext(r *Raise) {
	if r.chained {
		return
	}
	r.chained = true
	ctx := m.handledException()
	if ctx == None || ctx == r.Exc {
		return
	}
	// Avoid a cycle: cut the chain where it reaches the new exception.
	o := ctx
	for {
		e := m.exception(o)
		if e == nil || e.Context == None || e.Context == Null {
			break
		}
		if e.Context == r.Exc {
			e.Context = None
			break
		}
		o = e.Context
	}
	if e := m.exception(r.Exc); e != nil {
		e.Context = ctx
	}
}

// handlerFor finds the exception table entry covering code unit lasti.
func (c *Code) handlerFor(lasti int) (op.ExceptionTableEntry, bool) {
	if c.excEntries == nil {
		c.excEntries = c.ExceptionEntries()
		if c.excEntries == nil {
			c.excEntries = []op.ExceptionTableEntry{}
		}
	}
	for _, e := range c.excEntries {
		if lasti >= e.Start && lasti < e.End {
			return e, true
		}
	}
	return op.ExceptionTableEntry{}, false
}

// doRaise is `raise exc [from cause]`.
func (m *Machine) doRaise(exc, cause Value) error {
	var inst Value
	if t := m.typeObj(exc); t != nil {
		if !t.IsSubtype(m.types.BaseException) {
			return m.typeError("exceptions must derive from BaseException")
		}
		v, err := m.Call(exc, nil, nil)
		if err != nil {
			return err
		}
		if !m.TypeOf(v).IsSubtype(m.types.BaseException) {
			return m.typeError("calling %s should have returned an instance of BaseException, not %s", t.Name, m.typeName(v))
		}
		inst = v
	} else if m.TypeOf(exc).IsSubtype(m.types.BaseException) {
		inst = exc
	} else {
		return m.typeError("exceptions must derive from BaseException")
	}
	if cause != Null {
		var c Value
		if t := m.typeObj(cause); t != nil && t.IsSubtype(m.types.BaseException) {
			v, err := m.Call(cause, nil, nil)
			if err != nil {
				return err
			}
			c = v
		} else if m.TypeOf(cause).IsSubtype(m.types.BaseException) {
			c = cause
		} else if cause == None {
			c = None
		} else {
			return m.typeError("exception causes must derive from BaseException")
		}
		e := m.exception(inst)
		e.Cause = c
		e.SuppressContext = true
	}
	return &Raise{Exc: inst}
}

// reraiseCurrent is a bare `raise`: the handled exception again, with
// its traceback unchanged (ok), or RuntimeError when there is none.
func (m *Machine) reraiseCurrent() (error, bool) {
	exc := m.handledException()
	if exc == None {
		return m.Raisef(m.types.exceptions["RuntimeError"], "No active exception to reraise"), false
	}
	return &Raise{Exc: exc, chained: true}, true
}

// checkExcMatch is CHECK_EXC_MATCH: does exc match the except clause's
// type or tuple of types?
func (m *Machine) checkExcMatch(exc, match Value) (bool, error) {
	var types []Value
	if t := m.tuple(match); t != nil {
		types = t.Items
	} else {
		types = []Value{match}
	}
	for _, tv := range types {
		t := m.typeObj(tv)
		if t == nil || !t.IsSubtype(m.types.BaseException) {
			return false, m.typeError("catching classes that do not inherit from BaseException is not allowed")
		}
	}
	et := m.TypeOf(exc)
	for _, tv := range types {
		if et.IsSubtype(m.typeObj(tv)) {
			return true, nil
		}
	}
	return false, nil
}
