package vm

import (
	"math"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/num"
)

// floatOperand converts an operand of a float operation: a float, or an
// int converted exactly as CPython's convert_to_double does; ok is false
// for other types (NotImplemented).
func (m *Machine) floatOperand(v Value) (f float64, ok bool, err error) {
	if v.IsFloat() {
		return v.FloatVal(), true, nil
	}
	if v.IsSmallInt() {
		return float64(v.SmallInt()), true, nil
	}
	if fo, isF := m.obj0(v).(*Float); isF {
		return fo.V, true, nil
	}
	if m.isInt(v) {
		f, err := m.intToFloat(v)
		return f, true, err
	}
	return 0, false, nil
}

// Float is a float object that cannot be immediate: an instance of a
// float subclass.
type Float struct {
	Header
	V float64
}

func (*Float) traverse(func(Value)) {}

// FloatOf returns v's value if v is a float (or float subclass instance).
func (m *Machine) FloatOf(v Value) (float64, bool) {
	if v.IsFloat() {
		return v.FloatVal(), true
	}
	if fo, ok := m.obj0(v).(*Float); ok {
		return fo.V, true
	}
	return 0, false
}

func (m *Machine) floatBinary(a, b Value, f func(x, y float64) (float64, error)) (Value, error) {
	x, ok, err := m.floatOperand(a)
	if err != nil || !ok {
		return NotImplemented, err
	}
	y, ok, err := m.floatOperand(b)
	if err != nil || !ok {
		return NotImplemented, err
	}
	r, err := f(x, y)
	if err != nil {
		return Null, m.numError(err)
	}
	return m.Float(r), nil
}

func floatAdd(m *Machine, a, b Value) (Value, error) {
	return m.floatBinary(a, b, func(x, y float64) (float64, error) { return x + y, nil })
}
func floatSub(m *Machine, a, b Value) (Value, error) {
	return m.floatBinary(a, b, func(x, y float64) (float64, error) { return x - y, nil })
}
func floatMul(m *Machine, a, b Value) (Value, error) {
	return m.floatBinary(a, b, func(x, y float64) (float64, error) { return x * y, nil })
}
func floatTrueDiv(m *Machine, a, b Value) (Value, error) {
	return m.floatBinary(a, b, num.FloatTrueDiv)
}
func floatFloorDiv(m *Machine, a, b Value) (Value, error) {
	return m.floatBinary(a, b, num.FloatFloorDiv)
}
func floatMod(m *Machine, a, b Value) (Value, error) {
	return m.floatBinary(a, b, num.FloatMod)
}

func floatPow(m *Machine, a, b Value) (Value, error) {
	x, ok, err := m.floatOperand(a)
	if err != nil || !ok {
		return NotImplemented, err
	}
	y, ok, err := m.floatOperand(b)
	if err != nil || !ok {
		return NotImplemented, err
	}
	f, c, isComplex, err := num.FloatPow(x, y)
	if err != nil {
		return Null, m.numError(err)
	}
	if isComplex {
		return m.NewComplex(c), nil
	}
	return m.Float(f), nil
}

func floatPow3(m *Machine, a, b, mod Value) (Value, error) {
	if mod != None {
		return Null, m.typeError("pow() 3rd argument not allowed unless all arguments are integers")
	}
	return floatPow(m, a, b)
}

func floatRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	x, ok := m.FloatOf(a)
	if !ok {
		return NotImplemented, nil
	}
	if y, ok := m.FloatOf(b); ok {
		switch op {
		case LT:
			return Bool(x < y), nil
		case LE:
			return Bool(x <= y), nil
		case EQ:
			return Bool(x == y), nil
		case NE:
			return Bool(x != y), nil
		case GT:
			return Bool(x > y), nil
		default:
			return Bool(x >= y), nil
		}
	}
	if xi, xb, xbig, ok := m.intOperand(b); ok {
		// Exact: no rounding of the int (CPython's float_richcompare).
		var c int
		var ok bool
		if xbig {
			c, ok = num.CompareIntFloat(xb, x)
		} else {
			c, ok = num.CompareInt64Float(xi, x)
		}
		if !ok {
			return Bool(op == NE), nil
		}
		return cmpResult(-c, op), nil
	}
	return NotImplemented, nil
}

func floatValueOf(m *Machine, v Value) float64 {
	f, _ := m.FloatOf(v)
	return f
}

func floatRepr(m *Machine, a Value) (Value, error) {
	return m.NewStr(constant.Float(floatValueOf(m, a)).Repr()), nil
}

func floatHash(m *Machine, a Value) (int64, error) {
	f := floatValueOf(m, a)
	if f != f {
		return identityHash(m, a)
	}
	return constant.Hash(constant.Float(f)), nil
}

func floatNeg(m *Machine, a Value) (Value, error) { return m.Float(-floatValueOf(m, a)), nil }
func floatPos(m *Machine, a Value) (Value, error) { return m.Float(floatValueOf(m, a)), nil }
func floatAbs(m *Machine, a Value) (Value, error) {
	return m.Float(math.Abs(floatValueOf(m, a))), nil
}
func floatBool(m *Machine, a Value) (bool, error) { return floatValueOf(m, a) != 0, nil }

func floatToInt(m *Machine, a Value) (Value, error) {
	f := floatValueOf(m, a)
	if i, ok := num.FloatToInt64(f); ok {
		return m.NewInt(i), nil
	}
	b, err := num.FloatToInt(f)
	if err != nil {
		return Null, m.numError(err)
	}
	return m.NewBigInt(b), nil
}

var floatSpec = typeSpec{name: "float", basicSize: 24, flags: FlagBaseType,
	slots: Slots{
		Repr: floatRepr, Hash: floatHash, RichCompare: floatRichCompare,
		Number: [NbCount]BinaryFunc{
			NbAdd: floatAdd, NbSubtract: floatSub, NbMultiply: floatMul, NbTrueDivide: floatTrueDiv,
			NbFloorDivide: floatFloorDiv, NbRemainder: floatMod, NbPower: floatPow,
		},
		Pow3:     floatPow3,
		Negative: floatNeg, Positive: floatPos, Absolute: floatAbs, Bool: floatBool,
		Int: floatToInt, Float: floatPos, Divmod: floatDivmod,
		GetAttr: genericGetAttr,
	},
	newInstance: func(m *Machine, t *Type) Object { return &Float{} },
}

// Float returns the float f. NaNs are heap objects: in CPython every NaN
// is an object of its own, and containers compare by identity before
// equality, so (nan,) == (nan,) is False for two NaNs but True for the
// same one. Immediate NaNs would all be one object.
func (m *Machine) Float(f float64) Value {
	if f != f {
		return m.alloc(&Float{V: f}, m.types.Float)
	}
	return FloatValue(f)
}
