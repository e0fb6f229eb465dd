package vm

// list.sort and sorted(): a port of CPython 3.11's listsort
// (Objects/listobject.c, Objects/listsort.txt): timsort with binary
// insertion for short runs, galloping merges and the powersort merge
// policy new in 3.11. Following it step by step makes the same "<"
// comparisons in the same order, which decides which TypeError a mixed
// list raises, what a __lt__ with side effects prints, and the order a
// failed sort leaves the items in.

// sortSlice is CPython's sortslice: keys (and values, when a key
// function made separate keys) from offset i. The arrays are behind a
// pointer so that a sortSlice is two words, which Go keeps in registers;
// a larger struct is copied through memory at every method call.
type sortSlice[K any] struct {
	*sortArrays[K]
	i int
}

type sortArrays[K any] struct {
	keys   []K
	values []Value
}

func (s sortSlice[K]) key(j int) K { return s.keys[s.i+j] }

func (s *sortSlice[K]) advance(n int) { s.i += n }

// copyTo is sortslice_memcpy/memmove: n entries from src[j] to s[i].
func (s sortSlice[K]) copyFrom(i int, src sortSlice[K], j, n int) {
	copy(s.keys[s.i+i:s.i+i+n], src.keys[src.i+j:src.i+j+n])
	if s.values != nil {
		copy(s.values[s.i+i:s.i+i+n], src.values[src.i+j:src.i+j+n])
	}
}

func (s sortSlice[K]) set(i int, src sortSlice[K], j int) {
	s.keys[s.i+i] = src.keys[src.i+j]
	if s.values != nil {
		s.values[s.i+i] = src.values[src.i+j]
	}
}

// pendingRun is s_slice: a run waiting to be merged.
type pendingRun[K any] struct {
	base  sortSlice[K]
	len   int
	power int
}

const (
	minGallop       = 7
	mergeTempSize   = 256
	maxMergePending = 64
)

// mergeState is MergeState.
type mergeState[K any] struct {
	m         *Machine
	minGallop int
	listLen   int
	// a is the temporary storage for merges.
	a       sortSlice[K]
	alloced int
	pending []pendingRun[K]
	// compare is ISLT: x < y.
	compare func(x, y K) (bool, error)
}

// getMem is merge_getmem: room for need entries in the temp storage.
func (ms *mergeState[K]) getMem(need int) error {
	if need <= ms.alloced {
		return nil
	}
	mult := 1
	if ms.a.values != nil {
		mult = 2
	}
	if err := ms.m.chargeItems(need * mult); err != nil {
		return err
	}
	ms.a.keys = make([]K, need)
	if ms.a.values != nil {
		ms.a.values = make([]Value, need)
	}
	ms.alloced = need
	return nil
}

// binarySort is binarysort: [lo, hi) sorted by binary insertion, with
// [lo, start) already sorted.
func (ms *mergeState[K]) binarySort(lo sortSlice[K], hi, start int) error {
	if start == 0 {
		start++
	}
	for ; start < hi; start++ {
		l, r := 0, start
		pivot := lo.key(r)
		for l < r {
			p := l + (r-l)>>1
			lt, err := ms.compare(pivot, lo.key(p))
			if err != nil {
				return err
			}
			if lt {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(lo.keys[lo.i+l+1:lo.i+start+1], lo.keys[lo.i+l:lo.i+start])
		lo.keys[lo.i+l] = pivot
		if lo.values != nil {
			pv := lo.values[lo.i+start]
			copy(lo.values[lo.i+l+1:lo.i+start+1], lo.values[lo.i+l:lo.i+start])
			lo.values[lo.i+l] = pv
		}
	}
	return nil
}

// countRun is count_run: the length of the run at lo (of n entries) and
// whether it is strictly descending.
func (ms *mergeState[K]) countRun(lo sortSlice[K], n int) (int, bool, error) {
	if n == 1 {
		return 1, false, nil
	}
	k := 2
	lt, err := ms.compare(lo.key(1), lo.key(0))
	if err != nil {
		return 0, false, err
	}
	if lt {
		for ; k < n; k++ {
			lt, err := ms.compare(lo.key(k), lo.key(k-1))
			if err != nil {
				return 0, false, err
			}
			if !lt {
				break
			}
		}
		return k, true, nil
	}
	for ; k < n; k++ {
		lt, err := ms.compare(lo.key(k), lo.key(k-1))
		if err != nil {
			return 0, false, err
		}
		if lt {
			break
		}
	}
	return k, false, nil
}

// gallopLeft is gallop_left: where key goes in a[0:n] (left of equals),
// starting the search at hint.
func (ms *mergeState[K]) gallopLeft(key K, a sortSlice[K], n, hint int) (int, error) {
	lastofs, ofs := 0, 1
	lt, err := ms.compare(a.key(hint), key)
	if err != nil {
		return 0, err
	}
	if lt {
		maxofs := n - hint
		for ofs < maxofs {
			lt, err := ms.compare(a.key(hint+ofs), key)
			if err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs += hint
		ofs += hint
	} else {
		maxofs := hint + 1
		for ofs < maxofs {
			lt, err := ms.compare(a.key(hint-ofs), key)
			if err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	lastofs++
	for lastofs < ofs {
		mid := lastofs + (ofs-lastofs)>>1
		lt, err := ms.compare(a.key(mid), key)
		if err != nil {
			return 0, err
		}
		if lt {
			lastofs = mid + 1
		} else {
			ofs = mid
		}
	}
	return ofs, nil
}

// gallopRight is gallop_right: like gallopLeft, right of equals.
func (ms *mergeState[K]) gallopRight(key K, a sortSlice[K], n, hint int) (int, error) {
	lastofs, ofs := 0, 1
	lt, err := ms.compare(key, a.key(hint))
	if err != nil {
		return 0, err
	}
	if lt {
		maxofs := hint + 1
		for ofs < maxofs {
			lt, err := ms.compare(key, a.key(hint-ofs))
			if err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		maxofs := n - hint
		for ofs < maxofs {
			lt, err := ms.compare(key, a.key(hint+ofs))
			if err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		if ofs > maxofs {
			ofs = maxofs
		}
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		mid := lastofs + (ofs-lastofs)>>1
		lt, err := ms.compare(key, a.key(mid))
		if err != nil {
			return 0, err
		}
		if lt {
			ofs = mid
		} else {
			lastofs = mid + 1
		}
	}
	return ofs, nil
}

// mergeLo is merge_lo: merge the na entries at ssa with the nb after
// them, na <= nb, copying A to the temp storage.
func (ms *mergeState[K]) mergeLo(ssa sortSlice[K], na int, ssb sortSlice[K], nb int) (err error) {
	if err := ms.getMem(na); err != nil {
		return err
	}
	tmp := ms.a
	tmp.i = 0
	tmp.copyFrom(0, ssa, 0, na)
	dest := ssa
	ssa = tmp
	dest.set(0, ssb, 0)
	dest.advance(1)
	ssb.advance(1)
	nb--
	defer func() {
		// On failure (and success), whatever is left of A goes back.
		if err != nil && na > 0 {
			dest.copyFrom(0, ssa, 0, na)
		}
	}()
	if nb == 0 {
		goto succeed
	}
	if na == 1 {
		goto copyB
	}
	for mg := ms.minGallop; ; {
		acount, bcount := 0, 0
		for {
			lt, e := ms.compare(ssb.key(0), ssa.key(0))
			if e != nil {
				return e
			}
			if lt {
				dest.set(0, ssb, 0)
				dest.advance(1)
				ssb.advance(1)
				bcount++
				acount = 0
				nb--
				if nb == 0 {
					goto succeed
				}
				if bcount >= mg {
					break
				}
			} else {
				dest.set(0, ssa, 0)
				dest.advance(1)
				ssa.advance(1)
				acount++
				bcount = 0
				na--
				if na == 1 {
					goto copyB
				}
				if acount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			ms.minGallop = mg
			k, e := ms.gallopRight(ssb.key(0), ssa, na, 0)
			if e != nil {
				return e
			}
			acount = k
			if k > 0 {
				dest.copyFrom(0, ssa, 0, k)
				dest.advance(k)
				ssa.advance(k)
				na -= k
				if na == 1 {
					goto copyB
				}
				if na == 0 {
					goto succeed
				}
			}
			dest.set(0, ssb, 0)
			dest.advance(1)
			ssb.advance(1)
			nb--
			if nb == 0 {
				goto succeed
			}
			k, e = ms.gallopLeft(ssa.key(0), ssb, nb, 0)
			if e != nil {
				return e
			}
			bcount = k
			if k > 0 {
				dest.copyFrom(0, ssb, 0, k)
				dest.advance(k)
				ssb.advance(k)
				nb -= k
				if nb == 0 {
					goto succeed
				}
			}
			dest.set(0, ssa, 0)
			dest.advance(1)
			ssa.advance(1)
			na--
			if na == 1 {
				goto copyB
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++
		ms.minGallop = mg
	}
succeed:
	if na > 0 {
		dest.copyFrom(0, ssa, 0, na)
	}
	return nil
copyB:
	dest.copyFrom(0, ssb, 0, nb)
	dest.set(nb, ssa, 0)
	return nil
}

// mergeHi is merge_hi: the mirror image of mergeLo, for na > nb,
// copying B to the temp storage and merging from the right.
func (ms *mergeState[K]) mergeHi(ssa sortSlice[K], na int, ssb sortSlice[K], nb int) (err error) {
	if err := ms.getMem(nb); err != nil {
		return err
	}
	dest := ssb
	dest.advance(nb - 1)
	tmp := ms.a
	tmp.i = 0
	tmp.copyFrom(0, ssb, 0, nb)
	basea := ssa
	baseb := tmp
	ssb = tmp
	ssb.advance(nb - 1)
	ssa.advance(na - 1)
	dest.set(0, ssa, 0)
	dest.advance(-1)
	ssa.advance(-1)
	na--
	defer func() {
		if err != nil && nb > 0 {
			dest.copyFrom(-(nb - 1), baseb, 0, nb)
		}
	}()
	if na == 0 {
		goto succeed
	}
	if nb == 1 {
		goto copyA
	}
	for mg := ms.minGallop; ; {
		acount, bcount := 0, 0
		for {
			lt, e := ms.compare(ssb.key(0), ssa.key(0))
			if e != nil {
				return e
			}
			if lt {
				dest.set(0, ssa, 0)
				dest.advance(-1)
				ssa.advance(-1)
				acount++
				bcount = 0
				na--
				if na == 0 {
					goto succeed
				}
				if acount >= mg {
					break
				}
			} else {
				dest.set(0, ssb, 0)
				dest.advance(-1)
				ssb.advance(-1)
				bcount++
				acount = 0
				nb--
				if nb == 1 {
					goto copyA
				}
				if bcount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			ms.minGallop = mg
			k, e := ms.gallopRight(ssb.key(0), basea, na, na-1)
			if e != nil {
				return e
			}
			k = na - k
			acount = k
			if k > 0 {
				dest.advance(-k)
				ssa.advance(-k)
				dest.copyFrom(1, ssa, 1, k)
				na -= k
				if na == 0 {
					goto succeed
				}
			}
			dest.set(0, ssb, 0)
			dest.advance(-1)
			ssb.advance(-1)
			nb--
			if nb == 1 {
				goto copyA
			}
			k, e = ms.gallopLeft(ssa.key(0), baseb, nb, nb-1)
			if e != nil {
				return e
			}
			k = nb - k
			bcount = k
			if k > 0 {
				dest.advance(-k)
				ssb.advance(-k)
				dest.copyFrom(1, ssb, 1, k)
				nb -= k
				if nb == 1 {
					goto copyA
				}
				if nb == 0 {
					goto succeed
				}
			}
			dest.set(0, ssa, 0)
			dest.advance(-1)
			ssa.advance(-1)
			na--
			if na == 0 {
				goto succeed
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++
		ms.minGallop = mg
	}
succeed:
	if nb > 0 {
		dest.copyFrom(-(nb - 1), baseb, 0, nb)
	}
	return nil
copyA:
	dest.copyFrom(1-na, ssa, 1-na, na)
	dest.advance(-na)
	ssa.advance(-na)
	dest.set(0, ssb, 0)
	return nil
}

// mergeAt is merge_at: merge pending runs i and i+1.
func (ms *mergeState[K]) mergeAt(i int) error {
	p := ms.pending
	ssa, na := p[i].base, p[i].len
	ssb, nb := p[i+1].base, p[i+1].len
	p[i].len = na + nb
	if i == len(p)-3 {
		p[i+1] = p[i+2]
	}
	ms.pending = p[:len(p)-1]
	k, err := ms.gallopRight(ssb.key(0), ssa, na, 0)
	if err != nil {
		return err
	}
	ssa.advance(k)
	na -= k
	if na == 0 {
		return nil
	}
	nb, err = ms.gallopLeft(ssa.key(na-1), ssb, nb, nb-1)
	if err != nil || nb <= 0 {
		return err
	}
	if na <= nb {
		return ms.mergeLo(ssa, na, ssb, nb)
	}
	return ms.mergeHi(ssa, na, ssb, nb)
}

// powerloop is the powersort node power of the boundary between the
// runs [s1, s1+n1) and [s1+n1, s1+n1+n2) in a list of n.
func powerloop(s1, n1, n2, n int) int {
	result := 0
	a := 2*s1 + n1
	b := a + n1 + n2
	for {
		result++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			break
		}
		a <<= 1
		b <<= 1
	}
	return result
}

// foundNewRun is found_new_run: merge while the stack's powers say so.
func (ms *mergeState[K]) foundNewRun(n2 int) error {
	if len(ms.pending) == 0 {
		return nil
	}
	top := &ms.pending[len(ms.pending)-1]
	power := powerloop(top.base.i, top.len, n2, ms.listLen)
	for len(ms.pending) > 1 && ms.pending[len(ms.pending)-2].power > power {
		if err := ms.mergeAt(len(ms.pending) - 2); err != nil {
			return err
		}
	}
	ms.pending[len(ms.pending)-1].power = power
	return nil
}

// forceCollapse is merge_force_collapse.
func (ms *mergeState[K]) forceCollapse() error {
	for len(ms.pending) > 1 {
		n := len(ms.pending) - 2
		if n > 0 && ms.pending[n-1].len < ms.pending[n+1].len {
			n--
		}
		if err := ms.mergeAt(n); err != nil {
			return err
		}
	}
	return nil
}

// computeMinrun is merge_compute_minrun.
func computeMinrun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// SortValues sorts items in place, stably, by key(item) if key is not
// Null, comparing with < as CPython 3.11's list.sort does (including its
// pre-sort choice of comparison routine, which decides when a __lt__ that
// returns NotImplemented is asked twice). On error the items are left in
// the permutation CPython leaves them in.
func (m *Machine) SortValues(items []Value, key Value, reverse bool) error {
	n := len(items)
	keys := items
	var values []Value
	if key != Null {
		keys = make([]Value, n)
		sc := m.openScopeFor(Null, key)
		m.holdSlice(sc, keys)
		for i, x := range items {
			k, err := m.callIn(key, []Value{x})
			if err != nil {
				m.closeScope(sc)
				return err
			}
			keys[i] = k
		}
		m.closeScope(sc)
		values = items
	}
	if n < 2 {
		return nil
	}
	lt, inTuples, kind := m.sortCompare(keys)
	if reverse {
		if key != Null {
			reverseSlice(keys)
		}
		reverseSlice(items)
	}
	var err error
	switch {
	case inTuples:
		err = m.sortTupleKeys(keys, values, lt, kind == sortInts)
	case kind == sortStrs:
		err = m.sortStrKeys(keys, values)
	default:
		err = runSort(m, sortSlice[Value]{sortArrays: &sortArrays[Value]{keys: keys, values: values}}, lt)
	}
	if reverse {
		reverseSlice(items)
	}
	return err
}

// runSort is the body of listsort after the pre-sort check: lo's keys
// (and values) sorted with lt.
func runSort[K any](m *Machine, lo sortSlice[K], lt func(x, y K) (bool, error)) error {
	ms := &mergeState[K]{m: m, minGallop: minGallop, listLen: len(lo.keys), compare: lt}
	ms.a.sortArrays = &sortArrays[K]{}
	if lo.values != nil {
		ms.a.values = []Value{}
	}
	return ms.sort(lo, len(lo.keys))
}

func reverseSlice[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func (ms *mergeState[K]) sort(lo sortSlice[K], remaining int) error {
	minrun := computeMinrun(remaining)
	for remaining > 0 {
		n, descending, err := ms.countRun(lo, remaining)
		if err != nil {
			return err
		}
		if descending {
			reverseSlice(lo.keys[lo.i : lo.i+n])
			if lo.values != nil {
				reverseValues(lo.values[lo.i : lo.i+n])
			}
		}
		if n < minrun {
			force := minrun
			if remaining <= minrun {
				force = remaining
			}
			if err := ms.binarySort(lo, force, n); err != nil {
				return err
			}
			n = force
		}
		if err := ms.foundNewRun(n); err != nil {
			return err
		}
		ms.pending = append(ms.pending, pendingRun[K]{base: lo, len: n})
		lo.advance(n)
		remaining -= n
	}
	return ms.forceCollapse()
}

// sortCompare is listsort's pre-sort check: the comparison to use for
// these keys (unsafe_*_compare when they share a type, else
// safe_object_compare). When the keys are all exact non-empty tuples, lt
// is for their first items (ms->tuple_elem_compare) and inTuples is true;
// kind tells when lt is unsafe_long_compare or unsafe_latin_compare.
func (m *Machine) sortCompare(keys []Value) (lt func(x, y Value) (bool, error), inTuples bool, kind sortKind) {
	first := m.tuple(keys[0])
	inTuples = first != nil && first.typ == m.types.Tuple && len(first.Items) > 0
	var keyType *Type
	if inTuples {
		keyType = m.TypeOf(first.Items[0])
	} else {
		keyType = m.TypeOf(keys[0])
	}
	sameType := true
	for _, k := range keys {
		if inTuples {
			t := m.tuple(k)
			if t == nil || t.typ != m.types.Tuple || len(t.Items) == 0 {
				inTuples, sameType = false, false
				break
			}
			k = t.Items[0]
		}
		if m.TypeOf(k) != keyType {
			sameType = false
			if !inTuples {
				break
			}
		}
	}
	lt = m.sortLess
	if sameType {
		switch {
		case keyType == m.types.Str:
			// Comparing UTF-8 bytes orders by code point (lone
			// surrogates too, in their 3-byte form), as CPython's
			// unsafe_latin_compare and unicode_compare do.
			lt, kind = func(x, y Value) (bool, error) { return m.str(x).S < m.str(y).S, nil }, sortStrs
		case keyType == m.types.Int:
			lt, kind = m.intLess, sortInts
		case keyType == m.types.Float:
			lt = func(x, y Value) (bool, error) { return floatValueOf(m, x) < floatValueOf(m, y), nil }
		case keyType.RichCompare != nil:
			rc := keyType.RichCompare
			lt = func(x, y Value) (bool, error) {
				if m.TypeOf(x).RichCompare == nil || funcPtr(m.TypeOf(x).RichCompare) != funcPtr(rc) {
					return m.sortLess(x, y)
				}
				r, err := rc(m, x, y, LT)
				if err != nil {
					return false, err
				}
				if r == NotImplemented {
					return m.sortLess(x, y)
				}
				if r == True || r == False {
					return r == True, nil
				}
				return m.Truth(r)
			}
		}
	}
	if inTuples && keyType == m.types.Tuple {
		lt, kind = m.sortLess, sortOther
	}
	return lt, inTuples, kind
}

// sortKind is what sortCompare found the keys (or their first items) to
// be, when that allows a faster comparison.
type sortKind uint8

const (
	sortOther sortKind = iota
	sortInts           // exact ints
	sortStrs           // exact strs
)

// sortLess is safe_object_compare: PyObject_RichCompareBool(x, y, Py_LT).
func (m *Machine) sortLess(x, y Value) (bool, error) {
	if x.IsSmallInt() && y.IsSmallInt() {
		// int's < runs no Python code: only PyObject_RichCompare's
		// recursion check is left to do.
		if m.depth >= m.recursionLimit {
			return false, m.recursionError(" in comparison")
		}
		return x.SmallInt() < y.SmallInt(), nil
	}
	r, err := m.RichCompare(x, y, LT)
	if err != nil {
		return false, err
	}
	if r == True || r == False {
		return r == True, nil
	}
	return m.Truth(r)
}

// intLess is unsafe_long_compare: x < y for exact ints.
func (m *Machine) intLess(x, y Value) (bool, error) {
	if x.IsSmallInt() && y.IsSmallInt() {
		return x.SmallInt() < y.SmallInt(), nil
	}
	r, err := intRichCompare(m, x, y, LT)
	return r == True, err
}

// strKey is a key that is an exact str, with its text at hand (see
// tupleKey).
type strKey struct {
	s string
	v Value
}

// sortStrKeys sorts keys that are all exact strs (and values, if not
// nil) by their text, leaving the keys in the order they were sorted
// into.
func (m *Machine) sortStrKeys(keys, values []Value) error {
	recs := make([]strKey, len(keys))
	for i, k := range keys {
		recs[i] = strKey{s: m.str(k).S, v: k}
	}
	err := runSort(m, sortSlice[strKey]{sortArrays: &sortArrays[strKey]{keys: recs, values: values}},
		func(x, y strKey) (bool, error) { return x.s < y.s, nil })
	for i := range recs {
		keys[i] = recs[i].v
	}
	return err
}

// tupleKey is a key that is an exact non-empty tuple, with its items at
// hand: unsafe_tuple_compare reads them at every comparison, and reaching
// them through the heap table and the Tuple cost two cache misses more
// each time.
type tupleKey struct {
	items []Value
	v     Value
}

// sortTupleKeys sorts keys that are all exact non-empty tuples (and
// values, if not nil) with unsafe_tuple_compare, firstLT comparing first
// items. The keys are left in the order they were sorted into, also on
// error.
func (m *Machine) sortTupleKeys(keys, values []Value, firstLT func(x, y Value) (bool, error), ints bool) error {
	recs := make([]tupleKey, len(keys))
	for i, k := range keys {
		recs[i] = tupleKey{items: m.tuple(k).Items, v: k}
	}
	// unsafe_tuple_compare: the first items differing by == decide.
	lt := func(x, y tupleKey) (bool, error) {
		v, w := x.items, y.items
		i := 0
		for ; i < len(v) && i < len(w); i++ {
			a, b := v[i], w[i]
			// PyObject_RichCompareBool's identity shortcut, and
			// fastEqual's for two immediate ints that differ.
			if a == b {
				continue
			}
			if a.IsSmallInt() && b.IsSmallInt() {
				break
			}
			eq, err := m.Equal(a, b)
			if err != nil {
				return false, err
			}
			if !eq {
				break
			}
		}
		if i >= len(v) || i >= len(w) {
			return len(v) < len(w), nil
		}
		if i == 0 {
			if a, b := v[0], w[0]; ints && a.IsSmallInt() && b.IsSmallInt() {
				return a.SmallInt() < b.SmallInt(), nil
			}
			return firstLT(v[0], w[0])
		}
		return m.sortLess(v[i], w[i])
	}
	err := runSort(m, sortSlice[tupleKey]{sortArrays: &sortArrays[tupleKey]{keys: recs, values: values}}, lt)
	for i := range recs {
		keys[i] = recs[i].v
	}
	return err
}
