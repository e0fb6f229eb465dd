package vm

import (
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// The BINARY_SUBSCR and STORE_SUBSCR families' specialized forms, with
// CPython 3.11's guards (ceval.c).
//
// BINARY_SUBSCR has 4 cache units: counter, type_version (32-bit, units
// 1-2), func_version (16-bit, unit 3); only BINARY_SUBSCR_GETITEM uses
// the fields. STORE_SUBSCR has the counter only.
//
// CPython 3.11 keeps the __getitem__ function a GETITEM site calls in
// the heap type itself (_spec_cache.getitem, a borrowed pointer that
// the type-version guard keeps valid). Here the body finds it again
// through the method cache: while the type's version tag is the cached
// one, the type has not been modified since the specialization, so the
// lookup yields the very function CPython cached, and nothing outside
// the heap needs to keep it alive for the collector.

func init() {
	specBodies[op.BINARY_SUBSCR_LIST_INT] = execBinarySubscrListInt
	specBodies[op.BINARY_SUBSCR_TUPLE_INT] = execBinarySubscrTupleInt
	specBodies[op.BINARY_SUBSCR_DICT] = execBinarySubscrDict
	specBodies[op.BINARY_SUBSCR_GETITEM] = execBinarySubscrGetItem
	specBodies[op.STORE_SUBSCR_LIST_INT] = execStoreSubscrListInt
	specBodies[op.STORE_SUBSCR_DICT] = execStoreSubscrDict
}

// Cache units after BINARY_SUBSCR and STORE_SUBSCR.
const (
	binarySubscrCaches = 4
	storeSubscrCaches  = 1
)

// SubscrIndex reports whether v is an exact int of at most one 30-bit
// digit and not negative (CPython 3.11: Py_SIZE(sub) is 0 or 1), and
// its value: the only subscripts the list and tuple forms accept.
func SubscrIndex(v Value) (int, bool) {
	if !v.IsSmallInt() {
		return 0, false
	}
	i := v.SmallInt()
	if i < 0 || i >= 1<<30 {
		return 0, false
	}
	return int(i), true
}

// SubscrTypeLookup is _PyType_Lookup of name on t, through the method
// cache (it may assign t a version tag, as CPython's lookup does).
func (m *Machine) SubscrTypeLookup(t *Type, name string) Value {
	return m.lookupType(t, m.Intern(name))
}

// SubscrFindInMRO searches t's MRO for name without the method cache:
// no version tag is assigned (for failure kinds, which CPython computes
// only in its statistics build and must not change what a run does).
func (m *Machine) SubscrFindInMRO(t *Type, name string) Value {
	v, _ := m.findNameInMRO(t, m.Intern(name))
	return v
}

// SubscrFunction returns the Python function behind v (nil if v is not
// one: the function type has no subclasses, so this is
// Py_TYPE(v) == &PyFunction_Type).
func (m *Machine) SubscrFunction(v Value) *Function { return m.function(v) }

// SubscrFuncVersion is _PyFunction_GetVersionForCurrentState: fn's
// version, a new one if it was reset by a change of the function.
func (m *Machine) SubscrFuncVersion(fn *Function) uint32 { return m.assignFuncVersion(fn) }

// InheritsDictSetItem reports whether t's mp_ass_subscript is dict's
// own (a dict subclass that overrides neither __setitem__ nor
// __delitem__).
func (t *Type) InheritsDictSetItem() bool { return sameSlot(t.SetItem, dictSetItem) }

// CPython 3.11: BINARY_SUBSCR_LIST_INT guards an exact int subscript,
// an exact list, a non-negative single-digit index, and index < len.
func execBinarySubscrListInt(m *Machine, f *Frame, oparg int) (specResult, error) {
	sp := f.SP
	i, ok := SubscrIndex(f.Vals[sp-1])
	if !ok {
		return specMiss, nil
	}
	l := m.list(f.Vals[sp-2])
	if l == nil || l.typ != m.types.List || i >= len(l.Items) {
		return specMiss, nil
	}
	f.Vals[sp-2] = l.Items[i]
	f.SP = sp - 1
	f.PC += binarySubscrCaches
	return specHit, nil
}

// CPython 3.11: BINARY_SUBSCR_TUPLE_INT, the same guards for a tuple.
func execBinarySubscrTupleInt(m *Machine, f *Frame, oparg int) (specResult, error) {
	sp := f.SP
	i, ok := SubscrIndex(f.Vals[sp-1])
	if !ok {
		return specMiss, nil
	}
	t := m.tuple(f.Vals[sp-2])
	if t == nil || t.typ != m.types.Tuple || i >= len(t.Items) {
		return specMiss, nil
	}
	f.Vals[sp-2] = t.Items[i]
	f.SP = sp - 1
	f.PC += binarySubscrCaches
	return specHit, nil
}

// CPython 3.11: BINARY_SUBSCR_DICT guards an exact dict only; a missing
// key raises KeyError from the specialized body itself (an error, not a
// miss), and hashing or comparing the key may run Python code.
func execBinarySubscrDict(m *Machine, f *Frame, oparg int) (specResult, error) {
	sp := f.SP
	d := m.dict(f.Vals[sp-2])
	if d == nil || d.typ != m.types.Dict {
		return specMiss, nil
	}
	key := f.Vals[sp-1]
	v, err := m.DictGet(d, key)
	if err != nil {
		return specError, err
	}
	if v == Null {
		return specError, m.keyError(key)
	}
	f.Vals[sp-2] = v
	f.SP = sp - 1
	f.PC += binarySubscrCaches
	return specHit, nil
}

// CPython 3.11: BINARY_SUBSCR_GETITEM guards the container's type
// version and the cached function's version, then calls the Python
// __getitem__ in a new frame of the same eval loop (no recursion in
// Go), with the container and the subscript as its two arguments.
func execBinarySubscrGetItem(m *Machine, f *Frame, oparg int) (specResult, error) {
	sp := f.SP
	units := f.Code.Units
	t := m.TypeOf(f.Vals[sp-2])
	if t.VersionTag != read32(units, f.PC+1) {
		return specMiss, nil
	}
	fn := m.function(m.lookupType(t, m.Intern("__getitem__")))
	if fn == nil || fn.Version != uint32(units[f.PC+3]) {
		return specMiss, nil
	}
	nf, err := m.prepareCall(fn, f.Vals[sp-2:sp], nil)
	if err != nil {
		return specError, err
	}
	f.SP = sp - 2
	f.PC += binarySubscrCaches
	nf.Back = f
	m.frame = nf
	return specEntered, nil
}

// CPython 3.11: STORE_SUBSCR_LIST_INT guards an exact int subscript, an
// exact list, a non-negative single-digit index, and index < len; the
// item is replaced in place.
func execStoreSubscrListInt(m *Machine, f *Frame, oparg int) (specResult, error) {
	sp := f.SP
	i, ok := SubscrIndex(f.Vals[sp-1])
	if !ok {
		return specMiss, nil
	}
	l := m.list(f.Vals[sp-2])
	if l == nil || l.typ != m.types.List || i >= len(l.Items) {
		return specMiss, nil
	}
	l.Items[i] = f.Vals[sp-3]
	f.SP = sp - 3
	f.PC += storeSubscrCaches
	return specHit, nil
}

// CPython 3.11: STORE_SUBSCR_DICT guards an exact dict; storing may
// raise (an unhashable key) or run Python code (the key's __hash__ and
// __eq__).
func execStoreSubscrDict(m *Machine, f *Frame, oparg int) (specResult, error) {
	sp := f.SP
	d := m.dict(f.Vals[sp-2])
	if d == nil || d.typ != m.types.Dict {
		return specMiss, nil
	}
	if err := m.DictSet(d, f.Vals[sp-1], f.Vals[sp-3]); err != nil {
		return specError, err
	}
	f.SP = sp - 3
	f.PC += storeSubscrCaches
	return specHit, nil
}
