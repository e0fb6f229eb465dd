// Package syntax is quicken's front end for Python 3.11 source: a
// tokenizer and a parser that produce the AST of CPython's ast module, with
// CPython's positions, and CPython's SyntaxError, IndentationError and
// TabError for bad source.
//
// The model is CPython 3.11's own front end, reproduced piece by piece
// rather than approximated, because its error messages and positions fall
// out of its mechanics:
//
//   - source.go reads the file as the file tokenizer does: BOM, PEP 263
//     coding cookie, universal newlines, one line at a time (so a bad byte
//     or a null byte is found only when its line is reached).
//   - scan.go is Parser/tokenizer.c's tok_get, keeping its pointers (cur,
//     inp, buf, line_start) as byte offsets, because several error columns
//     are computed from them.
//   - parse*.go are the rules of Grammar/python.gram, hand-written, one
//     method per rule, alternatives in grammar order, with pegen's
//     backtracking, memoization and cuts. Left-recursive rules are loops.
//     Parsing is two passes, as in _PyPegen_run_parser: if the first fails,
//     a second pass enables the invalid_ rules (parse_invalid.go), which
//     raise the specific messages ("expected ':'", "cannot assign to
//     literal", ...); if none applies, the error is "invalid syntax" at the
//     furthest token the first pass fetched. A tokenizer error anywhere
//     later in the file takes priority, as in CPython.
//   - literal.go and fstring.go decode string and number literals; an
//     f-string's replacement fields are parsed by a sub-parser over
//     "(expr)", with 3.11's rules for shifting positions.
//   - errors.go formats an *Error exactly as `python3 FILE.py` prints it,
//     SyntaxWarnings issued before the error included (ParseWithWarnings
//     returns them for a file that parses).
//   - dump.go is ast.dump.
//
// Some of CPython's mechanics matter more than they seem and are kept:
// pegen guards an alternative with the invalid_ switch only when the
// invalid_ rule is all it has (so dict displays run
// invalid_double_starred_kvpairs in the first pass); memoized results are
// shared between contexts; every generated function, helper groups and
// loops included, counts towards the 6000-level limit past which CPython
// gives up with MemoryError; SOFT_KEYWORD matches any prefix of "_",
// "case" or "match".
//
// Where CPython 3.11.7 differs from the 3.11.2 sources the code was read
// against, the tests against python3 decide, and comments say so.
//
// The tests compare with the python3 on PATH (CPython 3.11): the AST of
// every corpus file and of thousands of programs taken from CPython's own
// test suite, the stderr of `python3 FILE.py` for bad programs (an error
// corpus, snippets, and programs damaged at random), and the nesting
// limits.
//
// Columns in the AST are UTF-8 byte offsets, as in CPython. Error offsets
// are what CPython's SyntaxError holds: characters, except that CPython
// leaves them in bytes for a file with neither BOM nor coding cookie.
package syntax
