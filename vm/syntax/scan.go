package syntax

import (
	"fmt"
	"unicode/utf8"
)

// The scanner reproduces CPython 3.11's Parser/tokenizer.c (tok_get and
// tok_nextc) closely enough that its bookkeeping pointers (cur, inp, buf,
// line_start, start) end up where CPython's do: several error messages
// take their column from those pointers, so they are kept as byte offsets
// into source.buf and moved exactly as the C code moves them.

const (
	maxIndent  = 100 // MAXINDENT
	maxLevel   = 200 // MAXLEVEL: nesting of brackets
	tabSize    = 8
	altTabSize = 1
)

// doneCode is tok->done.
type doneCode uint8

const (
	eOK doneCode = iota
	eEOF
	eError    // an error was raised (tok->done = E_ERROR by syntaxerror)
	eDedent   // E_DEDENT
	eTabSpace // E_TABSPACE
	eTooDeep  // E_TOODEEP
	eLineCont // E_LINECONT
	eDecode   // E_DECODE
)

const eofChar = -1

// scanner is CPython's struct tok_state for file input (or, with
// stringMode, for a string: the f-string expression sub-parser).
type scanner struct {
	src        *source
	stringMode bool

	buf, cur, inp, lineStart int
	start                    int // -1 is NULL
	nextLine                 int // index of the next line to read
	lineno                   int
	done                     doneCode
	err                      *Error // the error syntaxerror() raised
	decodingErred            bool   // a line failed to decode (error_ret)
	decodeMsg                string // E_DECODE: the UnicodeDecodeError, as "(unicode error) ..."

	atbol       bool
	pendin      int
	indstack    []int // grown on demand up to maxIndent entries
	altindstack []int
	indent      int

	level  int
	parens []paren // the open brackets, at most maxLevel

	firstLineno    int
	multiLineStart int
	contLine       bool

	// warn receives the warnings the tokenizer issues (parser_warn).
	warn func(lineno int, msg string)
}

// paren is an open bracket: tok->parenstack, parenlinenostack and
// parencolstack.
type paren struct {
	char   byte
	lineno int
	col    int
}

func newScanner(src *source) *scanner {
	return &scanner{src: src, start: -1, atbol: true, indstack: []int{0}, altindstack: []int{0}}
}

// rawToken is what tok_get returns: a type and the p_start/p_end pointers
// (-1 for NULL).
type rawToken struct {
	kind       tokKind
	start, end int
}

// nextc is tok_nextc.
func (s *scanner) nextc() int {
	for {
		if s.cur != s.inp {
			c := s.src.buf[s.cur]
			s.cur++
			return int(c)
		}
		if s.done != eOK {
			return eofChar
		}
		if !s.underflow() {
			s.cur = s.inp
			return eofChar
		}
		s.lineStart = s.cur
		// CPython 3.11.7: a null byte in a line is an error as soon as
		// the line is read.
		line := s.src.buf[s.lineStart:s.inp]
		for _, c := range line {
			if c == 0 {
				s.syntaxError("source code cannot contain null bytes")
				s.cur = s.inp
				return eofChar
			}
		}
	}
}

// underflow reads the next line into the buffer (tok_underflow_file or
// tok_underflow_string).
func (s *scanner) underflow() bool {
	if s.stringMode {
		if s.nextLine >= s.src.numLines() {
			s.done = eEOF
			return false
		}
	} else if s.start < 0 {
		// The file tokenizer reuses its buffer when no token is in
		// progress; pointers keep their offsets from buf.
		s.lineStart += s.inp - s.buf
		s.buf = s.inp
		s.cur = s.inp
	}
	if s.nextLine >= s.src.numLines() {
		s.done = eEOF
		return false
	}
	lineno := s.nextLine + 1
	if e := s.src.readErr[lineno]; e != nil {
		s.err = e
		s.done = eDecode
		s.decodingErred = true
		return false
	}
	s.nextLine++
	s.lineno++
	if s.stringMode && s.start < 0 {
		s.buf = s.cur
	}
	s.inp = s.src.lineStarts[s.nextLine]
	return true
}

// backup is tok_backup.
func (s *scanner) backup(c int) {
	if c != eofChar {
		s.cur--
	}
}

// syntaxError is the tokenizer's syntaxerror(): the column is the number
// of characters from the line start to cur, the text the line without its
// newline.
func (s *scanner) syntaxError(format string, args ...any) rawToken {
	return s.syntaxErrorRange(-1, -1, format, args...)
}

func (s *scanner) syntaxErrorRange(col, endCol int, format string, args ...any) rawToken {
	msg := fmt.Sprintf(format, args...)
	buf := s.src.buf
	if col == -1 {
		col = utf8RuneCountReplace(buf[s.lineStart:s.cur])
	}
	if endCol == -1 {
		endCol = col
	}
	end := s.lineStart
	for end < len(buf) && buf[end] != '\n' && buf[end] != 0 {
		end++
	}
	text := decodeReplace(buf[s.lineStart:end])
	s.err = &Error{
		Kind:      "SyntaxError",
		Msg:       msg,
		Filename:  s.src.filename,
		Lineno:    s.lineno,
		Offset:    col,
		EndLineno: s.lineno,
		EndOffset: endCol,
		Text:      text,
		EmptyText: text == "",
		Located:   true,
	}
	s.done = eError
	return rawToken{kind: tError, start: -1, end: -1}
}

// utf8RuneCountReplace counts characters as PyUnicode_DecodeUTF8(...,
// "replace") would produce them.
func utf8RuneCountReplace(b []byte) int {
	return utf8.RuneCountInString(decodeReplace(b))
}

func isPotentialIdentifierStart(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128
}

func isPotentialIdentifierChar(c int) bool {
	return isPotentialIdentifierStart(c) || c >= '0' && c <= '9'
}

func isDigit(c int) bool  { return c >= '0' && c <= '9' }
func isXDigit(c int) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// next is _PyTokenizer_Get: once reading a line has failed to decode,
// whatever tok_get returned becomes an error token.
func (s *scanner) next() rawToken {
	t := s.tokGet()
	if s.decodingErred {
		t.kind = tError
		s.done = eDecode
	}
	return t
}

// tokGet is tok_get.
func (s *scanner) tokGet() rawToken {
	var c int
	blankline := false
nextline:
	s.start = -1
	blankline = false

	// Get indentation level.
	if s.atbol {
		col, altcol := 0, 0
		s.atbol = false
		contLineCol := 0
		for {
			c = s.nextc()
			if c == ' ' {
				col++
				altcol++
			} else if c == '\t' {
				col = (col/tabSize + 1) * tabSize
				altcol = (altcol/altTabSize + 1) * altTabSize
			} else if c == '\f' {
				col, altcol = 0, 0
			} else if c == '\\' {
				// Indentation cannot be split over physical lines with
				// backslashes: the first backslash fixes the level.
				if contLineCol == 0 {
					contLineCol = col
				}
				if c = s.continuationLine(); c == -2 {
					return rawToken{kind: tError, start: -1, end: -1}
				}
			} else {
				break
			}
		}
		s.backup(c)
		if c == '#' || c == '\n' {
			blankline = true
		}
		if !blankline && s.level == 0 {
			if contLineCol != 0 {
				col, altcol = contLineCol, contLineCol
			}
			switch {
			case col == s.indstack[s.indent]:
				if altcol != s.altindstack[s.indent] {
					return s.indentError()
				}
			case col > s.indstack[s.indent]:
				if s.indent+1 >= maxIndent {
					s.done = eTooDeep
					s.cur = s.inp
					return rawToken{kind: tError, start: -1, end: -1}
				}
				if altcol <= s.altindstack[s.indent] {
					return s.indentError()
				}
				s.pendin++
				s.indent++
				if s.indent == len(s.indstack) {
					s.indstack = append(s.indstack, 0)
					s.altindstack = append(s.altindstack, 0)
				}
				s.indstack[s.indent] = col
				s.altindstack[s.indent] = altcol
			default:
				for s.indent > 0 && col < s.indstack[s.indent] {
					s.pendin--
					s.indent--
				}
				if col != s.indstack[s.indent] {
					s.done = eDedent
					s.cur = s.inp
					return rawToken{kind: tError, start: -1, end: -1}
				}
				if altcol != s.altindstack[s.indent] {
					return s.indentError()
				}
			}
		}
	}

	s.start = s.cur
	// Return pending indents/dedents.
	if s.pendin != 0 {
		if s.pendin < 0 {
			s.pendin++
			return rawToken{kind: tDedent, start: -1, end: -1}
		}
		s.pendin--
		return rawToken{kind: tIndent, start: -1, end: -1}
	}

again:
	s.start = -1
	// Skip spaces.
	for {
		c = s.nextc()
		if c != ' ' && c != '\t' && c != '\f' {
			break
		}
	}
	// Set start of current token.
	s.start = s.cur - 1

	// Skip comment.
	if c == '#' {
		for c != eofChar && c != '\n' {
			c = s.nextc()
		}
	}

	// Check for EOF and errors now.
	if c == eofChar {
		if s.level != 0 {
			return rawToken{kind: tError, start: -1, end: -1}
		}
		if s.done == eEOF {
			return rawToken{kind: tEndmarker, start: -1, end: -1}
		}
		return rawToken{kind: tError, start: -1, end: -1}
	}

	// Identifier (most frequent token!).
	nonascii := false
	if isPotentialIdentifierStart(c) {
		// Process the various legal combinations of b"", r"", u"", and f"".
		sawB, sawR, sawU, sawF := false, false, false, false
		for {
			if !(sawB || sawU || sawF) && (c == 'b' || c == 'B') {
				sawB = true
			} else if !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U') {
				// u"" is a backwards-compatibility literal: not combined.
				sawU = true
			} else if !(sawR || sawU) && (c == 'r' || c == 'R') {
				sawR = true
			} else if !(sawF || sawB || sawU) && (c == 'f' || c == 'F') {
				sawF = true
			} else {
				break
			}
			c = s.nextc()
			if c == '"' || c == '\'' {
				return s.stringToken(c)
			}
		}
		for isPotentialIdentifierChar(c) {
			if c >= 128 {
				nonascii = true
			}
			c = s.nextc()
		}
		s.backup(c)
		if nonascii && !s.verifyIdentifier() {
			return rawToken{kind: tError, start: -1, end: -1}
		}
		return rawToken{kind: tName, start: s.start, end: s.cur}
	}

	// Newline.
	if c == '\n' {
		s.atbol = true
		if blankline || s.level > 0 {
			goto nextline
		}
		s.contLine = false
		// The '\n' is left out of the token.
		return rawToken{kind: tNewline, start: s.start, end: s.cur - 1}
	}

	// Period or number starting with period?
	if c == '.' {
		c = s.nextc()
		if isDigit(c) {
			return s.number(c, numFraction)
		} else if c == '.' {
			c = s.nextc()
			if c == '.' {
				return rawToken{kind: tEllipsis, start: s.start, end: s.cur}
			}
			s.backup(c)
			s.backup('.')
		} else {
			s.backup(c)
		}
		return rawToken{kind: tDot, start: s.start, end: s.cur}
	}

	// Number.
	if isDigit(c) {
		return s.number(c, numStart)
	}

	// String.
	if c == '\'' || c == '"' {
		return s.stringToken(c)
	}

	// Line continuation.
	if c == '\\' {
		if c = s.continuationLine(); c == -2 {
			return rawToken{kind: tError, start: -1, end: -1}
		}
		s.contLine = true
		goto again
	}

	// Check for two-character token.
	{
		c2 := s.nextc()
		if c2 >= 0 && c2 < 256 {
			if tk := twoChars(byte(c), byte(c2)); tk != tOp {
				c3 := s.nextc()
				if c3 >= 0 && c3 < 256 {
					if tk3 := threeChars(byte(c), byte(c2), byte(c3)); tk3 != tOp {
						return rawToken{kind: tk3, start: s.start, end: s.cur}
					}
				}
				s.backup(c3)
				return rawToken{kind: tk, start: s.start, end: s.cur}
			}
		}
		s.backup(c2)
	}

	// Keep track of parentheses nesting level.
	switch c {
	case '(', '[', '{':
		if s.level >= maxLevel {
			return s.syntaxError("too many nested parentheses")
		}
		s.parens = append(s.parens[:s.level], paren{byte(c), s.lineno, s.start - s.lineStart})
		s.level++
	case ')', ']', '}':
		if s.level == 0 {
			return s.syntaxError("unmatched '%c'", c)
		}
		s.level--
		opening := s.parens[s.level].char
		if !(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}') {
			if s.parens[s.level].lineno != s.lineno {
				return s.syntaxError("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
					c, opening, s.parens[s.level].lineno)
			}
			return s.syntaxError("closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening)
		}
	}

	if !isPrintable(rune(c)) {
		return s.syntaxError("invalid non-printable character U+%04X", c)
	}

	// Punctuation character.
	return rawToken{kind: oneChar(byte(c)), start: s.start, end: s.cur}
}

// indentError is indenterror(): TabError, reported by the parser.
func (s *scanner) indentError() rawToken {
	s.done = eTabSpace
	s.cur = s.inp
	return rawToken{kind: tError, start: -1, end: -1}
}

// continuationLine is tok_continuation_line; -2 signals an error.
func (s *scanner) continuationLine() int {
	c := s.nextc()
	if c != '\n' {
		s.done = eLineCont
		return -2
	}
	c = s.nextc()
	if c == eofChar {
		s.done = eEOF
		s.cur = s.inp
		return -2
	}
	s.backup(c)
	return c
}

// verifyIdentifier is verify_identifier: a non-ASCII identifier must be a
// valid Python identifier; the error points at the first bad character.
func (s *scanner) verifyIdentifier() bool {
	b := s.src.buf[s.start:s.cur]
	if !utf8.Valid(b) {
		s.done = eDecode
		s.decodeMsg = utf8DecodeErrorMessage(b)
		return false
	}
	str := string(b)
	i := 0
	for pos, r := range str {
		ok := false
		if i == 0 {
			ok = r == '_' || isXIDStart(r)
		} else {
			ok = isXIDContinue(r)
		}
		if !ok {
			end := pos + utf8.RuneLen(r)
			if end < len(str) {
				s.cur = s.start + end
			}
			if isPrintable(r) {
				s.syntaxError("invalid character '%c' (U+%04X)", r, r)
			} else {
				s.syntaxError("invalid non-printable character U+%04X", r)
			}
			return false
		}
		i++
	}
	return true
}

const (
	numStart = iota
	numFraction
)

// number scans a NUMBER token; c is its first character (a digit), or,
// with entry numFraction, the first digit after a leading '.'.
func (s *scanner) number(c int, entry int) rawToken {
	if entry == numFraction {
		return s.fraction(c)
	}
	if c == '0' {
		// Hex, octal or binary -- maybe.
		c = s.nextc()
		switch c {
		case 'x', 'X':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if !isXDigit(c) {
					s.backup(c)
					return s.syntaxError("invalid hexadecimal literal")
				}
				for {
					c = s.nextc()
					if !isXDigit(c) {
						break
					}
				}
				if c != '_' {
					break
				}
			}
			if !s.verifyEndOfNumber(c, "hexadecimal") {
				return rawToken{kind: tError, start: -1, end: -1}
			}
		case 'o', 'O':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if c < '0' || c >= '8' {
					if isDigit(c) {
						return s.syntaxError("invalid digit '%c' in octal literal", c)
					}
					s.backup(c)
					return s.syntaxError("invalid octal literal")
				}
				for {
					c = s.nextc()
					if !('0' <= c && c < '8') {
						break
					}
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return s.syntaxError("invalid digit '%c' in octal literal", c)
			}
			if !s.verifyEndOfNumber(c, "octal") {
				return rawToken{kind: tError, start: -1, end: -1}
			}
		case 'b', 'B':
			c = s.nextc()
			for {
				if c == '_' {
					c = s.nextc()
				}
				if c != '0' && c != '1' {
					if isDigit(c) {
						return s.syntaxError("invalid digit '%c' in binary literal", c)
					}
					s.backup(c)
					return s.syntaxError("invalid binary literal")
				}
				for {
					c = s.nextc()
					if c != '0' && c != '1' {
						break
					}
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return s.syntaxError("invalid digit '%c' in binary literal", c)
			}
			if !s.verifyEndOfNumber(c, "binary") {
				return rawToken{kind: tError, start: -1, end: -1}
			}
		default:
			nonzero := false
			// Maybe old-style octal; in any case, allow '0' as a literal.
			for {
				if c == '_' {
					c = s.nextc()
					if !isDigit(c) {
						s.backup(c)
						return s.syntaxError("invalid decimal literal")
					}
				}
				if c != '0' {
					break
				}
				c = s.nextc()
			}
			zerosEnd := s.cur
			if isDigit(c) {
				nonzero = true
				c = s.decimalTail()
				if c == -2 {
					return rawToken{kind: tError, start: -1, end: -1}
				}
			}
			switch {
			case c == '.':
				c = s.nextc()
				return s.fraction(c)
			case c == 'e' || c == 'E':
				return s.exponent(c)
			case c == 'j' || c == 'J':
				return s.imaginary()
			case nonzero:
				// Old-style octal: now disallowed.
				s.backup(c)
				return s.syntaxErrorRange(s.start+1-s.lineStart, zerosEnd-s.lineStart,
					"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			}
			if !s.verifyEndOfNumber(c, "decimal") {
				return rawToken{kind: tError, start: -1, end: -1}
			}
		}
	} else {
		// Decimal.
		c = s.decimalTail()
		if c == -2 {
			return rawToken{kind: tError, start: -1, end: -1}
		}
		if c == '.' {
			c = s.nextc()
			return s.fraction(c)
		}
		return s.afterFraction(c)
	}
	s.backup(c)
	return rawToken{kind: tNumber, start: s.start, end: s.cur}
}

// fraction continues a float after its '.'; c is the character after it.
func (s *scanner) fraction(c int) rawToken {
	if isDigit(c) {
		c = s.decimalTail()
		if c == -2 {
			return rawToken{kind: tError, start: -1, end: -1}
		}
	}
	return s.afterFraction(c)
}

func (s *scanner) afterFraction(c int) rawToken {
	if c == 'e' || c == 'E' {
		return s.exponent(c)
	}
	if c == 'j' || c == 'J' {
		return s.imaginary()
	}
	if !s.verifyEndOfNumber(c, "decimal") {
		return rawToken{kind: tError, start: -1, end: -1}
	}
	s.backup(c)
	return rawToken{kind: tNumber, start: s.start, end: s.cur}
}

// exponent scans an exponent; e is the 'e' or 'E' just read.
func (s *scanner) exponent(e int) rawToken {
	c := s.nextc()
	if c == '+' || c == '-' {
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			return s.syntaxError("invalid decimal literal")
		}
	} else if !isDigit(c) {
		s.backup(c)
		if !s.verifyEndOfNumber(e, "decimal") {
			return rawToken{kind: tError, start: -1, end: -1}
		}
		s.backup(e)
		return rawToken{kind: tNumber, start: s.start, end: s.cur}
	}
	c = s.decimalTail()
	if c == -2 {
		return rawToken{kind: tError, start: -1, end: -1}
	}
	if c == 'j' || c == 'J' {
		return s.imaginary()
	}
	if !s.verifyEndOfNumber(c, "decimal") {
		return rawToken{kind: tError, start: -1, end: -1}
	}
	s.backup(c)
	return rawToken{kind: tNumber, start: s.start, end: s.cur}
}

// imaginary finishes a number after its 'j'.
func (s *scanner) imaginary() rawToken {
	c := s.nextc()
	if !s.verifyEndOfNumber(c, "imaginary") {
		return rawToken{kind: tError, start: -1, end: -1}
	}
	s.backup(c)
	return rawToken{kind: tNumber, start: s.start, end: s.cur}
}

// decimalTail is tok_decimal_tail; -2 signals an error.
func (s *scanner) decimalTail() int {
	var c int
	for {
		for {
			c = s.nextc()
			if !isDigit(c) {
				break
			}
		}
		if c != '_' {
			break
		}
		c = s.nextc()
		if !isDigit(c) {
			s.backup(c)
			s.syntaxError("invalid decimal literal")
			return -2
		}
	}
	return c
}

// lookahead is tok_nextc's "look at the next character" helper used by
// verify_end_of_number.
func (s *scanner) lookahead(test string) bool {
	i := 0
	ok := true
	var c int
	for {
		c = s.nextc()
		if i == len(test) {
			ok = !isPotentialIdentifierChar(c)
			break
		}
		if c != int(test[i]) {
			ok = false
			break
		}
		i++
	}
	// Back up over everything read: the characters of test matched so
	// far and the one that ended the comparison.
	s.backup(c)
	for i > 0 {
		i--
		s.backup(int(test[i]))
	}
	return ok
}

// verifyEndOfNumber is verify_end_of_number: a number may not be directly
// followed by a name character, except for the keywords 'and', 'else',
// 'for', 'if', 'in', 'is', 'not', 'or' (which CPython 3.11 accepts with a
// DeprecationWarning).
func (s *scanner) verifyEndOfNumber(c int, kind string) bool {
	r := false
	switch c {
	case 'a':
		r = s.lookahead("nd")
	case 'e':
		r = s.lookahead("lse")
	case 'f':
		r = s.lookahead("or")
	case 'i':
		c2 := s.nextc()
		if c2 == 'f' || c2 == 'n' || c2 == 's' {
			r = true
		}
		s.backup(c2)
	case 'o':
		r = s.lookahead("r")
	case 'n':
		r = s.lookahead("ot")
	}
	if r {
		// CPython 3.11.7 accepts the keyword with a SyntaxWarning.
		if s.warn != nil {
			s.warn(s.lineno, fmt.Sprintf("invalid %s literal", kind))
		}
		return true
	}
	// CPython 3.11.7 complains only about an ASCII name character here
	// (3.11.2 also about non-ASCII ones).
	if c < 128 && isPotentialIdentifierChar(c) {
		s.backup(c)
		s.syntaxError("invalid %s literal", kind)
		return false
	}
	return true
}

// stringToken scans a string literal whose opening quote is q (any prefix
// has been read from s.start).
func (s *scanner) stringToken(quote int) rawToken {
	quoteSize := 1
	endQuoteSize := 0

	// Multi-line strings keep the line and column where they start.
	s.firstLineno = s.lineno
	s.multiLineStart = s.lineStart

	// Find the quote size and start of string.
	c := s.nextc()
	if c == quote {
		c = s.nextc()
		if c == quote {
			quoteSize = 3
		} else {
			endQuoteSize = 1 // empty string found
		}
	}
	if c != quote {
		s.backup(c)
	}

	// Get rest of string.
	for endQuoteSize != quoteSize {
		c = s.nextc()
		if s.done == eError {
			// 3.11.7: a line with a null byte was read.
			return rawToken{kind: tError, start: -1, end: -1}
		}
		if s.done == eDecode {
			break
		}
		if c == eofChar || quoteSize == 1 && c == '\n' {
			// Report the error from the opening quote.
			s.cur = s.start + 1
			s.lineStart = s.multiLineStart
			detected := s.lineno
			s.lineno = s.firstLineno
			if quoteSize == 3 {
				s.syntaxError("unterminated triple-quoted string literal (detected at line %d)", detected)
			} else {
				s.syntaxError("unterminated string literal (detected at line %d)", detected)
			}
			return rawToken{kind: tError, start: -1, end: -1}
		}
		if c == quote {
			endQuoteSize++
		} else {
			endQuoteSize = 0
			if c == '\\' {
				s.nextc() // skip escaped char
			}
		}
	}
	return rawToken{kind: tString, start: s.start, end: s.cur}
}
