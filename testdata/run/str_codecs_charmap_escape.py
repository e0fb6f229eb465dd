# str.encode and bytes.decode with the single-byte charmap codecs, their
# aliases and error handlers, utf-8-sig, unicode_escape and
# raw_unicode_escape, and the UnicodeError attributes they raise.


def attempt(label, f):
    try:
        r = f()
    except (UnicodeError, LookupError, TypeError) as e:
        print(f"{label:34} {type(e).__name__}: {e}")
        if isinstance(e, UnicodeError):
            print(" " * 35, e.encoding, e.start, e.end, repr(e.reason), repr(e.object)[:40])
        if e.__cause__ is not None:
            print(" " * 35, "caused by", repr(e.__cause__))
    else:
        print(f"{label:34} {r!r}")


text = "caf\u00e9 \u20ac5 \u2014 na\u00efve \u00bd"
for enc in ["cp1252", "windows-1252", "latin9", "ISO_8859-15", "iso.8859.15", "cp437", "ibm437",
            "mac-roman", "macintosh", "koi8-r", "cp1251", "cp850", "cp037", "hp-roman8", "charmap", "L9"]:
    attempt(f"encode {enc}", lambda: text.encode(enc))
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        attempt(f"  {errors}", lambda: text.encode(enc, errors))

raw = bytes(range(0x78, 0x100, 5))
for enc in ["cp1252", "cp1255", "iso8859_3", "cp437", "koi8_r", "mac_roman", "cp1006", "cp037"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        attempt(f"decode {enc} {errors}", lambda: raw.decode(enc, errors))

cyr = "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440!"
for enc in ["koi8-r", "cp1251", "cp866", "iso8859-5", "mac-cyrillic"]:
    b = cyr.encode(enc)
    print(enc, b, b.decode(enc) == cyr)

attempt("surrogateescape run", lambda: "a\udcff\udc80b".encode("cp1252", "surrogateescape"))
attempt("surrogateescape bad", lambda: "a\udcff\u0100\udc80".encode("cp1252", "surrogateescape"))
attempt("surrogatepass", lambda: "a\ud800".encode("cp1252", "surrogatepass"))
attempt("unknown handler", lambda: "\u0100".encode("cp1252", "bogus"))
attempt("unknown handler ok", lambda: "abc".encode("cp1252", "bogus"))
attempt("decode xmlcharref", lambda: b"\x81".decode("cp1252", "xmlcharrefreplace"))
attempt("unknown codec", lambda: "x".encode("cp-1252"))
attempt("not text", lambda: "x".encode("rot13"))
attempt("latin-1 namereplace", lambda: "\u20ac\x00\U0001f600\uac00".encode("latin-1", "namereplace"))
attempt("ascii namereplace", lambda: "caf\u00e9".encode("ascii", "namereplace"))

for enc in ["utf-8-sig", "utf_8_sig"]:
    attempt(f"{enc} encode", lambda: "h\u00e9".encode(enc))
    for b in [b"\xef\xbb\xbfh\xc3\xa9", b"h\xc3\xa9", b"\xef\xbb\xbf\xef\xbb\xbfx", b"\xef\xbb\xbf\xff", b"\xef\xbb", b""]:
        attempt(f"{enc} decode {b!r}", lambda: b.decode(enc))
attempt("u8-sig", lambda: "x".encode("u8-sig"))

samples = ["plain", "tab\there\nnewline\\back'q\"", "\x00\x7f\x80\xff", "\u20ac\U0001f600\ud800"]
for s in samples:
    for enc in ["unicode_escape", "raw_unicode_escape"]:
        e = s.encode(enc)
        print(enc, repr(e), e.decode(enc) == s)

escapes = [b"\\x41\\u00e9\\U0001F600", b"\\N{EURO SIGN}\\N{latin small letter a}", b"\\101\\7\\0",
           b"\\x4", b"\\x4g", b"\\u12", b"\\U00110000", b"\\N{NOPE}", b"\\N{", b"\\Nx", b"\\", b"a\\\nb",
           b"\\\\u0041", b"\\\\\\u0041", b"\\u004"]
for b in escapes:
    for enc in ["unicode_escape", "raw_unicode_escape"]:
        attempt(f"{enc[:3]} {b!r}", lambda: b.decode(enc))
    attempt("  replace", lambda: b.decode("unicode_escape", "replace"))
    attempt("  backslashreplace", lambda: b.decode("unicode_escape", "backslashreplace"))
attempt("unicode_escape bogus", lambda: b"\\x4".decode("unicode_escape", "bogus"))
attempt("str() escape", lambda: str(b"\\u00e9", "unicode-escape"))

# Invalid escapes decode as themselves, with a DeprecationWarning (once
# per line) on stderr.
print(b"\\q".decode("unicode_escape"))
print(b"\\777".decode("unicode_escape"))
for i in range(2):
    print(b"\\9 \\8".decode("unicode_escape"))


def in_function():
    return b"x\\zy".decode("unicode_escape")


print(in_function())
