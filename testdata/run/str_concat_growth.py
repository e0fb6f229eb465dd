# Building strs by repeated concatenation: every intermediate keeps its
# own text while later ones grow, whichever of them is extended next.
def build(n, piece):
    t = ""
    snapshots = []
    for i in range(n):
        t += piece
        if i % 97 == 0:
            snapshots.append(t)
    return t, snapshots

t, snaps = build(3000, "ab")
print(len(t), [len(s) for s in snaps[:5]], all(s == "ab" * (len(s) // 2) for s in snaps))
base = "x" * 300
a = base + "1"
b = a + "2"
c = a + "3"          # a is extended twice: b and c must differ
d = b + "4"
e = a + "2"
print(a[-3:], b[-3:], c[-3:], d[-3:], b == e, b is e, len({a, b, c, d, e}))
print(hash(b) == hash(e), {b: 1}[e], base[-2:], len(base))
s = ""
for i in range(500):
    s = s + str(i % 10)
    if i == 250:
        mid = s
s2 = mid + "!"
print(s[:20], s[-5:], mid[-5:], s2[-5:], len(s), len(mid), s.count("9"))
u = "é" * 200
for i in range(100):
    u += "ü"
print(len(u), u[199:202], u.find("ü"), u[-1], u.encode()[:4])
words = []
line = ""
for w in ("alpha", "beta", "gamma") * 200:
    line += w + " "
    if len(line) > 300:
        words.append(line)
        line = ""
print(len(words), words[0][:20], sum(map(len, words)))
