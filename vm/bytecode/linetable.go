package bytecode

// The CPython 3.11 location table (co_linetable). Each entry starts with a
// byte 1CCCCLLL: C is the entry's code, LLL its length in code units
// minus one. The line is tracked relative to a running line that starts at
// co_firstlineno; NONE and SHORT entries leave it unchanged.
const (
	LocShort0    = 0  // codes 0-9: same line, one-byte column pair
	LocOneLine0  = 10 // codes 10-12: line delta 0-2, columns as two bytes
	LocNoColumns = 13 // line delta only
	LocLong      = 14 // line delta, end-line delta, columns as varints
	LocNone      = 15 // no location
	// LocMaxLength is the most code units one entry covers.
	LocMaxLength = 8
)

// Position is one code unit's source span, as co_positions() yields it.
// Absent values (Python's None) are -1: a line-less instruction has all
// four at -1, a NO_COLUMNS entry has Col and EndCol at -1.
type Position struct {
	Line, EndLine, Col, EndCol int
}

// LineRange is one co_lines() item: code units [Start, End) (in bytes, as
// co_lines reports them) on Line, or Line -1 for no line.
type LineRange struct {
	Start, End int
	Line       int
}

// locationEntry is one decoded location table entry.
type locationEntry struct {
	length int // code units
	pos    Position
}

// locationEntries decodes co_linetable. Decoding stops quietly at a
// truncated or malformed entry.
func (c *Code) locationEntries() []locationEntry {
	t := c.LineTable
	var out []locationEntry
	line := c.FirstLineNo
	i := 0
	readVarint := func() (int, bool) {
		// 6-bit groups, least significant first, 0x40 = more follows.
		v, shift := 0, 0
		for i < len(t) {
			b := t[i]
			i++
			v |= int(b&0x3F) << shift
			shift += 6
			if b&0x40 == 0 {
				return v, true
			}
		}
		return 0, false
	}
	readSvarint := func() (int, bool) {
		u, ok := readVarint()
		if u&1 != 0 {
			return -(u >> 1), ok
		}
		return u >> 1, ok
	}
	for i < len(t) {
		first := t[i]
		i++
		if first&0x80 == 0 {
			break
		}
		code := int(first>>3) & 15
		e := locationEntry{length: int(first&7) + 1}
		ok := true
		switch {
		case code == LocNone:
			e.pos = Position{-1, -1, -1, -1}
		case code == LocLong:
			var d, endDelta, col, endCol int
			d, ok = readSvarint()
			line += d
			endDelta, _ = readVarint()
			col, _ = readVarint()
			endCol, ok = readVarint()
			e.pos = Position{line, line + endDelta, col - 1, endCol - 1}
		case code == LocNoColumns:
			var d int
			d, ok = readSvarint()
			line += d
			e.pos = Position{line, line, -1, -1}
		case code >= LocOneLine0:
			line += code - LocOneLine0
			if i+2 > len(t) {
				ok = false
				break
			}
			e.pos = Position{line, line, int(t[i]), int(t[i+1])}
			i += 2
		default: // SHORT
			if i >= len(t) {
				ok = false
				break
			}
			b := int(t[i])
			i++
			col := code<<3 | (b>>4)&7
			e.pos = Position{line, line, col, col + b&15}
		}
		if !ok {
			break
		}
		out = append(out, e)
	}
	return out
}

// Lines returns co_lines(): one range per location table entry, not
// merged, in byte offsets.
func (c *Code) Lines() []LineRange {
	var out []LineRange
	pc := 0
	for _, e := range c.locationEntries() {
		out = append(out, LineRange{Start: 2 * pc, End: 2 * (pc + e.length), Line: e.pos.Line})
		pc += e.length
	}
	return out
}

// Positions returns co_positions(): one Position per code unit, caches
// included. Units past the end of the table have no position.
func (c *Code) Positions() []Position {
	out := make([]Position, 0, len(c.Units))
	for _, e := range c.locationEntries() {
		for k := 0; k < e.length; k++ {
			out = append(out, e.pos)
		}
	}
	for len(out) < len(c.Units) {
		out = append(out, Position{-1, -1, -1, -1})
	}
	return out[:len(c.Units)]
}

// LineStarts returns dis.findlinestarts: (byte offset, line) for each
// co_lines range whose line is present and differs from the last line
// reported. A line-less range does not reset the last line.
func (c *Code) LineStarts() []LineStart {
	var out []LineStart
	last := -1
	have := false
	for _, r := range c.Lines() {
		if r.Line >= 0 && (!have || r.Line != last) {
			out = append(out, LineStart{Offset: r.Start, Line: r.Line})
			last, have = r.Line, true
		}
	}
	return out
}

// LineStart is one dis.findlinestarts item.
type LineStart struct {
	Offset int // bytes
	Line   int
}
