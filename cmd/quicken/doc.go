// Command quicken is the command line of quicken, a Go re-implementation
// of CPython 3.11's front end and compiler (and, later, its specializing
// interpreter) for exploring how Python gets fast.
//
// Usage:
//
//	quicken                            disassemble the bundled example
//	quicken dis [--show-caches] FILE   what `python3 -m dis FILE` prints
//	quicken ast [--indent N] FILE      what `print(ast.dump(ast.parse(src), indent=N))` prints
//	quicken help                       show usage
//
// Flags may come before or after FILE. Exit status: 0 on success, 1 when
// the source has a syntax error (reported exactly as `python3 FILE`
// reports it), 2 for usage errors and unreadable files, 70 for an internal
// error.
//
// This package only wires flags to the packages that do the work:
// vm/syntax (tokenizer, parser, AST dump), vm/compiler (code objects) and
// vm/bytecode (the disassembler).
package main
