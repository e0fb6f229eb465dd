package flowgraph

import (
	"fmt"
	"math"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// stackDepth computes co_stacksize: the largest depth on any path from the
// entry (depth 1 for generators and coroutines, whose RETURN_GENERATOR's
// value is popped by the POP_TOP that follows it). Each block records the
// largest entry depth seen; a block is revisited when a larger one arrives
// (up to depth 100), and the CFG is assumed to have no cycle with a net
// effect. Jumps and SETUP_* pass depth + their jump effect to their target.
// The rest of a block after an unconditional jump, return or raise is
// dead. CPython 3.11: stackdepth.
func (a *assembler) stackDepth() (int, error) {
	for b := a.u.Blocks; b != nil; b = b.List {
		b.startDepth = math.MinInt
	}
	var stack []*Block
	push := func(b *Block, depth int) {
		if b.startDepth < depth && b.startDepth < 100 {
			b.startDepth = depth
			stack = append(stack, b)
		}
	}
	if a.u.Flags&(bytecode.CoGenerator|bytecode.CoCoroutine|bytecode.CoAsyncGenerator) != 0 {
		push(a.entry, 1)
	} else {
		push(a.entry, 0)
	}
	maxDepth := 0
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		depth := b.startDepth
		next := b.Next
		for i := range b.Instrs {
			in := &b.Instrs[i]
			effect, err := stackEffect(in.Op, in.Arg, false)
			if err != nil {
				return 0, err
			}
			newDepth := depth + effect
			maxDepth = max(maxDepth, newDepth)
			if newDepth < 0 {
				return 0, fmt.Errorf("stack underflow at %s in stack depth analysis", opName(in.Op))
			}
			if isJump(in.Op) || isBlockPush(in.Op) {
				effect, err := stackEffect(in.Op, in.Arg, true)
				if err != nil {
					return 0, err
				}
				targetDepth := depth + effect
				maxDepth = max(maxDepth, targetDepth)
				push(in.Target, targetDepth)
			}
			depth = newDepth
			if in.Op == bytecode.JUMP_NO_INTERRUPT || in.Op == bytecode.JUMP ||
				in.Op == bytecode.RETURN_VALUE || in.Op == bytecode.RAISE_VARARGS ||
				in.Op == bytecode.RERAISE {
				next = nil
				break
			}
		}
		if next != nil {
			push(next, depth)
		}
	}
	return maxDepth, nil
}
