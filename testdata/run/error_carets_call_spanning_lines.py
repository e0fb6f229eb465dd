# Ends with a TypeError from a call whose arguments span several lines; only the first line of the call is marked.


def make_point(x, y, *, label):
    return {"x": x, "y": y, "label": label}


origin = make_point(
    0,
    0,
    label="origin",
)
print("made", origin)
corner = make_point(
    10,
    20,
    "corner",
)
print("never reached", corner)
