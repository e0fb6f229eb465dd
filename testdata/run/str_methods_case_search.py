# str case conversion and searching methods.

samples = ["hello world", "Hello World", "HELLO", "hELLo wORLD", "ß straße", "ǅemal", "123abc", "",
           "they're bill's friends", "o'neil mc-donald", "  spaced  out  ", "ÉCOLE élève"]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|",
          s.swapcase(), "|", s.casefold())

text = "the quick brown fox jumps over the lazy dog; the end"
for sub in ("the", "fox", "cat", "", "e", "the end", "t"):
    print(f"{sub!r}: find={text.find(sub)} rfind={text.rfind(sub)} count={text.count(sub)} in={sub in text}")
print("bounded:", text.find("the", 1), text.find("the", 1, 30), text.rfind("the", 0, 40), text.count("e", 10, 30))
print("negative bounds:", text.find("e", -10), text.rfind("o", -30, -5), text.count("the", -20))
print("index:", text.index("quick"), text.rindex("the"))
for sub, args in (("cat", ()), ("the", (40, 45))):
    try:
        text.index(sub, *args)
    except ValueError as e:
        print("ValueError:", e)
try:
    text.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)

print("startswith:", text.startswith("the"), text.startswith("quick", 4), text.startswith(("a", "t")),
      text.startswith("the", 0, 2), text.startswith(""))
print("endswith:", text.endswith("end"), text.endswith(("x", "end")), text.endswith("the", 0, 3),
      text.endswith("dog", 0, -9))
try:
    text.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)

words = text.replace(";", "").split()
print("word positions:", [(w, text.find(w)) for w in words])
print("unique words in order:", list(dict.fromkeys(words)))
print("capitalized:", " ".join(w.capitalize() for w in words))
counts = {}
for ch in text:
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print("letter counts:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print("pangram:", set("abcdefghijklmnopqrstuvwxyz") <= set(text))
print("compare case-insensitively:", "Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("upper of special:", "ﬁ".upper(), "ŉ".upper(), "İ".lower(), len("İ".lower()), "ß".upper())
print("title edge:", "hello-world foo_bar 3rd x2y".title(), "ǆ".title(), "ǆ".upper())
print("in operator:", "" in "", "a" in "", "ab" in "cab", "ba" in "cab")
print("min/max chars:", min("hello"), max("hello"), sorted("banana"), "".join(sorted("Banana")))
