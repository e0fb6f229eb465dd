"""Huffman coding: build a prefix code from symbol frequencies, encode and
decode a message, and report the compression ratio."""


class Leaf:
    def __init__(self, symbol, weight):
        self.symbol = symbol
        self.weight = weight

    def codes(self, prefix=""):
        return {self.symbol: prefix or "0"}


class Branch:
    def __init__(self, left, right):
        self.left = left
        self.right = right
        self.weight = left.weight + right.weight

    def codes(self, prefix=""):
        table = self.left.codes(prefix + "0")
        table.update(self.right.codes(prefix + "1"))
        return table


def frequencies(text):
    counts = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    return counts


def build_tree(counts):
    # A stable order: weight, then insertion sequence number.
    queue = [(w, i, Leaf(s, w)) for i, (s, w) in enumerate(sorted(counts.items()))]
    seq = len(queue)
    while len(queue) > 1:
        queue.sort(key=lambda entry: (entry[0], entry[1]))
        (w1, _, a), (w2, _, b), *queue = queue
        queue.append((w1 + w2, seq, Branch(a, b)))
        seq += 1
    return queue[0][2]


def encode(text, table):
    return "".join(table[ch] for ch in text)


def decode(bits, tree):
    out = []
    node = tree
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.symbol)
            node = tree
    return "".join(out)


message = "abracadabra alakazam, a banana bandana"
tree = build_tree(frequencies(message))
table = tree.codes()
bits = encode(message, table)
for symbol, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[1])):
    print(repr(symbol), code)
print(len(bits), len(message) * 8, f"{len(bits) / (len(message) * 8):.1%}")
print(decode(bits, tree) == message, bits[:32])
