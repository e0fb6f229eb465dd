package vm

// The collector: mark from the roots, sweep the handle table. It runs
// only at instruction boundaries of the outermost eval loop (m.nested ==
// 0), where every live Value is in a root: the frame stack, the modules,
// the builtin types, the interned strs, the exceptions being handled.
// Which objects it frees, and so which handles later allocations reuse,
// depends only on the program, so runs stay deterministic.
func (m *Machine) collect() {
	h := &m.heap
	h.gcPending = false
	marked := make([]bool, len(h.objs))
	var work []Value
	visit := func(v Value) {
		if v.IsRef() && int(v) < len(marked) && !marked[v] {
			marked[v] = true
			work = append(work, v)
		}
	}
	for v := Value(1); v < firstFreeHandle; v++ {
		visit(v)
	}
	m.roots(visit)
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if o := h.objs[v]; o != nil {
			o.traverse(visit)
		}
	}
	freed := 0
	var live int64
	for i := int(firstFreeHandle); i < len(h.objs); i++ {
		o := h.objs[i]
		if o == nil {
			continue
		}
		if !marked[i] {
			h.recycle(o, h.types[i])
			h.objs[i] = nil
			h.free = append(h.free, uint32(i))
			freed++
			continue
		}
		live += memSize(o)
	}
	// Reuse low handles first.
	for i, j := 0, len(h.free)-1; i < j; i, j = i+1, j-1 {
		h.free[i], h.free[j] = h.free[j], h.free[i]
	}
	h.live = live
	h.sinceGC = 0
	h.allocs = 0
	m.emit(Event{Kind: EvCollect, Count: freed})
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
