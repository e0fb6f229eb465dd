# Conway's Game of Life on a small torus: glider, blinker, a seeded soup, population history and cycle detection.


def parse(pattern, rows, cols, top=0, left=0):
    cells = set()
    for r, line in enumerate(pattern.strip().splitlines()):
        for c, ch in enumerate(line.strip()):
            if ch == "#":
                cells.add(((r + top) % rows, (c + left) % cols))
    return cells


def step(cells, rows, cols):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}


def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))


ROWS, COLS = 10, 12
glider = parse(".#.\n..#\n###", ROWS, COLS, 1, 1)
blinker = parse("###", ROWS, COLS, 6, 8)
world = glider | blinker
for gen in range(5):
    print(f"generation {gen} population {len(world)}:")
    print(render(world, ROWS, COLS))
    world = step(world, ROWS, COLS)

g = glider
for _ in range(4 * ROWS * COLS // 2):
    g = step(g, ROWS, COLS)
print("glider after 240 steps:", sorted(g))
g = glider
period = None
for i in range(1, 300):
    g = step(g, ROWS, COLS)
    if g == glider:
        period = i
        break
print("glider returns to its start after", period, "generations on a", ROWS, "x", COLS, "torus")

state = 987654321
soup = set()
for r in range(16):
    for c in range(16):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state >> 16 & 1:
            soup.add((r, c))
rows, cols = 16, 16
history = {}
populations = []
world = soup
for gen in range(300):
    key = frozenset(world)
    if key in history:
        print(f"soup enters a cycle at generation {gen}, period {gen - history[key]}")
        break
    history[key] = gen
    populations.append(len(world))
    world = step(world, rows, cols)
print("initial population:", populations[0], "final:", len(world), "peak:", max(populations), "min:", min(populations))
print("population every 10 generations:", populations[::10])
print(render(world, rows, cols))
still = parse("##\n##", 4, 4)
print("block is a still life:", step(still, 4, 4) == still)
