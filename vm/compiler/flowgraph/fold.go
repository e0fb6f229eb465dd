package flowgraph

import (
	"fmt"
	"math"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
)

// constAt returns consts[i], or an error for an index out of range.
func (a *assembler) constAt(i int) (constant.Value, error) {
	if i < 0 || i >= len(a.consts) {
		return nil, fmt.Errorf("LOAD_CONST %d: constant index out of range (%d constants)", i, len(a.consts))
	}
	return a.consts[i], nil
}

// constTruth returns bool(consts[i]).
func (a *assembler) constTruth(i int) (bool, error) {
	c, err := a.constAt(i)
	if err != nil {
		return false, err
	}
	return truth(c), nil
}

// truth is Python's truth value of a constant (PyObject_IsTrue).
func truth(v constant.Value) bool {
	switch v := v.(type) {
	case constant.None:
		return false
	case constant.Bool:
		return bool(v)
	case constant.Int:
		return v.V.Sign() != 0
	case constant.Float:
		// NaN is true.
		return float64(v) != 0 || math.IsNaN(float64(v))
	case constant.Complex:
		return v != 0 || math.IsNaN(real(complex128(v))) || math.IsNaN(imag(complex128(v)))
	case constant.Str:
		return v != ""
	case constant.Bytes:
		return v != ""
	case constant.Tuple:
		return len(v) != 0
	case constant.FrozenSet:
		return len(v) != 0
	}
	// Ellipsis, code objects: true.
	return true
}

// constIndex returns the index of the constant whose key is k, if any.
func (a *assembler) constIndex(v constant.Value) (int, bool) {
	if a.constKeys == nil {
		a.constKeys = make(map[string]int, len(a.consts))
		for i, c := range a.consts {
			k := constant.Key(c)
			if _, dup := a.constKeys[k]; !dup {
				a.constKeys[k] = i
			}
		}
	}
	i, ok := a.constKeys[constant.Key(v)]
	return i, ok
}

// foldTupleOnConstants replaces LOAD_CONST c1 … LOAD_CONST cn; BUILD_TUPLE n
// (the n+1 instructions in seq) by NOPs and LOAD_CONST (c1, …, cn). The
// tuple reuses an equal constant already in the table, or is appended to
// it: folded tuples therefore come after every constant codegen added.
// CPython 3.11: fold_tuple_on_constants (equality is the compiler's
// constant key, as in its merge_const_one cache).
func (a *assembler) foldTupleOnConstants(seq []Instr, n int) error {
	for i := 0; i < n; i++ {
		if seq[i].Op != bytecode.LOAD_CONST {
			return nil
		}
	}
	elems := make(constant.Tuple, n)
	for i := 0; i < n; i++ {
		c, err := a.constAt(seq[i].Arg)
		if err != nil {
			return err
		}
		elems[i] = c
	}
	index, ok := a.constIndex(elems)
	if !ok {
		a.consts = append(a.consts, elems)
		index = len(a.consts) - 1
		a.constKeys[constant.Key(elems)] = index
	}
	for i := 0; i < n; i++ {
		seq[i].Op = bytecode.NOP
	}
	seq[n].Op = bytecode.LOAD_CONST
	seq[n].Arg = index
	return nil
}
