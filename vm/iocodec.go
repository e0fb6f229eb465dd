package vm

import (
	"strings"

	"github.com/quicken-py/quicken/vm/text"
)

// The codecs of a TextIOWrapper: what _PyCodec_LookupTextEncoding finds
// for its encoding, the incremental encoder and decoder it makes from the
// codec, and the IncrementalNewlineDecoder it puts over the decoder for
// universal newlines. The decoders keep CPython's state (getstate()'s
// pair of buffered bytes and flags) exactly, because tell() packs the
// flags into its cookie.

// ioCodec is a text encoding a TextIOWrapper can use.
type ioCodec struct {
	// name is how encode and decode name the codec ("utf-8", "latin-1").
	name string
	// utf is set for the UTF-16 and UTF-32 codecs.
	utf   utfCodec
	isUTF bool
	// sig is utf-8-sig: UTF-8 behind a signature.
	sig bool
}

// asciiCompatible is is_asciicompat_encoding: ASCII text encodes to
// itself.
func (c ioCodec) asciiCompatible() bool {
	return !c.isUTF && !c.sig
}

// lookupTextEncoding is _PyCodec_LookupTextEncoding(encoding,
// "codecs.open()"): the codec, or LookupError. CPython passes the name
// as a C string, so it ends at a NUL.
func (m *Machine) lookupTextEncoding(encoding string) (ioCodec, error) {
	if i := strings.IndexByte(encoding, 0); i >= 0 {
		encoding = encoding[:i]
	}
	if c, ok := lookupUTFCodec(encoding); ok {
		return ioCodec{name: c.name, utf: c, isUTF: true}, nil
	}
	codec, err := text.LookupCodec(encoding, false)
	if err == nil {
		return ioCodec{name: codec}, nil
	}
	if e, ok := err.(*text.Error); ok {
		switch {
		case e.Type == "LookupError" && strings.Contains(e.Msg, "is not a text encoding"):
			return ioCodec{}, m.Raisef(m.types.exceptions["LookupError"],
				"'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs", encoding)
		case e.Type == "NotImplementedError" && isUTF8Sig(encoding):
			return ioCodec{name: text.UTF8, sig: true}, nil
		}
	}
	return ioCodec{}, m.textError(err)
}

// isUTF8Sig reports whether an encoding name the codec registry knows
// names utf-8-sig.
func isUTF8Sig(name string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String() == "utf8sig"
}

// encode is the incremental encoder's encode (or the TextIOWrapper's
// encodefunc): bom says whether this is the start of the stream, where
// UTF-16, UTF-32 and utf-8-sig put their byte order mark or signature.
// Without it, "utf-16" and "utf-32" write little-endian units, as
// CPython's encodefuncs do on a little-endian machine.
func (c ioCodec) encode(s, errors string, bom bool) (string, error) {
	switch {
	case c.isUTF:
		u := c.utf
		if u.order == 0 && !bom {
			u.order = -1
			u.name += "-le"
		}
		return u.encode(s, errors)
	case c.sig:
		b, err := text.Encode(s, text.UTF8, errors)
		if bom {
			b = "\xef\xbb\xbf" + b
		}
		return b, err
	}
	return text.Encode(s, c.name, errors)
}

// textDecoder is an incremental decoder as a TextIOWrapper drives it.
type textDecoder interface {
	// decode decodes input after what was held back from earlier calls;
	// final says no more input follows.
	decode(input string, final bool) (string, error)
	// state is getstate(): the bytes held back and the flags.
	state() (string, int)
	setState(buf string, flags int)
	reset()
}

// ioDecoder is a codec's incremental decoder (codecs.getincrementaldecoder).
type ioDecoder struct {
	codec  ioCodec
	errors string
	// buf is the input held back: an incomplete sequence at the end.
	buf string
	// order is the byte order a UTF-16 or UTF-32 stream's BOM chose
	// (0 while undetermined, -1 little, 1 big).
	order int
	// first is utf-8-sig's: the signature may still come.
	first bool
}

func newIODecoder(c ioCodec, errors string) *ioDecoder {
	return &ioDecoder{codec: c, errors: errors, first: true}
}

// decode is BufferedIncrementalDecoder.decode: on an error the held-back
// bytes stay as they were.
func (d *ioDecoder) decode(input string, final bool) (string, error) {
	data := d.buf + input
	out, consumed, err := d.decodeSome(data, final)
	if err != nil {
		return "", err
	}
	d.buf = data[consumed:]
	return out, nil
}

func (d *ioDecoder) decodeSome(data string, final bool) (string, int, error) {
	c := d.codec
	switch {
	case c.isUTF:
		u := c.utf
		skip := 0
		if u.order == 0 {
			// codecs.utf_16.IncrementalDecoder: the first units decide
			// the byte order, which a stream must state with a BOM.
			if d.order == 0 {
				if len(data) < u.unit && !final {
					return "", 0, nil
				}
				switch {
				case len(data) >= u.unit && u.get(data, 0, true) == 0xFEFF:
					d.order, skip = -1, u.unit
				case len(data) >= u.unit && u.unit == 2 && u.get(data, 0, true) == 0xFFFE,
					len(data) >= u.unit && u.unit == 4 && u.get(data, 0, true) == 0xFFFE0000:
					d.order, skip = 1, u.unit
				default:
					if len(data) >= u.unit {
						return "", 0, &text.Error{Type: "UnicodeError",
							Msg: strings.ToUpper(u.name) + " stream does not start with BOM"}
					}
				}
			}
			u.order = d.order
			if u.order == 0 {
				u.order = -1
			}
			u.name = map[int]string{-1: u.name + "-le", 1: u.name + "-be"}[u.order]
		}
		out, n, err := u.decodeStateful(data[skip:], d.errors, final)
		if err != nil {
			if ue, ok := err.(*text.UnicodeError); ok && skip > 0 {
				ue.Object = data
				ue.Start += skip
				ue.End += skip
			}
		}
		return out, n + skip, err
	case c.sig:
		skip := 0
		if d.first {
			if len(data) < 3 {
				if strings.HasPrefix("\xef\xbb\xbf", data) {
					return "", 0, nil
				}
				d.first = false
			} else {
				d.first = false
				if data[:3] == "\xef\xbb\xbf" {
					skip = 3
				}
			}
		}
		out, n, err := decodeUTF8Stateful(data[skip:], d.errors, final)
		if ue, ok := err.(*text.UnicodeError); ok && skip > 0 {
			ue.Object = data
			ue.Start += skip
			ue.End += skip
		}
		return out, n + skip, err
	case c.name == text.UTF8:
		return decodeUTF8Stateful(data, d.errors, final)
	}
	out, err := text.Decode(data, c.name, d.errors)
	return out, len(data), err
}

// decodeUTF8Stateful is PyUnicode_DecodeUTF8Stateful: unless final, an
// incomplete sequence at the end is left undecoded.
func decodeUTF8Stateful(data, errors string, final bool) (string, int, error) {
	end := len(data)
	if !final {
		end -= utf8IncompleteTail(data)
	}
	out, err := text.Decode(data[:end], text.UTF8, errors)
	if ue, ok := err.(*text.UnicodeError); ok {
		ue.Object = data
	}
	return out, end, err
}

// utf8IncompleteTail is the length of the UTF-8 sequence data ends in the
// middle of, if its bytes so far are valid (CPython's decoder stops there
// for more input); 0 otherwise.
func utf8IncompleteTail(data string) int {
	for k := 1; k <= 3 && k <= len(data); k++ {
		c := data[len(data)-k]
		if c < 0x80 {
			return 0
		}
		if c < 0xC0 {
			continue
		}
		need := 0
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c < 0xE0:
			need = 2
		case c >= 0xE0 && c < 0xF0:
			need = 3
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need = 4
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		default:
			return 0
		}
		if k >= need {
			return 0
		}
		for j := 1; j < k; j++ {
			b := data[len(data)-k+j]
			if j == 1 && (b < lo || b > hi) || j > 1 && b&0xC0 != 0x80 {
				return 0
			}
		}
		return k
	}
	return 0
}

// state is getstate(): BufferedIncrementalDecoder's (buffer, 0), with
// the flags UTF-16 and UTF-32 use for their byte order (2 while
// undetermined, 0 little-endian, 1 big-endian, on a little-endian
// machine) and utf-8-sig for its signature (1 while it may come).
func (d *ioDecoder) state() (string, int) {
	c := d.codec
	switch {
	case c.isUTF && c.utf.order == 0:
		return d.buf, map[int]int{0: 2, -1: 0, 1: 1}[d.order]
	case c.sig:
		if d.first {
			return d.buf, 1
		}
		return d.buf, 0
	}
	return d.buf, 0
}

func (d *ioDecoder) setState(buf string, flags int) {
	d.buf = buf
	c := d.codec
	switch {
	case c.isUTF && c.utf.order == 0:
		d.order = map[int]int{0: -1, 1: 1}[flags]
	case c.sig:
		d.first = flags != 0
	}
}

func (d *ioDecoder) reset() {
	d.buf, d.order, d.first = "", 0, true
}

// Newline kinds an IncrementalNewlineDecoder has seen.
const (
	seenCR = 1 << iota
	seenLF
	seenCRLF
)

// newlineDecoder is _io.IncrementalNewlineDecoder: it holds back a final
// "\r" until it knows whether "\n" follows, records which newlines it
// saw, and translates them to "\n" when asked.
type newlineDecoder struct {
	dec       textDecoder
	translate bool
	pendingCR bool
	seen      int
}

func (n *newlineDecoder) decode(input string, final bool) (string, error) {
	out, err := n.dec.decode(input, final)
	if err != nil {
		return "", err
	}
	if n.pendingCR && (out != "" || final) {
		out = "\r" + out
		n.pendingCR = false
	}
	if !final && strings.HasSuffix(out, "\r") {
		out = out[:len(out)-1]
		n.pendingCR = true
	}
	crlf := strings.Count(out, "\r\n")
	cr := strings.Count(out, "\r") - crlf
	lf := strings.Count(out, "\n") - crlf
	if cr > 0 {
		n.seen |= seenCR
	}
	if lf > 0 {
		n.seen |= seenLF
	}
	if crlf > 0 {
		n.seen |= seenCRLF
	}
	if n.translate {
		if crlf > 0 {
			out = strings.ReplaceAll(out, "\r\n", "\n")
		}
		if cr > 0 {
			out = strings.ReplaceAll(out, "\r", "\n")
		}
	}
	return out, nil
}

func (n *newlineDecoder) state() (string, int) {
	buf, flags := n.dec.state()
	flags <<= 1
	if n.pendingCR {
		flags |= 1
	}
	return buf, flags
}

func (n *newlineDecoder) setState(buf string, flags int) {
	n.pendingCR = flags&1 != 0
	n.dec.setState(buf, flags>>1)
}

func (n *newlineDecoder) reset() {
	n.seen = 0
	n.pendingCR = false
	n.dec.reset()
}
