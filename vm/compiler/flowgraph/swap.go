package flowgraph

import (
	"fmt"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// swaptimize replaces the run of SWAPs and NOPs that starts at b.Instrs[*ix]
// by the shortest SWAP sequence with the same permutation, padded with NOPs
// at the front, and leaves *ix on the run's last instruction. The
// permutation is undone cycle by cycle through the top of the stack, and the
// swaps are written from the end of the run backwards. The rewritten
// instructions keep their locations. CPython 3.11: swaptimize.
func swaptimize(b *Block, ix *int) error {
	instrs := b.Instrs[*ix:]
	depth := instrs[0].Arg
	more := false
	n := 1
	for ; n < len(instrs); n++ {
		op := instrs[n].Op
		if op == bytecode.SWAP {
			depth = max(depth, instrs[n].Arg)
			more = true
		} else if op != bytecode.NOP {
			break
		}
	}
	// A single SWAP is already optimal.
	if !more {
		return nil
	}
	stack := make([]int, depth)
	for i := range stack {
		stack[i] = i
	}
	for i := 0; i < n; i++ {
		if instrs[i].Op == bytecode.SWAP {
			k := instrs[i].Arg
			if k < 1 || k > depth {
				return fmt.Errorf("SWAP %d: bad oparg", k)
			}
			stack[0], stack[k-1] = stack[k-1], stack[0]
		}
	}
	const visited = -1
	current := n - 1
	for i := 0; i < depth; i++ {
		if stack[i] == visited || stack[i] == i {
			continue
		}
		j := i
		for {
			// Position 0 is where every swap happens; it needs no swap of
			// its own.
			if j != 0 {
				instrs[current].Op = bytecode.SWAP
				instrs[current].Arg = j + 1
				current--
			}
			if stack[j] == visited {
				break
			}
			next := stack[j]
			stack[j] = visited
			j = next
		}
	}
	for ; current >= 0; current-- {
		instrs[current].Op = bytecode.NOP
	}
	*ix += n - 1
	return nil
}

// swappable reports whether op may be reordered with a neighbour: it cannot
// jump, raise or run arbitrary code, and only consumes the top of the stack.
func swappable(op bytecode.Opcode) bool {
	return op == bytecode.STORE_FAST || op == bytecode.POP_TOP
}

// storesTo returns the local slot in stores to, or -1.
func storesTo(in *Instr) int {
	if in.Op == bytecode.STORE_FAST {
		return in.Arg
	}
	return -1
}

// nextSwappable returns the index of the next swappable instruction after
// i, skipping NOPs, or -1 if another instruction comes first or (for line
// >= 0) an instruction on another line intervenes.
func nextSwappable(b *Block, i, line int) int {
	for i++; i < len(b.Instrs); i++ {
		in := &b.Instrs[i]
		if line >= 0 && in.Loc.Line != line {
			// Reordering across a line event would change which names
			// are bound when the line is traced.
			return -1
		}
		if in.Op == bytecode.NOP {
			continue
		}
		if swappable(in.Op) {
			return i
		}
		return -1
	}
	return -1
}

// applyStaticSwaps walks back from b.Instrs[i] over SWAPs, NOPs and
// swappable instructions, and performs each SWAP k statically where it can:
// the SWAP becomes a NOP and the 1st and k-th swappable instructions that
// follow it change places. So "SWAP 2; POP_TOP; STORE_FAST x" becomes
// "NOP; STORE_FAST x; POP_TOP". CPython 3.11.4+ (gh-104615) refuses when the
// two exchanged stores, or a store between them, write the same slot.
// CPython 3.11: apply_static_swaps.
func applyStaticSwaps(b *Block, i int) {
	for ; i >= 0; i-- {
		swap := &b.Instrs[i]
		if swap.Op != bytecode.SWAP {
			if swap.Op == bytecode.NOP || swappable(swap.Op) {
				continue
			}
			return
		}
		j := nextSwappable(b, i, -1)
		if j < 0 {
			return
		}
		k := j
		line := b.Instrs[j].Loc.Line
		for count := swap.Arg - 1; count > 0; count-- {
			k = nextSwappable(b, k, line)
			if k < 0 {
				return
			}
		}
		storeJ, storeK := storesTo(&b.Instrs[j]), storesTo(&b.Instrs[k])
		if storeJ >= 0 || storeK >= 0 {
			if storeJ == storeK {
				return
			}
			for idx := j + 1; idx < k; idx++ {
				s := storesTo(&b.Instrs[idx])
				if s >= 0 && (s == storeJ || s == storeK) {
					return
				}
			}
		}
		swap.Op = bytecode.NOP
		b.Instrs[j], b.Instrs[k] = b.Instrs[k], b.Instrs[j]
	}
}
