// Package vm runs CPython 3.11 code objects one instruction at a time.
//
// # Values
//
// A Value is one machine word with no Go pointer in it (see value.go):
// small ints and floats are immediate, and every other object is a handle
// into the Machine's heap, a table of Go objects the VM collects itself at
// instruction boundaries. None, False, True, Ellipsis and NotImplemented
// are fixed handles, so they too are constant words. Frames, the value
// stack, list items, dict entries and inline attribute values are arrays
// of Values, which the Go GC scans as plain integers.
//
// # Objects and types
//
// Every heap object is a Go struct embedding Header, which holds its type.
// A Type carries CPython's slots (tp_repr, tp_hash, nb_add, sq_item, …) as
// Go functions; builtin types fill them in Go, classes defined in Python
// get slots that look the dunder up on the type and call it, as CPython's
// slot_* functions do. Builtin types are made per Machine (typespec.go),
// because version tags and handles are per-interpreter state.
//
// # Exceptions
//
// Go functions that can raise return an error; a Python exception is a
// *Raise carrying the exception object. Go errors never stand for Python
// exceptions and Python exceptions never escape as Go errors from the
// public API: they end as tracebacks, as in CPython.
//
// # Frames and the eval loop
//
// Python-to-Python calls push a Frame and continue in the same loop, so a
// program can stop after any instruction. Python code called from Go
// (an __init__ run by a type call, __eq__ in a dict lookup, a sort key)
// runs in a nested loop; stepping pauses it all the same, because the
// whole interpreter runs on its own goroutine while a stepping client is
// attached (step.go).
package vm
