package vm

import op "github.com/quicken-py/quicken/vm/bytecode"

// Generators (CPython 3.11 genobject.c): RETURN_GENERATOR moves the
// frame into a generator object; each send/next runs the frame as the
// entry frame of a nested eval loop (gen_send_ex2 calls the eval loop in
// 3.11 too) until it yields, returns or raises.

// newGenerator is RETURN_GENERATOR's generator for frame f.
func (m *Machine) newGenerator(f *Frame) *Generator {
	if f.Code.Flags&op.CoAsyncGenerator != 0 {
		return m.newAsyncGenerator(f)
	}
	g := &Generator{Frame: f, Name: f.Func.Name, QualName: f.Func.QualName, excState: None, code: f.Code}
	t := m.types.Generator
	if f.Code.Flags&op.CoCoroutine != 0 {
		t = m.types.Coroutine
	}
	m.alloc(g, t)
	f.Gen = g
	return g
}

// detachGenFrame unlinks a new generator's frame from the stack; the
// frame keeps its own copy of its Values from now on.
func (m *Machine) detachGenFrame(f *Frame) {
	own := make([]Value, len(f.Vals))
	copy(own, f.Vals)
	m.giveVals(f.Vals)
	f.Vals = own
	f.pooled = false
	m.frame = f.Back
	f.Back = nil
	f.entry = false
	m.depth--
}

func (m *Machine) genYielded(g *Generator) {
	m.depth--
}

func (m *Machine) genReturned(g *Generator) { g.Closed = true }

func (m *Machine) genRaised(g *Generator) { g.Closed = true }

// genSend resumes g with v (send, or next with None). done reports that
// the generator returned, r then being its return value.
func (m *Machine) genSend(g *Generator, v Value, throw Value) (r Value, done bool, err error) {
	if g.Running {
		return Null, false, m.Raisef(m.types.ValueError, "%s already executing", genKind(g))
	}
	if g.Closed {
		if g.code.Flags&op.CoCoroutine != 0 {
			// CPython 3.11: a finished coroutine refuses send and throw
			// alike (close returns before getting here).
			return Null, false, m.Raisef(m.types.exceptions["RuntimeError"], "cannot reuse already awaited coroutine")
		}
		if throw != Null {
			return Null, false, &Raise{Exc: throw}
		}
		return None, true, nil
	}
	if !g.started && v != None && throw == Null {
		return Null, false, m.typeError("can't send non-None value to a just-started %s", genKind(g))
	}
	f := g.Frame
	if err := m.enterFrame(); err != nil {
		return Null, false, err
	}
	g.started = true
	f.Back = m.frame
	if throw != Null {
		f.throwExc = throw
		m.requestBreak()
	} else {
		f.Vals[f.SP] = v
		f.SP++
	}
	m.excInfo = append(m.excInfo, g.excState)
	g.Running = true
	m.claimCoop(g.self)
	r, err = m.runNested(f)
	g.Running = false
	g.excState = m.excInfo[len(m.excInfo)-1]
	m.excInfo = m.excInfo[:len(m.excInfo)-1]
	if g.Closed {
		g.Frame = nil
		g.excState = None
		if err != nil {
			// PEP 479: a StopIteration escaping a generator is an error;
			// PEP 525: so is a StopAsyncIteration escaping an async
			// generator.
			escaped := ""
			if m.isRaise(err, m.types.exceptions["StopIteration"]) {
				escaped = "StopIteration"
			} else if g.code.Flags&op.CoAsyncGenerator != 0 && m.isRaise(err, m.types.exceptions["StopAsyncIteration"]) {
				escaped = "StopAsyncIteration"
			}
			if escaped != "" {
				exc := err.(*Raise).Exc
				nerr := m.Raisef(m.types.exceptions["RuntimeError"], "%s raised %s", genKind(g), escaped)
				ne := m.exception(nerr.(*Raise).Exc)
				ne.Cause, ne.Context, ne.SuppressContext = exc, exc, true
				nerr.(*Raise).chained = true
				return Null, false, nerr
			}
			return Null, false, err
		}
		return r, true, nil
	}
	return r, false, err
}

// send is SEND: advance the receiver of a yield from / await.
func (m *Machine) send(receiver, v Value) (r Value, done bool, err error) {
	if g, ok := m.obj0(receiver).(*Generator); ok {
		return m.genSend(g, v, Null)
	}
	if t := m.TypeOf(receiver); v == None && t.Next != nil {
		// PyIter_Send calls tp_iternext directly: the value of a
		// StopIteration it raises is the await's result (an async
		// generator's asend awaitable returns what the generator yields
		// that way). For a class, slot_tp_iternext leaves __next__'s
		// StopIteration set, but quicken's slotTpIternext drops it (and
		// its value), so __next__ is called here instead.
		if t.IsHeap() {
			r, err = m.callSpecial(receiver, "__next__")
		} else {
			r, err = t.Next(m, receiver)
		}
		if err == nil && r == Null {
			return None, true, nil
		}
	} else {
		r, err = m.CallMethod(receiver, "send", v)
	}
	if err != nil && m.isRaise(err, m.types.exceptions["StopIteration"]) {
		return m.stopIterationValue(err.(*Raise).Exc), true, nil
	}
	return r, false, err
}

// getYieldFromIter is GET_YIELD_FROM_ITER.
func (m *Machine) getYieldFromIter(f *Frame, v Value) (Value, error) {
	if _, ok := m.obj0(v).(*Generator); ok {
		if m.TypeOf(v) == m.types.Coroutine && f.Code.Flags&(op.CoCoroutine|op.CoIterableCoro) == 0 {
			return Null, m.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
		}
		return v, nil
	}
	return m.GetIter(v)
}

// yieldFrom is _PyGen_yf: the iterator g is delegating to, if suspended
// in a yield from.
func (m *Machine) yieldFrom(g *Generator) Value {
	f := g.Frame
	if f == nil || !g.started || g.Closed {
		return Null
	}
	next := f.Code.Units[f.PC]
	if op.Opcode(next&0xff) != op.RESUME || next>>8 < 2 {
		return Null
	}
	return f.Vals[f.SP-1]
}

// genThrow is generator.throw(exc) (_gen_throw with close_on_genexit).
func (m *Machine) genThrow(g *Generator, exc Value) (Value, bool, error) {
	return m.genThrowIn(g, exc, true)
}

// genThrowIn is _gen_throw. A generator delegating with yield from
// passes exc on to the iterator it delegates to: a GeneratorExit closes
// that iterator instead (unless closeOnGenExit is false: an async
// generator's athrow), and an iterator without a throw method leaves the
// exception to be raised in g itself, at its yield from.
func (m *Machine) genThrowIn(g *Generator, exc Value, closeOnGenExit bool) (Value, bool, error) {
	if yf := m.yieldFrom(g); yf != Null {
		if closeOnGenExit && m.TypeOf(exc).IsSubtype(m.types.exceptions["GeneratorExit"]) {
			if err := m.genCloseIter(yf); err != nil {
				r, ok := err.(*Raise)
				if !ok {
					return Null, false, err
				}
				exc = r.Exc
			}
			return m.genSend(g, None, exc)
		}
		var r Value
		var err error
		if sub, ok := m.obj0(yf).(*Generator); ok {
			var done bool
			r, done, err = m.genThrowIn(sub, exc, closeOnGenExit)
			if err == nil && !done {
				return r, false, nil
			}
			if err == nil {
				// The subgenerator returned: resume g with its value after
				// the SEND loop (pop the receiver, skip to after the loop).
				return m.finishYieldFrom(g, r)
			}
		} else {
			meth, lerr := m.lookupAttrStr(yf, "throw")
			if lerr != nil {
				return Null, false, lerr
			}
			if meth == Null {
				return m.genSend(g, None, exc)
			}
			r, err = m.Call(meth, []Value{exc}, nil)
			if err == nil {
				return r, false, nil
			}
		}
		if m.isRaise(err, m.types.exceptions["StopIteration"]) {
			return m.finishYieldFrom(g, m.stopIterationValue(err.(*Raise).Exc))
		}
		raised, ok := err.(*Raise)
		if !ok {
			return Null, false, err
		}
		// The subiterator raised: throw that into g instead.
		exc = raised.Exc
		m.popYieldFrom(g)
	}
	return m.genSend(g, None, exc)
}

// genCloseIter is gen_close_iter: close a generator, call any other
// iterator's close method if it has one.
func (m *Machine) genCloseIter(yf Value) error {
	if sub, ok := m.obj0(yf).(*Generator); ok {
		return m.genClose(sub)
	}
	meth, err := m.lookupAttrStr(yf, "close")
	if err != nil || meth == Null {
		return err
	}
	_, err = m.Call(meth, nil, nil)
	return err
}

// popYieldFrom drops the receiver of g's yield from and moves g's pc past
// its SEND loop's JUMP_BACKWARD_NO_INTERRUPT, as gen_throw does.
func (m *Machine) popYieldFrom(g *Generator) {
	f := g.Frame
	f.SP--
	f.Vals[f.SP] = Null
	// The loop is SEND; YIELD_VALUE; RESUME; JUMP_BACKWARD_NO_INTERRUPT.
	pc := f.PC
	for pc < len(f.Code.Units) && op.Opcode(f.Code.Units[pc]&0xff) != op.JUMP_BACKWARD_NO_INTERRUPT {
		pc++
	}
	f.PC = pc + 1
}

func (m *Machine) finishYieldFrom(g *Generator, v Value) (Value, bool, error) {
	m.popYieldFrom(g)
	return m.genSend(g, v, Null)
}

// genClose is generator.close() (gen_close): the iterator a yield from
// delegates to is closed first, then GeneratorExit (or the error closing
// it raised) is thrown into g, which must not yield again.
func (m *Machine) genClose(g *Generator) error {
	if g.Closed || !g.started {
		g.Closed = true
		g.Frame = nil
		return nil
	}
	exc := Null
	if yf := m.yieldFrom(g); yf != Null {
		if err := m.genCloseIter(yf); err != nil {
			r, ok := err.(*Raise)
			if !ok {
				return err
			}
			exc = r.Exc
		}
	}
	if exc == Null {
		exc = m.newException(m.types.exceptions["GeneratorExit"], nil)
	}
	_, done, err := m.genSend(g, None, exc)
	if err == nil && !done {
		return m.Raisef(m.types.exceptions["RuntimeError"], "%s ignored GeneratorExit", genKind(g))
	}
	if err != nil && (m.isRaise(err, m.types.exceptions["GeneratorExit"]) || m.isRaise(err, m.types.exceptions["StopIteration"])) {
		return nil
	}
	return err
}

// genKind names g's kind as genobject.c's messages do.
func genKind(g *Generator) string {
	switch {
	case g.code.Flags&op.CoAsyncGenerator != 0:
		return "async generator"
	case g.code.Flags&op.CoCoroutine != 0:
		return "coroutine"
	}
	return "generator"
}

func genIter(m *Machine, v Value) (Value, error) { return v, nil }

// genNext is gen_iternext: exhaustion is Null, except that a return
// value other than None travels in a StopIteration (next(g) shows it).
func genNext(m *Machine, v Value) (Value, error) {
	r, done, err := m.genSend(m.obj(v).(*Generator), None, Null)
	if done {
		if err == nil && r != None {
			return Null, m.stopIteration(r)
		}
		return Null, err
	}
	return r, err
}

// genFrame is gi_frame: a frame object for a generator not yet finished,
// None after.
func genFrame(m *Machine, v Value) (Value, error) {
	return m.genFrameOf(m.obj(v).(*Generator)), nil
}

func (m *Machine) genFrameOf(g *Generator) Value {
	if g.Closed || g.Frame == nil {
		return None
	}
	return m.frameObject(g.Frame)
}

func genSendMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Null, m.typeError("send() takes exactly one argument (%d given)", len(args))
	}
	r, done, err := m.genSend(m.obj(self).(*Generator), args[0], Null)
	if err == nil && done {
		return Null, m.stopIteration(r)
	}
	return r, err
}

func genThrowMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	if len(args) < 1 || len(args) > 3 {
		return Null, m.typeError("throw expected at least 1 argument, got %d", len(args))
	}
	exc := args[0]
	if t := m.typeObj(exc); t != nil && t.IsSubtype(m.types.BaseException) {
		var cargs []Value
		if len(args) > 1 && args[1] != None {
			cargs = []Value{args[1]}
		}
		v, err := m.Call(exc, cargs, nil)
		if err != nil {
			return Null, err
		}
		exc = v
	} else if !m.TypeOf(exc).IsSubtype(m.types.BaseException) {
		return Null, m.typeError("exceptions must be classes or instances deriving from BaseException, not %s", m.typeName(exc))
	}
	r, done, err := m.genThrow(m.obj(self).(*Generator), exc)
	if err == nil && done {
		return Null, m.stopIteration(r)
	}
	return r, err
}

func genCloseMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	return None, m.genClose(m.obj(self).(*Generator))
}

// stopIteration raises StopIteration carrying a generator's return value.
func (m *Machine) stopIteration(v Value) error {
	if v == None {
		return m.RaiseArgs(m.types.exceptions["StopIteration"])
	}
	return m.RaiseArgs(m.types.exceptions["StopIteration"], v)
}

// stopIterationValue is StopIteration.value.
func (m *Machine) stopIterationValue(exc Value) Value {
	e := m.exception(exc)
	if e == nil {
		return None
	}
	if t := m.tuple(e.Args); t != nil && len(t.Items) > 0 {
		return t.Items[0]
	}
	return None
}

func genRepr(m *Machine, v Value) (Value, error) {
	g := m.obj(v).(*Generator)
	kind := "generator"
	if m.TypeOf(v) == m.types.Coroutine {
		kind = "coroutine"
	}
	return m.NewStr("<" + kind + " object " + m.str(g.QualName).S + " at " + hexAddr(m.FakeAddress(v)) + ">"), nil
}

var generatorSpec = typeSpec{name: "generator", basicSize: 80,
	slots: Slots{Iter: genIter, Next: genNext, Repr: genRepr},
	init:  func(m *Machine, t *Type) { m.setAsyncSlotWrapper(t, &delWrapperDef, genFinalize) },
	methods: []MethodDef{
		{Name: "send", Fn: genSendMethod},
		{Name: "throw", Fn: genThrowMethod},
		{Name: "close", Fn: genCloseMethod},
	},
	getsets: []GetSetDef{
		{Name: "__name__", Get: func(m *Machine, v Value) (Value, error) { return m.obj(v).(*Generator).Name, nil }},
		{Name: "__qualname__", Get: func(m *Machine, v Value) (Value, error) { return m.obj(v).(*Generator).QualName, nil }},
		{Name: "gi_running", Get: func(m *Machine, v Value) (Value, error) { return Bool(m.obj(v).(*Generator).Running), nil }},
		{Name: "gi_suspended", Get: func(m *Machine, v Value) (Value, error) {
			g := m.obj(v).(*Generator)
			return Bool(g.started && !g.Closed && !g.Running), nil
		}},
		{Name: "gi_frame", Get: genFrame},
		{Name: "gi_code", Get: func(m *Machine, v Value) (Value, error) { return m.obj(v).(*Generator).code.self, nil }},
		{Name: "gi_yieldfrom", Get: func(m *Machine, v Value) (Value, error) {
			if yf := m.yieldFrom(m.obj(v).(*Generator)); yf != Null {
				return yf, nil
			}
			return None, nil
		}},
	},
}

var coroutineSpec = typeSpec{name: "coroutine", basicSize: 80,
	slots: Slots{Repr: genRepr},
	init: func(m *Machine, t *Type) {
		m.setAsyncSlotWrapper(t, &delWrapperDef, genFinalize)
		m.setAsyncSlotWrapper(t, &awaitWrapperDef, coroAwait)
	},
	methods: []MethodDef{
		{Name: "__await__", Fn: methodNoArgs("__await__", coroAwait)},
		{Name: "send", Fn: genSendMethod},
		{Name: "throw", Fn: genThrowMethod},
		{Name: "close", Fn: genCloseMethod},
	},
	getsets: []GetSetDef{
		{Name: "__name__", Get: func(m *Machine, v Value) (Value, error) { return m.obj(v).(*Generator).Name, nil }},
		{Name: "__qualname__", Get: func(m *Machine, v Value) (Value, error) { return m.obj(v).(*Generator).QualName, nil }},
		{Name: "cr_running", Get: func(m *Machine, v Value) (Value, error) { return Bool(m.obj(v).(*Generator).Running), nil }},
		{Name: "cr_suspended", Get: func(m *Machine, v Value) (Value, error) {
			g := m.obj(v).(*Generator)
			return Bool(g.started && !g.Closed && !g.Running), nil
		}},
		{Name: "cr_frame", Get: genFrame},
		{Name: "cr_code", Get: func(m *Machine, v Value) (Value, error) { return m.obj(v).(*Generator).code.self, nil }},
		// No origin tracking (sys.set_coroutine_origin_tracking_depth).
		{Name: "cr_origin", Get: func(m *Machine, v Value) (Value, error) { return None, nil }},
		{Name: "cr_await", Get: func(m *Machine, v Value) (Value, error) {
			if yf := m.yieldFrom(m.obj(v).(*Generator)); yf != Null {
				return yf, nil
			}
			return None, nil
		}},
	},
}

// genFinalize is the __del__ slot wrapper of generators, coroutines and
// async generators (_PyGen_Finalize): a coroutine never started warns
// that it was never awaited; anything else suspended is closed, an error
// from that reported as unraisable. quicken calls it only when a program
// does: it has no reference counts to call it at deallocation.
func genFinalize(m *Machine, v Value) (Value, error) {
	var g *Generator
	switch o := m.obj0(v).(type) {
	case *Generator:
		g = o
	case *AsyncGenerator:
		g = &o.Generator
	default:
		return None, nil
	}
	if g.Closed {
		return None, nil
	}
	if m.TypeOf(v) == m.types.Coroutine && !g.started {
		text := "coroutine '" + m.str(g.QualName).S + "' was never awaited"
		if err := m.warnFrom(m.types.exceptions["RuntimeWarning"], text, true); err != nil {
			m.writeUnraisable(err, v)
		}
		return None, nil
	}
	if err := m.genClose(g); err != nil {
		m.writeUnraisable(err, v)
	}
	return None, nil
}

// delWrapperDef is the __del__ slot wrapper's (tp_finalize's) entry.
var delWrapperDef = dunderDef{name: "__del__", wrap: wkUnary, doc: "Called when the instance is about to be destroyed."}
