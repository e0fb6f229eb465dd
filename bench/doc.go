// Command bench times Python programs under `quicken run` and under CPython
// and prints how quicken's time compares.
//
// Usage, from the repository root:
//
//	go run ./bench [-n 5] [-quicken PATH] [-python /usr/bin/python3.11] [-cpu] [programs...]
//
// Without -quicken it builds ./cmd/quicken into a temporary directory
// first. Each program (by default every bench/*.py; a bare name such as
// "calls" means bench/calls.py) runs N times under each interpreter,
// alternating between them so that drift in machine load hits both alike.
// The best (smallest) time of each is kept. Both must print the same
// stdout, stderr and exit status; a program whose outputs differ, or that
// quicken fails to run, is reported and left out of the summary, and the
// runner goes on with the next one.
//
// The table gives, per program, CPython's best time, quicken's best time
// and their ratio (quicken / CPython: below 1 means quicken is faster),
// then the geometric mean of the ratios. The anchor is Debian's
// /usr/bin/python3.11, a PGO + LTO build, as the design notes ask.
//
// The exit status is 0 when every program ran under both interpreters with
// the same output, 1 otherwise, and 2 for a usage error.
package main
