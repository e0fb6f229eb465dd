package vm

import "github.com/quicken-py/quicken/vm/constant"

// The memoryview type (CPython 3.11 Objects/memoryobject.c), for the
// buffers this VM has: bytes (read-only), bytearray and the buffer of a
// BytesIO (getbuffer(); both writable), all one-dimensional with format
// 'B' and itemsize 1. A view is a window of n items starting at byte
// start and stepping by step bytes (the stride, negative for reversed
// slices) over its object's buffer.
//
// CPython forbids resizing a bytearray while a view exports its buffer
// (BufferError); this VM does not count exports, so a view over a
// bytearray that has since shrunk reads and writes only the positions
// still inside it (never out of bounds).

// MemoryView is a memoryview object.
type MemoryView struct {
	Header
	obj      Value // the bytes or bytearray viewed (view.obj)
	start    int   // byte offset of item 0
	step     int   // stride in bytes
	n        int   // shape[0]
	readonly bool
	released bool
	hash     int64
	hashed   bool
}

func (v *MemoryView) traverse(visit func(Value)) { visit(v.obj) }

// obSize is ob_size: CPython allocates 3*ndim Py_ssize_t (shape, strides,
// suboffsets) after the fixed part, which __sizeof__ counts.
func (v *MemoryView) obSize() int { return 3 }

// sizeOf is sys.getsizeof: basicsize 144 plus the 3 shape/strides/
// suboffsets slots and the GC pre-header.
func (v *MemoryView) sizeOf() int { return v.typ.BasicSize + 3*8 + preHeaderSize(v.typ) }

// memoryView returns the *MemoryView behind v, or nil.
func (m *Machine) memoryView(v Value) *MemoryView {
	if !v.IsRef() {
		return nil
	}
	mv, _ := m.heap.objs[v].(*MemoryView)
	return mv
}

// errReleased is CHECK_RELEASED's ValueError.
func (m *Machine) errReleased() error {
	return m.Raisef(m.types.ValueError, "operation forbidden on released memoryview object")
}

// liveView returns self's view, or the released error.
func (m *Machine) liveView(self Value) (*MemoryView, error) {
	mv := m.memoryView(self)
	if mv.released {
		return nil, m.errReleased()
	}
	return mv, nil
}

// mvBytes returns the view's items as a string (tobytes in C order).
func (m *Machine) mvBytes(mv *MemoryView) string {
	var src string
	switch o := m.heap.objs[mv.obj].(type) {
	case *ByteArray:
		src = string(o.B)
	case *Bytes:
		src = o.B
	case *bytesIO:
		src = string(o.buf)
	}
	if mv.step == 1 && mv.start >= 0 && mv.start+mv.n <= len(src) {
		return src[mv.start : mv.start+mv.n]
	}
	b := make([]byte, 0, mv.n)
	for i := 0; i < mv.n; i++ {
		if p := mv.start + i*mv.step; p >= 0 && p < len(src) {
			b = append(b, src[p])
		}
	}
	return string(b)
}

// mvItem reads item i (0 <= i < n).
func (m *Machine) mvItem(mv *MemoryView, i int) byte {
	p := mv.start + i*mv.step
	switch o := m.heap.objs[mv.obj].(type) {
	case *ByteArray:
		if p >= 0 && p < len(o.B) {
			return o.B[p]
		}
	case *Bytes:
		if p >= 0 && p < len(o.B) {
			return o.B[p]
		}
	case *bytesIO:
		if p >= 0 && p < len(o.buf) {
			return o.buf[p]
		}
	}
	return 0
}

// mvSetItem writes item i of a writable (bytearray or BytesIO) view.
func (m *Machine) mvSetItem(mv *MemoryView, i int, c byte) {
	var b []byte
	switch o := m.heap.objs[mv.obj].(type) {
	case *ByteArray:
		b = o.B
	case *bytesIO:
		b = o.buf
	}
	if p := mv.start + i*mv.step; p >= 0 && p < len(b) {
		b[p] = c
	}
}

// newMemoryView makes a view of n items of obj from byte start by step.
func (m *Machine) newMemoryView(obj Value, start, step, n int, readonly bool) Value {
	return m.alloc(&MemoryView{obj: obj, start: start, step: step, n: n, readonly: readonly}, m.types.MemoryView)
}

var memoryViewNewArgs = ArgSpec{Name: "memoryview", Kind: ArgsKeywords, Names: []string{"object"}, Min: 1, Max: -1}

// memoryViewNew is memoryview.__new__ (PyMemoryView_FromObject): a view
// of another view shares its buffer, window and read-only flag.
func memoryViewNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&memoryViewNewArgs, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	x := a[0]
	if x.IsRef() {
		switch o := m.heap.objs[x].(type) {
		case *MemoryView:
			if o.released {
				return Null, m.errReleased()
			}
			return m.newMemoryView(o.obj, o.start, o.step, o.n, o.readonly), nil
		case *Bytes:
			return m.newMemoryView(x, 0, 1, len(o.B), true), nil
		case *ByteArray:
			return m.newMemoryView(x, 0, 1, len(o.B), false), nil
		}
	}
	return Null, m.typeError("memoryview: a bytes-like object is required, not '%s'", cTrunc(m.typeName(x), 200))
}

// ---- slots ----

// memoryViewRepr is memory_repr: "<memory at 0x...>", or "<released
// memory at 0x...>".
func memoryViewRepr(m *Machine, v Value) (Value, error) {
	if m.memoryView(v).released {
		return m.newStr("<released memory at " + hexAddr(m.FakeAddress(v)) + ">")
	}
	return m.newStr("<memory at " + hexAddr(m.FakeAddress(v)) + ">")
}

func memoryViewLen(m *Machine, v Value) (int, error) {
	mv, err := m.liveView(v)
	if err != nil {
		return 0, err
	}
	return mv.n, nil
}

// memoryViewHash is memory_hash: only read-only views hash, as the bytes
// of their contents do; the hash is cached, so a view hashed before its
// release still hashes after it.
func memoryViewHash(m *Machine, v Value) (int64, error) {
	mv := m.memoryView(v)
	if mv.hashed {
		return mv.hash, nil
	}
	if mv.released {
		return 0, m.errReleased()
	}
	if !mv.readonly {
		return 0, m.Raisef(m.types.ValueError, "cannot hash writable memoryview object")
	}
	mv.hash, mv.hashed = constant.Hash(constant.Bytes(m.mvBytes(mv))), true
	return mv.hash, nil
}

// memoryViewRichCompare is memory_richcompare: only == and !=; a view is
// equal to itself even when released, a released view equals nothing
// else, and otherwise any buffer with the same shape and items is equal.
func memoryViewRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	if op != EQ && op != NE {
		return NotImplemented, nil
	}
	var equal bool
	x, y := m.memoryView(a), m.memoryView(b)
	switch {
	case a == b:
		equal = true
	case (x != nil && x.released) || (y != nil && y.released):
		equal = false
	default:
		p, ok1 := m.bufferContents(a)
		q, ok2 := m.bufferContents(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		equal = p == q
	}
	return Bool(equal == (op == EQ)), nil
}

// bufferContents returns the items of a live view, bytes or bytearray.
func (m *Machine) bufferContents(v Value) (string, bool) {
	if mv := m.memoryView(v); mv != nil {
		if mv.released {
			return "", false
		}
		return m.mvBytes(mv), true
	}
	return m.bytesLike(v)
}

// memoryViewIndex resolves an index key of a one-dimensional view:
// CPython's IndexError for positions outside it.
func (m *Machine) memoryViewIndex(mv *MemoryView, key Value) (int, error) {
	i, err := m.IndexInt(key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(mv.n)
	}
	if i < 0 || i >= int64(mv.n) {
		return 0, m.Raisef(m.types.exceptions["IndexError"], "index out of bounds on dimension 1")
	}
	return int(i), nil
}

// tupleKey classifies a tuple subscript as memory_subscript does: all
// items indexable (a multi-index), all slices (a multi-slice), or
// neither.
func (m *Machine) tupleKey(key Value) (items []Value, multiIndex, multiSlice bool) {
	t := m.tuple(key)
	if t == nil {
		return nil, false, false
	}
	multiIndex, multiSlice = true, true
	for _, it := range t.Items {
		if !m.isIndexable(it) {
			multiIndex = false
		}
		if m.sliceObj(it) == nil {
			multiSlice = false
		}
	}
	return t.Items, multiIndex, multiSlice
}

// memoryViewGetItem is memory_subscript: an int, a slice (a new view of
// the same buffer) or a one-element tuple of an int.
func memoryViewGetItem(m *Machine, v, key Value) (Value, error) {
	mv, err := m.liveView(v)
	if err != nil {
		return Null, err
	}
	if m.isIndexable(key) {
		i, err := m.memoryViewIndex(mv, key)
		if err != nil {
			return Null, err
		}
		return SmallIntValue(int64(m.mvItem(mv, i))), nil
	}
	if sl := m.sliceObj(key); sl != nil {
		start, _, step, n, err := m.sliceIndices(sl, mv.n)
		if err != nil {
			return Null, err
		}
		return m.newMemoryView(mv.obj, mv.start+start*mv.step, mv.step*step, n, mv.readonly), nil
	}
	items, multiIndex, multiSlice := m.tupleKey(key)
	switch {
	case multiIndex:
		if len(items) < 1 {
			return Null, m.Raisef(m.excType("NotImplementedError"), "sub-views are not implemented")
		}
		if len(items) > 1 {
			return Null, m.typeError("cannot index 1-dimension view with %d-element tuple", len(items))
		}
		i, err := m.memoryViewIndex(mv, items[0])
		if err != nil {
			return Null, err
		}
		return SmallIntValue(int64(m.mvItem(mv, i))), nil
	case multiSlice:
		return Null, m.Raisef(m.excType("NotImplementedError"), "multi-dimensional slicing is not implemented")
	}
	return Null, m.typeError("memoryview: invalid slice key")
}

// packByte is pack_single for format 'B': an int by __index__ in
// range(256), with the memoryview's own messages.
func (m *Machine) packByte(v Value) (byte, error) {
	if !m.isIndexable(v) {
		return 0, m.typeError("memoryview: invalid type for format 'B'")
	}
	r, err := m.NumberIndex(v)
	if err != nil {
		return 0, err
	}
	i, ok := m.Int64(r)
	if !ok || i < 0 || i > 255 {
		return 0, m.Raisef(m.types.ValueError, "memoryview: invalid value for format 'B'")
	}
	return byte(i), nil
}

// memoryViewSetItem is memory_ass_sub: item and slice assignment into a
// writable view, which writes through to the bytearray.
func memoryViewSetItem(m *Machine, v, key, val Value) error {
	mv, err := m.liveView(v)
	if err != nil {
		return err
	}
	if mv.readonly {
		return m.typeError("cannot modify read-only memory")
	}
	if val == Null {
		return m.typeError("cannot delete memory")
	}
	if m.isIndexable(key) {
		i, err := m.memoryViewIndex(mv, key)
		if err != nil {
			return err
		}
		c, err := m.packByte(val)
		if err != nil {
			return err
		}
		m.mvSetItem(mv, i, c)
		return nil
	}
	if sl := m.sliceObj(key); sl != nil {
		src, ok := m.bufferContents(val)
		if !ok {
			if o := m.memoryView(val); o != nil && o.released {
				return m.errReleased()
			}
			return m.typeError("a bytes-like object is required, not '%s'", cTrunc(m.typeName(val), 100))
		}
		start, _, step, n, err := m.sliceIndices(sl, mv.n)
		if err != nil {
			return err
		}
		if n != len(src) {
			return m.Raisef(m.types.ValueError, "memoryview assignment: lvalue and rvalue have different structures")
		}
		for i := 0; i < n; i++ {
			m.mvSetItem(mv, start+i*step, src[i])
		}
		return nil
	}
	items, multiIndex, multiSlice := m.tupleKey(key)
	switch {
	case multiIndex:
		if len(items) < 1 {
			return m.Raisef(m.excType("NotImplementedError"), "sub-views are not implemented")
		}
		if len(items) > 1 {
			return m.typeError("cannot index 1-dimension view with %d-element tuple", len(items))
		}
		i, err := m.memoryViewIndex(mv, items[0])
		if err != nil {
			return err
		}
		c, err := m.packByte(val)
		if err != nil {
			return err
		}
		m.mvSetItem(mv, i, c)
		return nil
	case multiSlice:
		return m.Raisef(m.excType("NotImplementedError"), "memoryview slice assignments are currently restricted to ndim = 1")
	}
	return m.typeError("memoryview: invalid slice key")
}

// ---- iteration ----

// memoryIterator is memory_iterator: it reads the view's items by index
// and stops at the length the view had when iteration began.
type memoryIterator struct {
	Header
	seq    Value // Null once exhausted
	index  int
	length int
}

func (it *memoryIterator) traverse(visit func(Value)) { visit(it.seq) }

func memoryViewIter(m *Machine, v Value) (Value, error) {
	mv, err := m.liveView(v)
	if err != nil {
		return Null, err
	}
	return m.alloc(&memoryIterator{seq: v, length: mv.n}, m.types.MemoryIterator), nil
}

func memoryIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*memoryIterator)
	if it.seq == Null {
		return Null, nil
	}
	mv, err := m.liveView(it.seq)
	if err != nil {
		return Null, err
	}
	if it.index >= it.length {
		it.seq = Null
		return Null, nil
	}
	c := m.mvItem(mv, it.index)
	it.index++
	return SmallIntValue(int64(c)), nil
}

// ---- methods ----

var (
	mvToBytesArgs    = ArgSpec{Name: "tobytes", Kind: ArgsKeywords, Names: []string{"order"}, Max: -1}
	mvHexArgs        = ArgSpec{Name: "hex", Kind: ArgsKeywords, Names: []string{"sep", "bytes_per_sep"}, Max: -1}
	mvToListArgs     = ArgSpec{Name: "tolist", Func: "memoryview.tolist", Kind: ArgsNone}
	mvReleaseArgs    = ArgSpec{Name: "release", Func: "memoryview.release", Kind: ArgsNone}
	mvEnterArgs      = ArgSpec{Name: "__enter__", Func: "memoryview.__enter__", Kind: ArgsNone}
	mvToReadonlyArgs = ArgSpec{Name: "toreadonly", Func: "memoryview.toreadonly", Kind: ArgsNone}
)

// mvToBytes is memoryview.tobytes(order=None): the items in order; every
// order gives the same bytes for a one-dimensional view.
func mvToBytes(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&mvToBytesArgs, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	if a[0] != Null && a[0] != None {
		s := m.str(a[0])
		if s == nil {
			return Null, m.typeError("tobytes() argument 'order' must be str or None, not %s", m.typeName(a[0]))
		}
		if s.S != "C" && s.S != "F" && s.S != "A" {
			// CPython 3.11 checks the order after the release check.
			if _, err := m.liveView(self); err != nil {
				return Null, err
			}
			return Null, m.Raisef(m.types.ValueError, "order must be 'C', 'F' or 'A'")
		}
	}
	mv, err := m.liveView(self)
	if err != nil {
		return Null, err
	}
	return m.newBytesString(m.mvBytes(mv))
}

// mvToList is memoryview.tolist(): the items as a list of ints.
func mvToList(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&mvToListArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	mv, err := m.liveView(self)
	if err != nil {
		return Null, err
	}
	s := m.mvBytes(mv)
	items := make([]Value, len(s))
	for i := 0; i < len(s); i++ {
		items[i] = SmallIntValue(int64(s[i]))
	}
	return m.NewList(items), nil
}

// mvHex is memoryview.hex(sep=..., bytes_per_sep=1), bytes.hex over the
// view's items.
func mvHex(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(&mvHexArgs, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	mv, err := m.liveView(self)
	if err != nil {
		return Null, err
	}
	b := m.newBytes(m.mvBytes(mv))
	return bytesHexMethod(&mvHexArgs)(m, b, args, kwnames)
}

// mvRelease is memoryview.release(): later operations (but repr, ==
// and a cached hash) raise ValueError. Releasing twice is allowed.
func mvRelease(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&mvReleaseArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	m.memoryView(self).released = true
	return None, nil
}

func mvEnter(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&mvEnterArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	if _, err := m.liveView(self); err != nil {
		return Null, err
	}
	return self, nil
}

// mvExit is memoryview.__exit__(*args) (METH_VARARGS): it releases the
// view and ignores its arguments.
func mvExit(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.NoKeywords("memoryview.__exit__", kwnames); err != nil {
		return Null, err
	}
	m.memoryView(self).released = true
	return None, nil
}

// mvToReadonly is memoryview.toreadonly(): a read-only view of the same
// window.
func mvToReadonly(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&mvToReadonlyArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	mv, err := m.liveView(self)
	if err != nil {
		return Null, err
	}
	return m.newMemoryView(mv.obj, mv.start, mv.step, mv.n, true), nil
}

// ---- attributes ----

// mvGetter makes a getset getter that first checks the view is live.
func mvGetter(f func(m *Machine, mv *MemoryView) (Value, error)) func(m *Machine, self Value) (Value, error) {
	return func(m *Machine, self Value) (Value, error) {
		mv, err := m.liveView(self)
		if err != nil {
			return Null, err
		}
		return f(m, mv)
	}
}

// mvContiguous is the one-dimensional contiguity test of init_flags: one
// item, or a stride of the itemsize.
func mvContiguous(mv *MemoryView) bool { return mv.n == 1 || mv.step == 1 }

var memoryViewGetSets = []GetSetDef{
	{Name: "obj", Get: mvGetter(func(m *Machine, mv *MemoryView) (Value, error) { return mv.obj, nil })},
	{Name: "nbytes", Get: mvGetter(func(m *Machine, mv *MemoryView) (Value, error) { return SmallIntValue(int64(mv.n)), nil })},
	{Name: "readonly", Get: mvGetter(func(m *Machine, mv *MemoryView) (Value, error) { return Bool(mv.readonly), nil })},
	{Name: "itemsize", Get: mvGetter(func(m *Machine, mv *MemoryView) (Value, error) { return SmallIntValue(1), nil })},
	{Name: "format", Get: mvGetter(func(m *Machine, mv *MemoryView) (Value, error) { return m.newStr("B") })},
	{Name: "ndim", Get: mvGetter(func(m *Machine, mv *MemoryView) (Value, error) { return SmallIntValue(1), nil })},
	{Name: "shape", Get: mvGetter(func(m *Machine, mv *MemoryView) (Value, error) {
		return m.NewTuple([]Value{SmallIntValue(int64(mv.n))}), nil
	})},
	{Name: "strides", Get: mvGetter(func(m *Machine, mv *MemoryView) (Value, error) {
		return m.NewTuple([]Value{SmallIntValue(int64(mv.step))}), nil
	})},
	{Name: "suboffsets", Get: mvGetter(func(m *Machine, mv *MemoryView) (Value, error) { return m.NewTuple(nil), nil })},
	{Name: "c_contiguous", Get: mvGetter(func(m *Machine, mv *MemoryView) (Value, error) { return Bool(mvContiguous(mv)), nil })},
	{Name: "f_contiguous", Get: mvGetter(func(m *Machine, mv *MemoryView) (Value, error) { return Bool(mvContiguous(mv)), nil })},
	{Name: "contiguous", Get: mvGetter(func(m *Machine, mv *MemoryView) (Value, error) { return Bool(mvContiguous(mv)), nil })},
}

// ---- specs ----

// CPython 3.11: PyMemoryView_Type's basicsize is offsetof(ob_array) = 144
// with itemsize 8; it is a sequence, not subclassable.
var memoryViewSpec = typeSpec{name: "memoryview", basicSize: 144, itemSize: 8, weakrefOffset: 136,
	flags: FlagSequence | FlagHaveGC,
	slots: Slots{
		New: memoryViewNew, Repr: memoryViewRepr, Str: memoryViewRepr, Hash: memoryViewHash,
		RichCompare: memoryViewRichCompare, GetAttr: genericGetAttr, Iter: memoryViewIter,
		Len: memoryViewLen, GetItem: memoryViewGetItem, SetItem: memoryViewSetItem,
	},
	methods: []MethodDef{
		{Name: "release", Fn: mvRelease},
		{Name: "tobytes", Fn: mvToBytes},
		{Name: "hex", Fn: mvHex},
		{Name: "tolist", Fn: mvToList},
		{Name: "toreadonly", Fn: mvToReadonly},
		{Name: "__enter__", Fn: mvEnter},
		{Name: "__exit__", Fn: mvExit},
	},
	getsets:     memoryViewGetSets,
	newInstance: func(m *Machine, t *Type) Object { return &MemoryView{} },
}

var memoryIteratorSpec = typeSpec{name: "memory_iterator", basicSize: 48, flags: FlagHaveGC | flagDisallowInstantiation,
	slots: Slots{Iter: selfIter, Next: memoryIterNext, GetAttr: genericGetAttr, Hash: identityHash}}
