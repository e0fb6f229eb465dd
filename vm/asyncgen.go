package vm

// Asynchronous generators (PEP 525; CPython 3.11 genobject.c). An
// `async def` containing `yield` makes an async_generator: a generator
// frame whose steps are driven through awaitables. __anext__() and
// asend(v) return an async_generator_asend, athrow(...) and aclose() an
// async_generator_athrow; the coroutine that awaits one of them resumes
// the generator's frame.
//
// The frame yields two kinds of values. A `yield v` in the body is
// compiled as ASYNC_GEN_WRAP; YIELD_VALUE, so v arrives wrapped: the
// awaitable then finishes, raising StopIteration(v), which makes v the
// value of the awaiting coroutine's `await`. Anything else the frame
// yields comes from an `await` inside the body and is passed through to
// whoever drives the outermost coroutine (an event loop in CPython; a
// loop of .send(None) calls here, as quicken has no asyncio).
//
// Not reproduced: sys.set_asyncgen_hooks (the firstiter and finalizer
// hooks), and finalizing an unfinished async generator when it is
// collected (quicken finalizes no generator).

// AsyncGenerator is an async_generator: a Generator (its frame, name and
// running state) plus the flags PyAsyncGenObject adds.
type AsyncGenerator struct {
	Generator
	// closed is ag_closed: set once StopAsyncIteration or GeneratorExit
	// came out of the generator through an awaitable, or aclose() began;
	// a later athrow()/aclose() then ends at once.
	closed bool
	// runningAsync is ag_running_async (ag_running): an asend or athrow
	// awaitable has started a step of the generator that has not ended.
	runningAsync bool
}

// asyncGenTypes are the async generator types (types.go registers them).
type asyncGenTypes struct {
	AsyncGenerator, ASend, AThrow, WrappedValue *Type
}

// newAsyncGenerator is RETURN_GENERATOR for a CO_ASYNC_GENERATOR frame.
// The Generator returned is the async generator's own (its self is the
// async_generator object), so the eval loop drives it as any generator.
func (m *Machine) newAsyncGenerator(f *Frame) *Generator {
	ag := &AsyncGenerator{Generator: Generator{Frame: f, Name: f.Func.Name, QualName: f.Func.QualName,
		excState: None, code: f.Code}}
	m.alloc(ag, m.types.ag.AsyncGenerator)
	f.Gen = &ag.Generator
	return &ag.Generator
}

// asyncGenWrapped is _PyAsyncGenWrappedValue: what ASYNC_GEN_WRAP makes
// of the operand of a `yield` in an async generator, so the awaitables
// can tell it from a value an inner await yields.
type asyncGenWrapped struct {
	Header
	val Value
}

func (w *asyncGenWrapped) traverse(visit func(Value)) { visit(w.val) }

// asyncGenWrap is ASYNC_GEN_WRAP.
func (m *Machine) asyncGenWrap(v Value) Value {
	return m.alloc(&asyncGenWrapped{val: v}, m.types.ag.WrappedValue)
}

// asyncGenUnwrapped reports whether r is a wrapped `yield` value, and the
// value.
func (m *Machine) asyncGenUnwrapped(r Value) (Value, bool) {
	if w, ok := m.obj0(r).(*asyncGenWrapped); ok {
		return w.val, true
	}
	return Null, false
}

// The states of an asend or athrow awaitable (AWAITABLE_STATE_*).
const (
	awaitableInit   = iota // not yet sent to
	awaitableIter          // started, the generator's step under way
	awaitableClosed        // finished; it cannot be awaited again
)

// asyncGenASend is async_generator_asend, what __anext__() and asend(v)
// return.
type asyncGenASend struct {
	Header
	gen *AsyncGenerator
	// sendVal is what the first send passes into the generator (Null for
	// __anext__, as None).
	sendVal Value
	state   int
}

func (o *asyncGenASend) traverse(visit func(Value)) {
	visit(o.gen.self)
	if o.sendVal != Null {
		visit(o.sendVal)
	}
}

// asyncGenAThrow is async_generator_athrow, what athrow(...) and aclose()
// return.
type asyncGenAThrow struct {
	Header
	gen *AsyncGenerator
	// args are athrow's arguments; aclose is true for aclose() (CPython's
	// NULL agt_args).
	args   []Value
	aclose bool
	state  int
}

func (o *asyncGenAThrow) traverse(visit func(Value)) {
	visit(o.gen.self)
	for _, v := range o.args {
		visit(v)
	}
}

func (m *Machine) asyncGen(v Value) *AsyncGenerator { return m.obj(v).(*AsyncGenerator) }

// agStep is gen_send_ex's reading of one step of ag's frame: returning
// (which an async generator only does with None) is StopAsyncIteration.
func (m *Machine) agStep(r Value, done bool, err error) (Value, error) {
	if err == nil && done {
		return Null, m.RaiseArgs(m.types.exceptions["StopAsyncIteration"])
	}
	return r, err
}

// agUnwrap is async_gen_unwrap_value: a wrapped `yield` value ends the
// awaitable with StopIteration(value); an error ends it too (and
// StopAsyncIteration or GeneratorExit mark the generator closed); any
// other value is an inner await's, passed through.
func (m *Machine) agUnwrap(ag *AsyncGenerator, r Value, err error) (Value, error) {
	if err != nil {
		if m.isRaise(err, m.types.exceptions["StopAsyncIteration"]) || m.isRaise(err, m.types.exceptions["GeneratorExit"]) {
			ag.closed = true
		}
		ag.runningAsync = false
		return Null, err
	}
	if v, ok := m.asyncGenUnwrapped(r); ok {
		ag.runningAsync = false
		return Null, m.stopIteration(v)
	}
	return r, nil
}

// throwArgs turns throw's (type[, value[, traceback]]) into the exception
// to raise, as _gen_throw does before raising it: name words the count
// errors ("throw", or "athrow" for the arguments athrow() kept).
func (m *Machine) throwArgs(name string, args []Value) (Value, error) {
	if len(args) < 1 {
		return Null, m.typeError("%s expected at least 1 argument, got %d", name, len(args))
	}
	if len(args) > 3 {
		return Null, m.typeError("%s expected at most 3 arguments, got %d", name, len(args))
	}
	typ, val := args[0], Null
	if len(args) > 1 {
		val = args[1]
	}
	if len(args) > 2 && args[2] != None && m.TypeOf(args[2]) != m.types.Traceback {
		return Null, m.typeError("throw() third argument must be a traceback object")
	}
	if t := m.typeObj(typ); t != nil && t.IsSubtype(m.types.BaseException) {
		// PyErr_NormalizeException: an instance of the class is used as
		// is, a tuple is the arguments, None is no argument.
		switch {
		case val == Null || val == None:
			return m.Call(typ, nil, nil)
		case m.TypeOf(val).IsSubtype(t):
			return val, nil
		}
		if tup := m.tuple(val); tup != nil {
			return m.Call(typ, tup.Items, nil)
		}
		return m.Call(typ, []Value{val}, nil)
	}
	if m.TypeOf(typ).IsSubtype(m.types.BaseException) {
		if val != Null && val != None {
			return Null, m.typeError("instance exception may not have a separate value")
		}
		return typ, nil
	}
	return Null, m.typeError("exceptions must be classes or instances deriving from BaseException, not %s", m.typeName(typ))
}

// --- async_generator ---

func asyncGenRepr(m *Machine, v Value) (Value, error) {
	ag := m.asyncGen(v)
	return m.NewStr("<async_generator object " + m.str(ag.QualName).S + " at " + hexAddr(m.FakeAddress(v)) + ">"), nil
}

// The tp_as_async slots (am_await, am_aiter, am_anext) have no place in
// quicken's Slots; the types' specs list them as methods, for their place
// in the namespace, and init replaces those with the slot wrappers
// CPython's namespace holds. Each wrapper takes no argument (wkUnary).
var (
	awaitWrapperDef = dunderDef{name: "__await__", wrap: wkUnary,
		doc: "Return an iterator to be used in await expression."}
	aiterWrapperDef = dunderDef{name: "__aiter__", wrap: wkUnary,
		doc: "Return an awaitable, that resolves in asynchronous iterator."}
	anextWrapperDef = dunderDef{name: "__anext__", wrap: wkUnary,
		doc: "Return a value or raise StopAsyncIteration."}
)

// setAsyncSlotWrapper puts the slot wrapper of def, calling fn, in t's
// namespace in place of the method of the same name.
func (m *Machine) setAsyncSlotWrapper(t *Type, def *dunderDef, fn UnaryFunc) {
	d := &WrapperDescriptor{Def: def, Owner: t, Fn: fn}
	m.dictSetStr(t.Dict, def.name, m.alloc(d, m.types.WrapperDescriptor))
}

// methodNoArgs is the method form of a slot wrapper taking no argument
// (what the specs list until init replaces it).
func methodNoArgs(name string, fn UnaryFunc) BuiltinFunc {
	return func(m *Machine, self Value, args, kw []Value) (Value, error) {
		if len(kw) > 0 {
			return Null, m.typeError("wrapper %s() takes no keyword arguments", name)
		}
		if err := m.checkNumArgs(args, 0); err != nil {
			return Null, err
		}
		return fn(m, self)
	}
}

func selfSlot(m *Machine, v Value) (Value, error) { return v, nil }

func (m *Machine) newASend(ag *AsyncGenerator, v Value) Value {
	return m.alloc(&asyncGenASend{gen: ag, sendVal: v}, m.types.ag.ASend)
}

// asyncGenANext is am_anext.
func asyncGenANext(m *Machine, self Value) (Value, error) {
	return m.newASend(m.asyncGen(self), Null), nil
}

var asendArgs = ArgSpec{Name: "asend", Func: "async_generator.asend", Kind: ArgsO}

func asyncGenASendMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&asendArgs, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.newASend(m.asyncGen(self), a[0]), nil
}

func asyncGenAThrowMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	// METH_VARARGS: the arguments are checked when the awaitable first
	// runs, not here.
	if err := m.NoKeywords("async_generator.athrow", kw); err != nil {
		return Null, err
	}
	own := make([]Value, len(args))
	copy(own, args)
	return m.alloc(&asyncGenAThrow{gen: m.asyncGen(self), args: own}, m.types.ag.AThrow), nil
}

var acloseArgs = ArgSpec{Name: "aclose", Func: "async_generator.aclose", Kind: ArgsNone}

func asyncGenACloseMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(&acloseArgs, args, kw, nil); err != nil {
		return Null, err
	}
	return m.alloc(&asyncGenAThrow{gen: m.asyncGen(self), aclose: true}, m.types.ag.AThrow), nil
}

// CPython 3.11's async_generator is as large as its generator; quicken
// gives both the same layout (generator.go).
var asyncGeneratorSpec = typeSpec{name: "async_generator", basicSize: generatorSpec.basicSize,
	slots: Slots{Repr: asyncGenRepr},
	methods: []MethodDef{
		{Name: "__aiter__", Fn: methodNoArgs("__aiter__", selfSlot)},
		{Name: "__anext__", Fn: methodNoArgs("__anext__", asyncGenANext)},
		{Name: "asend", Fn: asyncGenASendMethod},
		{Name: "athrow", Fn: asyncGenAThrowMethod},
		{Name: "aclose", Fn: asyncGenACloseMethod},
		classGetItemMethod,
	},
	getsets: []GetSetDef{
		{Name: "ag_running", Get: func(m *Machine, v Value) (Value, error) { return Bool(m.asyncGen(v).runningAsync), nil }},
		{Name: "ag_code", Get: func(m *Machine, v Value) (Value, error) { return m.asyncGen(v).code.self, nil }},
		{Name: "__name__", Get: func(m *Machine, v Value) (Value, error) { return m.asyncGen(v).Name, nil },
			Set: func(m *Machine, self, v Value) error { return m.setGenName(&m.asyncGen(self).Name, "__name__", v) }},
		{Name: "__qualname__", Get: func(m *Machine, v Value) (Value, error) { return m.asyncGen(v).QualName, nil },
			Set: func(m *Machine, self, v Value) error {
				return m.setGenName(&m.asyncGen(self).QualName, "__qualname__", v)
			}},
		{Name: "ag_await", Get: func(m *Machine, v Value) (Value, error) {
			if yf := m.yieldFrom(&m.asyncGen(v).Generator); yf != Null {
				return yf, nil
			}
			return None, nil
		}},
		{Name: "ag_frame", Get: func(m *Machine, v Value) (Value, error) { return m.genFrameOf(&m.asyncGen(v).Generator), nil }},
	},
	init: func(m *Machine, t *Type) {
		m.setAsyncSlotWrapper(t, &delWrapperDef, genFinalize)
		m.setAsyncSlotWrapper(t, &aiterWrapperDef, selfSlot)
		m.setAsyncSlotWrapper(t, &anextWrapperDef, asyncGenANext)
	},
}

// setGenName is gen_set_name and gen_set_qualname: only a str may be
// stored, and neither can be deleted.
func (m *Machine) setGenName(field *Value, name string, v Value) error {
	if v == Null || !m.TypeOf(v).IsSubtype(m.types.Str) {
		return m.typeError("%s must be set to a string object", name)
	}
	*field = v
	return nil
}

// --- async_generator_asend ---

func (m *Machine) reuseASend() error {
	return m.Raisef(m.types.exceptions["RuntimeError"], "cannot reuse already awaited __anext__()/asend()")
}

// asendSend is async_gen_asend_send; arg Null is __next__.
func (m *Machine) asendSend(o *asyncGenASend, arg Value) (Value, error) {
	if o.state == awaitableClosed {
		return Null, m.reuseASend()
	}
	ag := o.gen
	if o.state == awaitableInit {
		if ag.runningAsync {
			return Null, m.Raisef(m.types.exceptions["RuntimeError"], "anext(): asynchronous generator is already running")
		}
		if arg == Null || arg == None {
			arg = o.sendVal
		}
		o.state = awaitableIter
	}
	if arg == Null {
		arg = None
	}
	ag.runningAsync = true
	r, err := m.agStep(m.genSend(&ag.Generator, arg, Null))
	r, err = m.agUnwrap(ag, r, err)
	if err != nil {
		o.state = awaitableClosed
	}
	return r, err
}

func asendObj(m *Machine, v Value) *asyncGenASend { return m.obj(v).(*asyncGenASend) }

func asendNext(m *Machine, v Value) (Value, error) { return m.asendSend(asendObj(m, v), Null) }

var asendSendArgs = ArgSpec{Name: "send", Func: "async_generator_asend.send", Kind: ArgsO}

func asendSendMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&asendSendArgs, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.asendSend(asendObj(m, self), a[0])
}

func asendThrowMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.NoKeywords("async_generator_asend.throw", kw); err != nil {
		return Null, err
	}
	o := asendObj(m, self)
	if o.state == awaitableClosed {
		return Null, m.reuseASend()
	}
	ag := o.gen
	exc, err := m.throwArgs("throw", args)
	var r Value
	if err == nil {
		r, err = m.agStep(m.genThrow(&ag.Generator, exc))
	}
	r, err = m.agUnwrap(ag, r, err)
	if err != nil {
		o.state = awaitableClosed
	}
	return r, err
}

var asendCloseArgs = ArgSpec{Name: "close", Func: "async_generator_asend.close", Kind: ArgsNone}

func asendCloseMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(&asendCloseArgs, args, kw, nil); err != nil {
		return Null, err
	}
	asendObj(m, self).state = awaitableClosed
	return None, nil
}

// awaitSelf is __await__ of the asend and athrow awaitables
// (PyObject_SelfIter).
var awaitSelf = methodNoArgs("__await__", selfSlot)

func awaitSelfWrapper(m *Machine, t *Type) { m.setAsyncSlotWrapper(t, &awaitWrapperDef, selfSlot) }

var asyncGenASendSpec = typeSpec{name: "async_generator_asend", basicSize: 40, flags: FlagHaveGC,
	slots: Slots{Iter: genIter, Next: asendNext},
	methods: []MethodDef{
		{Name: "__await__", Fn: awaitSelf},
		{Name: "send", Fn: asendSendMethod},
		{Name: "throw", Fn: asendThrowMethod},
		{Name: "close", Fn: asendCloseMethod},
	},
	init: awaitSelfWrapper,
}

// --- async_generator_athrow ---

func (m *Machine) reuseAThrow() error {
	return m.Raisef(m.types.exceptions["RuntimeError"], "cannot reuse already awaited aclose()/athrow()")
}

func (m *Machine) ignoredGeneratorExit() error {
	return m.Raisef(m.types.exceptions["RuntimeError"], "async generator ignored GeneratorExit")
}

// athrowEnd ends an athrow awaitable with err (check_error in
// genobject.c): for aclose(), the generator finishing by
// StopAsyncIteration or GeneratorExit is success, StopIteration.
func (m *Machine) athrowEnd(o *asyncGenAThrow, err error) (Value, error) {
	o.gen.runningAsync = false
	o.state = awaitableClosed
	if o.aclose && (m.isRaise(err, m.types.exceptions["StopAsyncIteration"]) || m.isRaise(err, m.types.exceptions["GeneratorExit"])) {
		return Null, m.RaiseArgs(m.types.exceptions["StopIteration"])
	}
	return Null, err
}

// athrowIgnored ends an aclose() whose generator yielded a value instead
// of finishing (yield_close in genobject.c).
func (m *Machine) athrowIgnored(o *asyncGenAThrow) (Value, error) {
	o.gen.runningAsync = false
	o.state = awaitableClosed
	return Null, m.ignoredGeneratorExit()
}

// athrowSend is async_gen_athrow_send (__next__ sends None).
func (m *Machine) athrowSend(o *asyncGenAThrow, arg Value) (Value, error) {
	if o.state == awaitableClosed {
		return Null, m.reuseAThrow()
	}
	ag := o.gen
	if ag.Generator.Closed {
		o.state = awaitableClosed
		return Null, m.RaiseArgs(m.types.exceptions["StopIteration"])
	}
	if o.state == awaitableInit {
		if ag.runningAsync {
			o.state = awaitableClosed
			what := "athrow"
			if o.aclose {
				what = "aclose"
			}
			return Null, m.Raisef(m.types.exceptions["RuntimeError"], "%s(): asynchronous generator is already running", what)
		}
		if ag.closed {
			o.state = awaitableClosed
			return Null, m.RaiseArgs(m.types.exceptions["StopAsyncIteration"])
		}
		if arg != None {
			return Null, m.Raisef(m.types.exceptions["RuntimeError"], "can't send non-None value to a just-started coroutine")
		}
		o.state = awaitableIter
		ag.runningAsync = true
		if o.aclose {
			ag.closed = true
			exc := m.newException(m.types.exceptions["GeneratorExit"], nil)
			r, err := m.agStep(m.genThrowIn(&ag.Generator, exc, false))
			if err != nil {
				return m.athrowEnd(o, err)
			}
			if _, ok := m.asyncGenUnwrapped(r); ok {
				return m.athrowIgnored(o)
			}
			return r, nil
		}
		// CPython 3.11 checks the argument count here, after marking the
		// awaitable started and the generator running, and leaves both
		// so when the count is wrong: a later __anext__() then finds the
		// generator "already running". Reproduced.
		if len(o.args) < 1 || len(o.args) > 3 {
			return m.throwArgs("athrow", o.args)
		}
		exc, err := m.throwArgs("athrow", o.args)
		var r Value
		if err == nil {
			r, err = m.agStep(m.genThrowIn(&ag.Generator, exc, false))
		}
		r, err = m.agUnwrap(ag, r, err)
		if err != nil {
			return m.athrowEnd(o, err)
		}
		return r, nil
	}
	r, err := m.agStep(m.genSend(&ag.Generator, arg, Null))
	if !o.aclose {
		return m.agUnwrap(ag, r, err)
	}
	if err != nil {
		return m.athrowEnd(o, err)
	}
	if _, ok := m.asyncGenUnwrapped(r); ok {
		return m.athrowIgnored(o)
	}
	return r, nil
}

func athrowObj(m *Machine, v Value) *asyncGenAThrow { return m.obj(v).(*asyncGenAThrow) }

func athrowNext(m *Machine, v Value) (Value, error) { return m.athrowSend(athrowObj(m, v), None) }

var athrowSendArgs = ArgSpec{Name: "send", Func: "async_generator_athrow.send", Kind: ArgsO}

func athrowSendMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&athrowSendArgs, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.athrowSend(athrowObj(m, self), a[0])
}

// athrowThrowMethod is async_gen_athrow_throw.
func athrowThrowMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.NoKeywords("async_generator_athrow.throw", kw); err != nil {
		return Null, err
	}
	o := athrowObj(m, self)
	if o.state == awaitableClosed {
		return Null, m.reuseAThrow()
	}
	ag := o.gen
	exc, err := m.throwArgs("throw", args)
	var r Value
	if err == nil {
		r, err = m.agStep(m.genThrow(&ag.Generator, exc))
	}
	if !o.aclose {
		return m.agUnwrap(ag, r, err)
	}
	if err == nil {
		if _, ok := m.asyncGenUnwrapped(r); ok {
			return m.athrowIgnored(o)
		}
		return r, nil
	}
	if m.isRaise(err, m.types.exceptions["StopAsyncIteration"]) || m.isRaise(err, m.types.exceptions["GeneratorExit"]) {
		return Null, m.RaiseArgs(m.types.exceptions["StopIteration"])
	}
	return Null, err
}

var athrowCloseArgs = ArgSpec{Name: "close", Func: "async_generator_athrow.close", Kind: ArgsNone}

func athrowCloseMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(&athrowCloseArgs, args, kw, nil); err != nil {
		return Null, err
	}
	athrowObj(m, self).state = awaitableClosed
	return None, nil
}

var asyncGenAThrowSpec = typeSpec{name: "async_generator_athrow", basicSize: 40, flags: FlagHaveGC,
	slots: Slots{Iter: genIter, Next: athrowNext},
	methods: []MethodDef{
		{Name: "__await__", Fn: awaitSelf},
		{Name: "send", Fn: athrowSendMethod},
		{Name: "throw", Fn: athrowThrowMethod},
		{Name: "close", Fn: athrowCloseMethod},
	},
	init: awaitSelfWrapper,
}

// asyncGenWrappedValueSpec is the internal type of wrapped yield values;
// Python code never holds one.
var asyncGenWrappedValueSpec = typeSpec{name: "async_generator_wrapped_value", basicSize: 24, flags: FlagHaveGC}
