package constant

// NewFrozenSet returns the frozenset of items with its elements in the
// iteration order CPython 3.11 gives a frozenset constant made by the
// compiler (`x in {…}`, `for x in {…}`, or a set display of three or more
// constants), under PYTHONHASHSEED=0.
//
// CPython 3.11 builds the constant twice: the AST optimizer (or codegen)
// makes a frozenset from the items added one by one in source order, and
// the constant-merging pass (merge_consts_recursive) iterates that set in
// slot order and makes a new frozenset from it. Table sizes differ between
// the two builds, so the second order is generally not the first. Equal
// items keep the first one seen.
//
// CPython can rebuild a frozenset of str a third time when interning
// replaces an element by an already-interned equal string; that depends on
// interpreter state and is not modelled.
func NewFrozenSet(items []Value) FrozenSet {
	first := newSetTable()
	for _, v := range items {
		first.add(v)
	}
	second := newSetTable()
	for _, v := range first.items() {
		second.add(v)
	}
	return FrozenSet(second.items())
}

// setTable models CPython 3.11's set hash table (Objects/setobject.c) for
// insertion only: open addressing with runs of linear probes and a
// perturbed probe sequence, resizing at 3/5 full.
type setTable struct {
	slots []setEntry
	mask  int
	fill  int
	used  int
}

type setEntry struct {
	v    Value
	hash int64
	live bool
}

const (
	setLinearProbes = 9
	setPerturbShift = 5
)

func newSetTable() *setTable {
	return &setTable{slots: make([]setEntry, 8), mask: 7}
}

// add is set_add_entry without dummies (constants are never removed).
func (s *setTable) add(v Value) {
	h := Hash(v)
	mask := s.mask
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &s.slots[j]
			if !e.live {
				*e = setEntry{v: v, hash: h, live: true}
				s.fill++
				s.used++
				if s.fill*5 >= mask*3 {
					if s.used > 50000 {
						s.resize(s.used * 2)
					} else {
						s.resize(s.used * 4)
					}
				}
				return
			}
			if e.hash == h && Equal(e.v, v) {
				return
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + int(perturb)) & mask
	}
}

// resize is set_table_resize: the smallest power of two above minused (at
// least 8), entries re-inserted in old slot order.
func (s *setTable) resize(minused int) {
	size := 8
	for size <= minused {
		size <<= 1
	}
	old := s.slots
	s.slots = make([]setEntry, size)
	s.mask = size - 1
	s.fill = s.used
	for _, e := range old {
		if e.live {
			s.insertClean(e)
		}
	}
}

func (s *setTable) insertClean(e setEntry) {
	mask := s.mask
	perturb := uint64(e.hash)
	i := int(uint64(e.hash) & uint64(mask))
	for {
		if !s.slots[i].live {
			s.slots[i] = e
			return
		}
		if i+setLinearProbes <= mask {
			for j := 1; j <= setLinearProbes; j++ {
				if !s.slots[i+j].live {
					s.slots[i+j] = e
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + int(perturb)) & mask
	}
}

func (s *setTable) items() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.slots {
		if e.live {
			out = append(out, e.v)
		}
	}
	return out
}

// RebuildFrozenSet returns the frozenset CPython gets by making a new
// frozenset from fs's elements in iteration order. CPython 3.11 does this
// a third time for a frozenset constant when code-object creation
// (intern_string_constants) replaces one of its identifier-like str
// elements by an equal string that was interned earlier; the compiler
// decides when that applies.
func RebuildFrozenSet(fs FrozenSet) FrozenSet {
	t := newSetTable()
	for _, v := range fs {
		t.add(v)
	}
	return FrozenSet(t.items())
}
