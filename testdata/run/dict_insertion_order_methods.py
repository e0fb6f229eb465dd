# dict: insertion order, get/setdefault/pop/popitem/update/fromkeys, deletion and reinsertion.

d = {"b": 1, "a": 2, "c": 3}
d["d"] = 4
d["a"] = 20
print(d, list(d), len(d))
del d["b"]
d["b"] = 100
print("reinserted goes last:", d)
print("get:", d.get("a"), d.get("zz"), d.get("zz", "default"), d.get("b", 0))
print("setdefault:", d.setdefault("a", 0), d.setdefault("e", []), d)
d.setdefault("e", []).append(1)
d.setdefault("e", []).append(2)
print("setdefault accumulates:", d["e"])
print("pop:", d.pop("a"), d.pop("zz", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print("popitem:", d.popitem(), d.popitem(), d)
d.update({"x": 1, "c": 33})
d.update([("y", 2), ("z", 3)])
d.update(w=4, x=11)
print("update:", d)
print("fromkeys:", dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), "v"))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print("fromkeys shares the value:", shared)
print("constructors:", dict(a=1, b=2), dict([("k", "v"), (1, 2)]), dict(zip("abc", range(3))), dict({1: 2}, z=0))
print("copy:", d.copy() == d, d.copy() is d)
print("key types:", {1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple", None: "none", "": "empty"})
for bad in ([1], [(1, 2, 3)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print("after failed loop:", d)

counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print("counts:", counts)
print("max by value:", max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print("inverse:", inverse)
order = {}
for k in [5, 3, 9, 3, 1, 5, 7]:
    order[k] = order.get(k, 0) + 1
print("int keys keep insertion order:", order, list(order.keys()), list(order.values()))
print("equality ignores order:", {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
print("in / not in:", "a" in counts, "zz" not in counts, 1 in counts.values(), ("the", 3) in counts.items())
nested = {"outer": {"inner": {"leaf": 1}}}
nested["outer"]["inner"]["leaf"] += 1
nested["outer"]["new"] = [1, 2]
print("nested:", nested, len(nested["outer"]))
big = {i: i * i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
print("after many deletes:", len(big), list(big)[:5], list(big)[-3:], big.popitem())
print("clear:", big.clear(), big, dict())
