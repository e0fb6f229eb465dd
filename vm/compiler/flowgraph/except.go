package flowgraph

import (
	"fmt"

	"github.com/quicken-py/quicken/vm/bytecode"
)

// labelExceptionTargets assigns each instruction its innermost active
// exception handler by a depth-first walk from the entry that carries a
// stack of handlers: SETUP_* pushes its handler (and queues the handler
// block with the stack as it was before the push, so handler code is
// covered by the enclosing handlers), POP_BLOCK pops, and jumps and
// fallthrough pass the stack on. SETUP_* and POP_BLOCK themselves get no
// handler, so the NOPs they become split the ranges around them. A
// SETUP_WITH or SETUP_CLEANUP handler also pushes lasti.
// CPython 3.11: label_exception_targets.
func labelExceptionTargets(entry *Block) error {
	for b := entry; b != nil; b = b.Next {
		b.visited = false
		b.handlers = nil
	}
	entry.visited = true
	entry.exceptStack = []*Block{nil}
	todo := []*Block{entry}
	for len(todo) > 0 {
		b := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		stack := b.exceptStack
		b.exceptStack = nil
		handler := stack[len(stack)-1]
		b.handlers = make([]*Block, len(b.Instrs))
		for i := range b.Instrs {
			in := &b.Instrs[i]
			switch {
			case isBlockPush(in.Op):
				if !in.Target.visited {
					in.Target.exceptStack = append([]*Block(nil), stack...)
					in.Target.visited = true
					todo = append(todo, in.Target)
				}
				if in.Op == bytecode.SETUP_WITH || in.Op == bytecode.SETUP_CLEANUP {
					in.Target.preserveLasti = true
				}
				stack = append(stack, in.Target)
				handler = in.Target
			case in.Op == bytecode.POP_BLOCK:
				if len(stack) < 2 {
					return fmt.Errorf("POP_BLOCK with no active block")
				}
				stack = stack[:len(stack)-1]
				handler = stack[len(stack)-1]
			case isJump(in.Op):
				b.handlers[i] = handler
				if !in.Target.visited {
					// The stack is shared with the fallthrough successor
					// unless the block cannot fall through.
					if !b.noFallthrough {
						in.Target.exceptStack = append([]*Block(nil), stack...)
					} else {
						in.Target.exceptStack = stack
						stack = nil
					}
					in.Target.visited = true
					todo = append(todo, in.Target)
				}
			default:
				b.handlers[i] = handler
			}
		}
		if !b.noFallthrough && b.Next != nil && !b.Next.visited {
			b.Next.exceptStack = stack
			b.Next.visited = true
			todo = append(todo, b.Next)
		}
	}
	return nil
}

// convertExceptionHandlersToNops turns SETUP_* and POP_BLOCK into NOPs,
// which keep their locations. CPython 3.11:
// convert_exception_handlers_to_nops.
func convertExceptionHandlersToNops(entry *Block) {
	for b := entry; b != nil; b = b.Next {
		for i := range b.Instrs {
			in := &b.Instrs[i]
			if isBlockPush(in.Op) || in.Op == bytecode.POP_BLOCK {
				in.Op = bytecode.NOP
			}
		}
	}
}

// exceptionTable encodes co_exceptiontable: one entry per maximal run of
// instructions (in layout order) with the same handler, runs with no
// handler omitted. Each entry is start, size, target and depth<<1|lasti, in
// code units, as varints of 6-bit groups most significant first, 0x40
// marking a continuation and 0x80 the first byte of an entry. The depth is
// the handler's entry depth less the exception (and lasti) it is entered
// with. CPython 3.11: assemble_exception_table.
func (a *assembler) exceptionTable() []byte {
	var out []byte
	var handler *Block
	start, ioffset := -1, 0
	emit := func(end int) {
		depth := handler.startDepth - 1
		lasti := 0
		if handler.preserveLasti {
			depth--
			lasti = 1
		}
		out = appendExceptItem(out, start, 0x80)
		out = appendExceptItem(out, end-start, 0)
		out = appendExceptItem(out, handler.offset, 0)
		out = appendExceptItem(out, depth<<1|lasti, 0)
	}
	for b := a.entry; b != nil; b = b.Next {
		ioffset = b.offset
		for i := range b.Instrs {
			var h *Block
			if b.handlers != nil {
				h = b.handlers[i]
			}
			if h != handler {
				if handler != nil {
					emit(ioffset)
				}
				start = ioffset
				handler = h
			}
			ioffset += instrSize(&b.Instrs[i])
		}
	}
	if handler != nil {
		emit(ioffset)
	}
	return out
}

// appendExceptItem appends v as an exception-table varint; msb (0x80 or
// 0) is or-ed into its first byte. CPython 3.11:
// assemble_emit_exception_table_item.
func appendExceptItem(out []byte, v int, msb byte) []byte {
	const more = 0x40
	for shift := 24; shift > 0; shift -= 6 {
		if v >= 1<<shift {
			out = append(out, byte(v>>shift)&0x3f|more|msb)
			msb = 0
		}
	}
	return append(out, byte(v)&0x3f|msb)
}
