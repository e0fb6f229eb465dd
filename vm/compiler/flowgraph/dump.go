package flowgraph

import (
	"fmt"
	"strings"
)

// Dump returns the unit's blocks in layout order as text, one instruction
// a line, for tests and debugging:
//
//	b0:
//	  RESUME 0 @0:0-1:0
//	  LOAD_NAME 0 @1:3-4
//	  POP_JUMP_IF_FALSE ->b2 @1:0-2:8
//	b1:
//	  NOP @2:4-8
//
// A block is named by its allocation order (b0 is the first allocated).
// An instruction shows its oparg when the opcode uses one, its target, and
// its location: @L:C-EC on one line, @L:C-EL:EC across lines, @L without
// columns, nothing when it has no location.
func (u *Unit) Dump() string {
	names := u.blockNames()
	entry := u.Entry
	if entry == nil {
		for b := u.Blocks; b != nil; b = b.List {
			entry = b
		}
	}
	var sb strings.Builder
	for b := entry; b != nil; b = b.Next {
		fmt.Fprintf(&sb, "%s:\n", names[b])
		for i := range b.Instrs {
			sb.WriteString("  ")
			sb.WriteString(b.Instrs[i].format(names))
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// blockNames names each block "bN", N its allocation index.
func (u *Unit) blockNames() map[*Block]string {
	n := 0
	for b := u.Blocks; b != nil; b = b.List {
		n++
	}
	names := make(map[*Block]string, n)
	for b := u.Blocks; b != nil; b = b.List {
		n--
		names[b] = fmt.Sprintf("b%d", n)
	}
	return names
}

func (in *Instr) format(names map[*Block]string) string {
	var sb strings.Builder
	sb.WriteString(opName(in.Op))
	if in.Target != nil && (isJump(in.Op) || isBlockPush(in.Op)) {
		name, ok := names[in.Target]
		if !ok {
			name = "b?"
		}
		sb.WriteString(" ->")
		sb.WriteString(name)
	} else if hasArg(in.Op) {
		fmt.Fprintf(&sb, " %d", in.Arg)
	}
	if loc := in.Loc.String(); loc != "" {
		sb.WriteString(" @")
		sb.WriteString(loc)
	}
	return sb.String()
}

// String formats a location as Dump does, without the "@": "" for no
// location, "L" without columns, "L:C-EC" on one line, "L:C-EL:EC" across
// lines, and "L,EL,C,EC" for anything else.
func (l Location) String() string {
	cols := l.Col >= 0 && l.EndCol >= 0
	switch {
	case l.Line < 0:
		return ""
	case l.EndLine == l.Line && l.Col < 0 && l.EndCol < 0:
		return fmt.Sprintf("%d", l.Line)
	case l.EndLine == l.Line && cols:
		return fmt.Sprintf("%d:%d-%d", l.Line, l.Col, l.EndCol)
	case l.EndLine > l.Line && cols:
		return fmt.Sprintf("%d:%d-%d:%d", l.Line, l.Col, l.EndLine, l.EndCol)
	}
	return fmt.Sprintf("%d,%d,%d,%d", l.Line, l.EndLine, l.Col, l.EndCol)
}
