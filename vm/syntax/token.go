package syntax

// tokKind is the type of a token, as CPython 3.11's Grammar/Tokens numbers
// them, except that every keyword has a kind of its own (pegen turns a NAME
// whose text is a keyword into the keyword's token type) and ASYNC/AWAIT
// are keywords too (3.11 always recognises them).
type tokKind uint8

const (
	tEndmarker tokKind = iota
	tName
	tNumber
	tString
	tNewline
	tIndent
	tDedent
	tLpar
	tRpar
	tLsqb
	tRsqb
	tColon
	tComma
	tSemi
	tPlus
	tMinus
	tStar
	tSlash
	tVbar
	tAmper
	tLess
	tGreater
	tEqual
	tDot
	tPercent
	tLbrace
	tRbrace
	tEqEqual
	tNotEqual
	tLessEqual
	tGreaterEqual
	tTilde
	tCircumflex
	tLeftShift
	tRightShift
	tDoubleStar
	tPlusEqual
	tMinEqual
	tStarEqual
	tSlashEqual
	tPercentEqual
	tAmperEqual
	tVbarEqual
	tCircumflexEqual
	tLeftShiftEqual
	tRightShiftEqual
	tDoubleStarEqual
	tDoubleSlash
	tDoubleSlashEqual
	tAt
	tAtEqual
	tRarrow
	tEllipsis
	tColonEqual
	tOp // any other character CPython's tokenizer passes through as OP ($, ?, !, `)
	tError

	// Keywords.
	kwFalse
	kwNone
	kwTrue
	kwAnd
	kwAs
	kwAssert
	kwAsync
	kwAwait
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNonlocal
	kwNot
	kwOr
	kwPass
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield
)

// keywords maps the text of each reserved word to its kind.
var keywords = map[string]tokKind{
	"False": kwFalse, "None": kwNone, "True": kwTrue, "and": kwAnd,
	"as": kwAs, "assert": kwAssert, "async": kwAsync, "await": kwAwait,
	"break": kwBreak, "class": kwClass, "continue": kwContinue, "def": kwDef,
	"del": kwDel, "elif": kwElif, "else": kwElse, "except": kwExcept,
	"finally": kwFinally, "for": kwFor, "from": kwFrom, "global": kwGlobal,
	"if": kwIf, "import": kwImport, "in": kwIn, "is": kwIs,
	"lambda": kwLambda, "nonlocal": kwNonlocal, "not": kwNot, "or": kwOr,
	"pass": kwPass, "raise": kwRaise, "return": kwReturn, "try": kwTry,
	"while": kwWhile, "with": kwWith, "yield": kwYield,
}

// isWhitespaceToken reports the kinds _PyPegen_get_last_nonnwhitespace_token
// skips when it looks for the end of a node: ENDMARKER, NEWLINE, INDENT and
// DEDENT.
func (k tokKind) isWhitespace() bool {
	return k == tEndmarker || k == tNewline || k == tIndent || k == tDedent
}

// oneChar is PyToken_OneChar.
func oneChar(c byte) tokKind {
	switch c {
	case '%':
		return tPercent
	case '&':
		return tAmper
	case '(':
		return tLpar
	case ')':
		return tRpar
	case '*':
		return tStar
	case '+':
		return tPlus
	case ',':
		return tComma
	case '-':
		return tMinus
	case '.':
		return tDot
	case '/':
		return tSlash
	case ':':
		return tColon
	case ';':
		return tSemi
	case '<':
		return tLess
	case '=':
		return tEqual
	case '>':
		return tGreater
	case '@':
		return tAt
	case '[':
		return tLsqb
	case ']':
		return tRsqb
	case '^':
		return tCircumflex
	case '{':
		return tLbrace
	case '|':
		return tVbar
	case '}':
		return tRbrace
	case '~':
		return tTilde
	}
	return tOp
}

// twoChars is PyToken_TwoChars; tOp means "not a two-character token".
func twoChars(c1, c2 byte) tokKind {
	switch c1 {
	case '!':
		if c2 == '=' {
			return tNotEqual
		}
	case '%':
		if c2 == '=' {
			return tPercentEqual
		}
	case '&':
		if c2 == '=' {
			return tAmperEqual
		}
	case '*':
		switch c2 {
		case '*':
			return tDoubleStar
		case '=':
			return tStarEqual
		}
	case '+':
		if c2 == '=' {
			return tPlusEqual
		}
	case '-':
		switch c2 {
		case '=':
			return tMinEqual
		case '>':
			return tRarrow
		}
	case '/':
		switch c2 {
		case '/':
			return tDoubleSlash
		case '=':
			return tSlashEqual
		}
	case ':':
		if c2 == '=' {
			return tColonEqual
		}
	case '<':
		switch c2 {
		case '<':
			return tLeftShift
		case '=':
			return tLessEqual
		case '>':
			return tNotEqual
		}
	case '=':
		if c2 == '=' {
			return tEqEqual
		}
	case '>':
		switch c2 {
		case '=':
			return tGreaterEqual
		case '>':
			return tRightShift
		}
	case '@':
		if c2 == '=' {
			return tAtEqual
		}
	case '^':
		if c2 == '=' {
			return tCircumflexEqual
		}
	case '|':
		if c2 == '=' {
			return tVbarEqual
		}
	}
	return tOp
}

// threeChars is PyToken_ThreeChars; tOp means "not a three-character token".
func threeChars(c1, c2, c3 byte) tokKind {
	if c3 != '=' {
		if c1 == '.' && c2 == '.' && c3 == '.' {
			return tEllipsis
		}
		return tOp
	}
	switch {
	case c1 == '*' && c2 == '*':
		return tDoubleStarEqual
	case c1 == '/' && c2 == '/':
		return tDoubleSlashEqual
	case c1 == '<' && c2 == '<':
		return tLeftShiftEqual
	case c1 == '>' && c2 == '>':
		return tRightShiftEqual
	}
	return tOp
}
