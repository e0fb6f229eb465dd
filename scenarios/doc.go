// Package scenarios holds what quicken shows when it is not given a file:
// the Python programs bundled into the binary (programs/*.py), chosen
// because CPython 3.11's specializing interpreter has something to show on
// them (hot loops over ints and floats, attribute reads on instances, calls
// to Python functions, global and builtin lookups).
//
// They are ordinary Python 3.11 files; the differential tests compile them
// too, so what quicken shows for them is what CPython would run.
package scenarios
