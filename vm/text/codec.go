package text

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

//go:generate sh -c "python3 _gen/codecs.py | gofmt > codecs_gen.go"

// The codecs implemented here are the ones CPython 3.11 has C fast paths
// for and programs use most: utf-8, ascii and latin-1, with the error
// handlers strict, ignore, replace, surrogateescape, surrogatepass (utf-8
// only), backslashreplace and xmlcharrefreplace (encoding only).

// Codec names as the codecs name themselves in UnicodeError messages.
const (
	UTF8   = "utf-8"
	ASCII  = "ascii"
	Latin1 = "latin-1"
)

// normalizeEncoding is CPython 3.11's _Py_normalize_encoding, which the
// codec registry applies before looking a name up: ASCII letters
// lowercased, every run of other characters except '.' (non-ASCII ones
// included) collapsed into one '_', none kept at either end.
func normalizeEncoding(name string) string {
	var b strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '.':
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			punct = false
			b.WriteByte(c)
		default:
			punct = true
		}
	}
	return b.String()
}

// LookupCodec resolves an encoding name as codecs.lookup does (aliases such
// as 'utf8', 'UTF-8', 'u8', 'latin1', 'iso-8859-1', 'l1', 'us-ascii', '646'
// included) and returns UTF8, ASCII or Latin1. An unknown name fails with
// LookupError "unknown encoding: NAME"; a codec that is not a text
// encoding ('rot13', 'hex') with CPython's LookupError for encode (or
// decode, per the decode flag); a real codec this package does not
// implement (cp1252, utf-16, …) with NotImplementedError.
func LookupCodec(name string, decode bool) (string, error) {
	if strings.IndexByte(name, 0) >= 0 {
		return "", valueError("embedded null character")
	}
	norm := normalizeEncoding(name)
	module, ok := codecAliases[norm]
	if !ok {
		module, ok = codecAliases[strings.ReplaceAll(norm, ".", "_")]
	}
	if !ok {
		module = norm
	}
	text, known := codecModules[module]
	switch {
	case !known:
		return "", &Error{Type: "LookupError", Msg: "unknown encoding: " + name}
	case !text:
		verb := "encode"
		if decode {
			verb = "decode"
		}
		return "", &Error{Type: "LookupError", Msg: fmt.Sprintf(
			"'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", name, verb)}
	}
	switch module {
	case "utf_8":
		return UTF8, nil
	case "ascii":
		return ASCII, nil
	case "latin_1":
		return Latin1, nil
	}
	return "", &Error{Type: "NotImplementedError", Msg: fmt.Sprintf("quicken does not implement the '%s' codec", module)}
}

// errorHandler checks an error handler name when an error needs it, as
// CPython looks handlers up lazily: "abc".encode("ascii", "bogus") works.
func errorHandler(errors string) error {
	if strings.IndexByte(errors, 0) >= 0 {
		return valueError("embedded null character")
	}
	switch errors {
	case "strict", "ignore", "replace", "surrogateescape", "surrogatepass",
		"backslashreplace", "xmlcharrefreplace":
		return nil
	case "namereplace":
		return &Error{Type: "NotImplementedError", Msg: "quicken does not implement the 'namereplace' error handler"}
	}
	return &Error{Type: "LookupError", Msg: fmt.Sprintf("unknown error handler name '%s'", errors)}
}

// fastPath reports whether CPython 3.11's PyUnicode_AsEncodedString and
// PyUnicode_Decode call the codec directly for this name rather than
// through the codec registry: the normalized name is one of utf8, utf_8,
// ascii, us_ascii, latin1, latin_1, iso_8859_1 or iso8859_1.
func fastPath(name string) bool {
	switch normalizeEncoding(name) {
	case "utf8", "utf_8", "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1", "iso8859_1":
		return true
	}
	return false
}

// wrapCodecError is CPython 3.11's _PyErr_TrySetFromCause for a codec
// called through the registry: an exception other than a UnicodeError,
// such as an unknown error handler's LookupError, is re-raised as the same
// type with the message "encoding with 'NAME' codec failed (Type: msg)".
func wrapCodecError(err error, verb, name string) error {
	if e, ok := err.(*Error); ok && e.Type != "NotImplementedError" {
		return &Error{Type: e.Type, Msg: fmt.Sprintf("%s with '%s' codec failed (%s: %s)", verb, name, e.Type, e.Msg)}
	}
	return err
}

// checkNulls is the argument parsing of str.encode and bytes.decode: the
// encoding and errors arguments are C strings.
func checkNulls(encoding, errors string) error {
	if strings.IndexByte(encoding, 0) >= 0 || strings.IndexByte(errors, 0) >= 0 {
		return valueError("embedded null character")
	}
	return nil
}

// Encode is str.encode(encoding, errors) (pass "utf-8" and "strict" for the
// defaults). It returns the bytes, or a *UnicodeError (UnicodeEncodeError)
// or *Error.
func Encode(s, encoding, errors string) (string, error) {
	if err := checkNulls(encoding, errors); err != nil {
		return "", err
	}
	codec, err := LookupCodec(encoding, false)
	if err != nil {
		return "", err
	}
	b, err := encode(s, codec, errors)
	if err != nil && !fastPath(encoding) {
		err = wrapCodecError(err, "encoding", encoding)
	}
	return b, err
}

func encode(s, codec, errors string) (string, error) {
	limit := rune(0x80)
	reason := "ordinal not in range(128)"
	switch codec {
	case UTF8:
		limit, reason = 0x110000, "surrogates not allowed"
	case Latin1:
		limit, reason = 0x100, "ordinal not in range(256)"
	}
	if codec == UTF8 || IsASCII(s) {
		// Fast path: only surrogates can fail to encode to UTF-8.
		if !hasSurrogate(s) {
			return s, nil
		}
	}
	cps := CodePoints(s)
	bad := func(r rune) bool {
		if codec == UTF8 {
			return r >= 0xD800 && r <= 0xDFFF
		}
		return r >= limit
	}
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(cps); {
		r := cps[i]
		if !bad(r) {
			if codec == UTF8 {
				buf = appendRune(buf, r)
			} else {
				buf = append(buf, byte(r))
			}
			i++
			continue
		}
		// CPython reports the whole run of unencodable code points.
		start, end := i, i+1
		for end < len(cps) && bad(cps[end]) {
			end++
		}
		fail := func(from int) error {
			return &UnicodeError{Type: "UnicodeEncodeError", Encoding: codec, Object: s, Start: from, End: end, Reason: reason}
		}
		if err := errorHandler(errors); err != nil {
			return "", err
		}
		switch errors {
		case "strict":
			return "", fail(start)
		case "ignore":
		case "replace":
			for k := start; k < end; k++ {
				buf = append(buf, '?')
			}
		case "surrogateescape":
			for k := start; k < end; k++ {
				if cps[k] < 0xDC80 || cps[k] > 0xDCFF {
					return "", fail(k)
				}
				buf = append(buf, byte(cps[k]-0xDC00))
			}
		case "surrogatepass":
			if codec != UTF8 {
				return "", fail(start)
			}
			for k := start; k < end; k++ {
				buf = appendRune(buf, cps[k])
			}
		case "backslashreplace":
			for k := start; k < end; k++ {
				buf = appendBackslashEscape(buf, cps[k])
			}
		case "xmlcharrefreplace":
			for k := start; k < end; k++ {
				buf = fmt.Appendf(buf, "&#%d;", cps[k])
			}
		}
		i = end
	}
	return string(buf), nil
}

func hasSurrogate(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xED && s[i+1] >= 0xA0 {
			return true
		}
	}
	return false
}

func appendBackslashEscape(buf []byte, r rune) []byte {
	switch {
	case r < 0x100:
		return fmt.Appendf(buf, "\\x%02x", r)
	case r < 0x10000:
		return fmt.Appendf(buf, "\\u%04x", r)
	}
	return fmt.Appendf(buf, "\\U%08x", r)
}

// Decode is bytes.decode(encoding, errors) (pass "utf-8" and "strict" for
// the defaults); b holds the raw bytes. It returns the str, or a
// *UnicodeError (UnicodeDecodeError) or *Error. Empty bytes decode to ""
// before the encoding is even looked up (CPython 3.11 PyUnicode_Decode).
func Decode(b, encoding, errors string) (string, error) {
	if err := checkNulls(encoding, errors); err != nil {
		return "", err
	}
	if b == "" {
		return "", nil
	}
	codec, err := LookupCodec(encoding, true)
	if err != nil {
		return "", err
	}
	s, err := decodeBytes(b, codec, errors)
	if err != nil && !fastPath(encoding) {
		err = wrapCodecError(err, "decoding", encoding)
	}
	return s, err
}

func decodeBytes(b, codec, errors string) (string, error) {
	if IsASCII(b) {
		return b, nil
	}
	buf := make([]byte, 0, len(b)+len(b)/2)
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			buf = append(buf, c)
			i++
			continue
		}
		var end int
		var reason string
		switch codec {
		case Latin1:
			buf = appendRune(buf, rune(c))
			i++
			continue
		case ASCII:
			end, reason = i+1, "ordinal not in range(128)"
		case UTF8:
			r, n := utf8.DecodeRuneInString(b[i:])
			if r != utf8.RuneError || n > 1 {
				buf = append(buf, b[i:i+n]...)
				i += n
				continue
			}
			end, reason = utf8Invalid(b, i)
		}
		if err := errorHandler(errors); err != nil {
			return "", err
		}
		fail := &UnicodeError{Type: "UnicodeDecodeError", Encoding: codec, Object: b, Start: i, End: end, Reason: reason}
		switch errors {
		case "strict":
			return "", fail
		case "ignore":
		case "replace":
			buf = append(buf, "\uFFFD"...)
		case "surrogateescape":
			for k := i; k < end; k++ {
				buf = appendRune(buf, 0xDC00+rune(b[k]))
			}
		case "surrogatepass":
			if codec != UTF8 || i+3 > len(b) || b[i] != 0xED || b[i+1] < 0xA0 || b[i+1] > 0xBF || b[i+2]&0xC0 != 0x80 {
				return "", fail
			}
			buf = append(buf, b[i:i+3]...)
			end = i + 3
		case "backslashreplace":
			for k := i; k < end; k++ {
				buf = fmt.Appendf(buf, "\\x%02x", b[k])
			}
		case "xmlcharrefreplace":
			// CPython: "don't know how to handle UnicodeDecodeError in
			// error callback".
			return "", &Error{Type: "TypeError", Msg: "don't know how to handle UnicodeDecodeError in error callback"}
		}
		i = end
	}
	return string(buf), nil
}

// utf8Invalid classifies the invalid UTF-8 sequence at b[i] as CPython
// 3.11's decoder does, returning the end of the maximal invalid subpart
// and the reason.
func utf8Invalid(b string, i int) (int, string) {
	c := b[i]
	if c < 0xC2 || c > 0xF4 {
		return i + 1, "invalid start byte"
	}
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c < 0xE0:
		need = 1
	case c < 0xF0:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	default:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	}
	for k := 1; k <= need; k++ {
		if i+k >= len(b) {
			return len(b), "unexpected end of data"
		}
		d := b[i+k]
		if k == 1 && (d < lo || d > hi) || k > 1 && d&0xC0 != 0x80 {
			return i + k, "invalid continuation byte"
		}
	}
	// Not reached for input utf8 rejected.
	return i + 1, "invalid start byte"
}
