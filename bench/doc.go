// Command bench times Python programs under `quicken run`, under `quicken
// run --no-specialize` and under CPython, and prints how they compare.
//
// Usage, from the repository root:
//
//	go run ./bench [-n 5] [-quicken PATH] [-python /usr/bin/python3.11] [-cpu] [programs...]
//
// Without -quicken it builds ./cmd/quicken into a temporary directory
// first. Each program (by default every bench/*.py; a bare name such as
// "calls" means bench/calls.py) runs N times under each of the three,
// alternating between them so that drift in machine load hits all alike.
// The best (smallest) time of each is kept. All must print the same
// stdout, stderr and exit status; a program whose outputs differ, or that
// quicken fails to run, is reported and left out of the means that need
// it, and the runner goes on with the next one.
//
// The table gives, per program, the best times of CPython, `quicken run`
// (spec) and `quicken run --no-specialize` (nospec), the ratios
// spec/CPython and nospec/CPython (below 1 means quicken is faster) and
// nospec/spec (the specializer's speedup), then the geometric mean of
// each ratio column. The anchor is Debian's
// /usr/bin/python3.11, a PGO + LTO build, as the design notes ask.
//
// The exit status is 0 when every program ran under all three with the
// same output, 1 otherwise, and 2 for a usage error.
package main
