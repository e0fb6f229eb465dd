package vm

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Object layouts: what an object looks like in CPython 3.11's memory on a
// 64-bit build, for the explorer's object pane and for sys.getsizeof.
//
// Every object starts with ob_refcnt and ob_type (16 bytes). A type that
// the cyclic GC tracks has a 16-byte PyGC_Head just before the object,
// and a class with a managed dict has two more pointers before that: the
// inline values (PyDictValues *) at -32 and the materialised dict at -24.
// sys.getsizeof counts this pre-header. Variable-size objects (int,
// tuple, str) keep their items in the object; list and dict point to
// separately allocated blocks, shown as Blocks.

// Layout describes one object.
type Layout struct {
	// Type is the object's type name (tp_name) and Kind what the fields
	// below model ("instance", "int", "str", "list", …; "object" when only
	// the header is modelled).
	Type, Kind string
	// Address is the object's address, as id() gives it (the PyObject*).
	Address uint64
	// PreHeader counts the bytes before Address (GC head, managed dict
	// pointers); Size is sys.getsizeof (PreHeader included). BasicSize and
	// ItemSize are the type's __basicsize__ and __itemsize__.
	PreHeader, Size     int
	BasicSize, ItemSize int
	// Fields are the object's fields in address order, the pre-header
	// first (negative offsets).
	Fields []LayoutField
	// Blocks are memory the object points to and owns: a list's item
	// array, a dict's keys, an instance's inline values.
	Blocks []LayoutBlock
}

// LayoutField is one field of an object or block.
type LayoutField struct {
	// Offset is in bytes from the object's (or block's) address; Size in
	// bytes.
	Offset, Size int
	// Name is the C field name ("ob_refcnt", "ob_item[2]", "values[0]"),
	// CType its C type ("Py_ssize_t", "PyObject *").
	Name, CType string
	// Value renders the current contents: a number, an address with what
	// it points to, or "?" for what the VM does not keep (reference
	// counts).
	Value string
	// Ref is the object the field points to, Null if none (the explorer
	// can follow it).
	Ref Value
}

// LayoutBlock is a separately allocated part of an object.
type LayoutBlock struct {
	// Name says what the block is ("PyDictValues", "ob_item array",
	// "PyDictKeysObject"); Size is its size in bytes.
	Name   string
	Size   int
	Fields []LayoutField
}

// preHeaderSize is _PyType_PreHeaderSize: the GC head and the managed
// dict pointers before an object of type t.
func preHeaderSize(t *Type) int {
	n := 0
	if t.Flags&FlagHaveGC != 0 {
		n += 16
	}
	if t.Flags&FlagManagedDict != 0 {
		n += 16
	}
	return n
}

// sizeOf is sys.getsizeof of an instance: object.__sizeof__ (the
// basicsize) plus the pre-header.
func (o *Instance) sizeOf() int { return o.typ.BasicSize + preHeaderSize(o.typ) }

// Layout describes v as CPython 3.11 lays it out. It runs no Python code.
func (m *Machine) Layout(v Value) Layout {
	t := m.TypeOf(v)
	l := Layout{Type: tpName(t), Kind: "object", Address: m.FakeAddress(v),
		PreHeader: preHeaderSize(t), BasicSize: t.BasicSize, ItemSize: t.ItemSize}
	l.Size = m.layoutSize(v, t)
	if t.Flags&FlagManagedDict != 0 {
		l.Fields = append(l.Fields, m.managedDictFields(v)...)
	}
	if t.Flags&FlagHaveGC != 0 {
		l.Fields = append(l.Fields,
			LayoutField{Offset: -16, Size: 8, Name: "_gc_next", CType: "uintptr_t", Value: "?"},
			LayoutField{Offset: -8, Size: 8, Name: "_gc_prev", CType: "uintptr_t", Value: "?"})
	}
	l.Fields = append(l.Fields,
		LayoutField{Offset: 0, Size: 8, Name: "ob_refcnt", CType: "Py_ssize_t", Value: "?"},
		LayoutField{Offset: 8, Size: 8, Name: "ob_type", CType: "PyTypeObject *", Value: m.pointerText(t.self), Ref: t.self})
	switch {
	case v.IsSmallInt() || v == True || v == False || m.intObj(v) != nil:
		l.Kind = "int"
		m.intFields(&l, v)
	case v.IsFloat():
		l.Kind = "float"
		l.Fields = append(l.Fields, LayoutField{Offset: 16, Size: 8, Name: "ob_fval", CType: "double",
			Value: strconv.FormatFloat(v.FloatVal(), 'g', -1, 64)})
	default:
		m.objectFields(&l, v, t)
	}
	if iv := m.inlineValues(v); iv != nil {
		l.Blocks = append(l.Blocks, m.valuesBlock(t, iv))
	}
	return l
}

// layoutSize is sys.getsizeof without running __sizeof__ overrides.
func (m *Machine) layoutSize(v Value, t *Type) int {
	if !v.IsRef() {
		if v.IsFloat() {
			return 24
		}
		return intSize(m, v)
	}
	if s, ok := m.obj(v).(sizer); ok {
		return s.sizeOf()
	}
	if m.intObj(v) != nil || v == True || v == False {
		return intSize(m, v) + preHeaderSize(t)
	}
	return m.objectSizeof(v) + preHeaderSize(t)
}

// intSize is an int's getsizeof: 24 bytes and 4 per 30-bit digit, at
// least one.
func intSize(m *Machine, v Value) int {
	n := len(intDigits(m, v))
	if n == 0 {
		n = 1
	}
	return 24 + 4*n
}

// intDigits are the int's 30-bit digits, least significant first (none
// for zero), as PyLongObject keeps them.
func intDigits(m *Machine, v Value) []uint32 {
	b, ok := m.BigInt(v)
	if !ok {
		return nil
	}
	b.Abs(b)
	var d []uint32
	mask := big.NewInt(1<<30 - 1)
	for b.Sign() > 0 {
		d = append(d, uint32(new(big.Int).And(b, mask).Uint64()))
		b.Rsh(b, 30)
	}
	return d
}

func (m *Machine) intFields(l *Layout, v Value) {
	digits := intDigits(m, v)
	size := len(digits)
	if b, _ := m.BigInt(v); b.Sign() < 0 {
		size = -size
	}
	l.Fields = append(l.Fields, LayoutField{Offset: 16, Size: 8, Name: "ob_size", CType: "Py_ssize_t", Value: itoa(size)})
	if len(digits) == 0 {
		digits = []uint32{0}
	}
	for i, d := range digits {
		l.Fields = append(l.Fields, LayoutField{Offset: 24 + 4*i, Size: 4, Name: "ob_digit[" + itoa(i) + "]",
			CType: "digit", Value: strconv.FormatUint(uint64(d), 10)})
	}
}

// managedDictFields are the two managed-dict pointers before the GC head.
func (m *Machine) managedDictFields(v Value) []LayoutField {
	values, dict := "NULL", "NULL"
	var dictRef Value
	if o, ok := m.obj0(v).(*Instance); ok {
		if o.values != nil {
			values = hexAddr(m.FakeAddress(v) + 0x1000) // a separate allocation
		}
		if o.dict != nil {
			dict = m.pointerText(o.dict.self)
			dictRef = o.dict.self
		}
	} else if x := m.extra(v, false); x != nil && x.dict != nil {
		dict = m.pointerText(x.dict.self)
		dictRef = x.dict.self
	}
	return []LayoutField{
		{Offset: -32, Size: 8, Name: "values", CType: "PyDictValues *", Value: values},
		{Offset: -24, Size: 8, Name: "dict", CType: "PyObject *", Value: dict, Ref: dictRef},
	}
}

// valuesBlock describes an instance's inline values: the prefix bytes
// (insertion order, count, prefix size) and the values over the shared
// keys.
func (m *Machine) valuesBlock(t *Type, iv *instanceValues) LayoutBlock {
	size := len(iv.vals)
	prefix := (size + 2 + 7) &^ 7
	b := LayoutBlock{Name: "PyDictValues", Size: prefix + 8*size}
	b.Fields = append(b.Fields,
		LayoutField{Offset: -1, Size: 1, Name: "prefix size", CType: "uint8_t", Value: itoa(prefix)},
		LayoutField{Offset: -2, Size: 1, Name: "used", CType: "uint8_t", Value: itoa(len(iv.order))})
	for i, o := range iv.order {
		b.Fields = append(b.Fields, LayoutField{Offset: -3 - i, Size: 1, Name: "order[" + itoa(i) + "]",
			CType: "uint8_t", Value: itoa(int(o))})
	}
	k := t.CachedKeys
	for i, v := range iv.vals {
		name := "values[" + itoa(i) + "]"
		if k != nil && i < len(k.entries) && k.entries[i].key != Null {
			name += " " + m.str(k.entries[i].key).S
		}
		b.Fields = append(b.Fields, LayoutField{Offset: 8 * i, Size: 8, Name: name, CType: "PyObject *",
			Value: m.pointerText(v), Ref: v})
	}
	return b
}

// objectFields adds the kind-specific fields of a heap object.
func (m *Machine) objectFields(l *Layout, v Value, t *Type) {
	switch o := m.obj(v).(type) {
	case *Instance:
		l.Kind = "instance"
		m.slotFields(l, v, t)
	case *Str:
		l.Kind = "str"
		m.strFields(l, o)
	case *Tuple:
		l.Kind = "tuple"
		l.Fields = append(l.Fields, LayoutField{Offset: 16, Size: 8, Name: "ob_size", CType: "Py_ssize_t", Value: itoa(len(o.Items))})
		for i, it := range o.Items {
			l.Fields = append(l.Fields, LayoutField{Offset: 24 + 8*i, Size: 8, Name: "ob_item[" + itoa(i) + "]",
				CType: "PyObject *", Value: m.pointerText(it), Ref: it})
		}
	case *List:
		l.Kind = "list"
		items := "NULL"
		if o.Allocated > 0 {
			items = hexAddr(m.FakeAddress(v) + 0x2000)
		}
		l.Fields = append(l.Fields,
			LayoutField{Offset: 16, Size: 8, Name: "ob_size", CType: "Py_ssize_t", Value: itoa(len(o.Items))},
			LayoutField{Offset: 24, Size: 8, Name: "ob_item", CType: "PyObject **", Value: items},
			LayoutField{Offset: 32, Size: 8, Name: "allocated", CType: "Py_ssize_t", Value: itoa(o.Allocated)})
		if o.Allocated > 0 {
			b := LayoutBlock{Name: "ob_item array", Size: 8 * o.Allocated}
			for i := 0; i < o.Allocated; i++ {
				f := LayoutField{Offset: 8 * i, Size: 8, Name: "[" + itoa(i) + "]", CType: "PyObject *", Value: "(unused)"}
				if i < len(o.Items) {
					f.Value, f.Ref = m.pointerText(o.Items[i]), o.Items[i]
				}
				b.Fields = append(b.Fields, f)
			}
			l.Blocks = append(l.Blocks, b)
		}
	case *Dict:
		l.Kind = "dict"
		values := "NULL"
		if o.values != nil {
			values = hexAddr(m.FakeAddress(v) + 0x1000)
		}
		l.Fields = append(l.Fields,
			LayoutField{Offset: 16, Size: 8, Name: "ma_used", CType: "Py_ssize_t", Value: itoa(o.used)},
			LayoutField{Offset: 24, Size: 8, Name: "ma_version_tag", CType: "uint64_t", Value: strconv.FormatUint(o.version, 10)},
			LayoutField{Offset: 32, Size: 8, Name: "ma_keys", CType: "PyDictKeysObject *", Value: hexAddr(m.FakeAddress(v) + 0x2000)},
			LayoutField{Offset: 40, Size: 8, Name: "ma_values", CType: "PyDictValues *", Value: values})
		l.Blocks = append(l.Blocks, m.keysBlock(o.keys))
	case *BaseException:
		l.Kind = "exception"
		for i, f := range [...]struct {
			name string
			v    Value
		}{{"dict", dictValue(o.dict)}, {"args", o.Args}, {"notes", o.Notes}, {"traceback", o.Traceback},
			{"context", o.Context}, {"cause", o.Cause}} {
			l.Fields = append(l.Fields, LayoutField{Offset: 16 + 8*i, Size: 8, Name: f.name, CType: "PyObject *",
				Value: m.pointerText(f.v), Ref: f.v})
		}
		sc := "0"
		if o.SuppressContext {
			sc = "1"
		}
		l.Fields = append(l.Fields, LayoutField{Offset: 64, Size: 1, Name: "suppress_context", CType: "char", Value: sc})
		m.slotFields(l, v, t)
	case *Type:
		l.Kind = "type"
		m.typeFields(l, o)
	default:
		if t.IsHeap() {
			m.slotFields(l, v, t)
		}
	}
}

func dictValue(d *Dict) Value {
	if d == nil {
		return Null
	}
	return d.self
}

// slotFields adds the fields a class adds to its builtin base: __slots__
// members, __weakref__ and a non-managed __dict__ slot.
func (m *Machine) slotFields(l *Layout, v Value, t *Type) {
	base := builtinBase(t)
	if base == t {
		return
	}
	slots := m.slotStorage(v)
	names := map[int]string{}
	for _, c := range t.MRO {
		if !c.IsHeap() {
			break
		}
		off := c.Base.BasicSize
		for _, n := range c.slotNames {
			names[off] = n
			off += 8
		}
	}
	for off := base.BasicSize; off < t.BasicSize; off += 8 {
		f := LayoutField{Offset: off, Size: 8, CType: "PyObject *"}
		idx := (off - base.BasicSize) / 8
		switch {
		case names[off] != "":
			f.Name = names[off]
			if idx < len(slots) {
				f.Value, f.Ref = m.pointerText(slots[idx]), slots[idx]
			}
		case off == t.WeakrefOffset:
			f.Name, f.Value = "__weakref__", "NULL"
		default:
			f.Name, f.Value = "__dict__", "NULL"
			if dp := m.dictPointer(v); dp != nil && *dp != nil {
				f.Value, f.Ref = m.pointerText((*dp).self), (*dp).self
			}
		}
		l.Fields = append(l.Fields, f)
	}
}

// strFields adds PyASCIIObject / PyCompactUnicodeObject fields.
func (m *Machine) strFields(l *Layout, s *Str) {
	n, kind, ascii := strKind(s.S)
	state := 0
	if s.interned {
		state = 1
	}
	state |= kind<<2 | 1<<5 | 1<<7
	if ascii {
		state |= 1 << 6
	}
	hash := "-1"
	if s.hashed {
		hash = strconv.FormatInt(s.hash, 10)
	}
	l.Fields = append(l.Fields,
		LayoutField{Offset: 16, Size: 8, Name: "length", CType: "Py_ssize_t", Value: itoa(n)},
		LayoutField{Offset: 24, Size: 8, Name: "hash", CType: "Py_hash_t", Value: hash},
		LayoutField{Offset: 32, Size: 4, Name: "state", CType: "struct (interned:2 kind:3 compact:1 ascii:1 ready:1)",
			Value: "0x" + strconv.FormatUint(uint64(state), 16)},
		LayoutField{Offset: 40, Size: 8, Name: "wstr", CType: "wchar_t *", Value: "NULL"})
	data := 48
	if !ascii {
		data = 72
		l.Fields = append(l.Fields,
			LayoutField{Offset: 48, Size: 8, Name: "utf8_length", CType: "Py_ssize_t", Value: "0"},
			LayoutField{Offset: 56, Size: 8, Name: "utf8", CType: "char *", Value: "NULL"},
			LayoutField{Offset: 64, Size: 8, Name: "wstr_length", CType: "Py_ssize_t", Value: "0"})
	}
	text := s.S
	if len(text) > 60 {
		text = text[:60] + "…"
	}
	l.Fields = append(l.Fields, LayoutField{Offset: data, Size: (n + 1) * kind, Name: "data",
		CType: [...]string{"", "Py_UCS1[]", "Py_UCS2[]", "", "Py_UCS4[]"}[kind], Value: strconv.Quote(text)})
}

// strKind returns a str's length in code points, its kind (bytes per
// code point) and whether it is ASCII, as PyUnicode_New chooses them.
func strKind(s string) (n, kind int, ascii bool) {
	maxc := rune(0)
	for _, r := range decodeSurrogateText(s) {
		n++
		if r > maxc {
			maxc = r
		}
	}
	switch {
	case maxc < 0x80:
		return n, 1, true
	case maxc < 0x100:
		return n, 1, false
	case maxc < 0x10000:
		return n, 2, false
	}
	return n, 4, false
}

// decodeSurrogateText decodes UTF-8 text whose lone surrogates are in
// 3-byte form (Go's decoder would see them as errors).
func decodeSurrogateText(s string) []rune {
	var out []rune
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < 0x80:
			out = append(out, rune(c))
			i++
		case c < 0xE0 && i+1 < len(s):
			out = append(out, rune(c&0x1F)<<6|rune(s[i+1]&0x3F))
			i += 2
		case c < 0xF0 && i+2 < len(s):
			out = append(out, rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F))
			i += 3
		case i+3 < len(s):
			out = append(out, rune(c&0x07)<<18|rune(s[i+1]&0x3F)<<12|rune(s[i+2]&0x3F)<<6|rune(s[i+3]&0x3F))
			i += 4
		default:
			out = append(out, rune(c))
			i++
		}
	}
	return out
}

// typeFields adds the PyTypeObject fields the explorer cares about (and
// PyHeapTypeObject's for a class).
func (m *Machine) typeFields(l *Layout, t *Type) {
	ptr := func(off int, name string, v Value) LayoutField {
		return LayoutField{Offset: off, Size: 8, Name: name, CType: "PyObject *", Value: m.pointerText(v), Ref: v}
	}
	num := func(off, size int, name, ctype string, n int64) LayoutField {
		return LayoutField{Offset: off, Size: size, Name: name, CType: ctype, Value: strconv.FormatInt(n, 10)}
	}
	var base Value
	if t.Base != nil {
		base = t.Base.self
	}
	mro := Null
	if t.MRO != nil {
		mro = m.typesTuple(t.MRO)
	}
	l.Fields = append(l.Fields,
		num(16, 8, "ob_size", "Py_ssize_t", int64(len(t.slotNames))),
		LayoutField{Offset: 24, Size: 8, Name: "tp_name", CType: "const char *", Value: strconv.Quote(tpName(t))},
		num(32, 8, "tp_basicsize", "Py_ssize_t", int64(t.BasicSize)),
		num(40, 8, "tp_itemsize", "Py_ssize_t", int64(t.ItemSize)),
		LayoutField{Offset: 168, Size: 8, Name: "tp_flags", CType: "unsigned long",
			Value: "0x" + strconv.FormatUint(uint64(m.typeFlags(t)), 16)},
		num(208, 8, "tp_weaklistoffset", "Py_ssize_t", int64(t.WeakrefOffset)),
		ptr(256, "tp_base", base),
		ptr(264, "tp_dict", dictValue(t.Dict)),
		num(288, 8, "tp_dictoffset", "Py_ssize_t", int64(t.DictOffset)),
		ptr(336, "tp_bases", Null),
		ptr(344, "tp_mro", mro),
		num(384, 4, "tp_version_tag", "unsigned int", int64(t.VersionTag)))
	if t.IsHeap() {
		keys := "NULL"
		if t.CachedKeys != nil {
			keys = hexAddr(m.FakeAddress(t.self) + 0x3000)
		}
		l.Fields = append(l.Fields,
			LayoutField{Offset: 848, Size: 8, Name: "ht_name", CType: "PyObject *", Value: strconv.Quote(t.Name)},
			LayoutField{Offset: 856, Size: 8, Name: "ht_slots", CType: "PyObject *", Value: "(" + strings.Join(t.slotNames, ", ") + ")"},
			LayoutField{Offset: 864, Size: 8, Name: "ht_qualname", CType: "PyObject *", Value: strconv.Quote(m.typeQualName(t))},
			LayoutField{Offset: 872, Size: 8, Name: "ht_cached_keys", CType: "PyDictKeysObject *", Value: keys})
		if t.CachedKeys != nil {
			l.Blocks = append(l.Blocks, m.keysBlock(t.CachedKeys))
		}
	}
}

// keysBlock describes a PyDictKeysObject: its header and entries.
func (m *Machine) keysBlock(k *DictKeys) LayoutBlock {
	b := LayoutBlock{Name: "PyDictKeysObject", Size: dictKeysSize(k)}
	kind := [...]string{"DICT_KEYS_GENERAL", "DICT_KEYS_UNICODE", "DICT_KEYS_SPLIT"}[k.kind]
	b.Fields = append(b.Fields,
		LayoutField{Offset: 0, Size: 8, Name: "dk_refcnt", CType: "Py_ssize_t", Value: "?"},
		LayoutField{Offset: 8, Size: 1, Name: "dk_log2_size", CType: "uint8_t", Value: itoa(int(k.log2Size))},
		LayoutField{Offset: 10, Size: 1, Name: "dk_kind", CType: "uint8_t", Value: kind},
		LayoutField{Offset: 12, Size: 4, Name: "dk_version", CType: "uint32_t", Value: strconv.FormatUint(uint64(k.version), 10)},
		LayoutField{Offset: 16, Size: 8, Name: "dk_usable", CType: "Py_ssize_t", Value: itoa(k.usable)},
		LayoutField{Offset: 24, Size: 8, Name: "dk_nentries", CType: "Py_ssize_t", Value: itoa(k.nentries)})
	idx := 32 + (1 << k.log2Size)
	if k.log2Size >= 8 {
		idx = 32 + (1<<k.log2Size)*2
	}
	es := 16
	if k.kind == keysGeneral {
		es = 24
	}
	for i, e := range k.entries {
		f := LayoutField{Offset: idx + es*i, Size: es, Name: "entry[" + itoa(i) + "]", CType: "PyDictKeyEntry"}
		if e.key == Null {
			f.Value = "(deleted)"
		} else {
			f.Value, f.Ref = m.pointerText(e.key), e.key
			if k.kind != keysSplit && e.value != Null {
				f.Value += " : " + m.pointerText(e.value)
			}
		}
		b.Fields = append(b.Fields, f)
	}
	return b
}

// pointerText renders a pointer field: NULL, or the address and a short
// description of the object, computed without running Python code.
func (m *Machine) pointerText(v Value) string {
	if v == Null {
		return "NULL"
	}
	return hexAddr(m.FakeAddress(v)) + " → " + m.shortRepr(v)
}

// shortRepr describes v without calling Python: the literal of a small
// builtin value, else <type object>.
func (m *Machine) shortRepr(v Value) string {
	switch {
	case v == None:
		return "None"
	case v == True:
		return "True"
	case v == False:
		return "False"
	case v.IsSmallInt():
		return strconv.FormatInt(v.SmallInt(), 10)
	case v.IsFloat():
		f := v.FloatVal()
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return strconv.FormatFloat(f, 'g', -1, 64)
		}
		return strconv.FormatFloat(f, 'g', 17, 64)
	}
	switch o := m.obj(v).(type) {
	case *Str:
		s := o.S
		if len(s) > 40 {
			s = s[:40] + "…"
		}
		return strconv.Quote(s)
	case *Int:
		if o.big == nil {
			return strconv.FormatInt(o.small, 10)
		}
		s := o.big.String()
		if len(s) > 40 {
			s = s[:40] + "…"
		}
		return s
	case *Type:
		return "<class '" + tpName(o) + "'>"
	}
	return "<" + tpName(m.TypeOf(v)) + " object>"
}
