// Command quicken is the command line of quicken, a Go re-implementation
// of CPython 3.11's front end, compiler and specializing adaptive
// interpreter for exploring how Python gets fast.
//
// Usage:
//
//	quicken                            open the explorer on the first lesson
//	quicken explore [flags] FILE|LESSON [ARGS...]
//	                                   step the VM through FILE in the explorer
//	quicken run [-u] [--no-specialize] [--stats] [--max-memory N] FILE [ARGS...]
//	                                   what `python3 FILE ARGS...` prints, its streams
//	                                   buffered as python3's (-u: unbuffered); --stats
//	                                   adds specialization statistics on stderr
//	quicken dis [--show-caches] FILE   what `python3 -m dis FILE` prints
//	quicken dis --adaptive [--show-caches] FILE
//	                                   run FILE, then dis.dis(f, adaptive=True) of its
//	                                   functions as CPython 3.11 shows them after the run
//	quicken ast [--indent N] FILE      what `print(ast.dump(ast.parse(src), indent=N))` prints
//	quicken record, replay, scenarios  recordings and lessons (see `quicken help`)
//	quicken help                       show usage
//
// Flags of run come before FILE; what follows FILE is the program's
// sys.argv[1:]. Exit status: as `python3 FILE` for run (1 for a syntax
// error, reported exactly as python3 reports it), 2 for usage errors and
// unreadable files, 70 for an internal error.
//
// This package only wires flags to the packages that do the work:
// vm/syntax (tokenizer, parser, AST dump), vm/compiler (code objects),
// vm/bytecode (the disassembler), vm (the interpreter) and specializer
// (quickening, specialization, the adaptive disassembly and the
// statistics report).
//
// default.pgo is the CPU profile Go's profile-guided optimisation builds
// this command with (go build and go run use it without a flag): a run
// of internal/pgotrain's training programs, which are not the
// benchmark's. Regenerate it with go generate after large changes to the
// VM.
package main

//go:generate go run ../../internal/pgotrain -o default.pgo
