// Package oracle runs CPython 3.11 (the python3 on PATH, or the interpreter
// named by $QUICKEN_PYTHON) as the reference that quicken's front end,
// compiler and disassembler are compared against.
//
// Every query is answered by a child python3 process started with a fixed
// environment (PYTHONHASHSEED=0, so frozenset constants print in a stable
// order; PYTHONUTF8=1; no bytecode files written; no user site or startup
// file). Answers are cached in memory for the life of the test binary and
// never on disk, so a stale cache can never hide a regression.
//
// Tests call Available first and t.Skip with its reason when python3 is
// missing or is not 3.11: the oracle is only meaningful for the exact
// version quicken reproduces.
package oracle
