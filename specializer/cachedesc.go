package specializer

import (
	"fmt"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// Decoding inline caches for the explorer. The cache of an instruction
// is read as its current form reads it (CPython 3.11 ceval.c and
// specialize.c): the same words mean a type's version tag under
// LOAD_ATTR_INSTANCE_VALUE and a module dict's keys version under
// LOAD_ATTR_MODULE. Fields a form does not read keep whatever an earlier
// specialization of the site wrote there, as in CPython; they are shown
// as such.

// CacheEntry is one field of an instruction's inline cache, decoded.
type CacheEntry struct {
	// Name is the field's name in CPython 3.11's cache struct
	// ("counter", "type_version", "index", …).
	Name string
	// Words are the field's raw 16-bit code units, in order.
	Words []uint16
	// Value is the field's value (words little-endian; a descr field is
	// the cached object's handle).
	Value uint64
	// Text says what the value means, in words ("value 3 · backoff 5",
	// "12 → class P", "0 → 'x'").
	Text string
}

// DescribeCache decodes the inline cache of the instruction at code unit
// at of c, as the instruction's current form reads it. It returns nil
// for an instruction without a cache. It runs no Python code and changes
// nothing in m.
func DescribeCache(m *vm.Machine, c *vm.Code, at int) []CacheEntry {
	units := c.Units
	if at < 0 || at >= len(units) {
		return nil
	}
	form := op.Opcode(units[at] & 0xff)
	format := form.CacheFormat()
	n := form.Caches()
	if len(format) == 0 || at+n >= len(units) {
		return nil
	}
	d := &cacheReader{m: m, c: c, at: at, form: form, oparg: opargAt(units, at), cache: units[at+1 : at+1+n]}
	entries := make([]CacheEntry, 0, len(format))
	off := 0
	for _, f := range format {
		words := append([]uint16(nil), d.cache[off:off+f.Size]...)
		var v uint64
		for i, w := range words {
			v |= uint64(w) << (16 * i)
		}
		entries = append(entries, CacheEntry{Name: f.Name, Words: words, Value: v, Text: d.describe(f.Name, v)})
		off += f.Size
	}
	return entries
}

// opargAt returns the full oparg of the instruction at at, with its
// EXTENDED_ARG prefixes folded in. It decodes from the start of the
// code: a cache unit may look like an EXTENDED_ARG.
func opargAt(units []uint16, at int) int {
	ext := 0
	for i := 0; i < len(units); {
		o := op.Opcode(units[i] & 0xff)
		arg := ext<<8 | int(units[i]>>8)
		if i == at {
			return arg
		}
		ext = 0
		if o == op.EXTENDED_ARG || o == op.EXTENDED_ARG_QUICK {
			ext = arg
		}
		i += 1 + o.Caches()
	}
	return int(units[at] >> 8)
}

// cacheReader decodes the cache of one instruction.
type cacheReader struct {
	m     *vm.Machine
	c     *vm.Code
	at    int
	form  op.Opcode
	oparg int
	cache []uint16
}

// describe says what field name, holding v, means to the current form.
func (d *cacheReader) describe(name string, v uint64) string {
	if name == "counter" {
		return d.counter(uint16(v))
	}
	if d.form.Kind() == op.Base {
		if !d.c.Quickened() {
			return d.notRead(fmt.Sprint(v), "the code is not quickened yet")
		}
		return d.notRead(fmt.Sprint(v), d.form.String()+" for good")
	}
	read, text := d.field(name, v)
	if !read {
		if v == 0 {
			text = "0"
		}
		return d.notRead(text, d.form.String())
	}
	return text
}

// notRead marks a field the current form does not read: 0, or what an
// earlier specialization of the site left.
func (d *cacheReader) notRead(text, by string) string {
	return text + " · not read (" + by + ")"
}

// counter is the first word: an adaptive form's countdown to its next
// attempt, a specialized form's miss budget, nothing in a base form.
func (d *cacheReader) counter(w uint16) string {
	switch d.form.Kind() {
	case op.Adaptive:
		value, backoff := int(w>>backoffBits), int(w&(1<<backoffBits-1))
		s := fmt.Sprintf("value %d · backoff %d", value, backoff)
		if why := d.unreachedCall(); why != "" {
			return s + " (" + why + ")"
		}
		// CPython 3.11: an execution with value 0 tries to specialize;
		// any other counts one down and runs the base instruction.
		switch value {
		case 0:
			return s + " (its next execution tries to specialize)"
		case 1:
			return s + " (its next execution is deferred, the one after tries to specialize)"
		}
		return s + fmt.Sprintf(" (its next %d executions are deferred, then one tries to specialize)", value)
	case op.Specialized:
		// CPython 3.11: each miss takes one off; the last sends the
		// site back to its adaptive form with adaptive_counter_start().
		left := int(w)
		s := fmt.Sprintf("%d of %d misses left", left, missStart)
		if used := missStart - left; used > 0 {
			s += fmt.Sprintf(" (%d so far)", used)
		}
		return s + fmt.Sprintf("; at 0 back to %s with value %d · backoff %d",
			adaptiveForm[d.form.Base()], counterStart>>backoffBits, counterStart&(1<<backoffBits-1))
	}
	if !d.c.Quickened() {
		return d.notRead(fmt.Sprint(w), "the code is not quickened yet")
	}
	return d.notRead(fmt.Sprint(w), d.form.String()+" for good: never specialized again")
}

// Counter constants of CPython 3.11 (pycore_code.h), as vm/specialize.go
// applies them.
const (
	backoffBits  = 4
	missStart    = 53
	counterStart = 31<<backoffBits | 5
)

// unreachedCall says why a CALL_ADAPTIVE is never executed: the PRECALL
// before it took a form that makes the call itself and jumps over it.
func (d *cacheReader) unreachedCall() string {
	if d.form != op.CALL_ADAPTIVE {
		return ""
	}
	pre := d.at - 1 - op.PRECALL.Caches()
	if pre < 0 {
		return ""
	}
	p := op.Opcode(d.c.Units[pre] & 0xff)
	if p.Base() != op.PRECALL || p.Kind() != op.Specialized || p == op.PRECALL_PYFUNC || p == op.PRECALL_BOUND_METHOD {
		return ""
	}
	return "never reached: " + p.String() + " makes the call itself"
}

// field decodes a field other than the counter; read is false when the
// current form ignores it.
func (d *cacheReader) field(name string, v uint64) (read bool, text string) {
	f := d.form
	switch f.Base() {
	case op.COMPARE_OP:
		if f.Kind() != op.Specialized {
			return false, fmt.Sprint(v)
		}
		return true, fmt.Sprintf("%d: %s", v, compareMaskWords(int(v)))
	case op.BINARY_SUBSCR:
		switch name {
		case "type_version":
			return f == op.BINARY_SUBSCR_GETITEM, d.typeVersion(uint32(v))
		case "func_version":
			return f == op.BINARY_SUBSCR_GETITEM, d.funcVersion(uint32(v))
		}
	case op.LOAD_ATTR, op.STORE_ATTR:
		return d.attrField(name, v)
	case op.LOAD_GLOBAL:
		return d.globalField(name, v)
	case op.LOAD_METHOD:
		return d.methodField(name, v)
	case op.CALL:
		return d.callField(name, v)
	}
	return false, fmt.Sprint(v)
}

// name returns co_names[i] (the attribute or global the site names).
func (d *cacheReader) name(i int) string {
	names := d.c.Code.Names
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return "?"
}

func (d *cacheReader) attrField(name string, v uint64) (bool, string) {
	f := d.form
	attr := d.name(d.oparg)
	version := uint32(d.read32(1))
	switch name {
	case "version":
		switch f {
		case op.LOAD_ATTR_MODULE:
			return true, d.moduleKeys(uint32(v))
		case op.LOAD_ATTR_INSTANCE_VALUE, op.LOAD_ATTR_SLOT, op.LOAD_ATTR_WITH_HINT,
			op.STORE_ATTR_INSTANCE_VALUE, op.STORE_ATTR_SLOT, op.STORE_ATTR_WITH_HINT:
			return true, d.typeVersion(uint32(v))
		}
		return false, fmt.Sprint(v)
	case "index":
		ix := int(v)
		switch f {
		case op.LOAD_ATTR_MODULE:
			return true, d.moduleIndex(version, ix, attr)
		case op.LOAD_ATTR_INSTANCE_VALUE, op.STORE_ATTR_INSTANCE_VALUE:
			return true, d.inlineIndex(version, ix, attr)
		case op.LOAD_ATTR_WITH_HINT, op.STORE_ATTR_WITH_HINT:
			return true, fmt.Sprintf("%d: hint, where '%s' is expected among the entries of the instance's __dict__", ix, attr)
		case op.LOAD_ATTR_SLOT, op.STORE_ATTR_SLOT:
			return true, slotOffset(ix, attr)
		}
		return false, fmt.Sprint(v)
	}
	return false, fmt.Sprint(v)
}

// slotOffset says what the byte offset a *_SLOT form caches reads.
func slotOffset(off int, attr string) string {
	if off == vm.DunderClassOffset {
		return fmt.Sprintf("%d: byte offset of ob_type, the object's class (%s)", off, attr)
	}
	return fmt.Sprintf("%d: byte offset of the member '%s' in the object", off, attr)
}

// inlineIndex says which attribute an index into the inline values is:
// the name at that index of the class's shared keys.
func (d *cacheReader) inlineIndex(version uint32, ix int, attr string) string {
	if t := d.m.TypeByVersion(version); t != nil && t.CachedKeys != nil {
		if s, ok := d.m.GoString(t.CachedKeys.EntryKey(ix)); ok {
			return fmt.Sprintf("%d → '%s' (entry %d of %s's shared keys: its slot in the inline values)", ix, s, ix, typeName(t))
		}
	}
	return fmt.Sprintf("%d: where '%s' was in the class's shared keys (slot in the inline values)", ix, attr)
}

func (d *cacheReader) globalField(name string, v uint64) (bool, string) {
	f := d.form
	label := d.name(d.oparg >> 1)
	switch name {
	case "index":
		switch f {
		case op.LOAD_GLOBAL_MODULE:
			return true, d.keysIndex(d.globals(), int(v), label)
		case op.LOAD_GLOBAL_BUILTIN:
			return true, d.keysIndex(d.m.BuiltinsDict(), int(v), label)
		}
	case "module_keys_version":
		switch f {
		case op.LOAD_GLOBAL_MODULE:
			return true, d.keysVersion(uint32(v), d.globals())
		case op.LOAD_GLOBAL_BUILTIN:
			return true, d.keysVersion(uint32(v), d.globals()) + "; guards that no global was added or deleted"
		}
	case "builtin_keys_version":
		if f == op.LOAD_GLOBAL_BUILTIN {
			return true, d.keysVersion(uint32(v), d.m.BuiltinsDict())
		}
	}
	return false, fmt.Sprint(v)
}

func (d *cacheReader) methodField(name string, v uint64) (bool, string) {
	f := d.form
	version := uint32(d.read32(1))
	switch name {
	case "type_version":
		switch f {
		case op.LOAD_METHOD_MODULE:
			// LOAD_ATTR_MODULE's layout overlaid: the module dict's
			// keys version.
			return true, d.moduleKeys(uint32(v)) + " · LOAD_ATTR_MODULE's version, overlaid"
		case op.LOAD_METHOD_WITH_VALUES, op.LOAD_METHOD_WITH_DICT, op.LOAD_METHOD_NO_DICT, op.LOAD_METHOD_CLASS:
			return true, d.typeVersion(uint32(v))
		}
	case "dict_offset":
		switch f {
		case op.LOAD_METHOD_MODULE:
			return true, d.moduleIndex(version, int(v), d.name(d.oparg)) + " · LOAD_ATTR_MODULE's index, overlaid"
		case op.LOAD_METHOD_WITH_DICT:
			off := int16(v)
			if off == vm.ManagedDictOffset {
				return true, fmt.Sprintf("%d: the managed __dict__ pointer, before the object header", off)
			}
			return true, fmt.Sprintf("%d: the __dict__ pointer's byte offset in the object", off)
		}
	case "keys_version":
		switch f {
		case op.LOAD_METHOD_WITH_VALUES:
			return true, d.sharedKeys(uint32(v), version)
		case op.LOAD_METHOD_WITH_DICT:
			return true, d.sharedKeys(uint32(v), version) + "; compared with the instance's __dict__ keys"
		}
	case "descr":
		switch f {
		case op.LOAD_METHOD_WITH_VALUES, op.LOAD_METHOD_WITH_DICT, op.LOAD_METHOD_NO_DICT, op.LOAD_METHOD_CLASS:
			return true, d.descr(vm.Value(v), version)
		}
	}
	return false, fmt.Sprint(v)
}

func (d *cacheReader) callField(name string, v uint64) (bool, string) {
	f := d.form
	switch name {
	case "func_version":
		return f == op.CALL_PY_EXACT_ARGS || f == op.CALL_PY_WITH_DEFAULTS, d.funcVersion(uint32(v))
	case "min_args":
		if f != op.CALL_PY_WITH_DEFAULTS {
			// CALL_PY_EXACT_ARGS checks co_argcount instead.
			return false, fmt.Sprint(v)
		}
		s := fmt.Sprintf("%d: called with at least %s", v, plural(int(v), "argument"))
		if fn := d.m.FuncByVersion(uint32(d.read32(1))); fn != nil {
			s += fmt.Sprintf(", at most %d; the rest from __defaults__", fn.Code.ArgCount)
		}
		return true, s
	}
	return false, fmt.Sprint(v)
}

// read32 reads the 32-bit field at cache unit off (the counter is 0).
func (d *cacheReader) read32(off int) uint64 {
	return uint64(d.cache[off]) | uint64(d.cache[off+1])<<16
}

// typeVersion says which class has version tag v now.
func (d *cacheReader) typeVersion(v uint32) string {
	if v == 0 {
		// gh-89811: cached as it stood, and then matches any type
		// without a tag.
		return "0: the class had no version tag (gh-89811: matches any class without one)"
	}
	if t := d.m.TypeByVersion(v); t != nil {
		return fmt.Sprintf("%d → class %s", v, typeName(t))
	}
	return fmt.Sprintf("%d (no class has it now: stale)", v)
}

// funcVersion says which function has func_version v now.
func (d *cacheReader) funcVersion(v uint32) string {
	if v == 0 {
		return "0"
	}
	if fn := d.m.FuncByVersion(v); fn != nil {
		q, _ := d.m.GoString(fn.QualName)
		return fmt.Sprintf("%d → function %s", v, q)
	}
	return fmt.Sprintf("%d (no function has it now: changed or freed since, stale)", v)
}

// descr describes a cached object (LOAD_METHOD). While the class's
// version is the cached one its dict keeps the object alive; once the
// class changed, the handle may have been freed and reused.
func (d *cacheReader) descr(v vm.Value, version uint32) string {
	if v.IsRef() && d.m.Object(v) == nil {
		return fmt.Sprintf("handle %d: freed since", uint64(v))
	}
	s := "→ " + d.m.SafeRepr(v, 60)
	if version != 0 && d.m.TypeByVersion(version) == nil {
		s += " (the class changed since: the handle may name another object now)"
	}
	return s
}

// globals returns the globals the code runs with: those of a frame
// running it, else __main__'s.
func (d *cacheReader) globals() *vm.Dict {
	for f := d.m.CurrentFrame(); f != nil; f = f.Back {
		if f.Code == d.c {
			return f.Globals
		}
	}
	return d.m.MainGlobals()
}

// keysIndex says which name entry ix of dict's keys holds (the site's
// own name unless the keys changed since).
func (d *cacheReader) keysIndex(dict *vm.Dict, ix int, label string) string {
	if dict != nil {
		if s, ok := d.m.GoString(dict.Keys().EntryKey(ix)); ok && s == label {
			return fmt.Sprintf("%d → '%s' (entry %d of %s)", ix, s, ix, d.dictOwner(dict))
		}
	}
	return fmt.Sprintf("%d: where '%s' was in %s (its keys changed since)", ix, label, d.dictOwner(dict))
}

// dictOwner names a dict by what holds it: a module's namespace (the
// builtins included).
func (d *cacheReader) dictOwner(dict *vm.Dict) string {
	if dict == nil {
		return "?"
	}
	if dict == d.m.BuiltinsDict() {
		return "the builtins' dict"
	}
	name := ""
	if mods := d.m.SysModules(); mods != nil {
		mods.Items(func(k, v vm.Value) bool {
			if d.m.ExactModuleDict(v) == dict {
				name, _ = d.m.GoString(k)
				return false
			}
			return true
		})
	}
	if name == "" {
		return "a module's dict"
	}
	return "module " + name + "'s dict"
}

// keysVersion says whether dict's keys still have version v (want may
// be nil when the owner is not known), else whose keys have it now.
func (d *cacheReader) keysVersion(v uint32, want *vm.Dict) string {
	if want != nil && want.Keys().KeysVersionNow() == v {
		return fmt.Sprintf("%d → %s keys (current)", v, d.dictOwner(want))
	}
	if other := d.moduleWithKeys(v); other != nil {
		return fmt.Sprintf("%d → %s keys (current)", v, d.dictOwner(other))
	}
	if want != nil {
		now := want.Keys().KeysVersionNow()
		if now == 0 {
			return fmt.Sprintf("%d (stale: %s keys changed since and have no version now)", v, d.dictOwner(want))
		}
		return fmt.Sprintf("%d (stale: %s keys have version %d now)", v, d.dictOwner(want), now)
	}
	return fmt.Sprintf("%d (no module's keys have it now: stale)", v)
}

// moduleWithKeys returns the namespace, among sys.modules and the
// builtins, whose keys have version v now.
func (d *cacheReader) moduleWithKeys(v uint32) *vm.Dict {
	if v == 0 {
		return nil
	}
	if b := d.m.BuiltinsDict(); b != nil && b.Keys().KeysVersionNow() == v {
		return b
	}
	var found *vm.Dict
	if mods := d.m.SysModules(); mods != nil {
		mods.Items(func(_, mod vm.Value) bool {
			if g := d.m.ExactModuleDict(mod); g != nil && g.Keys().KeysVersionNow() == v {
				found = g
				return false
			}
			return true
		})
	}
	return found
}

// moduleKeys describes the keys version of LOAD_ATTR_MODULE and
// LOAD_METHOD_MODULE.
func (d *cacheReader) moduleKeys(v uint32) string { return d.keysVersion(v, nil) }

// moduleIndex says which name entry ix of the module dict with keys
// version `version` holds.
func (d *cacheReader) moduleIndex(version uint32, ix int, attr string) string {
	if g := d.moduleWithKeys(version); g != nil {
		if s, ok := d.m.GoString(g.Keys().EntryKey(ix)); ok {
			return fmt.Sprintf("%d → '%s' (entry %d of %s)", ix, s, ix, d.dictOwner(g))
		}
	}
	return fmt.Sprintf("%d: where '%s' was in the module's dict (its keys changed since)", ix, attr)
}

// sharedKeys describes LOAD_METHOD's keys_version: the version of the
// class's shared keys (its instances' attribute names) when cached.
func (d *cacheReader) sharedKeys(v, typeVersion uint32) string {
	t := d.m.TypeByVersion(typeVersion)
	if t == nil || t.CachedKeys == nil {
		return fmt.Sprintf("%d (the class's shared keys when cached)", v)
	}
	now := t.CachedKeys.KeysVersionNow()
	if now == v {
		return fmt.Sprintf("%d → %s's shared keys (current)", v, typeName(t))
	}
	if now == 0 {
		return fmt.Sprintf("%d (stale: %s's shared keys changed since: a new attribute name)", v, typeName(t))
	}
	return fmt.Sprintf("%d (stale: %s's shared keys have version %d now)", v, typeName(t), now)
}

// typeName is a class's __qualname__.
func typeName(t *vm.Type) string {
	if t.IsHeap() && t.QualName != "" {
		return t.QualName
	}
	return t.Name
}
