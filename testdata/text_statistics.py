TEXT = """\
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""


def words(text):
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield "".join(word)
            word.clear()
    if word:
        yield "".join(word)


def top(counter, n):
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


counts = {}
lengths = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
    lengths.setdefault(len(w), set()).add(w)

lines = TEXT.splitlines()
print(f"{len(lines)} lines, {sum(counts.values())} words, {len(counts)} distinct")
for word, n in top(counts, 6):
    print(f"{word:>8} {n:2} {'*' * n}")
for size in sorted(lengths):
    print(size, sorted(lengths[size]))
letters = {}
for ch in TEXT.lower():
    if "a" <= ch <= "z":
        letters[ch] = letters.get(ch, 0) + 1
print("".join(ch for ch, _ in top(letters, 10)))
longest_line = max(lines, key=len)
print(len(longest_line), longest_line.split(",")[0], TEXT.count("it was"))
bigrams = {}
ws = list(words(TEXT))
for a, b in zip(ws, ws[1:]):
    bigrams[a, b] = bigrams.get((a, b), 0) + 1
print(top(bigrams, 3))
