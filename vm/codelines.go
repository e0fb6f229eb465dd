package vm

// code.co_lines(), code.co_positions() and code.co_lnotab, read from the
// location table (co_linetable) as CPython 3.11's codeobject.c reads it:
// one entry per run of at most eight code units, each a first byte
// 1CCCCLLL (C: the entry's form, L: its length in code units minus one)
// and the form's varints or bytes.

// Location entry forms (PY_CODE_LOCATION_INFO_*): 0-9 are the short
// forms (column in the form bits), then three one-line forms, then these.
const (
	locOneLine0   = 10
	locNoColumns  = 13
	locLong       = 14
	locNone       = 15
	codeUnitBytes = 2
)

// addressRange walks a location table (PyCodeAddressRange).
type addressRange struct {
	table          []byte
	next           int // index of the next entry's first byte
	start, end     int // byte offsets of the current entry
	line           int // the current entry's line, -1 for none
	computedLine   int // the running line number
	endLine        int
	column, endCol int
}

func newAddressRange(c *Code) *addressRange {
	return &addressRange{table: c.LineTable, start: -1, computedLine: c.FirstLineNo, line: -1}
}

func (r *addressRange) atEnd() bool { return r.next >= len(r.table) }

func (r *addressRange) readByte() int {
	b := int(r.table[r.next])
	r.next++
	return b
}

func (r *addressRange) readVarint() int {
	b := r.readByte()
	v, shift := b&63, 0
	for b&64 != 0 {
		b = r.readByte()
		shift += 6
		v |= (b & 63) << shift
	}
	return v
}

func (r *addressRange) readSignedVarint() int {
	u := r.readVarint()
	if u&1 != 0 {
		return -(u >> 1)
	}
	return u >> 1
}

// lineDelta is get_line_delta: how far the entry at i moves the line.
func (r *addressRange) lineDelta(i int) int {
	switch form := int(r.table[i]>>3) & 15; form {
	case locNoColumns, locLong:
		save := r.next
		r.next = i + 1
		d := r.readSignedVarint()
		r.next = save
		return d
	case locOneLine0 + 1:
		return 1
	case locOneLine0 + 2:
		return 2
	}
	return 0
}

// advance is advance(): the next entry, lines only.
func (r *addressRange) advance() {
	first := r.table[r.next]
	r.computedLine += r.lineDelta(r.next)
	if first>>3 == 0x1f {
		r.line = -1
	} else {
		r.line = r.computedLine
	}
	r.start = r.end
	r.end += (int(first&7) + 1) * codeUnitBytes
	r.next++
	for r.next < len(r.table) && r.table[r.next]&128 == 0 {
		r.next++
	}
}

// nextAddressRange is _PyLineTable_NextAddressRange: the next entry that
// covers any code.
func (r *addressRange) nextAddressRange() bool {
	if r.atEnd() {
		return false
	}
	r.advance()
	for r.start == r.end {
		r.advance()
	}
	return true
}

// advanceWithLocations is advance_with_locations: the next entry with
// its end line and columns (-1 where it has none).
func (r *addressRange) advanceWithLocations() {
	first := r.readByte()
	form := (first >> 3) & 15
	r.start = r.end
	r.end = r.start + ((first&7)+1)*codeUnitBytes
	switch {
	case form == locNone:
		r.line, r.endLine, r.column, r.endCol = -1, -1, -1, -1
	case form == locLong:
		r.computedLine += r.readSignedVarint()
		r.line = r.computedLine
		r.endLine = r.line + r.readVarint()
		r.column = r.readVarint() - 1
		r.endCol = r.readVarint() - 1
	case form == locNoColumns:
		r.computedLine += r.readSignedVarint()
		r.line, r.endLine = r.computedLine, r.computedLine
		r.column, r.endCol = -1, -1
	case form >= locOneLine0:
		r.computedLine += form - locOneLine0
		r.line, r.endLine = r.computedLine, r.computedLine
		r.column = r.readByte()
		r.endCol = r.readByte()
	default:
		second := r.readByte()
		r.line, r.endLine = r.computedLine, r.computedLine
		r.column = form<<3 | second>>4
		r.endCol = r.column + second&15
	}
}

// optInt is _source_offset_converter: -1 is None.
func (m *Machine) optInt(v int) Value {
	if v < 0 {
		return None
	}
	return m.NewInt(int64(v))
}

// lineIterObj is a line_iterator: (start, end, line) per entry.
type lineIterObj struct {
	Header
	code  Value
	lines *addressRange
}

func (o *lineIterObj) traverse(visit func(Value)) { visit(o.code) }

var lineIteratorSpec = typeSpec{name: "line_iterator", basicSize: 64, flags: FlagBaseType,
	slots: iterTypeSlots(lineIterNext, nil)}

func lineIterNext(m *Machine, v Value) (Value, error) {
	o := m.obj(v).(*lineIterObj)
	if !o.lines.nextAddressRange() {
		return Null, nil
	}
	r := o.lines
	return m.NewTuple([]Value{m.NewInt(int64(r.start)), m.NewInt(int64(r.end)), m.optInt(r.line)}), nil
}

// positionsIterObj is a positions_iterator: (line, end line, column, end
// column) per code unit.
type positionsIterObj struct {
	Header
	code   Value
	r      *addressRange
	offset int
}

func (o *positionsIterObj) traverse(visit func(Value)) { visit(o.code) }

var positionsIteratorSpec = typeSpec{name: "positions_iterator", basicSize: 80, flags: FlagBaseType,
	slots: iterTypeSlots(positionsIterNext, nil)}

func positionsIterNext(m *Machine, v Value) (Value, error) {
	o := m.obj(v).(*positionsIterObj)
	r := o.r
	if o.offset >= r.end {
		if r.atEnd() {
			return Null, nil
		}
		r.advanceWithLocations()
	}
	o.offset += codeUnitBytes
	return m.NewTuple([]Value{m.optInt(r.line), m.optInt(r.endLine), m.optInt(r.column), m.optInt(r.endCol)}), nil
}

func codeCoLines(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("co_lines", args); err != nil {
		return Null, err
	}
	return m.alloc(&lineIterObj{code: self, lines: newAddressRange(m.codeObj(self))}, m.types.LineIterator), nil
}

func codeCoPositions(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.noArgs("co_positions", args); err != nil {
		return Null, err
	}
	r := newAddressRange(m.codeObj(self))
	return m.alloc(&positionsIterObj{code: self, r: r, offset: r.end}, m.types.PositionsIterator), nil
}

// codeLnotab is co_lnotab (decode_linetable): the pre-3.10 table of
// (bytecode delta, line delta) pairs, from the address ranges.
func codeLnotab(m *Machine, self Value) (Value, error) {
	c := m.codeObj(self)
	r := newAddressRange(c)
	var out []byte
	line, offset := c.FirstLineNo, 0
	pair := func(a, b int) { out = append(out, byte(a), byte(b)) }
	for r.nextAddressRange() {
		if r.computedLine == line {
			continue
		}
		bdelta, ldelta := r.start-offset, r.computedLine-line
		for bdelta > 255 {
			pair(255, 0)
			bdelta -= 255
		}
		for ldelta > 127 {
			pair(bdelta, 127)
			bdelta = 0
			ldelta -= 127
		}
		for ldelta < -128 {
			pair(bdelta, -128)
			bdelta = 0
			ldelta += 128
		}
		pair(bdelta, ldelta)
		offset, line = r.start, r.computedLine
	}
	return m.NewBytes(out), nil
}

var specVarnameFromOparg = &ArgSpec{Name: "_varname_from_oparg", Func: "code._varname_from_oparg", Names: []string{"oparg"},
	Kind: ArgsKeywords, Min: 1, Max: 1}

// codeVarnameFromOparg is the name of local (or cell, free) variable
// number oparg, as dis asks for it.
func codeVarnameFromOparg(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specVarnameFromOparg, args, kw, a[:]); err != nil {
		return Null, err
	}
	i, err := m.ArgCInt(a[0])
	if err != nil {
		return Null, err
	}
	c := m.codeObj(self)
	if i < 0 || i >= len(c.LocalNames) {
		return Null, m.Raisef(m.types.exceptions["IndexError"], "tuple index out of range")
	}
	return c.LocalNames[i], nil
}
