package vm

// The with statement's entry (BEFORE_WITH). Its exit is compiled code:
// WITH_EXCEPT_START calls the bound __exit__ the entry left on the stack.

// beforeWith is BEFORE_WITH: it looks __enter__ and __exit__ up on the
// manager's type (special method lookup: the instance dict is not
// consulted), binds both, calls __enter__, and returns the bound __exit__
// and __enter__'s result. CPython 3.11 looks __enter__ up first, and
// binds __exit__ before calling __enter__.
func (m *Machine) beforeWith(mgr Value) (exit, res Value, err error) {
	enter, err := m.lookupSpecial(mgr, "__enter__")
	if err != nil {
		return Null, Null, err
	}
	if enter == Null {
		return Null, Null, m.typeError("'%s' object does not support the context manager protocol", m.typeName(mgr))
	}
	exit, err = m.lookupSpecial(mgr, "__exit__")
	if err != nil {
		return Null, Null, err
	}
	if exit == Null {
		return Null, Null, m.typeError("'%s' object does not support the context manager protocol (missed __exit__ method)", m.typeName(mgr))
	}
	res, err = m.Call(enter, nil, nil)
	if err != nil {
		return Null, Null, err
	}
	return exit, res, nil
}
