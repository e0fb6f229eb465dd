package vm

import "math"

// set and frozenset with CPython 3.11's table (Objects/setobject.c): open
// addressing where each probe looks at a run of up to ten consecutive
// slots before jumping, dummies for deleted keys, and the resize and bulk
// rules that decide table sizes, so that iteration order is CPython's.

// Set is a set or frozenset.
type Set struct {
	Header
	// table has mask+1 slots: key Null is empty, setDummy deleted.
	table []setEntry
	fill  int // active + dummy slots
	used  int // active slots
	// finger is where pop() starts looking.
	finger int
	// hash is a frozenset's cached hash (-1: not computed).
	hash int64
}

type setEntry struct {
	key  Value
	hash int64
}

// setDummy marks a deleted slot. It is no object's handle (the heap never
// grows that far) and is never visited.
const setDummy Value = refLimit - 1

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

func (s *Set) traverse(visit func(Value)) {
	for _, e := range s.table {
		if e.key != Null && e.key != setDummy {
			visit(e.key)
		}
	}
}

func (s *Set) mask() int { return len(s.table) - 1 }

// sizeOf is sys.getsizeof: the object, its table if not the built-in
// 8-slot one, and the GC header.
func (s *Set) sizeOf() int {
	n := s.typ.BasicSize + preHeaderSize(s.typ)
	if len(s.table) > setMinSize {
		n += 16 * len(s.table)
	}
	return n
}

// newSet returns an empty set of type t (make_new_set without iterable).
func (m *Machine) newSet(t *Type) *Set {
	s := &Set{table: make([]setEntry, setMinSize), hash: -1}
	m.alloc(s, t)
	return s
}

// setObj returns the *Set behind v (set, frozenset or a subclass), or nil.
func (m *Machine) setObj(v Value) *Set {
	if !v.IsRef() {
		return nil
	}
	s, _ := m.heap.objs[v].(*Set)
	return s
}

// isAnySet is PyAnySet_Check.
func (m *Machine) isAnySet(v Value) bool { return m.setObj(v) != nil }

// isSetType reports whether t is set or a subclass (PySet_Check).
func (m *Machine) isSetType(t *Type) bool { return t.IsSubtype(m.types.Set) }

// setLookKey is set_lookkey: the slot holding key, or the empty slot
// that ends its probe; -1 with an error if a comparison failed. A key's
// __eq__ may mutate the set: the search then starts again.
func (m *Machine) setLookKey(s *Set, key Value, hash int64) (int, error) {
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &table[j]
			if e.key == Null {
				return int(j), nil
			}
			if e.hash == hash {
				start := e.key
				if start == key {
					return int(j), nil
				}
				eq, ok := m.fastEqual(start, key)
				if !ok {
					var err error
					if eq, err = m.Equal(start, key); err != nil {
						return -1, err
					}
					if len(s.table) != len(table) || &s.table[0] != &table[0] || e.key != start {
						goto restart
					}
				}
				if eq {
					return int(j), nil
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// setAddEntry is set_add_entry.
func (m *Machine) setAddEntry(s *Set, key Value, hash int64) error {
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &table[j]
			if e.key == Null {
				if free >= 0 {
					s.used++
					table[free] = setEntry{key: key, hash: hash}
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{key: key, hash: hash}
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					return m.setTableResize(s, s.used*2)
				}
				return m.setTableResize(s, s.used*4)
			}
			if e.hash == hash {
				start := e.key
				if start == key {
					return nil
				}
				eq, ok := m.fastEqual(start, key)
				if !ok {
					var err error
					if eq, err = m.Equal(start, key); err != nil {
						return err
					}
					if eq {
						return nil
					}
					if len(s.table) != len(table) || &s.table[0] != &table[0] || e.key != start {
						goto restart
					}
					mask = uint64(len(s.table) - 1)
				}
				if eq {
					return nil
				}
			} else if e.key == setDummy {
				free = int(j)
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// setInsertClean is set_insert_clean: place a key known to be absent in
// a table without dummies.
func setInsertClean(table []setEntry, key Value, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key == Null {
			table[i] = setEntry{key: key, hash: hash}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key == Null {
					table[j] = setEntry{key: key, hash: hash}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// setTableResize is set_table_resize: the smallest power of two above
// minused (8 at least); live keys re-inserted in slot order.
func (m *Machine) setTableResize(s *Set, minused int) error {
	size := setMinSize
	for size <= minused {
		size <<= 1
		if size <= 0 {
			return m.noMemory()
		}
	}
	if size == setMinSize && len(s.table) == setMinSize && s.fill == s.used {
		return nil
	}
	if size > setMinSize {
		if err := m.charge(16 * size); err != nil {
			return err
		}
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.fill = s.used
	for _, e := range old {
		if e.key != Null && e.key != setDummy {
			setInsertClean(s.table, e.key, e.hash)
		}
	}
	return nil
}

// setContainsEntry is set_contains_entry.
func (m *Machine) setContainsEntry(s *Set, key Value, hash int64) (bool, error) {
	j, err := m.setLookKey(s, key, hash)
	if err != nil {
		return false, err
	}
	return s.table[j].key != Null, nil
}

// setDiscardEntry is set_discard_entry: whether key was there.
func (m *Machine) setDiscardEntry(s *Set, key Value, hash int64) (bool, error) {
	j, err := m.setLookKey(s, key, hash)
	if err != nil || s.table[j].key == Null {
		return false, err
	}
	s.table[j] = setEntry{key: setDummy, hash: -1}
	s.used--
	return true, nil
}

// setAddKey is set_add_key.
func (m *Machine) setAddKey(s *Set, key Value) error {
	h, err := m.keyHash(key)
	if err != nil {
		return err
	}
	return m.setAddEntry(s, key, h)
}

func (m *Machine) setContainsKey(s *Set, key Value) (bool, error) {
	h, err := m.keyHash(key)
	if err != nil {
		return false, err
	}
	return m.setContainsEntry(s, key, h)
}

func (m *Machine) setDiscardKey(s *Set, key Value) (bool, error) {
	h, err := m.keyHash(key)
	if err != nil {
		return false, err
	}
	return m.setDiscardEntry(s, key, h)
}

// setClear is set_clear_internal: back to an empty 8-slot table.
func setClear(s *Set) {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used = 0, 0
	s.hash = -1
}

// setNext is set_next: the next live slot at or after pos.
func (s *Set) next(pos int) (int, bool) {
	for pos < len(s.table) {
		if k := s.table[pos].key; k != Null && k != setDummy {
			return pos, true
		}
		pos++
	}
	return pos, false
}

// entries returns the live entries in slot order (a copy: the set may
// change while the caller runs Python code).
func (s *Set) entries() []setEntry {
	r := make([]setEntry, 0, s.used)
	for _, e := range s.table {
		if e.key != Null && e.key != setDummy {
			r = append(r, e)
		}
	}
	return r
}

// setMerge is set_merge: add another set's keys, copying its table slot
// for slot when the target is empty and the same size.
func (m *Machine) setMerge(s, o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if (s.fill+o.used)*5 >= s.mask()*3 {
		if err := m.setTableResize(s, (s.used+o.used)*2); err != nil {
			return err
		}
	}
	if s.fill == 0 && s.mask() == o.mask() && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if e.key != Null && e.key != setDummy {
				setInsertClean(s.table, e.key, e.hash)
			}
		}
		return nil
	}
	for _, e := range o.entries() {
		if err := m.setAddEntry(s, e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

// setUpdateInternal is set_update_internal: add the items of any
// iterable, with the set and dict fast paths.
func (m *Machine) setUpdateInternal(s *Set, other Value) error {
	if o := m.setObj(other); o != nil {
		return m.setMerge(s, o)
	}
	if d := m.dict(other); d != nil && d.typ == m.types.Dict {
		n := d.used
		if (s.fill+n)*5 >= s.mask()*3 {
			if err := m.setTableResize(s, (s.used+n)*2); err != nil {
				return err
			}
		}
		for pos := 0; ; {
			key, _, hash, next, ok := d.dictNext(pos)
			if !ok {
				return nil
			}
			pos = next
			if err := m.setAddEntry(s, key, hash); err != nil {
				return err
			}
		}
	}
	return m.iterate(other, func(key Value) error { return m.setAddKey(s, key) })
}

// newSetFromIterable is make_new_set: a set or frozenset of type t.
func (m *Machine) newSetFromIterable(t *Type, iterable Value) (*Set, error) {
	s := m.newSet(t)
	if iterable != Null {
		if err := m.setUpdateInternal(s, iterable); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// baseSetType is make_new_set_basetype's choice: set or frozenset.
func (m *Machine) baseSetType(t *Type) *Type {
	if t == m.types.Set || t == m.types.FrozenSet {
		return t
	}
	if t.IsSubtype(m.types.Set) {
		return m.types.Set
	}
	return m.types.FrozenSet
}

// setCopy is set_copy: a new set or frozenset (never a subclass).
func (m *Machine) setCopy(s *Set) (*Set, error) {
	return m.newSetFromIterable(m.baseSetType(s.typ), s.self)
}

// NewSetFromIterable is set(iterable).
func (m *Machine) NewSetFromIterable(v Value) (Value, error) {
	s, err := m.newSetFromIterable(m.types.Set, v)
	if err != nil {
		return Null, err
	}
	return s.self, nil
}

// SetAdd is SET_ADD and set.add.
func (m *Machine) SetAdd(set, v Value) error { return m.setAddKey(m.setObj(set), v) }

// buildSet is BUILD_SET: an empty set, then the items added in order.
func (m *Machine) buildSet(items []Value) (Value, error) {
	s := m.newSet(m.types.Set)
	for _, v := range items {
		if err := m.setAddKey(s, v); err != nil {
			return Null, err
		}
	}
	return s.self, nil
}

// setUpdate is SET_UPDATE.
func (m *Machine) setUpdate(set, it Value) error { return m.setUpdateInternal(m.setObj(set), it) }

// setIntersection is set_intersection.
func (m *Machine) setIntersection(s *Set, other Value) (*Set, error) {
	if s.self == other {
		return m.setCopy(s)
	}
	result := m.newSet(m.baseSetType(s.typ))
	if o := m.setObj(other); o != nil {
		big, small := s, o
		if o.used > s.used {
			big, small = o, s
		}
		for _, e := range small.entries() {
			in, err := m.setContainsEntry(big, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if in {
				if err := m.setAddEntry(result, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return result, nil
	}
	err := m.iterate(other, func(key Value) error {
		h, err := m.Hash(key)
		if err != nil {
			return err
		}
		in, err := m.setContainsEntry(s, key, h)
		if err != nil || !in {
			return err
		}
		if err := m.setAddEntry(result, key, h); err != nil {
			return err
		}
		if result.used >= s.used {
			return errStopIteration
		}
		return nil
	})
	if err != nil && err != errStopIteration {
		return nil, err
	}
	return result, nil
}

// setSwapBodies is set_swap_bodies: a takes b's table (intersection_update).
func (m *Machine) setSwapBodies(a, b *Set) {
	a.table, b.table = b.table, a.table
	a.fill, b.fill = b.fill, a.fill
	a.used, b.used = b.used, a.used
	ft := m.types.FrozenSet
	if a.typ.IsSubtype(ft) && b.typ.IsSubtype(ft) {
		a.hash, b.hash = b.hash, a.hash
	} else {
		a.hash, b.hash = -1, -1
	}
}

// setDifferenceUpdate is set_difference_update_internal.
func (m *Machine) setDifferenceUpdate(s *Set, other Value) error {
	if s.self == other {
		setClear(s)
		return nil
	}
	if o := m.setObj(other); o != nil {
		if o.used>>3 > s.used {
			var err error
			if o, err = m.setIntersection(s, other); err != nil {
				return err
			}
		}
		for _, e := range o.entries() {
			if _, err := m.setDiscardEntry(s, e.key, e.hash); err != nil {
				return err
			}
		}
	} else if err := m.iterate(other, func(key Value) error {
		_, err := m.setDiscardKey(s, key)
		return err
	}); err != nil {
		return err
	}
	if s.fill-s.used <= s.mask()/4 {
		return nil
	}
	if s.used > 50000 {
		return m.setTableResize(s, s.used*2)
	}
	return m.setTableResize(s, s.used*4)
}

// setDifference is set_difference.
func (m *Machine) setDifference(s *Set, other Value) (*Set, error) {
	var otherSize int
	o := m.setObj(other)
	d := m.dict(other)
	switch {
	case o != nil:
		otherSize = o.used
	case d != nil && d.typ == m.types.Dict:
		otherSize = d.used
	default:
		return m.setCopyAndDifference(s, other)
	}
	if s.used>>2 > otherSize {
		return m.setCopyAndDifference(s, other)
	}
	result := m.newSet(m.baseSetType(s.typ))
	for _, e := range s.entries() {
		var in bool
		var err error
		if o != nil {
			in, err = m.setContainsEntry(o, e.key, e.hash)
		} else {
			var ix int
			var v Value
			ix, v, err = m.dictLookup(d, e.key, e.hash)
			in = ix >= 0 && v != Null
		}
		if err != nil {
			return nil, err
		}
		if !in {
			if err := m.setAddEntry(result, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return result, nil
}

func (m *Machine) setCopyAndDifference(s *Set, other Value) (*Set, error) {
	r, err := m.setCopy(s)
	if err != nil {
		return nil, err
	}
	return r, m.setDifferenceUpdate(r, other)
}

// setSymmetricDifferenceUpdate is set_symmetric_difference_update.
func (m *Machine) setSymmetricDifferenceUpdate(s *Set, other Value) error {
	if s.self == other {
		setClear(s)
		return nil
	}
	toggle := func(key Value, hash int64) error {
		found, err := m.setDiscardEntry(s, key, hash)
		if err != nil || found {
			return err
		}
		return m.setAddEntry(s, key, hash)
	}
	if d := m.dict(other); d != nil && d.typ == m.types.Dict {
		for pos := 0; ; {
			key, _, hash, next, ok := d.dictNext(pos)
			if !ok {
				return nil
			}
			pos = next
			if err := toggle(key, hash); err != nil {
				return err
			}
		}
	}
	o := m.setObj(other)
	if o == nil {
		var err error
		if o, err = m.newSetFromIterable(m.baseSetType(s.typ), other); err != nil {
			return err
		}
	}
	for _, e := range o.entries() {
		if err := toggle(e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

// setSymmetricDifference is set_symmetric_difference: a copy of other,
// then each of s's keys toggled.
func (m *Machine) setSymmetricDifference(s *Set, other Value) (*Set, error) {
	r, err := m.newSetFromIterable(m.baseSetType(s.typ), other)
	if err != nil {
		return nil, err
	}
	return r, m.setSymmetricDifferenceUpdate(r, s.self)
}

// setIsSubset is set_issubset.
func (m *Machine) setIsSubset(s *Set, other Value) (bool, error) {
	o := m.setObj(other)
	if o == nil {
		var err error
		if o, err = m.newSetFromIterable(m.types.Set, other); err != nil {
			return false, err
		}
	}
	if s.used > o.used {
		return false, nil
	}
	for _, e := range s.entries() {
		in, err := m.setContainsEntry(o, e.key, e.hash)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// setIsSuperset is set_issuperset.
func (m *Machine) setIsSuperset(s *Set, other Value) (bool, error) {
	if o := m.setObj(other); o != nil {
		return m.setIsSubset(o, s.self)
	}
	ok := true
	err := m.iterate(other, func(key Value) error {
		in, err := m.setContainsKey(s, key)
		if err != nil {
			return err
		}
		if !in {
			ok = false
			return errStopIteration
		}
		return nil
	})
	if err != nil && err != errStopIteration {
		return false, err
	}
	return ok, nil
}

// frozensetHash is frozenset_hash (cached).
func (m *Machine) frozensetHash(s *Set) int64 {
	if s.hash != -1 {
		return s.hash
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, e := range s.table {
		if e.key != Null && e.key != setDummy {
			h ^= shuffle(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		h = 590923713
	}
	s.hash = int64(h)
	return s.hash
}

// setKeyFallback retries an operation with frozenset(key) when key is an
// unhashable set, as set.__contains__, remove and discard do.
func (m *Machine) setKeyFallback(key Value, err error, f func(k Value) (bool, error)) (bool, error) {
	if err == nil || !m.isRaise(err, m.types.TypeError) || !m.isSetType(m.TypeOf(key)) {
		return false, err
	}
	tmp, err := m.newSetFromIterable(m.types.FrozenSet, key)
	if err != nil {
		return false, err
	}
	return f(tmp.self)
}

// Slots.

func setRepr(m *Machine, v Value) (Value, error) {
	s := m.setObj(v)
	name := s.typ.Name
	if !m.reprEnter(v) {
		return m.NewStr(name + "(...)"), nil
	}
	defer m.reprLeave(v)
	if s.used == 0 {
		return m.NewStr(name + "()"), nil
	}
	keys, err := m.NewListFromIterable(v)
	if err != nil {
		return Null, err
	}
	r, err := m.ReprString(keys)
	if err != nil {
		return Null, err
	}
	inner := r[1 : len(r)-1]
	if s.typ != m.types.Set {
		return m.NewStr(name + "({" + inner + "})"), nil
	}
	return m.NewStr("{" + inner + "}"), nil
}

func setLen(m *Machine, v Value) (int, error) { return m.setObj(v).used, nil }

func setContains(m *Machine, v, key Value) (bool, error) {
	s := m.setObj(v)
	in, err := m.setContainsKey(s, key)
	if err != nil {
		return m.setKeyFallback(key, err, func(k Value) (bool, error) { return m.setContainsKey(s, k) })
	}
	return in, nil
}

func frozensetHashSlot(m *Machine, v Value) (int64, error) { return m.frozensetHash(m.setObj(v)), nil }

func setRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	v, w := m.setObj(a), m.setObj(b)
	if v == nil || w == nil {
		return NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case EQ, NE:
		switch {
		case v.used != w.used:
		case v.hash != -1 && w.hash != -1 && v.hash != w.hash:
		default:
			r, err = m.setIsSubset(v, b)
		}
		if op == NE {
			r = !r
		}
	case LE:
		r, err = m.setIsSubset(v, b)
	case GE:
		r, err = m.setIsSuperset(v, b)
	case LT:
		if v.used < w.used {
			r, err = m.setIsSubset(v, b)
		}
	case GT:
		if v.used > w.used {
			r, err = m.setIsSuperset(v, b)
		}
	}
	if err != nil {
		return Null, err
	}
	return Bool(r), nil
}

func setIter(m *Machine, v Value) (Value, error) {
	s := m.setObj(v)
	return m.alloc(&setIterator{set: v, used: s.used, length: s.used}, m.types.ct.SetIterator), nil
}

// setIterator is set_iterator; set is Null once exhausted.
type setIterator struct {
	Header
	set    Value
	used   int
	pos    int
	length int
}

func (it *setIterator) traverse(visit func(Value)) { visit(it.set) }

func (it *setIterator) lengthHint(m *Machine) int {
	if it.set != Null && it.used == m.setObj(it.set).used {
		return it.length
	}
	return 0
}

func setIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*setIterator)
	if it.set == Null {
		return Null, nil
	}
	s := m.setObj(it.set)
	if it.used != s.used {
		it.used = -1
		return Null, m.Raisef(m.types.exceptions["RuntimeError"], "Set changed size during iteration")
	}
	i, ok := s.next(it.pos)
	it.pos = i + 1
	if !ok {
		it.set = Null
		return Null, nil
	}
	it.length--
	return s.table[i].key, nil
}

func setIterReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	it := *m.obj(self).(*setIterator)
	l, err := m.NewListFromIterable(m.alloc(&it, m.types.ct.SetIterator))
	if err != nil {
		return Null, err
	}
	return m.NewTuple([]Value{m.dictGetStr(m.builtins, "iter"), m.NewTuple([]Value{l})}), nil
}

// Binary operators: both operands must be sets (set_or and kin).

func setOr(m *Machine, a, b Value) (Value, error) {
	s, o := m.setObj(a), m.setObj(b)
	if s == nil || o == nil {
		return NotImplemented, nil
	}
	r, err := m.setCopy(s)
	if err != nil || a == b {
		return r.valueOr(err)
	}
	return r.valueOr(m.setUpdateInternal(r, b))
}

func (s *Set) valueOr(err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	return s.self, nil
}

func setAnd(m *Machine, a, b Value) (Value, error) {
	s := m.setObj(a)
	if s == nil || m.setObj(b) == nil {
		return NotImplemented, nil
	}
	r, err := m.setIntersection(s, b)
	if err != nil {
		return Null, err
	}
	return r.self, nil
}

func setSub(m *Machine, a, b Value) (Value, error) {
	s := m.setObj(a)
	if s == nil || m.setObj(b) == nil {
		return NotImplemented, nil
	}
	r, err := m.setDifference(s, b)
	if err != nil {
		return Null, err
	}
	return r.self, nil
}

func setXor(m *Machine, a, b Value) (Value, error) {
	s := m.setObj(a)
	if s == nil || m.setObj(b) == nil {
		return NotImplemented, nil
	}
	r, err := m.setSymmetricDifference(s, b)
	if err != nil {
		return Null, err
	}
	return r.self, nil
}

func setIOr(m *Machine, a, b Value) (Value, error) {
	if m.setObj(b) == nil {
		return NotImplemented, nil
	}
	return a, m.setUpdateInternal(m.setObj(a), b)
}

func setIAnd(m *Machine, a, b Value) (Value, error) {
	if m.setObj(b) == nil {
		return NotImplemented, nil
	}
	s := m.setObj(a)
	r, err := m.setIntersection(s, b)
	if err != nil {
		return Null, err
	}
	m.setSwapBodies(s, r)
	return a, nil
}

func setISub(m *Machine, a, b Value) (Value, error) {
	if m.setObj(b) == nil {
		return NotImplemented, nil
	}
	return a, m.setDifferenceUpdate(m.setObj(a), b)
}

func setIXor(m *Machine, a, b Value) (Value, error) {
	if m.setObj(b) == nil {
		return NotImplemented, nil
	}
	return a, m.setSymmetricDifferenceUpdate(m.setObj(a), b)
}

// Constructors.

var (
	setNewArgs       = ArgSpec{Name: "set", Kind: ArgsPositional, Min: 0, Max: 1}
	frozensetNewArgs = ArgSpec{Name: "frozenset", Kind: ArgsPositional, Min: 0, Max: 1}
)

// setNew is set_new: an empty set of type t; set_init fills it.
func setNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if t == m.types.Set && len(kwnames) > 0 {
		return Null, m.typeError("set() takes no keyword arguments")
	}
	return m.newSet(t).self, nil
}

func setInit(m *Machine, self Value, args, kwnames []Value) error {
	if len(kwnames) > 0 {
		return m.typeError("set() takes no keyword arguments")
	}
	s := m.setObj(self)
	spec := setNewArgs
	spec.Name = s.typ.Name
	if err := m.ParseArgs(&spec, args, nil, nil); err != nil {
		return err
	}
	if s.fill > 0 {
		setClear(s)
	}
	s.hash = -1
	if len(args) == 0 {
		return nil
	}
	return m.setUpdateInternal(s, args[0])
}

// frozensetNew is frozenset_new: frozenset(f) is f itself.
func frozensetNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	if len(kwnames) > 0 && (t == m.types.FrozenSet || sameInit(t.Init, m.types.FrozenSet.Init)) {
		return Null, m.typeError("frozenset() takes no keyword arguments")
	}
	nargs := len(args) - len(kwnames)
	spec := frozensetNewArgs
	spec.Name = t.Name
	if err := m.ParseArgs(&spec, args[:nargs], nil, nil); err != nil {
		return Null, err
	}
	var iterable Value
	if nargs > 0 {
		iterable = args[0]
	}
	if t == m.types.FrozenSet && iterable != Null {
		if s := m.setObj(iterable); s != nil && s.typ == m.types.FrozenSet {
			return iterable, nil
		}
	}
	s, err := m.newSetFromIterable(t, iterable)
	if err != nil {
		return Null, err
	}
	return s.self, nil
}

// Methods.

func setMethodArgs(m *Machine, name string, kind ArgKind, self Value, args, kwnames []Value) error {
	spec := ArgSpec{Name: name, Func: m.typeName(self) + "." + name, Kind: kind}
	if kind == ArgsTuple {
		// METH_VARARGS: only keywords are refused.
		return m.NoKeywords(spec.Func, kwnames)
	}
	return m.ParseArgs(&spec, args, kwnames, nil)
}

// setMethodOwner is the name CPython's METH_O and NOARGS messages use:
// the type that defines the method.
func setMethodName(m *Machine, self Value) string {
	if m.setObj(self).typ.IsSubtype(m.types.Set) {
		return "set"
	}
	return "frozenset"
}

func setArgsCheck(m *Machine, name string, kind ArgKind, self Value, args, kwnames []Value) error {
	owner := setMethodName(m, self)
	spec := ArgSpec{Name: name, Func: owner + "." + name, Kind: kind}
	if kind == ArgsTuple {
		return m.NoKeywords(spec.Func, kwnames)
	}
	return m.ParseArgs(&spec, args, kwnames, nil)
}

func setAddMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "add", ArgsO, self, args, kwnames); err != nil {
		return Null, err
	}
	return None, m.setAddKey(m.setObj(self), args[0])
}

func setClearMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "clear", ArgsNone, self, args, kwnames); err != nil {
		return Null, err
	}
	setClear(m.setObj(self))
	return None, nil
}

func setContainsMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "__contains__", ArgsO, self, args, kwnames); err != nil {
		return Null, err
	}
	r, err := setContains(m, self, args[0])
	return Bool(r), err
}

func setCopyMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "copy", ArgsNone, self, args, kwnames); err != nil {
		return Null, err
	}
	s := m.setObj(self)
	if s.typ == m.types.FrozenSet {
		return self, nil
	}
	r, err := m.setCopy(s)
	return r.valueOr(err)
}

func setDiscardMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "discard", ArgsO, self, args, kwnames); err != nil {
		return Null, err
	}
	s := m.setObj(self)
	_, err := m.setDiscardKey(s, args[0])
	if err != nil {
		if _, err = m.setKeyFallback(args[0], err, func(k Value) (bool, error) { return m.setDiscardKey(s, k) }); err != nil {
			return Null, err
		}
	}
	return None, nil
}

func setRemoveMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "remove", ArgsO, self, args, kwnames); err != nil {
		return Null, err
	}
	s := m.setObj(self)
	found, err := m.setDiscardKey(s, args[0])
	if err != nil {
		if found, err = m.setKeyFallback(args[0], err, func(k Value) (bool, error) { return m.setDiscardKey(s, k) }); err != nil {
			return Null, err
		}
	}
	if !found {
		return Null, m.keyError(args[0])
	}
	return None, nil
}

func setPopMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "pop", ArgsNone, self, args, kwnames); err != nil {
		return Null, err
	}
	s := m.setObj(self)
	if s.used == 0 {
		return Null, m.Raisef(m.types.exceptions["KeyError"], "pop from an empty set")
	}
	i := s.finger & s.mask()
	for k := s.table[i].key; k == Null || k == setDummy; k = s.table[i].key {
		if i++; i > s.mask() {
			i = 0
		}
	}
	key := s.table[i].key
	s.table[i] = setEntry{key: setDummy, hash: -1}
	s.used--
	s.finger = i + 1
	return key, nil
}

func setUpdateMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "update", ArgsTuple, self, args, kwnames); err != nil {
		return Null, err
	}
	s := m.setObj(self)
	for _, o := range args {
		if err := m.setUpdateInternal(s, o); err != nil {
			return Null, err
		}
	}
	return None, nil
}

func setUnionMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "union", ArgsTuple, self, args, kwnames); err != nil {
		return Null, err
	}
	s := m.setObj(self)
	r, err := m.setCopy(s)
	if err != nil {
		return Null, err
	}
	for _, o := range args {
		if o == self {
			continue
		}
		if err := m.setUpdateInternal(r, o); err != nil {
			return Null, err
		}
	}
	return r.self, nil
}

func setIntersectionMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "intersection", ArgsTuple, self, args, kwnames); err != nil {
		return Null, err
	}
	r, err := m.setIntersectionMulti(m.setObj(self), args)
	return r.valueOr(err)
}

func (m *Machine) setIntersectionMulti(s *Set, args []Value) (*Set, error) {
	if len(args) == 0 {
		return m.setCopy(s)
	}
	r := s
	for _, o := range args {
		var err error
		if r, err = m.setIntersection(r, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func setIntersectionUpdateMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "intersection_update", ArgsTuple, self, args, kwnames); err != nil {
		return Null, err
	}
	s := m.setObj(self)
	r, err := m.setIntersectionMulti(s, args)
	if err != nil {
		return Null, err
	}
	m.setSwapBodies(s, r)
	return None, nil
}

func setDifferenceMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "difference", ArgsTuple, self, args, kwnames); err != nil {
		return Null, err
	}
	s := m.setObj(self)
	if len(args) == 0 {
		r, err := m.setCopy(s)
		return r.valueOr(err)
	}
	r, err := m.setDifference(s, args[0])
	if err != nil {
		return Null, err
	}
	for _, o := range args[1:] {
		if err := m.setDifferenceUpdate(r, o); err != nil {
			return Null, err
		}
	}
	return r.self, nil
}

func setDifferenceUpdateMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "difference_update", ArgsTuple, self, args, kwnames); err != nil {
		return Null, err
	}
	s := m.setObj(self)
	for _, o := range args {
		if err := m.setDifferenceUpdate(s, o); err != nil {
			return Null, err
		}
	}
	return None, nil
}

func setSymmetricDifferenceMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "symmetric_difference", ArgsO, self, args, kwnames); err != nil {
		return Null, err
	}
	r, err := m.setSymmetricDifference(m.setObj(self), args[0])
	return r.valueOr(err)
}

func setSymmetricDifferenceUpdateMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "symmetric_difference_update", ArgsO, self, args, kwnames); err != nil {
		return Null, err
	}
	return None, m.setSymmetricDifferenceUpdate(m.setObj(self), args[0])
}

func setIsdisjointMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "isdisjoint", ArgsO, self, args, kwnames); err != nil {
		return Null, err
	}
	s, other := m.setObj(self), args[0]
	if self == other {
		return Bool(s.used == 0), nil
	}
	if o := m.setObj(other); o != nil && (o.typ == m.types.Set || o.typ == m.types.FrozenSet) {
		big, small := s, o
		if o.used > s.used {
			big, small = o, s
		}
		for _, e := range small.entries() {
			in, err := m.setContainsEntry(big, e.key, e.hash)
			if err != nil {
				return Null, err
			}
			if in {
				return False, nil
			}
		}
		return True, nil
	}
	disjoint := true
	err := m.iterate(other, func(key Value) error {
		in, err := m.setContainsKey(s, key)
		if err != nil {
			return err
		}
		if in {
			disjoint = false
			return errStopIteration
		}
		return nil
	})
	if err != nil && err != errStopIteration {
		return Null, err
	}
	return Bool(disjoint), nil
}

func setIssubsetMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "issubset", ArgsO, self, args, kwnames); err != nil {
		return Null, err
	}
	r, err := m.setIsSubset(m.setObj(self), args[0])
	return Bool(r), err
}

func setIssupersetMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "issuperset", ArgsO, self, args, kwnames); err != nil {
		return Null, err
	}
	r, err := m.setIsSuperset(m.setObj(self), args[0])
	return Bool(r), err
}

func setReduceMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "__reduce__", ArgsNone, self, args, kwnames); err != nil {
		return Null, err
	}
	keys, err := m.NewListFromIterable(self)
	if err != nil {
		return Null, err
	}
	return m.NewTuple([]Value{m.TypeOf(self).self, m.NewTuple([]Value{keys}), None}), nil
}

func setSizeofMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := setArgsCheck(m, "__sizeof__", ArgsNone, self, args, kwnames); err != nil {
		return Null, err
	}
	s := m.setObj(self)
	return m.NewInt(int64(s.sizeOf() - preHeaderSize(s.typ))), nil
}

var setNumber = [NbCount]BinaryFunc{NbSubtract: setSub, NbAnd: setAnd, NbXor: setXor, NbOr: setOr}

var setSpec = typeSpec{name: "set", basicSize: 200, weakrefOffset: 192,
	flags: FlagBaseType | FlagHaveGC | flagMatchSelf,
	slots: Slots{
		New: setNew, Init: setInit, Repr: setRepr, RichCompare: setRichCompare,
		GetAttr: genericGetAttr, Iter: setIter, Len: setLen, Contains: setContains,
		Number:        setNumber,
		InplaceNumber: [NbCount]BinaryFunc{NbSubtract: setISub, NbAnd: setIAnd, NbXor: setIXor, NbOr: setIOr},
	},
	methods: []MethodDef{
		classGetItemMethod,
		{Name: "add", Fn: setAddMethod},
		{Name: "clear", Fn: setClearMethod},
		{Name: "__contains__", Fn: setContainsMethod},
		{Name: "copy", Fn: setCopyMethod},
		{Name: "discard", Fn: setDiscardMethod},
		{Name: "difference", Fn: setDifferenceMethod},
		{Name: "difference_update", Fn: setDifferenceUpdateMethod},
		{Name: "intersection", Fn: setIntersectionMethod},
		{Name: "intersection_update", Fn: setIntersectionUpdateMethod},
		{Name: "isdisjoint", Fn: setIsdisjointMethod},
		{Name: "issubset", Fn: setIssubsetMethod},
		{Name: "issuperset", Fn: setIssupersetMethod},
		{Name: "pop", Fn: setPopMethod},
		{Name: "__reduce__", Fn: setReduceMethod},
		{Name: "remove", Fn: setRemoveMethod},
		{Name: "__sizeof__", Fn: setSizeofMethod},
		{Name: "symmetric_difference", Fn: setSymmetricDifferenceMethod},
		{Name: "symmetric_difference_update", Fn: setSymmetricDifferenceUpdateMethod},
		{Name: "union", Fn: setUnionMethod},
		{Name: "update", Fn: setUpdateMethod},
	},
	newInstance: func(m *Machine, t *Type) Object {
		return &Set{table: make([]setEntry, setMinSize), hash: -1}
	},
}

var frozenSetSpec = typeSpec{name: "frozenset", basicSize: 200, weakrefOffset: 192,
	flags: FlagBaseType | FlagHaveGC | flagMatchSelf,
	slots: Slots{
		New: frozensetNew, Repr: setRepr, RichCompare: setRichCompare, Hash: frozensetHashSlot,
		GetAttr: genericGetAttr, Iter: setIter, Len: setLen, Contains: setContains,
		Number: setNumber,
	},
	methods: []MethodDef{
		classGetItemMethod,
		{Name: "__contains__", Fn: setContainsMethod},
		{Name: "copy", Fn: setCopyMethod},
		{Name: "difference", Fn: setDifferenceMethod},
		{Name: "intersection", Fn: setIntersectionMethod},
		{Name: "isdisjoint", Fn: setIsdisjointMethod},
		{Name: "issubset", Fn: setIssubsetMethod},
		{Name: "issuperset", Fn: setIssupersetMethod},
		{Name: "__reduce__", Fn: setReduceMethod},
		{Name: "__sizeof__", Fn: setSizeofMethod},
		{Name: "symmetric_difference", Fn: setSymmetricDifferenceMethod},
		{Name: "union", Fn: setUnionMethod},
	},
	newInstance: func(m *Machine, t *Type) Object {
		return &Set{table: make([]setEntry, setMinSize), hash: -1}
	},
}

var setIteratorSpec = typeSpec{name: "set_iterator", basicSize: 48, flags: FlagHaveGC | flagDisallowInstantiation,
	slots: Slots{Iter: selfIter, Next: setIterNext, GetAttr: genericGetAttr, Hash: identityHash},
	methods: []MethodDef{
		{Name: "__length_hint__", Fn: iterLengthHintMethod},
		{Name: "__reduce__", Fn: setIterReduce},
	},
}

// Frozenset constants.

// newFrozenSetFromConstant makes the frozenset of a compile-time
// constant. items are in the order CPython's constant has (package
// constant computes it); the table is rebuilt so that its slots hold them
// in that order at positions their probe sequences reach, which is the
// layout CPython's constant has (SET_UPDATE copies it slot for slot).
func (m *Machine) newFrozenSetFromConstant(items []Value) Value {
	s := m.newSet(m.types.FrozenSet)
	// The table size after adding the items one by one.
	size := setMinSize
	fill := 0
	for range items {
		fill++
		if fill*5 >= (size-1)*3 {
			minused := fill * 4
			if fill > 50000 {
				minused = fill * 2
			}
			for size <= minused {
				size <<= 1
			}
		}
	}
	hashes := make([]int64, len(items))
	for i, v := range items {
		h, err := m.Hash(v)
		if err != nil {
			// Constants are hashable; keep going with a clean build.
			h = 0
		}
		hashes[i] = h
	}
	if pos := reconstructSetSlots(hashes, size); pos != nil {
		s.table = make([]setEntry, size)
		for i, p := range pos {
			s.table[p] = setEntry{key: items[i], hash: hashes[i]}
		}
		s.fill, s.used = len(items), len(items)
		return s.self
	}
	s.table = make([]setEntry, size)
	for i, v := range items {
		setInsertClean(s.table, v, hashes[i])
	}
	s.fill, s.used = len(items), len(items)
	return s.self
}

// reconstructSetSlots finds slot positions, increasing in item order, such
// that each item sits on its own probe sequence with every slot its probe
// passes before it occupied: a table CPython's adds could have built that
// iterates in the given order. It returns nil if none is found within a
// search budget.
func reconstructSetSlots(hashes []int64, size int) []int {
	mask := uint64(size - 1)
	visits := make([][]int, len(hashes))
	for k, h := range hashes {
		var seq []int
		seen := make(map[int]bool)
		perturb := uint64(h)
		i := uint64(h) & mask
		for len(seq) < 4*size && len(seen) < size {
			probes := uint64(0)
			if i+setLinearProbes <= mask {
				probes = setLinearProbes
			}
			for j := i; j <= i+probes; j++ {
				seq = append(seq, int(j))
				seen[int(j)] = true
			}
			perturb >>= setPerturbShift
			i = (i*5 + 1 + perturb) & mask
		}
		visits[k] = seq
	}
	pos := make([]int, len(hashes))
	occupied := make([]bool, size)
	budget := 200000
	var dfs func(k, last int) bool
	dfs = func(k, last int) bool {
		if budget--; budget < 0 {
			return false
		}
		if k == len(hashes) {
			for j, seq := range visits {
				for _, v := range seq {
					if v == pos[j] {
						break
					}
					if !occupied[v] {
						return false
					}
				}
			}
			return true
		}
		seq := visits[k]
		for idx, slot := range seq {
			if slot <= last {
				if !occupied[slot] {
					return false // an empty slot ends every later probe
				}
				continue
			}
			if occupied[slot] {
				continue
			}
			// A slot the probe passed that lies between the previous item
			// and this one would stay empty: not a valid layout. Passed
			// slots above this one may still be filled by later items.
			ok := true
			for _, v := range seq[:idx] {
				if v > last && v < slot && !occupied[v] {
					ok = false
					break
				}
			}
			if ok {
				pos[k] = slot
				occupied[slot] = true
				if dfs(k+1, slot) {
					return true
				}
				occupied[slot] = false
			}
		}
		return false
	}
	if dfs(0, -1) {
		return pos
	}
	return nil
}
