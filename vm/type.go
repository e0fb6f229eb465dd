package vm

// Function shapes of the slots.
type (
	// UnaryFunc is a one-operand slot (tp_repr, nb_negative, tp_iter…).
	UnaryFunc func(m *Machine, a Value) (Value, error)
	// BinaryFunc is a number slot: either operand may be the instance of
	// the type the slot belongs to (CPython's nb_* convention); a slot that
	// cannot handle the pair returns NotImplemented.
	BinaryFunc func(m *Machine, a, b Value) (Value, error)
	// CallFunc is tp_call in vectorcall form: args holds the positional
	// arguments followed by the keyword arguments' values, kwnames the
	// keywords' names (str Values). args may live on the value stack: a
	// callee that keeps it must copy it.
	CallFunc func(m *Machine, callable Value, args []Value, kwnames []Value) (Value, error)
)

// Number slot indexes: BINARY_OP's oparg (NB_ADD … NB_XOR); the in-place
// forms are these plus NbInplace.
const (
	NbAdd = iota
	NbAnd
	NbFloorDivide
	NbLshift
	NbMatrixMultiply
	NbMultiply
	NbRemainder
	NbOr
	NbPower
	NbRshift
	NbSubtract
	NbTrueDivide
	NbXor
	NbCount
	NbInplace = NbCount
)

// CompareOp is a rich comparison (Py_LT … Py_GE), COMPARE_OP's oparg.
type CompareOp int

// Rich comparisons, in CPython's numbering.
const (
	LT CompareOp = iota
	LE
	EQ
	NE
	GT
	GE
)

// Slots are a type's behaviours as Go functions (CPython's tp_*, nb_*,
// sq_*, mp_* slots). A nil slot means the type lacks the behaviour.
type Slots struct {
	Repr UnaryFunc
	Str  UnaryFunc
	Hash func(m *Machine, a Value) (int64, error)
	// RichCompare returns NotImplemented when it cannot compare the pair.
	RichCompare func(m *Machine, a, b Value, op CompareOp) (Value, error)
	// GetAttr is tp_getattro; name is a str. It returns an AttributeError.
	GetAttr func(m *Machine, obj, name Value) (Value, error)
	// SetAttr is tp_setattro; v Null deletes.
	SetAttr func(m *Machine, obj, name, v Value) error
	Call    CallFunc
	Iter    UnaryFunc
	// Next is tp_iternext: Null with a nil error means exhausted (no
	// StopIteration is created), as CPython's NULL without an exception.
	Next UnaryFunc
	// DescrGet is tp_descr_get; obj is Null when looked up on the class.
	DescrGet func(m *Machine, descr, obj Value, typ *Type) (Value, error)
	// DescrSet is tp_descr_set; v Null deletes.
	DescrSet func(m *Machine, descr, obj, v Value) error
	// New is tp_new: create an instance of t (t may be a subclass).
	New func(m *Machine, t *Type, args []Value, kwnames []Value) (Value, error)
	// Init is tp_init.
	Init func(m *Machine, self Value, args []Value, kwnames []Value) error

	// Number slots, indexed by Nb*; Number[NbPower] is called with the
	// modulus None. InplaceNumber holds the in-place forms.
	Number        [NbCount]BinaryFunc
	InplaceNumber [NbCount]BinaryFunc
	// Pow3 is nb_power with a modulus (three-argument pow()).
	Pow3     func(m *Machine, a, b, mod Value) (Value, error)
	Negative UnaryFunc
	Positive UnaryFunc
	Invert   UnaryFunc
	Absolute UnaryFunc
	Bool     func(m *Machine, a Value) (bool, error)
	Int      UnaryFunc
	Float    UnaryFunc
	Index    UnaryFunc
	// Divmod is nb_divmod. divmod() dispatches by itself (divmodSlot);
	// the slot backs the __divmod__ and __rdivmod__ of int and float.
	Divmod BinaryFunc

	Len func(m *Machine, a Value) (int, error)
	// GetItem is mp_subscript (sq_item is reached through it).
	GetItem func(m *Machine, obj, key Value) (Value, error)
	// SetItem is mp_ass_subscript; v Null deletes.
	SetItem  func(m *Machine, obj, key, v Value) error
	Contains func(m *Machine, obj, v Value) (bool, error)
}

// TypeFlags are CPython's Py_TPFLAGS_* that matter here.
type TypeFlags uint64

// Type flags (CPython 3.11 values, so __flags__ reads the same).
const (
	FlagManagedDict   TypeFlags = 1 << 4
	FlagSequence      TypeFlags = 1 << 5
	FlagMapping       TypeFlags = 1 << 6
	FlagImmutable     TypeFlags = 1 << 8
	FlagHeapType      TypeFlags = 1 << 9
	FlagBaseType      TypeFlags = 1 << 10
	FlagHaveGC        TypeFlags = 1 << 14
	FlagAbstract      TypeFlags = 1 << 20
	FlagValidVersion  TypeFlags = 1 << 19
	FlagLongSubclass  TypeFlags = 1 << 24
	FlagListSubclass  TypeFlags = 1 << 25
	FlagTupleSubclass TypeFlags = 1 << 26
	FlagBytesSubclass TypeFlags = 1 << 27
	FlagStrSubclass   TypeFlags = 1 << 28
	FlagDictSubclass  TypeFlags = 1 << 29
	FlagBaseExcSub    TypeFlags = 1 << 30
	FlagTypeSubclass  TypeFlags = 1 << 31
)

// Type is a Python type object.
type Type struct {
	Header
	Slots

	Name     string // tp_name's last component (__name__)
	QualName string
	Module   string // "builtins" for builtin types
	Doc      string
	Base     *Type
	Bases    []*Type
	MRO      []*Type
	// Dict is the type's namespace (tp_dict) as a dict object.
	Dict  *Dict
	Flags TypeFlags

	// VersionTag is tp_version_tag: 0 when unassigned or invalidated
	// (typeversion.go).
	VersionTag uint32
	// subclasses are weak in CPython; here the list of direct subclasses,
	// used to invalidate version tags and re-derive slots.
	subclasses []*Type

	// Layout (CPython 3.11 numbers; layout.go).
	BasicSize     int
	ItemSize      int
	DictOffset    int
	WeakrefOffset int
	// Slot names of __slots__ and their offsets, for member descriptors.
	slotNames []string
	// CachedKeys is ht_cached_keys: the shared keys of instance dicts.
	CachedKeys *DictKeys

	// newInstance allocates the Go object for an instance of this type
	// (or of a subclass that adds nothing but a dict); set for every type
	// that can be instantiated from Python.
	newInstance func(m *Machine, t *Type) Object
}

// IsSubtype reports whether t is s or derives from it (by the MRO, as
// PyType_IsSubtype does).
func (t *Type) IsSubtype(s *Type) bool {
	if t == s {
		return true
	}
	if t.MRO == nil {
		for b := t.Base; b != nil; b = b.Base {
			if b == s {
				return true
			}
		}
		return false
	}
	for _, b := range t.MRO {
		if b == s {
			return true
		}
	}
	return false
}

// IsHeap reports whether t was created by a class statement or type().
func (t *Type) IsHeap() bool { return t.Flags&FlagHeapType != 0 }

// traverse implements Object.
func (t *Type) traverse(visit func(Value)) {
	if t.Dict != nil {
		visit(t.Dict.self)
	}
	if t.Base != nil {
		visit(t.Base.self)
	}
	for _, b := range t.Bases {
		visit(b.self)
	}
	for _, b := range t.MRO {
		visit(b.self)
	}
	for _, s := range t.subclasses {
		visit(s.self)
	}
	if t.CachedKeys != nil {
		t.CachedKeys.traverse(visit)
	}
}
