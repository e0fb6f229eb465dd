package vm

import (
	"strconv"
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/text"
)

// The UTF-16 and UTF-32 codecs (CPython 3.11's _PyUnicode_EncodeUTF16,
// PyUnicode_DecodeUTF16Stateful and their UTF-32 twins), which package
// text leaves out: str.encode, bytes.decode, str(b, enc) and bytes(s, enc)
// go through encodeText and decodeText, which hand every other codec to
// package text. Byte order without a BOM is little-endian, as on the
// machines CPython's outputs are taken from.

// utfCodec is one codec of the family: unit size 2 or 4, byte order
// (-1 little, 1 big, 0 native with a BOM) and the name errors show.
type utfCodec struct {
	unit  int
	order int
	name  string
}

// lookupUTFCodec resolves an encoding name to a UTF-16/32 codec as
// codecs.lookup and encodings.normalize_encoding do; ok is false for any
// other codec.
func lookupUTFCodec(encoding string) (utfCodec, bool) {
	var b strings.Builder
	pending := false
	for _, r := range strings.ToLower(strings.ReplaceAll(encoding, " ", "-")) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' {
			if pending && b.Len() > 0 {
				b.WriteByte('_')
			}
			pending = false
			b.WriteRune(r)
		} else {
			pending = true
		}
	}
	switch b.String() {
	case "utf_16", "utf16", "u16":
		return utfCodec{2, 0, "utf-16"}, true
	case "utf_16_le", "utf_16le", "unicodelittleunmarked":
		return utfCodec{2, -1, "utf-16-le"}, true
	case "utf_16_be", "utf_16be", "unicodebigunmarked":
		return utfCodec{2, 1, "utf-16-be"}, true
	case "utf_32", "utf32", "u32":
		return utfCodec{4, 0, "utf-32"}, true
	case "utf_32_le", "utf_32le":
		return utfCodec{4, -1, "utf-32-le"}, true
	case "utf_32_be", "utf_32be":
		return utfCodec{4, 1, "utf-32-be"}, true
	}
	return utfCodec{}, false
}

// encodeText is str.encode(encoding, errors) over every codec quicken has.
func encodeText(s, encoding, errors string) (string, error) {
	if c, ok := lookupUTFCodec(encoding); ok {
		r, err := c.encode(s, errors)
		return r, wrapCodecError(err, "encoding", encoding)
	}
	return text.Encode(s, encoding, errors)
}

// decodeText is bytes.decode(encoding, errors) over every codec quicken
// has. warning is the text of the DeprecationWarning the codec issues
// (unicode_escape's for an invalid escape), for the caller to issue.
func decodeText(b, encoding, errors string) (s, warning string, err error) {
	if c, ok := lookupUTFCodec(encoding); ok {
		if b == "" {
			return "", "", nil
		}
		r, err := c.decode(b, errors)
		return r, "", wrapCodecError(err, "decoding", encoding)
	}
	return text.DecodeWarn(b, encoding, errors)
}

// decodeStr is decodeText with its outcome made a Python one: the str, or
// the codec's exception; the codec's warning is issued at the calling
// frame (CPython's PyErr_WarnFormat with stack level 1).
func (m *Machine) decodeStr(b, encoding, errors string) (Value, error) {
	s, warning, err := decodeText(b, encoding, errors)
	if err != nil {
		return Null, m.codecError(err)
	}
	if warning != "" {
		if err := m.deprecated(warning); err != nil {
			return Null, err
		}
	}
	return m.newStr(s)
}

// wrapCodecError wraps an error handler's failure (an unknown handler
// name, a handler that cannot decode) in a UTF-16 or UTF-32 codec as
// CPython's registry path does (see text.CodecError), unless CPython's
// PyUnicode_Decode or PyUnicode_AsEncodedString handled the codec without
// the registry (utf-16 and utf-32 under their plain names).
func wrapCodecError(err error, op, encoding string) error {
	te, ok := err.(*text.Error)
	if !ok || !(strings.HasPrefix(te.Msg, "unknown error handler name") || strings.HasPrefix(te.Msg, "don't know how to handle")) {
		return err
	}
	var b strings.Builder
	punct := false
	for i := 0; i < len(encoding); i++ {
		c := encoding[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			punct = false
			b.WriteByte(c | 0x20)
		} else {
			punct = true
		}
	}
	switch b.String() {
	case "utf16", "utf_16", "utf32", "utf_32":
		return err
	}
	return &text.CodecError{Op: op, Encoding: encoding, Err: te}
}

// codecError raises the exception of a failed encode or decode: a
// text.CodecError is re-raised with its original exception as cause.
func (m *Machine) codecError(err error) error {
	ce, ok := err.(*text.CodecError)
	if !ok {
		return m.textError(err)
	}
	r, ok := m.textError(ce.Err).(*Raise)
	if !ok {
		return m.textError(ce.Err)
	}
	t := m.TypeOf(r.Exc)
	exc := m.newException(t, []Value{m.NewStr(ce.Error())})
	m.setExceptionAttr(exc, "__cause__", r.Exc)
	return m.raiseValue(exc)
}

// knownErrorHandler checks an error handler's name when the codec needs
// it (CPython looks handlers up at the first error).
func knownErrorHandler(errors string) error {
	switch errors {
	case "strict", "ignore", "replace", "surrogateescape", "surrogatepass",
		"backslashreplace", "xmlcharrefreplace", "namereplace":
		return nil
	}
	return &text.Error{Type: "LookupError", Msg: "unknown error handler name '" + errors + "'"}
}

func (c utfCodec) put(out []byte, u uint32, little bool) []byte {
	if c.unit == 2 {
		if little {
			return append(out, byte(u), byte(u>>8))
		}
		return append(out, byte(u>>8), byte(u))
	}
	if little {
		return append(out, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
	}
	return append(out, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
}

// putChar writes one code point (a pair of units for UTF-16 above the
// BMP).
func (c utfCodec) putChar(out []byte, r rune, little bool) []byte {
	if c.unit == 2 && r >= 0x10000 {
		r -= 0x10000
		out = c.put(out, uint32(0xD800+(r>>10)), little)
		return c.put(out, uint32(0xDC00+(r&0x3FF)), little)
	}
	return c.put(out, uint32(r), little)
}

func (c utfCodec) encode(s, errors string) (string, error) {
	little := c.order <= 0
	var out []byte
	if c.order == 0 {
		out = c.put(out, 0xFEFF, little)
	}
	cps := text.CodePoints(s)
	for i, r := range cps {
		if r < 0xD800 || r > 0xDFFF {
			out = c.putChar(out, r, little)
			continue
		}
		fail := &text.UnicodeError{Type: "UnicodeEncodeError", Encoding: c.name, Object: s,
			Start: i, End: i + 1, Reason: "surrogates not allowed"}
		if err := knownErrorHandler(errors); err != nil {
			return "", err
		}
		var rep string
		switch errors {
		case "strict", "surrogateescape":
			// surrogateescape yields one byte, which a UTF-16 or UTF-32
			// encoder cannot take.
			return "", fail
		case "ignore":
		case "replace":
			rep = "?"
		case "backslashreplace", "namereplace":
			rep = `\u` + strings.Repeat("0", 4-len(strconv.FormatInt(int64(r), 16))) + strconv.FormatInt(int64(r), 16)
		case "xmlcharrefreplace":
			rep = "&#" + strconv.Itoa(int(r)) + ";"
		case "surrogatepass":
			out = c.put(out, uint32(r), little)
			continue
		}
		for _, b := range []byte(rep) {
			out = c.put(out, uint32(b), little)
		}
	}
	return string(out), nil
}

func (c utfCodec) get(b string, i int, little bool) uint32 {
	if c.unit == 2 {
		if little {
			return uint32(b[i]) | uint32(b[i+1])<<8
		}
		return uint32(b[i])<<8 | uint32(b[i+1])
	}
	if little {
		return uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
	}
	return uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
}

func (c utfCodec) decode(b, errors string) (string, error) {
	little := c.order <= 0
	name := c.name
	q := 0
	if c.order == 0 {
		little = true
		if c.unit == 2 && len(b) >= 2 {
			switch c.get(b, 0, true) {
			case 0xFEFF:
				q = 2
			case 0xFFFE:
				q, little = 2, false
			}
		} else if c.unit == 4 && len(b) >= 4 {
			switch c.get(b, 0, true) {
			case 0x0000FEFF:
				q = 4
			case 0xFFFE0000:
				q, little = 4, false
			}
		}
		name = map[bool]string{true: "le", false: "be"}[little]
		name = map[int]string{2: "utf-16-", 4: "utf-32-"}[c.unit] + name
	}
	out, _, err := c.decodeUnits(b, q, little, name, errors, true)
	return out, err
}

// decodeStateful is PyUnicode_DecodeUTF16Stateful (or UTF-32) of a codec
// with a fixed byte order: unless final, a unit or surrogate pair cut
// off at the end is left undecoded. It returns the str and the bytes
// consumed.
func (c utfCodec) decodeStateful(b, errors string, final bool) (string, int, error) {
	return c.decodeUnits(b, 0, c.order <= 0, c.name, errors, final)
}

func (c utfCodec) decodeUnits(b string, q int, little bool, name, errors string, final bool) (string, int, error) {
	var out []byte
	for q < len(b) {
		var reason string
		start, end := q, q
		if len(b)-q < c.unit {
			if !final {
				break
			}
			reason, end = "truncated data", len(b)
		} else if c.unit == 4 {
			u := c.get(b, q, little)
			switch {
			case u >= 0xD800 && u <= 0xDFFF:
				reason, end = "code point in surrogate code point range(0xd800, 0xe000)", q+4
			case u > 0x10FFFF:
				reason, end = "code point not in range(0x110000)", q+4
			default:
				out = constant.AppendCodePoint(out, rune(u))
				q += 4
				continue
			}
		} else {
			u := c.get(b, q, little)
			switch {
			case u < 0xD800 || u > 0xDFFF:
				out = constant.AppendCodePoint(out, rune(u))
				q += 2
				continue
			case u >= 0xDC00:
				reason, end = "illegal encoding", q+2
			case len(b)-q < 4:
				if !final {
					return string(out), q, nil
				}
				reason, end = "unexpected end of data", len(b)
			default:
				u2 := c.get(b, q+2, little)
				if u2 < 0xDC00 || u2 > 0xDFFF {
					reason, end = "illegal UTF-16 surrogate", q+2
				} else {
					out = constant.AppendCodePoint(out, rune(0x10000+(u-0xD800)<<10+(u2-0xDC00)))
					q += 4
					continue
				}
			}
		}
		fail := &text.UnicodeError{Type: "UnicodeDecodeError", Encoding: name, Object: b,
			Start: start, End: end, Reason: reason}
		if err := knownErrorHandler(errors); err != nil {
			return "", 0, err
		}
		switch errors {
		case "ignore":
		case "replace":
			out = constant.AppendCodePoint(out, 0xFFFD)
		case "backslashreplace":
			for i := start; i < end; i++ {
				out = append(out, `\x`...)
				out = append(out, "0123456789abcdef"[b[i]>>4], "0123456789abcdef"[b[i]&15])
			}
		case "surrogateescape":
			for i := start; i < end; i++ {
				if b[i] < 0x80 {
					return "", 0, fail
				}
			}
			for i := start; i < end; i++ {
				out = constant.AppendCodePoint(out, 0xDC00+rune(b[i]))
			}
		case "surrogatepass":
			if len(b)-start < c.unit {
				return "", 0, fail
			}
			u := c.get(b, start, little)
			if u < 0xD800 || u > 0xDFFF {
				return "", 0, fail
			}
			out = constant.AppendCodePoint(out, rune(u))
			end = start + c.unit
		case "xmlcharrefreplace", "namereplace":
			return "", 0, &text.Error{Type: "TypeError", Msg: "don't know how to handle UnicodeDecodeError in error callback"}
		default:
			return "", 0, fail
		}
		q = end
	}
	return string(out), q, nil
}
