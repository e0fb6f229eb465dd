package bytecode

// ExceptionTableEntry is one co_exceptiontable entry: code units
// [Start, End) are protected by the handler at Target, entered with the
// stack cut to Depth items, and with the offset of the raising
// instruction pushed first if Lasti. All offsets are in code units.
type ExceptionTableEntry struct {
	Start, End, Target int
	Depth              int
	Lasti              bool
}

// ExceptionEntries decodes co_exceptiontable (CPython 3.11: each entry is
// four varints start, length, target, depth<<1|lasti; 6-bit groups, most
// significant first, 0x40 = more follows, 0x80 marks an entry's first
// byte). Decoding stops quietly at a truncated entry, as dis does.
func (c *Code) ExceptionEntries() []ExceptionTableEntry {
	t := c.ExceptionTable
	i := 0
	read := func() (int, bool) {
		if i >= len(t) {
			return 0, false
		}
		b := t[i]
		i++
		v := int(b & 0x3F)
		for b&0x40 != 0 {
			if i >= len(t) {
				return 0, false
			}
			b = t[i]
			i++
			v = v<<6 | int(b&0x3F)
		}
		return v, true
	}
	var out []ExceptionTableEntry
	for {
		start, ok1 := read()
		length, ok2 := read()
		target, ok3 := read()
		dl, ok4 := read()
		if !(ok1 && ok2 && ok3 && ok4) {
			return out
		}
		out = append(out, ExceptionTableEntry{
			Start: start, End: start + length, Target: target,
			Depth: dl >> 1, Lasti: dl&1 != 0,
		})
	}
}
