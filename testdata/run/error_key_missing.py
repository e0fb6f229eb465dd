# Ends with KeyError for a missing dictionary key; the caret line marks the subscript.

inventory = {"apples": 5, "pears": 2, "plums": 0}
orders = [("apples", 2), ("pears", 1), ("kiwis", 4)]
for item, qty in orders:
    print(f"order: {qty} x {item}")
    inventory[item] -= qty
    print("  left:", inventory[item])
