package vm

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quicken-py/quicken/vm/constant"
)

// What the explorer reads of a stopped Machine. Nothing here runs Python
// code, allocates on the Python heap or changes any state the program
// could observe: the explorer may look at a paused program at any
// instruction, and the run (and every replay of it) must go on exactly
// as if nobody had looked.

// SysModules returns sys.modules (nil before the sys module exists).
func (m *Machine) SysModules() *Dict { return m.modules }

// BuiltinsDict returns the builtins module's namespace.
func (m *Machine) BuiltinsDict() *Dict { return m.builtins }

// EntryKey returns the key of entry ix of k (Null if ix is out of range
// or the entry was deleted): the name a cached index stands for.
func (k *DictKeys) EntryKey(ix int) Value {
	if ix < 0 || ix >= k.nentries {
		return Null
	}
	return k.entries[ix].key
}

// SafeRepr describes v in at most max runes without running Python code:
// what the explorer shows for a value while the program is stopped. It
// reads as repr(v) does in CPython 3.11 for the builtin types (ints and
// floats as repr() spells them, strs and bytes quoted, containers with
// their items, "<function f at 0x…>"), cut with "…" when longer. An
// instance of a class statement is shown as object.__repr__ shows it
// ("<__main__.P object at 0x…>"), whatever its __repr__ would say; so is
// an instance of a builtin subclass whose class defines __repr__.
// Recursive containers show "[...]" as repr does.
func (m *Machine) SafeRepr(v Value, max int) string {
	if max <= 0 {
		return ""
	}
	w := reprWriter{m: m, limit: max + 1}
	w.value(v)
	s := w.b.String()
	if w.runes > max {
		s = cutRunes(s, max-1) + "…"
	}
	return s
}

// cutRunes returns the first n runes of s.
func cutRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// reprWriter builds a repr up to limit runes: past it, nothing more is
// produced, so a list of a million items costs what its first few
// items do.
type reprWriter struct {
	m      *Machine
	b      strings.Builder
	runes  int
	limit  int
	active []Value // containers being written (Py_ReprEnter)
}

func (w *reprWriter) full() bool { return w.runes >= w.limit }

func (w *reprWriter) str(s string) {
	if w.full() {
		return
	}
	// Only as much as can still be shown.
	room := w.limit - w.runes
	if len(s) > room {
		if n := utf8.RuneCountInString(s); n > room {
			s = cutRunes(s, room)
		}
	}
	w.b.WriteString(s)
	w.runes += utf8.RuneCountInString(s)
}

func (w *reprWriter) addr(v Value) { w.str(hexAddr(w.m.FakeAddress(v))) }

// enter is Py_ReprEnter: false if v is already being written further up.
func (w *reprWriter) enter(v Value) bool {
	for _, a := range w.active {
		if a == v {
			return false
		}
	}
	w.active = append(w.active, v)
	return true
}

func (w *reprWriter) leave() { w.active = w.active[:len(w.active)-1] }

// items writes open, the items' reprs separated by ", ", and close
// (for sequences and sets).
func (w *reprWriter) items(open string, items []Value, close string) {
	w.str(open)
	for i, x := range items {
		if w.full() {
			return
		}
		if i > 0 {
			w.str(", ")
		}
		w.value(x)
	}
	w.str(close)
}

func (w *reprWriter) value(v Value) {
	m := w.m
	switch {
	case v == Null:
		w.str("<NULL>")
		return
	case v == None:
		w.str("None")
		return
	case v == True:
		w.str("True")
		return
	case v == False:
		w.str("False")
		return
	case v == Ellipsis:
		w.str("Ellipsis")
		return
	case v == NotImplemented:
		w.str("NotImplemented")
		return
	case v.IsSmallInt():
		w.str(strconv.FormatInt(v.SmallInt(), 10))
		return
	case v.IsFloat():
		w.str(constant.Float(v.FloatVal()).Repr())
		return
	}
	var o Object
	if int(v) < len(m.heap.objs) {
		o = m.obj0(v)
	}
	if o == nil {
		w.str("<freed object " + strconv.FormatUint(uint64(v), 10) + ">")
		return
	}
	t := m.TypeOf(v)
	if t.IsHeap() && sameSlot(t.Repr, slotTpRepr) {
		// The class (or one between it and the builtin) defines
		// __repr__ in Python: never call it.
		w.object(v, t)
		return
	}
	switch o := o.(type) {
	case *Int:
		w.int(o)
	case *Float:
		w.str(constant.Float(o.V).Repr())
	case *Str:
		w.quoted(o.S, false)
	case *Bytes:
		w.quoted(o.B, true)
	case *ByteArray:
		w.str(t.Name + "(")
		w.quoted(string(o.B), true)
		w.str(")")
	case *Complex:
		w.str(constant.Complex(o.V).Repr())
	case *Tuple:
		w.tuple(v, o.Items)
	case *List:
		if len(o.Items) == 0 {
			w.str("[]")
			return
		}
		if !w.enter(v) {
			w.str("[...]")
			return
		}
		w.items("[", o.Items, "]")
		w.leave()
	case *Dict:
		w.dict(v, o)
	case *Set:
		w.set(v, o, t)
	case *Type:
		w.class(o)
	case *Function:
		w.str("<function " + w.text(o.QualName, "?") + " at ")
		w.addr(v)
		w.str(">")
	case *Method:
		w.str("<bound method " + w.funcName(o.Func) + " of ")
		w.value(o.Self)
		w.str(">")
	case *BuiltinFunction:
		if o.Self == Null || m.isModule(o.Self) {
			w.str("<built-in function " + o.Def.Name + ">")
			return
		}
		w.str("<built-in method " + o.Def.Name + " of " + m.TypeOf(o.Self).Name + " object at ")
		w.addr(o.Self)
		w.str(">")
	case *MethodDescriptor:
		w.str("<method '" + o.Def.Name + "' of '" + tpName(o.Owner) + "' objects>")
	case *GetSetDescriptor:
		w.str("<attribute '" + o.Def.Name + "' of '" + tpName(o.Owner) + "' objects>")
	case *MemberDescriptor:
		w.str("<member '" + w.text(o.Name, "?") + "' of '" + tpName(o.Owner) + "' objects>")
	case *Cell:
		w.str("<cell at ")
		w.addr(v)
		if o.V == Null {
			w.str(": empty>")
			return
		}
		w.str(": " + m.TypeOf(o.V).Name + " object at ")
		w.addr(o.V)
		w.str(">")
	case *Code:
		w.str("<code object " + o.Code.Name + " at ")
		w.addr(v)
		w.str(", file \"" + o.Filename + "\", line " + strconv.Itoa(o.FirstLineNo) + ">")
	case *Range:
		w.str("range(")
		w.value(o.Start)
		w.str(", ")
		w.value(o.Stop)
		if i, ok := m.Int64(o.Step); !ok || i != 1 {
			w.str(", ")
			w.value(o.Step)
		}
		w.str(")")
	case *sliceObject:
		w.str("slice(")
		w.value(o.Start)
		w.str(", ")
		w.value(o.Stop)
		w.str(", ")
		w.value(o.Step)
		w.str(")")
	case *Module:
		w.module(o)
	case *Generator:
		kind := "generator"
		if t == m.types.Coroutine {
			kind = "coroutine"
		}
		w.str("<" + kind + " object " + w.text(o.QualName, "?") + " at ")
		w.addr(v)
		w.str(">")
	case *AsyncGenerator:
		w.str("<async_generator object " + w.text(o.QualName, "?") + " at ")
		w.addr(v)
		w.str(">")
	case *callableWrapper:
		w.str("<" + t.Name + "(")
		if o.Callable == Null {
			w.str("NULL")
		} else {
			w.value(o.Callable)
		}
		w.str(")>")
	case *MappingProxy:
		w.str("mappingproxy(")
		w.value(o.Mapping)
		w.str(")")
	case *dictView:
		w.dictView(v, o, t)
	case *BaseException:
		if !sameSlot(t.Repr, excRepr) {
			w.object(v, t)
			return
		}
		name := t.Name
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
		w.str(name)
		if items := m.excArgs(o); len(items) == 1 {
			w.str("(")
			w.value(items[0])
			w.str(")")
		} else {
			w.tuple(o.Args, items)
		}
	default:
		w.object(v, t)
	}
}

// text returns the Go text of a str value, or alt.
func (w *reprWriter) text(v Value, alt string) string {
	if s := w.m.str(v); s != nil {
		return s.S
	}
	return alt
}

// funcName is what method_repr names a bound method's function by: its
// __qualname__, else __name__, read from the object without running
// code.
func (w *reprWriter) funcName(fn Value) string {
	switch f := w.m.obj0(fn).(type) {
	case *Function:
		return w.text(f.QualName, "?")
	case *BuiltinFunction:
		return w.m.builtinQualName(f)
	case *MethodDescriptor:
		return w.m.typeQualName(f.Owner) + "." + f.Def.Name
	}
	return "?"
}

// object writes object.__repr__'s form: <module.QualName object at 0x…>.
func (w *reprWriter) object(v Value, t *Type) {
	w.str("<" + w.typeName(t) + " object at ")
	w.addr(v)
	w.str(">")
}

// typeName is the class's name as type_repr and object_repr print it:
// module-qualified unless builtin.
func (w *reprWriter) typeName(t *Type) string {
	mod := "builtins"
	if t.IsHeap() {
		mod = ""
		if s := w.m.str(w.m.strLookup(t.Dict, "__module__")); s != nil {
			mod = s.S
		}
	} else if t.Module != "" {
		mod = t.Module
	}
	if mod != "" && mod != "builtins" {
		return mod + "." + w.m.typeQualName(t)
	}
	return tpName(t)
}

func (w *reprWriter) class(t *Type) { w.str("<class '" + w.typeName(t) + "'>") }

func (w *reprWriter) int(o *Int) {
	if o.big == nil {
		w.str(strconv.FormatInt(o.small, 10))
		return
	}
	// CPython 3.11 refuses to convert an int of more than 4300 digits
	// (repr raises ValueError); past some size the digits are not worth
	// computing for a glance either.
	if n := o.big.BitLen(); n > 1<<16 {
		w.str("<int of " + strconv.Itoa(n) + " bits>")
		return
	}
	w.str(o.big.String())
}

// quoted writes a str's (or a bytes') repr. A long text is cut before
// it is escaped, keeping the quote the whole text would get.
func (w *reprWriter) quoted(s string, isBytes bool) {
	room := w.limit - w.runes
	if room <= 0 {
		return
	}
	cut := s
	if isBytes {
		if len(cut) > room {
			cut = cut[:room]
		}
	} else {
		cut = cutCodePoints(s, room)
	}
	var force string
	if len(cut) < len(s) {
		// repr picks double quotes only for a text with ' and no ";
		// make the prefix pick what the whole text picks.
		single := strings.IndexByte(s, '\'') >= 0
		double := strings.IndexByte(s, '"') >= 0
		switch {
		case single && !double:
			force = "'"
		case single && double:
			force = "\""
		}
		cut += force
	}
	var r string
	if isBytes {
		r = constant.Bytes(cut).Repr()
	} else {
		r = constant.Str(cut).Repr()
	}
	if force != "" {
		// The forced character is the last before the closing quote;
		// everything past the cut is dropped anyway.
		r = r[:len(r)-2]
	}
	w.str(r)
}

// cutCodePoints returns the first n code points of a str's text (UTF-8,
// lone surrogates in their 3-byte form).
func cutCodePoints(s string, n int) string {
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			if n == 0 {
				return s[:i]
			}
			n--
		}
	}
	return s
}

func (w *reprWriter) tuple(v Value, items []Value) {
	if len(items) == 0 {
		w.str("()")
		return
	}
	if !w.enter(v) {
		w.str("(...)")
		return
	}
	close := ")"
	if len(items) == 1 {
		close = ",)"
	}
	w.items("(", items, close)
	w.leave()
}

func (w *reprWriter) dict(v Value, d *Dict) {
	if d.used == 0 {
		w.str("{}")
		return
	}
	if !w.enter(v) {
		w.str("{...}")
		return
	}
	w.str("{")
	first := true
	d.Items(func(k, x Value) bool {
		if w.full() {
			return false
		}
		if !first {
			w.str(", ")
		}
		first = false
		w.value(k)
		w.str(": ")
		w.value(x)
		return true
	})
	w.str("}")
	w.leave()
}

func (w *reprWriter) set(v Value, s *Set, t *Type) {
	name := t.Name
	if s.used == 0 {
		w.str(name + "()")
		return
	}
	if !w.enter(v) {
		w.str(name + "(...)")
		return
	}
	open, close := "{", "}"
	if t != w.m.types.Set {
		open, close = name+"({", "})"
	}
	w.str(open)
	first := true
	for pos := 0; !w.full(); pos++ {
		i, ok := s.next(pos)
		if !ok {
			break
		}
		pos = i
		if !first {
			w.str(", ")
		}
		first = false
		w.value(s.table[i].key)
	}
	w.str(close)
	w.leave()
}

// dictView writes dict_keys([...]), dict_values([...]) or
// dict_items([(k, v), ...]).
func (w *reprWriter) dictView(v Value, dv *dictView, t *Type) {
	d := w.m.dict(dv.dict)
	if d == nil {
		w.object(v, t)
		return
	}
	if !w.enter(v) {
		w.str("...")
		return
	}
	w.str(t.Name + "([")
	first := true
	ct := &w.m.types.ct
	d.Items(func(k, x Value) bool {
		if w.full() {
			return false
		}
		if !first {
			w.str(", ")
		}
		first = false
		switch t {
		case ct.DictValues:
			w.value(x)
		case ct.DictItems:
			w.str("(")
			w.value(k)
			w.str(", ")
			w.value(x)
			w.str(")")
		default:
			w.value(k)
		}
		return true
	})
	w.str("])")
	w.leave()
}

// module writes module_repr's result as importlib would give it for
// quicken's modules: from __file__, else the spec's origin
// ("(built-in)").
func (w *reprWriter) module(mo *Module) {
	m := w.m
	name := "'?'"
	if s := m.str(m.strLookup(mo.Dict, "__name__")); s != nil {
		name = constant.Str(s.S).Repr()
	}
	if s := m.str(m.strLookup(mo.Dict, "__file__")); s != nil {
		w.str("<module " + name + " from " + constant.Str(s.S).Repr() + ">")
		return
	}
	if spec, ok := m.obj0(m.strLookup(mo.Dict, "__spec__")).(*moduleSpecObj); ok && spec.dict != nil {
		if s := m.str(m.strLookup(spec.dict, "origin")); s != nil {
			w.str("<module " + name + " (" + s.S + ")>")
			return
		}
	}
	w.str("<module " + name + ">")
}

// strLookup returns d[name] for an exact-str key without hashing or
// comparing through Python code (a linear walk over the entries; nil d
// or a missing key give Null).
func (m *Machine) strLookup(d *Dict, name string) Value {
	if d == nil {
		return Null
	}
	found := Null
	d.Items(func(k, v Value) bool {
		if s := m.str(k); s != nil && s.S == name {
			found = v
			return false
		}
		return true
	})
	return found
}
