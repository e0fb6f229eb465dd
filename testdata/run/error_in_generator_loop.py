# Ends with KeyError raised inside a generator consumed by a for loop (the for line has no carets).


def lookups(table, keys):
    for key in keys:
        print("looking up", key)
        yield table[key]


table = {"a": 1, "b": 2}
total = 0
for value in lookups(table, ["a", "b", "c"]):
    total += value
print(total)
