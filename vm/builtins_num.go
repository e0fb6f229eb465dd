package vm

import (
	"math"

	"github.com/quicken-py/quicken/vm/num"
)

// Numeric builtins: abs, divmod, pow, round and sum.

var (
	specAbs    = &ArgSpec{Name: "abs", Kind: ArgsO}
	specDivmod = &ArgSpec{Name: "divmod", Kind: ArgsPositional, Min: 2, Max: 2}
	specPow    = &ArgSpec{Name: "pow", Kind: ArgsKeywords, Names: []string{"base", "exp", "mod"}, Min: 2, Max: 3}
	specRound  = &ArgSpec{Name: "round", Kind: ArgsKeywords, Names: []string{"number", "ndigits"}, Min: 1, Max: 2}
	specSum    = &ArgSpec{Name: "sum", Kind: ArgsKeywords, Names: []string{"", "start"}, PosOnly: 1, Min: 1, Max: 2}
)

func bltinAbs(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specAbs, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.Absolute(a[0])
}

// Absolute is PyNumber_Absolute.
func (m *Machine) Absolute(v Value) (Value, error) {
	if v.IsSmallInt() {
		if i := v.SmallInt(); i < 0 {
			return m.NewInt(-i), nil
		}
		return v, nil
	}
	if v.IsFloat() {
		return m.Float(math.Abs(v.FloatVal())), nil
	}
	t := m.TypeOf(v)
	if t.Absolute == nil {
		return Null, m.typeError("bad operand type for abs(): '%s'", t.Name)
	}
	return t.Absolute(m, v)
}

func bltinDivmod(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specDivmod, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.Divmod(a[0], a[1])
}

// The Slots have no nb_divmod (BINARY_OP never uses it), so divmod()
// tells the implementations apart itself: which one a type's nb_divmod
// would hold in CPython, which compares slot pointers to avoid calling the
// same one twice.
const (
	divmodNone = iota
	divmodLong
	divmodFloat
	divmodPython // slot_nb_divmod: __divmod__/__rdivmod__ defined in Python
)

// divmodSlot returns the kind of t's nb_divmod.
func (m *Machine) divmodSlot(t *Type) int {
	if t.IsHeap() {
		for _, name := range [...]string{"__divmod__", "__rdivmod__"} {
			if v := m.mroLookup(t, name); v != Null {
				if _, builtin := m.obj0(v).(*MethodDescriptor); !builtin {
					return divmodPython
				}
			}
		}
	}
	switch {
	case t.IsSubtype(m.types.Int):
		return divmodLong
	case t.IsSubtype(m.types.Float):
		return divmodFloat
	}
	return divmodNone
}

// Divmod is PyNumber_Divmod: binary_op1 over the nb_divmod slots.
func (m *Machine) Divmod(a, b Value) (Value, error) {
	ta, tb := m.TypeOf(a), m.TypeOf(b)
	sa := m.divmodSlot(ta)
	sb := divmodNone
	if tb != ta {
		sb = m.divmodSlot(tb)
		if sb == sa {
			sb = divmodNone
		}
	}
	if sa != divmodNone {
		if sb != divmodNone && tb.IsSubtype(ta) {
			r, err := m.callDivmodSlot(sb, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
			sb = divmodNone
		}
		r, err := m.callDivmodSlot(sa, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if sb != divmodNone {
		r, err := m.callDivmodSlot(sb, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return Null, m.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", ta.Name, tb.Name)
}

func (m *Machine) callDivmodSlot(kind int, a, b Value) (Value, error) {
	switch kind {
	case divmodLong:
		x, xb, xbig, ok1 := m.intOperand(a)
		y, yb, ybig, ok2 := m.intOperand(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		if !xbig && !ybig {
			if q, r, ok := num.DivModInt64(x, y); ok {
				return m.NewTuple([]Value{m.NewInt(q), m.NewInt(r)}), nil
			}
		}
		q, r, err := num.DivMod(toBig(x, xb, xbig), toBig(y, yb, ybig))
		if err != nil {
			return Null, m.numError(err)
		}
		return m.NewTuple([]Value{m.NewBigInt(q), m.NewBigInt(r)}), nil
	case divmodFloat:
		x, ok, err := m.floatOperand(a)
		if err != nil || !ok {
			return NotImplemented, err
		}
		y, ok, err := m.floatOperand(b)
		if err != nil || !ok {
			return NotImplemented, err
		}
		q, r, err := num.FloatDivMod(x, y)
		if err != nil {
			return Null, m.numError(err)
		}
		return m.NewTuple([]Value{m.Float(q), m.Float(r)}), nil
	case divmodPython:
		return m.slotBinaryPython(a, b, "__divmod__", "__rdivmod__", func(t *Type) bool { return m.divmodSlot(t) == divmodPython })
	}
	return NotImplemented, nil
}

// slotNbDivmod is slot_nb_divmod, the nb_divmod of a class defining
// __divmod__ or __rdivmod__ in Python.
func slotNbDivmod(m *Machine, a, b Value) (Value, error) { return m.callDivmodSlot(divmodPython, a, b) }

// intDivmod and floatDivmod are long_divmod and float_divmod.
func intDivmod(m *Machine, a, b Value) (Value, error)   { return m.callDivmodSlot(divmodLong, a, b) }
func floatDivmod(m *Machine, a, b Value) (Value, error) { return m.callDivmodSlot(divmodFloat, a, b) }

// slotBinaryPython is CPython's SLOT1BINFULL: the slot of a class that
// defines the operator in Python, called with the class's instance on
// either side; hasSlot reports whether a type's slot is this one.
func (m *Machine) slotBinaryPython(a, b Value, name, rname string, hasSlot func(*Type) bool) (Value, error) {
	ta, tb := m.TypeOf(a), m.TypeOf(b)
	doOther := ta != tb && hasSlot(tb)
	if hasSlot(ta) {
		// method_is_overloaded: the subclass goes first only if it
		// redefines the reflected method.
		if doOther && tb.IsSubtype(ta) && m.mroLookup(tb, rname) != m.mroLookup(ta, rname) {
			r, found, err := m.specialCall(b, rname, a)
			if err != nil || found && r != NotImplemented {
				return r, err
			}
			doOther = false
		}
		r, found, err := m.specialCall(a, name, b)
		if err != nil {
			return Null, err
		}
		if !found {
			r = NotImplemented
		}
		if r != NotImplemented || ta == tb {
			return r, nil
		}
	}
	if doOther {
		r, found, err := m.specialCall(b, rname, a)
		if err != nil || !found {
			return NotImplemented, err
		}
		return r, nil
	}
	return NotImplemented, nil
}

func bltinPow(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [3]Value
	if err := m.ParseArgs(specPow, args, kw, a[:]); err != nil {
		return Null, err
	}
	if a[2] == Null || a[2] == None {
		return m.BinaryOp(a[0], a[1], NbPower)
	}
	return m.Pow3(a[0], a[1], a[2])
}

// Pow3 is three-argument pow(): CPython's ternary_op over the nb_power
// slots of the three operands.
func (m *Machine) Pow3(a, b, c Value) (Value, error) {
	ta, tb, tc := m.TypeOf(a), m.TypeOf(b), m.TypeOf(c)
	fa := ta.Pow3
	var fb func(m *Machine, a, b, mod Value) (Value, error)
	if tb != ta {
		fb = tb.Pow3
		if fb != nil && fa != nil && sameTernary(fa, fb) {
			fb = nil
		}
	}
	if fa != nil {
		if fb != nil && tb.IsSubtype(ta) {
			r, err := fb(m, a, b, c)
			if err != nil || r != NotImplemented {
				return r, err
			}
			fb = nil
		}
		r, err := fa(m, a, b, c)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fb != nil {
		r, err := fb(m, a, b, c)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fc := tc.Pow3; fc != nil && (fa == nil || !sameTernary(fc, fa)) && (fb == nil || !sameTernary(fc, fb)) {
		r, err := fc(m, a, b, c)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return Null, m.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", ta.Name, tb.Name, tc.Name)
}

// sameTernary compares two nb_power slots by identity, as sameFunc does
// for binary slots.
func sameTernary(a, b func(m *Machine, a, b, mod Value) (Value, error)) bool {
	return funcPointer(a) == funcPointer(b)
}

func bltinRound(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specRound, args, kw, a[:]); err != nil {
		return Null, err
	}
	x, nd := a[0], a[1]
	var r Value
	var found bool
	var err error
	if nd == Null || nd == None {
		r, found, err = m.specialCall(x, "__round__")
	} else {
		r, found, err = m.specialCall(x, "__round__", nd)
	}
	if !found {
		// int.__round__ and float.__round__, while their types'
		// namespaces lack them.
		if r, ok, err := m.roundNumber(x, nd); ok {
			return r, err
		}
		return Null, m.typeError("type %s doesn't define __round__ method", m.typeName(x))
	}
	return r, err
}

// roundNumber is int.__round__ and float.__round__; ok is false for other
// types.
func (m *Machine) roundNumber(x, nd Value) (Value, bool, error) {
	if f, isF := m.FloatOf(x); isF {
		if nd == Null || nd == None {
			i, err := num.RoundFloatToInt(f)
			if err != nil {
				return Null, true, m.numError(err)
			}
			return m.NewBigInt(i), true, nil
		}
		n, err := m.NumberIndex(nd)
		if err != nil {
			return Null, true, err
		}
		digits, ok := m.Int64(n)
		if !ok {
			// PyNumber_AsSsize_t(o, NULL) clips to the ssize_t range.
			if b, _ := m.BigInt(n); b.Sign() < 0 {
				digits = math.MinInt64
			} else {
				digits = math.MaxInt64
			}
		}
		r, err := num.RoundFloat(f, digits)
		if err != nil {
			return Null, true, m.numError(err)
		}
		return m.Float(r), true, nil
	}
	if m.isInt(x) {
		if nd == Null || nd == None {
			return m.intExact(x), true, nil
		}
		n, err := m.NumberIndex(nd)
		if err != nil {
			return Null, true, err
		}
		xb, _ := m.BigInt(x)
		nb, _ := m.BigInt(n)
		return m.NewBigInt(num.RoundInt(xb, nb)), true, nil
	}
	return Null, false, nil
}

func bltinSum(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specSum, args, kw, a[:]); err != nil {
		return Null, err
	}
	start := a[1]
	if start == Null {
		start = SmallIntValue(0)
	}
	return m.sum(a[0], start)
}

// sum is CPython 3.11's builtin_sum_impl: an int64 fast path while the
// items are ints, a float64 fast path while they are floats or ints that
// fit a C long (plain left-to-right addition: 3.12's compensated
// summation is not in 3.11), then PyNumber_Add for the rest.
func (m *Machine) sum(iterable, start Value) (Value, error) {
	it, err := m.GetIter(iterable)
	if err != nil {
		return Null, err
	}
	if m.str(start) != nil {
		return Null, m.typeError("sum() can't sum strings [use ''.join(seq) instead]")
	}
	st := m.TypeOf(start)
	if m.types.Bytes != nil && st.IsSubtype(m.types.Bytes) {
		return Null, m.typeError("sum() can't sum bytes [use b''.join(seq) instead]")
	}
	if m.types.ByteArray != nil && st.IsSubtype(m.types.ByteArray) {
		return Null, m.typeError("sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	// The loops hold only result, in the scope, across calls.
	sc := m.openScopeFor(it, Null)
	defer m.closeScope(sc)
	result := start
	if st == m.types.Int {
		if acc, ok := m.Int64(result); ok {
			for {
				item, err := m.nextItemIn(it)
				if err != nil {
					return Null, err
				}
				if item == Null {
					return m.NewInt(acc), nil
				}
				if t := m.TypeOf(item); t == m.types.Int || t == m.types.Bool {
					if b, ok := m.Int64(item); ok {
						if s := acc + b; (s > acc) == (b > 0) {
							acc = s
							continue
						}
					}
				}
				result, err = m.BinaryOp(m.NewInt(acc), item, NbAdd)
				if err != nil {
					return Null, err
				}
				m.hold(sc, 0, result)
				break
			}
		}
	}
	if result.IsFloat() {
		acc := result.FloatVal()
		for {
			item, err := m.nextItemIn(it)
			if err != nil {
				return Null, err
			}
			if item == Null {
				return m.Float(acc), nil
			}
			if item.IsFloat() {
				acc += item.FloatVal()
				continue
			}
			if m.isInt(item) {
				if b, ok := m.Int64(item); ok {
					acc += float64(b)
					continue
				}
			}
			result, err = m.BinaryOp(m.Float(acc), item, NbAdd)
			if err != nil {
				return Null, err
			}
			m.hold(sc, 0, result)
			break
		}
	}
	for {
		item, err := m.nextItemIn(it)
		if err != nil {
			return Null, err
		}
		if item == Null {
			return result, nil
		}
		// PyNumber_Add, not in-place: sum(lists, start) must not change
		// start (bpo-18305).
		result, err = m.BinaryOp(result, item, NbAdd)
		if err != nil {
			return Null, err
		}
		m.hold(sc, 0, result)
	}
}

// nextItem is PyIter_Next: the next item or Null at exhaustion, a
// StopIteration raised by a __next__ written in Python counting as
// exhaustion.
func (m *Machine) nextItem(it Value) (Value, error) {
	v, err := m.Next(it)
	if err != nil && m.isRaise(err, m.types.exceptions["StopIteration"]) {
		return Null, nil
	}
	return v, err
}

// nextItemIn is nextItem for a builtin's loop inside a gcScope (nextIn).
func (m *Machine) nextItemIn(it Value) (Value, error) {
	v, err := m.nextIn(it)
	if err != nil && m.isRaise(err, m.types.exceptions["StopIteration"]) {
		return Null, nil
	}
	return v, err
}
