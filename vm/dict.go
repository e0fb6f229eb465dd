package vm

import "math/bits"

// The dict type, laid out and resized exactly as CPython 3.11's
// Objects/dictobject.c, so that iteration order, sys.getsizeof and the
// keys versions the specializer reads are CPython's.
//
// A dict has a keys object (PyDictKeysObject): a hash index of 2**k slots
// holding entry numbers, and the entries in insertion order. A "unicode"
// keys object holds only exact str keys (CPython stores 16-byte entries
// without the hash then; getsizeof shows it); the first other key turns it
// "general". A split dict (an instance's __dict__) shares its class's
// keys object (kind split) and keeps its values, and their insertion
// order, in a values array of its own.
//
// Deleting leaves a dummy in the index and a hole in the entries; the
// usable count is not given back, so churn eventually resizes (to
// used*3, which may shrink the table). An empty dict shares the immutable
// empty keys until its first insertion.

// Dict is a dict object.
type Dict struct {
	Header
	keys *DictKeys
	// values is non-nil for a split dict: values[i] belongs to
	// keys.entries[i].key. A combined dict keeps values in the entries.
	values []Value
	// order is the split dict's insertion order: indexes into values
	// (CPython keeps it in the bytes before the values array). nil with
	// used > 0 means the keys' order (see splitOrder).
	order []uint8
	used  int
	// version is ma_version_tag: a new global version on every mutation.
	version uint64
}

// Dict keys kinds (DICT_KEYS_*).
const (
	keysGeneral = iota
	keysUnicode
	keysSplit
)

// DictKeys is PyDictKeysObject.
type DictKeys struct {
	log2Size uint8
	kind     uint8
	// indices maps hash slots to entry indexes: dkEmpty or dkDummy.
	indices []int32
	// entries holds the entries used so far (len is dk_nentries, deleted
	// ones included, with a Null key); its room is usable more.
	entries []dictEntry
	usable  int
	// nentries is dk_nentries (== len(entries)).
	nentries int
	// version is dk_version: 0 until asked for (KeysVersion), reset to 0
	// by any change of the keys.
	version uint32
	// shared marks keys held by more than one dict (a class's cached
	// keys, the empty keys): getsizeof does not count them.
	shared bool
}

type dictEntry struct {
	hash  int64
	key   Value // Null: deleted
	value Value // unused in split keys
}

const (
	dkEmpty   = -1
	dkDummy   = -2
	dkMinLog2 = 3
	// dkMaxPresizeLog2 bounds dict_new_presized.
	dkMaxPresizeLog2 = 17
)

// emptyDictKeys is Py_EMPTY_KEYS: the keys of every empty dict, never
// written (its usable count is 0, so the first insertion replaces it).
var emptyDictKeys = &DictKeys{
	log2Size: dkMinLog2, kind: keysUnicode, version: 1, shared: true,
	indices: []int32{dkEmpty, dkEmpty, dkEmpty, dkEmpty, dkEmpty, dkEmpty, dkEmpty, dkEmpty},
}

func usableFraction(n int) int { return (n << 1) / 3 }

func newDictKeys(log2 uint8, unicode bool) *DictKeys {
	size := 1 << log2
	k := &DictKeys{log2Size: log2, indices: make([]int32, size), usable: usableFraction(size)}
	for i := range k.indices {
		k.indices[i] = dkEmpty
	}
	k.entries = make([]dictEntry, 0, k.usable)
	if unicode {
		k.kind = keysUnicode
	}
	return k
}

// indexBytes is 1 << dk_log2_index_bytes: the size of the hash index.
func (k *DictKeys) indexBytes() int {
	switch {
	case k.log2Size < 8:
		return 1 << k.log2Size
	case k.log2Size < 16:
		return 2 << k.log2Size
	case k.log2Size >= 32:
		return 8 << k.log2Size
	}
	return 4 << k.log2Size
}

// keysSize is _PyDict_KeysSize.
func (k *DictKeys) keysSize() int {
	es := 16
	if k.kind == keysGeneral {
		es = 24
	}
	return 32 + k.indexBytes() + usableFraction(1<<k.log2Size)*es
}

func (k *DictKeys) traverse(visit func(Value)) {
	for i := range k.entries {
		e := &k.entries[i]
		if e.key != Null {
			visit(e.key)
			if e.value != Null {
				visit(e.value)
			}
		}
	}
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

func (d *Dict) traverse(visit func(Value)) {
	d.keys.traverse(visit)
	for _, v := range d.values {
		if v != Null {
			visit(v)
		}
	}
}

// sizeOf is sys.getsizeof (_PyDict_SizeOf plus the GC header): the keys
// count only when the dict owns them.
func (d *Dict) sizeOf() int {
	n := d.typ.BasicSize + preHeaderSize(d.typ)
	if d.values != nil {
		n += 8 * (d.keys.nentries + d.keys.usable)
	}
	if !d.keys.shared && d.keys.kind != keysSplit {
		n += d.keys.keysSize()
	}
	return n
}

// NewDict returns an empty dict.
func (m *Machine) NewDict() *Dict {
	d := &Dict{keys: emptyDictKeys, version: m.nextDictVersion()}
	m.alloc(d, m.types.Dict)
	return d
}

// newDictPresized is dict_new_presized: an empty dict with room for n
// items without resizing (BUILD_MAP, dict literals).
func (m *Machine) newDictPresized(n int, unicode bool) *Dict {
	if n <= usableFraction(1<<dkMinLog2) {
		return m.NewDict()
	}
	log2 := uint8(dkMaxPresizeLog2)
	if n <= usableFraction(1<<dkMaxPresizeLog2) {
		log2 = estimateLog2Keysize(n)
	}
	d := &Dict{keys: newDictKeys(log2, unicode), version: m.nextDictVersion()}
	m.alloc(d, m.types.Dict)
	return d
}

// DictFromItems is _PyDict_FromItems: BUILD_MAP and BUILD_CONST_KEY_MAP
// make their dict presized for the items, a unicode table if every key
// is an exact str.
func (m *Machine) DictFromItems(keys, values []Value) (*Dict, error) {
	unicode := true
	for _, k := range keys {
		if !m.isExactStr(k) {
			unicode = false
			break
		}
	}
	d := m.newDictPresized(len(keys), unicode)
	for i, k := range keys {
		if err := m.DictSet(d, k, values[i]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// dict returns the *Dict behind v, or nil.
func (m *Machine) dict(v Value) *Dict {
	if !v.IsRef() {
		return nil
	}
	d, _ := m.heap.objs[v].(*Dict)
	return d
}

// isExactDict reports whether v is exactly a dict.
func (m *Machine) isExactDict(v Value) bool {
	d := m.dict(v)
	return d != nil && d.typ == m.types.Dict
}

// calculateLog2Keysize is calculate_log2_keysize: the smallest table of
// at least n slots (8 at least).
func calculateLog2Keysize(n int) uint8 {
	n = (n | 8) - 1
	return uint8(bits.Len(uint(n | 7)))
}

// estimateLog2Keysize is estimate_log2_keysize: a table holding n items.
func estimateLog2Keysize(n int) uint8 { return calculateLog2Keysize((n*3 + 1) / 2) }

// growthLog2 is kept for callers of the old name: calculate_log2_keysize.
func growthLog2(n int) uint8 { return calculateLog2Keysize(n) }

// keysChanged is "dk_version = 0": the keys' version is invalidated.
func (m *Machine) keysChanged(k *DictKeys) {
	if k.version != 0 && k != emptyDictKeys {
		k.version = 0
		m.emit(Event{Kind: EvKeysVersion})
	}
}

// KeysVersion is _PyDictKeys_GetVersionForCurrentState: k's version,
// assigned from the interpreter's counter when it has none (0 once the
// counter is exhausted). The specializer caches it; any change of the
// keys resets it.
func (m *Machine) KeysVersion(k *DictKeys) uint32 {
	if k.version != 0 {
		return k.version
	}
	if m.ct.keysVersions == ^uint32(0)-1 {
		return 0
	}
	v := m.ct.keysVersions + 2
	m.ct.keysVersions++
	k.version = v
	m.emit(Event{Kind: EvKeysVersion, Version: v})
	return v
}

// Keys returns the dict's keys object (for the specializer).
func (d *Dict) Keys() *DictKeys { return d.keys }

// IsUnicode reports whether every key is an exact str (a unicode or
// split keys object): the specializer's LOAD_GLOBAL and LOAD_ATTR forms
// need it.
func (k *DictKeys) IsUnicode() bool { return k.kind != keysGeneral }

// IsSplit reports whether k is a class's shared keys.
func (k *DictKeys) IsSplit() bool { return k.kind == keysSplit }

// Index results of DictKeysStringLookup (DKIX_EMPTY, DKIX_ERROR).
const (
	DictKeyAbsent = -1
	DictKeyError  = -3
)

// DictKeysStringLookup is _PyDictKeys_StringLookup: the entry index of
// name in k, for the specializer's cached lookups; DictKeyAbsent if it
// is not there, DictKeyError if name is not an exact str or k is a
// general table. It runs no Python code.
func (m *Machine) DictKeysStringLookup(k *DictKeys, name Value) int {
	s := m.str(name)
	if s == nil || s.typ != m.types.Str || k.kind == keysGeneral {
		return DictKeyError
	}
	hash := s.strHash()
	mask := uint64(len(k.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := k.indices[i]
		if ix == dkEmpty {
			return DictKeyAbsent
		}
		if ix >= 0 {
			e := &k.entries[ix]
			if e.key == name || e.hash == hash && m.str(e.key).S == s.S {
				return int(ix)
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// EntryValue is the value of entry ix (Null if deleted or, in a split
// dict, unset): what a specialized instruction reads at a cached index.
func (d *Dict) EntryValue(ix int) Value {
	if ix < 0 || ix >= d.keys.nentries {
		return Null
	}
	return d.valueAt(ix)
}

// lookup helpers.

// keyHash is the hash CPython computes before a lookup: a str's cached
// hash, else hash(key).
func (m *Machine) keyHash(key Value) (int64, error) {
	if key.IsSmallInt() {
		return hashSmallInt(key.SmallInt()), nil
	}
	if s := m.str(key); s != nil && s.typ == m.types.Str {
		return s.strHash(), nil
	}
	return m.Hash(key)
}

// dictLookup is _Py_dict_lookup: the entry index of key (-1 if absent)
// and its value (Null if absent; also Null for a key of the shared keys
// this split dict has no value for). A key's __eq__ may run and mutate
// the dict: the search then starts again, as CPython's does.
func (m *Machine) dictLookup(d *Dict, key Value, hash int64) (int, Value, error) {
	exactStr := -1 // whether key is an exact str, once asked: 0 or 1
restart:
	k := d.keys
	mask := uint64(len(k.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := k.indices[i]
		if ix == dkEmpty {
			return -1, Null, nil
		}
		if ix >= 0 {
			e := &k.entries[ix]
			if e.key == key {
				return int(ix), d.valueAt(int(ix)), nil
			}
			if e.hash == hash {
				if exactStr < 0 {
					exactStr = 0
					if m.isExactStr(key) {
						exactStr = 1
					}
				}
				if exactStr == 1 && k.kind != keysGeneral {
					// Both exact strs: no Python code can run.
					if m.str(e.key).S == m.str(key).S {
						return int(ix), d.valueAt(int(ix)), nil
					}
				} else if eq, ok := m.fastEqual(e.key, key); ok {
					if eq {
						return int(ix), d.valueAt(int(ix)), nil
					}
				} else {
					startKey := e.key
					eq, err := m.Equal(startKey, key)
					if err != nil {
						return -1, Null, err
					}
					if d.keys != k || int(ix) >= len(k.entries) || k.entries[ix].key != startKey {
						// CPython 3.11: the dict mutated during __eq__; restart.
						goto restart
					}
					if eq {
						return int(ix), d.valueAt(int(ix)), nil
					}
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

func (d *Dict) valueAt(ix int) Value {
	if d.values != nil {
		if ix < len(d.values) {
			return d.values[ix]
		}
		return Null
	}
	return d.keys.entries[ix].value
}

// findEmptySlot is find_empty_slot: the index slot for a new entry of
// hash in a table known not to hold the key.
func (k *DictKeys) findEmptySlot(hash int64) uint64 {
	mask := uint64(len(k.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for k.indices[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return i
}

// lookdictIndex is lookdict_index: the index slot holding entry ix.
func (k *DictKeys) lookdictIndex(hash int64, ix int) int {
	mask := uint64(len(k.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		v := k.indices[i]
		if int(v) == ix {
			return int(i)
		}
		if v == dkEmpty {
			return -1
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// DictGet returns d[key] or Null.
func (m *Machine) DictGet(d *Dict, key Value) (Value, error) {
	h, err := m.keyHash(key)
	if err != nil {
		return Null, err
	}
	_, v, err := m.dictLookup(d, key, h)
	return v, err
}

// DictSet sets d[key] = value.
func (m *Machine) DictSet(d *Dict, key, value Value) error {
	h, err := m.keyHash(key)
	if err != nil {
		return err
	}
	if d.keys == emptyDictKeys {
		return m.insertToEmptyDict(d, key, h, value)
	}
	return m.dictInsert(d, key, h, value)
}

// insertToEmptyDict is insert_to_emptydict: the first item of a dict
// gets an 8-slot table of its own.
func (m *Machine) insertToEmptyDict(d *Dict, key Value, hash int64, value Value) error {
	if err := m.charge(32 + 8 + 5*24); err != nil {
		return err
	}
	k := newDictKeys(dkMinLog2, m.isExactStr(key))
	d.keys = k
	d.values, d.order = nil, nil
	k.indices[uint64(hash)&7] = 0
	k.entries = append(k.entries, dictEntry{hash: hash, key: key, value: value})
	k.usable--
	k.nentries++
	d.used++
	d.version = m.nextDictVersion()
	return nil
}

// dictInsert is insertdict.
func (m *Machine) dictInsert(d *Dict, key Value, hash int64, value Value) error {
	if d.keys.kind != keysGeneral && !m.isExactStr(key) {
		if err := m.insertionResize(d, false); err != nil {
			return err
		}
	}
	ix, old, err := m.dictLookup(d, key, hash)
	if err != nil {
		return err
	}
	if ix < 0 || d.values != nil && ix >= len(d.values) {
		// (A split dict's values array always covers the shared keys in
		// CPython; should it not, the dict is made combined first.)
		if ix >= 0 {
			if err := m.insertionResize(d, true); err != nil {
				return err
			}
		}
		return m.dictAddEntry(d, key, hash, value)
	}
	if old != value {
		if d.values != nil {
			d.values[ix] = value
			if old == Null {
				d.addToOrder(ix)
				d.used++
			}
		} else {
			d.keys.entries[ix].value = value
		}
		d.version = m.nextDictVersion()
	}
	return nil
}

// dictAddEntry appends a new entry for a key known to be absent (the
// tail of insertdict and PyDict_SetDefault).
func (m *Machine) dictAddEntry(d *Dict, key Value, hash int64, value Value) error {
	m.keysChanged(d.keys)
	if d.keys.usable <= 0 || d.values != nil && d.keys.nentries >= len(d.values) {
		if err := m.insertionResize(d, true); err != nil {
			return err
		}
	}
	k := d.keys
	slot := k.findEmptySlot(hash)
	ix := len(k.entries)
	k.indices[slot] = int32(ix)
	if d.values != nil {
		k.entries = append(k.entries, dictEntry{hash: hash, key: key})
		d.values[ix] = value
		d.addToOrder(ix)
	} else {
		k.entries = append(k.entries, dictEntry{hash: hash, key: key, value: value})
	}
	d.used++
	d.version = m.nextDictVersion()
	k.usable--
	k.nentries++
	return nil
}

// splitOrder returns a split dict's insertion order, deriving it from the
// keys' order for a dict made without one.
func (d *Dict) splitOrder() []uint8 {
	if d.order == nil && d.used > 0 {
		for i, v := range d.values {
			if v != Null {
				d.order = append(d.order, uint8(i))
			}
		}
	}
	return d.order
}

// addToOrder is _PyDictValues_AddToInsertionOrder.
func (d *Dict) addToOrder(ix int) {
	d.order = append(d.splitOrder(), uint8(ix))
}

// deleteFromOrder is delete_index_from_values.
func (d *Dict) deleteFromOrder(ix int) {
	o := d.splitOrder()
	for i, x := range o {
		if int(x) == ix {
			d.order = append(o[:i], o[i+1:]...)
			return
		}
	}
}

// insertionResize is insertion_resize: grow (or compact) to fit used*3.
func (m *Machine) insertionResize(d *Dict, unicode bool) error {
	return m.dictResize(d, calculateLog2Keysize(d.used*3), unicode)
}

// dictResize is dictresize: new keys of 2**log2 slots holding the live
// entries in order; a split dict becomes combined (in its own order); a
// unicode table becomes general when unicode is false.
func (m *Machine) dictResize(d *Dict, log2 uint8, unicode bool) error {
	if log2 >= 48 {
		return m.noMemory()
	}
	old := d.keys
	if old.kind == keysGeneral {
		unicode = false
	}
	nk := newDictKeys(log2, unicode)
	if err := m.charge(nk.keysSize()); err != nil {
		return err
	}
	if d.values != nil {
		for _, ix := range d.splitOrder() {
			e := old.entries[ix]
			nk.entries = append(nk.entries, dictEntry{hash: e.hash, key: e.key, value: d.values[ix]})
		}
		d.values, d.order = nil, nil
	} else {
		for _, e := range old.entries {
			if e.key != Null && e.value != Null {
				nk.entries = append(nk.entries, e)
			}
		}
	}
	mask := uint64(len(nk.indices) - 1)
	for ix, e := range nk.entries {
		perturb := uint64(e.hash)
		i := uint64(e.hash) & mask
		for nk.indices[i] != dkEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		nk.indices[i] = int32(ix)
	}
	nk.nentries = len(nk.entries)
	nk.usable -= nk.nentries
	d.keys = nk
	return nil
}

// DictDelete removes key; it reports whether key was present.
func (m *Machine) DictDelete(d *Dict, key Value) (bool, error) {
	h, err := m.keyHash(key)
	if err != nil {
		return false, err
	}
	ix, old, err := m.dictLookup(d, key, h)
	if err != nil || ix < 0 || old == Null {
		return false, err
	}
	m.delItemCommon(d, h, ix)
	return true, nil
}

// DictDelItem is del d[key]: KeyError when absent.
func (m *Machine) DictDelItem(d *Dict, key Value) error {
	ok, err := m.DictDelete(d, key)
	if err == nil && !ok {
		err = m.keyError(key)
	}
	return err
}

// keyError is _PyErr_SetKeyError: KeyError(key), the key as the only
// argument (so a tuple key prints as itself).
func (m *Machine) keyError(key Value) error {
	return m.RaiseArgs(m.types.exceptions["KeyError"], key)
}

// delItemCommon is delitem_common: entry ix (of hash) goes.
func (m *Machine) delItemCommon(d *Dict, hash int64, ix int) {
	d.used--
	d.version = m.nextDictVersion()
	if d.values != nil {
		d.values[ix] = Null
		d.deleteFromOrder(ix)
		return
	}
	k := d.keys
	m.keysChanged(k)
	k.indices[k.lookdictIndex(hash, ix)] = dkDummy
	k.entries[ix] = dictEntry{}
}

// DictClear is PyDict_Clear: back to the empty keys.
func (m *Machine) DictClear(d *Dict) {
	if d.keys == emptyDictKeys {
		return
	}
	d.keys = emptyDictKeys
	d.values, d.order = nil, nil
	d.used = 0
	d.version = m.nextDictVersion()
}

// dictNext is _PyDict_Next: the item at position pos (skipping holes)
// and the next position; ok false at the end.
func (d *Dict) dictNext(pos int) (key, value Value, hash int64, next int, ok bool) {
	if d.values != nil {
		o := d.splitOrder()
		if pos < 0 || pos >= d.used || pos >= len(o) {
			return
		}
		ix := o[pos]
		e := &d.keys.entries[ix]
		return e.key, d.values[ix], e.hash, pos + 1, true
	}
	entries := d.keys.entries
	for ; pos < len(entries); pos++ {
		if e := &entries[pos]; e.value != Null {
			return e.key, e.value, e.hash, pos + 1, true
		}
	}
	return
}

// Items calls f for each item in order; f must not mutate d.
func (d *Dict) Items(f func(k, v Value) bool) {
	for pos := 0; ; {
		k, v, _, next, ok := d.dictNext(pos)
		if !ok || !f(k, v) {
			return
		}
		pos = next
	}
}

// dictGetStr returns d[name] for a str key given as Go text, or Null. It
// is for Go code looking up well-known names; it runs no Python code.
func (m *Machine) dictGetStr(d *Dict, name string) Value {
	v, _ := m.DictGet(d, m.Intern(name))
	return v
}

// dictSetStr sets d[name] for a str key given as Go text.
func (m *Machine) dictSetStr(d *Dict, name string, v Value) {
	if err := m.DictSet(d, m.Intern(name), v); err != nil {
		panic("dictSetStr: " + name)
	}
}

// DictSetDefault is PyDict_SetDefault: d[key] if present, else deflt
// stored and returned.
func (m *Machine) DictSetDefault(d *Dict, key, deflt Value) (Value, error) {
	h, err := m.keyHash(key)
	if err != nil {
		return Null, err
	}
	if d.keys == emptyDictKeys {
		return deflt, m.insertToEmptyDict(d, key, h, deflt)
	}
	if !m.isExactStr(key) && d.keys.kind != keysGeneral {
		if err := m.insertionResize(d, false); err != nil {
			return Null, err
		}
	}
	ix, v, err := m.dictLookup(d, key, h)
	if err != nil {
		return Null, err
	}
	if ix < 0 || d.values != nil && ix >= len(d.values) {
		if ix >= 0 {
			if err := m.insertionResize(d, true); err != nil {
				return Null, err
			}
		}
		return deflt, m.dictAddEntry(d, key, h, deflt)
	}
	if v == Null {
		d.values[ix] = deflt
		d.addToOrder(ix)
		d.used++
		d.version = m.nextDictVersion()
		return deflt, nil
	}
	return v, nil
}

// dictPop is _PyDict_Pop: remove key and return its value, or deflt
// (KeyError if deflt is Null).
func (m *Machine) dictPop(d *Dict, key, deflt Value) (Value, error) {
	if d.used == 0 {
		if deflt != Null {
			return deflt, nil
		}
		return Null, m.keyError(key)
	}
	h, err := m.keyHash(key)
	if err != nil {
		return Null, err
	}
	ix, v, err := m.dictLookup(d, key, h)
	if err != nil {
		return Null, err
	}
	if ix < 0 || v == Null {
		if deflt != Null {
			return deflt, nil
		}
		return Null, m.keyError(key)
	}
	m.delItemCommon(d, h, ix)
	return v, nil
}

// dictPopItem is dict.popitem: the last item, LIFO.
func (m *Machine) dictPopItem(d *Dict) (Value, error) {
	if d.used == 0 {
		return Null, m.Raisef(m.types.exceptions["KeyError"], "popitem(): dictionary is empty")
	}
	if d.keys.kind == keysSplit {
		if err := m.dictResize(d, d.keys.log2Size, true); err != nil {
			return Null, err
		}
	}
	k := d.keys
	m.keysChanged(k)
	i := len(k.entries) - 1
	for i >= 0 && k.entries[i].value == Null {
		i--
	}
	e := k.entries[i]
	k.indices[k.lookdictIndex(e.hash, i)] = dkDummy
	k.entries[i] = dictEntry{}
	k.entries = k.entries[:i]
	k.nentries = i
	d.used--
	d.version = m.nextDictVersion()
	return m.NewTuple([]Value{e.key, e.value}), nil
}

// cloneCombinedKeys is clone_combined_dict_keys: a copy of d's keys,
// table and holes included.
func (m *Machine) cloneCombinedKeys(d *Dict) (*DictKeys, error) {
	o := d.keys
	if err := m.charge(o.keysSize()); err != nil {
		return nil, err
	}
	k := &DictKeys{log2Size: o.log2Size, kind: o.kind, usable: o.usable, nentries: o.nentries}
	k.indices = append([]int32(nil), o.indices...)
	k.entries = make([]dictEntry, len(o.entries), cap(o.entries))
	copy(k.entries, o.entries)
	return k, nil
}

// DictCopy is PyDict_Copy.
func (m *Machine) DictCopy(d *Dict) (*Dict, error) {
	if d.used == 0 {
		return m.NewDict(), nil
	}
	if d.values != nil {
		c := &Dict{keys: d.keys, values: append([]Value(nil), d.values...),
			order: append([]uint8(nil), d.splitOrder()...), used: d.used, version: m.nextDictVersion()}
		m.alloc(c, m.types.Dict)
		return c, nil
	}
	if sameIter(d.typ.Iter, dictIter) && d.used >= (d.keys.nentries*2)/3 {
		k, err := m.cloneCombinedKeys(d)
		if err != nil {
			return nil, err
		}
		c := &Dict{keys: k, used: d.used, version: m.nextDictVersion()}
		m.alloc(c, m.types.Dict)
		return c, nil
	}
	c := m.NewDict()
	return c, m.dictMerge(c, d.self, 1)
}

// sameIter reports whether two tp_iter slots are the same function.
func sameIter(a, b UnaryFunc) bool { return a != nil && b != nil && funcPtr(a) == funcPtr(b) }

// dictMerge is dict_merge: add b's items to a (override 0: keep a's, 1:
// replace, 2: KeyError on a duplicate key, for ** arguments).
func (m *Machine) dictMerge(a *Dict, b Value, override int) error {
	if other := m.dict(b); other != nil && sameIter(other.typ.Iter, dictIter) {
		if other == a || other.used == 0 {
			return nil
		}
		if a.used == 0 {
			override = 1
			ok := other.keys
			if other.values == nil && other.used == ok.nentries &&
				(ok.log2Size == dkMinLog2 || usableFraction((1<<ok.log2Size)/2) < other.used) {
				k, err := m.cloneCombinedKeys(other)
				if err != nil {
					return err
				}
				a.keys = k
				a.values, a.order = nil, nil
				a.used = other.used
				a.version = m.nextDictVersion()
				return nil
			}
		}
		if usableFraction(1<<a.keys.log2Size) < other.used {
			if err := m.dictResize(a, estimateLog2Keysize(a.used+other.used), other.keys.kind != keysGeneral); err != nil {
				return err
			}
		}
		origSize := other.keys.nentries
		for pos := 0; ; {
			key, value, hash, next, ok := other.dictNext(pos)
			if !ok {
				break
			}
			pos = next
			var err error
			if override == 1 {
				err = m.dictInsertHashed(a, key, hash, value)
			} else {
				ix, v, e := m.dictLookup(a, key, hash)
				switch {
				case e != nil:
					err = e
				case ix < 0 || v == Null:
					err = m.dictInsertHashed(a, key, hash, value)
				case override != 0:
					err = m.keyError(key)
				}
			}
			if err != nil {
				return err
			}
			if origSize != other.keys.nentries {
				return m.Raisef(m.types.exceptions["RuntimeError"], "dict mutated during update")
			}
		}
		return nil
	}
	// The generic way: b.keys() and b[key].
	keys, err := m.CallMethod(b, "keys")
	if err != nil {
		return err
	}
	return m.iterate(keys, func(key Value) error {
		if override != 1 {
			present, err := m.dictContains(a, key)
			if err != nil {
				return err
			}
			if present {
				if override == 0 {
					return nil
				}
				return m.keyError(key)
			}
		}
		v, err := m.GetItem(b, key)
		if err != nil {
			return err
		}
		return m.DictSet(a, key, v)
	})
}

// dictInsertHashed inserts with a known hash (the empty-dict case too).
func (m *Machine) dictInsertHashed(d *Dict, key Value, hash int64, value Value) error {
	if d.keys == emptyDictKeys {
		return m.insertToEmptyDict(d, key, hash, value)
	}
	return m.dictInsert(d, key, hash, value)
}

func (m *Machine) dictContains(d *Dict, key Value) (bool, error) {
	h, err := m.keyHash(key)
	if err != nil {
		return false, err
	}
	ix, v, err := m.dictLookup(d, key, h)
	return ix >= 0 && v != Null, err
}

// dictMergeFromSeq2 is PyDict_MergeFromSeq2: update from an iterable of
// key/value pairs.
func (m *Machine) dictMergeFromSeq2(d *Dict, seq Value, override bool) error {
	i := 0
	return m.iterate(seq, func(item Value) error {
		pair, err := m.seqFast(item, "")
		if err != nil {
			if m.isRaise(err, m.types.TypeError) {
				return m.typeError("cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return err
		}
		if len(pair) != 2 {
			return m.Raisef(m.types.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		key, value := pair[0], pair[1]
		if override {
			err = m.DictSet(d, key, value)
		} else {
			_, err = m.DictSetDefault(d, key, value)
		}
		i++
		return err
	})
}

// dictUpdateArg is dict_update_arg: a dict or anything with keys() is
// merged, anything else taken as pairs.
func (m *Machine) dictUpdateArg(d *Dict, arg Value) error {
	if m.isExactDict(arg) {
		return m.dictMerge(d, arg, 1)
	}
	keys, err := m.lookupAttrStr(arg, "keys")
	if err != nil {
		return err
	}
	if keys != Null {
		return m.dictMerge(d, arg, 1)
	}
	return m.dictMergeFromSeq2(d, arg, true)
}

// dictUpdateCommon is dict_update_common: one optional positional
// argument, then the keywords.
func (m *Machine) dictUpdateCommon(d *Dict, args, kwnames []Value, name string) error {
	nargs := len(args) - len(kwnames)
	if nargs > 1 {
		return m.typeError("%s expected at most 1 argument, got %d", name, nargs)
	}
	if nargs == 1 {
		if err := m.dictUpdateArg(d, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		if err := m.DictSet(d, k, args[nargs+i]); err != nil {
			return err
		}
	}
	return nil
}

// dictUpdateOp is DICT_UPDATE ({**a, **b}).
func (m *Machine) dictUpdateOp(dv, other Value) error {
	d := m.dict(dv)
	if err := m.dictMerge(d, other, 1); err != nil {
		if m.isRaise(err, m.types.exceptions["AttributeError"]) {
			return m.typeError("'%s' object is not a mapping", m.typeName(other))
		}
		return err
	}
	return nil
}

// dictMergeOp is DICT_MERGE (f(**a, **b)): a duplicate key is an error
// naming the called function (format_kwargs_error).
func (m *Machine) dictMergeOp(dv, other, callable Value) error {
	d := m.dict(dv)
	err := m.dictMerge(d, other, 2)
	if err == nil {
		return nil
	}
	if m.isRaise(err, m.types.exceptions["AttributeError"]) {
		fs, ferr := m.functionStr(callable)
		if ferr != nil {
			return ferr
		}
		return m.typeError("%s argument after ** must be a mapping, not %s", fs, m.typeName(other))
	}
	// CPython rewrites a KeyError whose value is still the 1-tuple
	// _PyErr_SetKeyError made; here, a KeyError with one argument.
	if r, ok := err.(*Raise); ok && m.isRaise(err, m.types.exceptions["KeyError"]) {
		if e := m.exception(r.Exc); e != nil {
			if args := m.tuple(e.Args); args != nil && len(args.Items) == 1 {
				fs, ferr := m.functionStr(callable)
				if ferr != nil {
					return ferr
				}
				key, kerr := m.StrString(args.Items[0])
				if kerr != nil {
					return kerr
				}
				return m.typeError("%s got multiple values for keyword argument '%s'", fs, key)
			}
		}
	}
	return err
}

// functionStr is _PyObject_FunctionStr: "module.qualname()" (just
// "qualname()" for builtins), or str(x) for an object without
// __qualname__.
func (m *Machine) functionStr(x Value) (string, error) {
	qualname, err := m.lookupAttrStr(x, "__qualname__")
	if err != nil {
		return "", err
	}
	if qualname == Null {
		return m.StrString(x)
	}
	qn, err := m.StrString(qualname)
	if err != nil {
		return "", err
	}
	module, err := m.lookupAttrStr(x, "__module__")
	if err != nil {
		return "", err
	}
	if module != Null && module != None {
		ne, err := m.RichCompare(module, m.Intern("builtins"), NE)
		if err != nil {
			return "", err
		}
		t, err := m.Truth(ne)
		if err != nil {
			return "", err
		}
		if t {
			ms, err := m.StrString(module)
			if err != nil {
				return "", err
			}
			return ms + "." + qn + "()", nil
		}
	}
	return qn + "()", nil
}

// Slots.

func dictNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	d := &Dict{keys: emptyDictKeys, version: m.nextDictVersion()}
	return m.alloc(d, t), nil
}

func dictInit(m *Machine, self Value, args, kwnames []Value) error {
	return m.dictUpdateCommon(m.dict(self), args, kwnames, "dict")
}

func dictRepr(m *Machine, v Value) (Value, error) {
	d := m.dict(v)
	if !m.reprEnter(v) {
		return m.NewStr("{...}"), nil
	}
	defer m.reprLeave(v)
	if d.used == 0 {
		return m.NewStr("{}"), nil
	}
	b := []byte{'{'}
	first := true
	for pos := 0; ; {
		key, value, _, next, ok := d.dictNext(pos)
		if !ok {
			break
		}
		pos = next
		if !first {
			b = append(b, ", "...)
		}
		first = false
		s, err := m.ReprString(key)
		if err != nil {
			return Null, err
		}
		b = append(append(b, s...), ": "...)
		if s, err = m.ReprString(value); err != nil {
			return Null, err
		}
		b = append(b, s...)
	}
	return m.NewStr(string(append(b, '}'))), nil
}

func dictLen(m *Machine, v Value) (int, error) { return m.dict(v).used, nil }

// dictGetItem is dict_subscript: a subclass's __missing__ handles absent
// keys.
func dictGetItem(m *Machine, v, key Value) (Value, error) {
	d := m.dict(v)
	h, err := m.keyHash(key)
	if err != nil {
		return Null, err
	}
	_, val, err := m.dictLookup(d, key, h)
	if err != nil {
		return Null, err
	}
	if val != Null {
		return val, nil
	}
	if d.typ != m.types.Dict {
		missing, err := m.lookupSpecial(v, "__missing__")
		if err != nil {
			return Null, err
		}
		if missing != Null {
			return m.Call(missing, []Value{key}, nil)
		}
	}
	return Null, m.keyError(key)
}

func dictSetItem(m *Machine, v, key, value Value) error {
	d := m.dict(v)
	if value == Null {
		return m.DictDelItem(d, key)
	}
	return m.DictSet(d, key, value)
}

func dictContainsSlot(m *Machine, v, key Value) (bool, error) { return m.dictContains(m.dict(v), key) }

// dictEqual is dict_equal.
func (m *Machine) dictEqual(a, b *Dict) (bool, error) {
	if a.used != b.used {
		return false, nil
	}
	for i := 0; i < a.keys.nentries; i++ {
		var key, aval Value
		var hash int64
		if a.values != nil {
			key, hash = a.keys.entries[i].key, a.keys.entries[i].hash
			if i < len(a.values) {
				aval = a.values[i]
			}
		} else {
			e := a.keys.entries[i]
			key, aval, hash = e.key, e.value, e.hash
		}
		if aval == Null || key == Null {
			continue
		}
		_, bval, err := m.dictLookup(b, key, hash)
		if err != nil {
			return false, err
		}
		if bval == Null {
			return false, nil
		}
		eq, err := m.Equal(aval, bval)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func dictRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	da, db := m.dict(a), m.dict(b)
	if da == nil || db == nil || op != EQ && op != NE {
		return NotImplemented, nil
	}
	eq, err := m.dictEqual(da, db)
	if err != nil {
		return Null, err
	}
	return Bool(eq == (op == EQ)), nil
}

func dictOr(m *Machine, a, b Value) (Value, error) {
	da, db := m.dict(a), m.dict(b)
	if da == nil || db == nil {
		return NotImplemented, nil
	}
	c, err := m.DictCopy(da)
	if err != nil {
		return Null, err
	}
	if err := m.dictUpdateArg(c, b); err != nil {
		return Null, err
	}
	return c.self, nil
}

func dictIOr(m *Machine, a, b Value) (Value, error) {
	if err := m.dictUpdateArg(m.dict(a), b); err != nil {
		return Null, err
	}
	return a, nil
}

// Methods.

var (
	dictGetArgs        = ArgSpec{Name: "get", Func: "dict.get", Kind: ArgsPositional, Min: 1, Max: 2}
	dictSetdefaultArgs = ArgSpec{Name: "setdefault", Func: "dict.setdefault", Kind: ArgsPositional, Min: 1, Max: 2}
	dictPopArgs        = ArgSpec{Name: "pop", Func: "dict.pop", Kind: ArgsPositional, Min: 1, Max: 2}
	dictPopitemArgs    = ArgSpec{Name: "popitem", Func: "dict.popitem", Kind: ArgsNone}
	dictKeysArgs       = ArgSpec{Name: "keys", Func: "dict.keys", Kind: ArgsNone}
	dictValuesArgs     = ArgSpec{Name: "values", Func: "dict.values", Kind: ArgsNone}
	dictItemsArgs      = ArgSpec{Name: "items", Func: "dict.items", Kind: ArgsNone}
	dictCopyArgs       = ArgSpec{Name: "copy", Func: "dict.copy", Kind: ArgsNone}
	dictClearArgs      = ArgSpec{Name: "clear", Func: "dict.clear", Kind: ArgsNone}
	dictSizeofArgs     = ArgSpec{Name: "__sizeof__", Func: "dict.__sizeof__", Kind: ArgsNone}
	dictReversedArgs   = ArgSpec{Name: "__reversed__", Func: "dict.__reversed__", Kind: ArgsNone}
	dictContainsArgs   = ArgSpec{Name: "__contains__", Func: "dict.__contains__", Kind: ArgsO}
	dictGetitemArgs    = ArgSpec{Name: "__getitem__", Func: "dict.__getitem__", Kind: ArgsO}
	dictFromkeysArgs   = ArgSpec{Name: "fromkeys", Func: "dict.fromkeys", Kind: ArgsPositional, Min: 1, Max: 2}
)

func dictGetMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictGetArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	v, err := m.DictGet(m.dict(self), args[0])
	if err != nil {
		return Null, err
	}
	if v == Null {
		if len(args) > 1 {
			return args[1], nil
		}
		return None, nil
	}
	return v, nil
}

func dictSetdefaultMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictSetdefaultArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	deflt := None
	if len(args) > 1 {
		deflt = args[1]
	}
	return m.DictSetDefault(m.dict(self), args[0], deflt)
}

func dictPopMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictPopArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	deflt := Null
	if len(args) > 1 {
		deflt = args[1]
	}
	return m.dictPop(m.dict(self), args[0], deflt)
}

func dictPopitemMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictPopitemArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return m.dictPopItem(m.dict(self))
}

func dictUpdateMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.dictUpdateCommon(m.dict(self), args, kwnames, "update"); err != nil {
		return Null, err
	}
	return None, nil
}

func dictCopyMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictCopyArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	c, err := m.DictCopy(m.dict(self))
	if err != nil {
		return Null, err
	}
	return c.self, nil
}

func dictClearMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictClearArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	m.DictClear(m.dict(self))
	return None, nil
}

func dictSizeofMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictSizeofArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	d := m.dict(self)
	return m.NewInt(int64(d.sizeOf() - preHeaderSize(d.typ))), nil
}

func dictContainsMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictContainsArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	ok, err := m.dictContains(m.dict(self), args[0])
	return Bool(ok), err
}

func dictGetitemMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictGetitemArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return dictGetItem(m, self, args[0])
}

// dictFromkeysMethod is dict.fromkeys (_PyDict_FromKeys), a class method:
// self is the class.
func dictFromkeysMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&dictFromkeysArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	iterable, value := args[0], None
	if len(args) > 1 {
		value = args[1]
	}
	dv, err := m.Call(self, nil, nil)
	if err != nil {
		return Null, err
	}
	if d := m.dict(dv); d != nil && d.typ == m.types.Dict && d.used == 0 {
		if src := m.dict(iterable); src != nil && src.typ == m.types.Dict {
			if err := m.dictResize(d, estimateLog2Keysize(src.used), src.keys.kind != keysGeneral); err != nil {
				return Null, err
			}
			for pos := 0; ; {
				key, _, hash, next, ok := src.dictNext(pos)
				if !ok {
					break
				}
				pos = next
				if err := m.dictInsert(d, key, hash, value); err != nil {
					return Null, err
				}
			}
			return dv, nil
		}
		if s := m.setObj(iterable); s != nil && (s.typ == m.types.Set || s.typ == m.types.FrozenSet) {
			if err := m.dictResize(d, estimateLog2Keysize(s.used), false); err != nil {
				return Null, err
			}
			for _, e := range s.table {
				if e.key != Null && e.key != setDummy {
					if err := m.dictInsert(d, e.key, e.hash, value); err != nil {
						return Null, err
					}
				}
			}
			return dv, nil
		}
	}
	d := m.dict(dv)
	exact := d != nil && d.typ == m.types.Dict
	err = m.iterate(iterable, func(key Value) error {
		if exact {
			return m.DictSet(d, key, value)
		}
		return m.SetItem(dv, key, value)
	})
	if err != nil {
		return Null, err
	}
	return dv, nil
}

var dictSpec = typeSpec{name: "dict", basicSize: 48,
	flags: FlagDictSubclass | FlagBaseType | FlagHaveGC | FlagMapping | flagMatchSelf,
	slots: Slots{
		New: dictNew, Init: dictInit, Repr: dictRepr, RichCompare: dictRichCompare,
		GetAttr: genericGetAttr, Iter: dictIter,
		Len: dictLen, GetItem: dictGetItem, SetItem: dictSetItem, Contains: dictContainsSlot,
		Number:        [NbCount]BinaryFunc{NbOr: dictOr},
		InplaceNumber: [NbCount]BinaryFunc{NbOr: dictIOr},
	},
	methods: []MethodDef{
		classGetItemMethod,
		{Name: "__getitem__", Fn: dictGetitemMethod},
		{Name: "__contains__", Fn: dictContainsMethod},
		{Name: "__sizeof__", Fn: dictSizeofMethod},
		{Name: "get", Fn: dictGetMethod},
		{Name: "setdefault", Fn: dictSetdefaultMethod},
		{Name: "pop", Fn: dictPopMethod},
		{Name: "popitem", Fn: dictPopitemMethod},
		{Name: "keys", Fn: dictKeysMethod},
		{Name: "items", Fn: dictItemsMethod},
		{Name: "values", Fn: dictValuesMethod},
		{Name: "update", Fn: dictUpdateMethod},
		{Name: "fromkeys", Fn: dictFromkeysMethod, Kind: ClassMethod},
		{Name: "clear", Fn: dictClearMethod},
		{Name: "copy", Fn: dictCopyMethod},
		{Name: "__reversed__", Fn: dictReversedMethod},
	},
	newInstance: func(m *Machine, t *Type) Object { return &Dict{keys: emptyDictKeys} },
}

// Split dicts: the support instance dicts (instance.go) build on.
//
//   - NewKeysForClass makes a class's shared keys (ht_cached_keys).
//   - NewSplitDict makes the __dict__ of an instance from its inline
//     values: values[i] is the value of keys.entries[i].key (Null if
//     unset), order the indexes in the order the instance set them.
//   - Setting a new str key in a split dict adds it to the shared keys
//     while they have room (as CPython 3.11 does); anything else (a
//     non-str key, full keys, popitem) makes the dict combined, keeping
//     its own order.

// NewKeysForClass is _PyDict_NewKeysForClass: shared keys of 64 slots
// with room for SHARED_KEYS_MAX_SIZE (30) names.
func NewKeysForClass() *DictKeys {
	k := newDictKeys(6, true)
	k.usable = 30
	k.kind = keysSplit
	k.shared = true
	return k
}

// NewSplitDict is make_dict_from_instance_attributes: a dict over a
// class's shared keys adopting an instance's values array and order.
func (m *Machine) NewSplitDict(keys *DictKeys, values []Value, order []uint8) *Dict {
	used := 0
	for _, v := range values {
		if v != Null {
			used++
		}
	}
	d := &Dict{keys: keys, values: values, order: order, used: used, version: m.nextDictVersion()}
	if order == nil {
		d.order = d.splitOrder()
	}
	m.alloc(d, m.types.Dict)
	return d
}
