package text

import "fmt"

// The unicode_escape and raw_unicode_escape codecs (CPython 3.11's
// PyUnicode_AsUnicodeEscapeString, _PyUnicode_DecodeUnicodeEscapeInternal
// and their raw twins). Encoding cannot fail, so it ignores the error
// handler, even an unknown one. Decoding reads bytes as latin-1 around
// the escapes; its errors name the codecs 'unicodeescape' and
// 'rawunicodeescape'.

const hexDigits = "0123456789abcdef"

// encodeUnicodeEscape escapes every character outside printable ASCII
// (\t, \n, \r, \xNN, \uNNNN, \UNNNNNNNN) and the backslash; raw escapes
// only the characters past U+00FF and writes the rest as latin-1 bytes.
func encodeUnicodeEscape(s string, raw bool) string {
	buf := make([]byte, 0, len(s))
	for _, r := range CodePoints(s) {
		switch {
		case r >= 0x10000:
			buf = append(buf, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				buf = append(buf, hexDigits[r>>sh&15])
			}
		case r >= 0x100:
			buf = append(buf, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
		case raw:
			buf = append(buf, byte(r))
		case r == '\\':
			buf = append(buf, '\\', '\\')
		case r >= ' ' && r < 0x7f:
			buf = append(buf, byte(r))
		case r == '\t':
			buf = append(buf, '\\', 't')
		case r == '\n':
			buf = append(buf, '\\', 'n')
		case r == '\r':
			buf = append(buf, '\\', 'r')
		default:
			buf = append(buf, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		}
	}
	return string(buf)
}

func isOctal(c byte) bool { return c >= '0' && c <= '7' }

// simpleEscapes are the one-character escapes and what they stand for.
var simpleEscapes = [256]byte{
	'\\': '\\', '\'': '\'', '"': '"', 'b': '\b', 'f': '\f', 't': '\t',
	'n': '\n', 'r': '\r', 'v': '\v', 'a': '\a',
}

// decodeUnicodeEscape decodes the escapes of a Python string literal
// (and \N{NAME}); an unknown escape such as \q is kept as it is. The
// warning returned is the DeprecationWarning CPython 3.11 issues, after
// a successful decode, for the first unknown escape or octal escape past
// \377.
func decodeUnicodeEscape(b, errors string) (string, string, error) {
	buf := make([]byte, 0, len(b))
	invalid := -1 // where the first invalid escape's character is
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' {
			buf = appendRune(buf, rune(c))
			i++
			continue
		}
		start := i
		i++
		var reason string
		if i >= len(b) {
			reason = "\\ at end of string"
		} else {
			c = b[i]
			i++
			switch {
			case c == '\n':
				continue
			case simpleEscapes[c] != 0:
				buf = append(buf, simpleEscapes[c])
				continue
			case isOctal(c):
				v := rune(c - '0')
				for k := 0; k < 2 && i < len(b) && isOctal(b[i]); k++ {
					v = v<<3 + rune(b[i]-'0')
					i++
				}
				if v > 0o377 && invalid < 0 {
					invalid = i - 3
				}
				buf = appendRune(buf, v)
				continue
			case c == 'x' || c == 'u' || c == 'U':
				count := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
				reason = map[byte]string{'x': "truncated \\xXX escape", 'u': "truncated \\uXXXX escape",
					'U': "truncated \\UXXXXXXXX escape"}[c]
				var v uint32
				for ; count > 0 && i < len(b); count-- {
					d := hexValue(b[i])
					if d < 0 {
						break
					}
					v = v<<4 | uint32(d)
					i++
				}
				if count > 0 {
					break
				}
				if v > 0x10FFFF {
					reason = "illegal Unicode character"
					break
				}
				buf = appendRune(buf, rune(v))
				continue
			case c == 'N':
				reason = "malformed \\N character escape"
				if i >= len(b) || b[i] != '{' {
					break
				}
				i++
				nameStart := i
				for i < len(b) && b[i] != '}' {
					i++
				}
				if i >= len(b) || i == nameStart {
					break
				}
				name := b[nameStart:i]
				i++
				if r, ok := LookupName(name); ok {
					buf = appendRune(buf, r)
					continue
				}
				reason = "unknown Unicode character name"
			default:
				if invalid < 0 {
					invalid = i - 1
				}
				buf = append(buf, '\\')
				buf = appendRune(buf, rune(c))
				continue
			}
		}
		fail := &UnicodeError{Type: "UnicodeDecodeError", Encoding: "unicodeescape", Object: b,
			Start: start, End: i, Reason: reason}
		var err error
		if buf, i, err = decodeError(buf, b, errors, fail); err != nil {
			return "", "", err
		}
	}
	warning := ""
	switch {
	case invalid < 0:
	case b[invalid] >= '4' && b[invalid] <= '7':
		warning = fmt.Sprintf("invalid octal escape sequence '\\%s'", b[invalid:invalid+3])
	default:
		warning = fmt.Sprintf("invalid escape sequence '\\%c'", rune(b[invalid]))
	}
	return string(buf), warning, nil
}

// decodeRawUnicodeEscape decodes only \uXXXX and \UXXXXXXXX, and only
// after an odd number of backslashes; everything else is latin-1.
func decodeRawUnicodeEscape(b, errors string) (string, error) {
	buf := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		if b[i] != '\\' {
			buf = appendRune(buf, rune(b[i]))
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] == '\\' {
			j++
		}
		if (j-i)%2 == 0 || j >= len(b) || b[j] != 'u' && b[j] != 'U' {
			buf = append(buf, b[i:j]...)
			i = j
			continue
		}
		buf = append(buf, b[i:j-1]...)
		start := j - 1
		count, reason := 4, "truncated \\uXXXX escape"
		if b[j] == 'U' {
			count, reason = 8, "truncated \\UXXXXXXXX escape"
		}
		i = j + 1
		var v uint32
		for ; count > 0 && i < len(b); count-- {
			d := hexValue(b[i])
			if d < 0 {
				break
			}
			v = v<<4 | uint32(d)
			i++
		}
		if count == 0 {
			if v <= 0x10FFFF {
				buf = appendRune(buf, rune(v))
				continue
			}
			reason = "\\Uxxxxxxxx out of range"
		}
		fail := &UnicodeError{Type: "UnicodeDecodeError", Encoding: "rawunicodeescape", Object: b,
			Start: start, End: i, Reason: reason}
		var err error
		if buf, i, err = decodeError(buf, b, errors, fail); err != nil {
			return "", err
		}
	}
	return string(buf), nil
}
