package flowgraph

import "github.com/quicken-py/quicken/vm/bytecode"

// isExitWithoutLineno reports whether b is an exit block none of whose
// instructions has a line. CPython 3.11: is_exit_without_lineno.
func isExitWithoutLineno(b *Block) bool {
	if !b.exit {
		return false
	}
	for i := range b.Instrs {
		if b.Instrs[i].Loc.Line >= 0 {
			return false
		}
	}
	return true
}

// copyBlock allocates a copy of b (which must not fall through).
// CPython 3.11: compiler_copy_block.
func (u *Unit) copyBlock(b *Block) *Block {
	c := u.NewBlock()
	c.Instrs = append([]Instr(nil), b.Instrs...)
	c.exit = b.exit
	c.noFallthrough = true
	return c
}

// duplicateExitsWithoutLineno gives every line-less exit block that several
// jumps reach a copy per jump, placed right after the original in layout
// and located at the jump, so that every return or raise gets a line
// (PEP 626). Blocks are walked in reverse allocation order and each copy is
// inserted directly after the original, so copies for later-allocated jumps
// end up later. A line-less exit block still reached by fallthrough takes
// the location of its predecessor's last instruction.
// CPython 3.11: duplicate_exits_without_lineno.
func (a *assembler) duplicateExitsWithoutLineno() {
	for b := a.u.Blocks; b != nil; b = b.List {
		last := b.LastInstr()
		if last == nil || !isJump(last.Op) {
			continue
		}
		target := last.Target
		if isExitWithoutLineno(target) && target.predecessors > 1 {
			c := a.u.copyBlock(target)
			c.Instrs[0].Loc = last.Loc
			last.Target = c
			target.predecessors--
			c.predecessors = 1
			c.Next = target.Next
			target.Next = c
		}
	}
	for b := a.u.Blocks; b != nil; b = b.List {
		for b.Next != nil && len(b.Next.Instrs) == 0 {
			b.Next = b.Next.Next
		}
	}
	for b := a.u.Blocks; b != nil; b = b.List {
		last := b.LastInstr()
		if !b.noFallthrough && b.Next != nil && last != nil {
			if isExitWithoutLineno(b.Next) && len(b.Next.Instrs) > 0 {
				b.Next.Instrs[0].Loc = last.Loc
			}
		}
	}
}

// trimUnusedConsts drops the constants after the highest index any
// LOAD_CONST or KW_NAMES uses; index 0 (a function's docstring slot) always
// stays. Unused constants before that index stay too.
// CPython 3.11: trim_unused_consts.
func (a *assembler) trimUnusedConsts() {
	maxIndex := 0
	for b := a.entry; b != nil; b = b.Next {
		for i := range b.Instrs {
			in := &b.Instrs[i]
			if (in.Op == bytecode.LOAD_CONST || in.Op == bytecode.KW_NAMES) && in.Arg > maxIndex {
				maxIndex = in.Arg
			}
		}
	}
	if maxIndex+1 < len(a.consts) {
		a.consts = a.consts[:maxIndex+1]
	}
}

// propagateLineNumbers gives each line-less instruction the location of
// the instruction before it in its block (all four fields; at the start of
// a block, no location), and the location of a block's last instruction to
// the line-less first instruction of its fallthrough successor and of its
// jump target, when that block has exactly one predecessor. Blocks reached
// only through a SETUP_* handler edge are not jump targets, so handler
// entry code stays line-less. CPython 3.11: propagate_line_numbers.
func (a *assembler) propagateLineNumbers() {
	for b := a.entry; b != nil; b = b.Next {
		if len(b.Instrs) == 0 {
			continue
		}
		prev := NoLocation
		for i := range b.Instrs {
			if b.Instrs[i].Loc.Line < 0 {
				b.Instrs[i].Loc = prev
			} else {
				prev = b.Instrs[i].Loc
			}
		}
		if !b.noFallthrough && b.Next != nil && b.Next.predecessors == 1 && len(b.Next.Instrs) > 0 {
			if b.Next.Instrs[0].Loc.Line < 0 {
				b.Next.Instrs[0].Loc = prev
			}
		}
		last := b.LastInstr()
		if isJump(last.Op) {
			t := last.Target
			if t.predecessors == 1 && len(t.Instrs) > 0 && t.Instrs[0].Loc.Line < 0 {
				t.Instrs[0].Loc = prev
			}
		}
	}
}

// guaranteeLinenoForExits gives every instruction of a block that ends in a
// line-less RETURN_VALUE the line of the last block end seen before it in
// layout that had a line (or firstlineno). Only the line is set.
// CPython 3.11: guarantee_lineno_for_exits.
func (a *assembler) guaranteeLinenoForExits(firstlineno int) {
	line := firstlineno
	for b := a.entry; b != nil; b = b.Next {
		last := b.LastInstr()
		if last == nil {
			continue
		}
		if last.Loc.Line < 0 {
			if last.Op == bytecode.RETURN_VALUE {
				for i := range b.Instrs {
					b.Instrs[i].Loc.Line = line
				}
			}
		} else {
			line = last.Loc.Line
		}
	}
}
