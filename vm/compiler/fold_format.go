package compiler

import (
	"strconv"
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// CPython 3.11's ast_opt.c rewrites `'fmt' % (a, b, …)` — a str constant
// formatted with a tuple display without starred items — into an f-string
// when every conversion in fmt is a %s, %r or %a with optional flags, a
// width and a precision of at most two digits each, and there are exactly
// as many conversions as tuple items. `'%s-%5.2r' % (a, b)` becomes
// f'{a!s}-{b!r:>5.2}'. Anything else (%d, %(name)s, %*s, a trailing %, a
// count mismatch) leaves the BinOp alone.

// Conversion flags of printf-style formatting (pycore_format.h).
const (
	fmtFlagLJust = 1 << iota
	fmtFlagSign
	fmtFlagBlank
	fmtFlagAlt
	fmtFlagZero
)

// fmtMaxDigits is ast_opt.c's MAXDIGITS: a width or precision of three or
// more digits is not rewritten.
const fmtMaxDigits = 3

// literalPos is the span CPython gives the nodes it creates for the
// literal text and format specs: all -1.
var literalPos = syntax.Pos{Lineno: -1, ColOffset: -1, EndLineno: -1, EndColOffset: -1}

// optimizeFormat is optimize_format: the JoinedStr replacing n, or n.
// fmt is scanned by bytes: '%', the flags and digits are ASCII, which
// never occur inside the UTF-8 encoding of another code point.
func optimizeFormat(n *syntax.BinOp, fmt constant.Str, elts []syntax.Expr) syntax.Expr {
	s := string(fmt)
	pos, cnt := 0, 0
	var values []syntax.Expr
	for {
		if lit, ok := parseFormatLiteral(s, &pos); ok {
			values = append(values, lit)
		}
		if pos >= len(s) {
			break
		}
		if cnt >= len(elts) {
			return n // more conversions than items
		}
		pos++ // the '%'
		fv, ok := parseFormatUnit(s, &pos, elts[cnt])
		cnt++
		if !ok {
			return n // unsupported conversion
		}
		values = append(values, fv)
	}
	if cnt < len(elts) {
		return n // more items than conversions
	}
	return &syntax.JoinedStr{Pos: n.Pos, Values: values}
}

// parseFormatLiteral is parse_literal: the text up to the next single '%',
// with each "%%" turned into "%".
func parseFormatLiteral(s string, pos *int) (*syntax.Constant, bool) {
	start, p := *pos, *pos
	hasPercents := false
	for p < len(s) {
		if s[p] != '%' {
			p++
		} else if p+1 < len(s) && s[p+1] == '%' {
			hasPercents = true
			p += 2
		} else {
			break
		}
	}
	*pos = p
	if p == start {
		return nil, false
	}
	text := s[start:p]
	if hasPercents {
		text = strings.ReplaceAll(text, "%%", "%")
	}
	return &syntax.Constant{Pos: literalPos, Value: constant.Str(text)}, true
}

// parseFormatUnit is simple_format_arg_parse followed by parse_format for
// the conversion starting at *pos (just after its '%'): a FormattedValue
// of arg with conversion s, r or a, and a format spec from the width and
// precision (right-aligned unless the '-' flag is given). The other flags
// are accepted and dropped.
func parseFormatUnit(s string, pos *int, arg syntax.Expr) (*syntax.FormattedValue, bool) {
	p := *pos
	next := func() (byte, bool) {
		if p >= len(s) {
			return 0, false
		}
		c := s[p]
		p++
		return c, true
	}
	flags, width, prec := 0, -1, -1
	var ch byte
	for {
		var ok bool
		if ch, ok = next(); !ok {
			return nil, false
		}
		switch ch {
		case '-':
			flags |= fmtFlagLJust
			continue
		case '+':
			flags |= fmtFlagSign
			continue
		case ' ':
			flags |= fmtFlagBlank
			continue
		case '#':
			flags |= fmtFlagAlt
			continue
		case '0':
			flags |= fmtFlagZero
			continue
		}
		break
	}
	digits := func(v *int) bool {
		*v = 0
		for n := 0; '0' <= ch && ch <= '9'; {
			*v = *v*10 + int(ch-'0')
			var ok bool
			if ch, ok = next(); !ok {
				return false
			}
			if n++; n >= fmtMaxDigits {
				return false
			}
		}
		return true
	}
	if '0' <= ch && ch <= '9' {
		if !digits(&width) {
			return nil, false
		}
	}
	if ch == '.' {
		var ok bool
		if ch, ok = next(); !ok {
			return nil, false
		}
		if !digits(&prec) {
			return nil, false
		}
	}
	switch ch {
	case 's', 'r', 'a':
	default:
		return nil, false
	}
	*pos = p

	var spec []byte
	if flags&fmtFlagLJust == 0 && width > 0 {
		spec = append(spec, '>')
	}
	if width >= 0 {
		spec = strconv.AppendInt(spec, int64(width), 10)
	}
	if prec >= 0 {
		spec = append(spec, '.')
		spec = strconv.AppendInt(spec, int64(prec), 10)
	}
	fv := &syntax.FormattedValue{Pos: arg.Span(), Value: arg, Conversion: int(ch)}
	if len(spec) > 0 {
		fv.FormatSpec = &syntax.Constant{Pos: literalPos, Value: constant.Str(spec)}
	}
	return fv, true
}
