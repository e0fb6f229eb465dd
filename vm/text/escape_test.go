package text

import "testing"

var escapeInputs = []string{
	"abc", `a\nb\tc\\d\'\"\a\b\f\v\r`, `\x41\x4`, `\x`, `\x4g`, `\u00e9\u00`, `\u`, `\U0001F600`, `\U00110000`,
	`\U0011000`, `\U0000004`, `\N{EURO SIGN}`, `\N{euro sign}`, `\N{NOPE}`, `\N{`, `\N`, `\N{EURO SIGN`, `\Nx`,
	`\N{}`, `\101\7\777\0`, `\8`, `\q`, `\`, `a\`, "\\\n", "\\\r\n", "\xe9\xff", `\xzz\u12`,
	`\N{LATIN SMALL LETTER A}`, `\N{CJK UNIFIED IDEOGRAPH-4E00}`, `\N{HANGUL SYLLABLE GA}`, `\u12\q`, `\\u0041`,
	`\\\u0041`, `\u004`, `\U`, `\U0010ffff`, `\U1`, `\uD800`, `x\x4`, `\N{EURO SIGN}\N{`, `\N{DIGIT ONE}`,
	`\N{ DIGIT ONE}`, "\\N{DIGIT\tONE}", `\N{latin capital letter a with macron}`, `\N{BEL}`, `\N{LINE FEED}`,
	`\x4\x4`, "\\N{\xe9}", `\\\u12`, `ab\\\u12zz`, `\\\`, `\U0010FFFF\U00110000`, `\400\477\1234`, "\\\xe9",
	`\uDC80\udcff`, `\u20ac\U0001f600\xe9`,
}

var escapeStrings = []string{
	"abc", "a\\b'c\"d", "\t\n\r\x00\x1f\x7f\u0080\u00ff", "é€😀", Chr(0xD800) + Chr(0xDCFF), "\\u0041", "",
	"\x0b\x0c\a\b",
}

// TestEscapeCodecsDifferential decodes escapes, broken ones included,
// with unicode_escape and raw_unicode_escape under every error handler,
// and encodes with both, against CPython.
func TestEscapeCodecsDifferential(t *testing.T) {
	d := &diff{t: t}
	for _, name := range []string{"unicode_escape", "raw_unicode_escape", "unicode-escape", "Raw Unicode Escape"} {
		for _, h := range allHandlers {
			for _, in := range escapeInputs {
				s, err := Decode(in, name, h)
				d.add(B(in), "decode", []any{S(name), S(h)}, orErr(S(s), err))
			}
			for _, in := range escapeStrings {
				b, err := Encode(in, name, h)
				d.add(S(in), "encode", []any{S(name), S(h)}, orErr(B(b), err))
			}
		}
	}
	d.run()
}

// TestUTF8SigDifferential compares utf-8-sig, which puts a signature
// before UTF-8 and takes one off, with CPython.
func TestUTF8SigDifferential(t *testing.T) {
	d := &diff{t: t}
	inputs := []string{"\xef\xbb\xbfabc", "\xef\xbb\xbf\xff", "\xef\xbb", "\xef\xbb\xbf\xef\xbb\xbfx", "", "a\xff",
		"\xef\xbb\xbf", "\xef", "\xef\xbb\xbf\xe2\x82", "abc\xed\xa0\x80", "\xef\xbb\xbf\xed\xa0\x80z"}
	strs := []string{"abc", "", "é€😀", "a" + Chr(0xD800) + "b", Chr(0xDC80) + Chr(0xDCFF)}
	for _, name := range []string{"utf-8-sig", "utf_8_sig", "UTF-8-SIG"} {
		for _, h := range allHandlers {
			for _, in := range inputs {
				s, err := Decode(in, name, h)
				d.add(B(in), "decode", []any{S(name), S(h)}, orErr(S(s), err))
			}
			for _, in := range strs {
				b, err := Encode(in, name, h)
				d.add(S(in), "encode", []any{S(name), S(h)}, orErr(B(b), err))
			}
		}
	}
	// namereplace on the fast-path codecs.
	for _, name := range []string{"ascii", "latin-1", "utf-8", "l1", "646"} {
		in := "aé€\x00\U0001f600" + Chr(0xAC00) + Chr(0x4E00) + Chr(0xD800) + Chr(0xE000)
		b, err := Encode(in, name, "namereplace")
		d.add(S(in), "encode", []any{S(name), S("namereplace")}, orErr(B(b), err))
		s, err := Decode("a\xff\xe9", name, "namereplace")
		d.add(B("a\xff\xe9"), "decode", []any{S(name), S("namereplace")}, orErr(S(s), err))
	}
	d.run()
}

// TestUnicodeEscapeWarning pins the DeprecationWarning text CPython
// 3.11.7 gives for the first invalid escape of a successful decode.
func TestUnicodeEscapeWarning(t *testing.T) {
	for _, c := range []struct{ in, errors, warning string }{
		{`\q`, "strict", `invalid escape sequence '\q'`},
		{`\8\777`, "strict", `invalid escape sequence '\8'`},
		{`a\777\q`, "strict", `invalid octal escape sequence '\777'`},
		{`\400`, "strict", `invalid octal escape sequence '\400'`},
		{`\377`, "strict", ""},
		{"\\\xe9", "strict", `invalid escape sequence '\é'`},
		{`\x4\q`, "replace", `invalid escape sequence '\q'`},
		{`\n\t\u00e9`, "strict", ""},
	} {
		_, w, err := DecodeWarn(c.in, "unicode_escape", c.errors)
		if err != nil || w != c.warning {
			t.Errorf("%q: warning %q, error %v; want %q", c.in, w, err, c.warning)
		}
	}
	if _, w, err := DecodeWarn(`\q\x`, "unicode_escape", "strict"); err == nil || w != "" {
		t.Errorf(`\q\x: warning %q, error %v; want no warning and an error`, w, err)
	}
}
