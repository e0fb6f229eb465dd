package text

import (
	"errors"
	"testing"
)

// TestUTF8DecodeDifferential compares the UTF-8 decoder's verdicts with
// CPython's: every sequence of one and two bytes, and three- and four-byte
// sequences built from bytes at the edges of the valid ranges, under each
// error handler.
func TestUTF8DecodeDifferential(t *testing.T) {
	d := &diff{t: t}
	add := func(b string, handlers ...string) {
		for _, h := range handlers {
			s, err := Decode(b, "utf-8", h)
			d.add(B(b), "decode", []any{S("utf-8"), S(h)}, orErr(S(s), err))
		}
	}
	for i := 0; i < 256; i++ {
		add(string([]byte{byte(i)}), "strict", "surrogateescape")
		for j := 0; j < 256; j++ {
			add(string([]byte{byte(i), byte(j)}), "strict")
		}
	}
	edges := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0xFF}
	leads := []byte{0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5}
	all := []string{"strict", "ignore", "replace", "surrogateescape", "surrogatepass", "backslashreplace"}
	for _, l := range leads {
		for _, b1 := range edges {
			for _, b2 := range edges {
				add(string([]byte{l, b1, b2}), all...)
				add(string([]byte{'a', l, b1, b2, 0x80, 'z'}), all...)
				for _, b3 := range []byte{0x41, 0x80, 0xBF, 0xC0} {
					add(string([]byte{l, b1, b2, b3}), "strict", "replace")
				}
			}
		}
	}
	d.run()
}

// TestEncodeErrors pins the messages and attributes of encode errors.
func TestEncodeErrors(t *testing.T) {
	tests := []struct {
		s, enc, errors string
		msg            string
		start, end     int
	}{
		{"é", "ascii", "strict", `'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)`, 0, 1},
		{"aé€b", "ascii", "strict", `'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)`, 1, 3},
		{"aé€b", "iso-8859-1", "strict", `'latin-1' codec can't encode character '\u20ac' in position 2: ordinal not in range(256)`, 2, 3},
		{"x😀", "latin1", "strict", `'latin-1' codec can't encode character '\U0001f600' in position 1: ordinal not in range(256)`, 1, 2},
		{"a" + Chr(0xD800) + Chr(0xDC00), "utf8", "strict", `'utf-8' codec can't encode characters in position 1-2: surrogates not allowed`, 1, 3},
		{Chr(0xDC80) + "é", "ascii", "surrogateescape", `'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)`, 1, 2},
	}
	for _, tc := range tests {
		_, err := Encode(tc.s, tc.enc, tc.errors)
		var ue *UnicodeError
		if !errors.As(err, &ue) {
			t.Errorf("%q.encode(%q): got %v, want UnicodeEncodeError", tc.s, tc.enc, err)
			continue
		}
		if ue.Error() != tc.msg || ue.Start != tc.start || ue.End != tc.end || ue.Type != "UnicodeEncodeError" || ue.Object != tc.s {
			t.Errorf("%q.encode(%q): got %q [%d:%d], want %q [%d:%d]", tc.s, tc.enc, ue.Error(), ue.Start, ue.End, tc.msg, tc.start, tc.end)
		}
	}
}
