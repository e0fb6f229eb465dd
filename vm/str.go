package vm

import "github.com/quicken-py/quicken/vm/constant"

// Str is a str object. The text is UTF-8 with lone surrogates in their
// 3-byte form (see package constant).
type Str struct {
	Header
	S string
	// hash is the cached hash, valid when hashed is true.
	hash int64
	// length is the length in code points, -1 until computed.
	length int
	// ext holds what few strs need (nil for most: it keeps a Str in 64
	// bytes).
	ext      *strExt
	hashed   bool
	interned bool
}

// strExt is the rarely needed part of a str.
type strExt struct {
	// offs is, for a text that is not ASCII, the byte offset of each code
	// point and len(S) (text.Layout), made when it is first indexed by
	// position.
	offs []int32
	// buf, when set, is the growable buffer S is a prefix of (see
	// concatStr).
	buf *strBuf
}

// buffer returns the growable buffer s's text is a prefix of, or nil.
func (s *Str) buffer() *strBuf {
	if s.ext == nil {
		return nil
	}
	return s.ext.buf
}

// strBuf is a byte buffer that strs built by repeated concatenation view:
// each such str's text is a prefix of b, and len(b) is how far the
// longest of them reaches. Bytes below len(b) are never written again,
// so the texts stay immutable.
type strBuf struct {
	b []byte
}

func (*Str) traverse(func(Value)) {}

// NewStr returns a new str object holding s.
func (m *Machine) NewStr(s string) Value {
	if len(s) == 0 && m.emptyStr != Null {
		return m.emptyStr
	}
	if len(s) == 1 && s[0] < 0x80 {
		if v := m.asciiChars[s[0]]; v != Null {
			return v
		}
	}
	o := m.heap.newStr()
	o.S, o.length = s, -1
	return m.allocAt(o, &o.Header, m.types.Str)
}

// Intern returns the interned str for s: one object per distinct text,
// as sys.intern gives (identifiers, attribute names, one-character
// strs).
func (m *Machine) Intern(s string) Value {
	if v, ok := m.interned[s]; ok {
		return v
	}
	o := &Str{S: s, length: -1, interned: true}
	v := m.alloc(o, m.types.Str)
	m.interned[s] = v
	return v
}

// str returns the *Str behind v, or nil if v is not a str (or subclass).
func (m *Machine) str(v Value) *Str {
	if !v.IsRef() {
		return nil
	}
	s, _ := m.heap.objs[v].(*Str)
	return s
}

// isExactStr reports whether v is exactly a str.
func (m *Machine) isExactStr(v Value) bool {
	if !v.IsRef() {
		return false
	}
	s, ok := m.heap.objs[v].(*Str)
	return ok && s.typ == m.types.Str
}

// strHash returns the str's hash (CPython 3.11, PYTHONHASHSEED=0).
func (s *Str) strHash() int64 {
	if !s.hashed {
		s.hash = constant.HashText(s.S)
		s.hashed = true
	}
	return s.hash
}

// GoString returns v's text if v is a str.
func (m *Machine) GoString(v Value) (string, bool) {
	s := m.str(v)
	if s == nil {
		return "", false
	}
	return s.S, true
}
