package vm

// Object is a heap object. Every implementation embeds Header.
type Object interface {
	hdr() *Header
	// traverse calls visit on every Value the object references, for the
	// VM's collector. Implementations must visit everything they hold.
	traverse(visit func(Value))
}

// Header starts every heap object: its type and its own handle, so Go
// code holding the struct can hand it back to Python as a Value.
type Header struct {
	typ  *Type
	self Value
}

func (h *Header) hdr() *Header { return h }

// Type returns the object's Python type.
func (h *Header) Type() *Type { return h.typ }

// Value returns the object as a Value.
func (h *Header) Value() Value { return h.self }

// sizer is implemented by objects whose sys.getsizeof is not their type's
// __basicsize__ (variable-size objects and GC-tracked ones: CPython 3.11
// counts the 16-byte GC header in getsizeof).
type sizer interface {
	sizeOf() int
}
