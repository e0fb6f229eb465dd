inventory = {"apples": 3, "pears": 0, "plums": 12}
inventory["kiwis"] = 7
inventory.update(pears=4, figs=1)
inventory |= {"dates": 2}
print(inventory)
print(list(inventory), list(inventory.values())[:3], len(inventory))

for fruit, count in sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{fruit:>8}: {'#' * count}")

defaults = {"color": "red", "size": "M"}
custom = {"size": "L", "qty": 2}
merged = {**defaults, **custom, "extra": True}
print(merged, defaults | custom)
print(merged.get("missing"), merged.get("missing", 0), merged.setdefault("qty", 9), merged.pop("extra"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"]["c"], "a" in nested, "z" not in nested)
inverted = {v: k for k, v in counts.items()}
print(inverted, dict(zip("xyz", range(3))), dict([(1, "one")], two=2))
del inventory["figs"]
print(inventory.popitem(), sorted(inventory.keys()), {1: "int", 1.0: "float", True: "bool"})
literal = {
    "name": "quicken",
    "version": (0, 1),
    "tags": ["python", "go"],
    None: None,
    42: 3.5,
}
print(literal, {}, dict())
