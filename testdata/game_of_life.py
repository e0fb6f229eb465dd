WIDTH, HEIGHT = 12, 8


def parse(pattern):
    cells = set()
    for y, row in enumerate(pattern.strip().splitlines()):
        for x, ch in enumerate(row):
            if ch == "#":
                cells.add((x, y))
    return cells


def neighbours(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield (x + dx) % WIDTH, (y + dy) % HEIGHT


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, count in counts.items()
            if count == 3 or (count == 2 and cell in live)}


def render(live):
    return "\n".join(
        "".join("#" if (x, y) in live else "." for x in range(WIDTH))
        for y in range(HEIGHT)
    )


glider = parse("""
.#.
..#
###
""")
board = glider | {(8, 1), (9, 1), (10, 1)}
for generation in range(4):
    print(f"generation {generation}: {len(board)} cells")
    print(render(board))
    board = step(board)
