package bytecode

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// DisOptions control Dis.
type DisOptions struct {
	// ShowCaches prints each inline cache unit as its own CACHE line
	// (dis.dis(show_caches=True)).
	ShowCaches bool
	// Adaptive shows the code units as they are, specialized forms and
	// cache contents included (dis.dis(adaptive=True)). Otherwise the code
	// is shown as co_code presents it: every instruction deoptimized to its
	// base form and caches as zeros.
	Adaptive bool
	// Depth limits recursion into nested code objects as dis's depth does:
	// 0 means no limit (dis's depth=None), n > 0 at most n levels, and a
	// negative value prints c alone.
	Depth int
}

// Instruction is one line of a disassembly, as dis.get_instructions
// yields it.
type Instruction struct {
	Offset       int    // byte offset
	Op           Opcode // as stored (specialized when adaptive)
	HasArg       bool   // the opcode takes an oparg (dis prints the arg column)
	Arg          int    // full oparg, EXTENDED_ARG prefixes folded in
	ArgRepr      string // what dis prints in parentheses
	Target       int    // jump target byte offset, or -1
	StartsLine   int    // the line this instruction starts, or -1
	IsJumpTarget bool   // dis's ">>" marker
	Position     Position
	IsCache      bool // an inline cache unit (shown with ShowCaches)
}

// codeUnits returns the units as dis sees them: raw when adaptive,
// otherwise deoptimized as CPython 3.11's co_code getter does.
func (c *Code) codeUnits(adaptive bool) []uint16 {
	if adaptive {
		return c.Units
	}
	out := make([]uint16, len(c.Units))
	for i := 0; i < len(c.Units); {
		op := Opcode(c.Units[i] & 0xFF).Base()
		out[i] = uint16(op) | c.Units[i]&0xFF00
		i += 1 + op.Caches() // caches stay zero
	}
	return out
}

type rawInstr struct {
	offset int // bytes
	op     Opcode
	hasArg bool
	arg    int
}

// unpackOpargs is dis._unpack_opargs: walks instructions, skipping inline
// caches, folding EXTENDED_ARG prefixes into the following oparg.
func unpackOpargs(units []uint16) []rawInstr {
	var out []rawInstr
	extended := 0
	for i := 0; i < len(units); {
		op := Opcode(units[i] & 0xFF)
		base := op.Base()
		r := rawInstr{offset: 2 * i, op: op}
		if base >= HaveArgument {
			r.hasArg = true
			r.arg = int(units[i]>>8) | extended
			if base == EXTENDED_ARG {
				extended = int(int32(uint32(r.arg) << 8))
			} else {
				extended = 0
			}
		} else {
			extended = 0
		}
		out = append(out, r)
		i += 1 + base.Caches()
	}
	return out
}

// jumpTarget returns the byte offset a relative jump at offset reaches.
func jumpTarget(op Opcode, offset, arg int) int {
	if op.IsBackwardJump() {
		arg = -arg
	}
	return offset + 2 + 2*arg
}

// Instructions returns c's instructions as dis.get_instructions does
// (with cache entries when showCaches), annotated with line starts, jump
// targets and positions.
func (c *Code) Instructions(showCaches, adaptive bool) []Instruction {
	units := c.codeUnits(adaptive)
	raws := unpackOpargs(units)
	labels := map[int]bool{}
	for _, r := range raws {
		// dis.findlabels tests the stored opcode, not its base.
		if r.hasArg && r.op.IsRelativeJump() && r.op.Kind() == Base {
			labels[jumpTarget(r.op, r.offset, r.arg)] = true
		}
	}
	for _, e := range c.ExceptionEntries() {
		if e.End > e.Start {
			labels[2*e.Target] = true
		}
	}
	lineStarts := map[int]int{}
	for _, ls := range c.LineStarts() {
		lineStarts[ls.Offset] = ls.Line
	}
	positions := c.Positions()
	posAt := func(offset int) Position {
		if i := offset / 2; i < len(positions) {
			return positions[i]
		}
		return Position{-1, -1, -1, -1}
	}
	var out []Instruction
	for _, r := range raws {
		in := Instruction{
			Offset: r.offset, Op: r.op, HasArg: r.hasArg, Arg: r.arg,
			Target: -1, StartsLine: -1, IsJumpTarget: labels[r.offset],
			Position: posAt(r.offset),
		}
		if l, ok := lineStarts[r.offset]; ok {
			in.StartsLine = l
		}
		if r.hasArg {
			in.ArgRepr, in.Target = c.argRepr(r.op.Base(), r.offset, r.arg)
		}
		out = append(out, in)
		base := r.op.Base()
		if !showCaches || base.Caches() == 0 {
			continue
		}
		off := r.offset
		for _, f := range base.CacheFormat() {
			for k := 0; k < f.Size; k++ {
				off += 2
				ci := Instruction{
					Offset: off, Op: CACHE, HasArg: true, Target: -1, StartsLine: -1,
					Position: posAt(off), IsCache: true,
				}
				// dis shows a cache field's value only on its first unit,
				// and only for a quickened instruction.
				if k == 0 && r.op != base {
					var v uint64
					for j := f.Size - 1; j >= 0; j-- {
						if u := off/2 + j; u < len(units) {
							v = v<<16 | uint64(units[u])
						} else {
							v <<= 16
						}
					}
					ci.ArgRepr = f.Name + ": " + strconv.FormatUint(v, 10)
				}
				out = append(out, ci)
			}
		}
	}
	return out
}

var formatValueConverters = [...]string{"", "str", "repr", "ascii"}

var makeFunctionFlags = [...]string{"defaults", "kwdefaults", "annotations", "closure"}

// argRepr is the argrepr dis computes for a base opcode's oparg, and the
// jump target for jumps (-1 otherwise). Indexes out of range give an empty
// argrepr rather than failing.
func (c *Code) argRepr(op Opcode, offset, arg int) (string, int) {
	switch {
	case op.HasConst():
		// Only LOAD_CONST shows its constant; KW_NAMES shows nothing.
		if op == LOAD_CONST && arg >= 0 && arg < len(c.Consts) {
			return c.Consts[arg].Repr(), -1
		}
		return "", -1
	case op.HasName():
		idx := arg
		if op == LOAD_GLOBAL {
			idx = arg >> 1
		}
		if idx < 0 || idx >= len(c.Names) {
			return "", -1
		}
		name := c.Names[idx]
		if op == LOAD_GLOBAL && arg&1 != 0 && name != "" {
			name = "NULL + " + name
		}
		return name, -1
	case op.IsRelativeJump():
		t := jumpTarget(op, offset, arg)
		return "to " + strconv.Itoa(t), t
	case op.HasLocal() || op.HasFree():
		if arg >= 0 && arg < len(c.LocalsPlusNames) {
			return c.LocalsPlusNames[arg], -1
		}
		return "", -1
	case op.HasCompare():
		return CompareOpName(arg), -1
	case op == FORMAT_VALUE:
		s := formatValueConverters[arg&3]
		if arg&4 != 0 {
			if s != "" {
				s += ", "
			}
			s += "with format"
		}
		return s, -1
	case op == MAKE_FUNCTION:
		var parts []string
		for i, f := range makeFunctionFlags {
			if arg&(1<<i) != 0 {
				parts = append(parts, f)
			}
		}
		return strings.Join(parts, ", "), -1
	case op == BINARY_OP:
		return NbOpName(arg), -1
	}
	return "", -1
}

// Dis writes what CPython 3.11.7's dis.dis(code, show_caches=…,
// adaptive=…) prints: c's disassembly and exception table, then each code
// object among its constants, recursively.
func Dis(w io.Writer, c *Code, opts DisOptions) error {
	bw := bufio.NewWriter(w)
	disRecursive(bw, c, opts, opts.Depth)
	return bw.Flush()
}

func disRecursive(w *bufio.Writer, c *Code, opts DisOptions, depth int) {
	Disassemble(w, c, opts)
	if depth < 0 {
		return
	}
	next := depth - 1
	if depth == 0 {
		next = 0
	} else if next == 0 {
		next = -1
	}
	for _, k := range c.Consts {
		if cc, ok := k.(*Code); ok {
			fmt.Fprintf(w, "\nDisassembly of %s:\n", cc.Repr())
			disRecursive(w, cc, opts, next)
		}
	}
}

// Disassemble writes c's own disassembly (dis.disassemble), without the
// nested code objects.
func Disassemble(w io.Writer, c *Code, opts DisOptions) {
	lineStarts := c.LineStarts()
	lineWidth := 0
	if len(lineStarts) > 0 {
		maxLine := lineStarts[0].Line
		for _, ls := range lineStarts {
			maxLine = max(maxLine, ls.Line)
		}
		lineWidth = 3
		if maxLine >= 1000 {
			lineWidth = len(strconv.Itoa(maxLine))
		}
	}
	offsetWidth := 4
	if maxOffset := 2*len(c.Units) - 2; maxOffset >= 10000 {
		offsetWidth = len(strconv.Itoa(maxOffset))
	}
	var line strings.Builder
	for _, in := range c.Instructions(opts.ShowCaches, opts.Adaptive) {
		if lineWidth > 0 && in.StartsLine >= 0 && in.Offset > 0 {
			io.WriteString(w, "\n")
		}
		line.Reset()
		FormatInstruction(&line, in, lineWidth, offsetWidth)
		line.WriteByte('\n')
		io.WriteString(w, line.String())
	}
	if entries := c.ExceptionEntries(); len(entries) > 0 {
		io.WriteString(w, "ExceptionTable:\n")
		for _, e := range entries {
			lasti := ""
			if e.Lasti {
				lasti = " lasti"
			}
			fmt.Fprintf(w, "  %d to %d -> %d [%d]%s\n", 2*e.Start, 2*e.End-2, 2*e.Target, e.Depth, lasti)
		}
	}
}

// FormatInstruction writes one disassembly line without its newline, as
// dis's Instruction._disassemble formats it: line number (lineWidth 0
// omits the column), current-instruction marker (never set here), jump
// target marker, offset, name padded to 20, oparg right-aligned to 5,
// argrepr in parentheses; trailing spaces trimmed.
func FormatInstruction(b *strings.Builder, in Instruction, lineWidth, offsetWidth int) {
	start := b.Len()
	if lineWidth > 0 {
		if in.StartsLine >= 0 {
			padLeft(b, strconv.Itoa(in.StartsLine), lineWidth)
		} else {
			b.WriteString(strings.Repeat(" ", lineWidth))
		}
		b.WriteByte(' ')
	}
	b.WriteString("   ")
	if in.IsJumpTarget {
		b.WriteString(" >> ")
	} else {
		b.WriteString("    ")
	}
	padLeft(b, strconv.Itoa(in.Offset), offsetWidth)
	b.WriteByte(' ')
	name := in.Op.String()
	b.WriteString(name)
	if len(name) < 20 {
		b.WriteString(strings.Repeat(" ", 20-len(name)))
	}
	if in.HasArg {
		b.WriteByte(' ')
		padLeft(b, strconv.Itoa(in.Arg), 5)
		if in.ArgRepr != "" {
			b.WriteString(" (")
			b.WriteString(in.ArgRepr)
			b.WriteByte(')')
		}
	}
	// ' '.join(fields).rstrip()
	s := b.String()
	trimmed := strings.TrimRight(s[start:], " ")
	if len(trimmed) != len(s)-start {
		full := s[:start] + trimmed
		b.Reset()
		b.WriteString(full)
	}
}

func padLeft(b *strings.Builder, s string, width int) {
	if len(s) < width {
		b.WriteString(strings.Repeat(" ", width-len(s)))
	}
	b.WriteString(s)
}
