package flowgraph

import (
	"fmt"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// normalizeJumps gives each block-ending jump its direction: backward when
// its target block comes earlier in layout or is the jump's own block.
// JUMP_IF_*_OR_POP, FOR_ITER and SEND only exist forward.
// CPython 3.11: normalize_jumps.
func normalizeJumps(entry *Block) error {
	for b := entry; b != nil; b = b.Next {
		b.visited = false
	}
	for b := entry; b != nil; b = b.Next {
		b.visited = true
		last := b.LastInstr()
		if last == nil || !isJump(last.Op) {
			continue
		}
		forward := !last.Target.visited
		pick := func(fwd, back bytecode.Opcode) bytecode.Opcode {
			if forward {
				return fwd
			}
			return back
		}
		switch last.Op {
		case bytecode.JUMP:
			last.Op = pick(bytecode.JUMP_FORWARD, bytecode.JUMP_BACKWARD)
		case bytecode.JUMP_NO_INTERRUPT:
			last.Op = pick(bytecode.JUMP_FORWARD, bytecode.JUMP_BACKWARD_NO_INTERRUPT)
		case bytecode.POP_JUMP_IF_NOT_NONE:
			last.Op = pick(bytecode.POP_JUMP_FORWARD_IF_NOT_NONE, bytecode.POP_JUMP_BACKWARD_IF_NOT_NONE)
		case bytecode.POP_JUMP_IF_NONE:
			last.Op = pick(bytecode.POP_JUMP_FORWARD_IF_NONE, bytecode.POP_JUMP_BACKWARD_IF_NONE)
		case bytecode.POP_JUMP_IF_FALSE:
			last.Op = pick(bytecode.POP_JUMP_FORWARD_IF_FALSE, bytecode.POP_JUMP_BACKWARD_IF_FALSE)
		case bytecode.POP_JUMP_IF_TRUE:
			last.Op = pick(bytecode.POP_JUMP_FORWARD_IF_TRUE, bytecode.POP_JUMP_BACKWARD_IF_TRUE)
		case bytecode.JUMP_IF_TRUE_OR_POP, bytecode.JUMP_IF_FALSE_OR_POP:
			if !forward {
				return fmt.Errorf("unexpected %s jumping backwards", opName(last.Op))
			}
		}
	}
	return nil
}

// instrSize is an instruction's length in code units: its EXTENDED_ARG
// prefixes, itself, and its inline caches. CPython 3.11: instr_size.
func instrSize(in *Instr) int {
	arg := 0
	if hasArg(in.Op) {
		arg = in.Arg
	}
	n := 1 + caches(in.Op)
	if arg > 0xFF {
		n++
	}
	if arg > 0xFFFF {
		n++
	}
	if arg > 0xFFFFFF {
		n++
	}
	return n
}

// blockSize is the length of b's code in code units.
func blockSize(b *Block) int {
	n := 0
	for i := range b.Instrs {
		n += instrSize(&b.Instrs[i])
	}
	return n
}

// assembleJumpOffsets lays the blocks out and sets each jump's oparg to its
// distance in code units from the end of the jump instruction (forward or
// backward). A larger oparg may need an EXTENDED_ARG, which moves
// everything after it, so the layout is repeated until no instruction
// changes size; sizes only grow, so this ends. Jump opargs start at 0, as
// codegen leaves them. CPython 3.11: assemble_jump_offsets.
func (a *assembler) assembleJumpOffsets() error {
	for b := a.u.Blocks; b != nil; b = b.List {
		for i := range b.Instrs {
			if isJump(b.Instrs[i].Op) {
				b.Instrs[i].Arg = 0
			}
		}
	}
	for {
		total := 0
		for b := a.entry; b != nil; b = b.Next {
			b.offset = total
			total += blockSize(b)
		}
		// CPython walks b_list here; only laid-out blocks hold code by
		// now, and each oparg depends only on the offsets above, so the
		// layout order gives the same result.
		recompile := false
		for b := a.entry; b != nil; b = b.Next {
			end := b.offset
			for i := range b.Instrs {
				in := &b.Instrs[i]
				size := instrSize(in)
				end += size
				if !isJump(in.Op) {
					continue
				}
				target := in.Target.offset
				backward := isBackwardJump(in.Op)
				if target < end {
					if !backward {
						return fmt.Errorf("%s jumps backward", opName(in.Op))
					}
					in.Arg = end - target
				} else {
					if backward {
						return fmt.Errorf("%s jumps forward", opName(in.Op))
					}
					in.Arg = target - end
				}
				if instrSize(in) != size {
					recompile = true
				}
			}
		}
		if !recompile {
			return nil
		}
	}
}

// isBackwardJump reports whether op is one of 3.11's backward jumps.
func isBackwardJump(op bytecode.Opcode) bool {
	switch op {
	case bytecode.JUMP_BACKWARD, bytecode.JUMP_BACKWARD_NO_INTERRUPT,
		bytecode.POP_JUMP_BACKWARD_IF_NONE, bytecode.POP_JUMP_BACKWARD_IF_NOT_NONE,
		bytecode.POP_JUMP_BACKWARD_IF_TRUE, bytecode.POP_JUMP_BACKWARD_IF_FALSE:
		return true
	}
	return false
}

// emitCode writes the code units: EXTENDED_ARG prefixes carrying the high
// bytes of the oparg, the instruction with the low byte, then its CACHE
// units. CPython 3.11: write_instr.
func (a *assembler) emitCode() []uint16 {
	var units []uint16
	for b := a.entry; b != nil; b = b.Next {
		for i := range b.Instrs {
			in := &b.Instrs[i]
			arg := 0
			if hasArg(in.Op) {
				arg = in.Arg
			}
			size := instrSize(in)
			nc := caches(in.Op)
			for shift := 8 * (size - nc - 1); shift > 0; shift -= 8 {
				units = append(units, uint16(bytecode.EXTENDED_ARG)|uint16(arg>>shift&0xFF)<<8)
			}
			units = append(units, uint16(in.Op)|uint16(arg&0xFF)<<8)
			for ; nc > 0; nc-- {
				units = append(units, uint16(bytecode.CACHE))
			}
		}
	}
	return units
}
