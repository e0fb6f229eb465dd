package vm

import op "github.com/quicken-py/quicken/vm/bytecode"

// Generators a for loop owns alone. CPython closes a generator the moment
// its last reference goes, running its finally blocks then; quicken has
// no reference counts, but one case is common and certain: in
// `for x in gen(...):` the generator made by the call goes straight from
// the call to GET_ITER and lives only on the loop's stack. A break or a
// return leaves the loop by popping it (the POP_TOPs iterPopsOf finds),
// an exception by unwinding the stack, and CPython closes it right there;
// so does quicken. Other generators are not closed when they are
// abandoned.

// iterPopsOf marks the POP_TOPs of bc that may pop a for loop's iterator:
// inside the loop, those run with the stack as deep as at its FOR_ITER,
// or one deeper right after a SWAP 2 (a return keeps its value on top).
// Depths are found along every path with the compiler's stack effects.
// It returns nil when there are none.
func iterPopsOf(bc *op.Code) []bool {
	units := bc.Units
	hasFor := false
	for _, u := range units {
		if op.Opcode(u&0xff) == op.FOR_ITER {
			hasFor = true
			break
		}
	}
	if !hasFor {
		return nil
	}
	n := len(units)
	depth := make([]int32, n)
	for i := range depth {
		depth[i] = -1
	}
	type item struct{ i, d int }
	work := []item{{0, 0}}
	for _, h := range bc.ExceptionEntries() {
		d := h.Depth + 1
		if h.Lasti {
			d++
		}
		work = append(work, item{h.Target, d})
	}
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		i, d, ext := it.i, it.d, 0
		for i >= 0 && i < n && depth[i] < 0 {
			depth[i] = int32(d)
			o := op.Opcode(units[i] & 0xff)
			arg := int(units[i]>>8) | ext
			if o == op.EXTENDED_ARG {
				ext = arg << 8
				i++
				continue
			}
			ext = 0
			next := i + 1 + o.Caches()
			if o.IsJump() {
				target := next + arg
				if o.IsBackwardJump() {
					target = next - arg
				}
				e := op.StackEffect(o, arg, 1)
				if e == op.InvalidStackEffect {
					return nil
				}
				work = append(work, item{target, d + e})
				if o.IsUnconditionalJump() {
					break
				}
			} else if o.IsScopeExit() {
				break
			}
			e := op.StackEffect(o, arg, 0)
			if e == op.InvalidStackEffect {
				return nil
			}
			d += e
			i = next
		}
	}
	var marks []bool
	for i := 0; i < n; i++ {
		if op.Opcode(units[i]&0xff) != op.FOR_ITER || depth[i] < 1 {
			continue
		}
		arg := int(units[i] >> 8)
		for j := i - 1; j >= 0 && op.Opcode(units[j]&0xff) == op.EXTENDED_ARG; j-- {
			arg |= int(units[j]>>8) << (8 * (i - j))
		}
		end := min(i+1+arg, n)
		d := depth[i]
		for p := i + 1; p < end; p++ {
			if depth[p] < 0 || op.Opcode(units[p]&0xff) != op.POP_TOP {
				continue
			}
			afterSwap := p > 0 && units[p-1] == uint16(op.SWAP)|2<<8 && depth[p] == d+1
			if depth[p] == d || afterSwap {
				if marks == nil {
					marks = make([]bool, n)
				}
				marks[p] = true
			}
		}
	}
	return marks
}

// loopOwnedGen returns the generator v is if a for loop owns it alone and
// it is suspended (nil otherwise).
func (m *Machine) loopOwnedGen(v Value) *Generator {
	if !v.IsRef() {
		return nil
	}
	g, ok := m.heap.objs[v].(*Generator)
	if !ok || !g.loopOwned || g.Closed || !g.started {
		return nil
	}
	return g
}

// dropLoopGens closes the loop-owned generators among vals, which are
// leaving the stack.
func (m *Machine) dropLoopGens(vals []Value) {
	for _, v := range vals {
		if g := m.loopOwnedGen(v); g != nil {
			m.finalizeGen(g)
		}
	}
}

// finalizeGen is what CPython's generator finalizer does when the last
// reference goes: close it; an exception that escapes is reported as
// unraisable, not raised.
func (m *Machine) finalizeGen(g *Generator) {
	g.loopOwned = false
	if err := m.genClose(g); err != nil {
		m.writeUnraisable(err, g.self)
	}
}

// writeUnraisable is _PyErr_WriteUnraisableMsg: an exception nothing can
// catch (a finalizer's), with the object it came from, handed to
// sys.unraisablehook. An exception without a traceback gets the current
// frame's. If the hook is missing or None, the default hook prints; if
// it fails, the default hook prints the hook's own exception.
func (m *Machine) writeUnraisable(err error, obj Value) {
	exc, herr := m.exceptionOf(err)
	if herr != nil {
		return // a host failure, not the program's exception
	}
	e := m.exception(exc)
	if e == nil {
		return
	}
	if m.traceback(e.Traceback) == nil && m.frame != nil {
		m.addTraceback(exc, m.frame)
	}
	hook := Null
	if m.sysMod != nil {
		hook = m.dictGetStr(m.sysMod.Dict, "unraisablehook")
	}
	if bf, ok := m.obj0(hook).(*BuiltinFunction); hook == Null || hook == None ||
		ok && bf.Self == m.sysMod.self && bf.Def.Name == "unraisablehook" {
		m.printUnraisable(exc, None, obj)
		return
	}
	tb := e.Traceback
	if tb == Null {
		tb = None
	}
	args := m.unraisableArgs(m.TypeOf(exc).self, exc, tb, None, obj)
	if _, err := m.Call(hook, []Value{args}, nil); err != nil {
		if exc2, herr := m.exceptionOf(err); herr == nil && m.exception(exc2) != nil {
			m.printUnraisable(exc2, m.NewStr("Exception ignored in sys.unraisablehook"), hook)
		}
	}
}

// printUnraisable is the default unraisable hook: "Exception ignored in:
// <repr of obj>" (or err_msg), the traceback, and "Type: message", with
// no chained exceptions.
func (m *Machine) printUnraisable(exc, msg, obj Value) {
	e := m.exception(exc)
	var header string
	if obj != None && obj != Null {
		r, rerr := m.ReprString(obj)
		if rerr != nil {
			r = "<object repr() failed>"
		}
		if s := m.str(msg); s != nil {
			header = s.S + ": " + r + "\n"
		} else {
			header = "Exception ignored in: " + r + "\n"
		}
	} else if s := m.str(msg); s != nil {
		header = s.S + ":\n"
	}
	m.out.Flush()
	p := &excPrinter{m: m, seen: map[Value]bool{}, positions: map[*Code][]op.Position{}}
	p.write(header)
	if m.traceback(e.Traceback) != nil {
		p.printTraceback(e.Traceback, tbHeader, "")
	}
	t := m.TypeOf(exc)
	if mod, ok := p.typeModule(t); !ok {
		p.write("<unknown>.")
	} else if mod != "builtins" && mod != "__main__" {
		p.write(mod + ".")
	}
	if t.IsHeap() {
		p.write(t.QualName)
	} else {
		p.write(t.Name)
	}
	p.flush()
	if s, err := m.StrString(exc); err != nil {
		p.write(": <exception str() failed>\n")
	} else {
		p.write(": " + s + "\n")
	}
	p.flush()
}
