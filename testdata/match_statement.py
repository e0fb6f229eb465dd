class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False as flag:
            return f"bool {flag}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return f"string of {len(s)}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [first, *rest] if len(rest) > 2:
            return f"long list from {first}"
        case (a, b):
            return f"pair {a},{b}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": kind, **others}:
            return f"{kind} with {sorted(others)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "some point"
        case _:
            return "unknown"


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "what?"


samples = [None, True, 0, -3, 4.5, "hi", "text", [], [1], [1, 2, 3, 4], (5, 6),
           {"type": "circle", "r": 2}, {"type": "square", "side": 3, "color": 1},
           Point(0, 0), Point(0, 7), Point(3, 3), Point(1, 2), object]
for s in samples:
    print(describe(s))
for c in ("go north", "go up", "take lamp key", "take", "exit"):
    print(command(c))
