def hanoi(n, source="A", target="C", spare="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(n - 1, spare, target, source, moves)
    return moves


def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result


def subsets(items):
    if not items:
        return [[]]
    head, *tail = items
    without = subsets(tail)
    return without + [[head] + s for s in without]


def queens(n):
    solutions = []

    def place(row, cols, diag1, diag2, board):
        if row == n:
            solutions.append(board[:])
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            board.append(col)
            place(row + 1, cols | {col}, diag1 | {row - col}, diag2 | {row + col}, board)
            board.pop()

    place(0, set(), set(), set(), [])
    return solutions


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def flatten_depth(obj, depth=0):
    if isinstance(obj, (list, tuple)):
        return [pair for item in obj for pair in flatten_depth(item, depth + 1)]
    return [(obj, depth)]


print(len(hanoi(5)), hanoi(2))
print(permutations("abc"))
print(subsets([1, 2, 3]))
print(len(queens(6)), queens(5)[:2])
print(ackermann(2, 3), flatten_depth([1, (2, [3, [4]]), 5]))
