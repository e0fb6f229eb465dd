package specializer

import (
	"fmt"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// BINARY_SUBSCR and STORE_SUBSCR, as CPython 3.11's
// _Py_Specialize_BinarySubscr and _Py_Specialize_StoreSubscr.
//
// BINARY_SUBSCR: an exact list or tuple with an exact int subscript
// (any value: the run-time guard checks the range), any subscript of an
// exact dict, or an instance of a class whose __getitem__ is a simple
// Python function of two parameters (BINARY_SUBSCR_GETITEM, which
// caches the type version at units 1-2 and the function's version at
// unit 3, then calls it in a new frame).
//
// STORE_SUBSCR: an exact list with a non-negative single-digit int that
// is in range when specializing, or an exact dict.

func init() {
	register(op.BINARY_SUBSCR, &family{specialize: specializeBinarySubscr, explain: explainBinarySubscr})
	register(op.STORE_SUBSCR, &family{specialize: specializeStoreSubscr, explain: explainStoreSubscr})
}

// SUBSCR failure kinds (specialize.c, 3.11). The CALL kinds reuse the
// numbers 9 and 10 of the array and list slice kinds.
const (
	failOther                  = 0
	failWrongNumberArguments   = 6
	failSubscrArrayInt         = 8
	failSubscrArraySlice       = 9
	failSubscrListSlice        = 10
	failSubscrTupleSlice       = 11
	failSubscrStringInt        = 12
	failSubscrStringSlice      = 13
	failSubscrBufferInt        = 15
	failSubscrBufferSlice      = 16
	failSubscrSequenceInt      = 17
	failSubscrBytearrayInt     = 18
	failSubscrBytearraySlice   = 19
	failSubscrPySimple         = 20
	failSubscrPyOther          = 21
	failSubscrDictSubclassNoOv = 22
	failSubscrNotHeapType      = 23
	failCallComplexParameters  = 9
	failCallCoNotOptimized     = 10
)

var subscrFailNames = map[int]string{
	failOther:                  "SPEC_FAIL_OTHER",
	failOutOfRange:             "SPEC_FAIL_OUT_OF_RANGE",
	failOutOfVersions:          "SPEC_FAIL_OUT_OF_VERSIONS",
	failWrongNumberArguments:   "SPEC_FAIL_WRONG_NUMBER_ARGUMENTS",
	failSubscrArrayInt:         "SPEC_FAIL_SUBSCR_ARRAY_INT",
	failSubscrListSlice:        "SPEC_FAIL_SUBSCR_LIST_SLICE",
	failSubscrTupleSlice:       "SPEC_FAIL_SUBSCR_TUPLE_SLICE",
	failSubscrStringInt:        "SPEC_FAIL_SUBSCR_STRING_INT",
	failSubscrStringSlice:      "SPEC_FAIL_SUBSCR_STRING_SLICE",
	failSubscrBufferInt:        "SPEC_FAIL_SUBSCR_BUFFER_INT",
	failSubscrBufferSlice:      "SPEC_FAIL_SUBSCR_BUFFER_SLICE",
	failSubscrSequenceInt:      "SPEC_FAIL_SUBSCR_SEQUENCE_INT",
	failSubscrBytearrayInt:     "SPEC_FAIL_SUBSCR_BYTEARRAY_INT",
	failSubscrBytearraySlice:   "SPEC_FAIL_SUBSCR_BYTEARRAY_SLICE",
	failSubscrPySimple:         "SPEC_FAIL_SUBSCR_PY_SIMPLE",
	failSubscrPyOther:          "SPEC_FAIL_SUBSCR_PY_OTHER",
	failSubscrDictSubclassNoOv: "SPEC_FAIL_SUBSCR_DICT_SUBCLASS_NO_OVERRIDE",
	failSubscrNotHeapType:      "SPEC_FAIL_SUBSCR_NOT_HEAP_TYPE",
}

// subscrFail is a failed SUBSCR attempt of kind k.
func subscrFail(k int, reason string, args ...any) vm.Attempt {
	return fail(k, subscrFailNames[k], reason, args...)
}

// subscrCallFail is a failed attempt with a CALL kind (9 or 10), named
// as CPython's specialize.c names it rather than by its number.
func subscrCallFail(k int, reason string, args ...any) vm.Attempt {
	name := "SPEC_FAIL_CALL_COMPLEX_PARAMETERS"
	if k == failCallCoNotOptimized {
		name = "SPEC_FAIL_CALL_CO_NOT_OPTIMIZED"
	}
	return fail(k, name, reason, args...)
}

func (s subscrOperands) isExactInt() bool { return s.m.TypeOf(s.sub) == s.m.Types().Int }
func (s subscrOperands) isSlice() bool    { return s.m.TypeOf(s.sub) == s.m.Types().Slice }

type subscrOperands struct {
	m              *vm.Machine
	container, sub vm.Value
	t              *vm.Type
}

func specializeBinarySubscr(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt {
	units := f.Code.Units
	s := subscrOperands{m: m, container: stackTop(f, 1), sub: stackTop(f, 0)}
	s.t = m.TypeOf(s.container)
	tt := m.Types()
	switch s.t {
	case tt.List:
		if s.isExactInt() {
			rewrite(units, at, op.BINARY_SUBSCR_LIST_INT)
			return success("an exact list indexed by an exact int")
		}
		if s.isSlice() {
			return subscrFail(failSubscrListSlice, "a list sliced")
		}
		return subscrFail(failOther, "a list indexed by a %s", m.TypeOf(s.sub).Name)
	case tt.Tuple:
		if s.isExactInt() {
			rewrite(units, at, op.BINARY_SUBSCR_TUPLE_INT)
			return success("an exact tuple indexed by an exact int")
		}
		if s.isSlice() {
			return subscrFail(failSubscrTupleSlice, "a tuple sliced")
		}
		return subscrFail(failOther, "a tuple indexed by a %s", m.TypeOf(s.sub).Name)
	case tt.Dict:
		rewrite(units, at, op.BINARY_SUBSCR_DICT)
		return success("an exact dict")
	}
	descr := m.SubscrTypeLookup(s.t, "__getitem__")
	if fn := m.SubscrFunction(descr); fn != nil {
		if !s.t.IsHeap() {
			return subscrFail(failSubscrNotHeapType, "%s is not a class made by a class statement", s.t.Name)
		}
		c := fn.Code
		if k := subscrFunctionKind(c.Code); k != 0 {
			return subscrCallFail(k, "%s.__getitem__ %s", s.t.Name, subscrFunctionKindReason(k))
		}
		if c.ArgCount != 2 {
			return subscrFail(failWrongNumberArguments, "%s.__getitem__ takes %d positional parameters, not 2",
				s.t.Name, c.ArgCount)
		}
		// CPython 3.11 writes the type version before it checks the
		// function's version, so a failure here leaves it in the cache.
		tv := s.t.VersionTag
		write32(units, at, 1, tv)
		fv := m.SubscrFuncVersion(fn)
		if fv == 0 || fv > 0xFFFF {
			return subscrFail(failOutOfVersions, "%s.__getitem__'s function version %d does not fit 16 bits",
				s.t.Name, fv)
		}
		write16(units, at, 3, uint16(fv))
		rewrite(units, at, op.BINARY_SUBSCR_GETITEM)
		return success("%s.__getitem__ is a Python function: type %s version %d, function version %d; called in a new frame",
			s.t.Name, s.t.Name, tv, fv)
	}
	k := binarySubscrFailKind(s)
	return subscrFail(k, "%s[%s]: %s", s.t.Name, m.TypeOf(s.sub).Name, binarySubscrFailReason(k))
}

// binarySubscrFailKind is CPython 3.11's binary_subscr_fail_kind: str,
// then array.array (absent here), then any type with a buffer (which
// includes every class made by a class statement: CPython gives each
// heap type a buffer-procs table), then a sequence with sq_item.
func binarySubscrFailKind(s subscrOperands) int {
	m, tt := s.m, s.m.Types()
	switch {
	case s.t == tt.Str:
		switch {
		case s.isExactInt():
			return failSubscrStringInt
		case s.isSlice():
			return failSubscrStringSlice
		}
		return failOther
	case s.t.IsHeap() || s.t == tt.Bytes || s.t == tt.ByteArray || s.t == tt.MemoryView:
		switch {
		case s.isExactInt():
			return failSubscrBufferInt
		case s.isSlice():
			return failSubscrBufferSlice
		}
		return failOther
	case s.isExactInt() && m.HasSqItem(s.t):
		return failSubscrSequenceInt
	}
	return failOther
}

func binarySubscrFailReason(k int) string {
	switch k {
	case failSubscrStringInt, failSubscrStringSlice:
		return "str subscripts are not specialized"
	case failSubscrBufferInt, failSubscrBufferSlice:
		return "no specialized form for this type (CPython classes it with the buffer types)"
	case failSubscrSequenceInt:
		return "a sequence other than list and tuple"
	}
	return "no specialized form"
}

// subscrFunctionKind is CPython 3.11's function_kind: 0 for a simple function
// (positional parameters only, optimized code), else the CALL failure
// kind.
func subscrFunctionKind(c *op.Code) int {
	if c.Flags&(op.CoVarargs|op.CoVarkeywords) != 0 || c.KwOnlyArgCount != 0 {
		return failCallComplexParameters
	}
	if c.Flags&op.CoOptimized == 0 {
		return failCallCoNotOptimized
	}
	return 0
}

func subscrFunctionKindReason(k int) string {
	if k == failCallCoNotOptimized {
		return "runs code that is not optimized (no fast locals)"
	}
	return "has *args, **kwargs or keyword-only parameters"
}

func explainBinarySubscr(m *vm.Machine, f *vm.Frame, at, oparg int) string {
	units := f.Code.Units
	container, sub := stackTop(f, 1), stackTop(f, 0)
	t := m.TypeOf(container)
	tt := m.Types()
	switch op.Opcode(units[at] & 0xff) {
	case op.BINARY_SUBSCR_LIST_INT, op.BINARY_SUBSCR_TUPLE_INT:
		want, items, ok := "list", []vm.Value(nil), false
		if op.Opcode(units[at]&0xff) == op.BINARY_SUBSCR_TUPLE_INT {
			want = "tuple"
			items, ok = m.ExactTupleItems(container)
		} else {
			items, ok = m.ExactListItems(container)
		}
		if m.TypeOf(sub) != tt.Int {
			return fmt.Sprintf("subscript is a %s, not exactly an int", m.TypeOf(sub).Name)
		}
		if !ok {
			return fmt.Sprintf("container is a %s, not exactly a %s", t.Name, want)
		}
		if _, small := vm.SubscrIndex(sub); !small {
			return "index is negative or not below 2**30"
		}
		return fmt.Sprintf("index out of range (%s of %d items)", want, len(items))
	case op.BINARY_SUBSCR_DICT:
		return fmt.Sprintf("container is a %s, not exactly a dict", t.Name)
	case op.BINARY_SUBSCR_GETITEM:
		cached := uint32(units[at+2]) | uint32(units[at+3])<<16
		if t.VersionTag != cached {
			if t.VersionTag == 0 {
				return fmt.Sprintf("%s was modified since (its version tag was cleared), cached version %d", t.Name, cached)
			}
			return fmt.Sprintf("type version of %s is %d, cached %d", t.Name, t.VersionTag, cached)
		}
		return fmt.Sprintf("%s.__getitem__ changed: function version is not the cached %d", t.Name, units[at+4])
	}
	return "a guard failed"
}

func specializeStoreSubscr(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt {
	units := f.Code.Units
	s := subscrOperands{m: m, container: stackTop(f, 1), sub: stackTop(f, 0)}
	s.t = m.TypeOf(s.container)
	tt := m.Types()
	switch s.t {
	case tt.List:
		if s.isExactInt() {
			items, _ := m.ExactListItems(s.container)
			if i, ok := vm.SubscrIndex(s.sub); ok && i < len(items) {
				rewrite(units, at, op.STORE_SUBSCR_LIST_INT)
				return success("an exact list, index %d in range (%d items)", i, len(items))
			}
			return subscrFail(failOutOfRange, "a list of %d items: index negative, too big or out of range", len(items))
		}
		if s.isSlice() {
			return subscrFail(failSubscrListSlice, "a slice of a list assigned")
		}
		return subscrFail(failOther, "a list indexed by a %s", m.TypeOf(s.sub).Name)
	case tt.Dict:
		rewrite(units, at, op.STORE_SUBSCR_DICT)
		return success("an exact dict")
	}
	k := storeSubscrFailKind(s)
	return subscrFail(k, "%s[%s] = ...: no specialized form", s.t.Name, m.TypeOf(s.sub).Name)
}

// storeSubscrFailKind is the kind CPython 3.11's statistics build
// records for STORE_SUBSCR on anything but an exact list or dict. It
// assigns no version tag (CPython's lookup there does, but only in that
// build).
func storeSubscrFailKind(s subscrOperands) int {
	m, tt := s.m, s.m.Types()
	if s.t.IsSubtype(tt.Dict) && s.t.InheritsDictSetItem() {
		return failSubscrDictSubclassNoOv
	}
	if s.t.IsSubtype(tt.Bytes) || s.t.IsSubtype(tt.ByteArray) || s.t.IsSubtype(tt.MemoryView) {
		// PyObject_CheckBuffer. An exact int that is negative or has
		// more than one digit (Py_SIZE(sub) > 1 as an unsigned number)
		// comes first.
		if _, ok := vm.SubscrIndex(s.sub); s.isExactInt() && !ok {
			return failOutOfRange
		}
		switch {
		case s.t == tt.ByteArray && s.isExactInt():
			return failSubscrBytearrayInt
		case s.t == tt.ByteArray && s.isSlice():
			return failSubscrBytearraySlice
		case s.t == tt.ByteArray:
			return failOther
		case s.isExactInt():
			return failSubscrBufferInt
		case s.isSlice():
			return failSubscrBufferSlice
		}
		return failOther
	}
	if fn := m.SubscrFunction(m.SubscrFindInMRO(s.t, "__setitem__")); fn != nil {
		if subscrFunctionKind(fn.Code.Code) == 0 {
			return failSubscrPySimple
		}
		return failSubscrPyOther
	}
	return failOther
}

func explainStoreSubscr(m *vm.Machine, f *vm.Frame, at, oparg int) string {
	container, sub := stackTop(f, 1), stackTop(f, 0)
	t := m.TypeOf(container)
	if op.Opcode(f.Code.Units[at]&0xff) == op.STORE_SUBSCR_DICT {
		return fmt.Sprintf("container is a %s, not exactly a dict", t.Name)
	}
	if m.TypeOf(sub) != m.Types().Int {
		return fmt.Sprintf("subscript is a %s, not exactly an int", m.TypeOf(sub).Name)
	}
	items, ok := m.ExactListItems(container)
	if !ok {
		return fmt.Sprintf("container is a %s, not exactly a list", t.Name)
	}
	if _, small := vm.SubscrIndex(sub); !small {
		return "index is negative or not below 2**30"
	}
	return fmt.Sprintf("index out of range (list of %d items)", len(items))
}
