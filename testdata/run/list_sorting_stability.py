# Sorting lists: key, reverse, stability, multi-key sorts, sorted() vs list.sort().

people = [("alice", 31, "paris"), ("bob", 25, "rome"), ("carol", 31, "oslo"), ("dave", 25, "paris"),
          ("eve", 40, "rome"), ("frank", 31, "rome"), ("grace", 25, "oslo")]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = sorted(people, key=lambda p: p[2])
by_age_then_city = sorted(by_city, key=lambda p: p[1])
print("stable two-pass:", [p[0] for p in by_age_then_city])
print("reverse keeps stability:", [p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)])

words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Fig", "fig", "elderberry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[::-1]))

nums = [5, -3, 2, -8, 0, 7, -1, 3, 3, -3]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 3, n)))
lst = nums.copy()
result = lst.sort()
print("sort returns", result, "and sorts in place:", lst)
lst.sort(key=lambda n: -n)
print("by negation:", lst)
print("floats and ints:", sorted([2.5, 1, -0.5, 3, 2, 1.0]), sorted([1.0, 1, True]), sorted([True, 1.0, 1]))
print("strings:", sorted("hello world"), sorted(["b", "B", "a", "A", "_", "1"]))
print("tuples with ties:", sorted([(1, "b"), (0, "z"), (1, "a"), (0, "a")], reverse=True))
print("sorted other iterables:", sorted({3: "c", 1: "a", 2: "b"}), sorted("cba"), sorted(range(5, 0, -1)))
print("sorted dict items by value:", sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))


class Card:
    ranks = "23456789TJQKA"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in ("TH", "2C", "AS", "TD", "KH", "2S", "9C")]
print("by rank:", sorted(hand, key=lambda c: Card.ranks.index(c.rank)))
print("by suit then rank:", sorted(hand, key=lambda c: (c.suit, Card.ranks.index(c.rank))))
try:
    sorted(hand)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)

calls = []


def key(v):
    calls.append(v)
    return v % 4


print("key called once per item:", sorted(range(8), key=key), calls)
big = [(i * 7919) % 101 for i in range(60)]
print("big sort:", sorted(big)[:10], sorted(big)[-5:], big == sorted(big))
print("min/max with key:", min(words, key=len), max(words, key=len), min(people, key=lambda p: p[1]))
print("sorted reversed equals reversed sorted only without ties:",
      sorted(nums, reverse=True) == list(reversed(sorted(nums))))
