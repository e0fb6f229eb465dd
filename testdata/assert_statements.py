def checked_sqrt(x):
    assert x >= 0, f"negative input: {x}"
    guess = x / 2 or 1.0
    for _ in range(30):
        guess = (guess + x / guess) / 2
    assert abs(guess * guess - x) < 1e-9
    return guess


def invariants(items):
    assert isinstance(items, list), "items must be a list"
    assert all(isinstance(i, int) for i in items)
    assert (len(items), items) != (0, []), ("empty", items)
    return sum(items)


print(round(checked_sqrt(2), 6), checked_sqrt(49))
print(invariants([1, 2, 3]))
for bad in (-4, ):
    try:
        checked_sqrt(bad)
    except AssertionError as e:
        print("assertion:", e)
try:
    invariants([])
except AssertionError as e:
    print("assertion:", e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert", e.args)
assert True, "never evaluated"
