package vm

import "testing"

// TestCodecsModule runs codecs.lookup, encode and decode and CodecInfo
// against python3, the codecs quicken implements only.
func TestCodecsModule(t *testing.T) {
	for _, src := range []string{
		`import codecs
for name in ["latin9", "LATIN9", "l9", "ISO_8859-15", "windows-1252", "cp1252", "utf-8", "UTF8", "u8",
             "utf-8-sig", "utf_8_sig", "unicode escape", "raw-unicode-escape", "macintosh", "koi8-r",
             "ibm437", "latin-1", "iso-8859-1", "ascii", "646", "utf-16", "utf-32-be", "charmap", "cp037",
             "hex", "rot13", "big5", "idna"]:
    ci = codecs.lookup(name)
    print(name, ci.name, ci._is_text_encoding, len(ci), ci[0] is ci.encode, ci[1] is ci.decode)
ci = codecs.lookup("latin9")
print(ci is codecs.lookup("Latin9"), ci is codecs.lookup("l9"), codecs.lookup("utf 8") is codecs.lookup("UTF_8"))
print(type(ci).__name__, type(ci).__module__, isinstance(ci, tuple), sorted(vars(ci)))
print(ci.encode("h\u20ac"), ci.decode(b"h\xa4"), ci.decode(bytearray(b"x")), ci.encode("x", None))
print(codecs.lookup("utf-16").encode("ab"), codecs.lookup("utf-16").decode(b"\xff\xfea\x00"))
print(codecs.encode("h\u20ac", "cp1252"), codecs.decode(b"h\x80", "cp1252"), codecs.encode("x"), codecs.decode(b"\xc3\xa9"))
print(codecs.encode(obj="x", encoding="latin-1", errors="strict"), codecs.decode(memoryview(b"ab"), "ascii"))
print(codecs.BOM_UTF8, codecs.BOM, codecs.BOM_UTF16_BE, codecs.BOM_UTF32, codecs.BOM64_BE)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
attempt(lambda: codecs.encode("h\u20ac", "ascii", "bogus"))
attempt(lambda: codecs.encode("h", "ascii", "bogus"))
attempt(lambda: codecs.encode(b"h", "ascii"))
attempt(lambda: codecs.encode(b"h", "cp1252"))
attempt(lambda: codecs.decode("h", "ascii"))
attempt(lambda: codecs.decode(b"\xff", "utf-8", "bogus"))
attempt(lambda: codecs.decode(b"\xff", "cp1255", "xmlcharrefreplace"))
attempt(lambda: codecs.decode(b"\xff", "utf-8"))
attempt(lambda: codecs.encode("\u20ac", "cp437"))
attempt(lambda: codecs.lookup("nope"))
attempt(lambda: codecs.lookup(5))
attempt(lambda: codecs.lookup("a\x00"))
attempt(lambda: codecs.lookup())
attempt(lambda: codecs.encode())
attempt(lambda: codecs.encode("x", 5))
attempt(lambda: codecs.encode("x", "utf-8", 5))
attempt(lambda: codecs.lookup("utf-8").encode(b"x"))
attempt(lambda: codecs.lookup("utf-8").encode("x", 5))
attempt(lambda: codecs.lookup("cp1252").decode("x"))
print(codecs.decode(b"\\q", "unicode_escape"), codecs.lookup("unicode_escape").decode(b"\\z"))
codecs.encode("\u0100", "latin-1", "bogus")
`,
	} {
		checkPy(t, src)
	}
}
