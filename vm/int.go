package vm

import "math/big"

// Int is an int too large to be immediate: an int64 when it fits
// (a cheap "medium" int), otherwise a big.Int. Ints are immutable. A bool
// is never an *Int (True and False are singletons of type bool).
type Int struct {
	Header
	small int64
	big   *big.Int // nil when the value fits small
}

func (*Int) traverse(func(Value)) {}

// NewInt returns the int i.
func (m *Machine) NewInt(i int64) Value {
	if FitsSmall(i) {
		return SmallIntValue(i)
	}
	o := m.heap.newInt()
	o.small = i
	return m.allocAt(o, &o.Header, m.types.Int)
}

// NewBigInt returns the int b (b is not retained if it fits an int64).
func (m *Machine) NewBigInt(b *big.Int) Value {
	if b.IsInt64() {
		return m.NewInt(b.Int64())
	}
	return m.newBigIntOwned(new(big.Int).Set(b))
}

// newBigIntOwned is NewBigInt for a big.Int nothing will modify again
// (ints are immutable, so the new int may keep it).
func (m *Machine) newBigIntOwned(b *big.Int) Value {
	if b.IsInt64() {
		return m.NewInt(b.Int64())
	}
	o := m.heap.newInt()
	o.big = b
	return m.allocAt(o, &o.Header, m.types.Int)
}

// intObj returns the *Int behind v, or nil.
func (m *Machine) intObj(v Value) *Int {
	if !v.IsRef() {
		return nil
	}
	i, _ := m.heap.objs[v].(*Int)
	return i
}

// Int64 returns v as an int64 if v is an int (or bool) that fits.
func (m *Machine) Int64(v Value) (int64, bool) {
	switch {
	case v.IsSmallInt():
		return v.SmallInt(), true
	case v == False:
		return 0, true
	case v == True:
		return 1, true
	}
	if i := m.intObj(v); i != nil && i.big == nil {
		return i.small, true
	}
	return 0, false
}

// BigInt returns v as a big.Int if v is an int or bool (a new big.Int the
// caller may modify).
func (m *Machine) BigInt(v Value) (*big.Int, bool) {
	if i, ok := m.Int64(v); ok {
		return big.NewInt(i), true
	}
	if i := m.intObj(v); i != nil {
		return new(big.Int).Set(i.big), true
	}
	return nil, false
}
