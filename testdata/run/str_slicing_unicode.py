# Indexing and slicing strings, including steps and non-ASCII text.

s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2], s[-100:100])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-5:-1], s[2::-1])
print(s[::3], s[::100], s[::-100], s[100:], s[-100:-50], s[3:3])
for start in (None, 0, 3, -3):
    for stop in (None, 5, -2):
        for step in (None, 2, -1, -2):
            print(repr(s[start:stop:step]), end=" ")
    print()
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)

u = "naïve café 日本語 😀!"
print(len(u), u[2], u[-2], u[11:14], u[::-1], u.upper(), [c for c in u if ord(c) > 127])
print([(i, c) for i, c in enumerate(u) if not c.isascii()])
print("encode:", u.encode("utf-8"), len(u.encode("utf-8")), len(u.encode("utf-16-le")))
print("decode:", u.encode().decode() == u, b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
print("find in unicode:", u.find("日"), u.index("😀"), u.count("a"), u.split(" "))

word = "racecar"
print("palindromes:", [w for w in ("racecar", "level", "python", "noon", "a", "") if w == w[::-1]])
print("rotations:", [word[i:] + word[:i] for i in range(len(word))])
print("chunks:", [s[i:i + 3] for i in range(0, len(s), 3)])
print("every other reversed:", s[-2::-2], "middle:", s[len(s) // 2 - 1:len(s) // 2 + 1])
print("slice objects:", s[slice(2, 8, 2)], s[slice(None, None, -3)], slice(1, 5).indices(len(s)))
print("iteration:", list("hey"), tuple("yo"), [ch * i for i, ch in enumerate("abc", 1)])
print("concatenation:", "ab" + "cd", "".join(reversed("abc")), "-".join(s[::3]))
print("comparison of slices:", s[:3] < s[3:], s[::2] > s[1::2], "Z" < "a", "é" > "z")
acc = ""
for ch in s:
    acc = ch + acc
print("built reversed:", acc, acc == s[::-1])
