package vm

import (
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// execute runs one instruction of frame f, whose PC is just past the
// instruction's code unit (f.Lasti is the instruction): every opcode,
// with state kept in the frame, for the eval loop's fast path to fall
// back on. It returns with f.PC and f.SP updated and m.frame the frame
// to continue (a call pushed one, a return popped one); returned reports
// that the eval loop's entry frame returned (or yielded) r. An error is
// the exception the instruction raised, for unwind.
func (m *Machine) execute(f *Frame, opcode op.Opcode, oparg int) (r Value, returned bool, err error) {
	vals, sp, pc := f.Vals, f.SP, f.PC
	for once := true; once; once = false {
		// Inside this loop, continue finishes the instruction and break
		// (with err set) fails it.
	dispatch:
		switch opcode {
		case op.NOP:
			continue
		case op.RESUME:
			if f.Code.warmup != 0 {
				m.warm(f)
			}
			continue
		case op.CACHE:
			err = m.Raisef(m.types.SystemError, "executing a cache entry")
		case op.EXTENDED_ARG, op.EXTENDED_ARG_QUICK:
			// f_lasti is the prefixed instruction, as in CPython. The
			// unquickened EXTENDED_ARG runs the base form of what follows.
			f.Lasti = pc
			opcode, oparg = prefixed(opcode, oparg, f.Code.Units[pc])
			pc++
			goto dispatch
		case op.LOAD_FAST:
			v := vals[oparg]
			if v == Null {
				err = m.unboundLocal(f, oparg)
				break
			}
			vals[sp] = v
			sp++
			continue
		case op.LOAD_CONST:
			vals[sp] = f.Code.Consts[oparg]
			sp++
			continue
		case op.STORE_FAST:
			// Popped slots are not cleared: the collector reads a
			// frame's Vals only below its SP.
			sp--
			vals[oparg] = vals[sp]
			continue
		case op.DELETE_FAST:
			if vals[oparg] == Null {
				err = m.unboundLocal(f, oparg)
				break
			}
			vals[oparg] = Null
			continue
		case op.POP_TOP:
			sp--
			if ip := f.Code.iterPops; ip != nil && ip[pc-1] {
				if g := m.loopOwnedGen(vals[sp]); g != nil {
					f.PC, f.SP, f.Lasti = pc, sp, pc-1
					m.finalizeGen(g)
				}
			}
			continue
		case op.PUSH_NULL:
			vals[sp] = Null
			sp++
			continue
		case op.COPY:
			vals[sp] = vals[sp-oparg]
			sp++
			continue
		case op.SWAP:
			vals[sp-1], vals[sp-oparg] = vals[sp-oparg], vals[sp-1]
			continue

		case op.UNARY_POSITIVE, op.UNARY_NEGATIVE, op.UNARY_INVERT:
			r, e := m.unaryOp(opcode, vals[sp-1])
			if e != nil {
				err = e
				break
			}
			vals[sp-1] = r
			continue
		case op.UNARY_NOT:
			t, e := m.Truth(vals[sp-1])
			if e != nil {
				err = e
				break
			}
			vals[sp-1] = Bool(!t)
			continue
		case op.LOAD_ATTR, op.STORE_ATTR, op.LOAD_METHOD, op.CONTAINS_OP,
			op.BINARY_SUBSCR, op.STORE_SUBSCR, op.BINARY_OP, op.COMPARE_OP:
			f.PC, f.SP = pc, sp
			if e := m.genericOp(f, opcode, oparg); e != nil {
				err = e
				break
			}
			pc, sp = f.PC, f.SP
			continue
		case op.IS_OP:
			sp--
			r := (vals[sp-1] == vals[sp]) != (oparg == 1)
			vals[sp] = Null
			vals[sp-1] = Bool(r)
			continue
		case op.DELETE_SUBSCR:
			if e := m.SetItem(vals[sp-2], vals[sp-1], Null); e != nil {
				err = e
				break
			}
			sp -= 2
			clear(vals[sp : sp+2])
			continue

		case op.RETURN_VALUE:
			sp--
			r := vals[sp]
			f.SP = sp
			if f.Gen != nil {
				m.genReturned(f.Gen)
			}
			if f.entry {
				m.popFrame(f)
				return r, true, nil
			}
			back := m.frame.Back
			if self := f.initSelf; self != Null {
				// The __init__ of a class call (initFrame): the call
				// gives the instance.
				m.popFrame(f)
				if r != None {
					return Null, false, m.typeError("__init__() should return None, not '%s'", cTrunc(m.typeName(r), 200))
				}
				r = self
			} else {
				m.popFrame(f)
			}
			back.Vals[back.SP] = r
			back.SP++
			return Null, false, nil
		case op.POP_JUMP_FORWARD_IF_FALSE, op.POP_JUMP_FORWARD_IF_TRUE,
			op.POP_JUMP_BACKWARD_IF_FALSE, op.POP_JUMP_BACKWARD_IF_TRUE:
			sp--
			v := vals[sp]
			var t bool
			switch v {
			case True:
				t = true
			case False:
				t = false
			default:
				var e error
				if t, e = m.Truth(v); e != nil {
					err = e
					break dispatch
				}
			}
			want := opcode == op.POP_JUMP_FORWARD_IF_TRUE || opcode == op.POP_JUMP_BACKWARD_IF_TRUE
			if t == want {
				if opcode == op.POP_JUMP_BACKWARD_IF_FALSE || opcode == op.POP_JUMP_BACKWARD_IF_TRUE {
					pc -= oparg
				} else {
					pc += oparg
				}
			}
			continue
		case op.POP_JUMP_FORWARD_IF_NONE, op.POP_JUMP_BACKWARD_IF_NONE,
			op.POP_JUMP_FORWARD_IF_NOT_NONE, op.POP_JUMP_BACKWARD_IF_NOT_NONE:
			sp--
			v := vals[sp]
			vals[sp] = Null
			want := opcode == op.POP_JUMP_FORWARD_IF_NONE || opcode == op.POP_JUMP_BACKWARD_IF_NONE
			if (v == None) == want {
				if opcode == op.POP_JUMP_BACKWARD_IF_NONE || opcode == op.POP_JUMP_BACKWARD_IF_NOT_NONE {
					pc -= oparg
				} else {
					pc += oparg
				}
			}
			continue
		case op.JUMP_IF_FALSE_OR_POP, op.JUMP_IF_TRUE_OR_POP:
			t, e := m.Truth(vals[sp-1])
			if e != nil {
				err = e
				break
			}
			if t == (opcode == op.JUMP_IF_TRUE_OR_POP) {
				pc += oparg
			} else {
				sp--
				vals[sp] = Null
			}
			continue
		case op.JUMP_FORWARD:
			pc += oparg
			continue
		case op.JUMP_BACKWARD:
			if f.Code.warmup != 0 {
				m.warm(f)
			}
			pc -= oparg
			continue
		case op.JUMP_BACKWARD_NO_INTERRUPT:
			pc -= oparg
			continue

		case op.GET_ITER:
			if g, ok := m.obj0(vals[sp-1]).(*Generator); ok && g.freshForLoop {
				// Owned alone by the for loop that follows, or by the
				// comprehension it is passed to (as its .0).
				g.freshForLoop = false
				if pc < len(f.Code.Units) {
					next := op.Opcode(f.Code.Units[pc] & 0xff).Base()
					g.loopOwned = next == op.FOR_ITER || next == op.PRECALL && f.Code.Units[pc]>>8 == 0
				}
			}
			it, e := m.GetIter(vals[sp-1])
			if e != nil {
				err = e
				break
			}
			vals[sp-1] = it
			continue
		case op.FOR_ITER:
			it := vals[sp-1]
			var x Value
			var e error
			if r := m.rangeIter(it); r != nil {
				x = r.next()
			} else if x, e = m.nextIn(it); e != nil {
				err = e
				break
			}
			if x == Null {
				sp--
				vals[sp] = Null
				pc += oparg
				continue
			}
			vals[sp] = x
			sp++
			continue

		case op.LOAD_GLOBAL:
			v, e := m.loadGlobal(f, f.Code.Names[oparg>>1])
			if e != nil {
				err = e
				break
			}
			if oparg&1 != 0 {
				vals[sp] = Null
				sp++
			}
			vals[sp] = v
			sp++
			pc += 5
			continue
		case op.STORE_GLOBAL:
			sp--
			if e := m.DictSet(f.Globals, f.Code.Names[oparg], vals[sp]); e != nil {
				err = e
				break
			}
			vals[sp] = Null
			continue
		case op.DELETE_GLOBAL:
			ok, e := m.DictDelete(f.Globals, f.Code.Names[oparg])
			if e == nil && !ok {
				e = m.nameError(f.Code.Names[oparg], f)
			}
			if e != nil {
				err = e
				break
			}
			continue
		case op.LOAD_NAME:
			v, e := m.loadName(f, f.Code.Names[oparg])
			if e != nil {
				err = e
				break
			}
			vals[sp] = v
			sp++
			continue
		case op.STORE_NAME:
			sp--
			if e := m.storeName(f, f.Code.Names[oparg], vals[sp]); e != nil {
				err = e
				break
			}
			vals[sp] = Null
			continue
		case op.DELETE_NAME:
			if e := m.deleteName(f, f.Code.Names[oparg]); e != nil {
				err = e
				break
			}
			continue

		case op.DELETE_ATTR:
			if e := m.SetAttr(vals[sp-1], f.Code.Names[oparg], Null); e != nil {
				err = e
				break
			}
			sp--
			vals[sp] = Null
			continue
		case op.LOAD_DEREF:
			v := m.cellOf(vals[oparg]).V
			if v == Null {
				err = m.unboundDeref(f, oparg)
				break
			}
			vals[sp] = v
			sp++
			continue
		case op.LOAD_CLASSDEREF:
			v, e := m.loadClassDeref(f, oparg)
			if e != nil {
				err = e
				break
			}
			vals[sp] = v
			sp++
			continue
		case op.STORE_DEREF:
			sp--
			m.cellOf(vals[oparg]).V = vals[sp]
			vals[sp] = Null
			continue
		case op.DELETE_DEREF:
			c := m.cellOf(vals[oparg])
			if c.V == Null {
				err = m.unboundDeref(f, oparg)
				break
			}
			c.V = Null
			continue
		case op.LOAD_CLOSURE:
			vals[sp] = vals[oparg]
			sp++
			continue
		case op.MAKE_CELL:
			vals[oparg] = m.NewCell(vals[oparg])
			continue
		case op.COPY_FREE_VARS:
			cl := m.tuple(f.Func.Closure).Items
			copy(vals[f.Code.NLocalsPlus-oparg:], cl[:oparg])
			continue

		case op.BUILD_TUPLE:
			items := make([]Value, oparg)
			copy(items, vals[sp-oparg:sp])
			clear(vals[sp-oparg : sp])
			sp -= oparg
			vals[sp] = m.NewTuple(items)
			sp++
			continue
		case op.BUILD_LIST:
			items := make([]Value, oparg)
			copy(items, vals[sp-oparg:sp])
			clear(vals[sp-oparg : sp])
			sp -= oparg
			vals[sp] = m.NewList(items)
			sp++
			continue
		case op.LIST_APPEND:
			sp--
			if e := m.ListAppend(m.list(vals[sp-oparg]), vals[sp]); e != nil {
				err = e
				break
			}
			vals[sp] = Null
			continue
		case op.LIST_EXTEND:
			sp--
			if e := m.listExtend(m.list(vals[sp-oparg]), vals[sp]); e != nil {
				err = e
				break
			}
			vals[sp] = Null
			continue
		case op.LIST_TO_TUPLE:
			l := m.list(vals[sp-1])
			vals[sp-1] = m.NewTuple(append([]Value(nil), l.Items...))
			continue
		case op.BUILD_SET:
			s, e := m.buildSet(vals[sp-oparg : sp])
			if e != nil {
				err = e
				break
			}
			clear(vals[sp-oparg : sp])
			sp -= oparg
			vals[sp] = s
			sp++
			continue
		case op.SET_ADD:
			sp--
			if e := m.SetAdd(vals[sp-oparg], vals[sp]); e != nil {
				err = e
				break
			}
			vals[sp] = Null
			continue
		case op.SET_UPDATE:
			sp--
			if e := m.setUpdate(vals[sp-oparg], vals[sp]); e != nil {
				err = e
				break
			}
			vals[sp] = Null
			continue
		case op.BUILD_MAP:
			base := sp - 2*oparg
			keys := make([]Value, oparg)
			values := make([]Value, oparg)
			for i := range oparg {
				keys[i], values[i] = vals[base+2*i], vals[base+2*i+1]
			}
			d, e := m.DictFromItems(keys, values)
			if e != nil {
				err = e
				break
			}
			sp = base
			vals[sp] = d.self
			sp++
			continue
		case op.BUILD_CONST_KEY_MAP:
			keys := m.tuple(vals[sp-1]).Items
			base := sp - 1 - oparg
			d, e := m.DictFromItems(keys, vals[base:base+oparg])
			if e != nil {
				err = e
				break
			}
			sp = base
			vals[sp] = d.self
			sp++
			continue
		case op.MAP_ADD:
			sp -= 2
			if e := m.DictSet(m.obj(vals[sp-oparg]).(*Dict), vals[sp], vals[sp+1]); e != nil {
				err = e
				break
			}
			vals[sp], vals[sp+1] = Null, Null
			continue
		case op.DICT_UPDATE:
			sp--
			if e := m.dictUpdateOp(vals[sp-oparg], vals[sp]); e != nil {
				err = e
				break
			}
			vals[sp] = Null
			continue
		case op.DICT_MERGE:
			sp--
			if e := m.dictMergeOp(vals[sp-oparg], vals[sp], vals[sp-oparg-2]); e != nil {
				err = e
				break
			}
			vals[sp] = Null
			continue
		case op.BUILD_SLICE:
			var step Value = None
			if oparg == 3 {
				sp--
				step = vals[sp]
				vals[sp] = Null
			}
			sp--
			vals[sp-1] = m.NewSlice(vals[sp-1], vals[sp], step)
			vals[sp] = Null
			continue
		case op.BUILD_STRING:
			r, e := m.buildString(vals[sp-oparg : sp])
			if e != nil {
				err = e
				break
			}
			clear(vals[sp-oparg : sp])
			sp -= oparg
			vals[sp] = r
			sp++
			continue
		case op.FORMAT_VALUE:
			r, e := m.formatValueOp(vals[:sp], oparg)
			if e != nil {
				err = e
				break
			}
			if oparg&0x04 != 0 {
				sp--
				vals[sp] = Null
			}
			vals[sp-1] = r
			continue

		case op.UNPACK_SEQUENCE:
			if e := m.unpackSequence(vals[sp-1], vals[sp-1:sp-1+oparg]); e != nil {
				err = e
				break
			}
			sp += oparg - 1
			pc += 1
			continue
		case op.UNPACK_EX:
			before, after := oparg&0xff, oparg>>8
			n := before + 1 + after
			if e := m.unpackEx(vals[sp-1], vals[sp-1:sp-1+n], before, after); e != nil {
				err = e
				break
			}
			sp += n - 1
			continue

		case op.KW_NAMES:
			f.kwnames = m.tuple(f.Code.Consts[oparg]).Items
			continue
		case op.PRECALL:
			// Unpack a bound method in place: NULL meth args... ->
			// func self args...
			if vals[sp-oparg-2] == Null {
				if bm, ok := m.obj0(vals[sp-oparg-1]).(*Method); ok {
					vals[sp-oparg-2] = bm.Func
					vals[sp-oparg-1] = bm.Self
				}
			}
			pc += 1
			continue
		case op.CALL:
			isMeth := vals[sp-oparg-2] != Null
			nargs := oparg
			callable := vals[sp-oparg-1]
			if isMeth {
				callable = vals[sp-oparg-2]
				nargs++
			}
			if fn := m.function(callable); fn != nil {
				kwnames := f.kwnames
				f.kwnames = nil
				pc += 4
				nf, e := m.prepareCall(fn, vals[sp-nargs:sp], kwnames)
				if e != nil {
					err = e
					break
				}
				// Pop the call's operands from the caller, then enter.
				sp -= oparg + 2
				f.PC, f.SP = pc, sp
				nf.Back = f
				m.frame = nf
				return Null, false, nil
			}
			if !isMeth {
				nf, e := m.initFrame(callable, vals[sp-oparg-1:sp], f.kwnames)
				if e != nil || nf != nil {
					f.kwnames = nil
					pc += 4
				}
				if e != nil {
					err = e
					break
				}
				if nf != nil {
					sp -= oparg + 2
					f.PC, f.SP = pc, sp
					nf.Back = f
					m.frame = nf
					return Null, false, nil
				}
			}
			f.PC, f.SP = pc, sp
			err = m.callOther(f, oparg)
			pc, sp = f.PC, f.SP
			if err != nil {
				break
			}
			continue
		case op.CALL_FUNCTION_EX:
			var kwargs Value = Null
			if oparg&1 != 0 {
				sp--
				kwargs = vals[sp]
				vals[sp] = Null
			}
			f.PC, f.SP = pc, sp
			r, e := m.callFunctionEx(vals[sp-2], vals[sp-1], kwargs)
			if e != nil {
				err = e
				break
			}
			sp -= 3
			clear(vals[sp : sp+3])
			vals[sp] = r
			sp++
			continue
		case op.MAKE_FUNCTION:
			fn, e := m.makeFunction(f, vals[:sp], oparg)
			if e != nil {
				err = e
				break
			}
			n := 1
			for b := 0; b < 4; b++ {
				if oparg&(1<<b) != 0 {
					n++
				}
			}
			clear(vals[sp-n : sp])
			sp -= n
			vals[sp] = fn
			sp++
			continue

		case op.LOAD_BUILD_CLASS:
			v, e := m.loadBuildClass(f)
			if e != nil {
				err = e
				break
			}
			vals[sp] = v
			sp++
			continue
		case op.LOAD_ASSERTION_ERROR:
			vals[sp] = m.types.exceptions["AssertionError"].self
			sp++
			continue
		case op.SETUP_ANNOTATIONS:
			if e := m.setupAnnotations(f); e != nil {
				err = e
				break
			}
			continue
		case op.IMPORT_NAME:
			r, e := m.importName(f, f.Code.Names[oparg], vals[sp-1], vals[sp-2])
			if e != nil {
				err = e
				break
			}
			sp--
			vals[sp] = Null
			vals[sp-1] = r
			continue
		case op.IMPORT_FROM:
			r, e := m.importFrom(vals[sp-1], f.Code.Names[oparg])
			if e != nil {
				err = e
				break
			}
			vals[sp] = r
			sp++
			continue
		case op.IMPORT_STAR:
			if e := m.importStar(f, vals[sp-1]); e != nil {
				err = e
				break
			}
			sp--
			vals[sp] = Null
			continue

		case op.RAISE_VARARGS:
			var exc, cause Value = Null, Null
			switch oparg {
			case 2:
				cause, exc = vals[sp-1], vals[sp-2]
			case 1:
				exc = vals[sp-1]
			}
			sp -= oparg
			clear(vals[sp : sp+oparg])
			if oparg == 0 {
				e, ok := m.reraiseCurrent()
				err = e
				m.reraising = ok
				break
			}
			err = m.doRaise(exc, cause)
		case op.RERAISE:
			sp--
			exc := vals[sp]
			vals[sp] = Null
			if oparg != 0 {
				m.unwindAt = f.Lasti
				f.Lasti = int(vals[sp-oparg].SmallInt())
			}
			err = &Raise{Exc: exc}
			m.reraising = true
		case op.PUSH_EXC_INFO:
			// exc PUSH_EXC_INFO -- prev exc
			exc := vals[sp-1]
			top := len(m.excInfo) - 1
			vals[sp-1] = m.excInfo[top]
			m.excInfo[top] = exc
			vals[sp] = exc
			sp++
			continue
		case op.POP_EXCEPT:
			sp--
			m.excInfo[len(m.excInfo)-1] = vals[sp]
			vals[sp] = Null
			continue
		case op.CHECK_EXC_MATCH:
			r, e := m.checkExcMatch(vals[sp-2], vals[sp-1])
			if e != nil {
				err = e
				break
			}
			vals[sp-1] = Bool(r)
			continue
		case op.CHECK_EG_MATCH:
			// exc type CHECK_EG_MATCH -- rest match | exc None
			if e := m.checkExceptStarType(vals[sp-1]); e != nil {
				err = e
				break
			}
			match, rest, e := m.exceptStarMatch(vals[sp-2], vals[sp-1])
			if e != nil {
				err = e
				break
			}
			if match == None {
				vals[sp-1] = None
				continue
			}
			vals[sp-2] = rest
			vals[sp-1] = match
			m.excInfo[len(m.excInfo)-1] = match
			continue
		case op.PREP_RERAISE_STAR:
			// orig excs PREP_RERAISE_STAR -- val
			r, e := m.prepReraiseStar(vals[sp-2], vals[sp-1])
			if e != nil {
				err = e
				break
			}
			sp--
			vals[sp-1] = r
			continue
		case op.BEFORE_WITH, op.BEFORE_ASYNC_WITH:
			// mgr -- exit res
			enter := m.beforeWith
			if opcode == op.BEFORE_ASYNC_WITH {
				enter = m.beforeAsyncWith
			}
			exit, res, e := enter(vals[sp-1])
			if e != nil {
				err = e
				break
			}
			vals[sp-1] = exit
			vals[sp] = res
			sp++
			continue
		case op.WITH_EXCEPT_START:
			// exit lasti prev exc WITH_EXCEPT_START -- exit lasti prev exc res
			exc := vals[sp-1]
			f.PC, f.SP = pc, sp
			r, e := m.Call(vals[sp-4], []Value{m.TypeOf(exc).self, exc, m.exceptionTraceback(exc)}, nil)
			if e != nil {
				err = e
				break
			}
			vals[sp] = r
			sp++
			continue

		case op.RETURN_GENERATOR:
			g := m.newGenerator(f)
			f.PC, f.SP = pc, sp
			r := g.self
			entry := f.entry
			back := f.Back
			m.detachGenFrame(f)
			if entry {
				return r, true, nil
			}
			if back.PC < len(back.Code.Units) && op.Opcode(back.Code.Units[back.PC]&0xff) == op.GET_ITER {
				g.freshForLoop = true
			}
			back.Vals[back.SP] = r
			back.SP++
			return Null, false, nil
		case op.YIELD_VALUE:
			sp--
			r := vals[sp]
			f.PC, f.SP = pc, sp
			// Generator frames always run as entry frames (resumed
			// from Go by send/next).
			m.genYielded(f.Gen)
			m.frame = f.Back
			return r, true, nil
		case op.GET_YIELD_FROM_ITER:
			r, e := m.getYieldFromIter(f, vals[sp-1])
			if e != nil {
				err = e
				break
			}
			vals[sp-1] = r
			continue
		case op.SEND:
			// receiver v SEND -- receiver result | (jump) value
			f.PC, f.SP = pc, sp
			m.heap.pins.coop = vals[sp-2]
			r, done, e := m.send(vals[sp-2], vals[sp-1])
			m.heap.pins.coop = Null
			if e != nil {
				err = e
				break
			}
			if done {
				sp--
				vals[sp] = Null
				vals[sp-1] = r
				pc += oparg
				continue
			}
			vals[sp-1] = r
			continue
		case op.GET_AWAITABLE:
			r, e := m.getAwaitable(vals[sp-1], oparg)
			if e != nil {
				err = e
				break
			}
			vals[sp-1] = r
			continue
		case op.GET_AITER:
			r, e := m.getAIter(vals[sp-1])
			if e != nil {
				err = e
				break
			}
			vals[sp-1] = r
			continue
		case op.GET_ANEXT:
			r, e := m.getANext(vals[sp-1])
			if e != nil {
				err = e
				break
			}
			vals[sp] = r
			sp++
			continue
		case op.END_ASYNC_FOR:
			// aiter exc END_ASYNC_FOR --
			exc := vals[sp-1]
			if m.TypeOf(exc).IsSubtype(m.types.exceptions["StopAsyncIteration"]) {
				sp -= 2
				continue
			}
			sp--
			err = &Raise{Exc: exc}
			m.reraising = true
		case op.ASYNC_GEN_WRAP:
			vals[sp-1] = m.asyncGenWrap(vals[sp-1])
			continue

		case op.GET_LEN:
			n, e := m.Len(vals[sp-1])
			if e != nil {
				err = e
				break
			}
			vals[sp] = m.NewInt(int64(n))
			sp++
			continue
		case op.MATCH_MAPPING, op.MATCH_SEQUENCE:
			vals[sp] = Bool(m.matchKind(vals[sp-1], opcode == op.MATCH_MAPPING))
			sp++
			continue
		case op.MATCH_KEYS:
			r, e := m.matchKeys(vals[sp-2], vals[sp-1])
			if e != nil {
				err = e
				break
			}
			vals[sp] = r
			sp++
			continue
		case op.MATCH_CLASS:
			// subject type names MATCH_CLASS -- attrs|None
			r, e := m.matchClass(vals[sp-3], vals[sp-2], oparg, vals[sp-1])
			if e != nil {
				err = e
				break
			}
			sp -= 2
			vals[sp], vals[sp+1] = Null, Null
			vals[sp-1] = r
			continue
		case op.PRINT_EXPR:
			sp--
			v := vals[sp]
			vals[sp] = Null
			f.PC, f.SP = pc, sp
			if e := m.printExpr(v); e != nil {
				err = e
				break
			}
			continue
		default:
			// The forms quickening and specialization install.
			at := pc - 1
			switch opKind[opcode] {
			case op.Adaptive:
				if f.Code.Units[pc] < 1<<backoffBits {
					f.PC, f.SP = pc, sp
					m.specAttempt(f, at, oparg)
					opcode = op.Opcode(f.Code.Units[at] & 0xff)
					// The same unit is dispatched again: a stats build
					// counts that execution of the new form.
					if m.stats != nil {
						m.stats.Executions[opcode]++
					}
				} else {
					m.specDeferred(f, at, baseOf[opcode])
					opcode = baseOf[opcode]
				}
				goto dispatch
			case op.Super:
				// The first half, then the second with the next unit's
				// oparg; f_lasti stays on the first.
				switch opcode {
				case op.LOAD_FAST__LOAD_FAST, op.LOAD_FAST__LOAD_CONST:
					v := vals[oparg]
					if v == Null {
						err = m.unboundLocal(f, oparg)
						break
					}
					vals[sp] = v
					sp++
				case op.STORE_FAST__LOAD_FAST, op.STORE_FAST__STORE_FAST:
					sp--
					vals[oparg] = vals[sp]
				case op.LOAD_CONST__LOAD_FAST:
					vals[sp] = f.Code.Consts[oparg]
					sp++
				}
				if err != nil {
					break
				}
				oparg = int(f.Code.Units[pc] >> 8)
				pc++
				switch opcode {
				case op.LOAD_FAST__LOAD_FAST, op.STORE_FAST__LOAD_FAST, op.LOAD_CONST__LOAD_FAST:
					v := vals[oparg]
					if v == Null {
						err = m.unboundLocal(f, oparg)
						break
					}
					vals[sp] = v
					sp++
				case op.LOAD_FAST__LOAD_CONST:
					vals[sp] = f.Code.Consts[oparg]
					sp++
				case op.STORE_FAST__STORE_FAST:
					sp--
					vals[oparg] = vals[sp]
				}
				if err != nil {
					break
				}
				continue
			case op.Specialized:
				switch opcode {
				case op.RESUME_QUICK:
					continue
				case op.JUMP_BACKWARD_QUICK:
					pc -= oparg
					continue
				}
				body := specBodies[opcode]
				if body == nil {
					err = m.Raisef(m.types.SystemError, "no body for %s", opcode)
					break
				}
				f.PC, f.SP = pc, sp
				res, e := body(m, f, oparg)
				switch res {
				case specHit:
					m.specHitStat(f, at, opcode)
					pc, sp = f.PC, f.SP
					continue
				case specEntered:
					m.specHitStat(f, at, opcode)
					return Null, false, nil
				case specError:
					m.specHitStat(f, at, opcode)
					pc, sp = f.PC, f.SP
					err = e
				default:
					m.specMissed(f, at, oparg)
					opcode = baseOf[opcode]
					// The base instruction is dispatched (and counted).
					if m.stats != nil {
						m.stats.Executions[opcode]++
					}
					goto dispatch
				}
			default:
				err = m.Raisef(m.types.SystemError, "unknown opcode %d", int(opcode))
			}
		}
	}
	f.PC, f.SP = pc, sp
	return Null, false, err
}
