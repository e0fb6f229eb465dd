package vm

// Dict is a dict object laid out as CPython 3.11's: a keys object holding
// a hash index and the entries in insertion order, and, for a split dict
// (an instance's __dict__ over its class's shared keys), a separate values
// array.
type Dict struct {
	Header
	keys *DictKeys
	// values is non-nil for a split dict: values[i] belongs to
	// keys.entries[i].key. A combined dict keeps values in the entries.
	values []Value
	used   int
	// version is ma_version_tag: changes on every mutation.
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
	// indices maps hash slots to entry indexes: -1 empty, -2 deleted.
	indices []int32
	entries []dictEntry
	usable  int
	// nentries counts entries used, deleted ones included.
	nentries int
	// version is dk_version: 0 until asked for, reset to 0 by any change
	// of the keys (dictversion.go).
	version uint32
	// shared by a type's instances (ht_cached_keys).
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
)

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

// NewDict returns an empty dict.
func (m *Machine) NewDict() *Dict {
	d := &Dict{keys: newDictKeys(dkMinLog2, true)}
	m.alloc(d, m.types.Dict)
	return d
}

// lookup finds key; it returns the entry index or -1, and the index slot.
// It may run Python __eq__ and so fail.
func (m *Machine) dictLookup(d *Dict, key Value, hash int64) (int, error) {
	for {
		k := d.keys
		mask := uint64(len(k.indices) - 1)
		perturb := uint64(hash)
		i := uint64(hash) & mask
		for {
			ix := k.indices[i]
			if ix == dkEmpty {
				return -1, nil
			}
			if ix >= 0 {
				e := &k.entries[ix]
				if e.key == key {
					return int(ix), nil
				}
				if e.hash == hash && e.key != Null {
					if fast, ok := m.fastEqual(e.key, key); ok {
						if fast {
							return int(ix), nil
						}
					} else {
						startKey := e.key
						eq, err := m.Equal(startKey, key)
						if err != nil {
							return -1, err
						}
						if d.keys != k || k.entries[ix].key != startKey {
							// CPython 3.11: the dict mutated during __eq__; restart.
							break
						}
						if eq {
							return int(ix), nil
						}
					}
				}
			}
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
	}
}

// findEmptySlot returns the index slot where a new entry with hash goes.
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

// DictGet returns d[key] or Null.
func (m *Machine) DictGet(d *Dict, key Value) (Value, error) {
	h, err := m.Hash(key)
	if err != nil {
		return Null, err
	}
	ix, err := m.dictLookup(d, key, h)
	if err != nil || ix < 0 {
		return Null, err
	}
	return d.valueAt(ix), nil
}

func (d *Dict) valueAt(ix int) Value {
	if d.values != nil {
		return d.values[ix]
	}
	return d.keys.entries[ix].value
}

// DictSet sets d[key] = value.
func (m *Machine) DictSet(d *Dict, key, value Value) error {
	h, err := m.Hash(key)
	if err != nil {
		return err
	}
	return m.dictInsert(d, key, h, value)
}

func (m *Machine) dictInsert(d *Dict, key Value, hash int64, value Value) error {
	ix, err := m.dictLookup(d, key, hash)
	if err != nil {
		return err
	}
	if ix >= 0 {
		if d.values != nil {
			d.values[ix] = value
		} else {
			d.keys.entries[ix].value = value
		}
		d.version++
		return nil
	}
	if d.values != nil {
		m.dictUnsplit(d)
	}
	if d.keys.kind == keysUnicode && !m.isExactStr(key) {
		d.keys.kind = keysGeneral
	}
	if d.keys.usable <= 0 {
		if err := m.dictResize(d, growthLog2(d.used*3)); err != nil {
			return err
		}
	}
	k := d.keys
	slot := k.findEmptySlot(hash)
	k.indices[slot] = int32(len(k.entries))
	k.entries = append(k.entries, dictEntry{hash: hash, key: key, value: value})
	k.usable--
	k.nentries++
	k.version = 0
	d.used++
	d.version++
	return nil
}

// growthLog2 is calculate_log2_keysize: the smallest table holding n.
func growthLog2(n int) uint8 {
	l := uint8(dkMinLog2)
	for 1<<l < n {
		l++
	}
	return l
}

// dictResize rebuilds the keys with 2^log2 slots, dropping deleted entries.
func (m *Machine) dictResize(d *Dict, log2 uint8) error {
	if err := m.charge(12 << log2); err != nil {
		return err
	}
	old := d.keys
	nk := newDictKeys(log2, old.kind != keysGeneral)
	if old.kind == keysGeneral {
		nk.kind = keysGeneral
	}
	for i := range old.entries {
		e := old.entries[i]
		if e.key == Null {
			continue
		}
		if d.values != nil {
			e.value = d.values[i]
		}
		slot := nk.findEmptySlot(e.hash)
		nk.indices[slot] = int32(len(nk.entries))
		nk.entries = append(nk.entries, e)
	}
	nk.nentries = len(nk.entries)
	nk.usable -= nk.nentries
	d.keys = nk
	d.values = nil
	return nil
}

// dictUnsplit turns a split dict into a combined one with its own keys.
func (m *Machine) dictUnsplit(d *Dict) {
	old := d.keys
	nk := &DictKeys{log2Size: old.log2Size, kind: keysUnicode, usable: old.usable}
	nk.indices = append([]int32(nil), old.indices...)
	nk.entries = make([]dictEntry, len(old.entries), cap(old.entries))
	for i, e := range old.entries {
		e.value = d.values[i]
		nk.entries[i] = e
	}
	nk.nentries = old.nentries
	d.keys = nk
	d.values = nil
}

// DictDelete removes key; it reports whether key was present.
func (m *Machine) DictDelete(d *Dict, key Value) (bool, error) {
	h, err := m.Hash(key)
	if err != nil {
		return false, err
	}
	ix, err := m.dictLookup(d, key, h)
	if err != nil || ix < 0 {
		return false, err
	}
	if d.values != nil {
		m.dictUnsplit(d)
	}
	k := d.keys
	mask := uint64(len(k.indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for k.indices[i] != int32(ix) {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	k.indices[i] = dkDummy
	k.entries[ix] = dictEntry{}
	k.version = 0
	d.used--
	d.version++
	return true, nil
}

// DictItems calls f for each item in insertion order; f must not mutate d.
func (d *Dict) Items(f func(k, v Value) bool) {
	for i := range d.keys.entries {
		e := &d.keys.entries[i]
		if e.key == Null {
			continue
		}
		v := e.value
		if d.values != nil {
			v = d.values[i]
			if v == Null {
				continue
			}
		}
		if !f(e.key, v) {
			return
		}
	}
}

// GetStr returns d[name] for a str key given as Go text, or Null. It is
// for Go code looking up well-known names; it runs no Python code.
func (m *Machine) dictGetStr(d *Dict, name string) Value {
	v, _ := m.DictGet(d, m.Intern(name))
	return v
}

// SetStr sets d[name] for a str key given as Go text.
func (m *Machine) dictSetStr(d *Dict, name string, v Value) {
	if err := m.DictSet(d, m.Intern(name), v); err != nil {
		panic("dictSetStr: " + name)
	}
}
