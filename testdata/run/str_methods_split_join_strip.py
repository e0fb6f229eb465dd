# Splitting, joining, stripping, padding and replacing strings.

line = "  alpha, beta,,gamma , delta  "
print(line.split(","))
print(line.split(",", 1), line.rsplit(",", 1), line.split(",", 0), line.split(",", -1))
print(line.split(), "a  b\t\nc\x0bd\x0ce\x1cf".split(), "".split(), "".split(","), "   ".split())
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "  a b  ".split(" "), "  a b  ".rsplit(maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)

text = "one\ntwo\r\nthree\rfour\n\nfive\x0bsix\x1c seven\u2028eight"
print(text.splitlines())
print(text.splitlines(True))
print("trailing:", "a\n".splitlines(), "a\n".split("\n"), "\n".splitlines(), "".splitlines())

print(repr(line.strip()), repr(line.lstrip()), repr(line.rstrip()), repr(line.strip(" ,a")))
print(repr("xxhixx".strip("x")), repr("<<a>>".lstrip("<")), repr("www.example.com".strip("cmowz.")))
print(repr("\t\n text \r\n".strip()), repr("\u3000wide\u3000".strip()), repr("..a..".rstrip(".")))

for s in ("key=value", "key=", "=value", "novalue", "a=b=c"):
    print(repr(s), s.partition("="), s.rpartition("="))

print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), ", ".join([]), "::".join(("1",)))
print(" | ".join(str(n) for n in range(5)), "\n".join(["l1", "l2"]).count("\n"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)

print("replace:", "aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"),
      "abc".replace("", "-", 2), "hello".replace("l", ""), "aaa".replace("aa", "x"), "a".replace("a", "a" * 3))
print("pad:", repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")),
      repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("abcdef".center(3)))
print("zfill:", "42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("expandtabs:", repr("a\tb\tc".expandtabs()), repr("a\tbc\tdef".expandtabs(4)), repr("\t".expandtabs(0)),
      repr("12345\t6\n\tx".expandtabs(3)))
print("removeprefix:", "unhappy".removeprefix("un"), "unhappy".removeprefix("x"), "file.txt".removesuffix(".txt"))
print("multiply:", "ab" * 3, 3 * "-", "x" * 0, "x" * -2, repr("" * 100))


def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


para = ("Python strings are immutable sequences of Unicode code points and offer "
        "a rich set of methods for splitting, joining and formatting text.")
for width in (20, 35):
    print(f"width {width}:")
    for ln in wrap(para, width):
        print(f"|{ln.ljust(width)}|")
csv = "name,age,city\nann,31,paris\nbob,,rome\n"
rows = [r.split(",") for r in csv.strip().split("\n")]
print(rows, [dict(zip(rows[0], r)) for r in rows[1:]])
