# frozensets as keys and members, set comprehensions, and set-based algorithms.

fs = frozenset([3, 1, 2])
print(fs, len(fs), 2 in fs, fs | {4}, fs & {1, 5}, type(fs | {4}).__name__, type({4} | fs).__name__)
print(frozenset(), frozenset(range(3)) == {0, 1, 2}, {frozenset([1]), frozenset([1])})
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print("hash:", hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2])), hash(fs) == hash(frozenset([2, 3, 1])))
print("hash of frozenset of tuples:", hash(frozenset([(1, 2), (3, 4)])))

squares = {n * n for n in range(-5, 6)}
print("squares:", squares, len(squares))
mods = {n % 7 for n in range(100)}
print("mods:", mods)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print("pairs:", sorted(pairs), len(pairs))
print("nested comprehension of frozensets:", {frozenset({i, i + 1}) for i in range(3)} == {frozenset({0, 1}), frozenset({1, 2}), frozenset({2, 3})})


def subsets(items):
    result = [frozenset()]
    for item in items:
        result += [s | {item} for s in result]
    return result


subs = subsets([1, 2, 3])
print("subsets:", [sorted(s) for s in subs])
print("subsets as set:", len(set(subs)), frozenset([1, 2]) in set(subs))

graph = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}, 6: set()}
reachable = set()
frontier = {1}
step = 0
while frontier:
    reachable |= frontier
    frontier = set().union(*(graph[n] for n in frontier)) - reachable
    step += 1
    print(" step", step, "frontier", frontier)
print("reachable:", reachable)


def primes_below(n):
    composite = set()
    for i in range(2, n):
        if i not in composite:
            composite.update(range(i * i, n, i))
    return set(range(2, n)) - composite


print("primes:", primes_below(60))
print("twin primes:", sorted((p, p + 2) for p in primes_below(100) if p + 2 in primes_below(100)))
groups = {}
for word in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    groups.setdefault(frozenset(word), []).append(word)
print("anagram-ish groups:", [g for g in groups.values() if len(g) > 1])
print("set equality across types:", {1, 2} == frozenset([1, 2]), set() == frozenset(), {1} != {1.0})
print("set() of dict:", set({5: "a", 3: "b", 9: "c"}), frozenset({1: 1}.items()))
print("set update from many:", set().union([1], (2,), range(3, 5)), set([1, 2]).intersection([2], [2, 3]))
s = {10, 20, 30}
s.update([40], {50})
s.difference_update([10], [20])
s.intersection_update(range(0, 100, 10))
s.symmetric_difference_update({30, 60})
print("update methods:", s)
print("len of comprehension with dups:", len({c for c in "abracadabra"}), sorted({c for c in "abracadabra"}))
