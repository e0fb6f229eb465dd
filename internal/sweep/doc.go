// Package sweep compares quicken's front end, compiler and disassembler
// with CPython 3.11 over a large real-world corpus: CPython's own standard
// library (every .py file under the stdlib directory, tests included,
// site-packages excluded).
//
// The sweep is a test that runs only when asked, since it takes minutes:
//
//	QUICKEN_STDLIB=1 go test ./internal/sweep -run TestStdlib -v -timeout 0
//
// Environment:
//
//	QUICKEN_STDLIB=1         run the sweep (skipped otherwise)
//	QUICKEN_STDLIB_ROOT      the directory to sweep (default: python3's stdlib)
//	QUICKEN_STDLIB_GLOB      comma-separated patterns selecting a subset, matched
//	                         against the path relative to the root ("json/*.py",
//	                         "test/test_g*.py"), or against the base name when
//	                         the pattern has no slash ("test_grammar.py"); a
//	                         pattern ending in a slash selects a whole tree
//	                         ("email/")
//	QUICKEN_STDLIB_CACHE     where CPython's answers are kept between runs
//	                         (default: $TMPDIR/quicken-stdlib-sweep); a record
//	                         is reused only for the same file contents and
//	                         the same python3 version
//	QUICKEN_STDLIB_CACHED_ONLY=1  sweep only the files CPython's records exist for
//	                         (no python3 run: partial results while another
//	                         sweep is still filling the cache)
//	QUICKEN_STDLIB_REPORT    the report file (default: $TMPDIR/quicken-stdlib-sweep.txt)
//
// A second corpus, the programs embedded as strings in the standard
// library's tests (error-message tests included), comes from snippets.py:
//
//	python3 internal/sweep/snippets.py /tmp/snippets
//	QUICKEN_STDLIB=1 QUICKEN_STDLIB_ROOT=/tmp/snippets go test ./internal/sweep -run TestStdlib -v -timeout 0
//
// CPython's side runs as one python3 process (sweep.py) that forks a child
// per file, so that no file's compilation changes the interned strings
// another sees. quicken's side runs in-process, each file's stages with a
// recover and a deadline, so a panic or a hang is recorded, not fatal.
//
// Categories: ast (ast.dump(ast.parse(src)) or the error for a file the
// parser rejects), dis and dis-caches (python3 -m dis, dis.dis with
// show_caches=True), errors (the report `python3 FILE` prints on stderr for
// a file that does not compile). The report lists per-category counts,
// panics, hangs and slow files (over 2s when run alone), then the first
// differing lines of every mismatch.
package sweep
