package vm

// The heap is a table of Go objects indexed by handle. Handles are reused
// after the collector frees them; which handle an allocation gets depends
// only on the program's history, so runs are deterministic.
//
// The collector (gc.go) runs only at safe points, between instructions of
// the outermost eval loop, where every live Value is reachable from a root.
type heap struct {
	objs []Object
	// types[h] is objs[h]'s type, kept beside the table so TypeOf needs
	// no interface call.
	types []*Type
	free  []uint32
	// spareInstances are Instances the collector freed, ready to be
	// reused by the next instances made (see recycle).
	spareInstances []*Instance

	// Memory accounting, in estimated bytes (CPython's object sizes).
	live      int64 // at the end of the last collection
	sinceGC   int64 // charged since then
	limit     int64 // MemoryError above this
	allocs    int   // allocations since the last collection
	gcPending bool  // a collection is due at the next safe point
}

// Memory defaults.
const (
	DefaultMemoryLimit = 1 << 30 // 1 GiB of Python objects
	minGCBytes         = 16 << 20
	objectOverhead     = 48 // accounted per allocation besides charge()
)

func (h *heap) init(limit int64) {
	if limit <= 0 {
		limit = DefaultMemoryLimit
	}
	h.limit = limit
	h.objs = make([]Object, firstFreeHandle, 1024)
	h.types = make([]*Type, firstFreeHandle, 1024)
}

// maxSpareInstances bounds the Instances kept for reuse.
const maxSpareInstances = 1 << 17

// recycle keeps o, which the collector just freed, for reuse when nothing
// outside it can still point into it: an Instance whose values and slots
// live in its own storage and that never had a dict object (a
// materialised dict adopts the values array).
func (h *heap) recycle(o Object) {
	in, ok := o.(*Instance)
	if !ok || len(h.spareInstances) >= maxSpareInstances || in.dict != nil ||
		in.values != nil && in.values != &in.ownValues ||
		in.slots != nil && &in.slots[0] != &in.slotsBuf[0] {
		return
	}
	*in = Instance{}
	h.spareInstances = append(h.spareInstances, in)
}

// newInstance returns a zeroed Instance, reused when one is spare.
func (h *heap) newInstance() *Instance {
	if n := len(h.spareInstances); n > 0 {
		in := h.spareInstances[n-1]
		h.spareInstances = h.spareInstances[:n-1]
		return in
	}
	return &Instance{}
}

// alloc stores o in the heap and returns its handle Value. It never fails;
// callers that allocate much memory at once call charge first.
func (m *Machine) alloc(o Object, t *Type) Value {
	h := &m.heap
	var v Value
	if n := len(h.free); n > 0 {
		v = Value(h.free[n-1])
		h.free = h.free[:n-1]
		h.objs[v] = o
		h.types[v] = t
	} else {
		v = Value(len(h.objs))
		h.objs = append(h.objs, o)
		h.types = append(h.types, t)
	}
	hd := o.hdr()
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

// gcThreshold is how many bytes may be charged between collections: as
// much as survived the last one (Go's GOGC=100 policy), at least
// minGCBytes, and never more than half of what is left under the
// ceiling, so a program whose live data fits is collected before it
// reaches MemoryError.
func (h *heap) gcThreshold() int64 {
	t := max(h.live, minGCBytes)
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
