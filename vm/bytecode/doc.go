// Package bytecode is the one table of CPython 3.11's instructions (base,
// adaptive, specialized and super forms, and the compiler's pseudo-ops):
// numbers, names, stack effects, jump kinds, inline-cache formats and
// specialization families. It also defines the code object and its
// disassembler, which prints exactly what CPython 3.11's dis module prints.
package bytecode
