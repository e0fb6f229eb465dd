primes = {2, 3, 5, 7, 11, 13}
odds = {n for n in range(1, 15, 2)}
empty = set()

print(sorted(primes & odds), sorted(primes | odds), sorted(primes - odds), sorted(primes ^ odds))
print(3 in primes, 4 not in primes, len(primes), primes <= set(range(20)), primes > {2, 3})
frozen = frozenset([1, 2, 2, 3])
print(frozen, frozenset(), hash(frozen) == hash(frozenset({3, 2, 1})))


def classify(n):
    if n in {0, 1}:
        return "unit"
    if n in {2, 3, 5, 7}:
        return "small prime"
    if n not in {4, 6, 8, 9}:
        return "big"
    return "small composite"


print([classify(n) for n in range(11)])
empty.add(5)
empty.update([6, 7], (8,))
empty.discard(100)
empty.remove(5)
print(sorted(empty), empty.pop() in {6, 7, 8}, {1, 2}.isdisjoint({3}))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(set(words)), sorted(set(words) - {"the"}), "fox" in frozenset(words))
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)}, sorted({-1, -2, 0, 10, 3}))
