# Ends with a failed assert with a message; the compared expression is marked with carets.


def mean(values):
    return sum(values) / len(values)


samples = [[2, 4, 6], [1, 1, 1, 1], [10, -20, 5]]
for values in samples:
    m = mean(values)
    print("mean of", values, "is", m)
    assert m > 0, f"mean must be positive, got {m} for {values}"
