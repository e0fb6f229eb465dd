# Ends with an error inside an expression spread over several lines; the traceback shows the line of the failing part.


def scale(values, factor):
    return [v * factor for v in values]


weights = {"a": 0.5, "b": 0.25}
values = [1, 2, 3]
result = sum(
    scale(values, weights["a"])
    + scale(values, weights["b"])
)
print("weighted sum:", result)
combined = (
    scale(values, weights["a"])
    + scale(values, weights["c"])
)
print("never reached", combined)
