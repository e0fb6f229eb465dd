package tui

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Syntax highlighting of a program's source, by a scanner of Python 3.11
// of its own: it cuts the text into tokens as CPython's tokenizer does
// (names, numbers, strings, operators, comments), then classes each
// token with what little context the grammar needs (the name after def
// or class, a decorator, a soft keyword). The classes are those chroma's
// Python lexer gave, which quicken used before, but where chroma read
// Python wrong: an f-string is one string, as 3.11's tokenizer reads it;
// match and case are keywords only where they begin a match statement
// or a case clause. Chroma's lexers cost 14 ms of every start of
// quicken, when its package built some 250 of them from XML, and ran
// backtracking regexps, some 0.25 ms a line; this scanner has nothing to
// set up and lexes some 600 times faster (BenchmarkClassify: under a
// millisecond for a 2,000-line program).
//
// The source is still lexed lazily, in chunks of lines as they come into
// view, each chunk starting where a logical line starts (outside any
// string literal and bracket, not after a backslash continuation),
// where the scanner's state is its initial one; so a chunk is classed
// exactly as lexing the whole file would class it. A line once lexed is
// kept as its text with the tabs expanded and its runs of one token
// class, so that drawing it is only writing out styled runs.

// tabWidth is the tab stop of the source view: CPython's tokenizer counts
// a tab as advancing to the next multiple of 8 columns, so a file that
// mixes tabs and spaces reads here as Python reads it.
const tabWidth = 8

// syntaxClass is the colour class of a run of source text, named by the
// keys of Styles.Syntax.
type syntaxClass uint8

const (
	synPlain syntaxClass = iota
	synKeyword
	synBuiltin
	synFunction
	synClass
	synString
	synNumber
	synComment
	synOperator
	numSyntaxClasses
)

// syntaxKeys are the Styles.Syntax keys of the classes.
var syntaxKeys = [numSyntaxClasses]string{
	synKeyword:  "keyword",
	synBuiltin:  "name.builtin",
	synFunction: "name.function",
	synClass:    "name.class",
	synString:   "literal.string",
	synNumber:   "literal.number",
	synComment:  "comment",
	synOperator: "operator",
}

// syntaxStyles are the styles of the classes; plain (no attributes) under
// NO_COLOR, where Styles.Syntax is nil.
type syntaxStyles struct {
	style [numSyntaxClasses]lipgloss.Style
	// plain marks classes drawn as raw text.
	plain [numSyntaxClasses]bool
}

func newSyntaxStyles(s *Styles) *syntaxStyles {
	ss := &syntaxStyles{}
	for k := range ss.style {
		ss.style[k] = lipgloss.NewStyle()
		ss.plain[k] = true
		if c := s.Syntax[syntaxKeys[k]]; c != nil && syntaxKeys[k] != "" {
			ss.style[k] = ss.style[k].Foreground(c)
			ss.plain[k] = false
		}
	}
	return ss
}

// srcRun is a run of one class within a line's expanded text: bytes
// [start, end).
type srcRun struct {
	start, end int
	class      syntaxClass
}

// srcLine is one source line, ready to draw.
type srcLine struct {
	// orig is the line as in the file (without its newline); text the
	// same with tabs expanded and control characters made visible.
	orig, text string
	runs       []srcRun
	// width is text's width in cells.
	width int
}

// highlighted is a program's source, split in lines, classified on
// demand.
type highlighted struct {
	src string
	// starts are the byte offsets of the lines; safe says which lines
	// begin a logical line, where lexing may start (scanLines).
	starts []int
	safe   []bool
	lines  []srcLine
	ready  []bool
}

// chunkLines is the least number of lines lexed at once.
const chunkLines = 32

// highlight splits src in lines, ready to be classified as Python.
func highlight(src []byte) *highlighted {
	h := &highlighted{src: string(src)}
	h.starts, h.safe = scanLines(h.src)
	h.lines = make([]srcLine, len(h.starts))
	h.ready = make([]bool, len(h.starts))
	return h
}

// len returns the number of lines.
func (h *highlighted) len() int { return len(h.starts) }

// line returns line i (0-based), lexing its chunk if it has not been.
func (h *highlighted) line(i int) *srcLine {
	if !h.ready[i] {
		h.lex(i)
	}
	return &h.lines[i]
}

// lex classifies a chunk of lines around line i: from the last safe line
// at or before it to a safe line at least chunkLines further on.
func (h *highlighted) lex(i int) {
	a := i
	for a > 0 && !h.safe[a] {
		a--
	}
	b := max(i+1, a+chunkLines)
	for b < len(h.starts) && !h.safe[b] {
		b++
	}
	b = min(b, len(h.starts))
	from, to := h.starts[a], len(h.src)
	if b < len(h.starts) {
		to = h.starts[b]
	}
	text := h.src[from:to]
	class := classify(text)
	for k := a; k < b; k++ {
		end := h.lineEnd(k)
		h.lines[k] = newSrcLine(h.src[h.starts[k]:end], class[h.starts[k]-from:end-from])
		h.ready[k] = true
	}
}

// lineEnd returns the byte offset of the end of line k, without its
// newline.
func (h *highlighted) lineEnd(k int) int {
	if k+1 < len(h.starts) {
		return h.starts[k+1] - 1
	}
	return len(strings.TrimSuffix(h.src, "\n"))
}

// scanLines finds where src's lines start and which of them start a
// logical line: outside any string literal and bracket, and not after a
// backslash continuation. It reads src with classify's tokenizer, so the
// two never disagree about where a string or a bracket ends.
func scanLines(src string) (starts []int, safe []bool) {
	if src == "" {
		return nil, nil
	}
	starts, safe = []int{0}, []bool{true}
	depth := 0
	for i := 0; i < len(src); {
		t := nextToken(src, i)
		i = t.end
		switch t.kind {
		case tokOpen:
			depth++
		case tokClose:
			depth = max(depth-1, 0)
		case tokNewline:
			if i < len(src) {
				starts = append(starts, i)
				safe = append(safe, depth == 0)
			}
		case tokBlank, tokString:
			// A backslash continuation, or a string over several
			// lines: the lines it goes on to are inside it.
			for k := t.start; ; k++ {
				n := strings.IndexByte(src[k:i], '\n')
				if n < 0 || k+n+1 == len(src) {
					break
				}
				k += n
				starts = append(starts, k+1)
				safe = append(safe, false)
			}
		}
	}
	return starts, safe
}

// classify returns the class of every byte of text, Python source that
// begins at the start of a logical line.
func classify(text string) []syntaxClass {
	class := make([]syntaxClass, len(text))
	lx := lexer{src: text, stmt: true, pattern: -1}
	for i := 0; i < len(text); {
		t := nextToken(text, i)
		if c := lx.class(t); c != synPlain {
			for k := t.start; k < t.end; k++ {
				class[k] = c
			}
		}
		i = t.end
	}
	return class
}

// lexer is what classify knows of the tokens before the one at hand.
type lexer struct {
	// src is the text being classified.
	src string
	// depth counts the brackets open.
	depth int
	// stmt is set when the next token begins a statement.
	stmt bool
	// prev is the last token other than blanks and comments; empty at
	// a logical line's start. (Offsets, not a string: storing a string
	// costs a write barrier, a tenth of the time.)
	prev token
	// deco is set within a decorator's dotted name.
	deco bool
	// pattern is the bracket depth of the case pattern being read, -1
	// outside one.
	pattern int
}

// class returns the class of t, the next token, and moves past it.
func (lx *lexer) class(t token) syntaxClass {
	word := lx.src[t.start:t.end]
	c := synPlain
	switch t.kind {
	case tokBlank:
		return synPlain
	case tokComment:
		return synComment
	case tokNewline:
		if lx.depth == 0 {
			lx.stmt, lx.prev, lx.deco, lx.pattern = true, token{}, false, -1
		}
		return synPlain
	case tokName:
		c = lx.nameClass(t.end, word)
	case tokNumber:
		c = synNumber
	case tokString:
		c = synString
	case tokOperator:
		c = synOperator
		// A decorator is an @ at a statement's start and the dotted
		// name after it (chroma made any @name one, even a matrix
		// product a @b).
		if word == "@" && lx.stmt || word == "." && lx.deco {
			c = synFunction
		}
	case tokOpen:
		lx.depth++
	case tokClose:
		lx.depth = max(lx.depth-1, 0)
	case tokDelimiter:
		if word == ":" && lx.depth == lx.pattern {
			lx.pattern = -1
		}
	}
	// A decorator goes on through the names and dots after its @.
	lx.deco = (lx.deco || word == "@") && c == synFunction
	lx.stmt = word == ";" && lx.depth == 0
	lx.prev = t
	return c
}

// after reports whether the last token was word.
func (lx *lexer) after(word string) bool {
	return lx.src[lx.prev.start:lx.prev.end] == word
}

// nameClass returns the class of name word, which ends at byte end.
func (lx *lexer) nameClass(end int, word string) syntaxClass {
	switch {
	case lx.deco, lx.after("def"):
		return synFunction
	case lx.after("class"):
		return synClass
	}
	c := wordClass(word)
	switch {
	case c == synBuiltin && lx.after(".") && !isDunder(word):
		// An attribute of that name (str.format, node.type), not the
		// builtin.
		return synPlain
	case c == synKeyword:
		if word == "if" && lx.depth == lx.pattern {
			// A case clause's guard, after its pattern.
			lx.pattern = -1
		}
		return c
	case c != synPlain:
		return c
	case (word == "match" || word == "case") && lx.stmt && softKeyword(lx.src, end, word):
		if word == "case" {
			lx.pattern = lx.depth
		}
		return synKeyword
	case word == "_" && lx.pattern >= 0 && !lx.after("."):
		// CPython 3.11: _ is the wildcard pattern, a soft keyword, in
		// a case pattern, unless it is the first name of a dotted
		// value pattern.
		if t := nextSignificant(lx.src, end); lx.src[t.start:t.end] != "." {
			return synKeyword
		}
	}
	return synPlain
}

// softKeyword reports whether word, match or case, which ends at byte
// end of src and begins a statement, is the soft keyword that begins a
// match statement or a case clause. CPython 3.11's parser tries those
// first and falls back to reading word as a name; here they are told
// apart by what follows: the start of an expression or pattern, and a
// colon outside brackets that ends the logical line (a match statement's
// block is on the lines after it) or is anywhere in it (a case clause's
// may follow on the same line). A statement that begins with the name
// match or case has no such colon, unless it is an annotated assignment
// to a subscript, match[k]: int, which is taken for a match statement.
func softKeyword(src string, end int, word string) bool {
	t := nextSignificant(src, end)
	switch t.kind {
	case tokName, tokNumber, tokString, tokOpen:
	case tokOperator:
		switch src[t.start:t.end] {
		case "-", "+", "~", "*":
		default:
			return false
		}
	default:
		return false
	}
	depth, last := 0, ""
	for i := t.start; i < len(src); {
		t = nextToken(src, i)
		i = t.end
		switch t.kind {
		case tokBlank, tokComment:
			continue
		case tokNewline:
			if depth == 0 {
				return word == "match" && last == ":"
			}
			continue
		case tokOpen:
			depth++
		case tokClose:
			depth = max(depth-1, 0)
		case tokDelimiter:
			if depth == 0 && src[t.start] == ':' && word == "case" {
				return true
			}
			if depth == 0 && src[t.start] == ';' {
				return false
			}
		}
		last = src[t.start:t.end]
	}
	return word == "match" && last == ":"
}

// nextSignificant returns the first token at or after byte i of src that
// is not blank; a newline token at the end of src.
func nextSignificant(src string, i int) token {
	for i < len(src) {
		t := nextToken(src, i)
		if t.kind != tokBlank {
			return t
		}
		i = t.end
	}
	return token{kind: tokNewline, start: i, end: i}
}

// tokenKind is the kind of a token of Python source.
type tokenKind uint8

const (
	// tokBlank is spaces and tabs, or a backslash continuation.
	tokBlank tokenKind = iota
	// tokNewline ends a logical line, outside brackets.
	tokNewline
	// tokComment runs from # to the end of the line.
	tokComment
	// tokName is an identifier or a keyword.
	tokName
	tokNumber
	// tokString is a string or bytes literal, with its prefix; an
	// f-string is one, as CPython 3.11's tokenizer reads it.
	tokString
	tokOperator
	// tokOpen and tokClose are brackets.
	tokOpen
	tokClose
	// tokDelimiter is a comma, a colon or a semicolon, which chroma
	// called punctuation and left plain.
	tokDelimiter
	// tokError is a byte that begins no token: a stray backslash, !, $,
	// ? or a control character.
	tokError
)

// token is a token of Python source: bytes [start, end).
type token struct {
	kind       tokenKind
	start, end int
}

// nextToken returns the token that begins at byte i of src.
func nextToken(src string, i int) token {
	c := src[i]
	t := token{kind: tokError, start: i, end: i + 1}
	switch {
	case isBlank(c):
		t.kind = tokBlank
		for t.end < len(src) && isBlank(src[t.end]) {
			t.end++
		}
	case c == '\n':
		t.kind = tokNewline
	case c == '#':
		t.kind, t.end = tokComment, len(src)
		if n := strings.IndexByte(src[i:], '\n'); n >= 0 {
			t.end = i + n
		}
	case c == '\\':
		switch {
		case strings.HasPrefix(src[i+1:], "\n"):
			t.kind, t.end = tokBlank, i+2
		case strings.HasPrefix(src[i+1:], "\r\n"):
			t.kind, t.end = tokBlank, i+3
		}
	case isNameStart(c):
		t.kind, t.end = tokName, i+1
		for t.end < len(src) && isNameChar(src[t.end]) {
			t.end++
		}
		if t.end < len(src) && (src[t.end] == '\'' || src[t.end] == '"') && isStringPrefix(src[i:t.end]) {
			t.kind, t.end = tokString, stringEnd(src, t.end)
		}
	case c == '\'' || c == '"':
		t.kind, t.end = tokString, stringEnd(src, i)
	case isDigit(c) || c == '.' && i+1 < len(src) && isDigit(src[i+1]):
		t.kind, t.end = tokNumber, numberEnd(src, i)
	case c == '(' || c == '[' || c == '{':
		t.kind = tokOpen
	case c == ')' || c == ']' || c == '}':
		t.kind = tokClose
	default:
		if n := operatorLen(src[i:]); n > 0 {
			t.kind, t.end = tokOperator, i+n
		} else if c == ',' || c == ':' || c == ';' {
			t.kind = tokDelimiter
		}
	}
	return t
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\r' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isNameStart reports whether c may begin an identifier; any byte of a
// multibyte character is taken for a letter.
func isNameStart(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || c == '_' || c >= utf8.RuneSelf
}

func isNameChar(c byte) bool { return isNameStart(c) || isDigit(c) }

// isStringPrefix reports whether p is a string prefix of Python 3: r,
// u, b, f, or br, rb, fr, rf, in any case.
func isStringPrefix(p string) bool {
	switch len(p) {
	case 1:
		switch p[0] | 0x20 {
		case 'r', 'u', 'b', 'f':
			return true
		}
	case 2:
		a, b := p[0]|0x20, p[1]|0x20
		return a == 'r' && (b == 'b' || b == 'f') || b == 'r' && (a == 'b' || a == 'f')
	}
	return false
}

// stringEnd returns the end of the string literal whose opening quote is
// at byte q of src. A backslash takes the next byte with it, even in a
// raw string, where it keeps a quote from ending the string. An
// unterminated literal ends where CPython's tokenizer gives up on it: a
// one-quote string at the end of its line, a triple-quoted one at the
// end of the text.
func stringEnd(src string, q int) int {
	quote := src[q]
	triple := q+2 < len(src) && src[q+1] == quote && src[q+2] == quote
	i := q + 1
	if triple {
		i = q + 3
	}
	for i < len(src) {
		switch src[i] {
		case '\\':
			i++
		case quote:
			if !triple {
				return i + 1
			}
			if i+2 < len(src) && src[i+1] == quote && src[i+2] == quote {
				return i + 3
			}
		case '\n':
			if !triple {
				return i
			}
		}
		i++
	}
	return len(src)
}

// numberEnd returns the end of the number that begins at byte i of src,
// a digit or a point before one: an integer in any base, a float or an
// imaginary number, with underscores between digits.
func numberEnd(src string, i int) int {
	if src[i] == '0' && i+2 < len(src) {
		var digit func(byte) bool
		switch src[i+1] | 0x20 {
		case 'x':
			digit = func(c byte) bool { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }
		case 'o':
			digit = func(c byte) bool { return '0' <= c && c <= '7' }
		case 'b':
			digit = func(c byte) bool { return c == '0' || c == '1' }
		}
		// The base's letter may be followed by an underscore: 0x_ff.
		// Without a digit after it, the number is the 0 alone.
		if digit != nil {
			if j := digitsEnd(src, i+2, digit, true); j > i+2 {
				return j
			}
		}
	}
	j := digitsEnd(src, i, isDigit, false)
	if j < len(src) && src[j] == '.' {
		j = digitsEnd(src, j+1, isDigit, false)
	}
	if j < len(src) && src[j]|0x20 == 'e' {
		k := j + 1
		if k < len(src) && (src[k] == '+' || src[k] == '-') {
			k++
		}
		if k < len(src) && isDigit(src[k]) {
			j = digitsEnd(src, k, isDigit, false)
		}
	}
	if j < len(src) && src[j]|0x20 == 'j' {
		j++
	}
	return j
}

// digitsEnd returns the end of the run of digits at byte i of src, in
// which an underscore may stand between two digits, or before the first
// if lead is set.
func digitsEnd(src string, i int, digit func(byte) bool, lead bool) int {
	for i < len(src) {
		if src[i] == '_' && lead && i+1 < len(src) && digit(src[i+1]) {
			i++
		} else if !digit(src[i]) {
			break
		}
		i++
		lead = true
	}
	return i
}

// operatorLen returns the length of the operator at the start of s, 0 if
// none. Chroma classed them all as operators, and the dot with them;
// the comma, the colon and the semicolon are delimiters, but := is an
// operator.
func operatorLen(s string) int {
	next := func(k int) byte {
		if k < len(s) {
			return s[k]
		}
		return 0
	}
	switch c := s[0]; c {
	case '.':
		if strings.HasPrefix(s, "...") {
			return 3
		}
		return 1
	case '~':
		return 1
	case '!', ':':
		// != and :=; alone, neither is an operator.
		if next(1) == '=' {
			return 2
		}
	case '*', '/', '<', '>':
		// * ** *= **=, and the same of / < >.
		n := 1
		if next(1) == c {
			n = 2
		}
		if next(n) == '=' {
			n++
		}
		return n
	case '-':
		if next(1) == '>' || next(1) == '=' {
			return 2
		}
		return 1
	case '+', '%', '@', '&', '|', '^', '=':
		if next(1) == '=' {
			return 2
		}
		return 1
	}
	return 0
}

// isDunder reports whether name is a special name, __x__.
func isDunder(name string) bool {
	return len(name) > 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__")
}

// wordClass returns the class of a name by itself: CPython 3.11's
// keywords; the names of its builtins module, with self and cls; the
// special attributes of its data model; and its special methods, which
// chroma classed as function names wherever they occur.
func wordClass(name string) syntaxClass {
	switch name {
	case "False", "None", "True", "and", "as", "assert", "async", "await",
		"break", "class", "continue", "def", "del", "elif", "else", "except",
		"finally", "for", "from", "global", "if", "import", "in", "is",
		"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
		"while", "with", "yield":
		return synKeyword
	case "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool",
		"breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod",
		"compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate",
		"eval", "exec", "filter", "float", "format", "frozenset", "getattr",
		"globals", "hasattr", "hash", "hex", "id", "input", "int",
		"isinstance", "issubclass", "iter", "len", "list", "locals", "map",
		"max", "memoryview", "min", "next", "object", "oct", "open", "ord",
		"pow", "print", "property", "range", "repr", "reversed", "round",
		"set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
		"super", "tuple", "type", "vars", "zip",
		"Ellipsis", "NotImplemented", "self", "cls":
		return synBuiltin
	case "ArithmeticError", "AssertionError", "AttributeError",
		"BaseException", "BaseExceptionGroup", "BlockingIOError",
		"BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
		"ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
		"ConnectionResetError", "DeprecationWarning", "EOFError",
		"EncodingWarning", "EnvironmentError", "Exception", "ExceptionGroup",
		"FileExistsError", "FileNotFoundError", "FloatingPointError",
		"FutureWarning", "GeneratorExit", "IOError", "ImportError",
		"ImportWarning", "IndentationError", "IndexError", "InterruptedError",
		"IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError",
		"MemoryError", "ModuleNotFoundError", "NameError",
		"NotADirectoryError", "NotImplementedError", "OSError",
		"OverflowError", "PendingDeprecationWarning", "PermissionError",
		"ProcessLookupError", "RecursionError", "ReferenceError",
		"ResourceWarning", "RuntimeError", "RuntimeWarning",
		"StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning",
		"SystemError", "SystemExit", "TabError", "TimeoutError", "TypeError",
		"UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
		"UnicodeError", "UnicodeTranslateError", "UnicodeWarning",
		"UserWarning", "ValueError", "Warning", "ZeroDivisionError":
		return synBuiltin
	case "__build_class__", "__debug__", "__doc__", "__import__",
		"__loader__", "__name__", "__package__", "__spec__",
		"__annotations__", "__bases__", "__class__", "__closure__",
		"__code__", "__defaults__", "__dict__", "__file__", "__func__",
		"__globals__", "__kwdefaults__", "__module__", "__mro__",
		"__objclass__", "__qualname__", "__self__", "__slots__",
		"__weakref__":
		return synBuiltin
	case "__new__", "__init__", "__del__", "__repr__", "__str__",
		"__bytes__", "__format__", "__lt__", "__le__", "__eq__", "__ne__",
		"__gt__", "__ge__", "__hash__", "__bool__",
		"__getattr__", "__getattribute__", "__setattr__", "__delattr__",
		"__dir__", "__get__", "__set__", "__delete__", "__set_name__",
		"__init_subclass__", "__mro_entries__", "__prepare__",
		"__instancecheck__", "__subclasscheck__", "__subclasshook__",
		"__class_getitem__", "__call__",
		"__len__", "__length_hint__", "__getitem__", "__setitem__",
		"__delitem__", "__missing__", "__iter__", "__reversed__",
		"__contains__", "__next__",
		"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__",
		"__floordiv__", "__mod__", "__divmod__", "__pow__", "__lshift__",
		"__rshift__", "__and__", "__xor__", "__or__",
		"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__",
		"__rfloordiv__", "__rmod__", "__rdivmod__", "__rpow__",
		"__rlshift__", "__rrshift__", "__rand__", "__rxor__", "__ror__",
		"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__",
		"__ifloordiv__", "__imod__", "__ipow__", "__ilshift__",
		"__irshift__", "__iand__", "__ixor__", "__ior__",
		"__neg__", "__pos__", "__abs__", "__invert__", "__complex__",
		"__int__", "__float__", "__index__", "__round__", "__trunc__",
		"__floor__", "__ceil__",
		"__enter__", "__exit__", "__await__", "__aiter__", "__anext__",
		"__aenter__", "__aexit__",
		"__reduce__", "__reduce_ex__", "__getnewargs__",
		"__getnewargs_ex__", "__getstate__", "__setstate__", "__copy__",
		"__deepcopy__", "__sizeof__", "__fspath__":
		return synFunction
	}
	return synPlain
}

// newSrcLine expands orig's tabs and groups its bytes into runs.
func newSrcLine(orig string, class []syntaxClass) srcLine {
	if n := len(orig); n > 0 && orig[n-1] == '\r' {
		orig, class = orig[:n-1], class[:n-1]
	}
	l := srcLine{orig: orig}
	var b strings.Builder
	b.Grow(len(orig))
	cells := 0
	for i := 0; i < len(orig); {
		size, w, vis := nextCluster(orig[i:], cells)
		c := class[i]
		from := b.Len()
		if vis == "" {
			b.WriteString(orig[i : i+size])
		} else {
			b.WriteString(vis)
		}
		cells += w
		i += size
		if n := len(l.runs); n > 0 && l.runs[n-1].class == c {
			l.runs[n-1].end = b.Len()
		} else {
			l.runs = append(l.runs, srcRun{from, b.Len(), c})
		}
	}
	l.text = b.String()
	l.width = cells
	return l
}

// nextCluster measures the first grapheme cluster of s, drawn at display
// column cells: its size in bytes, its width in cells and, if it is not
// drawn as itself, what replaces it (spaces for a tab; U+FFFD for a
// control character, which would move the terminal's cursor, or bad
// UTF-8).
func nextCluster(s string, cells int) (size, width int, vis string) {
	switch c := s[0]; {
	case c == '\t':
		n := tabWidth - cells%tabWidth
		return 1, n, spaces[:n]
	case c < 0x20 || c == 0x7f:
		return 1, 1, "\uFFFD"
	case c < utf8.RuneSelf:
		return 1, 1, ""
	}
	if r, n := utf8.DecodeRuneInString(s); r == utf8.RuneError && n <= 1 {
		return 1, 1, "\uFFFD"
	}
	cluster, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	return len(cluster), w, ""
}

// spaces is a tab's worth of blanks.
const spaces = "        "

// cell returns the display column (0-based) of byte offset col of the
// original line, as CPython counts columns (UTF-8 bytes); past the end it
// is the line's width.
func (l *srcLine) cell(col int) int {
	cells := 0
	for i := 0; i < len(l.orig) && i < col; {
		size, w, _ := nextCluster(l.orig[i:], cells)
		cells += w
		i += size
	}
	return cells
}

// cut returns the byte offset in text of the first cluster that does not
// fit in width cells.
func (l *srcLine) cut(width int) int {
	if l.width <= width {
		return len(l.text)
	}
	return l.byteAt(width, true)
}

// byteAt returns the byte offset in text of display column cell; a wide
// character that straddles the column counts as after it if before is
// set, else as at it.
func (l *srcLine) byteAt(cell int, before bool) int {
	cells := 0
	for i := 0; i < len(l.text); {
		if cells >= cell {
			return i
		}
		size, w, _ := nextCluster(l.text[i:], cells)
		if before && cells+w > cell {
			return i
		}
		cells += w
		i += size
	}
	return len(l.text)
}

// lineStyle is what a line is drawn with beyond its syntax colours.
type lineStyle struct {
	// base, if set, is inherited by every run (the cursor line).
	base *lipgloss.Style
	// mark styles the cells [from, to) (the current instruction's
	// columns); mark nil for none.
	mark     *lipgloss.Style
	from, to int
}

// render draws the first width cells of the line.
func (l *srcLine) render(ss *syntaxStyles, width int, ls lineStyle) string {
	end := l.cut(width)
	var b strings.Builder
	// Mark bounds as byte offsets of text.
	mfrom, mto := -1, -1
	if ls.mark != nil && ls.from < ls.to {
		mfrom, mto = l.byteAt(ls.from, false), l.byteAt(ls.to, false)
	}
	for _, r := range l.runs {
		if r.start >= end {
			break
		}
		rend := min(r.end, end)
		// Split the run at the mark's bounds.
		for from := r.start; from < rend; {
			to := rend
			marked := mfrom <= from && from < mto
			if marked {
				to = min(to, mto)
			} else if from < mfrom && mfrom < to {
				to = mfrom
			}
			seg := l.text[from:to]
			switch {
			case marked:
				st := ls.mark.Inherit(ss.style[r.class])
				if ls.base != nil {
					st = st.Inherit(*ls.base)
				}
				b.WriteString(st.Render(seg))
			case ls.base != nil:
				b.WriteString(ss.style[r.class].Inherit(*ls.base).Render(seg))
			case ss.plain[r.class]:
				b.WriteString(seg)
			default:
				b.WriteString(ss.style[r.class].Render(seg))
			}
			from = to
		}
	}
	return b.String()
}
