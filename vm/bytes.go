package vm

import (
	"math"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/text"
)

// The bytes and bytearray types (CPython 3.11 Objects/bytesobject.c,
// bytearrayobject.c and bytes_methods.c). The algorithms are package
// text's Bytes* functions over Go strings of raw bytes.

// Bytes is a bytes object.
type Bytes struct {
	Header
	B      string
	hash   int64
	hashed bool
}

func (*Bytes) traverse(func(Value)) {}

// obSize is ob_size, which object.__sizeof__ multiplies by __itemsize__.
func (b *Bytes) obSize() int { return len(b.B) }

// sizeOf is sys.getsizeof: bytes.__sizeof__ (basicsize plus one byte per
// item) and the pre-header of a subclass.
func (b *Bytes) sizeOf() int { return b.typ.BasicSize + len(b.B) + preHeaderSize(b.typ) }

// ByteArray is a bytearray object. B holds the logical contents; alloc
// and start model CPython's ob_alloc and ob_start - ob_bytes, which
// sys.getsizeof and __alloc__ show.
type ByteArray struct {
	Header
	B     []byte
	alloc int
	start int
}

func (*ByteArray) traverse(func(Value)) {}

func (b *ByteArray) sizeOf() int { return b.typ.BasicSize + b.alloc + preHeaderSize(b.typ) }

// NewBytes returns a new bytes object holding a copy of b.
func (m *Machine) NewBytes(b []byte) Value { return m.newBytes(string(b)) }

// newBytes returns a new bytes object holding s.
func (m *Machine) newBytes(s string) Value {
	return m.alloc(&Bytes{B: s}, m.types.Bytes)
}

// newBytesString is newBytes for a method's result, charging its size.
func (m *Machine) newBytesString(s string) (Value, error) {
	if len(s) > 64 {
		if err := m.charge(len(s)); err != nil {
			return Null, err
		}
	}
	return m.newBytes(s), nil
}

// newByteArray returns a new bytearray holding s, allocated as
// PyByteArray_FromStringAndSize allocates (size+1, or nothing when
// empty).
func (m *Machine) newByteArray(s string) (Value, error) {
	if len(s) > 64 {
		if err := m.charge(len(s)); err != nil {
			return Null, err
		}
	}
	ba := &ByteArray{B: []byte(s)}
	if len(s) > 0 {
		ba.alloc = len(s) + 1
	}
	return m.alloc(ba, m.types.ByteArray), nil
}

// countArg is PyNumber_AsSsize_t(v, PyExc_OverflowError), the count
// argument of bytes() and bytearray(): an int by __index__, and an
// OverflowError naming v's type when it does not fit.
func (m *Machine) countArg(v Value) (int64, error) {
	r, err := m.NumberIndex(v)
	if err != nil {
		return 0, err
	}
	i, ok := m.Int64(r)
	if !ok {
		return 0, m.Raisef(m.types.exceptions["OverflowError"], "cannot fit '%s' into an index-sized integer", cTrunc(m.typeName(v), 200))
	}
	return i, nil
}

// bytesObj returns the *Bytes behind v, or nil.
func (m *Machine) bytesObj(v Value) *Bytes {
	if !v.IsRef() {
		return nil
	}
	b, _ := m.heap.objs[v].(*Bytes)
	return b
}

// byteArray returns the *ByteArray behind v, or nil.
func (m *Machine) byteArray(v Value) *ByteArray {
	if !v.IsRef() {
		return nil
	}
	b, _ := m.heap.objs[v].(*ByteArray)
	return b
}

// bytesLike returns the contents of an object with the buffer protocol
// (bytes, bytearray, a memoryview that is not released), copied for a
// bytearray.
func (m *Machine) bytesLike(v Value) (string, bool) {
	if !v.IsRef() {
		return "", false
	}
	switch o := m.heap.objs[v].(type) {
	case *Bytes:
		return o.B, true
	case *ByteArray:
		return string(o.B), true
	case *MemoryView:
		if !o.released {
			return m.mvBytes(o), true
		}
	}
	return "", false
}

// bufferArg is PyObject_GetBuffer's check of a bytes-like argument.
func (m *Machine) bufferArg(v Value) (string, error) {
	b, ok := m.bytesLike(v)
	if !ok {
		return "", m.typeError("a bytes-like object is required, not '%s'", cTrunc(m.typeName(v), 100))
	}
	return b, nil
}

// byteData returns the contents of a bytes or bytearray self.
func (m *Machine) byteData(v Value) string {
	b, _ := m.bytesLike(v)
	return b
}

// isByteArray reports whether a bytes method's self is a bytearray: its
// results are then bytearrays.
func (m *Machine) isByteArray(v Value) bool { return m.byteArray(v) != nil }

// bytesResult makes a method's result of self's kind: exact bytes for a
// bytes (self itself when unchanged and exact), a new bytearray for a
// bytearray.
func (m *Machine) bytesResult(self Value, r string) (Value, error) {
	if m.isByteArray(self) {
		return m.newByteArray(r)
	}
	if b := m.bytesObj(self); b.typ == m.types.Bytes && len(b.B) == len(r) && b.B == r {
		return self, nil
	}
	return m.newBytesString(r)
}

// byteValue is _getbytevalue: an int by __index__ in range(256).
func (m *Machine) byteValue(v Value) (byte, error) {
	r, err := m.NumberIndex(v)
	if err != nil {
		return 0, err
	}
	i, ok := m.Int64(r)
	if !ok || i < 0 || i >= 256 {
		return 0, m.Raisef(m.types.ValueError, "byte must be in range(0, 256)")
	}
	return byte(i), nil
}

// ---- construction ----

var (
	bytesNewArgs     = ArgSpec{Name: "bytes", Kind: ArgsKeywords, Names: []string{"source", "encoding", "errors"}, Max: -1}
	byteArrayNewArgs = ArgSpec{Name: "bytearray", Kind: ArgsKeywords, Names: []string{"source", "encoding", "errors"}, Max: -1}
)

// bytesNew is bytes.__new__ (bytes_new_impl).
func bytesNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	var a [3]Value
	if err := m.ParseArgs(&bytesNewArgs, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	encoding, errors, err := m.codecArgs("bytes", a[1], a[2])
	if err != nil {
		return Null, err
	}
	x := a[0]
	var r Value
	switch {
	case x == Null:
		if a[1] != Null || a[2] != Null {
			return Null, m.codecWithoutString(a[1] != Null)
		}
		r = m.newBytes("")
	case a[1] != Null:
		if m.str(x) == nil {
			return Null, m.typeError("encoding without a string argument")
		}
		b, err := encodeText(m.str(x).S, encoding, errors)
		if err != nil {
			return Null, m.codecError(err)
		}
		if r, err = m.newBytesString(b); err != nil {
			return Null, err
		}
	case a[2] != Null:
		if m.str(x) != nil {
			return Null, m.typeError("string argument without an encoding")
		}
		return Null, m.typeError("errors without a string argument")
	default:
		f, err := m.lookupSpecial(x, "__bytes__")
		if err != nil {
			return Null, err
		}
		switch {
		case f != Null:
			if r, err = m.Call(f, nil, nil); err != nil {
				return Null, err
			}
			if m.bytesObj(r) == nil {
				return Null, m.typeError("__bytes__ returned non-bytes (type %s)", cTrunc(m.typeName(r), 200))
			}
		case m.str(x) != nil:
			return Null, m.typeError("string argument without an encoding")
		case m.isIndexable(x):
			n, err := m.countArg(x)
			if err != nil {
				if !m.isRaise(err, m.types.TypeError) {
					return Null, err
				}
				if r, err = m.bytesFromObject(x); err != nil {
					return Null, err
				}
				break
			}
			if n < 0 {
				return Null, m.Raisef(m.types.ValueError, "negative count")
			}
			if err := m.charge(int(min(n, math.MaxInt32*4))); err != nil {
				return Null, err
			}
			r = m.newBytes(string(make([]byte, n)))
		default:
			if r, err = m.bytesFromObject(x); err != nil {
				return Null, err
			}
		}
	}
	if t == m.types.Bytes {
		return r, nil
	}
	return m.alloc(&Bytes{B: m.bytesObj(r).B}, t), nil
}

// codecWithoutString is the TypeError of an encoding or errors argument
// given without a str to encode.
func (m *Machine) codecWithoutString(encoding bool) error {
	if encoding {
		return m.typeError("encoding without a string argument")
	}
	return m.typeError("errors without a string argument")
}

// bytesFromObject is PyBytes_FromObject: a copy of a buffer, or the ints
// of a list, tuple or other iterable.
func (m *Machine) bytesFromObject(x Value) (Value, error) {
	if b := m.bytesObj(x); b != nil && b.typ == m.types.Bytes {
		return x, nil
	}
	if b, ok := m.bytesLike(x); ok {
		return m.newBytesString(b)
	}
	if m.str(x) != nil {
		return Null, m.typeError("cannot convert '%s' object to bytes", m.typeName(x))
	}
	b, err := m.bytesFromIterable(x, "bytes")
	if err != nil {
		return Null, err
	}
	return m.newBytesString(string(b))
}

// bytesFromIterable collects the byte values an iterable gives; a
// non-iterable is "cannot convert 'int' object to <what>".
func (m *Machine) bytesFromIterable(x Value, what string) ([]byte, error) {
	item := m.byteValueIter
	if what == "bytearray" {
		item = m.byteValue
	}
	var items []Value
	if l := m.list(x); l != nil {
		items = l.Items
	} else if t := m.tuple(x); t != nil {
		items = t.Items
	}
	if items != nil {
		b := make([]byte, len(items))
		for i := 0; i < len(items); i++ {
			c, err := item(items[i])
			if err != nil {
				return nil, err
			}
			b[i] = c
		}
		return b, nil
	}
	it, err := m.GetIter(x)
	if err != nil {
		if m.isRaise(err, m.types.TypeError) {
			return nil, m.typeError("cannot convert '%s' object to %s", cTrunc(m.typeName(x), 200), what)
		}
		return nil, err
	}
	var b []byte
	for {
		v, err := m.Next(it)
		if err != nil {
			return nil, err
		}
		if v == Null {
			return b, nil
		}
		c, err := item(v)
		if err != nil {
			return nil, err
		}
		if len(b)&0xFFFF == 0xFFFF {
			if err := m.charge(len(b)); err != nil {
				return nil, err
			}
		}
		b = append(b, c)
	}
}

// byteValueIter is the item check of bytes(iterable) (PyNumber_AsSsize_t
// then a range check): "bytes must be in range(0, 256)".
func (m *Machine) byteValueIter(v Value) (byte, error) {
	r, err := m.NumberIndex(v)
	if err != nil {
		return 0, err
	}
	i := m.clampedIndex(r)
	if i < 0 || i >= 256 {
		return 0, m.Raisef(m.types.ValueError, "bytes must be in range(0, 256)")
	}
	return byte(i), nil
}

// byteArrayNew is bytearray.__new__: an empty bytearray of type t, which
// __init__ fills.
func byteArrayNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	return m.alloc(&ByteArray{}, t), nil
}

// byteArrayInit is bytearray.__init__ (bytearray___init___impl).
func byteArrayInit(m *Machine, self Value, args, kwnames []Value) error {
	var a [3]Value
	if err := m.ParseArgs(&byteArrayNewArgs, args, kwnames, a[:]); err != nil {
		return err
	}
	encoding, errors, err := m.codecArgs("bytearray", a[1], a[2])
	if err != nil {
		return err
	}
	ba := m.byteArray(self)
	if len(ba.B) != 0 {
		m.byteArrayResize(ba, 0)
	}
	x := a[0]
	if x == Null {
		if a[1] != Null || a[2] != Null {
			return m.codecWithoutString(a[1] != Null)
		}
		return nil
	}
	if s := m.str(x); s != nil {
		if a[1] == Null {
			return m.typeError("string argument without an encoding")
		}
		b, err := encodeText(s.S, encoding, errors)
		if err != nil {
			return m.codecError(err)
		}
		return m.byteArraySetSlice(ba, len(ba.B), len(ba.B), b)
	}
	if a[1] != Null || a[2] != Null {
		return m.codecWithoutString(a[1] != Null)
	}
	if m.isIndexable(x) {
		n, err := m.countArg(x)
		if err == nil {
			if n < 0 {
				return m.Raisef(m.types.ValueError, "negative count")
			}
			if n > 0 {
				if err := m.charge(int(min(n, math.MaxInt32*4))); err != nil {
					return err
				}
				m.byteArrayResize(ba, int(n))
			}
			return nil
		}
		if !m.isRaise(err, m.types.TypeError) {
			return err
		}
	}
	if b, ok := m.bytesLike(x); ok {
		if err := m.charge(len(b)); err != nil {
			return err
		}
		m.byteArrayResize(ba, len(b))
		copy(ba.B, b)
		return nil
	}
	if it, err := m.GetIter(x); err != nil {
		if m.isRaise(err, m.types.TypeError) {
			return m.typeError("cannot convert '%s' object to bytearray", cTrunc(m.typeName(x), 200))
		}
		return err
	} else {
		// The items are appended one by one, growing the buffer as
		// CPython's slow path does (the fast path for lists and tuples
		// of ints resizes to the exact size first).
		if l, t := m.list(x), m.tuple(x); (l != nil && l.typ == m.types.List) || (t != nil && t.typ == m.types.Tuple) {
			items := m.seqItems(x)
			m.byteArrayResize(ba, len(items))
			exact := true
			for i, v := range items {
				if !m.isExactInt(v) {
					// Back to empty, and the slow path.
					m.byteArrayResize(ba, 0)
					exact = false
					break
				}
				c, err := m.byteValue(v)
				if err != nil {
					return err
				}
				ba.B[i] = c
			}
			if exact {
				return nil
			}
		}
		for {
			v, err := m.Next(it)
			if err != nil {
				return err
			}
			if v == Null {
				return nil
			}
			c, err := m.byteValue(v)
			if err != nil {
				return err
			}
			n := len(ba.B)
			if n+1 < ba.alloc {
				ba.B = append(ba.B, c)
			} else {
				m.byteArrayResize(ba, n+1)
				ba.B[n] = c
			}
		}
	}
}

// seqItems returns the items of a list or tuple.
func (m *Machine) seqItems(v Value) []Value {
	if l := m.list(v); l != nil {
		return l.Items
	}
	return m.tuple(v).Items
}

// isExactInt is PyLong_CheckExact.
func (m *Machine) isExactInt(v Value) bool {
	return v.IsSmallInt() || (v.IsRef() && m.intObj(v) != nil && m.TypeOf(v) == m.types.Int)
}

// byteArrayResize is PyByteArray_Resize: it sets the size and models
// ob_alloc's growth and shrinking.
func (m *Machine) byteArrayResize(ba *ByteArray, size int) {
	if size == len(ba.B) {
		return
	}
	ba.resizeAlloc(size)
	ba.setLen(size)
}

// resizeAlloc is PyByteArray_Resize's choice of ob_alloc for a new size:
// a minor shrink keeps the buffer (and its logical start), anything else
// reallocates, over-allocating moderate growth like list_resize.
func (ba *ByteArray) resizeAlloc(size int) {
	alloc := ba.alloc
	if size+ba.start+1 <= alloc {
		if size >= alloc/2 {
			return
		}
		alloc = size + 1
	} else if float64(size) <= float64(alloc)*1.125 {
		alloc = size + size>>3
		if size < 9 {
			alloc += 3
		} else {
			alloc += 6
		}
	} else {
		alloc = size + 1
	}
	ba.alloc = alloc
	ba.start = 0
}

// setLen changes the logical length, zero-filling new bytes.
func (ba *ByteArray) setLen(n int) {
	if n <= len(ba.B) {
		ba.B = ba.B[:n]
		return
	}
	if n <= cap(ba.B) {
		old := len(ba.B)
		ba.B = ba.B[:n]
		clear(ba.B[old:])
		return
	}
	nb := make([]byte, n, n+n/8)
	copy(nb, ba.B)
	ba.B = nb
}

// byteArraySetSlice is bytearray_setslice_linear: b[lo:hi] = data.
func (m *Machine) byteArraySetSlice(ba *ByteArray, lo, hi int, data string) error {
	lo = max(lo, 0)
	hi = min(max(hi, lo), len(ba.B))
	lo = min(lo, hi)
	growth := len(data) - (hi - lo)
	if growth > 0 {
		if err := m.charge(growth); err != nil {
			return err
		}
	}
	n := len(ba.B)
	switch {
	case growth < 0 && lo == 0:
		// CPython shrinks from the front by advancing the buffer's
		// logical start, then resizes (usually keeping the buffer).
		ba.B = ba.B[-growth:]
		ba.start -= growth
		ba.resizeAlloc(n + growth)
	case growth < 0:
		copy(ba.B[lo+len(data):], ba.B[hi:])
		m.byteArrayResize(ba, n+growth)
	case growth > 0:
		m.byteArrayResize(ba, n+growth)
		copy(ba.B[lo+len(data):], ba.B[hi:n])
	}
	copy(ba.B[lo:], data)
	return nil
}

// ---- slots ----

func bytesRepr(m *Machine, v Value) (Value, error) {
	return m.newStr(constant.Bytes(m.byteData(v)).Repr())
}

// byteArrayRepr is bytearray_repr: "bytearray(b'...')" with the type's
// name. CPython 3.11 escapes a single quote even inside double quotes
// (bytearray(b"a\'b")), unlike bytes' repr.
func byteArrayRepr(m *Machine, v Value) (Value, error) {
	const hex = "0123456789abcdef"
	data := m.byteArray(v).B
	quote := byte('\'')
	for _, c := range data {
		if c == '"' {
			quote = '\''
			break
		}
		if c == '\'' {
			quote = '"'
		}
	}
	b := make([]byte, 0, len(m.typeName(v))+6+len(data))
	b = append(b, m.typeName(v)...)
	b = append(b, "(b"...)
	b = append(b, quote)
	for _, c := range data {
		switch {
		case c == '\'' || c == '\\':
			b = append(b, '\\', c)
		case c == '\t':
			b = append(b, '\\', 't')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		default:
			b = append(b, c)
		}
	}
	b = append(b, quote, ')')
	return m.newStr(string(b))
}

func bytesHash(m *Machine, v Value) (int64, error) {
	b := m.bytesObj(v)
	if !b.hashed {
		b.hash = constant.Hash(constant.Bytes(b.B))
		b.hashed = true
	}
	return b.hash, nil
}

// bytesRichCompare compares two bytes (bytes_richcompare); anything else
// is NotImplemented, so bytes == bytearray is decided by bytearray.
func bytesRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	x, y := m.bytesObj(a), m.bytesObj(b)
	if x == nil || y == nil {
		return NotImplemented, nil
	}
	return cmpBytes(x.B, y.B, op), nil
}

// byteArrayRichCompare compares a bytearray with any bytes-like object.
func byteArrayRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	x, ok1 := m.bytesLike(a)
	y, ok2 := m.bytesLike(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return cmpBytes(x, y, op), nil
}

func cmpBytes(x, y string, op CompareOp) Value {
	if len(x) != len(y) && (op == EQ || op == NE) {
		return Bool(op == NE)
	}
	c := 0
	switch {
	case x < y:
		c = -1
	case x > y:
		c = 1
	}
	return cmpResult(c, op)
}

func bytesLen(m *Machine, v Value) (int, error) { return len(m.byteData(v)), nil }

func byteArrayLen(m *Machine, v Value) (int, error) { return len(m.byteArray(v).B), nil }

// bytesContains is _Py_bytes_contains: an int is a byte value, anything
// else must be bytes-like.
func bytesContains(m *Machine, v, x Value) (bool, error) {
	s := m.byteData(v)
	if m.isIndexable(x) {
		r, err := m.NumberIndex(x)
		if err == nil {
			i := m.clampedIndex(r)
			if i < 0 || i >= 256 {
				return false, m.Raisef(m.types.ValueError, "byte must be in range(0, 256)")
			}
			for j := 0; j < len(s); j++ {
				if s[j] == byte(i) {
					return true, nil
				}
			}
			return false, nil
		}
	}
	sub, err := m.bufferArg(x)
	if err != nil {
		return false, err
	}
	return text.BytesFind(s, sub, 0, math.MaxInt) >= 0, nil
}

// bytesGetItem is bytes_subscript and bytearray_subscript.
func bytesGetItem(m *Machine, v, key Value) (Value, error) {
	s := m.byteData(v)
	ba := m.isByteArray(v)
	if m.isIndexable(key) {
		i, err := m.IndexInt(key)
		if err != nil {
			return Null, err
		}
		if i < 0 {
			i += int64(len(s))
		}
		if i < 0 || i >= int64(len(s)) {
			if ba {
				return Null, m.Raisef(m.types.exceptions["IndexError"], "bytearray index out of range")
			}
			return Null, m.Raisef(m.types.exceptions["IndexError"], "index out of range")
		}
		return SmallIntValue(int64(s[i])), nil
	}
	if sl := m.sliceObj(key); sl != nil {
		start, stop, step, n, err := m.sliceIndices(sl, len(s))
		if err != nil {
			return Null, err
		}
		var r string
		switch {
		case n <= 0:
		case step == 1:
			r = s[start : start+n]
		default:
			b := make([]byte, n)
			for i, cur := 0, start; i < n; i, cur = i+1, cur+step {
				b[i] = s[cur]
			}
			r = string(b)
		}
		_ = stop
		if ba {
			return m.newByteArray(r)
		}
		if n == len(s) && step == 1 {
			return m.bytesUnchanged(v)
		}
		return m.newBytesString(r)
	}
	if ba {
		return Null, m.typeError("bytearray indices must be integers or slices, not %s", cTrunc(m.typeName(key), 200))
	}
	return Null, m.typeError("byte indices must be integers or slices, not %s", cTrunc(m.typeName(key), 200))
}

// bytesUnchanged is a bytes method's self as an exact bytes.
func (m *Machine) bytesUnchanged(v Value) (Value, error) {
	b := m.bytesObj(v)
	if b.typ == m.types.Bytes {
		return v, nil
	}
	return m.newBytes(b.B), nil
}

// byteArraySetItem is bytearray_ass_subscript (v Null deletes).
func byteArraySetItem(m *Machine, self, key, v Value) error {
	ba := m.byteArray(self)
	var start, stop, step, n int
	if m.isIndexable(key) {
		i64, err := m.IndexInt(key)
		if err != nil {
			return err
		}
		var c byte
		if v != Null {
			if c, err = m.byteValue(v); err != nil {
				return err
			}
		}
		i := int(i64)
		if i < 0 {
			i += len(ba.B)
		}
		if i < 0 || i >= len(ba.B) {
			return m.Raisef(m.types.exceptions["IndexError"], "bytearray index out of range")
		}
		if v != Null {
			ba.B[i] = c
			return nil
		}
		start, stop, step, n = i, i+1, 1, 1
	} else if sl := m.sliceObj(key); sl != nil {
		var err error
		if start, stop, step, n, err = m.sliceIndices(sl, len(ba.B)); err != nil {
			return err
		}
	} else {
		return m.typeError("bytearray indices must be integers or slices, not %s", cTrunc(m.typeName(key), 200))
	}
	var data string
	if v != Null {
		if o := m.byteArray(v); o != nil && v != self {
			data = string(o.B)
		} else {
			if m.isNumber(v) || m.str(v) != nil {
				return m.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
			if b, ok := m.bytesLike(v); ok {
				data = b
			} else {
				b, err := m.bytesFromIterable(v, "bytearray")
				if err != nil {
					return err
				}
				data = string(b)
			}
			// CPython 3.11's bytearray_ass_subscript copies such a value
			// into a new bytearray and calls itself again, so the slice's
			// __index__ methods run a second time, against the length
			// the conversion may have changed.
			var err error
			if start, stop, step, n, err = m.sliceIndices(m.sliceObj(key), len(ba.B)); err != nil {
				return err
			}
		}
	}
	if (step < 0 && start < stop) || (step > 0 && start > stop) {
		stop = start
	}
	if step == 1 {
		return m.byteArraySetSlice(ba, start, stop, data)
	}
	// CPython: assigning an empty value to an extended slice deletes
	// it, whatever its length (ba[::2] = b"" is del ba[::2]).
	if len(data) == 0 {
		if n <= 0 {
			return nil
		}
		if step < 0 {
			stop = start + 1
			start = stop + step*(n-1) - 1
			step = -step
		}
		keep := ba.B[:0:0]
		for i := 0; i < len(ba.B); i++ {
			if i >= start && (i-start)%step == 0 && (i-start)/step < n {
				continue
			}
			keep = append(keep, ba.B[i])
		}
		size := len(keep)
		copy(ba.B, keep)
		m.byteArrayResize(ba, size)
		return nil
	}
	if len(data) != n {
		return m.Raisef(m.types.ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(data), n)
	}
	for i, cur := 0, start; i < n; i, cur = i+1, cur+step {
		ba.B[cur] = data[i]
	}
	return nil
}

// isNumber is PyNumber_Check: int, float, complex or anything with
// __index__, __int__ or __float__.
func (m *Machine) isNumber(v Value) bool {
	if v.IsSmallInt() || v.IsFloat() {
		return true
	}
	t := m.TypeOf(v)
	return t.Index != nil || t.Int != nil || t.Float != nil || (m.types.Complex != nil && t.IsSubtype(m.types.Complex))
}

// bytesConcat is bytes + buffer (bytes_concat) and bytearray + buffer
// (PyByteArray_Concat): the result has the left operand's kind.
func bytesConcat(m *Machine, a, b Value) (Value, error) {
	x, ok := m.bytesLike(a)
	if !ok || m.memoryView(a) != nil {
		// sq_concat is the left operand's: memoryview has none.
		return NotImplemented, nil
	}
	y, ok := m.bytesLike(b)
	if !ok {
		self := BinaryFunc(bytesConcat)
		r, err := m.otherOperandFirst(a, b, NbAdd, self)
		if err != nil || r != NotImplemented {
			return r, err
		}
		return Null, m.typeError("can't concat %s to %s", cTrunc(m.typeName(b), 100), cTrunc(m.typeName(a), 100))
	}
	if m.isByteArray(a) {
		return m.newByteArray(x + y)
	}
	if err := m.charge(len(x) + len(y)); err != nil {
		return Null, err
	}
	if len(y) == 0 && m.TypeOf(a) == m.types.Bytes {
		return a, nil
	}
	if len(x) == 0 && m.TypeOf(b) == m.types.Bytes {
		return b, nil
	}
	return m.newBytes(x + y), nil
}

// bytesRepeat is bytes * n and bytearray * n.
func bytesRepeat(m *Machine, a, b Value) (Value, error) {
	s, n := a, b
	if _, ok := m.bytesLike(s); !ok {
		s, n = b, a
		if _, ok := m.bytesLike(s); !ok {
			return NotImplemented, nil
		}
	} else {
		r, err := m.otherOperandFirst(a, b, NbMultiply, bytesRepeat)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	count, err := m.repeatCount(n)
	if err != nil {
		return Null, err
	}
	data := m.byteData(s)
	count = max(count, 0)
	if count > 0 && len(data) > math.MaxInt64/count {
		if m.isByteArray(s) {
			return Null, m.noMemory()
		}
		return Null, m.Raisef(m.types.exceptions["OverflowError"], "repeated bytes are too long")
	}
	if err := m.charge(len(data) * count); err != nil {
		return Null, err
	}
	r := repeatString(data, count)
	if m.isByteArray(s) {
		return m.newByteArray(r)
	}
	if count == 1 && m.TypeOf(s) == m.types.Bytes {
		return s, nil
	}
	return m.newBytes(r), nil
}

func repeatString(s string, n int) string {
	if n <= 0 || s == "" {
		return ""
	}
	b := make([]byte, 0, len(s)*n)
	for i := 0; i < n; i++ {
		b = append(b, s...)
	}
	return string(b)
}

// byteArrayIConcat is bytearray += buffer.
func byteArrayIConcat(m *Machine, a, b Value) (Value, error) {
	ba := m.byteArray(a)
	if ba == nil {
		return NotImplemented, nil
	}
	y, ok := m.bytesLike(b)
	if !ok {
		return Null, m.typeError("can't concat %s to %s", cTrunc(m.typeName(b), 100), cTrunc(m.typeName(a), 100))
	}
	if b == a && len(y) > 0 {
		// CPython 3.11's bytearray_iconcat holds the buffer of b while
		// it resizes a, so b += b finds its own export and refuses.
		return Null, m.Raisef(m.types.exceptions["BufferError"], "Existing exports of data: object cannot be re-sized")
	}
	if err := m.charge(len(y)); err != nil {
		return Null, err
	}
	n := len(ba.B)
	m.byteArrayResize(ba, n+len(y))
	copy(ba.B[n:], y)
	return a, nil
}

// byteArrayIRepeat is bytearray *= n.
func byteArrayIRepeat(m *Machine, a, b Value) (Value, error) {
	ba := m.byteArray(a)
	if ba == nil {
		return NotImplemented, nil
	}
	count, err := m.repeatCount(b)
	if err != nil {
		return Null, err
	}
	if count == 1 {
		return a, nil
	}
	count = max(count, 0)
	data := string(ba.B)
	if count > 0 && len(data) > math.MaxInt64/count {
		return Null, m.noMemory()
	}
	if err := m.charge(len(data) * count); err != nil {
		return Null, err
	}
	m.byteArrayResize(ba, len(data)*count)
	copy(ba.B, repeatString(data, count))
	return a, nil
}

// ---- iteration ----

// bytesIterator iterates the byte values of a bytes or bytearray.
type bytesIterator struct {
	Header
	seq   Value // Null once exhausted
	index int
}

func (it *bytesIterator) traverse(visit func(Value)) { visit(it.seq) }

func (it *bytesIterator) lengthHint(m *Machine) int {
	if it.seq == Null {
		return 0
	}
	return max(len(m.byteData(it.seq))-it.index, 0)
}

func bytesIter(m *Machine, v Value) (Value, error) {
	t := m.types.st.BytesIterator
	if m.isByteArray(v) {
		t = m.types.st.ByteArrayIterator
	}
	return m.alloc(&bytesIterator{seq: v}, t), nil
}

func bytesIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*bytesIterator)
	if it.seq == Null {
		return Null, nil
	}
	var c byte
	if ba := m.byteArray(it.seq); ba != nil {
		if it.index >= len(ba.B) {
			it.seq = Null
			return Null, nil
		}
		c = ba.B[it.index]
	} else {
		b := m.bytesObj(it.seq).B
		if it.index >= len(b) {
			it.seq = Null
			return Null, nil
		}
		c = b[it.index]
	}
	it.index++
	return SmallIntValue(int64(c)), nil
}

func bytesIterReduce(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	it := m.obj(self).(*bytesIterator)
	return m.iterReduceGeneral("iter", it.seq, it.index), nil
}

func bytesIterSetState(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if len(args) != 1 {
		return Null, m.typeError("%s.__setstate__() takes exactly one argument (%d given)", m.typeName(self), len(args))
	}
	i, err := m.ArgSsize(args[0])
	if err != nil {
		return Null, err
	}
	it := m.obj(self).(*bytesIterator)
	if it.seq != Null {
		it.index = int(min(max(i, 0), int64(len(m.byteData(it.seq)))))
	}
	return None, nil
}

var bytesIterMethods = []MethodDef{
	{Name: "__length_hint__", Fn: iterLengthHintMethod},
	{Name: "__reduce__", Fn: bytesIterReduce},
	{Name: "__setstate__", Fn: bytesIterSetState},
}

// ---- specs ----

// CPython 3.11: PyBytes_Type's basicsize is offsetof(ob_sval) + 1 = 33,
// itemsize 1; PyByteArray_Type's is sizeof(PyByteArrayObject) = 56.
var bytesSpec = typeSpec{name: "bytes", basicSize: 33, itemSize: 1,
	flags: FlagBytesSubclass | FlagBaseType | flagMatchSelf,
	slots: Slots{
		New: bytesNew, Repr: bytesRepr, Str: bytesRepr, Hash: bytesHash, RichCompare: bytesRichCompare,
		GetAttr: genericGetAttr, Iter: bytesIter,
		Number: [NbCount]BinaryFunc{NbAdd: bytesConcat, NbMultiply: bytesRepeat, NbRemainder: bytesMod},
		Len:    bytesLen, GetItem: bytesGetItem, Contains: bytesContains,
	},
	methods:     bytesMethodTable("bytes"),
	newInstance: func(m *Machine, t *Type) Object { return &Bytes{} },
}

var byteArraySpec = typeSpec{name: "bytearray", basicSize: 56,
	flags: FlagBaseType | flagMatchSelf,
	slots: Slots{
		New: byteArrayNew, Init: byteArrayInit, Repr: byteArrayRepr, Str: byteArrayRepr,
		RichCompare: byteArrayRichCompare, GetAttr: genericGetAttr, Iter: bytesIter,
		Number:        [NbCount]BinaryFunc{NbAdd: bytesConcat, NbMultiply: bytesRepeat, NbRemainder: bytesMod},
		InplaceNumber: [NbCount]BinaryFunc{NbAdd: byteArrayIConcat, NbMultiply: byteArrayIRepeat},
		Len:           byteArrayLen, GetItem: bytesGetItem, SetItem: byteArraySetItem, Contains: bytesContains,
	},
	methods:     bytesMethodTable("bytearray"),
	newInstance: func(m *Machine, t *Type) Object { return &ByteArray{} },
}

var bytesIteratorSpec = typeSpec{name: "bytes_iterator", basicSize: 32, flags: FlagHaveGC,
	slots:   Slots{Iter: selfIter, Next: bytesIterNext, GetAttr: genericGetAttr, Hash: identityHash},
	methods: bytesIterMethods}

var byteArrayIteratorSpec = typeSpec{name: "bytearray_iterator", basicSize: 32, flags: FlagHaveGC,
	slots:   Slots{Iter: selfIter, Next: bytesIterNext, GetAttr: genericGetAttr, Hash: identityHash},
	methods: bytesIterMethods}
