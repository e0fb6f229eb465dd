package syntax

import (
	"fmt"
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
)

// f-strings as CPython 3.11 parses them (Parser/string_parser.c): the
// STRING token's text is scanned for replacement fields, and each field's
// expression is parsed by a separate parser over "(expr)", whose token
// positions are shifted to where the expression sits in the file.

// fstringState is FstringParser: the string being accumulated and the
// expressions collected so far.
type fstringState struct {
	p       *parser
	lastStr *string
	fmode   bool
	exprs   []Expr
}

// fcursor walks the body of one STRING token (the text between quotes,
// which starts at offset base in the token's text).
type fcursor struct {
	s    string
	i    int
	base int
}

// concatStr is _PyPegen_FstringParser_ConcatAndDel.
func (st *fstringState) concatStr(s string) {
	if s == "" {
		return
	}
	if st.lastStr == nil {
		st.lastStr = &s
		return
	}
	v := *st.lastStr + s
	st.lastStr = &v
}

// makeStrNode is make_str_node_and_del: kind is "u" when the first token
// of the concatenation starts with a lower-case u. (Without a kind,
// CPython checks PyErr_Occurred, which stops the parse if the tokenizer
// has an error pending.)
func (st *fstringState) makeStrNode(s string, first, last *token) *Constant {
	c := &Constant{Pos: Pos{first.lineno, first.col, last.endLineno, last.endCol}, Value: constant.Str(s)}
	if strings.HasPrefix(first.text, "u") {
		u := "u"
		c.Kind = &u
	} else {
		st.p.checkPending()
	}
	return c
}

// finish is _PyPegen_FstringParser_Finish.
func (st *fstringState) finish(first, last *token) Expr {
	if !st.fmode {
		s := ""
		if st.lastStr != nil {
			s = *st.lastStr
		}
		return st.makeStrNode(s, first, last)
	}
	if st.lastStr != nil {
		st.exprs = append(st.exprs, st.makeStrNode(*st.lastStr, first, last))
		st.lastStr = nil
	}
	return &JoinedStr{Pos: Pos{first.lineno, first.col, last.endLineno, last.endCol}, Values: st.exprs}
}

// concatFstring starts _PyPegen_FstringParser_ConcatFstring on a token's
// body.
func (st *fstringState) concatFstring(body string, raw bool, recurseLvl int, first, t, last *token) {
	base := 0
	for k := 0; k < len(t.text); k++ {
		// The body follows the prefix letters and the opening quotes.
		if t.text[k] == '\'' || t.text[k] == '"' {
			base = k + 1
			if len(t.text) >= k+6 && t.text[k+1] == t.text[k] && t.text[k+2] == t.text[k] {
				base = k + 3
			}
			break
		}
	}
	cur := &fcursor{s: body, base: base}
	st.concat(cur, raw, recurseLvl, first, t, last)
}

// concat is _PyPegen_FstringParser_ConcatFstring.
func (st *fstringState) concat(cur *fcursor, raw bool, recurseLvl int, first, t, last *token) {
	p := st.p
	st.fmode = true
	for {
		literal, hasLiteral, exprText, hasExprText, expr, result := st.findLiteralAndExpr(cur, raw, recurseLvl, first, t, last)
		if hasLiteral {
			st.concatStr(literal)
		}
		if hasExprText {
			st.concatStr(exprText)
		}
		if result == 1 {
			continue
		}
		if expr == nil {
			break
		}
		if st.lastStr != nil {
			st.exprs = append(st.exprs, st.makeStrNode(*st.lastStr, first, last))
			st.lastStr = nil
		}
		st.exprs = append(st.exprs, expr)
	}
	end := len(cur.s)
	if recurseLvl == 0 && cur.i < end-1 {
		p.raiseSyntaxError("f-string: unexpected end of string")
	}
	if recurseLvl != 0 && (cur.i >= end || cur.s[cur.i] != '}') {
		p.raiseSyntaxError("f-string: expecting '}'")
	}
}

// findLiteralAndExpr is fstring_find_literal_and_expr.
func (st *fstringState) findLiteralAndExpr(cur *fcursor, raw bool, recurseLvl int, first, t, last *token) (literal string, hasLiteral bool, exprText string, hasExprText bool, expr Expr, result int) {
	literal, hasLiteral, result = st.findLiteral(cur, raw, recurseLvl)
	if result == 1 {
		return
	}
	if cur.i >= len(cur.s) || cur.s[cur.i] == '}' {
		return
	}
	exprText, hasExprText, expr = st.findExpr(cur, raw, recurseLvl, first, t, last)
	return
}

// findLiteral is fstring_find_literal.
func (st *fstringState) findLiteral(cur *fcursor, raw bool, recurseLvl int) (literal string, has bool, result int) {
	p := st.p
	s := cur.s
	end := len(s)
	i := cur.i
	start := i
	done := false
	for i < end {
		ch := s[i]
		i++
		if !raw && ch == '\\' && i < end {
			ch = s[i]
			i++
			if ch == 'N' {
				if i < end {
					c := s[i]
					i++
					if c == '{' {
						for i < end {
							c := s[i]
							i++
							if c == '}' {
								break
							}
						}
						continue
					}
				}
				// An invalid "\N": decoding the literal reports it.
				continue
			}
		}
		if ch == '{' || ch == '}' {
			// Doubled braces are checked only at the top level, so
			// that f'{0:{3}}' is not taken for a doubled '}'.
			if recurseLvl == 0 {
				if i < end && s[i] == ch {
					// The literal keeps one brace; scanning resumes
					// after the second.
					cur.i = i + 1
					result = 1
					done = true
					break
				}
				if ch == '}' {
					cur.i = i - 1
					p.raiseSyntaxError("f-string: single '}' is not allowed")
				}
			}
			i--
			break
		}
	}
	if !done {
		cur.i = i
	}
	if start != i {
		text := s[start:i]
		if raw {
			literal = decodeReplace([]byte(text))
		} else {
			v, err := decodeUnicodeWithEscapes(text)
			if err != nil {
				p.raiseSyntaxError(err.msg)
			}
			literal = v
		}
		has = true
	}
	return literal, has, result
}

// findExpr is fstring_find_expr: it scans the replacement field at cur
// (which is on its '{'), parses the expression, the '=' form, the
// conversion and the format spec.
func (st *fstringState) findExpr(cur *fcursor, raw bool, recurseLvl int, first, t, last *token) (exprText string, hasExprText bool, expr Expr) {
	p := st.p
	s := cur.s
	end := len(s)
	if recurseLvl >= 2 {
		p.raiseSyntaxError("f-string: expressions nested too deeply")
	}
	cur.i++ // the '{'
	exprStart := cur.i
	var quoteChar byte
	stringType := 0
	var parenstack []byte
	for ; cur.i < end; cur.i++ {
		ch := s[cur.i]
		if ch == '\\' {
			p.raiseSyntaxError("f-string expression part cannot include a backslash")
		}
		if quoteChar != 0 {
			if ch == quoteChar {
				if stringType == 3 {
					if cur.i+2 < end && s[cur.i+1] == ch && s[cur.i+2] == ch {
						cur.i += 2
						stringType = 0
						quoteChar = 0
						continue
					}
				} else {
					stringType = 0
					quoteChar = 0
					continue
				}
			}
		} else if ch == '\'' || ch == '"' {
			if cur.i+2 < end && s[cur.i+1] == ch && s[cur.i+2] == ch {
				stringType = 3
				cur.i += 2
			} else {
				stringType = 1
			}
			quoteChar = ch
		} else if ch == '[' || ch == '{' || ch == '(' {
			if len(parenstack) >= maxLevel {
				p.raiseSyntaxError("f-string: too many nested parenthesis")
			}
			parenstack = append(parenstack, ch)
		} else if ch == '#' {
			p.raiseSyntaxError("f-string expression part cannot include '#'")
		} else if len(parenstack) == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<') {
			if cur.i+1 < end {
				next := s[cur.i+1]
				if ch == '!' && next == '=' || ch == '=' && next == '=' || ch == '<' && next == '=' || ch == '>' && next == '=' {
					cur.i++
					continue
				}
			}
			// A lone '<' or '>' never ends the expression (in CPython
			// 3.11.7 not even as the last character of the string).
			if ch == '>' || ch == '<' {
				continue
			}
			break
		} else if ch == ']' || ch == '}' || ch == ')' {
			if len(parenstack) == 0 {
				p.raiseSyntaxError("f-string: unmatched '" + string(ch) + "'")
			}
			opening := parenstack[len(parenstack)-1]
			parenstack = parenstack[:len(parenstack)-1]
			if !(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}') {
				p.raiseSyntaxError("f-string: closing parenthesis '" + string(ch) + "' does not match opening parenthesis '" + string(opening) + "'")
			}
		}
	}
	exprEnd := cur.i
	if quoteChar != 0 {
		p.raiseSyntaxError("f-string: unterminated string")
	}
	if len(parenstack) != 0 {
		p.raiseSyntaxError("f-string: unmatched '" + string(parenstack[len(parenstack)-1]) + "'")
	}
	if cur.i >= end {
		p.raiseSyntaxError("f-string: expecting '}'")
	}
	simple := p.compileFstringExpr(cur, exprStart, exprEnd, t)

	if s[cur.i] == '=' {
		cur.i++
		for cur.i < end && isSpaceByte(s[cur.i]) {
			cur.i++
		}
		exprText, hasExprText = s[exprStart:cur.i], true
	}
	conversion := -1
	if cur.i < end && s[cur.i] == '!' {
		cur.i++
		if cur.i >= end {
			p.raiseSyntaxError("f-string: expecting '}'")
		}
		conversion = int(s[cur.i])
		cur.i++
		if conversion != 's' && conversion != 'r' && conversion != 'a' {
			p.raiseSyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if cur.i >= end {
		p.raiseSyntaxError("f-string: expecting '}'")
	}
	var spec Expr
	if s[cur.i] == ':' {
		cur.i++
		if cur.i >= end {
			p.raiseSyntaxError("f-string: expecting '}'")
		}
		// fstring_parse: the spec's JoinedStr is located at the current
		// token, its parts at the whole concatenation.
		sub := &fstringState{p: p}
		sub.concat(cur, raw, recurseLvl+1, first, t, last)
		spec = sub.finish(t, t)
	}
	if cur.i >= end || s[cur.i] != '}' {
		p.raiseSyntaxError("f-string: expecting '}'")
	}
	cur.i++
	if hasExprText && spec == nil && conversion == -1 {
		conversion = 'r'
	}
	expr = &FormattedValue{Pos: Pos{first.lineno, first.col, last.endLineno, last.endCol}, Value: simple, Conversion: conversion, FormatSpec: spec}
	return exprText, hasExprText, expr
}

// isSpaceByte is Py_ISSPACE.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// compileFstringExpr is fstring_compile_expr: it parses "(expr)" with a
// sub-parser whose positions are shifted to the expression's place in the
// file.
func (p *parser) compileFstringExpr(cur *fcursor, exprStart, exprEnd int, t *token) Expr {
	text := cur.s[exprStart:exprEnd]
	blank := true
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !(c == ' ' || c == '\t' || c == '\n' || c == '\f') {
			blank = false
			break
		}
	}
	if blank {
		// CPython 3.11.7 names the character that ends the field when
		// it is not the closing brace.
		if exprEnd < len(cur.s) && cur.s[exprEnd] != '}' {
			p.raiseSyntaxError(fmt.Sprintf("f-string: expression required before '%c'", cur.s[exprEnd]))
		}
		p.raiseSyntaxError("f-string: empty expression not allowed")
	}
	lines, cols := fstringFindExprLocation(t.text, cur.base+exprStart-1)

	src := newStringSource("("+text+")", p.filename)
	sp := newParser(src, p.filename, startFString)
	sp.fileSrc, sp.warnings = p.fileSrc, p.warnings
	sp.root = p
	if p.root != nil {
		sp.root = p.root
	}
	sp.sc.warn = sp.warn
	sp.sc.stringMode = true
	sp.sc.lineno = t.lineno + lines - 1
	sp.fstringFirstLine = t.lineno + lines
	if lines != 0 {
		sp.startingColOffset = cols
	} else {
		sp.startingColOffset = t.col + cols
	}
	res, err := sp.run()
	if err != nil {
		p.raise(err)
	}
	return res.(Expr)
}

// fstringFindExprLocation is CPython 3.11.7's fstring_find_expr_location:
// the number of lines before the '{' at exprStart in the token's text, and
// the column of that '{' (0 when only whitespace separates it from a
// newline).
func fstringFindExprLocation(parent string, exprStart int) (lines, cols int) {
	newlineAfterBrace := true
	for i := exprStart + 1; i < len(parent) && parent[i] != '}' && parent[i] != '\n'; i++ {
		if c := parent[i]; c != ' ' && c != '\t' && c != '\f' {
			newlineAfterBrace = false
			break
		}
	}
	if !newlineAfterBrace {
		start := exprStart
		for start > 0 && parent[start] != '\n' {
			start--
		}
		cols = exprStart - start
		if parent[start] == '\n' {
			cols--
		}
	}
	for i := 0; i < exprStart; i++ {
		if parent[i] == '\n' {
			lines++
		}
	}
	return lines, cols
}

// newStringSource is the source of a string tokenizer (no decoding, no
// checks: the text comes from an already decoded file).
func newStringSource(text, filename string) *source {
	s := &source{filename: filename, raw: []byte(text), readErr: map[int]*Error{}}
	for _, line := range splitUniversal([]byte(text)) {
		s.lineStarts = append(s.lineStarts, len(s.buf))
		s.buf = append(s.buf, line...)
		if len(line) == 0 || line[len(line)-1] != '\n' {
			s.buf = append(s.buf, '\n')
		}
	}
	s.lineStarts = append(s.lineStarts, len(s.buf))
	return s
}
