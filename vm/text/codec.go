package text

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

//go:generate sh -c "python3 _gen/codecs.py | gofmt > codecs_gen.go"

// The codecs implemented here: utf-8, ascii and latin-1, which CPython
// 3.11 has C fast paths for, with the error handlers strict, ignore,
// replace, surrogateescape, surrogatepass (utf-8 only), backslashreplace,
// namereplace and xmlcharrefreplace (the last two encoding only); and,
// reached through the codec registry as in CPython, utf-8-sig,
// unicode_escape, raw_unicode_escape (escape.go), the charmap codec
// without a mapping, and every single-byte charmap codec of the encodings
// package, cp1252, cp437, iso8859-15, koi8-r, mac-roman and the rest
// (charmap.go). UTF-16 and UTF-32 are the VM's; the CJK codecs, idna,
// punycode, utf-7 and the bytes-to-bytes codecs are not implemented.

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

// NormalizeEncoding is the normalization CPython 3.11's codec registry
// applies to a name before it looks it up, and keys its cache with.
func NormalizeEncoding(name string) string { return normalizeEncoding(name) }

// IsCharmap reports whether an encodings module is a single-byte
// charmap codec this package implements.
func IsCharmap(module string) bool { return charmapTables[module] != nil }

// CharmapTable is a single-byte charmap codec's decoding table: the code
// point of each byte, 0xFFFE for a byte it leaves undefined (nil for a
// module that is not one of these codecs). The table is shared: callers
// must not change it.
func CharmapTable(module string) *[256]uint16 { return charmapTables[module] }

// Codec is a codec of CPython 3.11's registry.
type Codec struct {
	// Module is the encodings module that implements it: "utf_8",
	// "cp1252", "unicode_escape".
	Module string
	// Name is the name the codec gives itself, codecs.lookup(...).name:
	// "utf-8", "iso8859-15", "unicode-escape".
	Name string
	// Text is false for the codecs between bytes and bytes or str and str
	// ('hex', 'rot13'), which str.encode and bytes.decode refuse.
	Text bool
}

// LookupModule resolves an encoding name as codecs.lookup does (aliases
// such as 'utf8', 'UTF-8', 'u8', 'latin1', 'iso-8859-1', 'l1', 'latin9',
// 'windows-1252', '646' included), to any codec the registry has,
// whether this package implements it or not. An unknown name is
// LookupError "unknown encoding: NAME".
func LookupModule(name string) (Codec, error) {
	if strings.IndexByte(name, 0) >= 0 {
		return Codec{}, valueError("embedded null character")
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
	if !known {
		return Codec{}, &Error{Type: "LookupError", Msg: "unknown encoding: " + name}
	}
	return Codec{Module: module, Name: codecNames[module], Text: text}, nil
}

// Lookup resolves an encoding name for str.encode (or, with decode set,
// bytes.decode) to a text codec this package implements. A codec that is
// not a text encoding ('rot13', 'hex') fails with CPython's LookupError
// for encode or decode; a text codec this package does not implement
// (utf-16, big5, …) with NotImplementedError.
func Lookup(name string, decode bool) (Codec, error) {
	c, err := LookupModule(name)
	if err != nil {
		return Codec{}, err
	}
	if !c.Text {
		verb := "encode"
		if decode {
			verb = "decode"
		}
		return Codec{}, &Error{Type: "LookupError", Msg: fmt.Sprintf(
			"'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", name, verb)}
	}
	switch c.Module {
	case "utf_8", "ascii", "latin_1", "charmap", "utf_8_sig", "unicode_escape", "raw_unicode_escape":
		return c, nil
	}
	if charmapTables[c.Module] != nil {
		return c, nil
	}
	return Codec{}, &Error{Type: "NotImplementedError", Msg: fmt.Sprintf("quicken does not implement the '%s' codec", c.Module)}
}

// LookupCodec is Lookup for a text stream, which runs Encode and Decode
// over its text chunk by chunk: it returns UTF8, ASCII, Latin1 or the
// name of a charmap codec, which keep no state between chunks. The
// codecs whose stream codecs do (utf-8-sig's signature, an escape cut
// in two) are NotImplementedError here.
func LookupCodec(name string, decode bool) (string, error) {
	c, err := Lookup(name, decode)
	if err != nil {
		return "", err
	}
	switch c.Module {
	case "utf_8":
		return UTF8, nil
	case "ascii":
		return ASCII, nil
	case "latin_1":
		return Latin1, nil
	case "utf_8_sig", "unicode_escape", "raw_unicode_escape":
		return "", &Error{Type: "NotImplementedError", Msg: fmt.Sprintf("quicken does not implement the '%s' codec", c.Module)}
	}
	return c.Name, nil
}

// errorHandler checks an error handler name when an error needs it, as
// CPython looks handlers up lazily: "abc".encode("ascii", "bogus") works.
func errorHandler(errors string) error {
	if strings.IndexByte(errors, 0) >= 0 {
		return valueError("embedded null character")
	}
	switch errors {
	case "strict", "ignore", "replace", "surrogateescape", "surrogatepass",
		"backslashreplace", "xmlcharrefreplace", "namereplace":
		return nil
	}
	return &Error{Type: "LookupError", Msg: fmt.Sprintf("unknown error handler name '%s'", errors)}
}

// errDecodeCallback is the TypeError of the encode-only handlers
// (xmlcharrefreplace, namereplace) given a UnicodeDecodeError.
func errDecodeCallback() error {
	return &Error{Type: "TypeError", Msg: "don't know how to handle UnicodeDecodeError in error callback"}
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

// CodecError is an exception other than a UnicodeError (an unknown error
// handler's LookupError, an encode-only handler's TypeError) raised in a
// codec that CPython 3.11 reached through the codec registry:
// _PyErr_TrySetFromCause re-raises it as an exception of the same type
// saying which codec failed, with the original as its __cause__.
type CodecError struct {
	// Op is "encoding" or "decoding"; Encoding is the name as given.
	Op, Encoding string
	// Err is the original exception.
	Err *Error
}

// Error is str() of the re-raised exception.
func (e *CodecError) Error() string {
	return fmt.Sprintf("%s with '%s' codec failed (%s: %s)", e.Op, e.Encoding, e.Err.Type, e.Err.Msg)
}

// wrapCodecError wraps err as CPython's registry path does.
func wrapCodecError(err error, op, name string) error {
	if e, ok := err.(*Error); ok && e.Type != "NotImplementedError" {
		return &CodecError{Op: op, Encoding: name, Err: e}
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
// defaults). It returns the bytes, or a *UnicodeError (UnicodeEncodeError),
// *CodecError or *Error.
func Encode(s, encoding, errors string) (string, error) {
	if err := checkNulls(encoding, errors); err != nil {
		return "", err
	}
	c, err := Lookup(encoding, false)
	if err != nil {
		return "", err
	}
	b, err := c.Encode(s, errors)
	if err != nil && !fastPath(encoding) {
		err = wrapCodecError(err, "encoding", encoding)
	}
	return b, err
}

// Encode encodes s with the codec itself, as the codec's encode function
// does (no registry wrapping of its errors).
func (c Codec) Encode(s, errors string) (string, error) {
	switch c.Module {
	case "utf_8":
		return encode(s, UTF8, errors)
	case "ascii":
		return encode(s, ASCII, errors)
	case "latin_1", "charmap":
		// codecs.charmap_encode without a mapping is latin-1's encoder.
		return encode(s, Latin1, errors)
	case "utf_8_sig":
		b, err := encode(s, UTF8, errors)
		return "\xef\xbb\xbf" + b, err
	case "unicode_escape":
		return encodeUnicodeEscape(s, false), nil
	case "raw_unicode_escape":
		return encodeUnicodeEscape(s, true), nil
	}
	if m := charmaps[c.Module]; m != nil {
		return m.encode(s, errors)
	}
	return "", &Error{Type: "NotImplementedError", Msg: fmt.Sprintf("quicken does not implement the '%s' codec", c.Module)}
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
		case "namereplace":
			for k := start; k < end; k++ {
				buf = appendNameEscape(buf, cps[k])
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

// appendNameEscape is the namereplace error handler's replacement for r:
// \N{NAME}, or a backslash escape for a character without a name.
func appendNameEscape(buf []byte, r rune) []byte {
	if name, ok := Name(r); ok {
		buf = append(buf, "\\N{"...)
		buf = append(buf, name...)
		return append(buf, '}')
	}
	return appendBackslashEscape(buf, r)
}

// appendBackslashEscape is the backslashreplace error handler's
// replacement for a character: \xNN, \uNNNN or \UNNNNNNNN.
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
// *UnicodeError (UnicodeDecodeError), *CodecError or *Error. Empty bytes
// decode to "" before the encoding is even looked up (CPython 3.11
// PyUnicode_Decode).
func Decode(b, encoding, errors string) (string, error) {
	s, _, err := DecodeWarn(b, encoding, errors)
	return s, err
}

// DecodeWarn is Decode that also returns the text of the
// DeprecationWarning the codec issues when it succeeds ("" for none):
// unicode_escape's for the first invalid escape.
func DecodeWarn(b, encoding, errors string) (s, warning string, err error) {
	if err := checkNulls(encoding, errors); err != nil {
		return "", "", err
	}
	if b == "" {
		return "", "", nil
	}
	c, err := Lookup(encoding, true)
	if err != nil {
		return "", "", err
	}
	s, warning, err = c.Decode(b, errors)
	if err != nil && !fastPath(encoding) {
		err = wrapCodecError(err, "decoding", encoding)
	}
	return s, warning, err
}

// Decode decodes b with the codec itself, as the codec's decode function
// does (no registry wrapping of its errors), and returns the text of the
// DeprecationWarning it issues, if any.
func (c Codec) Decode(b, errors string) (s, warning string, err error) {
	switch c.Module {
	case "utf_8":
		s, err = decodeBytes(b, UTF8, errors)
	case "ascii":
		s, err = decodeBytes(b, ASCII, errors)
	case "latin_1", "charmap":
		s, err = decodeBytes(b, Latin1, errors)
	case "utf_8_sig":
		// encodings.utf_8_sig.decode: the signature is cut off first, so
		// error positions count from after it.
		s, err = decodeBytes(strings.TrimPrefix(b, "\xef\xbb\xbf"), UTF8, errors)
	case "unicode_escape":
		return decodeUnicodeEscape(b, errors)
	case "raw_unicode_escape":
		s, err = decodeRawUnicodeEscape(b, errors)
	default:
		m := charmaps[c.Module]
		if m == nil {
			return "", "", &Error{Type: "NotImplementedError", Msg: fmt.Sprintf("quicken does not implement the '%s' codec", c.Module)}
		}
		s, err = m.decode(b, errors)
	}
	return s, "", err
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
		case "xmlcharrefreplace", "namereplace":
			return "", errDecodeCallback()
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
