// Package compiler turns Python source into CPython 3.11 code objects,
// instruction for instruction what CPython 3.11's compile() produces.
//
// # Pipeline
//
// Compile runs the phases of CPython's _PyAST_Compile in order:
//
//	source ──syntax.Parse──► AST
//	       ──future imports──► CO_FUTURE_* flags
//	       ──optimizeAST──► folded AST (ast_opt.c)
//	       ──buildSymtable──► scopes of every name (symtable.c)
//	       ──codegen──► one control-flow graph per code object (compile.c)
//	       ──flowgraph.Assemble──► bytecode.Code (assemble() in compile.c)
//
// # Units
//
// Code generation walks the AST once. Each module, class body, function,
// lambda and comprehension is a unit (CPython's compiler_unit): it owns the
// code object's tables (constants, names, local, cell and free variables,
// each numbered on first insertion) and its basic blocks. Entering a def
// pushes the enclosing unit on a stack and starts a new one; leaving it
// assembles the nested code object, pops back and emits MAKE_FUNCTION with
// the code object as a constant, so inner code objects are finished before
// the outer ones.
//
// # Blocks
//
// Instructions are appended to the unit's current basic block. A block is
// placed in the layout (its predecessor's fallthrough link) only when
// codegen switches to it with useNextBlock; after a jump, return, raise or
// reraise the next instruction starts a new implicit block. CPython 3.11
// never reorders blocks afterwards, so this emission order is the final
// layout. Jumps name their target block; the try/with/handler structure is
// described with the pseudo-ops SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH
// and POP_BLOCK, from which the assembler builds the exception table.
//
// Statements that must be unwound when return, break or continue leave
// them early (loops, with, try/finally, exception handlers) push a frame
// block (fblock); unwinding emits the iterator pops, __exit__ calls,
// inlined finally bodies and handler cleanups CPython emits.
//
// # Locations
//
// Every instruction carries a source span (line, end line, column, end
// column; columns in UTF-8 bytes). A statement sets the current location
// to its span; visiting an expression sets it to the expression's span
// and restores the previous one afterwards, so instructions emitted after
// a sub-expression carry the enclosing node's span. Artificial
// instructions (implicit returns, cleanup code) have no location and get
// one from their neighbours during assembly, exactly as in CPython 3.11.
//
// # Interpreter state
//
// A few details of CPython's output depend on the interpreter that
// compiles, not on the source: the recursion limit of the AST optimizer
// and symbol table (counted from the Python call depth of compile()), and
// the order of frozenset constants of identifier-like strings, which code
// object creation rebuilds when one of their strings was already interned
// (interned.go models it with the strings each command has interned).
// Options.Context selects the command reproduced: `python3 -m dis FILE`
// (the default, what quicken dis matches) or `python3 FILE`.
//
// Under "from __future__ import annotations", annotations become the
// strings CPython's ast_unparse.c makes of them (unparse.go).
package compiler
