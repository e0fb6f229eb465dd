package vm

import (
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/text"
)

// The str type's core slots. Str methods and formatting live in their own
// files (strmethods.go, strformat.go).

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

func strAdd(m *Machine, a, b Value) (Value, error) {
	sa, sb := m.str(a), m.str(b)
	if sa == nil {
		return NotImplemented, nil
	}
	if sb == nil {
		return Null, m.typeError("can only concatenate str (not \"%s\") to str", m.typeName(b))
	}
	if err := m.charge(len(sa.S) + len(sb.S)); err != nil {
		return Null, err
	}
	return m.NewStr(sa.S + sb.S), nil
}

func strMul(m *Machine, a, b Value) (Value, error) {
	s, n := a, b
	if m.str(s) == nil {
		s, n = b, a
	}
	if !m.isInt(n) {
		if m.TypeOf(n).Index == nil {
			return Null, m.typeError("can't multiply sequence by non-int of type '%s'", m.typeName(n))
		}
	}
	count, err := m.IndexInt(n)
	if err != nil {
		return Null, err
	}
	t := strText(m, s)
	if count <= 0 || t == "" {
		return m.emptyStr, nil
	}
	if int64(len(t))*count > 1<<40 {
		return Null, m.noMemory()
	}
	if err := m.charge(len(t) * int(count)); err != nil {
		return Null, err
	}
	return m.NewStr(strings.Repeat(t, int(count))), nil
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
		c, err := text.At(s.S, int(i))
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
		r, err := text.Slice(s.S, start, stop, step)
		if err != nil {
			return Null, m.Raisef(m.types.ValueError, "slice step cannot be zero")
		}
		return m.NewStr(r), nil
	}
	return Null, m.typeError("string indices must be integers, not '%s'", m.typeName(key))
}

// strIterator iterates a str's code points.
type strIterator struct {
	Header
	s   Value
	pos int // byte offset
}

func (it *strIterator) traverse(visit func(Value)) { visit(it.s) }

func strIter(m *Machine, a Value) (Value, error) {
	return m.alloc(&strIterator{s: a}, m.types.StrIterator), nil
}

func strIterNext(m *Machine, v Value) (Value, error) {
	it := m.obj(v).(*strIterator)
	s := m.str(it.s).S
	if it.pos >= len(s) {
		return Null, nil
	}
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

var strSpec = typeSpec{name: "str", basicSize: 64, itemSize: 1, flags: FlagStrSubclass | FlagBaseType,
	slots: Slots{
		Repr: strRepr, Str: strStr, Hash: strHash, RichCompare: strRichCompare,
		Number: [NbCount]BinaryFunc{NbAdd: strAdd, NbMultiply: strMul},
		Len:    strLen, Contains: strContains, GetItem: strGetItem, Iter: strIter,
		GetAttr: genericGetAttr,
	},
	newInstance: func(m *Machine, t *Type) Object { return &Str{length: -1} },
}

var strIteratorSpec = typeSpec{name: "str_ascii_iterator", basicSize: 32,
	slots: Slots{Iter: genIter, Next: strIterNext, GetAttr: genericGetAttr}}
