package syntax

import (
	"bytes"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
)

// Mode selects the start rule, as compile()'s mode argument does.
type Mode int

// Parse modes.
const (
	ModeExec   Mode = iota // a module ('exec'): *Module
	ModeEval               // an expression ('eval'): *Expression
	ModeSingle             // one interactive statement ('single'): *Interactive
)

// Parse parses src, the contents of the file filename, into a module,
// expression or interactive statement. Errors are *Error values carrying
// what CPython 3.11 reports for the same file.
func Parse(src []byte, filename string, mode Mode) (mod Mod, err error) {
	mod, _, err = ParseWithWarnings(src, filename, mode)
	return mod, err
}

// ParseWithWarnings is Parse that also returns the warnings CPython would
// print while compiling the source (SyntaxWarnings such as "invalid
// decimal literal" for "1if x else y"). When parsing fails, the warnings
// issued before the error are also in the Error's Warnings.
func ParseWithWarnings(src []byte, filename string, mode Mode) (mod Mod, warnings []*Warning, err error) {
	return parseInput(src, filename, mode, nil)
}

// StringInput describes source text given to compile(), exec() or eval()
// rather than read from a file.
type StringInput struct {
	// Str is set for a str source (bytes are decoded as a file is: a
	// BOM or a coding cookie applies).
	Str bool
}

// ParseString is ParseWithWarnings for source text given to compile(),
// exec() or eval(), which CPython reads with its string tokenizer: only
// the 'exec' mode adds a newline after a last line without one, a str's
// columns count characters, and the line an error shows comes from the
// file filename names if it can be read ('exec' mode), else from the text
// itself.
func ParseString(src []byte, filename string, mode Mode, in StringInput) (Mod, []*Warning, error) {
	return parseInput(src, filename, mode, &in)
}

func parseInput(src []byte, filename string, mode Mode, in *StringInput) (mod Mod, warnings []*Warning, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod = nil
			err = &Error{Kind: "SyntaxError", Filename: filename,
				Msg: fmt.Sprintf("internal error: %v\n%s", r, debug.Stack())}
		}
	}()
	s := newSource(src, filename)
	if in != nil {
		s.asStringInput(mode == ModeExec, in.Str)
	}
	p := newParser(s, filename, startRule(mode))
	if in != nil {
		p.stringInput = true
		p.sc.stringMode = true
	}
	p.fileSrc = s
	p.warnings = new([]*Warning)
	p.sc.warn = p.warn
	res, e := p.run()
	warnings = *p.warnings
	if e != nil {
		e.Warnings = warnings
		return nil, warnings, e
	}
	return res.(Mod), warnings, nil
}

// warn records a warning the tokenizer issues (parser_warn).
func (p *parser) warn(lineno int, msg string) {
	w := &Warning{Category: "SyntaxWarning", Msg: msg, Filename: p.filename, Lineno: lineno}
	if src := p.fileSrc; lineno >= 1 && lineno <= src.numLines() && !src.noLinecache {
		w.Line = string(src.buf[src.lineStarts[lineno-1]:src.lineStarts[lineno]])
	}
	*p.warnings = append(*p.warnings, w)
}

// startRule is the grammar's entry point.
type startRule int

const (
	startFile startRule = iota
	startEval
	startSingle
	startFString
)

// maxStack is the depth of rule calls at which CPython's generated parser
// gives up (MAXSTACK), raising MemoryError.
const maxStack = 6000

// token is a token as pegen stores it: type, text, position, the bracket
// nesting level after it, and the memo of rule results starting at it.
type token struct {
	kind                           tokKind
	text                           string
	lineno, col, endLineno, endCol int // col and endCol are -1 when unknown
	level                          int
	memo                           []memoEntry
}

type memoEntry struct {
	rule ruleID
	val  any
	end  int
}

// parser is pegen's Parser.
type parser struct {
	src      *source
	sc       *scanner
	filename string
	start    startRule

	toks        []*token
	mark        int
	callInvalid bool
	level       int

	err         *Error
	knownErrTok *token

	// inTokErr is set while the tokenizer's error is being raised;
	// tokErrRaised tells whether the last error raised came from it.
	inTokErr, tokErrRaised bool

	// The f-string expression sub-parser's offsets (starting_lineno and
	// starting_col_offset), and the line its text starts on.
	fstringFirstLine  int
	startingColOffset int

	parsingStarted bool // single input: an ENDMARKER becomes one last NEWLINE

	// The file being parsed and the warnings issued so far, shared with
	// the f-string sub-parsers.
	fileSrc  *source
	warnings *[]*Warning
	root     *parser // for an f-string sub-parser, the file's parser

	// stringInput: the source is compile()'s text, not a file's.
	stringInput bool
}

func newParser(s *source, filename string, start startRule) *parser {
	return &parser{src: s, sc: newScanner(s), filename: filename, start: start}
}

// bailout unwinds the parser when an error has been raised: pegen's
// error_indicator, which makes every rule return at once.
type bailout struct{}

func (p *parser) raise(e *Error) {
	p.err = e
	p.tokErrRaised, p.inTokErr = p.inTokErr, false
	panic(bailout{})
}

// loopElem runs f, the parse of an element of a gather or '*' loop after
// the first. If fetching a token fails in it, pegen's loop still returns
// the elements it has (the error stays set, so nothing after the loop can
// match): loopElem then reports tokErr, and the caller must do no more
// than its action, which may raise an error replacing the tokenizer's.
func (p *parser) loopElem(f func() bool) (ok, tokErr bool) {
	level, mark := p.level, p.mark
	defer func() {
		if r := recover(); r != nil {
			if _, isBailout := r.(bailout); !isBailout || !p.tokErrRaised {
				panic(r)
			}
			p.level, p.mark = level, mark
			ok, tokErr = false, true
		}
	}()
	return f(), false
}

// parseOnce runs the start rule, stopping at a raised error.
func (p *parser) parseOnce() (res any) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			res = nil
		}
	}()
	if p.err != nil {
		return nil
	}
	switch p.start {
	case startFile:
		if m := p.file(); m != nil {
			return m
		}
	case startEval:
		if m := p.eval(); m != nil {
			return m
		}
	case startSingle:
		if m := p.interactive(); m != nil {
			return m
		}
	case startFString:
		if e := p.fstringRule(); e != nil {
			return e
		}
	}
	return nil
}

// run is _PyPegen_run_parser: a first pass without the invalid_ rules and,
// if it fails, a second pass with them to find a better message.
func (p *parser) run() (any, *Error) {
	if res := p.parseOnce(); res != nil {
		if p.start == startSingle && p.badSingleStatement() {
			func() {
				defer func() {
					if r := recover(); r != nil {
						if _, ok := r.(bailout); !ok {
							panic(r)
						}
					}
				}()
				p.raiseSyntaxError("multiple statements found while compiling a single statement")
			}()
			return nil, p.err
		}
		return res, nil
	}
	if p.err != nil && p.err.Kind == "MemoryError" {
		return nil, p.err
	}
	var last *token
	if len(p.toks) > 0 {
		last = p.toks[len(p.toks)-1]
	}
	// The second pass starts over with the invalid_ rules enabled; an
	// error raised by the first pass stays set, so it does nothing then.
	for _, t := range p.toks {
		t.memo = nil
	}
	p.mark = 0
	p.callInvalid = true
	p.level = 0
	p.parseOnce()
	p.setSyntaxError(last)
	return nil, p.err
}

// badSingleStatement is bad_single_statement: in single mode, anything
// but blanks and comments after the statement is an error.
func (p *parser) badSingleStatement() bool {
	buf := p.src.buf
	i := p.sc.cur
	for {
		for i < len(buf) && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\f') {
			i++
		}
		if i >= len(buf) || buf[i] == 0 {
			return false
		}
		if buf[i] != '#' {
			return true
		}
		for i < len(buf) && buf[i] != '\n' {
			i++
		}
	}
}

// setSyntaxError is _Pypegen_set_syntax_error.
func (p *parser) setSyntaxError(last *token) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
		}
	}()
	if p.err == nil {
		p.err = p.pendingError()
	}
	if p.err != nil {
		if p.err.Kind == "MemoryError" {
			return
		}
		// Tokenizer errors further on take priority over errors the
		// parser raised.
		if p.sc.done == eOK {
			p.tokenizeFullSourceToCheckForErrors()
		}
		return
	}
	if len(p.toks) == 0 {
		p.raiseSyntaxError("error at start before reading any input")
	}
	if last.kind == tError && p.sc.done == eEOF {
		if p.sc.level != 0 {
			p.raiseUnclosedParenthesesError()
		}
		p.raiseSyntaxError("unexpected EOF while parsing")
	}
	if last.kind == tIndent || last.kind == tDedent {
		msg := "unexpected unindent"
		if last.kind == tIndent {
			msg = "unexpected indent"
		}
		p.raiseIndentationError(msg)
	}
	// Use the last token of the first pass: the second pass may have
	// looked further ahead while trying the invalid_ rules.
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(bailout); !ok {
					panic(r)
				}
			}
		}()
		p.raiseKnownLocation("SyntaxError", last.lineno, last.col, last.endLineno, last.endCol, "invalid syntax")
	}()
	p.tokenizeFullSourceToCheckForErrors()
}

// tokenizeFullSourceToCheckForErrors is
// _PyPegen_tokenize_full_source_to_check_for_errors: it scans the rest of
// the input, and a tokenizer error found there replaces the error already
// raised; an unclosed bracket replaces it only if it was opened on an
// earlier line.
func (p *parser) tokenizeFullSourceToCheckForErrors() {
	cur := p.knownErrTok
	if cur == nil && len(p.toks) > 0 {
		cur = p.toks[len(p.toks)-1]
	}
	curLine := 0
	if cur != nil {
		curLine = cur.lineno
	}
	saved := p.err
	for {
		rt := p.sc.next()
		if rt.kind == tError {
			if p.sc.err != nil {
				p.err = p.sc.err
				return
			}
			if p.sc.level != 0 {
				errLine := p.sc.parens[p.sc.level-1].lineno
				if curLine > errLine {
					func() {
						defer func() {
							if r := recover(); r != nil {
								if _, ok := r.(bailout); !ok {
									panic(r)
								}
							}
						}()
						p.raiseUnclosedParenthesesError()
					}()
					return
				}
			}
			break
		}
		if rt.kind == tEndmarker {
			break
		}
	}
	p.err = saved
}

// ---- tokens ----

// fill is _PyPegen_fill_token: it fetches the next token from the scanner
// and computes its position as initialize_token does.
func (p *parser) fill() {
	sc := p.sc
	rt := sc.next()
	kind := rt.kind
	if p.start == startSingle && kind == tEndmarker && p.parsingStarted {
		kind = tNewline
		p.parsingStarted = false
		if sc.indent != 0 {
			sc.pendin = -sc.indent
			sc.indent = 0
		}
	} else {
		p.parsingStarted = true
	}
	t := &token{kind: kind, level: sc.level}
	if rt.start >= 0 && rt.end >= rt.start {
		t.text = string(sc.src.buf[rt.start:rt.end])
	}
	if kind == tName {
		if kw, ok := keywords[t.text]; ok {
			t.kind = kw
		}
	}
	lineStart, lineno := sc.lineStart, sc.lineno
	if kind == tString {
		lineStart, lineno = sc.multiLineStart, sc.firstLineno
	}
	t.col, t.endCol = -1, -1
	if rt.start >= 0 && rt.start >= lineStart {
		t.col = rt.start - lineStart
	}
	if rt.end >= 0 && rt.end >= sc.lineStart {
		t.endCol = rt.end - sc.lineStart
	}
	t.lineno, t.endLineno = lineno, sc.lineno
	if p.start == startFString && sc.lineno == p.fstringFirstLine {
		t.col += p.startingColOffset
		t.endCol += p.startingColOffset
	}
	p.toks = append(p.toks, t)
	if kind == tError {
		p.inTokErr = true
		p.tokenizerError()
	}
}

// tokenizerError is _Pypegen_tokenizer_error.
func (p *parser) tokenizerError() {
	sc := p.sc
	if sc.err != nil {
		p.raise(sc.err)
	}
	if sc.done == eDecode && sc.decodeMsg != "" {
		// _Pypegen_raise_decode_error
		p.raiseSyntaxError(sc.decodeMsg)
	}
	kind := "SyntaxError"
	var msg string
	col := -1
	switch sc.done {
	case eEOF:
		if sc.level != 0 {
			p.raiseUnclosedParenthesesError()
		}
		p.raiseSyntaxError("unexpected EOF while parsing")
	case eDedent:
		p.raiseIndentationError("unindent does not match any outer indentation level")
	case eTabSpace:
		kind = "TabError"
		msg = "inconsistent use of tabs and spaces in indentation"
	case eTooDeep:
		kind = "IndentationError"
		msg = "too many levels of indentation"
	case eLineCont:
		col = sc.cur - sc.buf - 1
		msg = "unexpected character after line continuation character"
	default:
		msg = "unknown parsing error"
	}
	if col < 0 {
		col = 0
	}
	p.raiseKnownLocation(kind, sc.lineno, col, sc.lineno, -1, msg)
}

// peek returns the token at the mark, fetching it if needed.
func (p *parser) peek() *token {
	if p.mark == len(p.toks) {
		p.fill()
	}
	return p.toks[p.mark]
}

// expect is _PyPegen_expect_token.
func (p *parser) expect(k tokKind) *token {
	t := p.peek()
	if t.kind != k {
		return nil
	}
	p.mark++
	return t
}

// at reports whether the next token is of kind k, consuming nothing
// (a one-token lookahead).
func (p *parser) at(k tokKind) bool { return p.peek().kind == k }

// expectSoft is _PyPegen_expect_soft_keyword.
func (p *parser) expectSoft(kw string) *token {
	t := p.peek()
	if t.kind != tName || t.text != kw {
		return nil
	}
	p.mark++
	return t
}

// expectForced is _PyPegen_expect_forced_token (&&'x' in the grammar).
func (p *parser) expectForced(k tokKind, text string) *token {
	t := p.peek()
	if t.kind != k {
		p.raiseKnownLocation("SyntaxError", t.lineno, t.col, t.endLineno, t.endCol,
			fmt.Sprintf("expected '%s'", text))
	}
	p.mark++
	return t
}

// softKeyword is _PyPegen_soft_keyword_token (SOFT_KEYWORD). CPython 3.11
// compares only as many characters as the NAME has (strncmp with the
// token's length), so any prefix of "_", "case" or "match" ("c", "ma",
// ...) counts as a soft keyword too.
func (p *parser) softKeyword() *token {
	t := p.peek()
	if t.kind != tName {
		return nil
	}
	for _, kw := range []string{"_", "case", "match"} {
		if strings.HasPrefix(kw, t.text) {
			p.mark++
			return t
		}
	}
	return nil
}

// lastNonWhitespace is _PyPegen_get_last_nonnwhitespace_token.
func (p *parser) lastNonWhitespace() *token {
	var t *token
	for m := p.mark - 1; m >= 0; m-- {
		t = p.toks[m]
		if !t.kind.isWhitespace() {
			break
		}
	}
	return t
}

// extra is the EXTRA of a grammar action: from the first token of the
// rule to the last non-whitespace token consumed.
func (p *parser) extra(start int) Pos {
	st := p.toks[start]
	end := p.lastNonWhitespace()
	return Pos{st.lineno, st.col, end.endLineno, end.endCol}
}

// begin fetches the token at the mark, as a rule that uses EXTRA does on
// entry, and returns the mark.
func (p *parser) begin() int {
	p.peek()
	return p.mark
}

// ---- memo ----

type ruleID uint8

const (
	rSimpleStmt ruleID = iota + 1
	rBlock
	rExpression
	rStarExpression
	rDisjunction
	rConjunction
	rInversion
	rFactor
	rAwaitPrimary
	rStrings
	rArguments
	rStarTarget
	rTargetWithStarAtom
	rDelTarget
	rClosedPattern
	rStarPattern
	rInvalidNamedExpression
	rBitwiseOr
	rBitwiseXor
	rBitwiseAnd
	rShiftExpr
	rSum
	rTerm
	rPrimary
	rTPrimary
	rDottedName
	rAttr
	rImportStmt
	rDoubleStarredKvpair
)

// memo is _PyPegen_is_memoized.
func (p *parser) memo(r ruleID) (any, bool) {
	t := p.peek()
	for _, m := range t.memo {
		if m.rule == r {
			p.mark = m.end
			return m.val, true
		}
	}
	return nil, false
}

// setMemo is _PyPegen_insert_memo/_PyPegen_update_memo for the rule that
// started at mark.
func (p *parser) setMemo(mark int, r ruleID, v any) {
	t := p.toks[mark]
	for i := range t.memo {
		if t.memo[i].rule == r {
			t.memo[i].val, t.memo[i].end = v, p.mark
			return
		}
	}
	if t.memo == nil {
		t.memo = make([]memoEntry, 0, 8)
	}
	t.memo = append(t.memo, memoEntry{rule: r, val: v, end: p.mark})
}

// enter counts the depth of rule calls as pegen's p->level does.
func (p *parser) enter() {
	p.level++
	if p.level > maxStack {
		p.raise(&Error{Kind: "MemoryError", Filename: p.filename})
	}
}

func (p *parser) leave() { p.level-- }

// pendingError is the error the tokenizer raised without the parser
// stopping (PyErr_Occurred with error_indicator unset). That happens when
// a line with a null byte is read where the tokenizer still has DEDENTs
// to return: CPython sets the SyntaxError and goes on.
func (p *parser) pendingError() *Error {
	if p.root != nil && p.root.sc.err != nil {
		return p.root.sc.err
	}
	return p.sc.err
}

// checkPending reproduces pegen's check after an action that returns NULL
// without raising ("if (_res == NULL && PyErr_Occurred())"): with an
// error pending, parsing stops with it.
func (p *parser) checkPending() {
	if e := p.pendingError(); e != nil {
		p.raise(e)
	}
}

// in runs f one level deeper, for the helper functions pegen generates
// for groups, loops and gathers, which count as levels too.
func (p *parser) in(f func()) {
	p.enter()
	defer p.leave()
	f()
}

// ---- errors ----

// currentPos stands for CURRENT_POS: the tokenizer's current position.
const currentPos = -5

// raiseKnownLocation is RAISE_ERROR_KNOWN_LOCATION: col and endCol are
// 0-based byte columns (or -1/currentPos).
func (p *parser) raiseKnownLocation(kind string, lineno, col, endLineno, endCol int, msg string) {
	c := col
	if c != currentPos {
		c++
	}
	e := endCol
	if e != currentPos {
		e++
	}
	p.raiseErrorKnownLocation(kind, lineno, c, endLineno, e, msg)
}

// raiseErrorKnownLocation is _PyPegen_raise_error_known_location; col and
// endCol are 1-based byte offsets.
func (p *parser) raiseErrorKnownLocation(kind string, lineno, col, endLineno, endCol int, msg string) {
	sc := p.sc
	if endLineno == currentPos {
		endLineno = sc.lineno
	}
	if endCol == currentPos {
		endCol = sc.cur - sc.lineStart
	}
	if p.start == startFString {
		msg = "f-string: " + msg
	}
	errorLine, ok := "", false
	switch {
	case p.start == startFile && p.stringInput:
		// _PyErr_ProgramDecodedTextObject opens the file the source
		// claims to come from ("<string>" usually is none).
		if data, err := os.ReadFile(p.filename); err == nil {
			errorLine, ok = (&source{raw: data, encoding: p.src.encoding}).programText(lineno)
		}
	case p.start == startFile:
		errorLine, ok = p.src.programText(lineno)
	}
	if !ok {
		switch {
		case sc.lineno <= lineno && sc.inp > sc.buf:
			errorLine = decodeReplace(p.src.buf[sc.buf:sc.inp])
		case p.start == startFString:
			errorLine = p.stringErrorLine(lineno)
		case p.stringInput:
			errorLine = p.inputErrorLine(lineno)
		default:
			errorLine = ""
		}
	}
	if p.start == startFString {
		col -= p.startingColOffset
		endCol -= p.startingColOffset
	}
	colNumber, endColNumber := col, endCol
	if p.src.encoding != "" {
		colNumber = byteToCharOffset(errorLine, col)
		if endColNumber > 0 {
			endColNumber = byteToCharOffset(errorLine, endColNumber)
		}
	}
	p.raise(&Error{
		Kind:      kind,
		Msg:       msg,
		Filename:  p.filename,
		Lineno:    lineno,
		Offset:    colNumber,
		EndLineno: endLineno,
		EndOffset: endColNumber,
		Text:      errorLine,
		EmptyText: errorLine == "",
		Located:   true,
	})
}

// stringErrorLine is get_error_line_from_tokenizer_buffers for the
// f-string sub-parser, whose lines are numbered from its first line.
func (p *parser) stringErrorLine(lineno int) string {
	rel := lineno - p.fstringFirstLine
	if rel < 0 || rel >= p.src.numLines() {
		rel = 0
	}
	line := p.src.buf[p.src.lineStarts[rel]:p.src.lineStarts[rel+1]]
	return strings.TrimSuffix(decodeReplace(line), "\n")
}

// inputErrorLine is get_error_line_from_tokenizer_buffers for string
// input: line lineno of the whole text (no further than the line being
// read), without its newline.
func (p *parser) inputErrorLine(lineno int) string {
	text, cur := p.src.buf, 0
	for i := 1; i < lineno; i++ {
		j := bytes.IndexByte(text[cur:], '\n')
		if j < 0 || cur+j+1 > p.sc.inp {
			break
		}
		cur += j + 1
	}
	line := text[cur:]
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	return decodeReplace(line)
}

// raiseError is _PyPegen_raise_error: the error is located at the last
// token fetched (or known_err_token).
func (p *parser) raiseError(kind, msg string) {
	if len(p.toks) == 0 {
		p.raiseErrorKnownLocation(kind, 0, 0, 0, -1, msg)
	}
	t := p.knownErrTok
	if t == nil {
		t = p.toks[len(p.toks)-1]
	}
	var col int
	if t.col == -1 {
		if p.sc.cur == p.sc.buf {
			col = 0
		} else {
			col = p.sc.cur - p.sc.lineStart
		}
	} else {
		col = t.col + 1
	}
	endCol := -1
	if t.endCol != -1 {
		endCol = t.endCol + 1
	}
	p.raiseErrorKnownLocation(kind, t.lineno, col, t.endLineno, endCol, msg)
}

func (p *parser) raiseSyntaxError(msg string)      { p.raiseError("SyntaxError", msg) }
func (p *parser) raiseIndentationError(msg string) { p.raiseError("IndentationError", msg) }

// raiseUnclosedParenthesesError is raise_unclosed_parentheses_error.
func (p *parser) raiseUnclosedParenthesesError() {
	sc := p.sc
	lineno := sc.parens[sc.level-1].lineno
	col := sc.parens[sc.level-1].col
	p.raiseKnownLocation("SyntaxError", lineno, col, lineno, -1,
		fmt.Sprintf("'%c' was never closed", sc.parens[sc.level-1].char))
}

// spanOf returns the position of a node or token used as an error
// location (RAISE_SYNTAX_ERROR_KNOWN_LOCATION and friends take either).
func spanOf(x any) Pos {
	switch v := x.(type) {
	case *token:
		return Pos{v.lineno, v.col, v.endLineno, v.endCol}
	case interface{ Span() Pos }:
		return v.Span()
	}
	panic(fmt.Sprintf("spanOf %T", x))
}

// raiseAt is RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg).
func (p *parser) raiseAt(a any, format string, args ...any) {
	s := spanOf(a)
	p.raiseKnownLocation("SyntaxError", s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset, fmt.Sprintf(format, args...))
}

// raiseRange is RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg).
func (p *parser) raiseRange(a, b any, format string, args ...any) {
	sa, sb := spanOf(a), spanOf(b)
	p.raiseKnownLocation("SyntaxError", sa.Lineno, sa.ColOffset, sb.EndLineno, sb.EndColOffset, fmt.Sprintf(format, args...))
}

// raiseStartingFrom is RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg).
func (p *parser) raiseStartingFrom(a any, format string, args ...any) {
	s := spanOf(a)
	p.raiseKnownLocation("SyntaxError", s.Lineno, s.ColOffset, currentPos, currentPos, fmt.Sprintf(format, args...))
}
