# Indexing, slicing and searching by position in strs that are not
# ASCII (Latin-1, BMP, astral), as a tokenizer does, with CPython's
# results at the edges.
texts = ["héllo wörld, ça va?", "日本語のテキストです。", "a\U0001F600b\U0001F601c", "plain ascii"]
for s in texts:
    n = len(s)
    print(n, [s[i] for i in range(-n, n, 3)], s[::-2], s[1:-1:2], s[n // 2:], s[-3:100])
    print([s.find(c, i) for i, c in enumerate(s[:6])], s.rfind(s[-1]), s.count(s[1], 1, -1))
    print(s.startswith(s[2:4], 2), s.endswith(s[-2:], 0, n), s.index(s[-1], n - 1))
    pos, out = 0, []
    while pos < n:
        j = s.find(" ", pos)
        if j < 0:
            j = n
        out.append(s[pos:j])
        pos = j + 1
    print(out)
    for bad in (n, -n - 1):
        try:
            s[bad]
        except IndexError as e:
            print(bad, e)
big = "ünïcödé " * 3000
print(sum(1 for i in range(len(big)) if big[i] == "ü"), big.rfind("ü", 0, 5000), big[12345:12350])
