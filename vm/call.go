package vm

import (
	"strings"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// framePool recycles frames of Python calls; Vals come from the value
// slab, a stack of Values that frames take from and give back in LIFO
// order (generator frames own their Vals instead).
type slab struct {
	chunk []Value
	top   int
}

const slabChunk = 1 << 16

// takeVals returns n Values from the slab. They hold stale values: the
// caller clears what must start as Null.
func (m *Machine) takeVals(n int) []Value {
	s := &m.slab
	if s.top+n > len(s.chunk) {
		// Start a fresh chunk; the old one stays alive through the frames
		// that use it.
		size := slabChunk
		if n > size {
			size = n
		}
		m.slabs = append(m.slabs, slab{chunk: s.chunk, top: s.top})
		s.chunk = make([]Value, size)
		s.top = 0
	}
	v := s.chunk[s.top : s.top+n : s.top+n]
	s.top += n
	return v
}

// giveVals returns the most recently taken Values to the slab. Nothing
// is cleared: the collector only looks at a frame's Vals below its SP,
// and newFrame clears the locals of the next frame.
func (m *Machine) giveVals(v []Value) {
	s := &m.slab
	if n := len(v); n > 0 && s.top >= n && &s.chunk[s.top-n] == &v[0] {
		s.top -= n
		if s.top == 0 && len(m.slabs) > 0 {
			prev := m.slabs[len(m.slabs)-1]
			m.slabs = m.slabs[:len(m.slabs)-1]
			s.chunk, s.top = prev.chunk, prev.top
		}
	}
}

// takeFrame returns a pooled frame (fields left as popFrame reset them),
// or a new one.
func (m *Machine) takeFrame() *Frame {
	if n := len(m.framePool); n > 0 {
		f := m.framePool[n-1]
		m.framePool = m.framePool[:n-1]
		f.activation++
		return f
	}
	return &Frame{pooled: true}
}

// newFrame makes a frame for code run by fn, every local unbound.
func (m *Machine) newFrame(fn *Function, c *Code, globals, builtins *Dict, locals Value) *Frame {
	f := m.takeFrame()
	f.Code, f.Func, f.Globals, f.Builtins, f.Locals = c, fn, globals, builtins, locals
	f.Vals = m.takeVals(c.NLocalsPlus + c.StackSize)
	clear(f.Vals[:c.NLocalsPlus])
	f.SP = c.NLocalsPlus
	f.PC, f.Lasti = 0, 0
	return f
}

// popFrame ends a frame: it is unlinked and its storage recycled (a
// generator's frame keeps its own Vals).
func (m *Machine) popFrame(f *Frame) {
	if fin := f.fin; fin != nil && fin.act == f.activation && f.obj == Null {
		// Traceback entries were made here (frameFinal).
		fin.obj = m.frameObject(f)
	}
	if f.obj != Null {
		m.frameFinished(f)
	}
	m.frame = f.Back
	m.depth--
	if f.initSelf != Null {
		// The class call's own level (see initFrame).
		m.depth--
		f.initSelf = Null
	}
	if f.Gen != nil {
		return
	}
	m.giveVals(f.Vals)
	if f.pooled {
		// Reset what newFrame does not set.
		f.Gen, f.entry, f.kwnames, f.throwExc, f.localsDict = nil, false, nil, Null, Null
		m.framePool = append(m.framePool, f)
	}
}

// enterFrame counts a new Python frame against the recursion limit.
func (m *Machine) enterFrame() error {
	if m.depth >= m.recursionLimit {
		return m.recursionError("")
	}
	m.depth++
	return nil
}

// enterRecursiveCall is Py_EnterRecursiveCall: C-level recursion (repr,
// comparisons, calls through tp_call) counts against the same limit.
func (m *Machine) enterRecursiveCall(where string) error {
	if m.depth >= m.recursionLimit {
		return m.recursionError(where)
	}
	m.depth++
	return nil
}

func (m *Machine) leaveRecursiveCall() { m.depth-- }

func (m *Machine) recursionError(where string) error {
	return m.Raisef(m.types.exceptions["RecursionError"], "maximum recursion depth exceeded%s", where)
}

// pushExact makes the frame of a call of fn with exactly len(args)
// positional arguments, fn.Code.exactArgs of them, and makes it the
// current frame: the one way of binding that is only copying (CPython
// 3.11's CALL_PY_EXACT_ARGS).
func (m *Machine) pushExact(fn *Function, args []Value) error {
	f, err := m.exactFrame(fn, args)
	if err != nil {
		return err
	}
	f.Back = m.frame
	m.frame = f
	return nil
}

// exactFrame is pushExact's frame, not yet linked.
func (m *Machine) exactFrame(fn *Function, args []Value) (*Frame, error) {
	if err := m.enterFrame(); err != nil {
		return nil, err
	}
	c := fn.Code
	f := m.takeFrame()
	f.Code, f.Func, f.Globals, f.Builtins, f.Locals = c, fn, fn.Globals, fn.Builtins, Null
	vals := m.takeVals(c.NLocalsPlus + c.StackSize)
	clear(vals[copy(vals, args):c.NLocalsPlus])
	f.Vals = vals
	f.SP = c.NLocalsPlus
	f.PC, f.Lasti = 0, 0
	return f, nil
}

// prepareCall makes the frame of a call of fn with vectorcall arguments,
// binding them to parameters as CPython 3.11's initialize_locals does.
func (m *Machine) prepareCall(fn *Function, args []Value, kwnames []Value) (*Frame, error) {
	if err := m.enterFrame(); err != nil {
		return nil, err
	}
	c := fn.Code
	// CPython 3.11: a function whose code is not optimized (made from
	// module-level code with FunctionType) uses its globals as locals.
	locals := Null
	if c.Flags&op.CoOptimized == 0 {
		locals = fn.Globals.self
	}
	f := m.newFrame(fn, c, fn.Globals, fn.Builtins, locals)
	if err := m.bindArgs(fn, f.Vals, args, kwnames); err != nil {
		// The frame was never linked: give it back without touching
		// m.frame.
		f.Back = m.frame
		m.popFrame(f)
		return nil, err
	}
	return f, nil
}

// initFrame starts the call of a class the way type.__call__ runs it when
// the class has object's __new__ and an __init__ written in Python: it
// makes the instance, then returns the frame of __init__ with the
// instance bound to self, for the caller's eval loop to run (CPython 3.11
// runs it in a nested loop under type_call and slot_tp_init; what the
// program sees is the same: the same instructions, tracebacks, recursion
// depth and errors). When that frame returns None, the caller gets the
// instance (see RETURN_VALUE). args holds the class followed by the call's
// arguments; its first slot is overwritten with the instance. It returns
// a nil frame and error when the call must go through Call.
func (m *Machine) initFrame(callable Value, args, kwnames []Value) (*Frame, error) {
	if m.TypeOf(callable) != m.types.Type {
		return nil, nil // a metaclass may define __call__
	}
	t := m.typeObj(callable)
	if t == nil || !sameSlot(t.New, objectNew) || !sameSlot(t.Init, slotTpInit) {
		return nil, nil
	}
	if m.strInit == Null {
		m.strInit = m.Intern("__init__")
	}
	fn := m.function(m.lookupType(t, m.strInit))
	if fn == nil || fn.Code.Flags&(op.CoGenerator|op.CoCoroutine|op.CoAsyncGenerator) != 0 {
		return nil, nil
	}
	if err := m.enterRecursiveCall(" while calling a Python object"); err != nil {
		return nil, err
	}
	obj, err := objectNew(m, t, args[1:], kwnames)
	if err != nil {
		m.leaveRecursiveCall()
		return nil, err
	}
	args[0] = obj
	var nf *Frame
	if kwnames == nil && fn.Code.exactArgs == len(args) {
		nf, err = m.exactFrame(fn, args)
	} else {
		nf, err = m.prepareCall(fn, args, kwnames)
	}
	if err != nil {
		m.leaveRecursiveCall()
		return nil, err
	}
	nf.initSelf = obj
	return nf, nil
}

// callPython calls a Python function from Go: its frame runs in a nested
// eval loop.
func (m *Machine) callPython(fn *Function, args []Value, kwnames []Value, _ Value) (Value, error) {
	f, err := m.prepareCall(fn, args, kwnames)
	if err != nil {
		return Null, err
	}
	f.Back = m.frame
	m.claimCoop(fn.self)
	return m.runNested(f)
}

// runNested runs an entry frame in a nested eval loop.
// Unless the call was claimed cooperative (pins.go), the loop runs in an
// epoch of its own, so that what Go code below it holds is pinned.
func (m *Machine) runNested(f *Frame) (Value, error) {
	h := &m.heap
	coop := h.pins.coopNow
	h.pins.coopNow, h.pins.coop = false, Null
	var mark pinMark
	if !coop {
		mark = h.beginEpoch()
	}
	m.nested++
	r, err := m.eval(f)
	m.nested--
	if !coop {
		m.endEpoch(mark)
	}
	if r, ok := err.(*Raise); ok {
		r.chained = true
	}
	return r, err
}

// bindArgs fills the parameters in locals from the call's arguments.
func (m *Machine) bindArgs(fn *Function, locals []Value, args []Value, kwnames []Value) error {
	c := fn.Code
	nkw := len(kwnames)
	npos := len(args) - nkw
	argc := c.ArgCount
	kwonly := c.KwOnlyArgCount
	total := argc + kwonly
	varargsSlot, varkwSlot := -1, -1
	next := total
	if c.Flags&op.CoVarargs != 0 {
		varargsSlot = next
		next++
	}
	if c.Flags&op.CoVarkeywords != 0 {
		varkwSlot = next
	}
	// Fast path: exact positional arguments.
	if nkw == 0 && npos == argc && varargsSlot < 0 && varkwSlot < 0 && kwonly == 0 {
		copy(locals, args)
		return nil
	}
	var kwdict *Dict
	if varkwSlot >= 0 {
		kwdict = m.NewDict()
		locals[varkwSlot] = kwdict.self
	}
	n := npos
	if n > argc {
		n = argc
	}
	copy(locals, args[:n])
	if varargsSlot >= 0 {
		extra := []Value{}
		if npos > argc {
			extra = append(extra, args[argc:npos]...)
		}
		locals[varargsSlot] = m.NewTuple(extra)
	}
	for i, kw := range kwnames {
		v := args[npos+i]
		name := m.str(kw).S
		// By identity first (names are interned), then by value, as
		// CPython does.
		j := c.PosOnlyArgCount
		for ; j < total; j++ {
			if c.LocalNames[j] == kw {
				break
			}
		}
		if j >= total {
			for j = c.PosOnlyArgCount; j < total; j++ {
				if c.LocalsPlusNames[j] == name {
					break
				}
			}
		}
		if j >= total {
			if kwdict == nil {
				// Positional-only names passed by keyword are all listed.
				if bad := m.posOnlyPassedByKeyword(c, kwnames); bad != "" {
					return m.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'", c.QualName, bad)
				}
				return m.typeError("%s() got an unexpected keyword argument '%s'", c.QualName, name)
			}
			if err := m.DictSet(kwdict, kw, v); err != nil {
				return err
			}
			continue
		}
		if locals[j] != Null {
			return m.typeError("%s() got multiple values for argument '%s'", c.QualName, name)
		}
		locals[j] = v
	}
	// CPython 3.11 checks the positional count after the keywords.
	if varargsSlot < 0 && npos > argc {
		return m.tooManyPositional(fn, npos, locals, kwnames)
	}
	// Defaults for missing positional parameters.
	if npos < argc {
		var defs []Value
		if fn.Defaults != Null {
			defs = m.tuple(fn.Defaults).Items
		}
		firstDefault := argc - len(defs)
		var missing []string
		for i := npos; i < argc; i++ {
			if locals[i] != Null {
				continue
			}
			if i >= firstDefault {
				locals[i] = defs[i-firstDefault]
				continue
			}
			missing = append(missing, c.LocalsPlusNames[i])
		}
		if missing != nil {
			return m.missingArgs(c, missing, "positional")
		}
	}
	if kwonly > 0 {
		var missing []string
		for i := argc; i < total; i++ {
			if locals[i] != Null {
				continue
			}
			if fn.KwDefaults != Null {
				if d, ok := m.obj(fn.KwDefaults).(*Dict); ok {
					v, err := m.DictGet(d, c.LocalNames[i])
					if err != nil {
						return err
					}
					if v != Null {
						locals[i] = v
						continue
					}
				}
			}
			missing = append(missing, c.LocalsPlusNames[i])
		}
		if missing != nil {
			return m.missingArgs(c, missing, "keyword-only")
		}
	}
	return nil
}

// posOnlyPassedByKeyword lists, comma-separated, the positional-only
// parameters of c named among kwnames (positional_only_passed_as_keyword).
func (m *Machine) posOnlyPassedByKeyword(c *Code, kwnames []Value) string {
	var bad []string
	for p := 0; p < c.PosOnlyArgCount; p++ {
		for _, kw := range kwnames {
			if m.str(kw).S == c.LocalsPlusNames[p] {
				bad = append(bad, c.LocalsPlusNames[p])
				break
			}
		}
	}
	return strings.Join(bad, ", ")
}

// missingArgs is CPython's missing_arguments message.
func (m *Machine) missingArgs(c *Code, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := "s"
	if len(names) == 1 {
		s = ""
	}
	return m.typeError("%s() missing %d required %s argument%s: %s", c.QualName, len(names), kind, s, list)
}

// tooManyPositional is CPython's too_many_positional message.
func (m *Machine) tooManyPositional(fn *Function, given int, locals []Value, kwnames []Value) error {
	c := fn.Code
	argc := c.ArgCount
	ndefs := 0
	if fn.Defaults != Null {
		ndefs = len(m.tuple(fn.Defaults).Items)
	}
	kwonlyGiven := 0
	for i := argc; i < argc+c.KwOnlyArgCount; i++ {
		if locals[i] != Null {
			kwonlyGiven++
		}
	}
	var sig string
	plural := argc != 1
	if ndefs > 0 {
		sig = "from " + itoa(argc-ndefs) + " to " + itoa(argc)
		plural = true
	} else {
		sig = itoa(argc)
	}
	s := ""
	if plural {
		s = "s"
	}
	if kwonlyGiven > 0 {
		return m.typeError("%s() takes %s positional argument%s but %d positional argument%s (and %d keyword-only argument%s) were given",
			c.QualName, sig, s, given, plural1(given), kwonlyGiven, plural1(kwonlyGiven))
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	return m.typeError("%s() takes %s positional argument%s but %d %s given", c.QualName, sig, s, given, was)
}

func plural1(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	p := len(b)
	for i > 0 {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		p--
		b[p] = '-'
	}
	return string(b[p:])
}

// makeFunction is MAKE_FUNCTION: the code object on top, below it the
// closure, annotations, kwdefaults and defaults its flags announce.
func (m *Machine) makeFunction(f *Frame, stack []Value, flags int) (Value, error) {
	sp := len(stack)
	c := m.obj(stack[sp-1]).(*Code)
	sp--
	fn := &Function{Code: c, Globals: f.Globals, Builtins: f.Builtins,
		Name: c.name, QualName: c.qualname, Defaults: Null, KwDefaults: Null, Closure: Null,
		Doc: None, Annotations: Null}
	if flags&0x08 != 0 {
		sp--
		fn.Closure = stack[sp]
	}
	if flags&0x04 != 0 {
		sp--
		fn.Annotations = stack[sp]
	}
	if flags&0x02 != 0 {
		sp--
		fn.KwDefaults = stack[sp]
	}
	if flags&0x01 != 0 {
		sp--
		fn.Defaults = stack[sp]
	}
	// CPython 3.11: __doc__ is co_consts[0] when that is a str.
	if len(c.Consts) > 0 && m.str(c.Consts[0]) != nil {
		fn.Doc = c.Consts[0]
	}
	fn.Module = m.dictGetStr(f.Globals, "__name__")
	if fn.Module == Null {
		fn.Module = None
	}
	// func_version stays 0 until the specializer asks for it (CPython
	// 3.11's _PyFunction_GetVersionForCurrentState numbers lazily).
	return m.alloc(fn, m.types.Function), nil
}

// callFunctionEx is CALL_FUNCTION_EX: f(*args, **kwargs).
func (m *Machine) callFunctionEx(callable, args, kwargs Value) (Value, error) {
	t := m.tuple(args)
	if t == nil || m.TypeOf(args) != m.types.Tuple {
		items, err := m.iterateForStar(callable, args)
		if err != nil {
			return Null, err
		}
		t = &Tuple{Items: items}
	}
	pos := t.Items
	if kwargs == Null {
		return m.Call(callable, pos, nil)
	}
	d, ok := m.obj(kwargs).(*Dict)
	if !ok {
		return Null, m.typeError("argument after ** must be a mapping, not %s", m.typeName(kwargs))
	}
	all := make([]Value, 0, len(pos)+d.Len())
	all = append(all, pos...)
	names := make([]Value, 0, d.Len())
	var err error
	d.Items(func(k, v Value) bool {
		if m.str(k) == nil {
			err = m.typeError("keywords must be strings")
			return false
		}
		names = append(names, k)
		all = append(all, v)
		return true
	})
	if err != nil {
		return Null, err
	}
	return m.Call(callable, all, names)
}

// iterateForStar collects f(*x) arguments, with CPython's message when x
// is not iterable.
func (m *Machine) iterateForStar(callable, x Value) ([]Value, error) {
	it, err := m.GetIter(x)
	if err != nil {
		if m.isRaise(err, m.types.TypeError) && m.TypeOf(x).Iter == nil {
			return nil, m.typeError("%s argument after * must be an iterable, not %s", m.funcDescription(callable), m.typeName(x))
		}
		return nil, err
	}
	var items []Value
	for {
		v, err := m.Next(it)
		if err != nil {
			return nil, err
		}
		if v == Null {
			return items, nil
		}
		items = append(items, v)
	}
}

// funcDescription is _PyObject_FunctionStr: "f()", "mod.C.m()",
// "list.extend()".
func (m *Machine) funcDescription(v Value) string {
	s, err := m.functionStr(v)
	if err != nil {
		return m.typeName(v) + " object"
	}
	return s
}

// obj0 is obj for any Value: nil for immediates and Null.
func (m *Machine) obj0(v Value) Object {
	if !v.IsRef() {
		return nil
	}
	return m.heap.objs[v]
}
