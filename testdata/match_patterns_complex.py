import math


class Color:
    RED = "red"
    GREEN = "green"


class Box:
    __match_args__ = ("content", "size")

    def __init__(self, content, size=1):
        self.content = content
        self.size = size


def classify(subject):
    match subject:
        case -1 | -2.5 | 1 + 2j | 0x10:
            return "literal number"
        case b"bytes" | "text" | None | True:
            return "literal other"
        case Color.RED | Color.GREEN as color:
            return f"color {color}"
        case math.pi:
            return "pi"
        case [1, 2, *middle, 9]:
            return f"framed {middle}"
        case [*_, "last"]:
            return "ends with last"
        case [[a, b], [c, d]] if a + d == b + c:
            return "balanced 2x2"
        case ([x, *_] | (x,)) if isinstance(x, str):
            return f"starts with string {x}"
        case {"kind": "point", "x": int(x), "y": int(y), **rest} if not rest:
            return f"point {x},{y}"
        case {"kind": "point", **rest}:
            return f"point with extras {sorted(rest)}"
        case {1: one, 2: _}:
            return f"int keys {one}"
        case Box(Box(inner), size=2):
            return f"nested box {inner}"
        case Box(content=str() as s, size=n) if n > 1:
            return f"string box x{n} {s}"
        case Box(content=[_, _] | (_, _)):
            return "box of pair"
        case Box():
            return "some box"
        case str() | bytes() if len(subject) > 3:
            return "long string-like"
        case float(f) if f != f:
            return "nan"
        case {}:
            return "any mapping"
        case object(__class__=cls):
            return f"object of {cls.__name__}"


samples = [
    -1, -2.5, 1 + 2j, 16, b"bytes", "text", None, True, "red", math.pi,
    [1, 2, 3, 4, 9], [1, 2, 9], ["x", "last"], [[1, 2], [3, 4]], ["s", 1], ("t",),
    {"kind": "point", "x": 1, "y": 2}, {"kind": "point", "x": 1, "y": 2, "z": 3},
    {1: "a", 2: "b", 3: "c"}, Box(Box("gem"), 2), Box("ab", 3), Box([1, 2]), Box(0),
    "longer", float("nan"), {"other": 1}, 3.5,
]
for s in samples:
    print(classify(s))
