package vm

import op "github.com/quicken-py/quicken/vm/bytecode"

// await, async for and async with (CPython 3.11's GET_AWAITABLE,
// GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH, END_ASYNC_FOR). Coroutines are
// generators whose frames SEND drives; there is no event loop (no
// asyncio), so programs drive them with coro.send(None).

// awaitableIter is _PyCoro_GetAwaitableIter: what `await o` iterates.
// A nil error with Null means o cannot be awaited (the caller words the
// TypeError).
func (m *Machine) awaitableIter(o Value) (Value, error) {
	if g, ok := m.obj0(o).(*Generator); ok {
		if m.TypeOf(o) == m.types.Coroutine || g.code != nil && g.code.Flags&op.CoIterableCoro != 0 {
			return o, nil
		}
	}
	r, found, err := m.specialCall(o, "__await__")
	if err != nil || !found {
		return Null, err
	}
	if m.TypeOf(r) == m.types.Coroutine {
		return Null, m.typeError("__await__() returned a coroutine")
	}
	if m.TypeOf(r).Next == nil {
		return Null, m.typeError("__await__() returned non-iterator of type '%s'", m.typeName(r))
	}
	return r, nil
}

// getAwaitable is GET_AWAITABLE: oparg 1 and 2 word the error for the
// results of __aenter__ and __aexit__.
func (m *Machine) getAwaitable(o Value, where int) (Value, error) {
	it, err := m.awaitableIter(o)
	if err != nil {
		return Null, err
	}
	if it == Null {
		switch where {
		case 1:
			return Null, m.typeError("'async with' received an object from __aenter__ that does not implement __await__: %s", m.typeName(o))
		case 2:
			return Null, m.typeError("'async with' received an object from __aexit__ that does not implement __await__: %s", m.typeName(o))
		}
		return Null, m.typeError("object %s can't be used in 'await' expression", m.typeName(o))
	}
	if g, ok := m.obj0(it).(*Generator); ok && m.TypeOf(it) == m.types.Coroutine && m.yieldFrom(g) != Null {
		return Null, m.Raisef(m.types.exceptions["RuntimeError"], "coroutine is being awaited already")
	}
	return it, nil
}

// getAIter is GET_AITER.
func (m *Machine) getAIter(o Value) (Value, error) {
	it, found, err := m.specialCall(o, "__aiter__")
	if err != nil {
		return Null, err
	}
	if !found {
		return Null, m.typeError("'async for' requires an object with __aiter__ method, got %s", m.typeName(o))
	}
	if m.lookupType(m.TypeOf(it), m.Intern("__anext__")) == Null {
		return Null, m.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s", m.typeName(it))
	}
	return it, nil
}

// getANext is GET_ANEXT: the awaitable of the next step of an async for.
func (m *Machine) getANext(aiter Value) (Value, error) {
	next, found, err := m.specialCall(aiter, "__anext__")
	if err != nil {
		return Null, err
	}
	if !found {
		return Null, m.typeError("'async for' requires an iterator with __anext__ method, got %s", m.typeName(aiter))
	}
	it, err := m.awaitableIter(next)
	if err != nil {
		return Null, err
	}
	if it == Null {
		return Null, m.typeError("'async for' received an invalid object from __anext__: %s", m.typeName(next))
	}
	return it, nil
}

// beforeAsyncWith is BEFORE_ASYNC_WITH: (bound __aexit__, __aenter__()).
func (m *Machine) beforeAsyncWith(mgr Value) (exit, res Value, err error) {
	enter, err := m.lookupSpecial(mgr, "__aenter__")
	if err != nil {
		return Null, Null, err
	}
	if enter == Null {
		return Null, Null, m.typeError("'%s' object does not support the asynchronous context manager protocol", m.typeName(mgr))
	}
	exit, err = m.lookupSpecial(mgr, "__aexit__")
	if err != nil {
		return Null, Null, err
	}
	if exit == Null {
		return Null, Null, m.typeError("'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", m.typeName(mgr))
	}
	res, err = m.Call(enter, nil, nil)
	return exit, res, err
}

// coroWrapper is a coroutine_wrapper: what coroutine.__await__() returns
// (CPython 3.11's coro_await), an iterator that drives its coroutine.
type coroWrapper struct {
	Header
	coro Value
}

func (w *coroWrapper) traverse(visit func(Value)) { visit(w.coro) }

func (m *Machine) coroOfWrapper(v Value) Value { return m.obj(v).(*coroWrapper).coro }

// coroAwait is coroutine.__await__.
func coroAwait(m *Machine, v Value) (Value, error) {
	return m.alloc(&coroWrapper{coro: v}, m.types.CoroWrapper), nil
}

var coroWrapperSpec = typeSpec{name: "coroutine_wrapper", basicSize: 24, flags: FlagHaveGC,
	slots: Slots{Iter: selfSlot, Next: func(m *Machine, v Value) (Value, error) { return genNext(m, m.coroOfWrapper(v)) }},
	methods: []MethodDef{
		{Name: "send", Fn: func(m *Machine, self Value, args, kw []Value) (Value, error) {
			return genSendMethod(m, m.coroOfWrapper(self), args, kw)
		}},
		{Name: "throw", Fn: func(m *Machine, self Value, args, kw []Value) (Value, error) {
			return genThrowMethod(m, m.coroOfWrapper(self), args, kw)
		}},
		{Name: "close", Fn: func(m *Machine, self Value, args, kw []Value) (Value, error) {
			return genCloseMethod(m, m.coroOfWrapper(self), args, kw)
		}},
	},
}
