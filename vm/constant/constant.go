// Package constant holds the immutable Python values that appear as literals
// in source and as co_consts in code objects: None, Ellipsis, bool, int,
// float, complex, str, bytes, tuple, frozenset (and code objects, which
// package bytecode defines and which satisfy Value too).
//
// The same values flow from the parser (ast.Constant) through constant
// folding into a code object's constant table, so they carry CPython 3.11's
// semantics: Repr is repr(), Key distinguishes 1, 1.0 and True the way the
// compiler's constant cache does.
package constant

import "math/big"

// Value is a Python constant.
type Value interface {
	// Repr returns what CPython 3.11's repr() returns for the value.
	Repr() string
	// TypeName returns the Python type's name ("int", "str", "code", …).
	TypeName() string
}

type (
	// None is Python's None.
	None struct{}
	// Ellipsis is Python's Ellipsis (...).
	Ellipsis struct{}
	// Bool is True or False.
	Bool bool
	// Int is an int of any size. V is never nil and never mutated.
	Int struct{ V *big.Int }
	// Float is a float (IEEE double).
	Float float64
	// Complex is a complex number.
	Complex complex128
	// Str is a str. Code points are held as UTF-8; lone surrogates (which
	// Python strs may hold) are encoded as their 3-byte UTF-8 form.
	Str string
	// Bytes is a bytes object; the Go string holds the raw bytes.
	Bytes string
	// Tuple is a tuple.
	Tuple []Value
	// FrozenSet is a frozenset, its elements in CPython's iteration order.
	FrozenSet []Value
)

// Key returns a string that is equal for two constants exactly when CPython
// 3.11's compiler treats them as the same constant (_PyCode_ConstantKey):
// equal values of the same type, with 0.0 and -0.0 distinct, and tuples and
// frozensets compared element-wise by key. Code objects are keyed by
// identity.
func Key(v Value) string { return key(v) }
