# str predicates (isdigit, isalpha, ...), translate/maketrans, ord/chr.

samples = ["abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", "  ", "", "\t\n", "Hello World",
           "hello_world", "_private", "9lives", "class", "ñandú", "日本語", "a b", "Ⅻ", "x\u200b", "\x00"]
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "islower", "isupper",
         "istitle", "isidentifier", "isprintable", "isascii"]
print("sample".ljust(14), " ".join(p[2:6] for p in preds))
for s in samples:
    flags = " ".join(("T" if getattr(s, p)() else ".").rjust(4) for p in preds)
    print(repr(s).ljust(14), flags)

table = str.maketrans("abc", "xyz")
print("translate:", "aabbcc-abc".translate(table), table)
table2 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("translate dict:", "abcabc".translate(table2), sorted(table2.items()))
table3 = str.maketrans("ab", "AB", "xyz")
print("translate delete:", "a-x-b-y-z".translate(table3))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World! Why did the chicken cross the road?"
enc = msg.translate(rot13)
print("rot13:", enc, enc.translate(rot13) == msg)
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)

print("ord/chr:", [ord(c) for c in "Az09 ~é€😀"], [chr(n) for n in (65, 97, 8364, 128512, 32)])
print("chr round trip:", all(ord(chr(i)) == i for i in range(0, 0x110000, 4099)))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("ab", ""):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


for shift in (1, 3, 13, 25, -3):
    print(shift, caesar(msg, shift))
vowels = sum(1 for c in msg.lower() if c in "aeiou")
print("vowels:", vowels, "consonants:", sum(1 for c in msg if c.isalpha()) - vowels)
print("digit values:", [int(c) for c in "0123456789"], int("٣"), "٣".isdigit(), "٣".isascii())
print("identifiers:", [w for w in ("for", "_x", "x-y", "été", "2a", "a2", "") if w.isidentifier()])
