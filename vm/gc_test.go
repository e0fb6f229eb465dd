package vm

import "testing"

// TestCollectAccounting checks what a collection leaves: the objects
// still in the table are those reachable from the roots, the live bytes it
// counted are those of the objects kept (not of the fixed handles), and
// every empty handle is in the free list once.
func TestCollectAccounting(t *testing.T) {
	_, errs, _, m := runOM(t, `keep = {}
for i in range(20000):
    s = str(i) * 3
    t = (s, i, [s])
    if i % 7 == 0:
        keep[s] = t
`)
	if errs != "" {
		t.Fatal(errs)
	}
	m.collect()
	h := &m.heap
	reached := map[Value]bool{}
	var work []Value
	visit := func(v Value) {
		if v.IsRef() && int(v) < len(h.objs) && !reached[v] {
			reached[v] = true
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
		o := h.objs[v]
		if o == nil {
			t.Fatalf("reachable handle %d freed", v)
		}
		o.traverse(visit)
	}
	var live int64
	for i := int(firstFreeHandle); i < len(h.objs); i++ {
		if o := h.objs[i]; o != nil {
			if !reached[Value(i)] {
				t.Fatalf("handle %d (%T) kept but unreachable", i, o)
			}
			live += memSize(o)
		}
	}
	if h.live != live {
		t.Errorf("live = %d, want %d", h.live, live)
	}
	if len(h.free) < 20000 {
		t.Fatalf("only %d handles freed", len(h.free))
	}
	inFree := map[uint32]bool{}
	for _, i := range h.free {
		if inFree[i] || h.objs[i] != nil {
			t.Fatalf("free handle %d listed twice or in use", i)
		}
		inFree[i] = true
	}
	for i := int(firstFreeHandle); i < len(h.objs); i++ {
		if h.objs[i] == nil && !inFree[uint32(i)] {
			t.Fatalf("empty handle %d not in the free list", i)
		}
	}
}
