package syntax

// Error is a compile-time error in the user's source, shaped like CPython
// 3.11's SyntaxError and its subclasses. The parser, the symbol table and
// the code generator all report through it.
type Error struct {
	Kind     string // "SyntaxError", "IndentationError", "TabError" (or "MemoryError": nesting too deep for the parser)
	Msg      string
	Filename string
	// Lineno and Offset locate the error: 1-based line, 1-based column in
	// characters (code points), as CPython's SyntaxError.lineno/.offset.
	// EndLineno and EndOffset are 0 when CPython leaves them unset.
	Lineno, Offset       int
	EndLineno, EndOffset int
	// Text is the offending source line, as SyntaxError.text. An empty
	// Text stands for None (no source line shown) unless EmptyText is set.
	Text      string
	EmptyText bool
	// Located is set for the parser's errors: CPython gives them all
	// four numbers, zeros included (a zero is None otherwise).
	Located bool
	// Warnings are the warnings CPython prints on stderr before the
	// error (SyntaxWarnings the tokenizer issued while reading the file
	// up to the error); Format prints them first.
	Warnings []*Warning
}

// Warning is a warning issued while compiling, as the warnings module
// reports it.
type Warning struct {
	Category string // "SyntaxWarning"
	Msg      string
	Filename string
	Lineno   int
	// Line is the source line the warnings module shows (through
	// linecache), with its line ending.
	Line string
}
