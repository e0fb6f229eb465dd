package compiler

import (
	"math"
	"math/big"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// This file is the value layer of constant folding: what CPython 3.11's
// PyNumber_* and PyObject_GetItem return for the constant types the AST can
// hold (None, Ellipsis, bool, int, float, complex, str, bytes, tuple,
// frozenset). Every function returns ok=false where CPython raises (a
// TypeError, ZeroDivisionError, OverflowError, ValueError, IndexError or a
// MemoryError guard of ast_opt.c); the optimizer swallows those errors and
// leaves the node unfolded.

// Size limits of ast_opt.c's safe_multiply, safe_power and safe_lshift.
const (
	foldMaxIntBits       = 128  // MAX_INT_SIZE
	foldMaxCollection    = 256  // MAX_COLLECTION_SIZE
	foldMaxStrSize       = 4096 // MAX_STR_SIZE
	foldMaxTotalItems    = 1024 // MAX_TOTAL_ITEMS
	foldSizeTBits        = 64   // size_t (C long and Py_ssize_t are 64-bit too)
	foldComplexIntPowCap = 100  // c_powi: larger |n| goes through _Py_c_pow
)

// asInt returns the value of an int or bool (PyLong_Check is true for both).
func asInt(v constant.Value) (*big.Int, bool) {
	switch v := v.(type) {
	case constant.Int:
		return v.V, true
	case constant.Bool:
		if v {
			return big.NewInt(1), true
		}
		return new(big.Int), true
	}
	return nil, false
}

func newInt(x *big.Int) constant.Value { return constant.Int{V: x} }

// intToFloat is PyLong_AsDouble: round half to even, OverflowError ("int too
// large to convert to float") when the rounded value is out of range.
func intToFloat(x *big.Int) (float64, bool) {
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// toFloat converts an int, bool or float operand of a float operation
// (floatobject.c's CONVERT_TO_DOUBLE).
func toFloat(v constant.Value) (float64, bool) {
	if f, ok := v.(constant.Float); ok {
		return float64(f), true
	}
	if x, ok := asInt(v); ok {
		return intToFloat(x)
	}
	return 0, false
}

// toComplex converts an operand of a complex operation (complexobject.c's
// to_complex): ints and floats become (x, 0.0).
func toComplex(v constant.Value) (pyComplex, bool) {
	if c, ok := v.(constant.Complex); ok {
		return pyComplex{real(complex128(c)), imag(complex128(c))}, true
	}
	f, ok := toFloat(v)
	return pyComplex{f, 0}, ok
}

// numericKind orders the numeric tower: the result type of a binary
// operation on two numbers is that of the higher operand.
type numericKind int

const (
	notNumeric numericKind = iota
	kindInt                // int or bool
	kindFloat
	kindComplex
)

func numKind(v constant.Value) numericKind {
	switch v.(type) {
	case constant.Int, constant.Bool:
		return kindInt
	case constant.Float:
		return kindFloat
	case constant.Complex:
		return kindComplex
	}
	return notNumeric
}

// foldUnary evaluates a unary operator on a constant (PyNumber_Negative,
// PyNumber_Positive, PyNumber_Invert, and `not` through PyObject_IsTrue).
// On a bool the arithmetic operators give an int (-True == -1,
// ~True == -2).
func foldUnary(op syntax.UnaryOpKind, v constant.Value) (constant.Value, bool) {
	if op == syntax.Not {
		return constant.Bool(!truthy(v)), true
	}
	if x, ok := asInt(v); ok {
		switch op {
		case syntax.USub:
			return newInt(new(big.Int).Neg(x)), true
		case syntax.UAdd:
			return newInt(new(big.Int).Set(x)), true
		case syntax.Invert:
			return newInt(new(big.Int).Not(x)), true
		}
		return nil, false
	}
	switch v := v.(type) {
	case constant.Float:
		switch op {
		case syntax.USub:
			return constant.Float(-float64(v)), true
		case syntax.UAdd:
			return v, true
		}
	case constant.Complex:
		switch op {
		case syntax.USub:
			return constant.Complex(complex(-real(complex128(v)), -imag(complex128(v)))), true
		case syntax.UAdd:
			return v, true
		}
	}
	return nil, false
}

// truthy is PyObject_IsTrue for a constant.
func truthy(v constant.Value) bool {
	switch v := v.(type) {
	case constant.None:
		return false
	case constant.Bool:
		return bool(v)
	case constant.Int:
		return v.V.Sign() != 0
	case constant.Float:
		return v != 0
	case constant.Complex:
		return real(complex128(v)) != 0 || imag(complex128(v)) != 0
	case constant.Str:
		return len(v) != 0
	case constant.Bytes:
		return len(v) != 0
	case constant.Tuple:
		return len(v) != 0
	case constant.FrozenSet:
		return len(v) != 0
	}
	return true // Ellipsis, code objects
}

// foldBinary evaluates a binary operator on two constants the way
// ast_opt.c's fold_binop does: through safe_multiply, safe_power,
// safe_lshift and safe_mod for *, **, << and %, and the plain number
// protocol otherwise. MatMult never folds.
func foldBinary(op syntax.Operator, l, r constant.Value) (constant.Value, bool) {
	switch op {
	case syntax.Add:
		return pyAdd(l, r)
	case syntax.Sub:
		return numericOp(op, l, r)
	case syntax.Mult:
		return safeMultiply(l, r)
	case syntax.Div, syntax.FloorDiv:
		return numericOp(op, l, r)
	case syntax.Mod_:
		// CPython 3.11 safe_mod: str % x and bytes % x are never folded
		// (only the `str % tuple-display` rewrite into an f-string is).
		switch l.(type) {
		case constant.Str, constant.Bytes:
			return nil, false
		}
		return numericOp(op, l, r)
	case syntax.Pow:
		return safePower(l, r)
	case syntax.LShift:
		return safeLshift(l, r)
	case syntax.RShift, syntax.BitOr, syntax.BitXor, syntax.BitAnd:
		return intOp(op, l, r)
	}
	return nil, false
}

// pyAdd is PyNumber_Add: numbers, or concatenation of two sequences of the
// same type. Concatenation has no size limit in ast_opt.c.
func pyAdd(l, r constant.Value) (constant.Value, bool) {
	switch l := l.(type) {
	case constant.Str:
		if r, ok := r.(constant.Str); ok {
			return l + r, true
		}
		return nil, false
	case constant.Bytes:
		if r, ok := r.(constant.Bytes); ok {
			return l + r, true
		}
		return nil, false
	case constant.Tuple:
		if r, ok := r.(constant.Tuple); ok {
			out := make(constant.Tuple, 0, len(l)+len(r))
			return append(append(out, l...), r...), true
		}
		return nil, false
	}
	return numericOp(syntax.Add, l, r)
}

// numericOp applies an arithmetic operator to two numbers, converting the
// lower operand up the numeric tower as CPython's int, float and complex
// slots do.
func numericOp(op syntax.Operator, l, r constant.Value) (constant.Value, bool) {
	lk, rk := numKind(l), numKind(r)
	if lk == notNumeric || rk == notNumeric {
		return nil, false
	}
	switch max(lk, rk) {
	case kindInt:
		a, _ := asInt(l)
		b, _ := asInt(r)
		return intArith(op, a, b)
	case kindFloat:
		a, ok := toFloat(l)
		if !ok {
			return nil, false
		}
		b, ok := toFloat(r)
		if !ok {
			return nil, false
		}
		return floatArith(op, a, b)
	default:
		a, ok := toComplex(l)
		if !ok {
			return nil, false
		}
		b, ok := toComplex(r)
		if !ok {
			return nil, false
		}
		return complexArith(op, a, b)
	}
}

// intArith is longobject.c's +, -, *, /, //, % and ** on two ints.
func intArith(op syntax.Operator, a, b *big.Int) (constant.Value, bool) {
	switch op {
	case syntax.Add:
		return newInt(new(big.Int).Add(a, b)), true
	case syntax.Sub:
		return newInt(new(big.Int).Sub(a, b)), true
	case syntax.Mult:
		return newInt(new(big.Int).Mul(a, b)), true
	case syntax.Div:
		f, ok := intTrueDivide(a, b)
		return constant.Float(f), ok
	case syntax.FloorDiv, syntax.Mod_:
		if b.Sign() == 0 {
			return nil, false // ZeroDivisionError
		}
		q, m := intFloorDivMod(a, b)
		if op == syntax.FloorDiv {
			return newInt(q), true
		}
		return newInt(m), true
	case syntax.Pow:
		if b.Sign() < 0 {
			// long_pow: a negative exponent without modulus goes to
			// float_pow with both operands converted to float.
			x, ok := intToFloat(a)
			if !ok {
				return nil, false
			}
			y, ok := intToFloat(b)
			if !ok {
				return nil, false
			}
			return floatPow(x, y)
		}
		return newInt(new(big.Int).Exp(a, b, nil)), true
	}
	return nil, false
}

// intFloorDivMod returns Python's a // b and a % b: the quotient rounded
// toward minus infinity and a remainder with the sign of b.
func intFloorDivMod(a, b *big.Int) (q, m *big.Int) {
	q, m = new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

// intTrueDivide is long_true_divide: the correctly rounded quotient, an
// OverflowError when it is out of float range, and a zero result signed by
// the operands' signs (0 / -1 == -0.0).
func intTrueDivide(a, b *big.Int) (float64, bool) {
	if b.Sign() == 0 {
		return 0, false
	}
	neg := (a.Sign() < 0) != (b.Sign() < 0)
	q := new(big.Rat).SetFrac(new(big.Int).Abs(a), new(big.Int).Abs(b))
	f, _ := q.Float64()
	if math.IsInf(f, 0) {
		return 0, false
	}
	if neg {
		f = -f
	}
	return f, true
}

// intOp is >>, |, ^ and & on ints. On two bools &, | and ^ give a bool
// (bool_and, bool_or, bool_xor).
func intOp(op syntax.Operator, l, r constant.Value) (constant.Value, bool) {
	a, ok := asInt(l)
	if !ok {
		return nil, false
	}
	b, ok := asInt(r)
	if !ok {
		return nil, false
	}
	lb, lIsBool := l.(constant.Bool)
	rb, rIsBool := r.(constant.Bool)
	switch op {
	case syntax.RShift:
		if b.Sign() < 0 {
			return nil, false // ValueError: negative shift count
		}
		if !b.IsInt64() || b.Int64() > math.MaxInt32 {
			// divmod_shift: a huge shift leaves 0 or -1.
			if a.Sign() < 0 {
				return newInt(big.NewInt(-1)), true
			}
			return newInt(new(big.Int)), true
		}
		return newInt(new(big.Int).Rsh(a, uint(b.Int64()))), true
	case syntax.BitAnd:
		if lIsBool && rIsBool {
			return lb && rb, true
		}
		return newInt(new(big.Int).And(a, b)), true
	case syntax.BitOr:
		if lIsBool && rIsBool {
			return lb || rb, true
		}
		return newInt(new(big.Int).Or(a, b)), true
	case syntax.BitXor:
		if lIsBool && rIsBool {
			return constant.Bool(lb != rb), true
		}
		return newInt(new(big.Int).Xor(a, b)), true
	}
	return nil, false
}

// asLong is PyLong_AsLong (and PyNumber_AsSsize_t): ok is false on overflow.
func asLong(x *big.Int) (int64, bool) {
	if !x.IsInt64() {
		return 0, false
	}
	return x.Int64(), true
}

// asSizeT is PyLong_AsSize_t: negative values and values of 2**64 or more
// are errors.
func asSizeT(x *big.Int) (uint64, bool) {
	if x.Sign() < 0 || x.BitLen() > foldSizeTBits {
		return 0, false
	}
	return x.Uint64(), true
}

// numBits is _PyLong_NumBits: the bit length of |x|.
func numBits(x *big.Int) int { return x.BitLen() }

// seqLen returns the length CPython's size checks use for a str (code
// points), bytes, tuple or frozenset, and whether v is one of them.
func seqLen(v constant.Value) (int, bool) {
	switch v := v.(type) {
	case constant.Str:
		return v.Len(), true
	case constant.Bytes:
		return len(v), true
	case constant.Tuple:
		return len(v), true
	case constant.FrozenSet:
		return len(v), true
	}
	return 0, false
}

// safeMultiply is ast_opt.c's safe_multiply: int * int only when the
// operands have at most 128 bits together; a tuple (or frozenset) repeated
// at most 256 items and 1024 nested items; a str or bytes repeated to at
// most 4096 items. A negative count refuses to fold even though Python
// would give an empty sequence.
func safeMultiply(v, w constant.Value) (constant.Value, bool) {
	vi, vInt := asInt(v)
	wi, wInt := asInt(w)
	switch {
	case vInt && wInt:
		if vi.Sign() != 0 && wi.Sign() != 0 && numBits(vi)+numBits(wi) > foldMaxIntBits {
			return nil, false
		}
		return intArith(syntax.Mult, vi, wi)
	case vInt && isTupleOrFrozenSet(w):
		size, _ := seqLen(w)
		if size != 0 {
			n, ok := asLong(vi)
			if !ok || n < 0 || n > int64(foldMaxCollection/size) {
				return nil, false
			}
			if n != 0 && checkComplexity(w, foldMaxTotalItems/int(n)) < 0 {
				return nil, false
			}
		}
		return repeat(w, vi)
	case vInt && isStrOrBytes(w):
		size, _ := seqLen(w)
		if size != 0 {
			n, ok := asLong(vi)
			if !ok || n < 0 || n > int64(foldMaxStrSize/size) {
				return nil, false
			}
		}
		return repeat(w, vi)
	case wInt && (isTupleOrFrozenSet(v) || isStrOrBytes(v)):
		return safeMultiply(w, v)
	}
	return numericOp(syntax.Mult, v, w)
}

func isTupleOrFrozenSet(v constant.Value) bool {
	switch v.(type) {
	case constant.Tuple, constant.FrozenSet:
		return true
	}
	return false
}

func isStrOrBytes(v constant.Value) bool {
	switch v.(type) {
	case constant.Str, constant.Bytes:
		return true
	}
	return false
}

// checkComplexity is ast_opt.c's check_complexity: limit minus the number
// of items in obj and in the tuples and frozensets nested in it, negative
// once the limit is exceeded.
func checkComplexity(obj constant.Value, limit int) int {
	var items []constant.Value
	switch v := obj.(type) {
	case constant.Tuple:
		items = v
	case constant.FrozenSet:
		items = v
	default:
		return limit
	}
	limit -= len(items)
	for i := 0; limit >= 0 && i < len(items); i++ {
		limit = checkComplexity(items[i], limit)
	}
	return limit
}

// repeat is sequence repetition (sq_repeat) with a count already known to
// be small, or on an empty sequence. A frozenset has no repetition.
func repeat(seq constant.Value, count *big.Int) (constant.Value, bool) {
	n, ok := asLong(count) // PyNumber_AsSsize_t: OverflowError
	if !ok {
		return nil, false
	}
	if n < 0 {
		n = 0
	}
	switch s := seq.(type) {
	case constant.Str:
		if len(s) == 0 {
			return s, true
		}
		buf := make([]byte, 0, len(s)*int(n))
		for range n {
			buf = append(buf, s...)
		}
		return constant.Str(buf), true
	case constant.Bytes:
		if len(s) == 0 {
			return s, true
		}
		buf := make([]byte, 0, len(s)*int(n))
		for range n {
			buf = append(buf, s...)
		}
		return constant.Bytes(buf), true
	case constant.Tuple:
		if len(s) == 0 {
			return s, true
		}
		out := make(constant.Tuple, 0, len(s)*int(n))
		for range n {
			out = append(out, s...)
		}
		return out, true
	}
	return nil, false
}

// safePower is ast_opt.c's safe_power: a nonzero int to a positive int
// power folds only when bits(base) <= 128 / exponent.
func safePower(v, w constant.Value) (constant.Value, bool) {
	vi, vInt := asInt(v)
	wi, wInt := asInt(w)
	if vInt && wInt && vi.Sign() != 0 && wi.Sign() > 0 {
		wbits, ok := asSizeT(wi)
		if !ok {
			return nil, false
		}
		if uint64(numBits(vi)) > foldMaxIntBits/wbits {
			return nil, false
		}
	}
	return numericOp(syntax.Pow, v, w)
}

// safeLshift is ast_opt.c's safe_lshift: a nonzero int shifted by a nonzero
// count folds only when the count is at most 128 and the result at most
// 128 bits.
func safeLshift(v, w constant.Value) (constant.Value, bool) {
	vi, vInt := asInt(v)
	wi, wInt := asInt(w)
	if !vInt || !wInt {
		return nil, false
	}
	if vi.Sign() != 0 && wi.Sign() != 0 {
		wbits, ok := asSizeT(wi)
		if !ok {
			return nil, false
		}
		if wbits > foldMaxIntBits || uint64(numBits(vi)) > foldMaxIntBits-wbits {
			return nil, false
		}
	}
	// long_lshift
	if wi.Sign() < 0 {
		return nil, false // ValueError: negative shift count
	}
	if vi.Sign() == 0 {
		return newInt(new(big.Int)), true
	}
	return newInt(new(big.Int).Lsh(vi, uint(wi.Uint64()))), true
}

// getItem is PyObject_GetItem for a constant container and a constant
// index: str, bytes and tuple indexed by an int or bool, negative indexes
// counting from the end.
func getItem(container, index constant.Value) (constant.Value, bool) {
	x, ok := asInt(index)
	if !ok {
		return nil, false // TypeError (also for frozenset, None, …)
	}
	i, ok := asLong(x)
	if !ok {
		return nil, false // IndexError: cannot fit 'int' into an index-sized integer
	}
	switch c := container.(type) {
	case constant.Str:
		cps := c.CodePoints()
		if i < 0 {
			i += int64(len(cps))
		}
		if i < 0 || i >= int64(len(cps)) {
			return nil, false
		}
		return constant.StrFromCodePoints(cps[i : i+1]), true
	case constant.Bytes:
		if i < 0 {
			i += int64(len(c))
		}
		if i < 0 || i >= int64(len(c)) {
			return nil, false
		}
		return newInt(big.NewInt(int64(c[i]))), true
	case constant.Tuple:
		if i < 0 {
			i += int64(len(c))
		}
		if i < 0 || i >= int64(len(c)) {
			return nil, false
		}
		return c[i], true
	}
	return nil, false
}
