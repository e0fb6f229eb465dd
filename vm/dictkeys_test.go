package vm

import "testing"

// Go-level tests of what the specializer and the instance dicts use:
// keys versions, split dicts, and the range iterator fast path.

type keysEvents struct{ versions []uint32 }

func (*keysEvents) WantInstructions() bool { return false }
func (l *keysEvents) Event(e *Event) {
	if e.Kind == EvKeysVersion {
		l.versions = append(l.versions, e.Version)
	}
}

func TestKeysVersion(t *testing.T) {
	m := New(Options{})
	l := &keysEvents{}
	m.SetListener(l)
	d := m.NewDict()
	if v := m.KeysVersion(d.Keys()); v != 1 {
		t.Fatalf("empty keys version %d, want 1", v)
	}
	m.dictSetStr(d, "a", SmallIntValue(1))
	v1 := m.KeysVersion(d.Keys())
	if v1 < 2 || m.KeysVersion(d.Keys()) != v1 {
		t.Fatalf("version %d not stable", v1)
	}
	// Changing a value keeps the keys' version; adding a key resets it.
	m.dictSetStr(d, "a", SmallIntValue(2))
	if m.KeysVersion(d.Keys()) != v1 {
		t.Fatal("value change reset the keys version")
	}
	m.dictSetStr(d, "b", SmallIntValue(3))
	v2 := m.KeysVersion(d.Keys())
	if v2 == v1 || v2 == 0 {
		t.Fatalf("new key kept version %d", v2)
	}
	if _, err := m.DictDelete(d, m.Intern("b")); err != nil {
		t.Fatal(err)
	}
	v3 := m.KeysVersion(d.Keys())
	if v3 == v2 {
		t.Fatal("delete kept the keys version")
	}
	// Events: each assignment, and each reset (version 0) of an
	// assigned version.
	want := []uint32{v1, 0, v2, 0, v3}
	if len(l.versions) != len(want) {
		t.Fatalf("events %v, want %v", l.versions, want)
	}
	for i := range want {
		if l.versions[i] != want[i] {
			t.Fatalf("events %v, want %v", l.versions, want)
		}
	}
	if !d.Keys().IsUnicode() {
		t.Fatal("str-keyed dict not unicode")
	}
	if err := m.DictSet(d, SmallIntValue(5), None); err != nil {
		t.Fatal(err)
	}
	if d.Keys().IsUnicode() {
		t.Fatal("int key left the table unicode")
	}
}

func TestSplitDict(t *testing.T) {
	m := New(Options{})
	k := NewKeysForClass()
	if !k.IsSplit() {
		t.Fatal("class keys not split")
	}
	names := []Value{m.Intern("x"), m.Intern("y"), m.Intern("z")}
	for _, n := range names {
		h, _ := m.Hash(n)
		slot := k.findEmptySlot(h)
		k.indices[slot] = int32(len(k.entries))
		k.entries = append(k.entries, dictEntry{hash: h, key: n})
		k.usable--
		k.nentries++
	}
	// The instance set z, then x (y unset).
	values := make([]Value, 29)
	values[2], values[0] = SmallIntValue(3), SmallIntValue(1)
	d := m.NewSplitDict(k, values, []uint8{2, 0})
	s, err := m.ReprString(d.self)
	if err != nil || s != "{'z': 3, 'x': 1}" {
		t.Fatalf("repr %q %v", s, err)
	}
	if n := d.sizeOf(); n != 48+16+8*(k.nentries+k.usable) {
		t.Fatalf("getsizeof %d", n)
	}
	// A new str key joins the shared keys; the dict stays split.
	m.dictSetStr(d, "w", SmallIntValue(4))
	if d.values == nil || k.nentries != 4 {
		t.Fatalf("new key did not go to the shared keys (split %v, nentries %d)", d.values != nil, k.nentries)
	}
	m.dictSetStr(d, "y", SmallIntValue(2))
	if s, _ := m.ReprString(d.self); s != "{'z': 3, 'x': 1, 'w': 4, 'y': 2}" {
		t.Fatalf("repr %q", s)
	}
	if _, err := m.DictDelete(d, m.Intern("x")); err != nil {
		t.Fatal(err)
	}
	// A non-str key makes it combined, in its own order.
	if err := m.DictSet(d, SmallIntValue(7), None); err != nil {
		t.Fatal(err)
	}
	if d.values != nil || d.keys == k {
		t.Fatal("dict still split")
	}
	if s, _ := m.ReprString(d.self); s != "{'z': 3, 'w': 4, 'y': 2, 7: None}" {
		t.Fatalf("repr %q", s)
	}
}

func TestRangeIterFastPath(t *testing.T) {
	m := New(Options{})
	r := m.NewRange(SmallIntValue(0), SmallIntValue(1000000), SmallIntValue(1))
	it, err := rangeIterSlot(m, r)
	if err != nil {
		t.Fatal(err)
	}
	ri := m.rangeIter(it)
	if ri == nil {
		t.Fatal("no fast path for a small range")
	}
	allocs := testing.AllocsPerRun(1000, func() {
		if v := m.rangeIter(it).next(); v == Null {
			t.Fatal("exhausted")
		}
	})
	if allocs != 0 {
		t.Fatalf("range iteration allocates %v times per step", allocs)
	}
	big := m.NewRange(SmallIntValue(MaxSmallInt-1), m.NewInt(MaxSmallInt+2), SmallIntValue(1))
	it2, _ := rangeIterSlot(m, big)
	if m.rangeIter(it2) != nil {
		t.Fatal("fast path for values beyond immediate ints")
	}
}

func TestDictKeysStringLookup(t *testing.T) {
	m := New(Options{})
	d := m.NewDict()
	for i, n := range []string{"a", "bb", "ccc", "d"} {
		m.dictSetStr(d, n, SmallIntValue(int64(i)))
	}
	k := d.Keys()
	if ix := m.DictKeysStringLookup(k, m.Intern("ccc")); ix != 2 || d.EntryValue(ix) != SmallIntValue(2) {
		t.Fatalf("ccc at %d", ix)
	}
	if ix := m.DictKeysStringLookup(k, m.NewStr("zz")); ix != DictKeyAbsent {
		t.Fatalf("zz at %d", ix)
	}
	if ix := m.DictKeysStringLookup(k, SmallIntValue(1)); ix != DictKeyError {
		t.Fatalf("int key gave %d", ix)
	}
	if _, err := m.DictDelete(d, m.Intern("bb")); err != nil {
		t.Fatal(err)
	}
	if v := d.EntryValue(1); v != Null {
		t.Fatal("deleted entry has a value")
	}
}
