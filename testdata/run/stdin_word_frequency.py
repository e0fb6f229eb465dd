# Reading all of stdin with sys.stdin: word frequencies, line statistics and a histogram.
import sys

lines = sys.stdin.readlines()
print("lines read:", len(lines))
print("first line repr:", repr(lines[0]))
print("last line repr:", repr(lines[-1]))
stripped = [line.rstrip("\n") for line in lines]
non_empty = [line for line in stripped if line.strip()]
print("non-empty lines:", len(non_empty), "blank lines:", len(stripped) - len(non_empty))
print("longest line:", max(len(line) for line in stripped), "shortest non-empty:", min(len(line) for line in non_empty))

words = []
for line in stripped:
    for raw in line.split():
        word = raw.strip(".,;:!?\"'()-").lower()
        if word:
            words.append(word)
print("words:", len(words), "distinct:", len(set(words)))
counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
width = max(len(w) for w, _ in top)
for word, n in top:
    print(f"{word:<{width}} {n:>3} {'*' * n}")

lengths = {}
for word in words:
    lengths[len(word)] = lengths.get(len(word), 0) + 1
print("word length histogram:")
for length in sorted(lengths):
    print(f"  {length:2}: {lengths[length]:3} {'#' * lengths[length]}")

letters = {}
for ch in "".join(words):
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total_letters = sum(letters.values())
print("letters:", total_letters)
for ch, n in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"  {ch}: {n:3} {n / total_letters:6.2%}")
sentences = " ".join(non_empty).replace("!", ".").replace("?", ".").split(".")
sentences = [s.strip() for s in sentences if s.strip()]
print("sentences:", len(sentences))
for s in sentences[:3]:
    print("  -", s[:50] + ("..." if len(s) > 50 else ""))
avg = sum(len(s.split()) for s in sentences) / len(sentences)
print(f"average words per sentence: {avg:.2f}")
print("lines with 'the':", [i + 1 for i, line in enumerate(stripped) if "the" in line.lower().split()])
print("read after EOF:", repr(sys.stdin.read()), repr(sys.stdin.readline()))
