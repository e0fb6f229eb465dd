package flowgraph

// Location table entry kinds (CPython 3.11 _PyCodeLocationInfoKind).
const (
	locShort0    = 0  // SHORT, codes 0-9: column group in the code
	locOneLine0  = 10 // ONE_LINE, codes 10-12: line delta 0, 1, 2
	locNoColumns = 13
	locLong      = 14
	locNone      = 15
)

// lineTable builds co_linetable with one entry per instruction (never
// merged), split into entries of at most 8 code units. The line of each
// entry is relative to the running line, which starts at firstlineno and
// which only the NO_COLUMNS, ONE_LINE and LONG forms update.
// CPython 3.11: assemble_emit_location and write_location_info_entry.
func (a *assembler) lineTable(firstlineno int) []byte {
	w := &locationWriter{line: firstlineno}
	for b := a.entry; b != nil; b = b.Next {
		for i := range b.Instrs {
			in := &b.Instrs[i]
			size := instrSize(in)
			for size > 8 {
				w.entry(in.Loc, 8)
				size -= 8
			}
			w.entry(in.Loc, size)
		}
	}
	return w.out
}

type locationWriter struct {
	out  []byte
	line int // the running line
}

func (w *locationWriter) start(code, length int) {
	w.out = append(w.out, byte(0x80|code<<3|(length-1)))
}

// varint writes 6-bit groups, least significant first, 0x40 marking a
// continuation (the opposite order to the exception table's).
func (w *locationWriter) varint(v uint) {
	for v >= 64 {
		w.out = append(w.out, byte(64|v&63))
		v >>= 6
	}
	w.out = append(w.out, byte(v))
}

func (w *locationWriter) svarint(v int) {
	if v < 0 {
		w.varint(uint(-v)<<1 | 1)
	} else {
		w.varint(uint(v) << 1)
	}
}

// entry writes one entry covering length code units at location loc, in
// the first form that fits: NONE (no line), NO_COLUMNS (no column, one
// line), SHORT (same line as the running line, column < 80, width < 16),
// ONE_LINE (line delta 0-2, columns < 128), else LONG.
func (w *locationWriter) entry(loc Location, length int) {
	if loc.Line < 0 {
		w.start(locNone, length)
		return
	}
	delta := loc.Line - w.line
	col, endCol := loc.Col, loc.EndCol
	if col < 0 || endCol < 0 {
		if loc.EndLine == loc.Line || loc.EndLine == -1 {
			w.start(locNoColumns, length)
			w.svarint(delta)
			w.line = loc.Line
			return
		}
	} else if loc.EndLine == loc.Line {
		if delta == 0 && col < 80 && endCol-col < 16 && endCol >= col {
			w.start(locShort0+col>>3, length)
			w.out = append(w.out, byte((col&7)<<4|(endCol-col)))
			return
		}
		if delta >= 0 && delta < 3 && col < 128 && endCol < 128 {
			w.start(locOneLine0+delta, length)
			w.out = append(w.out, byte(col), byte(endCol))
			w.line = loc.Line
			return
		}
	}
	w.start(locLong, length)
	w.svarint(delta)
	// CPython writes end_lineno - lineno as unsigned; a span ending
	// before it starts cannot come from the parser.
	w.varint(uint(max(loc.EndLine-loc.Line, 0)))
	w.varint(uint(col + 1))
	w.varint(uint(endCol + 1))
	w.line = loc.Line
}
