package vm

import "math/bits"

// The collector: mark from the roots, sweep the handle table. It runs at
// instruction boundaries of any eval loop. At the outermost one every
// live Value is in a root: the frame stack, the modules, the builtin
// types, the interned strs, the exceptions being handled. In a nested
// one, Go code below it (a builtin that called back into Python) may
// also hold Values the collector cannot see; those are pinned (see
// pinState). Which objects it frees, and so which handles later
// allocations reuse, depends only on the program, so runs stay
// deterministic.
func (m *Machine) collect() {
	h := &m.heap
	h.gcPending = false
	h.pins.partial = h.pins.below > 0
	n := len(h.objs)
	mk := marker{marks: h.marks, work: h.work[:0], n: n}
	if words := (n + 63) / 64; cap(mk.marks) >= words {
		mk.marks = mk.marks[:words]
		clear(mk.marks)
	} else {
		mk.marks = make([]uint64, words, words+words/4)
	}
	visit := mk.mark
	for v := Value(1); v < firstFreeHandle; v++ {
		visit(v)
	}
	m.roots(visit)
	m.pinned(visit)
	// live is what the marked objects of the program (not the fixed
	// handles) hold, summed here, where each object is read anyway.
	var live int64
	for len(mk.work) > 0 {
		v := mk.work[len(mk.work)-1]
		mk.work = mk.work[:len(mk.work)-1]
		o := h.objs[v]
		if o == nil {
			continue
		}
		// The commonest containers are traversed here, without a call
		// per item.
		switch o := o.(type) {
		case *Tuple:
			for _, x := range o.Items {
				mk.mark(x)
			}
		case *List:
			for _, x := range o.Items {
				mk.mark(x)
			}
		case *Str, *Int:
		default:
			o.traverse(visit)
		}
		if v >= firstFreeHandle {
			live += memSize(o)
		}
	}
	freed := 0
	for w := int(firstFreeHandle) / 64; w < len(mk.marks); w++ {
		for unmarked := ^mk.marks[w]; unmarked != 0; unmarked &= unmarked - 1 {
			i := w*64 + bits.TrailingZeros64(unmarked)
			if i < int(firstFreeHandle) {
				continue
			}
			if i >= n {
				break
			}
			o := h.objs[i]
			if o == nil {
				continue
			}
			h.recycle(o, h.types[i])
			h.objs[i] = nil
			h.free = append(h.free, uint32(i))
			freed++
		}
	}
	h.marks, h.work = mk.marks, mk.work[:0]
	// Reuse low handles first.
	for i, j := 0, len(h.free)-1; i < j; i, j = i+1, j-1 {
		h.free[i], h.free[j] = h.free[j], h.free[i]
	}
	h.live = live
	h.sinceGC = 0
	h.allocs = 0
	h.collections++
	m.emit(Event{Kind: EvCollect, Count: freed})
}

// marker is the collector's mark state: one bit per handle, and the
// marked objects whose references are still to be marked.
type marker struct {
	marks []uint64
	work  []Value
	n     int // handles in the table
}

func (mk *marker) mark(v Value) {
	if v.IsRef() && int(v) < mk.n {
		w, b := v/64, uint64(1)<<(v%64)
		if mk.marks[w]&b == 0 {
			mk.marks[w] |= b
			mk.work = append(mk.work, v)
		}
	}
}

// roots visits every Value the Machine holds outside the heap.
func (m *Machine) roots(visit func(Value)) {
	for f := m.frame; f != nil; f = f.Back {
		f.traverse(visit)
		if f.Gen != nil {
			visit(f.Gen.self)
		}
	}
	for _, v := range m.interned {
		visit(v)
	}
	for _, t := range m.types.all {
		visit(t.self)
	}
	for _, t := range m.types.exceptions {
		visit(t.self)
	}
	for _, v := range m.excInfo {
		if v != Null {
			visit(v)
		}
	}
	visit(m.emptyTuple)
	if m.builtins != nil {
		visit(m.builtins.self)
		visit(m.builtinsModule)
	}
	if m.modules != nil {
		visit(m.modules.self)
	}
	if m.main != nil {
		visit(m.main.self)
	}
	if m.sysMod != nil {
		visit(m.sysMod.self)
	}
	for _, v := range m.extraRoots {
		visit(v)
	}
}

// memSize estimates an object's bytes for the memory ceiling.
func memSize(o Object) int64 {
	n := int64(objectOverhead)
	switch o := o.(type) {
	case *Str:
		n += int64(len(o.S))
	case *List:
		n += 8 * int64(cap(o.Items))
	case *Tuple:
		n += 8 * int64(len(o.Items))
	case *Dict:
		n += 28*int64(len(o.keys.entries)) + 4*int64(len(o.keys.indices)) + 8*int64(len(o.values))
	case *Int:
		if o.big != nil {
			n += int64(len(o.big.Bits())) * 8
		}
	}
	return n
}
