package vm

import "math/big"

// The heap is a table of Go objects indexed by handle. Handles are reused
// after the collector frees them; which handle an allocation gets depends
// only on the program's history, so runs are deterministic.
//
// The collector (gc.go) runs only at safe points, between instructions of
// an eval loop; what Go code may hold there is pinned (see pins).
type heap struct {
	objs []Object
	// types[h] is objs[h]'s type, kept beside the table so TypeOf needs
	// no interface call.
	types []*Type
	// stamps[h] is the pin epoch objs[h] was allocated in (gc.go).
	stamps []uint32
	free   []uint32
	pins   pinState
	// Objects the collector freed, ready to be reused (see recycle).
	spareInstances []*Instance
	spareStrs      []*Str
	spareTuples    []*Tuple
	spareInts      []*Int
	// Scratch big.Ints for int64 operands of big int arithmetic
	// (scratchBig).
	bigScratch [2]big.Int

	// The collector's mark bits and work stack, kept between
	// collections.
	marks []uint64
	work  []Value

	// Memory accounting, in estimated bytes (CPython's object sizes).
	live      int64 // at the end of the last collection
	sinceGC   int64 // charged since then
	limit     int64 // MemoryError above this
	allocs    int   // allocations since the last collection
	gcPending bool  // a collection is due at the next safe point
	// collections counts the collections run so far.
	collections uint64
}

// Memory defaults.
const (
	DefaultMemoryLimit = 1 << 30 // 1 GiB of Python objects
	minGCBytes         = 2 << 20
	objectOverhead     = 48 // accounted per allocation besides charge()
)

func (h *heap) init(limit int64) {
	if limit <= 0 {
		limit = DefaultMemoryLimit
	}
	h.limit = limit
	h.objs = make([]Object, firstFreeHandle, 1024)
	h.types = make([]*Type, firstFreeHandle, 1024)
	h.stamps = make([]uint32, firstFreeHandle, 1024)
}

// maxSpare bounds the objects of each kind kept for reuse.
const maxSpare = 1 << 18

// recycle keeps o, which the collector just freed, for reuse. Only the Go
// structs of the most common objects are kept (Instances; strs, tuples
// and heap ints of the builtin types, not of subclasses), and o's memory
// is not read here (the sweep would otherwise touch every dead object):
// the new* functions below reset what they reuse. An *Int's big.Int is
// dropped, never reused: ints share them (an int subclass instance holds
// the big.Int of the int it was made from).
func (h *heap) recycle(o Object, t *Type) {
	switch o := o.(type) {
	case *Instance:
		if len(h.spareInstances) < maxSpare {
			h.spareInstances = append(h.spareInstances, o)
		}
	case *Str:
		// Interned strs are never freed: the interning table is a root.
		if len(h.spareStrs) < maxSpare && !t.IsHeap() {
			h.spareStrs = append(h.spareStrs, o)
		}
	case *Tuple:
		if len(h.spareTuples) < maxSpare && !t.IsHeap() {
			h.spareTuples = append(h.spareTuples, o)
		}
	case *Int:
		if len(h.spareInts) < maxSpare && !t.IsHeap() {
			h.spareInts = append(h.spareInts, o)
		}
	}
}

// newInstance returns a zeroed Instance, reusing a spare one when nothing
// outside it can still point into it: its values and slots were in its
// own storage and it never had a dict object (a materialised dict adopts
// the values array).
func (h *heap) newInstance() *Instance {
	for n := len(h.spareInstances); n > 0; n-- {
		o := h.spareInstances[n-1]
		h.spareInstances = h.spareInstances[:n-1]
		if o.dict != nil || o.values != nil && o.values != &o.ownValues ||
			o.slots != nil && &o.slots[0] != &o.slotsBuf[0] {
			continue
		}
		*o = Instance{}
		return o
	}
	return &Instance{}
}

// newStr returns a zeroed Str, reused when one is spare.
func (h *heap) newStr() *Str { return takeSpare(&h.spareStrs) }

// newTuple returns a zeroed Tuple, reused when one is spare.
func (h *heap) newTuple() *Tuple { return takeSpare(&h.spareTuples) }

// newInt returns a zeroed Int, reused when one is spare.
func (h *heap) newInt() *Int { return takeSpare(&h.spareInts) }

// takeSpare pops a spare object and zeroes it, or makes a new one.
func takeSpare[T any](spare *[]*T) *T {
	n := len(*spare)
	if n == 0 {
		return new(T)
	}
	o := (*spare)[n-1]
	*spare = (*spare)[:n-1]
	var zero T
	*o = zero
	return o
}

// alloc stores o in the heap and returns its handle Value. It never fails;
// callers that allocate much memory at once call charge first.
func (m *Machine) alloc(o Object, t *Type) Value { return m.allocAt(o, o.hdr(), t) }

// allocAt is alloc for a caller that has o's header at hand (hd), which
// saves a dynamic call on the commonest allocations.
func (m *Machine) allocAt(o Object, hd *Header, t *Type) Value {
	h := &m.heap
	var v Value
	if n := len(h.free); n > 0 {
		v = Value(h.free[n-1])
		h.free = h.free[:n-1]
		h.objs[v] = o
		h.types[v] = t
		h.stamps[v] = h.pins.stamp
	} else {
		v = Value(len(h.objs))
		h.objs = append(h.objs, o)
		h.types = append(h.types, t)
		h.stamps = append(h.stamps, h.pins.stamp)
	}
	hd.typ = t
	hd.self = v
	h.allocs++
	h.sinceGC += objectOverhead
	if h.sinceGC >= h.gcThreshold() && !h.gcPending {
		h.gcPending = true
		m.requestBreak()
	}
	if m.listener != nil {
		m.emit(Event{Kind: EvAlloc, Handle: v, Type: t})
	}
	return v
}

// charge accounts n bytes about to be allocated (a list's items, a str's
// text) and raises MemoryError if the program would exceed the memory
// ceiling. A collection is requested when enough has been charged.
func (m *Machine) charge(n int) error {
	h := &m.heap
	if n < 0 || int64(n) > h.limit || h.live+h.sinceGC+int64(n) > h.limit {
		if !h.gcPending {
			h.gcPending = true
			m.requestBreak()
		}
		return m.noMemory()
	}
	h.sinceGC += int64(n)
	if h.sinceGC >= h.gcThreshold() && !h.gcPending {
		h.gcPending = true
		m.requestBreak()
	}
	return nil
}

// gcThreshold is how many bytes may be charged between collections:
// twice what survived the last one (so marking costs at most half a
// byte per byte allocated), at least minGCBytes, and never more than half
// of what is left under the ceiling, so a program whose live data fits
// is collected before it reaches MemoryError. The minimum is small: a
// program with little live data then reuses the objects it freed while
// they are still in the processor's caches.
func (h *heap) gcThreshold() int64 {
	t := max(2*h.live, minGCBytes)
	return min(t, (h.limit-h.live)/2)
}

// obj returns the object behind a handle Value.
func (m *Machine) obj(v Value) Object { return m.heap.objs[v] }

// TypeOf returns v's Python type.
func (m *Machine) TypeOf(v Value) *Type {
	switch {
	case v >= intTag:
		return m.types.Int
	case v >= floatOffset:
		return m.types.Float
	}
	return m.heap.types[v]
}

// setType changes an object's type (__class__ assignment, type objects
// made before the type type).
func (m *Machine) setType(v Value, t *Type) {
	m.heap.objs[v].hdr().typ = t
	m.heap.types[v] = t
}
