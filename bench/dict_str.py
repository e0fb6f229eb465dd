# Benchmark: dict and str work (tokenizing text, counting words, building strings, formatting, joins).

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau "
         "upsilon phi chi psi omega").split()


def make_text(n, seed):
    state = seed
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        word = WORDS[state % len(WORDS)]
        if state & 0x100:
            word = word.capitalize()
        out.append(word)
        if state % 13 == 0:
            out.append(".")
    return " ".join(out)


def count_words(text):
    counts = {}
    for token in text.lower().replace(".", " ").split():
        counts[token] = counts.get(token, 0) + 1
    return counts


def bigrams(text):
    pairs = {}
    words = text.split()
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return pairs


def render(counts):
    lines = []
    for word, n in sorted(counts.items()):
        lines.append(f"{word:<10}|{n:>6}|{'*' * (n // 400)}")
    return "\n".join(lines)


total = 0
for round_ in range(26):
    text = make_text(60000, round_ + 1)
    counts = count_words(text)
    pairs = bigrams(text)
    report = render(counts)
    inverted = {}
    for k, v in counts.items():
        inverted.setdefault(v % 97, []).append(k.upper())
    total += len(report) + len(pairs) + sum(len(v) for v in inverted.values()) + len(text) % 1009
print("dict_str checksum:", total)
