// Package flowgraph holds a code object's control-flow graph as the code
// generator builds it, and assembles it into a bytecode.Code exactly as
// CPython 3.11's assemble() (Python/compile.c) does.
//
// The model is CPython's: a unit is a set of basic blocks linked twice.
// Block.List chains every block newest first (b_list), and several passes
// walk blocks in that reverse allocation order, which decides where
// duplicated blocks land. Block.Next is the layout order (b_next), the order
// the code generator switched to the blocks in; 3.11 never reorders blocks.
// Instructions are CPython's opcodes plus the compiler's pseudo-ops
// (SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH, POP_BLOCK and the
// direction-less jumps JUMP, JUMP_NO_INTERRUPT and POP_JUMP_IF_*), each with
// a source location; a jump names its target block, not an offset.
//
// Assemble runs 3.11's passes in 3.11's order, each in its own file:
//
//   - normalize and extend_block (optimize.go): mark exit and
//     no-fallthrough blocks, inline small line-less exit blocks into blocks
//     that jump to them;
//   - insert_prefix_instructions and fix_cell_offsets (localsplus.go):
//     COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR, and the localsplus layout;
//   - optimize_cfg (optimize.go, fold.go, swap.go): constant conditions,
//     tuple folding, jump threading, SWAP elimination, dead code and NOP
//     removal, redundant jumps;
//   - duplicate_exits_without_lineno, trim_unused_consts,
//     propagate_line_numbers and guarantee_lineno_for_exits (lineno.go);
//   - stackdepth (stackdepth.go);
//   - label_exception_targets and the SETUP/POP_BLOCK → NOP conversion
//     (except.go);
//   - normalize_jumps and assemble_jump_offsets with EXTENDED_ARG
//     (jumps.go);
//   - emission of the code units, the location table (linetable.go) and the
//     exception table (except.go).
//
// Opcode metadata (caches, stack effects, jump kinds) comes from package
// bytecode's table; this package keeps no opcode list of its own.
package flowgraph
