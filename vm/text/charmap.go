package text

import (
	"fmt"
	"sync"
)

//go:generate sh -c "python3 _gen/charmap.py | gofmt > charmap_gen.go"

// The single-byte charmap codecs (cp1252, cp437, iso8859-15, koi8-r,
// mac-roman, the EBCDIC code pages, …): CPython 3.11's charmap_decode
// with the codec module's decoding table and charmap_encode with the
// encoding map built from it. Their errors name the codec 'charmap', with
// the reason "character maps to <undefined>".

const charmapReason = "character maps to <undefined>"

// charmap is one codec: its decoding table (charmapTables) and the
// encoding map, the table inverted, built at first use. Where several
// bytes decode to one character, the map encodes it to the last of them,
// as codecs.charmap_build and make_encoding_map do (the generator checks
// every codec's encoder against this).
type charmap struct {
	dec  *[256]uint16
	once sync.Once
	enc  map[rune]byte
}

var charmaps = func() map[string]*charmap {
	m := make(map[string]*charmap, len(charmapTables))
	for name, t := range charmapTables {
		m[name] = &charmap{dec: t}
	}
	return m
}()

func (c *charmap) encoding() map[rune]byte {
	c.once.Do(func() {
		c.enc = make(map[rune]byte, 256)
		for b, r := range c.dec {
			if r != 0xFFFE {
				c.enc[rune(r)] = byte(b)
			}
		}
	})
	return c.enc
}

// encode is charmap_encode: a run of characters the map lacks goes to the
// error handler at once, and what a handler returns as text is encoded
// through the map in its turn; a replacement the map cannot encode
// raises the original error.
func (c *charmap) encode(s, errors string) (string, error) {
	enc := c.encoding()
	cps := CodePoints(s)
	buf := make([]byte, 0, len(cps))
	for i := 0; i < len(cps); {
		if b, ok := enc[cps[i]]; ok {
			buf = append(buf, b)
			i++
			continue
		}
		start, end := i, i+1
		for end < len(cps) {
			if _, ok := enc[cps[end]]; ok {
				break
			}
			end++
		}
		fail := &UnicodeError{Type: "UnicodeEncodeError", Encoding: "charmap", Object: s,
			Start: start, End: end, Reason: charmapReason}
		if err := errorHandler(errors); err != nil {
			return "", err
		}
		var rep []byte
		switch errors {
		case "strict", "surrogatepass":
			// surrogatepass knows only the UTF codecs.
			return "", fail
		case "ignore":
		case "replace":
			for k := start; k < end; k++ {
				rep = append(rep, '?')
			}
		case "xmlcharrefreplace":
			for k := start; k < end; k++ {
				rep = fmt.Appendf(rep, "&#%d;", cps[k])
			}
		case "backslashreplace":
			for k := start; k < end; k++ {
				rep = appendBackslashEscape(rep, cps[k])
			}
		case "namereplace":
			for k := start; k < end; k++ {
				rep = appendNameEscape(rep, cps[k])
			}
		case "surrogateescape":
			// The handler returns bytes, which go out as they are.
			for k := start; k < end; k++ {
				if cps[k] < 0xDC80 || cps[k] > 0xDCFF {
					return "", fail
				}
			}
			for k := start; k < end; k++ {
				buf = append(buf, byte(cps[k]-0xDC00))
			}
		}
		for _, ch := range rep {
			b, ok := enc[rune(ch)]
			if !ok {
				return "", fail
			}
			buf = append(buf, b)
		}
		i = end
	}
	return string(buf), nil
}

// decode is charmap_decode with a decoding table: each undefined byte
// is an error of its own.
func (c *charmap) decode(b, errors string) (string, error) {
	buf := make([]byte, 0, len(b)+len(b)/2)
	for i := 0; i < len(b); {
		if r := c.dec[b[i]]; r != 0xFFFE {
			buf = appendRune(buf, rune(r))
			i++
			continue
		}
		fail := &UnicodeError{Type: "UnicodeDecodeError", Encoding: "charmap", Object: b,
			Start: i, End: i + 1, Reason: charmapReason}
		var err error
		if buf, i, err = decodeError(buf, b, errors, fail); err != nil {
			return "", err
		}
	}
	return string(buf), nil
}

// decodeError applies the error handler to a decoding error of a codec
// that calls the handlers through the registry (charmap, the escape
// codecs; not the UTF-8 and ASCII fast paths): CPython 3.11's
// PyCodec_*Errors for a UnicodeDecodeError. It returns the output with
// the replacement appended and the position to go on from.
func decodeError(buf []byte, b, errors string, exc *UnicodeError) ([]byte, int, error) {
	if err := errorHandler(errors); err != nil {
		return nil, 0, err
	}
	switch errors {
	case "ignore":
		return buf, exc.End, nil
	case "replace":
		return appendRune(buf, 0xFFFD), exc.End, nil
	case "backslashreplace":
		for k := exc.Start; k < exc.End; k++ {
			buf = fmt.Appendf(buf, "\\x%02x", b[k])
		}
		return buf, exc.End, nil
	case "surrogateescape":
		// Up to four bytes, none of them ASCII, are escaped; the codec
		// goes on after them.
		n := 0
		for k := exc.Start; k < exc.End && n < 4 && b[k] >= 0x80; k++ {
			buf = appendRune(buf, 0xDC00+rune(b[k]))
			n++
		}
		if n == 0 {
			return nil, 0, exc
		}
		return buf, exc.Start + n, nil
	case "xmlcharrefreplace", "namereplace":
		return nil, 0, errDecodeCallback()
	}
	// strict, and surrogatepass, which knows only the UTF codecs.
	return nil, 0, exc
}
