package vm

// The list type (CPython 3.11's Objects/listobject.c).

// List is a list object. Allocated mirrors CPython's ob_alloc (the growth
// pattern decides sys.getsizeof); Items' Go capacity is an implementation
// detail. Allocated is -1 while the list is being sorted.
type List struct {
	Header
	Items     []Value
	Allocated int
}

func (l *List) traverse(visit func(Value)) {
	for _, v := range l.Items {
		visit(v)
	}
}

// sizeOf is sys.getsizeof: the header, the item pointers CPython has
// allocated, and the pre-header (GC head; a subclass's managed dict).
func (l *List) sizeOf() int { return l.typ.BasicSize + 8*l.Allocated + preHeaderSize(l.typ) }

// NewList returns a list holding items (kept; exact-size allocation, as
// BUILD_LIST and list slicing allocate).
func (m *Machine) NewList(items []Value) Value {
	if len(items) == 0 {
		items = nil // CPython's PyList_New(0) allocates no item array
	}
	return m.alloc(&List{Items: items, Allocated: len(items)}, m.types.List)
}

// Splitters' preallocation (stringlib's PREALLOC_SIZE and MAX_PREALLOC):
// str.split and its kin make their list with room for maxsplit+1 items,
// 12 at most, and append any more; str.splitlines makes it empty.
const (
	splitPreallocMax   = 12
	splitLinesPrealloc = 0
)

// splitPrealloc is PREALLOC_SIZE(maxsplit), a negative maxsplit being
// unlimited.
func splitPrealloc(maxsplit int) int {
	if maxsplit < 0 || maxsplit >= splitPreallocMax {
		return splitPreallocMax
	}
	return maxsplit + 1
}

// newGrownList returns a list of items made as CPython's splitters make
// theirs: PyList_New(prealloc), the first items stored, the rest
// appended. Its allocation, which sys.getsizeof shows, is what that
// growth leaves.
func (m *Machine) newGrownList(items []Value, prealloc int) Value {
	g := List{Allocated: prealloc}
	for n := prealloc + 1; n <= len(items); n++ {
		g.Items = items[:n-1]
		listResize(&g, n)
	}
	if len(items) == 0 && g.Allocated == 0 {
		items = nil
	} else if cap(items) < g.Allocated {
		items = append(make([]Value, 0, g.Allocated), items...)
	}
	return m.alloc(&List{Items: items, Allocated: g.Allocated}, m.types.List)
}

// list returns the *List behind v, or nil.
func (m *Machine) list(v Value) *List {
	if !v.IsRef() {
		return nil
	}
	l, _ := m.heap.objs[v].(*List)
	return l
}

// listResize sets CPython's allocation for a list growing or shrinking to
// newSize (list_resize in 3.11), before len(l.Items) changes.
func listResize(l *List, newSize int) {
	allocated := l.Allocated
	if allocated >= newSize && newSize >= allocated>>1 {
		return
	}
	n := (newSize + newSize>>3 + 6) &^ 3
	if newSize-len(l.Items) > n-newSize {
		n = (newSize + 3) &^ 3
	}
	if newSize == 0 {
		n = 0
	}
	l.Allocated = n
}

// listSetSize is list_resize: the allocation follows CPython's rule and
// len(l.Items) becomes n (new items are Null until the caller sets them).
func (m *Machine) listSetSize(l *List, n int) error {
	old := l.Allocated
	if n <= len(l.Items) && n >= old>>1 {
		// Shrinking within the allocation, as a stack's pop does: no
		// resize in CPython, nothing given back here.
		l.Items = l.Items[:n]
		return nil
	}
	listResize(l, n)
	if l.Allocated > old {
		if err := m.chargeItems(l.Allocated - old); err != nil {
			l.Allocated = old
			return err
		}
	}
	if n <= cap(l.Items) {
		if n > len(l.Items) {
			clear(l.Items[len(l.Items):n])
		}
		l.Items = l.Items[:n]
		if l.Allocated < cap(l.Items)/4 && cap(l.Items) > 32 {
			// Let Go reclaim storage the list gave back (a small array
			// is kept: a list used as a stack grows back soon).
			l.Items = append(make([]Value, 0, l.Allocated), l.Items...)
		}
		return nil
	}
	items := make([]Value, n, max(n, l.Allocated))
	copy(items, l.Items)
	l.Items = items
	return nil
}

// listPreallocateExact is list_preallocate_exact: an empty list gets room
// for n items, rounded up to even.
func (m *Machine) listPreallocateExact(l *List, n int) error {
	n = (n + 1) &^ 1
	if err := m.chargeItems(n); err != nil {
		return err
	}
	l.Allocated = n
	l.Items = make([]Value, 0, n)
	return nil
}

// ListAppend appends v to l.
func (m *Machine) ListAppend(l *List, v Value) error {
	n := len(l.Items)
	if n+1 > l.Allocated {
		if err := m.listSetSize(l, n+1); err != nil {
			return err
		}
		l.Items[n] = v
		return nil
	}
	l.Items = append(l.Items, v)
	return nil
}

// listClear is _list_clear: the list gives its storage back.
func listClear(l *List) {
	l.Items = nil
	l.Allocated = 0
}

// listExtend is LIST_EXTEND ([*a, *b], f(*a)): list.extend, with the
// instruction's message for an operand that cannot be iterated at all.
func (m *Machine) listExtend(l *List, iterable Value) error {
	err := m.listExtendIterable(l, iterable)
	if err != nil && m.isRaise(err, m.types.TypeError) {
		if t := m.TypeOf(iterable); t.Iter == nil && !m.hasSequenceGetItem(t) {
			return m.typeError("Value after * must be an iterable, not %s", t.Name)
		}
	}
	return err
}

// listExtendIterable is list.extend (list_extend).
func (m *Machine) listExtendIterable(l *List, iterable Value) error {
	if src := m.list(iterable); src != nil && (src.typ == m.types.List || src == l) || m.isExactTuple(iterable) {
		var items []Value
		if src != nil {
			items = src.Items
		} else {
			items = m.tuple(iterable).Items
		}
		n := len(items)
		if n == 0 {
			return nil
		}
		k := len(l.Items)
		if l.Items == nil {
			if err := m.listPreallocateExact(l, n); err != nil {
				return err
			}
			l.Items = append(l.Items, items...)
			return nil
		}
		if err := m.listSetSize(l, k+n); err != nil {
			return err
		}
		copy(l.Items[k:], items[:n])
		return nil
	}
	it, err := m.GetIter(iterable)
	if err != nil {
		return err
	}
	return m.listExtendIter(l, iterable, it)
}

// listExtendIter is list_extend's generic path: preallocate by the
// iterable's length hint, append, then shrink to fit.
func (m *Machine) listExtendIter(l *List, iterable, it Value) error {
	n, err := m.lengthHint(iterable, 8)
	if err != nil {
		return err
	}
	k := len(l.Items)
	if l.Items == nil {
		if n > 0 {
			if err := m.listPreallocateExact(l, n); err != nil {
				return err
			}
		}
	} else {
		if err := m.listSetSize(l, k+n); err != nil {
			return err
		}
		l.Items = l.Items[:k]
	}
	next := m.TypeOf(it).Next
	if next == nil {
		return m.typeError("'%s' object is not an iterator", m.typeName(it))
	}
	sc := m.openScopeFor(it, Null)
	defer m.closeScope(sc)
	m.holdList(sc, l)
	for {
		if sc >= 0 {
			m.heap.pins.coop = it
		}
		x, err := next(m, it)
		m.heap.pins.coop = Null
		if err != nil {
			// CPython's list_extend: a StopIteration ends the iteration.
			if m.isRaise(err, m.types.exceptions["StopIteration"]) {
				break
			}
			return err
		}
		if x == Null {
			break
		}
		if len(l.Items) < l.Allocated {
			l.Items = append(l.Items, x)
		} else if err := m.ListAppend(l, x); err != nil {
			return err
		}
	}
	if len(l.Items) < l.Allocated {
		return m.listSetSize(l, len(l.Items))
	}
	return nil
}

// listInsert is ins1.
func (m *Machine) listInsert(l *List, where int, v Value) error {
	n := len(l.Items)
	if err := m.listSetSize(l, n+1); err != nil {
		return err
	}
	if where < 0 {
		where += n
		if where < 0 {
			where = 0
		}
	}
	if where > n {
		where = n
	}
	copy(l.Items[where+1:], l.Items[where:n])
	l.Items[where] = v
	return nil
}

// listAssSlice is list_ass_slice: l[lo:hi] = v (v Null deletes).
func (m *Machine) listAssSlice(l *List, lo, hi int, v Value) error {
	var items []Value
	if v != Null {
		if src := m.list(v); src == l {
			items = append([]Value(nil), src.Items...)
		} else {
			var err error
			if items, err = m.seqFast(v, "can only assign an iterable"); err != nil {
				return err
			}
			items = append([]Value(nil), items...)
		}
	}
	size := len(l.Items)
	if lo < 0 {
		lo = 0
	} else if lo > size {
		lo = size
	}
	if hi < lo {
		hi = lo
	} else if hi > size {
		hi = size
	}
	n := len(items)
	d := n - (hi - lo)
	if size+d == 0 {
		listClear(l)
		return nil
	}
	switch {
	case d < 0:
		copy(l.Items[hi+d:], l.Items[hi:])
		if err := m.listSetSize(l, size+d); err != nil {
			return err
		}
	case d > 0:
		if err := m.listSetSize(l, size+d); err != nil {
			return err
		}
		copy(l.Items[hi+d:], l.Items[hi:size])
	}
	copy(l.Items[lo:], items)
	return nil
}

// listSlice is list_slice: a new list of l[lo:hi], exactly allocated.
func (m *Machine) listSlice(l *List, lo, hi int) Value {
	if hi <= lo {
		return m.NewList(nil)
	}
	return m.NewList(append([]Value(nil), l.Items[lo:hi]...))
}

func listRepr(m *Machine, v Value) (Value, error) {
	l := m.list(v)
	if len(l.Items) == 0 {
		return m.NewStr("[]"), nil
	}
	if !m.reprEnter(v) {
		return m.NewStr("[...]"), nil
	}
	defer m.reprLeave(v)
	b := []byte{'['}
	// The items' reprs may change the list: read its size each time.
	for i := 0; i < len(l.Items); i++ {
		if i > 0 {
			b = append(b, ", "...)
		}
		s, err := m.ReprString(l.Items[i])
		if err != nil {
			return Null, err
		}
		b = append(b, s...)
	}
	return m.NewStr(string(append(b, ']'))), nil
}

func listLen(m *Machine, v Value) (int, error) { return len(m.list(v).Items), nil }

func listContains(m *Machine, v, x Value) (bool, error) {
	l := m.list(v)
	for i := 0; i < len(l.Items); i++ {
		eq, err := m.Equal(l.Items[i], x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// indexError raises IndexError(msg).
func (m *Machine) indexError(msg string) error {
	return m.Raisef(m.types.exceptions["IndexError"], "%s", msg)
}

func listGetItem(m *Machine, v, key Value) (Value, error) {
	l := m.list(v)
	if key.IsSmallInt() {
		i := int(key.SmallInt())
		if i < 0 {
			i += len(l.Items)
		}
		if uint(i) >= uint(len(l.Items)) {
			return Null, m.indexError("list index out of range")
		}
		return l.Items[i], nil
	}
	if m.isIndexable(key) {
		i, err := m.IndexInt(key)
		if err != nil {
			return Null, err
		}
		if i < 0 {
			i += int64(len(l.Items))
		}
		if i < 0 || i >= int64(len(l.Items)) {
			return Null, m.indexError("list index out of range")
		}
		return l.Items[i], nil
	}
	if s := m.sliceObj(key); s != nil {
		start, _, step, n, err := m.sliceIndices(s, len(l.Items))
		if err != nil {
			return Null, err
		}
		if n <= 0 {
			return m.NewList(nil), nil
		}
		if step == 1 {
			return m.listSlice(l, start, start+n), nil
		}
		items := make([]Value, n)
		for i, cur := 0, start; i < n; i, cur = i+1, cur+step {
			items[i] = l.Items[cur]
		}
		return m.NewList(items), nil
	}
	return Null, m.typeError("list indices must be integers or slices, not %s", m.typeName(key))
}

func listSetItem(m *Machine, v, key, x Value) error {
	l := m.list(v)
	if m.isIndexable(key) {
		i, err := m.IndexInt(key)
		if err != nil {
			return err
		}
		if i < 0 {
			i += int64(len(l.Items))
		}
		if i < 0 || i >= int64(len(l.Items)) {
			return m.indexError("list assignment index out of range")
		}
		if x == Null {
			return m.listAssSlice(l, int(i), int(i)+1, Null)
		}
		l.Items[i] = x
		return nil
	}
	s := m.sliceObj(key)
	if s == nil {
		return m.typeError("list indices must be integers or slices, not %s", m.typeName(key))
	}
	start, stop, step, err := m.sliceUnpack(s)
	if err != nil {
		return err
	}
	n := adjustIndices(len(l.Items), &start, &stop, step)
	if step == 1 {
		return m.listAssSlice(l, start, stop, x)
	}
	if x == Null {
		if n <= 0 {
			return nil
		}
		if step < 0 {
			stop = start + 1
			start = stop + step*(n-1) - 1
			step = -step
		}
		// Keep the items not in the slice, in order.
		kept := 0
		for i, item := range l.Items {
			if i >= start && i < start+step*n && (i-start)%step == 0 {
				continue
			}
			l.Items[kept] = item
			kept++
		}
		return m.listSetSize(l, kept)
	}
	var items []Value
	if src := m.list(x); src == l {
		items = append([]Value(nil), src.Items...)
	} else {
		if items, err = m.seqFast(x, "must assign iterable to extended slice"); err != nil {
			return err
		}
	}
	if len(items) != n {
		return m.Raisef(m.types.ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i, cur := 0, start; i < n; i, cur = i+1, cur+step {
		l.Items[cur] = items[i]
	}
	return nil
}

// listRichCompare is list_richcompare: the first differing items decide,
// found with == (identity first), then the lengths.
func listRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	va, wb := m.list(a), m.list(b)
	if va == nil || wb == nil {
		return NotImplemented, nil
	}
	return m.seqRichCompare(func() []Value { return va.Items }, func() []Value { return wb.Items }, op)
}

// seqRichCompare compares two sequences lexicographically as list and
// tuple do; the item slices are re-read after each comparison because
// Python __eq__ may mutate a list.
func (m *Machine) seqRichCompare(av, bv func() []Value, op CompareOp) (Value, error) {
	if len(av()) != len(bv()) && (op == EQ || op == NE) {
		return Bool(op == NE), nil
	}
	i := 0
	for ; i < len(av()) && i < len(bv()); i++ {
		x, y := av()[i], bv()[i]
		if x == y {
			continue
		}
		eq, err := m.Equal(x, y)
		if err != nil {
			return Null, err
		}
		if !eq {
			break
		}
	}
	if i >= len(av()) || i >= len(bv()) {
		return compareInts(int64(len(av())), int64(len(bv())), op), nil
	}
	switch op {
	case EQ:
		return False, nil
	case NE:
		return True, nil
	}
	return m.RichCompare(av()[i], bv()[i], op)
}

// listNbAdd is list concatenation (sq_concat, reached after the right
// operand's __radd__ as CPython's binary_op1 orders it).
func listNbAdd(m *Machine, a, b Value) (Value, error) {
	la := m.list(a)
	if la == nil {
		return NotImplemented, nil
	}
	lb := m.list(b)
	if lb == nil {
		r, err := m.otherOperandFirst(a, b, NbAdd, listNbAdd)
		if err != nil || r != NotImplemented {
			return r, err
		}
		return Null, m.typeError("can only concatenate list (not \"%s\") to list", m.typeName(b))
	}
	n := len(la.Items) + len(lb.Items)
	if n == 0 {
		return m.NewList(nil), nil
	}
	if err := m.chargeItems(n); err != nil {
		return Null, err
	}
	items := make([]Value, 0, n)
	items = append(items, la.Items...)
	return m.NewList(append(items, lb.Items...)), nil
}

// listNbMul is list repetition (sq_repeat), either operand the list.
func listNbMul(m *Machine, a, b Value) (Value, error) {
	l, n := m.list(a), b
	if l == nil {
		l, n = m.list(b), a
		if l == nil {
			return NotImplemented, nil
		}
	} else {
		r, err := m.otherOperandFirst(a, b, NbMultiply, listNbMul)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	count, err := m.repeatCount(n)
	if err != nil {
		return Null, err
	}
	items, err := m.repeatItems(l.Items, count)
	if err != nil {
		return Null, err
	}
	return m.NewList(items), nil
}

// repeatItems returns items repeated count times, or MemoryError.
func (m *Machine) repeatItems(items []Value, count int) ([]Value, error) {
	if count <= 0 || len(items) == 0 {
		return nil, nil
	}
	if len(items) > (1<<62)/count {
		return nil, m.noMemory()
	}
	n := len(items) * count
	if err := m.chargeItems(n); err != nil {
		return nil, err
	}
	r := make([]Value, 0, n)
	for i := 0; i < count; i++ {
		r = append(r, items...)
	}
	return r, nil
}

// listInplaceBinary emulates CPython's binary_iop1 for a list on the
// left: a list has no nb_inplace_add/nb_add (nor multiply), so only a
// class's slots on either side run before the sequence operation.
func (m *Machine) listInplaceBinary(a, b Value, nb int, self BinaryFunc) (Value, error) {
	ta, tb := m.TypeOf(a), m.TypeOf(b)
	fa := ta.Number[nb]
	if fa != nil && sameFunc(fa, self) {
		fa = nil
	}
	var fb BinaryFunc
	if tb != ta && tb.IsHeap() {
		fb = tb.Number[nb]
		if fb != nil && (sameFunc(fb, self) || fa != nil && sameFunc(fa, fb)) {
			fb = nil
		}
	}
	if fa != nil {
		if fb != nil && tb.IsSubtype(ta) {
			r, err := fb(m, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
			fb = nil
		}
		r, err := fa(m, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fb != nil {
		return fb(m, a, b)
	}
	return NotImplemented, nil
}

// listInplaceAdd is list += x (sq_inplace_concat: extend by any
// iterable).
func listInplaceAdd(m *Machine, a, b Value) (Value, error) {
	r, err := m.listInplaceBinary(a, b, NbAdd, listNbAdd)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if err := m.listExtendIterable(m.list(a), b); err != nil {
		return Null, err
	}
	return a, nil
}

// listInplaceMul is list *= n (list_inplace_repeat).
func listInplaceMul(m *Machine, a, b Value) (Value, error) {
	r, err := m.listInplaceBinary(a, b, NbMultiply, listNbMul)
	if err != nil || r != NotImplemented {
		return r, err
	}
	count, err := m.repeatCount(b)
	if err != nil {
		return Null, err
	}
	l := m.list(a)
	size := len(l.Items)
	if size == 0 || count == 1 {
		return a, nil
	}
	if count < 1 {
		listClear(l)
		return a, nil
	}
	if size > (1<<62)/count {
		return Null, m.noMemory()
	}
	if err := m.listSetSize(l, size*count); err != nil {
		return Null, err
	}
	for p := size; p < size*count; p += size {
		copy(l.Items[p:], l.Items[:size])
	}
	return a, nil
}

// listNew is tp_new (PyType_GenericNew): an empty list of type t.
func listNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	return m.alloc(&List{}, t), nil
}

var listInitArgs = ArgSpec{Name: "list", Kind: ArgsPositional, Min: 0, Max: 1}

// listInit is list.__init__.
func listInit(m *Machine, self Value, args, kwnames []Value) error {
	t := m.TypeOf(self)
	if len(kwnames) > 0 && (t == m.types.List || sameNew(t.New, listNew)) {
		return m.typeError("list() takes no keyword arguments")
	}
	nargs := len(args) - len(kwnames)
	if err := m.ParseArgs(&listInitArgs, args[:nargs], nil, nil); err != nil {
		return err
	}
	l := m.list(self)
	if l.Items != nil {
		listClear(l)
	}
	if nargs == 0 {
		return nil
	}
	it := args[0]
	return m.listExtendIterable(l, it)
}

// sameNew reports whether two tp_new slots are the same Go function.
func sameNew(a, b func(m *Machine, t *Type, args []Value, kwnames []Value) (Value, error)) bool {
	return a != nil && b != nil && funcPtr(a) == funcPtr(b)
}

// NewListFromIterable is list(iterable) (PySequence_List).
func (m *Machine) NewListFromIterable(v Value) (Value, error) {
	l := &List{}
	r := m.alloc(l, m.types.List)
	if err := m.listExtendIterable(l, v); err != nil {
		return Null, err
	}
	return r, nil
}

// Methods.

var (
	listAppendArgs   = ArgSpec{Name: "append", Func: "list.append", Kind: ArgsO}
	listExtendArgs   = ArgSpec{Name: "extend", Func: "list.extend", Kind: ArgsO}
	listInsertArgs   = ArgSpec{Name: "insert", Func: "list.insert", Kind: ArgsPositional, Min: 2, Max: 2}
	listPopArgs      = ArgSpec{Name: "pop", Func: "list.pop", Kind: ArgsPositional, Min: 0, Max: 1}
	listRemoveArgs   = ArgSpec{Name: "remove", Func: "list.remove", Kind: ArgsO}
	listIndexArgs    = ArgSpec{Name: "index", Func: "list.index", Kind: ArgsPositional, Min: 1, Max: 3}
	listCountArgs    = ArgSpec{Name: "count", Func: "list.count", Kind: ArgsO}
	listReverseArgs  = ArgSpec{Name: "reverse", Func: "list.reverse", Kind: ArgsNone}
	listCopyArgs     = ArgSpec{Name: "copy", Func: "list.copy", Kind: ArgsNone}
	listClearArgs    = ArgSpec{Name: "clear", Func: "list.clear", Kind: ArgsNone}
	listSizeofArgs   = ArgSpec{Name: "__sizeof__", Func: "list.__sizeof__", Kind: ArgsNone}
	listReversedArgs = ArgSpec{Name: "__reversed__", Func: "list.__reversed__", Kind: ArgsNone}
	listGetitemArgs  = ArgSpec{Name: "__getitem__", Func: "list.__getitem__", Kind: ArgsO}
	listSortArgs     = ArgSpec{Name: "sort", Kind: ArgsKeywords, Names: []string{"key", "reverse"}, Max: 0}
)

func listAppendMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&listAppendArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return None, m.ListAppend(m.list(self), args[0])
}

func listExtendMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&listExtendArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return None, m.listExtendIterable(m.list(self), args[0])
}

func listInsertMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&listInsertArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	i, err := m.ArgSsize(args[0])
	if err != nil {
		return Null, err
	}
	return None, m.listInsert(m.list(self), int(i), args[1])
}

func listPopMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	index := int64(-1)
	if len(args) == 0 {
		// pop(): nothing to parse.
	} else if err := m.ParseArgs(&listPopArgs, args, kwnames, nil); err != nil {
		return Null, err
	} else {
		var err error
		if index, err = m.ArgSsize(args[0]); err != nil {
			return Null, err
		}
	}
	l := m.list(self)
	n := int64(len(l.Items))
	if n == 0 {
		return Null, m.indexError("pop from empty list")
	}
	if index < 0 {
		index += n
	}
	if index < 0 || index >= n {
		return Null, m.indexError("pop index out of range")
	}
	v := l.Items[index]
	if index == n-1 {
		return v, m.listSetSize(l, int(n-1))
	}
	return v, m.listAssSlice(l, int(index), int(index)+1, Null)
}

func listRemoveMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&listRemoveArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	l := m.list(self)
	for i := 0; i < len(l.Items); i++ {
		eq, err := m.Equal(l.Items[i], args[0])
		if err != nil {
			return Null, err
		}
		if eq {
			return None, m.listAssSlice(l, i, i+1, Null)
		}
	}
	return Null, m.Raisef(m.types.ValueError, "list.remove(x): x not in list")
}

// sliceIndexNotNone is _PyEval_SliceIndexNotNone (index's start, stop).
func (m *Machine) sliceIndexNotNone(v Value) (int, error) {
	if !m.isIndexable(v) {
		return 0, m.typeError("slice indices must be integers or have an __index__ method")
	}
	r, err := m.NumberIndex(v)
	if err != nil {
		return 0, err
	}
	return m.clampedIndex(r), nil
}

// indexBounds parses index()'s optional start and stop.
func (m *Machine) indexBounds(args []Value) (start, stop int, err error) {
	start, stop = 0, int(^uint(0)>>1)
	if len(args) > 1 {
		if start, err = m.sliceIndexNotNone(args[1]); err != nil {
			return
		}
	}
	if len(args) > 2 {
		stop, err = m.sliceIndexNotNone(args[2])
	}
	return
}

func listIndexMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&listIndexArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	start, stop, err := m.indexBounds(args)
	if err != nil {
		return Null, err
	}
	l := m.list(self)
	if start < 0 {
		start = max(start+len(l.Items), 0)
	}
	if stop < 0 {
		stop = max(stop+len(l.Items), 0)
	}
	for i := start; i < stop && i < len(l.Items); i++ {
		eq, err := m.Equal(l.Items[i], args[0])
		if err != nil {
			return Null, err
		}
		if eq {
			return m.NewInt(int64(i)), nil
		}
	}
	r, err := m.ReprString(args[0])
	if err != nil {
		return Null, err
	}
	return Null, m.Raisef(m.types.ValueError, "%s is not in list", r)
}

func listCountMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&listCountArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	l := m.list(self)
	count := 0
	for i := 0; i < len(l.Items); i++ {
		eq, err := m.Equal(l.Items[i], args[0])
		if err != nil {
			return Null, err
		}
		if eq {
			count++
		}
	}
	return m.NewInt(int64(count)), nil
}

func listReverseMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&listReverseArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	reverseValues(m.list(self).Items)
	return None, nil
}

func reverseValues(s []Value) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func listCopyMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&listCopyArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	l := m.list(self)
	return m.listSlice(l, 0, len(l.Items)), nil
}

func listClearMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&listClearArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	listClear(m.list(self))
	return None, nil
}

func listSizeofMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&listSizeofArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return m.NewInt(int64(m.TypeOf(self).BasicSize + 8*m.list(self).Allocated)), nil
}

func listGetitemMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&listGetitemArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return listGetItem(m, self, args[0])
}

func listSortMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(&listSortArgs, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	key, reverse := a[0], false
	if key == None {
		key = Null
	}
	if a[1] != Null {
		r, err := m.ArgCInt(a[1])
		if err != nil {
			return Null, err
		}
		reverse = r != 0
	}
	return None, m.ListSort(m.list(self), key, reverse)
}

// ListSort is list.sort(key=key, reverse=reverse): the list is emptied
// while it is sorted, as CPython does, so that a key or comparison
// mutating it is detected ("list modified during sort").
func (m *Machine) ListSort(l *List, key Value, reverse bool) error {
	items, allocated := l.Items, l.Allocated
	l.Items, l.Allocated = nil, -1
	err := m.SortValues(items, key, reverse)
	if err == nil && l.Allocated != -1 {
		err = m.Raisef(m.types.ValueError, "list modified during sort")
	}
	l.Items, l.Allocated = items, allocated
	return err
}

// Iterators.

// listIterator is list_iterator; seq is Null once exhausted.
type listIterator struct {
	Header
	seq   Value
	index int
}

func (it *listIterator) traverse(visit func(Value)) { visit(it.seq) }

func (it *listIterator) lengthHint(m *Machine) int {
	if it.seq != Null {
		if n := len(m.list(it.seq).Items) - it.index; n >= 0 {
			return n
		}
	}
	return 0
}

func listIter(m *Machine, v Value) (Value, error) {
	return m.alloc(&listIterator{seq: v}, m.types.ct.ListIterator), nil
}

func listIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*listIterator)
	if it.seq == Null {
		return Null, nil
	}
	l := m.list(it.seq)
	if it.index < len(l.Items) {
		x := l.Items[it.index]
		it.index++
		return x, nil
	}
	it.seq = Null
	return Null, nil
}

// listRevIterator is list_reverseiterator.
type listRevIterator struct {
	Header
	seq   Value
	index int
}

func (it *listRevIterator) traverse(visit func(Value)) { visit(it.seq) }

func (it *listRevIterator) lengthHint(m *Machine) int {
	n := it.index + 1
	if it.seq == Null || len(m.list(it.seq).Items) < n {
		return 0
	}
	return n
}

func listReversedMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&listReversedArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return m.alloc(&listRevIterator{seq: self, index: len(m.list(self).Items) - 1}, m.types.ct.ListRevIterator), nil
}

func listRevIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*listRevIterator)
	if it.seq == Null {
		return Null, nil
	}
	l := m.list(it.seq)
	if it.index >= 0 && it.index < len(l.Items) {
		x := l.Items[it.index]
		it.index--
		return x, nil
	}
	it.index = -1
	it.seq = Null
	return Null, nil
}

// iterLengthHintMethod is __length_hint__ of the builtin iterators.
func iterLengthHintMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(args) > 0 {
		return Null, m.typeError("%s.__length_hint__() takes no arguments (%d given)", m.typeName(self), len(args))
	}
	return m.NewInt(int64(m.obj(self).(lengthHinter).lengthHint(m))), nil
}

// iterReduceGeneral is listiter_reduce_general and its kin:
// (iter, (seq,), index), or (iter, ([],)) when exhausted.
func (m *Machine) iterReduceGeneral(builtin string, seq Value, index int) Value {
	fn := m.dictGetStr(m.builtins, builtin)
	if seq == Null {
		return m.NewTuple([]Value{m.dictGetStr(m.builtins, "iter"), m.NewTuple([]Value{m.NewList(nil)})})
	}
	return m.NewTuple([]Value{fn, m.NewTuple([]Value{seq}), m.NewInt(int64(index))})
}

func listIterReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	switch it := m.obj(self).(type) {
	case *listIterator:
		return m.iterReduceGeneral("iter", it.seq, it.index), nil
	case *listRevIterator:
		return m.iterReduceGeneral("reversed", it.seq, it.index), nil
	}
	return None, nil
}

func listIterSetState(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(args) != 1 {
		return Null, m.typeError("%s.__setstate__() takes exactly one argument (%d given)", m.typeName(self), len(args))
	}
	i64, err := m.ArgSsize(args[0])
	if err != nil {
		return Null, err
	}
	index := int(i64)
	switch it := m.obj(self).(type) {
	case *listIterator:
		if it.seq != Null {
			index = min(max(index, 0), len(m.list(it.seq).Items))
			it.index = index
		}
	case *listRevIterator:
		if it.seq != Null {
			index = min(max(index, -1), len(m.list(it.seq).Items)-1)
			it.index = index
		}
	}
	return None, nil
}

func selfIter(m *Machine, v Value) (Value, error) { return v, nil }

var iterMethods = []MethodDef{
	{Name: "__length_hint__", Fn: iterLengthHintMethod},
	{Name: "__reduce__", Fn: listIterReduce},
	{Name: "__setstate__", Fn: listIterSetState},
}

var listIteratorSpec = typeSpec{name: "list_iterator", basicSize: 32, flags: FlagHaveGC | flagDisallowInstantiation,
	slots:   Slots{Iter: selfIter, Next: listIterNext, GetAttr: genericGetAttr, Hash: identityHash},
	methods: iterMethods,
}

var listRevIteratorSpec = typeSpec{name: "list_reverseiterator", basicSize: 32, flags: FlagHaveGC | flagDisallowInstantiation,
	slots:   Slots{Iter: selfIter, Next: listRevIterNext, GetAttr: genericGetAttr, Hash: identityHash},
	methods: iterMethods,
}

var listSpec = typeSpec{name: "list", basicSize: 40,
	flags: FlagListSubclass | FlagBaseType | FlagHaveGC | FlagSequence | flagMatchSelf,
	slots: Slots{
		New: listNew, Init: listInit, Repr: listRepr, RichCompare: listRichCompare,
		GetAttr: genericGetAttr, Iter: listIter,
		Len: listLen, GetItem: listGetItem, SetItem: listSetItem, Contains: listContains,
		Number:        [NbCount]BinaryFunc{NbAdd: listNbAdd, NbMultiply: listNbMul},
		InplaceNumber: [NbCount]BinaryFunc{NbAdd: listInplaceAdd, NbMultiply: listInplaceMul},
	},
	methods: []MethodDef{
		classGetItemMethod,
		{Name: "__getitem__", Fn: listGetitemMethod},
		{Name: "__reversed__", Fn: listReversedMethod},
		{Name: "__sizeof__", Fn: listSizeofMethod},
		{Name: "clear", Fn: listClearMethod},
		{Name: "copy", Fn: listCopyMethod},
		{Name: "append", Fn: listAppendMethod},
		{Name: "insert", Fn: listInsertMethod},
		{Name: "extend", Fn: listExtendMethod},
		{Name: "pop", Fn: listPopMethod},
		{Name: "remove", Fn: listRemoveMethod},
		{Name: "index", Fn: listIndexMethod},
		{Name: "count", Fn: listCountMethod},
		{Name: "reverse", Fn: listReverseMethod},
		{Name: "sort", Fn: listSortMethod},
	},
	newInstance: func(m *Machine, t *Type) Object { return &List{} },
}
