package vm

// Type version tags (tp_version_tag) and the method cache, as CPython 3.11
// keeps them (Objects/typeobject.c: assign_version_tag, PyType_Modified,
// _PyType_Lookup).
//
// A tag is a number from a counter starting at 1. It is assigned lazily,
// when a lookup of a cacheable name (an exact str of at most 100 code
// points) goes through the method cache, and cleared (set to 0) on the
// type and all its subclasses when an attribute of the type is set or
// deleted, or its bases change. A cleared type gets a new, larger number
// at its next cacheable lookup. The specializer caches tags in inline
// caches; a guard compares them for equality.
//
// CPython's counter is per process and startup code takes the first few
// hundred numbers; here it is per Machine, so the numbers are smaller but
// are handed out in the same order of first lookup.

// Type flags the object model uses that type.go does not name.
const (
	// flagReady is Py_TPFLAGS_READY: the type is complete (its MRO and
	// slots are set); only ready types get version tags.
	flagReady TypeFlags = 1 << 12
	// flagHaveVectorcall is Py_TPFLAGS_HAVE_VECTORCALL.
	flagHaveVectorcall TypeFlags = 1 << 11
)

// mcacheSizeExp and mcacheMaxName are MCACHE_SIZE_EXP and
// MCACHE_MAX_ATTR_SIZE.
const (
	mcacheSizeExp = 12
	mcacheMaxName = 100
)

// mcacheEntry is a type_cache_entry: the result of looking name up in the
// MRO of the type whose tag is version (Null: not found).
type mcacheEntry struct {
	version uint32
	name    Value
	value   Value
}

// objectModel is the Machine's state for types and attributes.
type objectModel struct {
	// versionTags counts the tags handed out: the next is versionTags+1
	// (CPython's next_version_tag), none once the counter would wrap.
	versionTags uint32
	// mcache is the method cache. Only interned names are stored (they
	// live as long as the Machine), and a value is returned only while
	// the version it was stored under is current, which keeps the type's
	// dict holding it: no entry needs to be a collector root.
	mcache [1 << mcacheSizeExp]mcacheEntry
	// extras holds the instance dicts and __slots__ of objects whose Go
	// struct belongs to a builtin type (instances of class L(list)).
	extras map[Value]*instanceExtra
	// rootsObj is the heap object that makes the extras reachable.
	rootsObj Value
	// typesByVersion and funcsByVersion map the version tags and
	// func_versions handed out to the handles of their owners, so that
	// the explorer can say what an inline cache's version stands for
	// (TypeByVersion, FuncByVersion). Versions are never reused, so an
	// entry can only go stale: its owner was modified (a type's entry
	// is then deleted; a function's stays, its Version no longer
	// matching) or freed (the handle is checked on lookup). They are
	// written only when a version is handed out, never on a hot path.
	typesByVersion map[uint32]Value
	funcsByVersion map[uint32]Value
}

// TypeVersion returns t's version tag, assigning one if t has none, as
// the specializer does before caching it (CPython 3.11 assigns through
// _PyType_Lookup; 0 means the counter is exhausted).
func (m *Machine) TypeVersion(t *Type) uint32 {
	m.assignVersionTag(t)
	return t.VersionTag
}

// assignVersionTag is assign_version_tag: t gets the next number, then
// its bases (recursively); it reports whether t now has a valid tag.
func (m *Machine) assignVersionTag(t *Type) bool {
	if t.Flags&FlagValidVersion != 0 {
		return true
	}
	if t.Flags&flagReady == 0 {
		return false
	}
	om := &m.om
	if om.versionTags == ^uint32(0) {
		return false // out of version numbers
	}
	om.versionTags++
	t.VersionTag = om.versionTags
	if om.typesByVersion == nil {
		om.typesByVersion = map[uint32]Value{}
	}
	om.typesByVersion[t.VersionTag] = t.self
	m.emit(Event{Kind: EvTypeVersion, Type: t, Version: t.VersionTag})
	for _, b := range t.Bases {
		if !m.assignVersionTag(b) {
			return false
		}
	}
	t.Flags |= FlagValidVersion
	return true
}

// typeModified is PyType_Modified: t and every subclass lose their tags.
// A type without a valid tag stops the walk (its subclasses cannot have
// one either: a tag is only valid once all bases have one).
func (m *Machine) typeModified(t *Type) {
	if t.Flags&FlagValidVersion == 0 {
		return
	}
	for _, s := range t.subclasses {
		m.typeModified(s)
	}
	t.Flags &^= FlagValidVersion
	delete(m.om.typesByVersion, t.VersionTag)
	t.VersionTag = 0
	m.emit(Event{Kind: EvTypeVersion, Type: t, Version: 0})
}

// TypeByVersion returns the type whose version tag is v now, nil if no
// type has it (v is 0, was never handed out, or its type was modified or
// freed since): what a cached type_version stands for.
func (m *Machine) TypeByVersion(v uint32) *Type {
	h, ok := m.om.typesByVersion[v]
	if !ok || v == 0 {
		return nil
	}
	t, _ := m.obj0(h).(*Type)
	if t == nil || t.VersionTag != v || t.Flags&FlagValidVersion == 0 {
		return nil
	}
	return t
}

// assignFuncVersion is the numbering half of
// _PyFunction_GetVersionForCurrentState: fn gets the next func_version
// if a change reset it (0), none once the counter is exhausted.
func (m *Machine) assignFuncVersion(fn *Function) uint32 {
	if fn.Version == 0 && m.nextFuncVersion != ^uint32(0) {
		m.nextFuncVersion++
		fn.Version = m.nextFuncVersion
		om := &m.om
		if om.funcsByVersion == nil {
			om.funcsByVersion = map[uint32]Value{}
		}
		om.funcsByVersion[fn.Version] = fn.self
	}
	return fn.Version
}

// FuncByVersion returns the function whose func_version is v now, nil if
// none has it (v is 0, or the function was changed or freed since): what
// a cached func_version stands for.
func (m *Machine) FuncByVersion(v uint32) *Function {
	h, ok := m.om.funcsByVersion[v]
	if !ok || v == 0 {
		return nil
	}
	fn := m.function(h)
	if fn == nil || fn.Version != v {
		return nil
	}
	return fn
}

// mcacheCacheable is MCACHE_CACHEABLE_NAME: an exact str of at most 100
// code points.
func (m *Machine) mcacheCacheable(name Value) (*Str, bool) {
	s := m.str(name)
	if s == nil || s.typ != m.types.Str {
		return nil, false
	}
	if len(s.S) > mcacheMaxName && runeCount(s.S) > mcacheMaxName {
		return s, false
	}
	return s, true
}

// mcacheIndex is MCACHE_HASH_METHOD: the tag xor'ed with the name's
// hash, masked (CPython mixes in the name's address; the str hash plays
// that part here, deterministically).
func mcacheIndex(version uint32, s *Str) uint32 {
	return (version ^ uint32(uint64(s.strHash())>>3)) & (1<<mcacheSizeExp - 1)
}

// lookupType is _PyType_Lookup: name (a str) searched in the dicts of t's
// MRO, without binding; Null if absent. It never raises: an error from a
// key's __eq__ counts as not found, as in CPython.
func (m *Machine) lookupType(t *Type, name Value) Value {
	s, cacheable := m.mcacheCacheable(name)
	if cacheable && t.Flags&FlagValidVersion != 0 {
		e := &m.om.mcache[mcacheIndex(t.VersionTag, s)]
		if e.version == t.VersionTag && e.name == name {
			return e.value
		}
	}
	res, ok := m.findNameInMRO(t, name)
	if !ok {
		return Null
	}
	if cacheable && m.assignVersionTag(t) && s.interned {
		e := &m.om.mcache[mcacheIndex(t.VersionTag, s)]
		*e = mcacheEntry{version: t.VersionTag, name: name, value: res}
	}
	return res
}

// findNameInMRO is find_name_in_mro: the uncached search; ok is false if
// a key comparison raised.
func (m *Machine) findNameInMRO(t *Type, name Value) (Value, bool) {
	mro := t.MRO
	if mro == nil {
		mro = []*Type{t}
	}
	for _, b := range mro {
		if b.Dict == nil {
			continue
		}
		v, err := m.DictGet(b.Dict, name)
		if err != nil {
			return Null, false
		}
		if v != Null {
			return v, true
		}
	}
	return Null, true
}

// runeCount counts the code points of UTF-8 text (lone surrogates are
// one each in their 3-byte form).
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
