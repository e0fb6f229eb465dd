package vm

import (
	"math"
	"math/big"

	"github.com/quicken-py/quicken/vm/num"
)

// Constructors of int, float and bool (tp_new), and the methods of int
// and float.

var (
	specIntNew   = &ArgSpec{Name: "int", Kind: ArgsKeywords, Names: []string{"", "base"}, PosOnly: 1, Min: 0, Max: 2}
	specFloatNew = &ArgSpec{Name: "float", Kind: ArgsPositional, Min: 0, Max: 1}
	specBoolNew  = &ArgSpec{Name: "bool", Kind: ArgsPositional, Min: 0, Max: 1}
)

func intNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specIntNew, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	r, err := m.intFromArgs(a[0], a[1])
	if err != nil || t == m.types.Int {
		return r, err
	}
	// A subclass instance holds the value in an *Int.
	x, xb, xbig, _ := m.intOperand(r)
	o := &Int{small: x}
	if xbig {
		o.big = xb
	}
	return m.alloc(o, t), nil
}

// intFromArgs is int(x, base) for exact ints.
func (m *Machine) intFromArgs(x, base Value) (Value, error) {
	if x == Null {
		if base != Null {
			return Null, m.typeError("int() missing string argument")
		}
		return SmallIntValue(0), nil
	}
	if base != Null {
		b, err := m.IndexInt(base)
		if err != nil {
			return Null, err
		}
		text, ok := m.textForInt(x)
		if !ok {
			return Null, m.typeError("int() can't convert non-string with explicit base")
		}
		if b != 0 && (b < 2 || b > 36) {
			return Null, m.Raisef(m.types.ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		return m.parseInt(text, int(b))
	}
	if m.isInt(x) {
		return m.intExact(x), nil
	}
	if f, ok := m.FloatOf(x); ok {
		return m.floatToIntValue(f)
	}
	if text, ok := m.textForInt(x); ok {
		return m.parseInt(text, 10)
	}
	t := m.TypeOf(x)
	if t.Int != nil {
		r, err := t.Int(m, x)
		if err != nil {
			return Null, err
		}
		return m.intResult("__int__", r)
	}
	if t.Index != nil {
		return m.NumberIndex(x)
	}
	// CPython 3.11: __trunc__ still serves, with a DeprecationWarning; it
	// may return any integral object, converted by __index__.
	trunc, err := m.lookupSpecial(x, "__trunc__")
	if err != nil {
		return Null, err
	}
	if trunc != Null {
		if err := m.deprecated("The delegation of int() to __trunc__ is deprecated."); err != nil {
			return Null, err
		}
		r, err := m.Call(trunc, nil, nil)
		if err != nil {
			return Null, err
		}
		if m.isInt(r) {
			return m.intExact(r), nil
		}
		if m.TypeOf(r).Index == nil {
			return Null, m.typeError("__trunc__ returned non-Integral (type %s)", cTrunc(m.typeName(r), 200))
		}
		return m.NumberIndex(r)
	}
	return Null, m.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", t.Name)
}

// textForInt returns the text of a str, bytes or bytearray argument.
func (m *Machine) textForInt(x Value) (string, bool) {
	if s := m.str(x); s != nil {
		return s.S, true
	}
	if b, ok := m.bytesLike(x); ok {
		return b, true
	}
	return "", false
}

func (m *Machine) parseInt(text string, base int) (Value, error) {
	b, err := num.ParseIntLimit(text, base, m.intMaxStrDigits)
	if err != nil {
		return Null, m.numError(err)
	}
	return m.NewBigInt(b), nil
}

func floatNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 {
		return Null, m.typeError("float() takes no keyword arguments")
	}
	var a [1]Value
	if err := m.ParseArgs(specFloatNew, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	f, err := m.floatFromArg(a[0])
	if err != nil {
		return Null, err
	}
	if t == m.types.Float {
		return m.Float(f), nil
	}
	return m.alloc(&Float{V: f}, t), nil
}

// floatFromArg is float(x).
func (m *Machine) floatFromArg(x Value) (float64, error) {
	if x == Null {
		return 0, nil
	}
	if f, ok := m.FloatOf(x); ok {
		return f, nil
	}
	if m.isInt(x) {
		return m.intToFloat(x)
	}
	if text, ok := m.textForInt(x); ok {
		f, err := num.ParseFloat(text)
		if err != nil {
			return 0, m.numError(err)
		}
		return f, nil
	}
	t := m.TypeOf(x)
	if t.Float != nil {
		r, err := t.Float(m, x)
		if err != nil {
			return 0, err
		}
		return m.floatResult(t, r)
	}
	if t.Index != nil {
		r, err := t.Index(m, x)
		if err != nil {
			return 0, err
		}
		return m.intToFloat(r)
	}
	return 0, m.typeError("float() argument must be a string or a real number, not '%s'", t.Name)
}

func boolNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 {
		return Null, m.typeError("bool() takes no keyword arguments")
	}
	var a [1]Value
	if err := m.ParseArgs(specBoolNew, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	if a[0] == Null {
		return False, nil
	}
	b, err := m.Truth(a[0])
	return Bool(b), err
}

// Methods of int.

func intBitLength(m *Machine, self Value, args, kw []Value) (Value, error) {
	x, xb, xbig, _ := m.intOperand(self)
	if xbig {
		return m.NewInt(int64(xb.BitLen())), nil
	}
	return m.NewInt(int64(big.NewInt(x).BitLen())), nil
}

func intBitCount(m *Machine, self Value, args, kw []Value) (Value, error) {
	x, xb, xbig, _ := m.intOperand(self)
	b := new(big.Int).Abs(toBig(x, xb, xbig))
	n := 0
	for _, w := range b.Bits() {
		for ; w != 0; w &= w - 1 {
			n++
		}
	}
	return m.NewInt(int64(n)), nil
}

func intConjugate(m *Machine, self Value, args, kw []Value) (Value, error) {
	return m.intExact(self), nil
}

func intAsIntegerRatio(m *Machine, self Value, args, kw []Value) (Value, error) {
	return m.NewTuple([]Value{m.intExact(self), SmallIntValue(1)}), nil
}

func intFormatMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	spec, err := m.formatSpecArg("int", args, kw)
	if err != nil {
		return Null, err
	}
	if spec == "" {
		return m.StrOf(self)
	}
	x, xb, xbig, _ := m.intOperand(self)
	ps, err := num.ParseSpec(spec, m.typeName(self))
	if err != nil {
		return Null, m.numError(err)
	}
	var s string
	switch ps.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, ferr := m.intToFloat(self)
		if ferr != nil {
			return Null, ferr
		}
		s, err = num.FormatFloat(f, ps)
	default:
		s, err = num.FormatInt(toBig(x, xb, xbig), ps, m.intMaxStrDigits)
	}
	if err != nil {
		return Null, m.numError(err)
	}
	return m.NewStr(s), nil
}

// formatSpecArg checks __format__'s one str argument.
func (m *Machine) formatSpecArg(typeName string, args, kw []Value) (string, error) {
	if len(kw) > 0 {
		return "", m.typeError("%s.__format__() takes no keyword arguments", typeName)
	}
	if len(args) != 1 {
		return "", m.typeError("%s.__format__() takes exactly one argument (%d given)", typeName, len(args))
	}
	s := m.str(args[0])
	if s == nil {
		return "", m.typeError("__format__() argument must be str, not %s", m.typeName(args[0]))
	}
	return s.S, nil
}

func intTrunc(m *Machine, self Value, args, kw []Value) (Value, error) {
	return m.intExact(self), nil
}

func intGetReal(m *Machine, self Value) (Value, error)  { return m.intExact(self), nil }
func intGetImag(m *Machine, self Value) (Value, error)  { return SmallIntValue(0), nil }
func intGetDenom(m *Machine, self Value) (Value, error) { return SmallIntValue(1), nil }

// Methods of float.

func floatIsInteger(m *Machine, self Value, args, kw []Value) (Value, error) {
	f := floatValueOf(m, self)
	return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
}

func floatAsIntegerRatio(m *Machine, self Value, args, kw []Value) (Value, error) {
	f := floatValueOf(m, self)
	if math.IsInf(f, 0) {
		return Null, m.Raisef(m.types.exceptions["OverflowError"], "cannot convert Infinity to integer ratio")
	}
	if f != f {
		return Null, m.Raisef(m.types.ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat)
	r.SetFloat64(f)
	return m.NewTuple([]Value{m.NewBigInt(r.Num()), m.NewBigInt(r.Denom())}), nil
}

func floatTruncMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	return floatToInt(m, self)
}

func floatFloorMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	return m.floatToIntValue(math.Floor(floatValueOf(m, self)))
}

func floatCeilMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	return m.floatToIntValue(math.Ceil(floatValueOf(m, self)))
}

func floatConjugate(m *Machine, self Value, args, kw []Value) (Value, error) {
	return m.Float(floatValueOf(m, self)), nil
}

func floatFormatMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	spec, err := m.formatSpecArg("float", args, kw)
	if err != nil {
		return Null, err
	}
	f := floatValueOf(m, self)
	if spec == "" {
		return m.StrOf(self)
	}
	ps, err := num.ParseSpec(spec, m.typeName(self))
	if err != nil {
		return Null, m.numError(err)
	}
	s, err := num.FormatFloat(f, ps)
	if err != nil {
		return Null, m.numError(err)
	}
	return m.NewStr(s), nil
}

func floatGetReal(m *Machine, self Value) (Value, error) {
	return m.Float(floatValueOf(m, self)), nil
}
func floatGetImag(m *Machine, self Value) (Value, error) { return m.Float(0), nil }

func init() {
	intSpec.slots.New = intNew
	boolSpec.slots.New = boolNew
	floatSpec.slots.New = floatNew
	intSpec.methods = append(intSpec.methods, []MethodDef{
		{Name: "conjugate", Fn: intConjugate},
		{Name: "bit_length", Fn: intBitLength},
		{Name: "bit_count", Fn: intBitCount},
		{Name: "as_integer_ratio", Fn: intAsIntegerRatio},
		{Name: "__trunc__", Fn: intTrunc},
		{Name: "__floor__", Fn: intTrunc},
		{Name: "__ceil__", Fn: intTrunc},
		{Name: "__format__", Fn: intFormatMethod},
	}...)
	intSpec.getsets = append(intSpec.getsets, []GetSetDef{
		{Name: "real", Get: intGetReal},
		{Name: "imag", Get: intGetImag},
		{Name: "numerator", Get: intGetReal},
		{Name: "denominator", Get: intGetDenom},
	}...)
	floatSpec.methods = append(floatSpec.methods, []MethodDef{
		{Name: "conjugate", Fn: floatConjugate},
		{Name: "__trunc__", Fn: floatTruncMethod},
		{Name: "__floor__", Fn: floatFloorMethod},
		{Name: "__ceil__", Fn: floatCeilMethod},
		{Name: "as_integer_ratio", Fn: floatAsIntegerRatio},
		{Name: "is_integer", Fn: floatIsInteger},
		{Name: "__format__", Fn: floatFormatMethod},
	}...)
	floatSpec.getsets = append(floatSpec.getsets, []GetSetDef{
		{Name: "real", Get: floatGetReal},
		{Name: "imag", Get: floatGetImag},
	}...)
}
