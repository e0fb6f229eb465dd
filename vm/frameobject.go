package vm

import op "github.com/quicken-py/quicken/vm/bytecode"

// FrameObject is a frame object (PyFrameObject): the view of a frame a
// program asked for with sys._getframe, gi_frame or tb_frame. A frame has
// at most one, so asking twice gives the same object. While its frame
// runs it reads the frame itself: f_lineno, f_lasti and f_locals follow
// the frame, and f_back is the caller's frame object. When the frame
// ends, the object keeps what it showed last, as CPython's frame object
// takes over its frame's data then.
type FrameObject struct {
	Header
	live     *Frame // the running frame, nil once it has finished
	code     *Code
	globals  *Dict
	builtins *Dict
	// After the frame has finished: its locals, its last instruction and
	// its caller's frame object (None when it had none).
	locals Value
	lasti  int
	back   Value
	// f_trace (Null: None), and f_trace_lines and f_trace_opcodes: kept
	// for the program to read back; quicken has no tracing to apply them.
	trace                      Value
	noTraceLines, traceOpcodes bool
}

func (fo *FrameObject) traverse(visit func(Value)) {
	visit(fo.code.self)
	visit(fo.globals.self)
	visit(fo.builtins.self)
	for _, v := range [...]Value{fo.locals, fo.back, fo.trace} {
		if v != Null {
			visit(v)
		}
	}
	if f := fo.live; f != nil {
		// A generator's frame lives in its generator.
		if f.Gen != nil {
			visit(f.Gen.self)
		}
		f.traverse(visit)
	}
}

// frameObject returns f's frame object, making it on first use.
func (m *Machine) frameObject(f *Frame) Value {
	if f.obj == Null {
		f.obj = m.alloc(&FrameObject{live: f, code: f.Code, globals: f.Globals, builtins: f.Builtins,
			locals: Null, back: Null, trace: Null}, m.types.Frame)
	}
	return f.obj
}

// frameFinished detaches f's frame object from f, which is ending: the
// object keeps f's locals, last instruction and caller.
func (m *Machine) frameFinished(f *Frame) {
	fo := m.obj(f.obj).(*FrameObject)
	f.obj = Null
	fo.live = nil
	fo.lasti = f.Lasti
	fo.locals, _ = m.frameLocals(f)
	fo.back = None
	if f.Gen == nil && f.Back != nil && f.Back.Code != nil {
		fo.back = m.frameObject(f.Back)
	}
}

// frameLasti is f_lasti in code units. A frame below the running one is
// in a call: CPython 3.11 records a call that pushed a Python frame in
// the same eval loop (CALL, BINARY_SUBSCR_GETITEM) at the instruction's
// last cache entry, and a call made through C code at the instruction.
func (m *Machine) frameLasti(fo *FrameObject) int {
	f := fo.live
	if f == nil {
		return fo.lasti
	}
	for g := m.frame; g != nil; g = g.Back {
		if g.Back == f {
			if !g.entry && g.initSelf == Null {
				return f.PC - 1
			}
			break
		}
	}
	return f.Lasti
}

// frameBack is f_back: the caller's frame object, None for the first
// frame and for a suspended generator's.
func (m *Machine) frameBack(fo *FrameObject) Value {
	f := fo.live
	if f == nil {
		return fo.back
	}
	if f.Gen != nil && !f.Gen.Running || f.Back == nil || f.Back.Code == nil {
		return None
	}
	return m.frameObject(f.Back)
}

// tracebackFrame is tb_frame: the frame object of the entry's frame,
// live while that frame still runs the activation the entry was made
// in, else a finished frame object made from the entry.
func (m *Machine) tracebackFrame(tb *Traceback) Value {
	if tb.frame == Null {
		if f := tb.live; f != nil && f.activation == tb.activation && (f.Gen != nil || m.onStack(f)) {
			tb.frame = m.frameObject(f)
		} else if tb.fin != nil && tb.fin.obj != Null {
			tb.frame = tb.fin.obj
		} else {
			fo := &FrameObject{code: tb.code, globals: tb.globals, builtins: tb.builtins,
				locals: tb.locals, lasti: tb.lasti, back: None, trace: Null}
			tb.frame = m.alloc(fo, m.types.Frame)
			// CPython made the caller's frame object when this frame
			// finished (take_ownership).
			if up := m.traceback(tb.back); up != nil {
				fo.back = m.tracebackFrame(up)
			} else if c := tb.caller; c != nil && c.activation == tb.callerAct && (c.Gen != nil || m.onStack(c)) {
				fo.back = m.frameObject(c)
			}
		}
	}
	return tb.frame
}

// onStack reports whether f is one of the running frames.
func (m *Machine) onStack(f *Frame) bool {
	for g := m.frame; g != nil; g = g.Back {
		if g == f {
			return true
		}
	}
	return false
}

func (m *Machine) frameSelf(self Value) (*FrameObject, error) {
	if f, ok := m.obj0(self).(*FrameObject); ok {
		return f, nil
	}
	return nil, m.typeError("descriptor for 'frame' objects doesn't apply to a '%s' object", m.typeName(self))
}

func frameGetter(get func(m *Machine, f *FrameObject) (Value, error)) func(m *Machine, self Value) (Value, error) {
	return func(m *Machine, self Value) (Value, error) {
		f, err := m.frameSelf(self)
		if err != nil {
			return Null, err
		}
		return get(m, f)
	}
}

var frameSpec = typeSpec{name: "frame", basicSize: 120, itemSize: 8, flags: FlagHaveGC | FlagImmutable,
	slots:   Slots{Repr: frameRepr},
	methods: []MethodDef{{Name: "clear", Fn: frameClear}},
	getsets: []GetSetDef{
		{Name: "f_back", Get: frameGetter(func(m *Machine, f *FrameObject) (Value, error) { return m.frameBack(f), nil })},
		{Name: "f_locals", Get: frameGetter(func(m *Machine, f *FrameObject) (Value, error) {
			if f.live != nil {
				return m.frameLocals(f.live)
			}
			if f.locals != Null {
				return f.locals, nil
			}
			return m.NewDict().self, nil
		})},
		{Name: "f_lineno", Get: frameGetter(func(m *Machine, f *FrameObject) (Value, error) {
			return m.NewInt(int64(codeLine(f.code, m.frameLasti(f)))), nil
		})},
		{Name: "f_lasti", Get: frameGetter(func(m *Machine, f *FrameObject) (Value, error) {
			return m.NewInt(int64(2 * m.frameLasti(f))), nil
		})},
		{Name: "f_globals", Get: frameGetter(func(m *Machine, f *FrameObject) (Value, error) { return f.globals.self, nil })},
		{Name: "f_builtins", Get: frameGetter(func(m *Machine, f *FrameObject) (Value, error) { return f.builtins.self, nil })},
		{Name: "f_code", Get: frameGetter(func(m *Machine, f *FrameObject) (Value, error) { return f.code.self, nil })},
		{Name: "f_trace", Get: frameGetter(func(m *Machine, f *FrameObject) (Value, error) {
			if f.trace == Null {
				return None, nil
			}
			return f.trace, nil
		}), Set: func(m *Machine, self, v Value) error {
			f, err := m.frameSelf(self)
			if err != nil {
				return err
			}
			if v == None {
				v = Null
			}
			f.trace = v
			return nil
		}},
		{Name: "f_trace_lines", Get: frameGetter(func(m *Machine, f *FrameObject) (Value, error) { return Bool(!f.noTraceLines), nil }),
			Set: frameBoolSetter(func(f *FrameObject, b bool) { f.noTraceLines = !b })},
		{Name: "f_trace_opcodes", Get: frameGetter(func(m *Machine, f *FrameObject) (Value, error) { return Bool(f.traceOpcodes), nil }),
			Set: frameBoolSetter(func(f *FrameObject, b bool) { f.traceOpcodes = b })},
	},
}

// frameBoolSetter sets f_trace_lines or f_trace_opcodes, which take
// only bools.
func frameBoolSetter(set func(f *FrameObject, b bool)) func(m *Machine, self, v Value) error {
	return func(m *Machine, self, v Value) error {
		f, err := m.frameSelf(self)
		if err != nil {
			return err
		}
		if v == Null {
			return m.typeError("can't delete numeric/char attribute")
		}
		if v != True && v != False {
			return m.typeError("attribute value type must be bool")
		}
		set(f, v == True)
		return nil
	}
}

// frameClear is frame.clear(): a suspended generator's frame finalizes
// its generator (closing it); a finished frame lets its locals and
// f_trace go; a frame still running cannot be cleared.
func frameClear(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("clear", args); err != nil {
		return Null, err
	}
	fo, err := m.frameSelf(self)
	if err != nil {
		return Null, err
	}
	if f := fo.live; f != nil {
		if f.Gen == nil || f.Gen.Running {
			return Null, m.Raisef(m.types.exceptions["RuntimeError"], "cannot clear an executing frame")
		}
		if !f.Gen.Closed {
			m.finalizeGen(f.Gen)
		}
		return None, nil
	}
	fo.trace = Null
	if fo.code.Flags&op.CoOptimized != 0 {
		if d, ok := m.obj0(fo.locals).(*Dict); ok {
			m.DictClear(d)
		}
	}
	return None, nil
}

// frameRepr is <frame at 0x…, file '…', line N, code name>.
func frameRepr(m *Machine, self Value) (Value, error) {
	f, err := m.frameSelf(self)
	if err != nil {
		return Null, err
	}
	fn, _ := m.ReprString(f.code.filename)
	return m.NewStr("<frame at " + hexAddr(m.FakeAddress(self)) + ", file " + fn + ", line " +
		itoa(codeLine(f.code, m.frameLasti(f))) + ", code " + f.code.Name + ">"), nil
}
