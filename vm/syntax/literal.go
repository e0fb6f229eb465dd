package syntax

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/text"
)

type (
	constantNone     = constant.None
	constantBool     = constant.Bool
	constantEllipsis = constant.Ellipsis
)

// maxStrDigits is CPython 3.11's default sys.get_int_max_str_digits():
// longer decimal literals are rejected.
const maxStrDigits = 4300

// number is the NUMBER token as a Constant (_PyPegen_number_token).
func (p *parser) number() Expr {
	t := p.expect(tNumber)
	if t == nil {
		return nil
	}
	v, digits := parseNumber(t.text)
	if v == nil {
		msg := fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", maxStrDigits, digits)
		p.raiseKnownLocation("SyntaxError", t.lineno, -1, t.endLineno, -1, msg)
	}
	return &Constant{Pos: tokPos(t), Value: v}
}

// parseNumber is parsenumber: the value of a NUMBER token, or nil and the
// digit count for a decimal integer over the digit limit.
func parseNumber(text string) (constant.Value, int) {
	s := strings.ReplaceAll(text, "_", "")
	if s == "" {
		return constant.Int{V: new(big.Int)}, 0
	}
	last := s[len(s)-1]
	if last == 'j' || last == 'J' {
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		return constant.Complex(complex(0, f)), 0
	}
	if len(s) > 1 && s[0] == '0' {
		base := 0
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			n, ok := new(big.Int).SetString(s[2:], base)
			if ok {
				return constant.Int{V: n}, 0
			}
		}
	}
	isInt := true
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			isInt = false
			break
		}
	}
	if isInt {
		if len(s) > maxStrDigits {
			return nil, len(s)
		}
		n, _ := new(big.Int).SetString(s, 10)
		return constant.Int{V: n}, 0
	}
	f, _ := strconv.ParseFloat(s, 64)
	return constant.Float(f), 0
}

// appendCodePoint appends r as UTF-8, encoding lone surrogates in their
// 3-byte form as constant.Str does.
func appendCodePoint(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// stringPrefix splits a STRING token into its prefix flags and body (the
// text between the quotes), as _PyPegen_parsestr does.
func stringPrefix(s string) (bytesMode, raw, fmode bool, body string) {
	i := 0
	for ; i < len(s); i++ {
		switch s[i] {
		case 'b', 'B':
			bytesMode = true
		case 'u', 'U':
		case 'r', 'R':
			raw = true
		case 'f', 'F':
			fmode = true
		default:
			goto quotes
		}
	}
quotes:
	s = s[i:]
	q := 1
	if len(s) >= 6 && s[1] == s[0] && s[2] == s[0] {
		q = 3
	}
	return bytesMode, raw, fmode, s[q : len(s)-q]
}

// decodeError is a failure to decode a string literal's escapes: a
// UnicodeDecodeError or ValueError that CPython reports as a SyntaxError
// "(unicode error) ..." or "(value error) ...".
type decodeError struct{ msg string }

// decodeUnicodeWithEscapes is decode_unicode_with_escapes: non-ASCII text
// is first rewritten as \U escapes (so error positions count in that
// rewritten text, as CPython's do), then the unicode-escape codec runs.
func decodeUnicodeWithEscapes(s string) (string, *decodeError) {
	var buf strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '\\' {
			buf.WriteByte('\\')
			i++
			if i >= len(s) || s[i] >= 0x80 {
				buf.WriteString("u005c")
				if i >= len(s) {
					break
				}
			}
		}
		if s[i] >= 0x80 {
			j := i
			for j < len(s) && s[j] >= 0x80 {
				j++
			}
			for _, r := range decodeReplace([]byte(s[i:j])) {
				fmt.Fprintf(&buf, "\\U%08x", r)
			}
			i = j
			continue
		}
		buf.WriteByte(s[i])
		i++
	}
	return decodeUnicodeEscape(buf.String())
}

// decodeUnicodeEscape is the unicode-escape codec on ASCII input.
func decodeUnicodeEscape(s string) (string, *decodeError) {
	out := make([]byte, 0, len(s))
	fail := func(start, end int, reason string) (string, *decodeError) {
		if end == start+1 {
			return "", &decodeError{fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in position %d: %s", s[start], start, reason)}
		}
		return "", &decodeError{fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)}
	}
	i := 0
	for i < len(s) {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(s) {
			return fail(start, len(s), "\\ at end of string")
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, 7)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			ch := rune(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				ch = ch<<3 + rune(s[i]-'0')
				i++
			}
			out = appendCodePoint(out, ch)
		case 'x', 'u', 'U':
			count, msg := 2, "truncated \\xXX escape"
			if c == 'u' {
				count, msg = 4, "truncated \\uXXXX escape"
			} else if c == 'U' {
				count, msg = 8, "truncated \\UXXXXXXXX escape"
			}
			var ch uint32
			for ; count > 0; count-- {
				if i >= len(s) {
					return fail(start, i, msg)
				}
				d := s[i]
				switch {
				case d >= '0' && d <= '9':
					ch = ch<<4 + uint32(d-'0')
				case d >= 'a' && d <= 'f':
					ch = ch<<4 + uint32(d-'a'+10)
				case d >= 'A' && d <= 'F':
					ch = ch<<4 + uint32(d-'A'+10)
				default:
					return fail(start, i, msg)
				}
				i++
			}
			if ch > 0x10FFFF {
				return fail(start, i, "illegal Unicode character")
			}
			out = appendCodePoint(out, rune(ch))
		case 'N':
			msg := "malformed \\N character escape"
			if i >= len(s) {
				return fail(start, i, msg)
			}
			if s[i] == '{' {
				i++
				nameStart := i
				for i < len(s) && s[i] != '}' {
					i++
				}
				if i >= len(s) {
					return fail(start, i, msg)
				}
				if i > nameStart {
					name := s[nameStart:i]
					i++
					if r, ok := text.LookupName(name); ok {
						out = appendCodePoint(out, r)
						continue
					}
					msg = "unknown Unicode character name"
				}
			}
			return fail(start, i, msg)
		default:
			// Invalid escapes are kept (with a DeprecationWarning in
			// CPython 3.11, not reproduced).
			out = append(out, '\\')
			i--
		}
	}
	return string(out), nil
}

// decodeBytesWithEscapes is _PyBytes_DecodeEscape.
func decodeBytesWithEscapes(s string) ([]byte, *decodeError) {
	out := make([]byte, 0, len(s))
	i := 0
	for i < len(s) {
		if s[i] != '\\' {
			out = append(out, s[i])
			i++
			continue
		}
		i++
		if i == len(s) {
			return nil, &decodeError{"(value error) Trailing \\ in string"}
		}
		c := s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, 7)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v<<3 + int(s[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < len(s) {
				d1, d2 := hexVal(s[i]), hexVal(s[i+1])
				if d1 < 16 && d2 < 16 {
					out = append(out, byte(d1<<4+d2))
					i += 2
					break
				}
			}
			return nil, &decodeError{fmt.Sprintf("(value error) invalid \\x escape at position %d", i-2)}
		default:
			out = append(out, '\\')
			i--
		}
	}
	return out, nil
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}

// parseStr is _PyPegen_parsestr for a non-f-string token: its value as a
// str or bytes. Errors are raised at the parser's current token, as
// CPython's RAISE_SYNTAX_ERROR does.
func (p *parser) parseStr(t *token) (bytesMode bool, str string, b []byte) {
	bytesMode, raw, _, body := stringPrefix(t.text)
	if !strings.Contains(body, "\\") {
		raw = true
	}
	if bytesMode {
		for i := 0; i < len(body); i++ {
			if body[i] >= 0x80 {
				// CPython 3.11.7 points at the literal (3.11.2 at the
				// current token).
				p.raiseAt(t, "bytes can only contain ASCII literal characters")
			}
		}
		if raw {
			return true, "", []byte(body)
		}
		v, err := decodeBytesWithEscapes(body)
		if err != nil {
			p.raiseSyntaxError(err.msg)
		}
		return true, "", v
	}
	if raw {
		if !utf8.Valid([]byte(body)) {
			p.raiseSyntaxError(utf8DecodeErrorMessage([]byte(body)))
		}
		return false, body, nil
	}
	v, err := decodeUnicodeWithEscapes(body)
	if err != nil {
		p.raiseSyntaxError(err.msg)
	}
	return false, v, nil
}

// utf8DecodeErrorMessage is the SyntaxError text for undecodable bytes in
// a literal (possible only in a file that declares its encoding).
func utf8DecodeErrorMessage(b []byte) string {
	pos := 0
	for pos < len(b) {
		r, n := utf8.DecodeRune(b[pos:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		pos += n
	}
	if pos >= len(b) {
		return "(unicode error) 'utf-8' codec can't decode bytes"
	}
	n := invalidPrefixLen(b[pos:])
	reason := "invalid start byte"
	if b[pos] >= 0xC2 && b[pos] <= 0xF4 {
		if pos+n >= len(b) {
			reason = "unexpected end of data"
		} else {
			reason = "invalid continuation byte"
		}
	}
	if n > 1 {
		return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode bytes in position %d-%d: %s", pos, pos+n-1, reason)
	}
	return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[pos], pos, reason)
}

// concatenateStrings is _PyPegen_concatenate_strings: adjacent string
// literals joined into one Constant or, when any is an f-string, a
// JoinedStr.
func (p *parser) concatenateStrings(toks []*token) Expr {
	first, last := toks[0], toks[len(toks)-1]
	bytesMode := false
	var bytesVal []byte
	st := &fstringState{p: p}
	for i, t := range toks {
		thisBytes, raw, fmode, body := stringPrefix(t.text)
		var s string
		var b []byte
		if !fmode {
			_, s, b = p.parseStr(t)
		}
		if i != 0 && bytesMode != thisBytes {
			p.raiseSyntaxError("cannot mix bytes and nonbytes literals")
		}
		bytesMode = thisBytes
		if fmode {
			st.concatFstring(body, raw, 0, first, t, last)
			continue
		}
		if bytesMode {
			bytesVal = append(bytesVal, b...)
		} else {
			st.concatStr(s)
		}
	}
	if bytesMode {
		return &Constant{Pos: Pos{first.lineno, first.col, last.endLineno, last.endCol}, Value: constant.Bytes(bytesVal)}
	}
	return st.finish(first, last)
}
