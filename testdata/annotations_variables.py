counter: int = 0
names: list[str] = []
maybe: float | None
table: "dict[str, int]" = {}


class Point:
    x: int
    y: int = 0
    label: str = "origin"

    def __init__(self, x: int, y: int = 0) -> None:
        self.x: int = x
        self.y = y

    def moved(self, dx: int, dy: "int" = 0, *, scale: float = 1.0) -> "Point":
        return Point(int((self.x + dx) * scale), int((self.y + dy) * scale))


def stats(values: list[float], *extra: float, **options: bool) -> tuple[float, float]:
    local: float = 0.0
    total: float
    total = sum(values) + sum(extra)
    return total, local


def annotated_targets():
    obj = Point(1)
    obj.label: str = "renamed"
    data = [0, 0]
    data[0]: int = 5
    (paren): int = 3
    return obj.label, data, paren


print(__annotations__)
print(Point.__annotations__)
print(Point.moved.__annotations__)
print(stats([1.5, 2.5], 3.0, verbose=True), stats.__annotations__)
print(annotated_targets())
p = Point(2, 3).moved(1, scale=2.0)
print(p.x, p.y, p.label)
