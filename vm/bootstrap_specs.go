package vm

// Minimal specs of the builtin types, to be replaced by each type's own
// file (the file that owns a type moves its spec out of here).
