# Sets of strings (order depends on str hashing; the corpus runs with PYTHONHASHSEED=0).

letters = set()
for ch in "abcd":
    letters.add(ch)
print("letters:", letters)
fruit = set()
for name in ("apple", "banana", "cherry"):
    fruit.add(name)
print("fruit:", fruit)
words = "the quick brown fox jumps over the lazy dog".split()
vocab = set(words)
print("vocab:", vocab, len(vocab))
print("comprehension:", {w.upper() for w in words if len(w) > 3})
print("from string:", set("mississippi"), frozenset("hello"))
vowels = set("aeiou")
print("vowels:", vowels)
text = "sphinx of black quartz judge my vow"
used = set(text) - {" "}
print("missing letters:", set("abcdefghijklmnopqrstuvwxyz") - used)
print("used vowels:", used & vowels, "consonants used:", len(used - vowels))

a = set(["red", "green", "blue", "black"])
b = set(["blue", "white", "black", "orange"])
print("a:", a, "b:", b)
print("union:", a | b)
print("intersection:", a & b, b & a)
print("difference:", a - b, b - a)
print("symmetric:", a ^ b)
print("subset tests:", {"red"} < a, a <= a | b, (a & b).isdisjoint(a ^ b))
a.discard("green")
a.add("purple")
print("modified a:", a)
tags = {}
for post, labels in [("p1", ["py", "go"]), ("p2", ["go", "rust"]), ("p3", ["py", "c"])]:
    for label in labels:
        tags.setdefault(label, set()).add(post)
print("tags:", tags)
print("posts tagged py or go:", tags["py"] | tags["go"])
keys = frozenset(["x", "y"])
table = {keys: 1, frozenset(["z"]): 2}
print("frozenset keys:", table[frozenset(["y", "x"])], frozenset(["x", "y"]) == keys)
print("str hashes:", hash(""), hash("a"), hash("abc"), hash("hello"), hash("é"), hash("€"))
print("frozenset hash:", hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(["a"])))
grow = set()
for i in range(30):
    grow.add(f"k{i}")
print("grown str set:", grow)
print("popped:", [grow.pop() for _ in range(4)])
print("dict keys & set:", {"red": 1, "blue": 2, "teal": 3}.keys() & {"blue", "teal", "gold"})
print("dict keys | set:", {"red": 1}.keys() | {"blue", "pink"})
print("sorted for stable output:", sorted(a | b), sorted(vocab, key=len))
