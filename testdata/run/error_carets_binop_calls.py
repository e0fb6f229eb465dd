# Ends with TypeError in `f(a) + g(b)`: the whole binary operation is marked, operator with ^.


def width(item):
    return len(item)


def height(item):
    return item.get("h") if isinstance(item, dict) else None


shapes = [{"h": 3}, {"h": 4}, [1, 2]]
for shape in shapes:
    print("measuring", shape)
    size = width(shape) + height(shape)
    print("  size", size)
