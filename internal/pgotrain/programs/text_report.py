# Training workload: text processing (str methods, formatting, dict and
# set counting, sorting, joins, %-formatting and str.format).

LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt "
         "ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation "
         "ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in "
         "reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.")


def paragraphs(n):
    words = LOREM.replace(",", "").replace(".", "").lower().split()
    out = []
    for i in range(n):
        w = [words[(i * 7 + j * 3) % len(words)] for j in range(40 + i % 13)]
        w[0] = w[0].title()
        out.append(" ".join(w) + ".")
    return "\n\n".join(out)


def stats(text):
    lines = text.splitlines()
    freq = {}
    lengths = {}
    vowels = set("aeiou")
    for line in lines:
        for raw in line.split():
            word = raw.strip(".,").lower()
            if not word:
                continue
            freq[word] = freq.get(word, 0) + 1
            lengths.setdefault(len(word), set()).add(word)
    nv = sum(1 for ch in text if ch in vowels)
    return freq, lengths, nv


def report(freq, lengths, nv):
    rows = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    out = ["%-12s %5s %s" % ("word", "count", "bar")]
    for word, n in rows[:25]:
        out.append("{:<12} {:>5d} {}".format(word, n, "#" * (n // 20)))
    for k in sorted(lengths):
        out.append(f"len {k:2d}: {', '.join(sorted(lengths[k])[:5])}")
    out.append(f"vowels={nv:,} ratio={nv / max(1, sum(freq.values())):.4f}")
    return "\n".join(out)


total = 0
for round_ in range(25):
    text = paragraphs(300 + round_)
    freq, lengths, nv = stats(text)
    rep = report(freq, lengths, nv)
    total += len(rep) + rep.count("#") + len(text.upper().encode()) % 997
    caps = [w.capitalize() for w in text.split() if w.isalpha() and len(w) > 6]
    total += len(set(caps)) + len("-".join(caps[:100]).swapcase())
    total += sum(int(x) for x in "".join(str(len(w)) for w in caps[:500]))
print("text_report:", total)
print(rep.splitlines()[0])
print(rep.splitlines()[-1])
