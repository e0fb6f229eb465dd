# Backtracking searches: N-queens counts and boards, subset sum, a small sudoku, and word ladders.


def queens(n):
    solutions = []
    cols, diag1, diag2, placement = set(), set(), set(), []

    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col)
            diag1.add(row - col)
            diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.discard(col)
            diag1.discard(row - col)
            diag2.discard(row + col)

    place(0)
    return solutions


for n in range(1, 9):
    sols = queens(n)
    print(f"{n}-queens: {len(sols)} solutions; first: {sols[0] if sols else None}")
board = queens(8)[0]
for col in board:
    print(" ".join("Q" if c == col else "." for c in range(8)))


def subset_sum(items, target):
    found = []

    def search(i, chosen, total):
        if total == target:
            found.append(tuple(chosen))
            return
        if i == len(items) or total > target:
            return
        chosen.append(items[i])
        search(i + 1, chosen, total + items[i])
        chosen.pop()
        search(i + 1, chosen, total)

    search(0, [], 0)
    return found


print("subsets of [3,34,4,12,5,2] summing to 9:", subset_sum([3, 34, 4, 12, 5, 2], 9))
print("count summing to 15 from 1..10:", len(subset_sum(list(range(1, 11)), 15)))
PUZZLE = [
    "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1", "7...2...6", ".6....28.", "...419..5", "....8..79",
]
grid = [[int(ch) if ch != "." else 0 for ch in row] for row in PUZZLE]
calls = 0


def candidates(r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = r - r % 3, c - c % 3
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]


def solve():
    global calls
    calls += 1
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for v in cands:
        grid[r][c] = v
        if solve():
            return True
    grid[r][c] = 0
    return False


print("sudoku solved:", solve(), "calls:", calls)
for r, row in enumerate(grid):
    print(" ".join(str(v) for v in row[:3]), "|", " ".join(str(v) for v in row[3:6]), "|", " ".join(str(v) for v in row[6:]))
    if r in (2, 5):
        print("------+-------+------")
print("rows valid:", all(sorted(row) == list(range(1, 10)) for row in grid))
WORDS = {"cold", "cord", "card", "ward", "warm", "worm", "word", "wood", "wold", "bold", "bolt", "boat", "coat", "cost"}


def ladder(start, goal):
    frontier, seen = [[start]], {start}
    while frontier:
        nxt = []
        for path in frontier:
            word = path[-1]
            if word == goal:
                return path
            for i in range(len(word)):
                for ch in "abcdefghijklmnopqrstuvwxyz":
                    cand = word[:i] + ch + word[i + 1:]
                    if cand in WORDS and cand not in seen:
                        seen.add(cand)
                        nxt.append(path + [cand])
        frontier = nxt
    return None


print("ladder cold->warm:", ladder("cold", "warm"))
print("ladder bolt->cost:", ladder("bolt", "cost"))
print("ladder cold->xyzw:", ladder("cold", "xyzw"))
