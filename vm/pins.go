package vm

import "math"

// Collections inside nested eval loops.
//
// A collection may run between any two instructions of any eval loop.
// When the loop is nested (Go code called Python: a builtin consuming a
// generator, a key function, __eq__ in a dict lookup), the Go code below
// it may hold Values in its locals that no root reaches: the item a
// builtin is about to store, an accumulator, the items of a list being
// sorted. Such Values are pinned: every object carries the epoch it was
// allocated in (heap.stamps), each nested loop begins a new epoch, and a
// collection keeps every object allocated before the innermost epoch
// began, whatever reaches it. Go code that called into a loop obtained
// what it holds before the call, so nothing it holds is freed; what the
// nested Python code made and dropped is.
//
// Pinning everything older than the call would keep the garbage of a
// builtin's earlier calls alive until the builtin returns: sum over a
// generator runs each resumption in its own loop, and the lists made by
// the previous ones would stay. Two kinds of call run in the caller's
// epoch instead ("cooperative" calls), where the Go code between the
// epoch's start and the call is known to hold nothing the collector
// cannot see:
//
//   - FOR_ITER and SEND resuming a generator: the eval loop holds the
//     generator on its value stack and nothing else.
//   - A builtin's loop inside a gcScope: the builtin begins an epoch of
//     its own, keeps everything it holds across calls in the scope's
//     roots, and resumes generators through nextIn.
//
// The resumption checks that the call it was asked to make cooperative
// is the one it makes (pinState.coop names the generator), so Go code in
// between that was not written for this never runs in the caller's
// epoch.
type pinState struct {
	epoch  uint32 // the last epoch begun
	below  uint32 // objects stamped below this are pinned (0: none)
	stamp  uint32 // the stamp new objects get
	renorm uint32 // renumberings so far (see renumber)
	// coop is the generator whose next resumption may run in the
	// current epoch; coopNow tells runNested the resumption is that one.
	coop    Value
	coopNow bool
	scopes  []gcScope
	// partial is set by a collection that pinned objects: some of them
	// may be garbage only an outer loop's collection can free.
	partial bool
	// sinceGC and gcs are the heap's sinceGC and collections when the
	// current epoch began (see worthCollecting).
	sinceGC int64
	gcs     uint64
}

// pinMark is the pin state an epoch replaced, restored when it ends.
type pinMark struct {
	below, stamp, renorm uint32
	sinceGC              int64
	gcs                  uint64
}

// maxEpoch is the epoch after which the stamps are renumbered.
var maxEpoch uint32 = math.MaxUint32 - 1

// beginEpoch pins every object allocated so far until endEpoch.
func (h *heap) beginEpoch() pinMark {
	p := &h.pins
	saved := pinMark{p.below, p.stamp, p.renorm, p.sinceGC, p.gcs}
	if p.epoch >= maxEpoch {
		h.renumber()
	}
	p.epoch++
	p.below, p.stamp = p.epoch, p.epoch
	p.sinceGC, p.gcs = h.sinceGC, h.collections
	return saved
}

// endEpoch restores the pin state beginEpoch replaced. An epoch that saw
// a renumbering returns to epoch 1 (or 0 at the top): every object made
// before the renumbering is stamped 0, pinned in every nested loop.
//
// The garbage an epoch's collections had to keep is freed by a
// collection in the loop the epoch returns to, at its next instruction
// boundary: otherwise what a nested call left behind would be pinned in
// the next one, and a loop whose allocations all happen in nested calls
// (sum over generators that each call sum) would never free it.
func (m *Machine) endEpoch(s pinMark) {
	h := &m.heap
	p := &h.pins
	if s.renorm != p.renorm {
		s.below, s.stamp = min(s.below, 1), min(s.stamp, 1)
	}
	p.below, p.stamp = s.below, s.stamp
	p.sinceGC, p.gcs = s.sinceGC, s.gcs
	if p.partial {
		p.partial = false
		if !h.gcPending {
			h.gcPending = true
			m.requestBreak()
		}
	}
}

// worthCollecting says whether a collection due now should run in the
// current loop, or wait for the loop it returns to. A collection in a
// nested loop can free only what was allocated since its epoch began;
// when that is less than half of what is due, the collection would mark
// the pinned heap for little, and it waits (a short __init__ or __eq__
// leaves it to its caller), unless the ceiling is near.
func (h *heap) worthCollecting() bool {
	p := &h.pins
	if p.below == 0 {
		return true
	}
	made := h.sinceGC
	if h.collections == p.gcs {
		made -= p.sinceGC
	}
	return 2*made >= h.gcThreshold() || h.live+h.sinceGC >= h.limit-h.limit/4
}

// renumber stamps every object 0 and restarts the epochs, so the counter
// never wraps. The epochs still running lose the distinction between the
// objects made before and after they began: all are pinned in them.
func (h *heap) renumber() {
	clear(h.stamps)
	h.pins.epoch = 0
	h.pins.renorm++
}

// pinned visits the objects a collection must keep for the Go code below
// the running loop: those stamped before the current epoch, and the roots
// of the open gcScopes.
func (m *Machine) pinned(visit func(Value)) {
	h := &m.heap
	if below := h.pins.below; below > 0 {
		for i := int(firstFreeHandle); i < len(h.objs); i++ {
			if h.stamps[i] < below && h.objs[i] != nil {
				visit(Value(i))
			}
		}
	}
	for i := range h.pins.scopes {
		s := &h.pins.scopes[i]
		for _, v := range s.roots {
			visit(v)
		}
		for _, l := range s.lists {
			for _, v := range l.Items {
				visit(v)
			}
		}
		for _, vs := range s.slices {
			for _, v := range vs {
				visit(v)
			}
		}
	}
}

// A gcScope is a builtin's declaration that, across the calls into
// Python it makes through nextIn, it holds only its roots (and what it
// held when the scope began). Scopes nest as the builtins do; they are
// numbered by their place on the stack.
type gcScope struct {
	roots  []Value
	lists  []*List   // lists not (yet) on the heap, their items roots
	slices [][]Value // Go slices of roots (unset items are Null)
	mark   pinMark
}

// openScope begins a gcScope: an epoch that pins what the builtin's
// callers hold.
func (m *Machine) openScope() int {
	h := &m.heap
	mark := h.beginEpoch()
	n := len(h.pins.scopes)
	if n < cap(h.pins.scopes) {
		h.pins.scopes = h.pins.scopes[:n+1]
		s := &h.pins.scopes[n]
		s.roots, s.lists, s.slices = s.roots[:0], s.lists[:0], s.slices[:0]
		s.mark = mark
	} else {
		h.pins.scopes = append(h.pins.scopes, gcScope{mark: mark})
	}
	return n
}

// closeScope ends scope sc (the innermost); -1 is no scope.
func (m *Machine) closeScope(sc int) {
	if sc < 0 {
		return
	}
	h := &m.heap
	s := &h.pins.scopes[sc]
	clear(s.roots)
	clear(s.lists)
	clear(s.slices)
	h.pins.scopes = h.pins.scopes[:sc]
	m.endEpoch(s.mark)
}

// hold makes v root k of scope sc.
func (m *Machine) hold(sc, k int, v Value) {
	if sc < 0 {
		return
	}
	s := &m.heap.pins.scopes[sc]
	for len(s.roots) <= k {
		s.roots = append(s.roots, Null)
	}
	s.roots[k] = v
}

// holdList makes the items of l, a list Go code is building, roots of
// scope sc.
func (m *Machine) holdList(sc int, l *List) {
	if sc < 0 {
		return
	}
	s := &m.heap.pins.scopes[sc]
	s.lists = append(s.lists, l)
}

// holdSlice makes the items of vs roots of scope sc. The caller fills
// vs in place; it must not grow it.
func (m *Machine) holdSlice(sc int, vs []Value) {
	if sc < 0 {
		return
	}
	s := &m.heap.pins.scopes[sc]
	s.slices = append(s.slices, vs)
}

// openScopeFor opens a scope for a loop over iterator it and calls of
// key if a call could run cooperatively: it is a generator or one of
// the builtin iterators that pass the cooperation on (map, filter, zip,
// enumerate), or key is a Python function. Otherwise it returns -1, no
// scope, which the scope functions accept and ignore.
func (m *Machine) openScopeFor(it, key Value) int {
	switch m.obj0(it).(type) {
	case *Generator, *mapObj, *filterObj, *zipObj, *enumerateObj:
		return m.openScope()
	}
	if key != Null && m.function(key) != nil {
		return m.openScope()
	}
	return -1
}

// nextIn is Next for a builtin's loop inside a gcScope: a generator it
// resumes runs in the scope's epoch.
func (m *Machine) nextIn(it Value) (Value, error) { return m.nextCoop(true, it) }

// nextCoop is nextIn if coop, else Next.
func (m *Machine) nextCoop(coop bool, it Value) (Value, error) {
	if coop {
		m.heap.pins.coop = it
	}
	v, err := m.Next(it)
	m.heap.pins.coop = Null
	return v, err
}

// takeCoop is called first by the next of a builtin iterator written to
// pass cooperation on (map, filter, zip, enumerate): whether its caller
// asked for it, self, to run cooperatively. The request is used up.
func (m *Machine) takeCoop(self Value) bool {
	p := &m.heap.pins
	ok := p.coop == self && self != Null
	p.coop = Null
	return ok
}

// callIn is Call for a builtin's loop inside a gcScope: a Python
// function it calls runs in the scope's epoch.
func (m *Machine) callIn(fn Value, args []Value) (Value, error) { return m.callCoop(true, fn, args) }

// callCoop is callIn if coop, else Call.
func (m *Machine) callCoop(coop bool, fn Value, args []Value) (Value, error) {
	if coop {
		m.heap.pins.coop = fn
	}
	r, err := m.Call(fn, args, nil)
	m.heap.pins.coop = Null
	return r, err
}

// claimCoop reports whether the resumption of g about to run was asked
// for cooperatively, and if so tells runNested so.
func (m *Machine) claimCoop(g Value) bool {
	p := &m.heap.pins
	if p.coop != g || g == Null {
		return false
	}
	p.coop = Null
	p.coopNow = true
	return true
}
