# repr() of strings: quote choice, escapes, non-printable and non-ASCII characters.

samples = [
    "plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\rhere", "back\\slash",
    "bell\a", "nul\x00", "del\x7f", "\x1b[0m", "é", "naïve café", "\u00a0nbsp", "\u200bzw", "\u2028ls",
    "€uro", "日本語", "😀 emoji", "\ud800", "\U0001f600", "\x80\x9f", "\xad", "ÿ", "\ufeffbom", "", "'", '"',
    "'\"", "\\n literally", "\U000e0001", "\u0378",
]
for s in samples:
    print(len(s), repr(s), ascii(s))

print("str vs repr in containers:", ["a'b", 'c"d'], ("tab\t",), {"k\n": "v\\"})
print("nested repr:", repr(repr("x")), repr(repr(repr("'"))))


class Sub(str):
    pass


print("repr of str subclass:", repr(Sub("sub")), Sub("a") + "b", type(Sub("a") + "b").__name__)
print("ascii is pure ASCII:", all(ascii(s).isascii() for s in samples), sum(len(repr(s)) for s in samples))


def escape(s):
    out = []
    for ch in s:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif 32 <= code < 127:
            out.append(ch)
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return "".join(out)


for s in samples[:12] + samples[17:21]:
    print(escape(s))

print("bytes repr:", b"abc", b"'", b'"', b"'\"", b"\x00\xff\n\t", bytes(range(0x7e, 0x82)))
print("raw strings:", r"\n\t", len(r"\n"), r"C:\path\to", rb"\x00")
print("string escapes:", "\101\x41\u0041\N{LATIN SMALL LETTER A}", "\N{EURO SIGN}", len("\N{GRINNING FACE}"))
print("line continuation:", "abc\
def", "adjacent" "literals", "mix" 'ed')
print("str() vs repr() of mixed:", str("a\tb"), repr("a\tb"), str(["a\tb"]))
print("format !r:", f"{'q'!r}", "{!r}".format("\n"), "%r" % "\x01")
