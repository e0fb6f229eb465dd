package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Error values follow CPython's SyntaxError attributes for a file run as
// `python3 FILE.py`: Offset and EndOffset are what CPython stores, which
// is a character count except where CPython itself stores a byte count (a
// file with neither BOM nor coding cookie has tok->encoding unset, so the
// parser's columns stay in bytes). Lineno 0 stands for a missing location
// (lineno None) and an empty Text for a missing text.

// Error implements the error interface as SyntaxError.__str__ does:
// "msg (file.py, line N)", with the file's base name.
func (e *Error) Error() string {
	if e.Kind == "MemoryError" {
		return "MemoryError"
	}
	base := e.Filename
	if i := strings.LastIndexAny(base, "/"); i >= 0 {
		base = base[i+1:]
	}
	switch {
	case base != "" && e.Lineno > 0:
		return fmt.Sprintf("%s (%s, line %d)", e.Msg, base, e.Lineno)
	case base != "":
		return fmt.Sprintf("%s (%s)", e.Msg, base)
	case e.Lineno > 0:
		return fmt.Sprintf("%s (line %d)", e.Msg, e.Lineno)
	}
	return e.Msg
}

// Format returns what CPython 3.11 prints on stderr when `python3 FILE.py`
// fails with this error: the "File" line, the source line with its leading
// whitespace removed, the carets, and "Kind: msg" (pythonrun.c
// print_exception and print_error_text).
func (e *Error) Format() string {
	var b strings.Builder
	for _, w := range e.Warnings {
		b.WriteString(w.Format())
	}
	if e.Kind == "MemoryError" {
		b.WriteString("MemoryError\n")
		return b.String()
	}
	if e.Lineno > 0 {
		fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Lineno)
		if e.Text != "" || e.EmptyText {
			offset, endOffset := e.Offset, e.EndOffset
			endLineno := e.EndLineno
			if e.Kind != "SyntaxError" {
				// Subclasses of SyntaxError print a single caret.
				endLineno, endOffset = e.Lineno, -1
			} else if endLineno == 0 {
				endLineno = e.Lineno
			}
			lineSize := len(e.Text)
			if endLineno > e.Lineno {
				endOffset = lineSize
			}
			if endOffset > lineSize+1 {
				endOffset = lineSize + 1
			}
			printErrorText(&b, offset, endOffset, e.Text)
		}
	}
	if e.Msg == "" {
		fmt.Fprintf(&b, "%s\n", e.Kind)
	} else {
		fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	}
	return b.String()
}

// Format returns what the warnings module prints for w
// (warnings.formatwarning): the location, category and message, and the
// source line stripped of surrounding whitespace.
func (w *Warning) Format() string {
	s := fmt.Sprintf("%s:%d: %s: %s\n", w.Filename, w.Lineno, w.Category, w.Msg)
	if w.Line != "" {
		s += "  " + strings.TrimFunc(w.Line, isPythonSpace) + "\n"
	}
	return s
}

// isPythonSpace is str.isspace for one character.
func isPythonSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0, 0x1680,
		0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// printErrorText is pythonrun.c print_error_text. offset counts characters
// but the text is measured in bytes, as in CPython.
func printErrorText(b *strings.Builder, offset, endOffset int, text string) {
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	offset--
	for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
		text = text[1:]
		offset--
	}
	n := len(text)
	if n > 0 && text[n-1] == '\n' {
		n--
	}
	if offset > n {
		offset = n
	}
	for {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 || nl >= offset {
			break
		}
		text = text[nl+1:]
		n -= nl + 1
		offset -= nl + 1
	}
	b.WriteString("    ")
	b.WriteString(text)
	if n >= len(text) || text[n] != '\n' {
		b.WriteString("\n")
	}
	if offset < 0 {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", carets))
	b.WriteString("\n")
}

// byteToCharOffset is _PyPegen_byte_offset_to_character_offset: the number
// of characters in the first col bytes of line (clipped to len+1, and
// counting the terminating NUL then, as CPython does).
func byteToCharOffset(line string, col int) int {
	if col > len(line)+1 {
		col = len(line) + 1
	}
	if col < 0 {
		col = 0
	}
	extra := 0
	if col > len(line) {
		col = len(line)
		extra = 1
	}
	return utf8.RuneCountInString(decodeReplace([]byte(line[:col]))) + extra
}
