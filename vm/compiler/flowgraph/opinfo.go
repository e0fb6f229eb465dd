package flowgraph

import (
	"fmt"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// The assembler's view of package bytecode's opcode table.

// isJump reports whether op names a jump target: 3.11's relative jumps
// (FOR_ITER and SEND included) and the pseudo jumps. CPython 3.11: is_jump.
func isJump(op bytecode.Opcode) bool { return op.IsJump() }

// isBlockPush reports whether op is SETUP_FINALLY, SETUP_CLEANUP or
// SETUP_WITH. CPython 3.11: is_block_push.
func isBlockPush(op bytecode.Opcode) bool { return op.IsBlockPush() }

// hasArg reports whether op uses its oparg (HAS_ARG).
func hasArg(op bytecode.Opcode) bool { return op.HasArg() }

// caches returns op's number of inline cache units (_PyOpcode_Caches).
func caches(op bytecode.Opcode) int { return op.Caches() }

// opName returns op's CPython name.
func opName(op bytecode.Opcode) string { return op.String() }

// stackEffect returns op's stack effect when not jumping or when jumping
// (to a jump's target, or a SETUP_*'s handler).
func stackEffect(op bytecode.Opcode, arg int, jump bool) (int, error) {
	j := 0
	if jump {
		j = 1
	}
	e := bytecode.StackEffect(op, arg, j)
	if e == bytecode.InvalidStackEffect {
		return 0, fmt.Errorf("no stack effect for %s %d", opName(op), arg)
	}
	return e, nil
}
