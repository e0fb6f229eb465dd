package flowgraph

import (
	"fmt"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
)

// maxCopySize is the largest exit block extend_block copies (MAX_COPY_SIZE).
const maxCopySize = 4

// skipEmpty returns the first non-empty block at or after b in layout order.
func skipEmpty(b *Block) *Block {
	for len(b.Instrs) == 0 {
		b = b.Next
	}
	return b
}

// normalizeBasicBlock marks b as an exit block (it ends in a return or a
// raise) and as a no-fallthrough block (those, and unconditional jumps), and
// moves jump targets past empty blocks. CPython 3.11: normalize_basic_block,
// which rejects a jump that is not its block's last instruction.
func normalizeBasicBlock(b *Block) error {
	for i := range b.Instrs {
		in := &b.Instrs[i]
		if (isJump(in.Op) || isBlockPush(in.Op)) && in.Target == nil {
			return fmt.Errorf("%s without a target", opName(in.Op))
		}
		switch in.Op {
		case bytecode.RETURN_VALUE, bytecode.RAISE_VARARGS, bytecode.RERAISE:
			b.exit = true
			b.noFallthrough = true
		case bytecode.JUMP, bytecode.JUMP_NO_INTERRUPT,
			bytecode.POP_JUMP_IF_NOT_NONE, bytecode.POP_JUMP_IF_NONE,
			bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE,
			bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP,
			bytecode.FOR_ITER:
			if in.Op == bytecode.JUMP || in.Op == bytecode.JUMP_NO_INTERRUPT {
				b.noFallthrough = true
			}
			if i != len(b.Instrs)-1 {
				return fmt.Errorf("malformed control flow graph: %s is not the last instruction of its block", opName(in.Op))
			}
			in.Target = skipEmpty(in.Target)
		}
	}
	return nil
}

// hasLineno reports whether any instruction of b has a line number above 0.
// CPython 3.11: basicblock_has_lineno, which (unlike the other passes) does
// not count line 0.
func hasLineno(b *Block) bool {
	for i := range b.Instrs {
		if b.Instrs[i].Loc.Line > 0 {
			return true
		}
	}
	return false
}

// extendBlock replaces an unconditional jump at the end of b by a copy of
// its target when the target is an exit block of at most four instructions
// none of which has a line (typically the implicit "return None").
// CPython 3.11: extend_block.
func extendBlock(b *Block) {
	last := b.LastInstr()
	if last == nil {
		return
	}
	if last.Op != bytecode.JUMP && last.Op != bytecode.JUMP_FORWARD && last.Op != bytecode.JUMP_BACKWARD {
		return
	}
	t := last.Target
	if !t.exit || len(t.Instrs) > maxCopySize || hasLineno(t) {
		return
	}
	last.Op = bytecode.NOP
	b.Instrs = append(b.Instrs, t.Instrs...)
	b.exit = true
}

// cleanBasicBlock removes NOPs that carry no information: those without a
// line, and those whose line is already marked by a neighbour (the previous
// kept instruction, the next instruction, or, for a block's last
// instruction, the first instruction of the next non-empty block). A NOP
// followed by a line-less instruction hands its location to it.
// CPython 3.11: clean_basic_block.
func cleanBasicBlock(b *Block) {
	dest := 0
	prevLine := -1
	n := len(b.Instrs)
	for src := 0; src < n; src++ {
		line := b.Instrs[src].Loc.Line
		if b.Instrs[src].Op == bytecode.NOP {
			if line < 0 || prevLine == line {
				continue
			}
			if src < n-1 {
				nextLine := b.Instrs[src+1].Loc.Line
				if nextLine == line {
					continue
				}
				if nextLine < 0 {
					b.Instrs[src+1].Loc = b.Instrs[src].Loc
					continue
				}
			} else {
				next := b.Next
				for next != nil && len(next.Instrs) == 0 {
					next = next.Next
				}
				if next != nil && line == next.Instrs[0].Loc.Line {
					continue
				}
			}
		}
		if dest != src {
			b.Instrs[dest] = b.Instrs[src]
			if b.handlers != nil {
				b.handlers[dest] = b.handlers[src]
			}
		}
		dest++
		prevLine = line
	}
	b.Instrs = b.Instrs[:dest]
	if b.handlers != nil {
		b.handlers = b.handlers[:dest]
	}
}

// markReachable counts each block's predecessors by a depth-first search
// from the entry over fallthrough edges, jumps and SETUP_* handler edges;
// blocks left at zero are unreachable. CPython 3.11: mark_reachable.
func markReachable(entry *Block) {
	entry.predecessors = 1
	stack := []*Block{entry}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b.Next != nil && !b.noFallthrough {
			if b.Next.predecessors == 0 {
				stack = append(stack, b.Next)
			}
			b.Next.predecessors++
		}
		for i := range b.Instrs {
			in := &b.Instrs[i]
			if isJump(in.Op) || isBlockPush(in.Op) {
				t := in.Target
				if t.predecessors == 0 {
					stack = append(stack, t)
				}
				t.predecessors++
			}
		}
	}
}

// eliminateEmptyBasicBlocks unlinks empty blocks from the layout (a
// trailing one stays) and moves block-ending jumps past empty blocks.
// CPython 3.11: eliminate_empty_basic_blocks.
func eliminateEmptyBasicBlocks(entry *Block) {
	for b := entry; b != nil; b = b.Next {
		next := b.Next
		if next != nil {
			for len(next.Instrs) == 0 && next.Next != nil {
				next = next.Next
			}
			b.Next = next
		}
	}
	for b := entry; b != nil; b = b.Next {
		last := b.LastInstr()
		if last != nil && isJump(last.Op) {
			last.Target = skipEmpty(last.Target)
		}
	}
}

// optimizeCFG is CPython 3.11's optimize_cfg: per-block peephole
// optimisation and NOP removal, extend_block again, dead-block removal,
// another NOP removal, and redundant-jump removal. Each step runs once.
func (a *assembler) optimizeCFG() error {
	for b := a.entry; b != nil; b = b.Next {
		if err := a.optimizeBasicBlock(b); err != nil {
			return err
		}
		cleanBasicBlock(b)
	}
	for b := a.u.Blocks; b != nil; b = b.List {
		extendBlock(b)
	}
	markReachable(a.entry)
	for b := a.entry; b != nil; b = b.Next {
		if b.predecessors == 0 {
			b.Instrs = b.Instrs[:0]
			b.noFallthrough = false
		}
	}
	eliminateEmptyBasicBlocks(a.entry)
	for b := a.entry; b != nil; b = b.Next {
		cleanBasicBlock(b)
	}
	// An unconditional jump to the block laid out next becomes a NOP. The
	// NOP stays until the final NOP removal, keeping the jump's location.
	maybeEmpty := false
	for b := a.entry; b != nil; b = b.Next {
		last := b.LastInstr()
		if last == nil {
			continue
		}
		if (last.Op == bytecode.JUMP || last.Op == bytecode.JUMP_NO_INTERRUPT) && last.Target == b.Next {
			b.noFallthrough = false
			last.Op = bytecode.NOP
			maybeEmpty = true
		}
	}
	if maybeEmpty {
		eliminateEmptyBasicBlocks(a.entry)
	}
	return nil
}

// jumpThread retargets inst to the target of the jump target (the first
// instruction of inst's target block), with opcode op, when both are on the
// same line and the retargeting changes something. CPython 3.11:
// jump_thread (the same-line rule keeps line events intact; bpo-45773 for
// the second condition).
func jumpThread(inst *Instr, target Instr, op bytecode.Opcode) bool {
	if inst.Loc.Line == target.Loc.Line && inst.Target != target.Target {
		inst.Target = target.Target
		inst.Op = op
		return true
	}
	return false
}

// optimizeBasicBlock is CPython 3.11's optimize_basic_block: the peephole
// rules over one block. An instruction whose jump was threaded is examined
// again.
func (a *assembler) optimizeBasicBlock(bb *Block) error {
	// Threading one jump repeatedly through a cycle of jump-only blocks
	// on one line would never end (CPython 3.11 would hang; its
	// bpo-45773 fix only covers a jump to itself). Each threading step
	// moves to a different block, so more steps than there are blocks
	// means a cycle.
	rethreads, lastI := 0, -1
	for i := 0; i < len(bb.Instrs); i++ {
		if i == lastI {
			rethreads++
			if rethreads > a.nblocks {
				return fmt.Errorf("jump threading does not terminate: a cycle of jumps on line %d", bb.Instrs[i].Loc.Line)
			}
		} else {
			rethreads, lastI = 0, i
		}
		inst := &bb.Instrs[i]
		oparg := inst.Arg
		var nextop bytecode.Opcode // CACHE (0) stands for "no next instruction"
		if i+1 < len(bb.Instrs) {
			nextop = bb.Instrs[i+1].Op
		}
		target := Instr{Op: bytecode.NOP}
		if isJump(inst.Op) || isBlockPush(inst.Op) {
			inst.Target = skipEmpty(inst.Target)
			target = inst.Target.Instrs[0]
		}
		switch inst.Op {
		case bytecode.LOAD_CONST:
			switch nextop {
			case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
				// A constant condition: the jump is always or never taken.
				isTrue, err := a.constTruth(oparg)
				if err != nil {
					return err
				}
				inst.Op = bytecode.NOP
				if isTrue == (nextop == bytecode.POP_JUMP_IF_TRUE) {
					bb.Instrs[i+1].Op = bytecode.JUMP
					bb.noFallthrough = true
				} else {
					bb.Instrs[i+1].Op = bytecode.NOP
				}
			case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
				isTrue, err := a.constTruth(oparg)
				if err != nil {
					return err
				}
				if isTrue == (nextop == bytecode.JUMP_IF_TRUE_OR_POP) {
					// Taken: the value stays on the stack.
					bb.Instrs[i+1].Op = bytecode.JUMP
					bb.noFallthrough = true
				} else {
					inst.Op = bytecode.NOP
					bb.Instrs[i+1].Op = bytecode.NOP
				}
			case bytecode.IS_OP:
				// "x is None" / "x is not None" followed by a conditional
				// jump becomes POP_JUMP_IF_(NOT_)NONE.
				c, err := a.constAt(oparg)
				if err != nil {
					return err
				}
				var jumpOp bytecode.Opcode
				if i+2 < len(bb.Instrs) {
					jumpOp = bb.Instrs[i+2].Op
				}
				if _, isNone := c.(constant.None); isNone && (jumpOp == bytecode.POP_JUMP_IF_FALSE || jumpOp == bytecode.POP_JUMP_IF_TRUE) {
					nextarg := byte(bb.Instrs[i+1].Arg)
					inst.Op = bytecode.NOP
					bb.Instrs[i+1].Op = bytecode.NOP
					invert := byte(0)
					if jumpOp == bytecode.POP_JUMP_IF_FALSE {
						invert = 1
					}
					if nextarg^invert != 0 {
						bb.Instrs[i+2].Op = bytecode.POP_JUMP_IF_NOT_NONE
					} else {
						bb.Instrs[i+2].Op = bytecode.POP_JUMP_IF_NONE
					}
				}
			}
		case bytecode.BUILD_TUPLE:
			// BUILD_TUPLE n; UNPACK_SEQUENCE n: nothing for n=1, a SWAP
			// for n=2 or 3 (examined next as a SWAP).
			if nextop == bytecode.UNPACK_SEQUENCE && oparg == bb.Instrs[i+1].Arg {
				switch oparg {
				case 1:
					inst.Op = bytecode.NOP
					bb.Instrs[i+1].Op = bytecode.NOP
					continue
				case 2, 3:
					inst.Op = bytecode.NOP
					bb.Instrs[i+1].Op = bytecode.SWAP
					continue
				}
			}
			if i >= oparg {
				if err := a.foldTupleOnConstants(bb.Instrs[i-oparg:i+1], oparg); err != nil {
					return err
				}
			}
		// Conditional jumps to conditional jumps whose outcome the first
		// test decides, as in "a and b or c".
		case bytecode.JUMP_IF_FALSE_OR_POP:
			switch target.Op {
			case bytecode.POP_JUMP_IF_FALSE:
				if jumpThread(inst, target, bytecode.POP_JUMP_IF_FALSE) {
					i--
				}
			case bytecode.JUMP, bytecode.JUMP_IF_FALSE_OR_POP:
				if jumpThread(inst, target, bytecode.JUMP_IF_FALSE_OR_POP) {
					i--
				}
			case bytecode.JUMP_IF_TRUE_OR_POP, bytecode.POP_JUMP_IF_TRUE:
				if inst.Loc.Line == target.Loc.Line {
					inst.Op = bytecode.POP_JUMP_IF_FALSE
					inst.Target = inst.Target.Next
					i--
				}
			}
		case bytecode.JUMP_IF_TRUE_OR_POP:
			switch target.Op {
			case bytecode.POP_JUMP_IF_TRUE:
				if jumpThread(inst, target, bytecode.POP_JUMP_IF_TRUE) {
					i--
				}
			case bytecode.JUMP, bytecode.JUMP_IF_TRUE_OR_POP:
				if jumpThread(inst, target, bytecode.JUMP_IF_TRUE_OR_POP) {
					i--
				}
			case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.POP_JUMP_IF_FALSE:
				if inst.Loc.Line == target.Loc.Line {
					inst.Op = bytecode.POP_JUMP_IF_TRUE
					inst.Target = inst.Target.Next
					i--
				}
			}
		case bytecode.POP_JUMP_IF_NOT_NONE, bytecode.POP_JUMP_IF_NONE,
			bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE, bytecode.JUMP:
			if target.Op == bytecode.JUMP && jumpThread(inst, target, inst.Op) {
				i--
			}
		case bytecode.FOR_ITER:
			// CPython 3.11 does not thread FOR_ITER: it only jumps forward,
			// and the JUMP at its target may be backward.
		case bytecode.SWAP:
			if oparg == 1 {
				inst.Op = bytecode.NOP
				break
			}
			if err := swaptimize(bb, &i); err != nil {
				return err
			}
			applyStaticSwaps(bb, i)
		case bytecode.PUSH_NULL:
			// CPython 3.11 fuses PUSH_NULL into the LOAD_GLOBAL that follows
			// by setting the oparg's low bit. Its guard tests the low bit of
			// the *opcode* (LOAD_GLOBAL is even), so the fusion always
			// happens.
			if nextop == bytecode.LOAD_GLOBAL {
				inst.Op = bytecode.NOP
				inst.Arg = 0
				bb.Instrs[i+1].Arg |= 1
			}
		}
	}
	return nil
}
