package vm

import (
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// cacheCount[opcode] is the number of inline cache units after it.
var cacheCount [256]uint8

func init() {
	for i := 0; i < 256; i++ {
		o := op.Opcode(i)
		if o.Valid() {
			cacheCount[i] = uint8(o.Caches())
		}
	}
}

// eval runs frames from entry until entry returns (its return value) or
// an exception leaves it (a *Raise error). Python-to-Python calls push
// frames and stay in this loop.
//
// The loop has two levels. The inner loop runs the common instructions
// and the fast paths of many others with the frame's state in five
// locals: f, code, vals, pc and sp. What it leaves to a call (execute,
// genericOp, a specialized form's body, __next__, a frame push) runs
// with the state written back to the frame and reloaded after, so that
// no local is live across a call: vals is never sliced here (its
// capacity would be one more live value), and an opcode or argument
// needed after a call is kept in the frame (heldOp, heldArg). Go's
// register allocator spills a loop-carried local at the dispatch as soon
// as any path needs it after a call (the value prototype measured 20-40%
// from keeping them few); it still spills some where a case needs many
// registers. Changes here are judged by the machine instructions
// executed (perf stat), which are stable where times are not. Go
// compiles the switch to one jump table.
func (m *Machine) eval(entry *Frame) (Value, error) {
	entry.entry = true
	m.frame = entry
	for {
		f := m.frame
		code, vals, pc, sp := f.Code.Units, f.Vals, f.PC, f.SP
		fuelOut := false
		var hotErr error
		// opcode and oparg are what execute runs when the inner loop
		// gives up: the instruction at pc-1, or the base form of a
		// deferred or missed one (whose counter the inner loop has
		// already handled).
		var opcode op.Opcode
		var oparg int
		if m.stats != nil {
			// Statistics count every instruction: all go to execute.
			if m.fuel <= 0 {
				fuelOut = true
			} else {
				m.fuel--
				opcode, oparg = op.Opcode(code[pc]&0xff), int(code[pc]>>8)
				m.stats.Executions[opcode]++
				pc++
			}
			goto slow
		}
	hot:
		for {
			if m.fuel <= 0 {
				// (The last instruction's opcode and argument are not
				// kept: they would be live around the loop.)
				fuelOut, opcode, oparg = true, 0, 0
				break
			}
			m.fuel--
			word := code[pc]
			opcode = op.Opcode(word & 0xff)
			oparg = int(word >> 8)
			pc++
		redispatch:
			switch opcode {
			case op.LOAD_FAST:
				v := vals[oparg]
				if v == Null {
					break hot
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
			case op.POP_TOP:
				if ip := f.Code.iterPops; ip != nil && ip[pc-1] {
					break hot // execute closes a generator the loop owned
				}
				sp--
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
			case op.NOP, op.RESUME_QUICK:
				continue
			case op.RESUME:
				if f.Code.warmup != 0 {
					break hot
				}
				continue
			case op.JUMP_FORWARD:
				pc += oparg
				continue
			case op.JUMP_BACKWARD:
				if f.Code.warmup != 0 {
					break hot
				}
				pc -= oparg
				continue
			case op.JUMP_BACKWARD_QUICK, op.JUMP_BACKWARD_NO_INTERRUPT:
				pc -= oparg
				continue
			case op.POP_JUMP_FORWARD_IF_FALSE:
				v := vals[sp-1]
				if v != True && v != False {
					t, ok := knownTruth(v)
					if !ok {
						goto viaExecute
					}
					v = Bool(t)
				}
				if v == False {
					pc += oparg
				}
				sp--
				continue
			case op.POP_JUMP_FORWARD_IF_TRUE:
				v := vals[sp-1]
				if v != True && v != False {
					t, ok := knownTruth(v)
					if !ok {
						goto viaExecute
					}
					v = Bool(t)
				}
				if v == True {
					pc += oparg
				}
				sp--
				continue
			case op.POP_JUMP_BACKWARD_IF_FALSE:
				v := vals[sp-1]
				if v != True && v != False {
					t, ok := knownTruth(v)
					if !ok {
						goto viaExecute
					}
					v = Bool(t)
				}
				if v == False {
					pc -= oparg
				}
				sp--
				continue
			case op.POP_JUMP_BACKWARD_IF_TRUE:
				v := vals[sp-1]
				if v != True && v != False {
					t, ok := knownTruth(v)
					if !ok {
						goto viaExecute
					}
					v = Bool(t)
				}
				if v == True {
					pc -= oparg
				}
				sp--
				continue
			case op.POP_JUMP_FORWARD_IF_NONE:
				sp--
				if vals[sp] == None {
					pc += oparg
				}
				continue
			case op.POP_JUMP_FORWARD_IF_NOT_NONE:
				sp--
				if vals[sp] != None {
					pc += oparg
				}
				continue
			case op.IS_OP:
				sp--
				vals[sp-1] = Bool((vals[sp-1] == vals[sp]) != (oparg == 1))
				continue
			case op.BINARY_OP:
				a, b := vals[sp-2], vals[sp-1]
				var r Value
				if a.IsSmallInt() && b.IsSmallInt() {
					x, y := a.SmallInt(), b.SmallInt()
					var z int64
					switch oparg {
					case NbAdd, NbAdd + NbInplace:
						z = x + y
					case NbSubtract, NbSubtract + NbInplace:
						z = x - y
					case NbMultiply, NbMultiply + NbInplace:
						// Small ints have 50 bits: |x*y| < 2^63 when both
						// are below 2^31.
						if x != int64(int32(x)) || y != int64(int32(y)) {
							goto viaGeneric
						}
						z = x * y
					case NbAnd, NbAnd + NbInplace:
						z = x & y
					case NbOr, NbOr + NbInplace:
						z = x | y
					case NbXor, NbXor + NbInplace:
						z = x ^ y
					case NbRemainder, NbRemainder + NbInplace:
						// Python's remainder has the divisor's sign.
						if y == 0 {
							goto viaGeneric
						}
						z = x % y
						if z != 0 && (z < 0) != (y < 0) {
							z += y
						}
					case NbFloorDivide, NbFloorDivide + NbInplace:
						// Python's quotient rounds toward minus infinity.
						if y == 0 {
							goto viaGeneric
						}
						z = x / y
						if (x%y != 0) && ((x < 0) != (y < 0)) {
							z--
						}
					case NbRshift, NbRshift + NbInplace:
						if y < 0 {
							goto viaGeneric
						}
						z = x >> min(y, 63)
					case NbLshift, NbLshift + NbInplace:
						if y < 0 || y > 63 {
							goto viaGeneric
						}
						z = x << y
						if z>>y != x {
							goto viaGeneric
						}
					case NbTrueDivide, NbTrueDivide + NbInplace:
						// Both exact as doubles (below 2**53): one
						// correctly rounded division, as long_true_divide.
						if y == 0 {
							goto viaGeneric
						}
						vals[sp-2] = FloatValue(float64(x) / float64(y))
						sp--
						pc++
						continue
					default:
						goto viaGeneric
					}
					if z < MinSmallInt || z > MaxSmallInt {
						goto viaGeneric
					}
					r = SmallIntValue(z)
				} else if a.IsFloat() && b.IsFloat() || a.IsFloat() && b.IsSmallInt() || a.IsSmallInt() && b.IsFloat() {
					// A small int converts to a double exactly (as
					// PyLong_AsDouble does for it in float's slots).
					x, y := smallNumberDouble(a), smallNumberDouble(b)
					var z float64
					switch oparg {
					case NbAdd, NbAdd + NbInplace:
						z = x + y
					case NbSubtract, NbSubtract + NbInplace:
						z = x - y
					case NbMultiply, NbMultiply + NbInplace:
						z = x * y
					case NbTrueDivide, NbTrueDivide + NbInplace:
						if y == 0 {
							goto viaGeneric
						}
						z = x / y
					default:
						goto viaGeneric
					}
					if z != z {
						goto viaGeneric // a NaN is a heap object (Machine.Float)
					}
					r = FloatValue(z)
				} else {
					goto viaGeneric
				}
				sp--
				vals[sp-1] = r
				pc++
				continue
			case op.COMPARE_OP:
				a, b := vals[sp-2], vals[sp-1]
				var c int
				if a.IsSmallInt() && b.IsSmallInt() {
					x, y := a.SmallInt(), b.SmallInt()
					switch {
					case x < y:
						c = -1
					case x > y:
						c = 1
					}
				} else if (a.IsFloat() || a.IsSmallInt()) && (b.IsFloat() || b.IsSmallInt()) {
					// Floats, or a float and a small int, which converts
					// exactly (float_richcompare compares them as
					// doubles).
					x, y := smallNumberDouble(a), smallNumberDouble(b)
					switch {
					case x < y:
						c = -1
					case x > y:
						c = 1
					case x != y: // a NaN: every comparison but != is false
						sp--
						vals[sp-1] = Bool(CompareOp(oparg) == NE)
						pc += 2
						continue
					}
				} else {
					goto viaGeneric
				}
				sp--
				vals[sp-1] = cmpResult(c, CompareOp(oparg))
				pc += 2
				continue
			// The forms quickening installs. Each handles only the case
			// where its guards hold; anything else (a miss, an unbound
			// local) goes to execute, which runs the full form.
			case op.LOAD_FAST__LOAD_FAST:
				x, y := vals[oparg], vals[code[pc]>>8]
				if x == Null || y == Null {
					break hot
				}
				vals[sp], vals[sp+1] = x, y
				sp += 2
				pc++
				continue
			case op.LOAD_FAST__LOAD_CONST:
				x := vals[oparg]
				if x == Null {
					break hot
				}
				vals[sp], vals[sp+1] = x, f.Code.Consts[code[pc]>>8]
				sp += 2
				pc++
				continue
			case op.LOAD_CONST__LOAD_FAST:
				y := vals[code[pc]>>8]
				if y == Null {
					break hot
				}
				vals[sp], vals[sp+1] = f.Code.Consts[oparg], y
				sp += 2
				pc++
				continue
			case op.STORE_FAST__LOAD_FAST:
				o2 := int(code[pc] >> 8)
				if o2 != oparg && vals[o2] == Null {
					break hot
				}
				vals[oparg] = vals[sp-1]
				vals[sp-1] = vals[o2]
				pc++
				continue
			case op.STORE_FAST__STORE_FAST:
				vals[oparg] = vals[sp-1]
				vals[code[pc]>>8] = vals[sp-2]
				sp -= 2
				pc++
				continue
			case op.BINARY_OP_ADD_INT, op.BINARY_OP_SUBTRACT_INT:
				a, b := vals[sp-2], vals[sp-1]
				if !a.IsSmallInt() || !b.IsSmallInt() {
					break hot
				}
				z := a.SmallInt() + b.SmallInt()
				if opcode == op.BINARY_OP_SUBTRACT_INT {
					z = a.SmallInt() - b.SmallInt()
				}
				if z < MinSmallInt || z > MaxSmallInt {
					break hot
				}
				sp--
				vals[sp-1] = SmallIntValue(z)
				pc++
				continue
			case op.BINARY_OP_MULTIPLY_INT:
				a, b := vals[sp-2], vals[sp-1]
				if !a.IsSmallInt() || !b.IsSmallInt() {
					break hot
				}
				x, y := a.SmallInt(), b.SmallInt()
				if x != int64(int32(x)) || y != int64(int32(y)) {
					break hot
				}
				z := x * y
				if z < MinSmallInt || z > MaxSmallInt {
					break hot
				}
				sp--
				vals[sp-1] = SmallIntValue(z)
				pc++
				continue
			case op.BINARY_OP_ADD_FLOAT, op.BINARY_OP_SUBTRACT_FLOAT, op.BINARY_OP_MULTIPLY_FLOAT:
				a, b := vals[sp-2], vals[sp-1]
				if !a.IsFloat() || !b.IsFloat() {
					break hot
				}
				x, y := a.FloatVal(), b.FloatVal()
				var z float64
				switch opcode {
				case op.BINARY_OP_ADD_FLOAT:
					z = x + y
				case op.BINARY_OP_SUBTRACT_FLOAT:
					z = x - y
				default:
					z = x * y
				}
				if z != z {
					break hot // a NaN is a heap object (Machine.Float)
				}
				sp--
				vals[sp-1] = FloatValue(z)
				pc++
				continue
			case op.COMPARE_OP_INT_JUMP, op.COMPARE_OP_FLOAT_JUMP:
				// The comparison fused with the conditional jump after
				// it: the cached mask says which outcomes jump, and
				// which way (CPython 3.11).
				a, b := vals[sp-2], vals[sp-1]
				sign := 0
				if opcode == op.COMPARE_OP_INT_JUMP {
					if !a.IsSmallInt() || !b.IsSmallInt() {
						break hot
					}
					x, y := a.SmallInt(), b.SmallInt()
					if x <= -1<<30 || x >= 1<<30 || y <= -1<<30 || y >= 1<<30 {
						break hot
					}
					if x < y {
						sign = -1
					} else if x > y {
						sign = 1
					}
				} else {
					if !a.IsFloat() || !b.IsFloat() {
						break hot
					}
					x, y := a.FloatVal(), b.FloatVal()
					if x < y {
						sign = -1
					} else if x > y {
						sign = 1
					}
				}
				sp -= 2
				jump := 9 << (sign + 1) & int(code[pc+1])
				jarg := int(code[pc+2] >> 8)
				pc += 3
				if jump >= 8 {
					pc -= jarg
				} else if jump != 0 {
					pc += jarg
				}
				continue
			case op.LOAD_GLOBAL_MODULE, op.LOAD_GLOBAL_BUILTIN:
				// The globals' keys are still those the index was taken
				// from (and, for a builtin, the builtins' keys too).
				d := f.Globals
				if d.typ != m.types.Dict || d.keys.version != uint32(code[pc+2])|uint32(code[pc+3])<<16 {
					goto hotMiss
				}
				if opcode == op.LOAD_GLOBAL_BUILTIN {
					d = f.Builtins
					if d.typ != m.types.Dict || d.keys.version != uint32(code[pc+4]) {
						goto hotMiss
					}
				}
				v := d.EntryValue(int(code[pc+1]))
				if v == Null {
					goto hotMiss
				}
				if oparg&1 != 0 {
					vals[sp] = Null
					sp++
				}
				vals[sp] = v
				sp++
				pc += 5
				continue
			case op.LOAD_ATTR_INSTANCE_VALUE:
				// Same type version, inline values still in use, a value
				// in the cached slot.
				owner := vals[sp-1]
				if !owner.IsRef() {
					goto hotMiss
				}
				o, ok := m.heap.objs[owner].(*Instance)
				if !ok || o.typ.VersionTag != uint32(code[pc+1])|uint32(code[pc+2])<<16 || o.values == nil {
					goto hotMiss
				}
				ix := int(code[pc+3])
				if ix >= len(o.values.vals) || o.values.vals[ix] == Null {
					goto hotMiss
				}
				vals[sp-1] = o.values.vals[ix]
				pc += 4
				continue
			case op.LOAD_METHOD_WITH_VALUES, op.LOAD_METHOD_NO_DICT:
				// Same type version; for WITH_VALUES, no dict and the
				// class's shared keys unchanged (no instance has an
				// attribute that could shadow the method).
				self := vals[sp-1]
				t := m.TypeOf(self)
				if t.VersionTag == 0 {
					break hot // execute checks a descr cached under version 0
				}
				if t.VersionTag != uint32(code[pc+1])|uint32(code[pc+2])<<16 {
					goto hotMiss
				}
				if opcode == op.LOAD_METHOD_WITH_VALUES {
					o, ok := m.heap.objs[self].(*Instance)
					if !ok {
						break hot // a builtin subclass's instance: execute checks it
					}
					if o.dict != nil || t.CachedKeys == nil ||
						t.CachedKeys.version != uint32(code[pc+4])|uint32(code[pc+5])<<16 {
						goto hotMiss
					}
				}
				vals[sp-1] = readValue(code, pc+6)
				vals[sp] = self
				sp++
				pc += 10
				continue
			case op.PRECALL_PYFUNC:
				callable := vals[sp-oparg-1]
				if vals[sp-oparg-2] != Null {
					callable = vals[sp-oparg-2]
				}
				if m.function(callable) == nil {
					goto hotMiss
				}
				pc++
				continue
			case op.BINARY_SUBSCR:
				{
					// A list or tuple indexed by a non-negative int in range
					// (what generic 3.11 does for them, without the calls).
					i, ok := SubscrIndex(vals[sp-1])
					if !ok || !vals[sp-2].IsRef() {
						goto viaGeneric
					}
					var r Value
					switch o := m.heap.objs[vals[sp-2]].(type) {
					case *List:
						if o.typ != m.types.List || i >= len(o.Items) {
							goto viaGeneric
						}
						r = o.Items[i]
					case *Tuple:
						if o.typ != m.types.Tuple || i >= len(o.Items) {
							goto viaGeneric
						}
						r = o.Items[i]
					default:
						goto viaGeneric
					}
					sp--
					vals[sp-1] = r
					pc += binarySubscrCaches
					continue
				}
			case op.BINARY_SUBSCR_LIST_INT:
				i, ok := SubscrIndex(vals[sp-1])
				if !ok {
					goto hotMiss
				}
				l := m.list(vals[sp-2])
				if l == nil || l.typ != m.types.List || i >= len(l.Items) {
					goto hotMiss
				}
				sp--
				vals[sp-1] = l.Items[i]
				pc += 4
				continue
			case op.BINARY_SUBSCR_TUPLE_INT:
				i, ok := SubscrIndex(vals[sp-1])
				if !ok {
					goto hotMiss
				}
				t := m.tuple(vals[sp-2])
				if t == nil || t.typ != m.types.Tuple || i >= len(t.Items) {
					goto hotMiss
				}
				sp--
				vals[sp-1] = t.Items[i]
				pc += binarySubscrCaches
				continue
			case op.STORE_SUBSCR, op.STORE_SUBSCR_LIST_INT:
				// An exact list indexed by a non-negative int in range.
				{
					i, ok := SubscrIndex(vals[sp-1])
					l := m.list(vals[sp-2])
					if !ok || l == nil || l.typ != m.types.List || i >= len(l.Items) {
						if opcode == op.STORE_SUBSCR {
							goto viaGeneric
						}
						goto hotMiss
					}
					l.Items[i] = vals[sp-3]
					sp -= 3
					pc += storeSubscrCaches
					continue
				}
			case op.UNPACK_SEQUENCE, op.UNPACK_SEQUENCE_TWO_TUPLE, op.UNPACK_SEQUENCE_TUPLE, op.UNPACK_SEQUENCE_LIST:
				// An exact tuple or list of oparg items (the specialized
				// forms: the one they name; TWO_TUPLE is only made for
				// oparg 2). Anything else goes to execute, or is a miss.
				{
					var items []Value
					ok := vals[sp-1].IsRef()
					if ok {
						switch o := m.heap.objs[vals[sp-1]].(type) {
						case *Tuple:
							ok = o.typ == m.types.Tuple && opcode != op.UNPACK_SEQUENCE_LIST
							items = o.Items
						case *List:
							ok = o.typ == m.types.List && (opcode == op.UNPACK_SEQUENCE || opcode == op.UNPACK_SEQUENCE_LIST)
							items = o.Items
						default:
							ok = false
						}
					}
					if !ok || len(items) != oparg {
						if opcode == op.UNPACK_SEQUENCE {
							break hot
						}
						goto hotMiss
					}
					sp--
					for j := len(items) - 1; j >= 0; j-- {
						vals[sp] = items[j]
						sp++
					}
					pc += unpackCaches
					continue
				}
			case op.STORE_ATTR_INSTANCE_VALUE:
				// Same type version, inline values still in use; a slot
				// filled for the first time joins the insertion order
				// (when that needs more room, execute does it).
				owner := vals[sp-1]
				if !owner.IsRef() {
					goto hotMiss
				}
				o, ok := m.heap.objs[owner].(*Instance)
				if !ok || o.typ.VersionTag != uint32(code[pc+1])|uint32(code[pc+2])<<16 || o.values == nil {
					goto hotMiss
				}
				iv := o.values
				ix := int(code[pc+3])
				if ix >= len(iv.vals) {
					goto hotMiss
				}
				if iv.vals[ix] == Null {
					n := len(iv.order)
					if n == cap(iv.order) {
						break hot
					}
					iv.order = iv.order[:n+1]
					iv.order[n] = uint8(ix)
				}
				iv.vals[ix] = vals[sp-2]
				sp -= 2
				pc += 4
				continue
			case op.EXTENDED_ARG_QUICK, op.EXTENDED_ARG:
				// The prefixed instruction runs with the wider oparg, as
				// one step (execute does the same); after an unquickened
				// EXTENDED_ARG, in its base form.
				opcode, oparg = prefixed(opcode, oparg, code[pc])
				pc++
				goto redispatch
			case op.BUILD_TUPLE, op.BUILD_LIST, op.BUILD_MAP, op.BUILD_CONST_KEY_MAP, op.BUILD_SET,
				op.BUILD_SLICE, op.BUILD_STRING, op.FORMAT_VALUE, op.SET_ADD, op.MAP_ADD,
				op.LIST_EXTEND, op.LIST_TO_TUPLE, op.GET_ITER, op.UNARY_INVERT, op.UNARY_POSITIVE:
				goto viaExecute
			case op.CONTAINS_OP, op.LOAD_ATTR, op.STORE_ATTR, op.LOAD_METHOD:
				goto viaGeneric
			case op.LOAD_DEREF:
				v := m.cellOf(vals[oparg]).V
				if v == Null {
					break hot
				}
				vals[sp] = v
				sp++
				continue
			case op.STORE_DEREF:
				sp--
				m.cellOf(vals[oparg]).V = vals[sp]
				continue
			case op.COPY_FREE_VARS:
				cells := m.tuple(f.Func.Closure).Items[:oparg]
				dst := f.Vals[f.Code.NLocalsPlus-oparg:]
				for j, c := range cells {
					dst[j] = c
				}
				continue
			case op.KW_NAMES:
				f.kwnames = m.tuple(f.Code.Consts[oparg]).Items
				continue
			case op.UNARY_NEGATIVE:
				v := vals[sp-1]
				switch {
				case v.IsSmallInt() && v != SmallIntValue(MinSmallInt):
					vals[sp-1] = SmallIntValue(-v.SmallInt())
				case v.IsFloat():
					vals[sp-1] = FloatValue(-v.FloatVal())
				default:
					break hot
				}
				continue
			case op.UNARY_NOT:
				v := vals[sp-1]
				if v != True && v != False {
					t, ok := knownTruth(v)
					if !ok {
						break hot
					}
					v = Bool(t)
				}
				vals[sp-1] = Bool(v == False)
				continue
			case op.LIST_APPEND:
				// A comprehension's list, while it has room.
				l := m.list(vals[sp-1-oparg])
				if l == nil {
					break hot
				}
				if n := len(l.Items); n < l.Allocated && n < cap(l.Items) {
					sp--
					l.Items = l.Items[:n+1]
					l.Items[n] = vals[sp]
					continue
				}
				goto viaExecute // the list grows
			case op.PRECALL_NO_KW_LIST_APPEND:
				// l.append(x) on an exact list with room (anything else:
				// execute runs the specialized form).
				if oparg != 1 || f.kwnames != nil || !m.IsCachedListAppend(vals[sp-3]) {
					goto hotMiss
				}
				l, _ := m.heap.objs[vals[sp-2]].(*List)
				if l == nil || l.typ != m.types.List {
					goto viaBody
				}
				if n := len(l.Items); n < l.Allocated && n < cap(l.Items) {
					l.Items = l.Items[:n+1]
					l.Items[n] = vals[sp-1]
					sp -= 3
					pc += skipCall + 1
					continue
				}
				goto viaBody
			case op.PRECALL_NO_KW_LEN:
				// len() of an exact list, tuple, dict or str whose length
				// is known; any other argument: the body calls len.
				if oparg != 1 || vals[sp-3] != Null || f.kwnames != nil || !m.IsCachedLen(vals[sp-2]) {
					goto hotMiss
				}
				if !vals[sp-1].IsRef() {
					goto viaBody
				}
				var n int
				switch o := m.heap.objs[vals[sp-1]].(type) {
				case *List:
					if o.typ != m.types.List {
						goto viaBody
					}
					n = len(o.Items)
				case *Tuple:
					if o.typ != m.types.Tuple {
						goto viaBody
					}
					n = len(o.Items)
				case *Dict:
					if o.typ != m.types.Dict {
						goto viaBody
					}
					n = o.used
				case *Str:
					if o.typ != m.types.Str || o.length < 0 {
						goto viaBody
					}
					n = o.length
				default:
					goto viaBody
				}
				sp -= 2
				vals[sp-1] = SmallIntValue(int64(n))
				pc += skipCall
				continue
			case op.LOAD_CLOSURE:
				vals[sp] = vals[oparg]
				sp++
				continue
			case op.FOR_ITER:
				// Iterators of ranges, lists and tuples. An exhausted
				// list or tuple iterator goes to execute, which lets go
				// of its sequence.
				if !vals[sp-1].IsRef() {
					break hot
				}
				var x Value
				switch it := m.heap.objs[vals[sp-1]].(type) {
				case *rangeIterator:
					if !it.small {
						break hot
					}
					x = it.next()
					if x == Null {
						sp--
						pc += oparg
						continue
					}
				case *listIterator:
					if it.seq == Null {
						break hot
					}
					l, _ := m.heap.objs[it.seq].(*List)
					if l == nil || it.index >= len(l.Items) {
						break hot
					}
					x = l.Items[it.index]
					it.index++
				case *tupleIterator:
					if it.seq == Null {
						break hot
					}
					t, _ := m.heap.objs[it.seq].(*Tuple)
					if t == nil || it.index >= len(t.Items) {
						break hot
					}
					x = t.Items[it.index]
					it.index++
				default:
					// Any other iterator's __next__ (a generator's runs
					// in a nested loop), with the state in the frame.
					f.PC, f.SP, f.Lasti = pc, sp, pc-1
					f.heldArg = oparg
					var err error
					x, err = m.nextIn(vals[sp-1])
					f = m.frame
					code, vals, pc, sp = f.Code.Units, f.Vals, f.PC, f.SP
					if err != nil {
						hotErr = err
						break hot
					}
					if x == Null {
						sp--
						pc += f.heldArg
						continue
					}
				}
				vals[sp] = x
				sp++
				continue
			case op.YIELD_VALUE:
				// A generator's frame is the entry frame of the loop its
				// send or next runs: yielding returns from that loop.
				if !f.entry || f.Gen == nil {
					break hot
				}
				sp--
				f.PC, f.SP, f.Lasti = pc, sp, pc-1
				m.genYielded(f.Gen)
				m.frame = f.Back
				return vals[sp], nil
			case op.LOAD_NAME:
				f.PC, f.SP = pc, sp
				v := m.nameFast(f, f.Code.Names[oparg])
				f = m.frame
				code, vals, pc, sp = f.Code.Units, f.Vals, f.PC, f.SP
				if v == Null {
					break hot
				}
				vals[sp] = v
				sp++
				continue
			case op.STORE_NAME:
				f.PC, f.SP = pc, sp
				ok := m.storeNameFast(f, f.Code.Names[oparg], vals[sp-1])
				f = m.frame
				code, vals, pc, sp = f.Code.Units, f.Vals, f.PC, f.SP
				if !ok {
					break hot
				}
				sp--
				continue
			case op.LOAD_GLOBAL:
				// Calls below save the state to f and reload it after, so
				// no local is live across them (see above).
				f.PC, f.SP = pc, sp
				v := m.globalFast(f, f.Code.Names[oparg>>1])
				f = m.frame
				code, vals, pc, sp = f.Code.Units, f.Vals, f.PC, f.SP
				if v == Null {
					break hot
				}
				if code[pc-1]&0x100 != 0 { // oparg&1, read again
					vals[sp] = Null
					sp++
				}
				vals[sp] = v
				sp++
				pc += 5
				continue
			case op.CALL, op.CALL_PY_EXACT_ARGS:
				// A Python function called with positional arguments:
				// push its frame and go on in this loop.
				// CALL_PY_EXACT_ARGS guards the function's version and
				// argument count too.
				if oparg > 0xff || opcode == op.CALL_PY_EXACT_ARGS && f.kwnames != nil {
					break hot // (the error path below reads oparg again)
				}
				nargs := oparg
				callable := vals[sp-oparg-1]
				if vals[sp-oparg-2] != Null {
					callable = vals[sp-oparg-2]
					nargs++
				}
				fn := m.function(callable)
				if opcode == op.CALL_PY_EXACT_ARGS && (fn == nil || fn.Version != uint32(code[pc+1])|uint32(code[pc+2])<<16 ||
					fn.Code.ArgCount != nargs) {
					goto hotMiss
				}
				if fn == nil {
					// A class called as a function (its __init__'s frame
					// goes on in this loop): execute makes the call; any
					// other callable is called from genericOp.
					if nargs == oparg && m.TypeOf(callable) == m.types.Type {
						goto viaExecute
					}
					goto viaGeneric
				}
				// As execute: the keywords are taken off the frame, and
				// the operands stay on the stack while the arguments are
				// bound (which may run Python code: a key's __eq__ in
				// __kwdefaults__); the error, if any, is raised once.
				f.PC, f.SP, f.Lasti = pc, sp, pc-1
				kw := f.kwnames
				f.kwnames = nil
				var err error
				if kw == nil && fn.Code.exactArgs == nargs {
					err = m.pushExact(fn, f.Vals[sp-nargs:sp])
				} else {
					var nf *Frame
					if nf, err = m.prepareCall(fn, f.Vals[sp-nargs:sp], kw); err == nil {
						nf.Back = m.frame
						m.frame = nf
					}
				}
				if err != nil {
					f = m.frame
					f.PC += 4
					code, vals, pc, sp = f.Code.Units, f.Vals, f.PC, f.SP
					hotErr = err
					break hot
				}
				// The caller goes on after the call's caches, its
				// operands popped (oparg read again: it is below 256).
				caller := m.frame.Back
				caller.PC += 4
				caller.SP -= int(caller.Code.Units[caller.Lasti]>>8) + 2
				f = m.frame
				code, vals, pc, sp = f.Code.Units, f.Vals, f.PC, f.SP
				continue
			case op.RETURN_VALUE:
				if f.Gen != nil {
					break hot
				}
				r := vals[sp-1]
				// A frame object outliving the frame shows this line.
				f.Lasti = pc - 1
				if f.entry && f.initSelf == Null {
					// The frame a Go caller runs: its loop returns.
					f.SP = sp - 1
					m.popFrame(f)
					return r, nil
				} else if f.entry {
					break hot
				}
				if f.initSelf != Null {
					// The __init__ of a class call gives the caller the
					// instance (any other value: execute raises).
					if r != None {
						break hot
					}
					r = f.initSelf
				}
				m.popFrame(f)
				f = m.frame
				code, vals, pc, sp = f.Code.Units, f.Vals, f.PC, f.SP
				vals[sp] = r
				sp++
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
				pc++
				continue
			case op.BINARY_OP_ADAPTIVE, op.COMPARE_OP_ADAPTIVE, op.LOAD_GLOBAL_ADAPTIVE,
				op.LOAD_ATTR_ADAPTIVE, op.STORE_ATTR_ADAPTIVE, op.LOAD_METHOD_ADAPTIVE,
				op.BINARY_SUBSCR_ADAPTIVE, op.STORE_SUBSCR_ADAPTIVE, op.UNPACK_SEQUENCE_ADAPTIVE,
				op.PRECALL_ADAPTIVE, op.CALL_ADAPTIVE:
				// Counting down to the next attempt: the base
				// instruction runs (an attempt itself is execute's).
				if code[pc] < 1<<backoffBits {
					break hot
				}
				code[pc] -= 1 << backoffBits
				opcode = baseOf[opcode]
				goto redispatch
			default:
				goto viaBody
			}
		viaBody:
			// Any other specialized form, or one whose inline case above
			// leaves it to its body: the body, called with the state in
			// the frame. A hit (or a pushed frame) goes on here; a miss,
			// which changed nothing, is counted below; an error goes to
			// unwind (the body has run: it must not run again).
			{
				body := specBodies[opcode]
				if body == nil {
					break hot
				}
				f.PC, f.SP, f.Lasti = pc, sp, pc-1
				f.heldOp, f.heldArg = opcode, oparg
				r, e := body(m, f, oparg)
				f = m.frame
				code, vals, pc, sp = f.Code.Units, f.Vals, f.PC, f.SP
				switch r {
				case specHit, specEntered:
					continue
				case specError:
					hotErr = e
					break hot
				}
				opcode, oparg = f.heldOp, f.heldArg
				goto hotMiss
			}
		viaGeneric:
			// A generic operation on the top of the stack, with the state
			// in the frame.
			{
				f.PC, f.SP, f.Lasti = pc, sp, pc-1
				err := m.genericOp(f, opcode, oparg)
				f = m.frame
				code, vals, pc, sp = f.Code.Units, f.Vals, f.PC, f.SP
				if err != nil {
					hotErr = err
					break hot
				}
				continue
			}
		viaExecute:
			// An instruction the case above leaves to execute, which runs
			// it from here with the state in the frame (it may push or
			// pop a frame; an entry frame's return returns from here).
			{
				f.PC, f.SP, f.Lasti = pc, sp, pc-1
				r, returned, err := m.execute(f, opcode, oparg)
				if returned {
					return r, nil
				}
				f = m.frame
				code, vals, pc, sp = f.Code.Units, f.Vals, f.PC, f.SP
				if err != nil {
					hotErr = err
					break hot
				}
				continue
			}
		hotMiss:
			// A guard of the specialized instruction at pc-1 failed
			// (nothing was changed). With a listener or history, execute
			// records the miss; otherwise: one off the budget, back to
			// the adaptive form at zero (as specMissed), then the base
			// instruction.
			if m.listener != nil || m.keepHistory {
				break hot
			}
			code[pc]--
			if code[pc] == 0 {
				code[pc-1] = code[pc-1]&0xff00 | uint16(adaptiveOf[baseOf[opcode]])
				code[pc] = counterStart
			}
			opcode = baseOf[opcode]
			goto redispatch
		}
	slow:
		f.PC, f.SP = pc, sp
		var err error
		if hotErr != nil {
			err, hotErr = hotErr, nil
		} else if fuelOut {
			err = m.breaker(f)
		} else {
			// The inner loop does not record f.Lasti. The instruction
			// going to execute is at pc-1 (after an EXTENDED_ARG, the
			// prefixed one: oparg is already the combined argument).
			f.Lasti = pc - 1
			var r Value
			var returned bool
			r, returned, err = m.execute(f, opcode, oparg)
			if returned {
				return r, nil
			}
		}
		if err != nil {
			if err := m.unwind(err); err != nil {
				return Null, err
			}
		}
	}
}

// unwind handles the exception err raised by the instruction at
// m.frame's Lasti, as CPython 3.11's exception_unwind: it records a
// traceback entry, then searches the exception table of each frame of
// this eval loop, innermost first. It returns nil when a handler took the
// exception (m.frame is the handler's frame, ready to run it), or the
// error when the exception leaves the loop's entry frame.
func (m *Machine) unwind(err error) error {
	f := m.frame
	exc, hostErr := m.exceptionOf(err)
	if hostErr != nil {
		return hostErr // a host failure: not a Python exception
	}
	if !m.reraising {
		m.chainContext(err.(*Raise))
		m.addTraceback(exc, f)
	}
	m.reraising = false
	for {
		at := f.Lasti
		if m.unwindAt >= 0 {
			at, m.unwindAt = m.unwindAt, -1
		}
		if h, ok := f.Code.handlerFor(at); ok {
			sp := f.Code.NLocalsPlus + h.Depth
			if f.SP > sp {
				m.dropLoopGens(f.Vals[sp:f.SP])
			}
			if h.Lasti {
				f.Vals[sp] = SmallIntValue(int64(f.Lasti))
				sp++
			}
			f.Vals[sp] = exc
			f.SP = sp + 1
			f.PC = h.Target
			return nil
		}
		// No handler: the frame exits with the exception.
		// Its stack goes, and a comprehension's iterator (.0) with it.
		lo := f.Code.NLocalsPlus
		if f.Code.comprehension {
			lo = 0
		}
		if f.SP > lo {
			m.dropLoopGens(f.Vals[lo:f.SP])
		}
		f.SP = f.Code.NLocalsPlus
		if f.Gen != nil {
			m.genRaised(f.Gen)
		}
		if f.entry {
			m.popFrame(f)
			return err
		}
		m.popFrame(f)
		f = m.frame
		m.addTraceback(exc, f)
	}
}

// knownTruth is v's truth value when no call can be needed for it (None,
// bools, small ints, floats); ok is false for anything else.
func knownTruth(v Value) (truth, ok bool) {
	switch {
	case v == True:
		return true, true
	case v == False, v == None:
		return false, true
	case v.IsSmallInt():
		return v != SmallIntValue(0), true
	case v.IsFloat():
		return v.FloatVal() != 0, true
	}
	return false, false
}

// binaryOpValues is BINARY_OP's operation: two small ints without a
// call when the result is one, anything else through BinaryOp.
func (m *Machine) binaryOpValues(a, b Value, oparg int) (Value, error) {
	if a.IsSmallInt() && b.IsSmallInt() {
		if r := m.smallIntOp(oparg, a.SmallInt(), b.SmallInt()); r != Null {
			return r, nil
		}
	}
	return m.BinaryOp(a, b, oparg)
}

// prefixed is the instruction an EXTENDED_ARG (opcode, with oparg) runs:
// the one in word, with the wider argument; after an unquickened
// EXTENDED_ARG, in its base form (as CPython 3.11 deoptimizes it).
func prefixed(opcode op.Opcode, oparg int, word uint16) (op.Opcode, int) {
	if opcode == op.EXTENDED_ARG {
		return baseOf[word&0xff], oparg<<8 | int(word>>8)
	}
	return op.Opcode(word & 0xff), oparg<<8 | int(word>>8)
}

// smallNumberDouble is v, a float or a small int, as a double (exact for
// a small int, as PyLong_AsDouble gives it).
func smallNumberDouble(v Value) float64 {
	if v.IsFloat() {
		return v.FloatVal()
	}
	return float64(v.SmallInt())
}
