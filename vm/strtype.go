package vm

import (
	"math"
	"strings"
	"unsafe"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/text"
)

// The str type (CPython 3.11 Objects/unicodeobject.c): its slots, str()
// and its iterators. The methods are in strmethods.go, % formatting and
// str.format in strformat.go, format() and f-strings in format.go; the
// algorithms are package text's.

func strText(m *Machine, v Value) string { return m.str(v).S }

func strRepr(m *Machine, a Value) (Value, error) {
	return m.NewStr(constant.Str(strText(m, a)).Repr()), nil
}

func strStr(m *Machine, a Value) (Value, error) {
	if m.TypeOf(a) == m.types.Str {
		return a, nil
	}
	return m.NewStr(strText(m, a)), nil
}

func strHash(m *Machine, a Value) (int64, error) { return m.str(a).strHash(), nil }

func strRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	sb := m.str(b)
	if sb == nil {
		return NotImplemented, nil
	}
	return cmpResult(strings.Compare(strText(m, a), sb.S), op), nil
}

// strAdd is str concatenation (PyUnicode_Concat, reached after the right
// operand's __radd__ as CPython's binary_op1 orders it).
func strAdd(m *Machine, a, b Value) (Value, error) {
	sa, sb := m.str(a), m.str(b)
	if sa == nil {
		return NotImplemented, nil
	}
	if sb == nil {
		r, err := m.otherOperandFirst(a, b, NbAdd, strAdd)
		if err != nil || r != NotImplemented {
			return r, err
		}
		return Null, m.typeError("can only concatenate str (not \"%s\") to str", m.typeName(b))
	}
	// CPython 3.11: concatenating with an empty str gives the other
	// operand (as an exact str).
	if sa.S == "" {
		return m.strUnchanged(b), nil
	}
	if sb.S == "" {
		return m.strUnchanged(a), nil
	}
	return m.concatStr(sa, sb)
}

// minStrBuf is the length from which a concatenation's result goes into a
// growable buffer.
const minStrBuf = 256

// concatStr returns a new str holding a's text followed by b's. CPython
// 3.11 makes `s += t` in a loop linear by resizing s in place when
// nothing else refers to it; here a long result goes into a buffer, which
// gets room to grow when it is concatenated to again, and a str that ends
// its buffer is extended there without a copy: the new str views a longer
// prefix of the same bytes, while a keeps its own.
// Only the bytes newly stored are charged to the memory ceiling.
func (m *Machine) concatStr(a, b *Str) (Value, error) {
	n := len(a.S) + len(b.S)
	var r string
	var buf *strBuf
	abuf := a.buffer()
	switch {
	case abuf != nil && len(abuf.b) == len(a.S) && cap(abuf.b)-len(abuf.b) >= len(b.S):
		if err := m.charge(len(b.S)); err != nil {
			return Null, err
		}
		buf = abuf
		buf.b = append(buf.b, b.S...)
		r = unsafe.String(unsafe.SliceData(buf.b), n)
	case abuf != nil || n >= minStrBuf:
		// A str that was itself concatenated is likely to grow again:
		// room for as much again. A first long result gets no more than
		// it needs.
		size := n
		if abuf != nil {
			size = 2 * n
		}
		if err := m.charge(size); err != nil {
			return Null, err
		}
		buf = &strBuf{b: make([]byte, 0, size)}
		buf.b = append(append(buf.b, a.S...), b.S...)
		r = unsafe.String(unsafe.SliceData(buf.b), n)
	default:
		if err := m.charge(n); err != nil {
			return Null, err
		}
		r = a.S + b.S
	}
	v := m.NewStr(r)
	o := m.heap.objs[v].(*Str)
	if buf != nil {
		o.ext = &strExt{buf: buf}
	}
	if a.length >= 0 && b.length >= 0 {
		o.length = a.length + b.length
	}
	return v, nil
}

// strMul is str repetition (unicode_repeat), either operand the str.
func strMul(m *Machine, a, b Value) (Value, error) {
	s, n := a, b
	if m.str(s) == nil {
		s, n = b, a
		if m.str(s) == nil {
			return NotImplemented, nil
		}
	} else {
		r, err := m.otherOperandFirst(a, b, NbMultiply, strMul)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	count, err := m.repeatCount(n)
	if err != nil {
		return Null, err
	}
	t := strText(m, s)
	if count <= 0 || t == "" {
		return m.emptyStr, nil
	}
	if count == 1 {
		return m.strUnchanged(s), nil
	}
	if m.str(s).strLength() > math.MaxInt64/count {
		return Null, m.Raisef(m.types.exceptions["OverflowError"], "repeated string is too long")
	}
	if err := m.charge(len(t) * count); err != nil {
		return Null, err
	}
	return m.NewStr(strings.Repeat(t, count)), nil
}

// layout returns the str's text.Layout, making the offsets of a text that
// is not ASCII on first use: indexing and slicing by position then take
// constant time, as in CPython.
func (s *Str) layout() text.Layout {
	n := s.strLength()
	if n == len(s.S) {
		return text.Layout{N: n}
	}
	if s.ext == nil {
		s.ext = &strExt{}
	}
	if s.ext.offs == nil {
		s.ext.offs = text.NewLayout(s.S).Offs
	}
	return text.Layout{N: n, Offs: s.ext.offs}
}

// strLength returns the str's length in code points (cached).
func (s *Str) strLength() int {
	if s.length < 0 {
		s.length = text.Len(s.S)
	}
	return s.length
}

func strLen(m *Machine, a Value) (int, error) { return m.str(a).strLength(), nil }

func strContains(m *Machine, a, b Value) (bool, error) {
	sb := m.str(b)
	if sb == nil {
		return false, m.typeError("'in <string>' requires string as left operand, not %s", m.typeName(b))
	}
	return strings.Contains(strText(m, a), sb.S), nil
}

func strGetItem(m *Machine, a, key Value) (Value, error) {
	s := m.str(a)
	if m.isInt(key) || m.TypeOf(key).Index != nil && m.sliceObj(key) == nil {
		i, err := m.IndexInt(key)
		if err != nil {
			return Null, err
		}
		if s.interned || len(s.S) == s.strLength() {
			n := len(s.S)
			if i < 0 {
				i += int64(n)
			}
			if i < 0 || i >= int64(n) {
				return Null, m.Raisef(m.types.exceptions["IndexError"], "string index out of range")
			}
			if len(s.S) == s.strLength() {
				return m.asciiChars[s.S[i]&0x7f], nil
			}
		}
		c, err := text.AtIn(s.S, s.layout(), int(i))
		if err != nil {
			return Null, m.Raisef(m.types.exceptions["IndexError"], "string index out of range")
		}
		return m.NewStr(c), nil
	}
	if sl := m.sliceObj(key); sl != nil {
		start, stop, step, err := m.sliceUnpack(sl)
		if err != nil {
			return Null, err
		}
		if _, _, n := text.AdjustSlice(s.strLength(), start, stop, step); step == 1 && n == s.strLength() {
			// CPython 3.11 unicode_subscript: the whole str is itself.
			return m.strUnchanged(a), nil
		}
		r, err := text.SliceIn(s.S, s.layout(), start, stop, step)
		if err != nil {
			return Null, m.textError(err)
		}
		return m.newStr(r)
	}
	return Null, m.typeError("string indices must be integers, not '%s'", m.typeName(key))
}

// IndexInt is PyNumber_AsSsize_t(v, IndexError) via __index__: v as an
// int64, with CPython's errors.
func (m *Machine) IndexInt(v Value) (int64, error) {
	if i, ok := m.Int64(v); ok {
		return i, nil
	}
	if m.intObj(v) != nil {
		return 0, m.Raisef(m.types.exceptions["IndexError"], "cannot fit 'int' into an index-sized integer")
	}
	t := m.TypeOf(v)
	if t.Index == nil {
		return 0, m.typeError("'%s' object cannot be interpreted as an integer", t.Name)
	}
	r, err := t.Index(m, v)
	if err != nil {
		return 0, err
	}
	if i, ok := m.Int64(r); ok {
		return i, nil
	}
	if !m.isInt(r) {
		return 0, m.typeError("__index__ returned non-int (type %s)", m.typeName(r))
	}
	return 0, m.Raisef(m.types.exceptions["IndexError"], "cannot fit 'int' into an index-sized integer")
}

// CPython raises MemoryError when it cannot allocate a result; package
// text fails past text.MaxSize instead of allocating, so the VM lowers
// that bound to its own default memory ceiling.
func init() {
	if text.MaxSize > DefaultMemoryLimit {
		text.MaxSize = DefaultMemoryLimit
	}
}

// ---- str() ----

var strNewArgs = ArgSpec{Name: "str", Kind: ArgsKeywords, Names: []string{"object", "encoding", "errors"}, Max: -1}

// strNew is str.__new__ (unicode_new_impl): str(), str(object) through
// __str__, str(bytes-like, encoding, errors) by decoding; a subclass gets
// a copy of the text in an instance of its own.
func strNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	var a [3]Value
	if err := m.ParseArgs(&strNewArgs, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	var r Value
	switch {
	case a[0] == Null:
		r = m.emptyStr
		if a[1] != Null || a[2] != Null {
			if _, _, err := m.codecArgs("str", a[1], a[2]); err != nil {
				return Null, err
			}
		}
	case a[1] == Null && a[2] == Null:
		var err error
		if r, err = m.StrOf(a[0]); err != nil {
			return Null, err
		}
	default:
		encoding, errors, err := m.codecArgs("str", a[1], a[2])
		if err != nil {
			return Null, err
		}
		if r, err = m.decodeObject(a[0], encoding, errors); err != nil {
			return Null, err
		}
	}
	if t == m.types.Str {
		return r, nil
	}
	return m.alloc(&Str{S: m.str(r).S, length: -1}, t), nil
}

// decodeObject is PyUnicode_FromEncodedObject: a bytes-like object
// decoded; str and other objects are TypeErrors.
func (m *Machine) decodeObject(v Value, encoding, errors string) (Value, error) {
	b, ok := m.bytesLike(v)
	if !ok {
		if m.str(v) != nil {
			return Null, m.typeError("decoding str is not supported")
		}
		return Null, m.typeError("decoding to str: need a bytes-like object, %s found", cTrunc(m.typeName(v), 80))
	}
	return m.decodeStr(b, encoding, errors)
}

// ---- iteration ----

// strIterator iterates a str's code points: str_ascii_iterator over an
// ASCII str, str_iterator otherwise (CPython 3.11 has both types).
type strIterator struct {
	Header
	s     Value // Null once exhausted
	pos   int   // byte offset
	index int   // code points consumed
}

func (it *strIterator) traverse(visit func(Value)) { visit(it.s) }

func (it *strIterator) lengthHint(m *Machine) int {
	if it.s == Null {
		return 0
	}
	s := m.str(it.s)
	return s.strLength() - it.index
}

func strIter(m *Machine, a Value) (Value, error) {
	s := m.str(a)
	t := m.types.StrIterator
	if len(s.S) != s.strLength() {
		t = m.types.st.StrUnicodeIterator
	}
	return m.alloc(&strIterator{s: a}, t), nil
}

func strIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*strIterator)
	if it.s == Null {
		return Null, nil
	}
	s := m.str(it.s).S
	if it.pos >= len(s) {
		it.s = Null
		return Null, nil
	}
	it.index++
	c := s[it.pos]
	if c < 0x80 {
		it.pos++
		return m.asciiChars[c], nil
	}
	n := 2
	switch {
	case c >= 0xF0:
		n = 4
	case c >= 0xE0:
		n = 3
	}
	r := s[it.pos : it.pos+n]
	it.pos += n
	return m.NewStr(r), nil
}

func strIterReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	it := m.obj(self).(*strIterator)
	if it.s == Null {
		return m.iterReduceGeneral("iter", Null, 0), nil
	}
	return m.iterReduceGeneral("iter", it.s, it.index), nil
}

func strIterSetState(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(args) != 1 {
		return Null, m.typeError("%s.__setstate__() takes exactly one argument (%d given)", m.typeName(self), len(args))
	}
	i64, err := m.ArgSsize(args[0])
	if err != nil {
		return Null, err
	}
	it := m.obj(self).(*strIterator)
	if it.s == Null {
		return None, nil
	}
	s := m.str(it.s)
	n := int(min(max(i64, 0), int64(s.strLength())))
	it.index, it.pos = n, 0
	for i := 0; i < n; i++ {
		_, w := constant.DecodeCodePoint(s.S[it.pos:])
		it.pos += w
	}
	return None, nil
}

var strIterMethods = []MethodDef{
	{Name: "__length_hint__", Fn: iterLengthHintMethod},
	{Name: "__reduce__", Fn: strIterReduce},
	{Name: "__setstate__", Fn: strIterSetState},
}

// textTypes are the str and bytes iterator types (bytes.go, strtype.go).
type textTypes struct {
	StrUnicodeIterator, BytesIterator, ByteArrayIterator *Type
}

// CPython 3.11: PyUnicode_Type's tp_basicsize is sizeof(PyUnicodeObject),
// 80, with itemsize 0 (the compact forms are allocated by size).
var strSpec = typeSpec{name: "str", basicSize: 80,
	flags: FlagStrSubclass | FlagBaseType | flagMatchSelf,
	slots: Slots{
		New: strNew, Repr: strRepr, Str: strStr, Hash: strHash, RichCompare: strRichCompare,
		Number: [NbCount]BinaryFunc{NbAdd: strAdd, NbMultiply: strMul, NbRemainder: strMod},
		Len:    strLen, Contains: strContains, GetItem: strGetItem, Iter: strIter,
		GetAttr: genericGetAttr,
	},
	methods:     strMethods,
	newInstance: func(m *Machine, t *Type) Object { return &Str{length: -1} },
}

var strIteratorSpec = typeSpec{name: "str_ascii_iterator", basicSize: 32, flags: FlagHaveGC,
	slots:   Slots{Iter: selfIter, Next: strIterNext, GetAttr: genericGetAttr, Hash: identityHash},
	methods: strIterMethods}

var strUnicodeIteratorSpec = typeSpec{name: "str_iterator", basicSize: 32, flags: FlagHaveGC,
	slots:   Slots{Iter: selfIter, Next: strIterNext, GetAttr: genericGetAttr, Hash: identityHash},
	methods: strIterMethods}

// sizeOf is sys.getsizeof: str.__sizeof__ plus the pre-header of a
// subclass instance (GC header and managed dict pointers).
func (s *Str) sizeOf() int {
	if s.typ.IsHeap() {
		return strSizeof(s) + preHeaderSize(s.typ)
	}
	return strSizeof(s)
}
