package vm

// List is a list object. Allocated mirrors CPython's ob_alloc (the growth
// pattern decides sys.getsizeof); Items' Go capacity is an implementation
// detail.
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

// NewList returns a list holding items (kept; exact-size allocation).
func (m *Machine) NewList(items []Value) Value {
	return m.alloc(&List{Items: items, Allocated: len(items)}, m.types.List)
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
// newSize (list_resize in 3.11).
func listResize(l *List, newSize int) {
	allocated := l.Allocated
	if allocated >= newSize && newSize >= allocated>>1 {
		return
	}
	if newSize == 0 {
		l.Allocated = 0
		return
	}
	n := (newSize + newSize>>3 + 6) &^ 3
	if newSize-len(l.Items) > n-newSize {
		n = (newSize + 3) &^ 3
	}
	l.Allocated = n
}

// ListAppend appends v to l.
func (m *Machine) ListAppend(l *List, v Value) error {
	n := len(l.Items)
	if n+1 > l.Allocated {
		listResize(l, n+1)
		if err := m.charge(8 * (l.Allocated - n)); err != nil {
			return err
		}
	}
	l.Items = append(l.Items, v)
	return nil
}
