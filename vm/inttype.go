package vm

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/num"
)

// The int and bool types. Ints are immediate below 2^49 in magnitude,
// *Int (int64 or big) above; bool's two instances are singletons.

// intOperand returns v as an int64 or a big.Int (exactly one is set by ok
// results: isBig tells which); ok is false if v is not an int.
func (m *Machine) intOperand(v Value) (i int64, b *big.Int, isBig, ok bool) {
	switch {
	case v.IsSmallInt():
		return v.SmallInt(), nil, false, true
	case v == True:
		return 1, nil, false, true
	case v == False:
		return 0, nil, false, true
	}
	if o := m.intObj(v); o != nil {
		if o.big != nil {
			return 0, o.big, true, true
		}
		return o.small, nil, false, true
	}
	return 0, nil, false, false
}

// isInt reports whether v is an int (bool included).
func (m *Machine) isInt(v Value) bool {
	_, _, _, ok := m.intOperand(v)
	return ok
}

func toBig(i int64, b *big.Int, isBig bool) *big.Int {
	if isBig {
		return b
	}
	return big.NewInt(i)
}

// intBinary applies an int operation to two int operands: fast on int64,
// exact on big.Int. It returns NotImplemented for non-int operands.
func (m *Machine) intBinary(a, b Value, fast func(x, y int64) (int64, bool), slow func(x, y *big.Int) (*big.Int, error)) (Value, error) {
	x, xb, xbig, ok1 := m.intOperand(a)
	y, yb, ybig, ok2 := m.intOperand(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if !xbig && !ybig && fast != nil {
		if r, ok := fast(x, y); ok {
			return m.NewInt(r), nil
		}
	}
	r, err := slow(m.scratchBig(0, x, xb, xbig), m.scratchBig(1, y, yb, ybig))
	if err != nil {
		return Null, m.numError(err)
	}
	if r == &m.heap.bigScratch[0] || r == &m.heap.bigScratch[1] {
		r = new(big.Int).Set(r)
	}
	// No int modifies its big.Int, so the result may be kept even if
	// slow returned an operand's.
	return m.newBigIntOwned(r), nil
}

// scratchBig is toBig without an allocation for an int64: it is set in
// one of the heap's two scratch big.Ints (i says which), valid until
// that is asked for again. The operations given them never keep an
// operand's digits, only, at most, the operand itself.
func (m *Machine) scratchBig(i int, x int64, b *big.Int, isBig bool) *big.Int {
	if isBig {
		return b
	}
	return m.heap.bigScratch[i].SetInt64(x)
}

// newBig returns a zero big.Int with room for n words of digits in the
// same allocation, when n is small: a result of that size then costs one
// allocation instead of two (math/big reuses the room it finds).
func newBig(n int) *big.Int {
	switch {
	case n <= 2:
		b := new(struct {
			v big.Int
			w [2]big.Word
		})
		return b.v.SetBits(b.w[:0])
	case n <= 4:
		b := new(struct {
			v big.Int
			w [4]big.Word
		})
		return b.v.SetBits(b.w[:0])
	}
	return new(big.Int)
}

func intAdd(m *Machine, a, b Value) (Value, error) {
	return m.intBinary(a, b, func(x, y int64) (int64, bool) {
		r := x + y
		return r, (x >= 0) != (y >= 0) || (r >= 0) == (x >= 0)
	}, func(x, y *big.Int) (*big.Int, error) {
		return newBig(max(len(x.Bits()), len(y.Bits()))+1).Add(x, y), nil
	})
}

func intSub(m *Machine, a, b Value) (Value, error) {
	return m.intBinary(a, b, func(x, y int64) (int64, bool) {
		r := x - y
		return r, (x >= 0) == (y >= 0) || (r >= 0) == (x >= 0)
	}, func(x, y *big.Int) (*big.Int, error) {
		return newBig(max(len(x.Bits()), len(y.Bits()))+1).Sub(x, y), nil
	})
}

func intMul(m *Machine, a, b Value) (Value, error) {
	return m.intBinary(a, b, func(x, y int64) (int64, bool) {
		if x == math.MinInt64 || y == math.MinInt64 {
			return 0, false
		}
		hi, lo := bits.Mul64(uint64(abs64(x)), uint64(abs64(y)))
		if hi != 0 || lo > math.MaxInt64 {
			return 0, false
		}
		return x * y, true
	}, func(x, y *big.Int) (*big.Int, error) {
		if err := m.chargeBits(x.BitLen() + y.BitLen()); err != nil {
			return nil, err
		}
		return newBig(len(x.Bits())+len(y.Bits())).Mul(x, y), nil
	})
}

// chargeBits accounts a big int result of about n bits.
func (m *Machine) chargeBits(n int) error {
	if n > 1<<16 {
		return m.charge(n / 8)
	}
	return nil
}

func intFloorDiv(m *Machine, a, b Value) (Value, error) {
	return m.intBinary(a, b, num.FloorDivInt64, num.FloorDiv)
}

func intMod(m *Machine, a, b Value) (Value, error) {
	return m.intBinary(a, b, num.ModInt64, num.Mod)
}

func intTrueDiv(m *Machine, a, b Value) (Value, error) {
	x, xb, xbig, ok1 := m.intOperand(a)
	y, yb, ybig, ok2 := m.intOperand(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if !xbig && !ybig {
		if r, ok := num.TrueDivInt64(x, y); ok {
			return m.Float(r), nil
		}
	}
	r, err := num.TrueDiv(toBig(x, xb, xbig), toBig(y, yb, ybig))
	if err != nil {
		return Null, m.numError(err)
	}
	return m.Float(r), nil
}

func intPow(m *Machine, a, b Value) (Value, error) {
	x, xb, xbig, ok1 := m.intOperand(a)
	y, yb, ybig, ok2 := m.intOperand(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if !xbig && !ybig {
		if r, ok := num.PowInt64(x, y); ok {
			return m.NewInt(r), nil
		}
	}
	i, f, err := num.Pow(toBig(x, xb, xbig), toBig(y, yb, ybig))
	if err != nil {
		return Null, m.numError(err)
	}
	if i == nil {
		return m.Float(f), nil
	}
	return m.NewBigInt(i), nil
}

func intPow3(m *Machine, a, b, mod Value) (Value, error) {
	if mod == None {
		return intPow(m, a, b)
	}
	x, xb, xbig, ok1 := m.intOperand(a)
	y, yb, ybig, ok2 := m.intOperand(b)
	z, zb, zbig, ok3 := m.intOperand(mod)
	if !ok1 || !ok2 || !ok3 {
		return NotImplemented, nil
	}
	r, err := num.PowMod(toBig(x, xb, xbig), toBig(y, yb, ybig), toBig(z, zb, zbig))
	if err != nil {
		return Null, m.numError(err)
	}
	return m.NewBigInt(r), nil
}

func intLshift(m *Machine, a, b Value) (Value, error) {
	return m.intBinary(a, b, num.LshInt64, func(x, y *big.Int) (*big.Int, error) {
		if y.IsInt64() && y.Int64() > 0 {
			if err := m.chargeBits(x.BitLen() + int(min(y.Int64(), 1<<40))); err != nil {
				return nil, err
			}
		}
		return num.Lsh(x, y)
	})
}

func intRshift(m *Machine, a, b Value) (Value, error) {
	// A non-negative big int shifted back into int64's range (taking the
	// high bits of a hash or of a random number) needs no big.Int.
	if o := m.intObj(a); bits.UintSize == 64 && o != nil && o.big != nil && o.big.Sign() > 0 && b.IsSmallInt() {
		if n := b.SmallInt(); n >= 0 && o.big.BitLen()-int(min(n, 1<<20)) <= 63 {
			return m.NewInt(int64(rshWords(o.big.Bits(), uint(n)))), nil
		}
	}
	return m.intBinary(a, b, num.RshInt64, num.Rsh)
}

// lowWordNonNeg returns the low 64 bits of a non-negative int and
// whether they are all of it; ok is false for other values.
func lowWordNonNeg(m *Machine, v Value) (low uint64, narrow, ok bool) {
	if v.IsSmallInt() {
		x := v.SmallInt()
		return uint64(x), true, x >= 0
	}
	o := m.intObj(v)
	switch {
	case o == nil:
		return 0, false, false
	case o.big == nil:
		return uint64(o.small), true, o.small >= 0
	case bits.UintSize == 64 && o.big.Sign() > 0:
		return uint64(o.big.Bits()[0]), o.big.BitLen() <= 64, true
	}
	return 0, false, false
}

// rshWords is the low 64 bits of the natural number w (little-endian
// words) shifted right by n bits.
func rshWords(w []big.Word, n uint) uint64 {
	i, s := int(n/bits.UintSize), n%bits.UintSize
	if i >= len(w) {
		return 0
	}
	r := uint64(w[i]) >> s
	if s > 0 && i+1 < len(w) {
		r |= uint64(w[i+1]) << (bits.UintSize - s)
	}
	return r
}

// bitwise ops keep bool when both operands are bool.
func intAnd(m *Machine, a, b Value) (Value, error) {
	if (a == True || a == False) && (b == True || b == False) {
		return Bool(a == True && b == True), nil
	}
	// Masking a non-negative big int down to int64's range (state &
	// 0xFFFF_FFFF_FFFF_FFFF in a random number generator) needs no
	// big.Int when the result fits: with both operands non-negative and
	// one of them within 64 bits, only the low words matter.
	if x, xn, ok := lowWordNonNeg(m, a); ok {
		if y, yn, ok := lowWordNonNeg(m, b); ok && (xn || yn) && int64(x&y) >= 0 {
			return m.NewInt(int64(x & y)), nil
		}
	}
	return m.intBinary(a, b, func(x, y int64) (int64, bool) { return x & y, true },
		func(x, y *big.Int) (*big.Int, error) {
			return newBig(max(len(x.Bits()), len(y.Bits()))+1).And(x, y), nil
		})
}

func intOr(m *Machine, a, b Value) (Value, error) {
	if (a == True || a == False) && (b == True || b == False) {
		return Bool(a == True || b == True), nil
	}
	return m.intBinary(a, b, func(x, y int64) (int64, bool) { return x | y, true },
		func(x, y *big.Int) (*big.Int, error) {
			return newBig(max(len(x.Bits()), len(y.Bits()))+1).Or(x, y), nil
		})
}

func intXor(m *Machine, a, b Value) (Value, error) {
	if (a == True || a == False) && (b == True || b == False) {
		return Bool((a == True) != (b == True)), nil
	}
	return m.intBinary(a, b, func(x, y int64) (int64, bool) { return x ^ y, true },
		func(x, y *big.Int) (*big.Int, error) {
			return newBig(max(len(x.Bits()), len(y.Bits()))+1).Xor(x, y), nil
		})
}

func intNeg(m *Machine, a Value) (Value, error) {
	x, xb, xbig, _ := m.intOperand(a)
	if !xbig && x != math.MinInt64 {
		return m.NewInt(-x), nil
	}
	return m.NewBigInt(new(big.Int).Neg(toBig(x, xb, xbig))), nil
}

func intPos(m *Machine, a Value) (Value, error) { return m.intExact(a), nil }

func intAbs(m *Machine, a Value) (Value, error) {
	x, xb, xbig, _ := m.intOperand(a)
	if !xbig && x != math.MinInt64 {
		return m.NewInt(abs64(x)), nil
	}
	return m.NewBigInt(new(big.Int).Abs(toBig(x, xb, xbig))), nil
}

func intInvert(m *Machine, a Value) (Value, error) {
	x, xb, xbig, _ := m.intOperand(a)
	if !xbig {
		return m.NewInt(^x), nil
	}
	return m.NewBigInt(new(big.Int).Not(xb)), nil
}

func intBool(m *Machine, a Value) (bool, error) {
	x, xb, xbig, _ := m.intOperand(a)
	if xbig {
		return xb.Sign() != 0, nil
	}
	return x != 0, nil
}

// intExact returns v (an int or int subclass instance) as an exact int.
func (m *Machine) intExact(v Value) Value {
	if v.IsSmallInt() {
		return v
	}
	x, xb, xbig, _ := m.intOperand(v)
	if m.TypeOf(v) == m.types.Int {
		return v
	}
	if xbig {
		return m.NewBigInt(xb)
	}
	return m.NewInt(x)
}

func intIndex(m *Machine, a Value) (Value, error) { return m.intExact(a), nil }

func intToFloatSlot(m *Machine, a Value) (Value, error) {
	f, err := m.intToFloat(a)
	if err != nil {
		return Null, err
	}
	return m.Float(f), nil
}

// intToFloat converts an int to the nearest float (OverflowError "int too
// large to convert to float").
func (m *Machine) intToFloat(a Value) (float64, error) {
	x, xb, xbig, _ := m.intOperand(a)
	if !xbig {
		return float64(x), nil
	}
	f, err := num.IntToFloat(xb)
	if err != nil {
		return 0, m.numError(err)
	}
	return f, nil
}

func intRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	x, xb, xbig, ok := m.intOperand(a)
	if !ok {
		return NotImplemented, nil
	}
	// int against float is float's to compare (int.__lt__(1, 2.5) is
	// NotImplemented in CPython): see floatRichCompare.
	y, yb, ybig, ok := m.intOperand(b)
	if !ok {
		return NotImplemented, nil
	}
	var c int
	if !xbig && !ybig {
		switch {
		case x < y:
			c = -1
		case x > y:
			c = 1
		}
	} else {
		c = m.scratchBig(0, x, xb, xbig).Cmp(m.scratchBig(1, y, yb, ybig))
	}
	return cmpResult(c, op), nil
}

// cmpResult turns a three-way comparison into op's result.
func cmpResult(c int, op CompareOp) Value {
	var r bool
	switch op {
	case LT:
		r = c < 0
	case LE:
		r = c <= 0
	case EQ:
		r = c == 0
	case NE:
		r = c != 0
	case GT:
		r = c > 0
	case GE:
		r = c >= 0
	}
	return Bool(r)
}

func intHash(m *Machine, a Value) (int64, error) {
	x, xb, xbig, _ := m.intOperand(a)
	if !xbig && x > -(1<<61) && x < 1<<61 {
		return hashSmallInt(x), nil
	}
	return constant.Hash(constant.Int{V: toBig(x, xb, xbig)}), nil
}

// intDecimal is str(int), subject to sys.set_int_max_str_digits.
func (m *Machine) intDecimal(a Value) (string, error) {
	x, xb, xbig, _ := m.intOperand(a)
	if !xbig {
		return itoa64(x), nil
	}
	s, err := num.IntToDecimal(xb, m.intMaxStrDigits)
	if err != nil {
		return "", m.numError(err)
	}
	return s, nil
}

func itoa64(x int64) string {
	var b [24]byte
	return string(appendInt(b[:0], x))
}

func appendInt(b []byte, x int64) []byte {
	if x == 0 {
		return append(b, '0')
	}
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = uint64(-x)
	}
	var d [20]byte
	p := len(d)
	for u > 0 {
		p--
		d[p] = byte('0' + u%10)
		u /= 10
	}
	return append(b, d[p:]...)
}

func intRepr(m *Machine, a Value) (Value, error) {
	if a.IsSmallInt() {
		x := a.SmallInt()
		if x >= 0 && x < 10 {
			return m.asciiChars['0'+x], nil
		}
	}
	s, err := m.intDecimal(a)
	if err != nil {
		return Null, err
	}
	return m.NewStr(s), nil
}

func boolRepr(m *Machine, a Value) (Value, error) {
	if a == True {
		return m.Intern("True"), nil
	}
	return m.Intern("False"), nil
}

var intNumber = [NbCount]BinaryFunc{
	NbAdd: intAdd, NbSubtract: intSub, NbMultiply: intMul, NbFloorDivide: intFloorDiv,
	NbRemainder: intMod, NbTrueDivide: intTrueDiv, NbPower: intPow, NbLshift: intLshift,
	NbRshift: intRshift, NbAnd: intAnd, NbOr: intOr, NbXor: intXor,
}

var intSpec = typeSpec{name: "int", basicSize: 24, itemSize: 4, flags: FlagLongSubclass | FlagBaseType,
	slots: Slots{
		Repr: intRepr, Hash: intHash, RichCompare: intRichCompare,
		Number: intNumber, Pow3: intPow3,
		Negative: intNeg, Positive: intPos, Absolute: intAbs, Invert: intInvert,
		Bool: intBool, Int: intIndex, Index: intIndex, Float: intToFloatSlot, Divmod: intDivmod,
		GetAttr: genericGetAttr,
	},
	newInstance: func(m *Machine, t *Type) Object { return &Int{} },
}

var boolSpec = typeSpec{name: "bool", base: func(t *builtinTypes) *Type { return t.Int }, basicSize: 24, itemSize: 4,
	flags: FlagLongSubclass,
	slots: Slots{
		Repr: boolRepr, Hash: intHash, RichCompare: intRichCompare,
		Number: intNumber, Pow3: intPow3,
		Negative: intNeg, Positive: intPos, Absolute: intAbs, Invert: intInvert,
		Bool: intBool, Int: intIndex, Index: intIndex, Float: intToFloatSlot,
		GetAttr: genericGetAttr,
	},
}
