# Recursion: depth limits, sys.getrecursionlimit/setrecursionlimit, catching RecursionError, mutual recursion.
import sys

print("default limit:", sys.getrecursionlimit())


def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print("max depth reached at default limit:", depth())
sys.setrecursionlimit(100)
print("limit now:", sys.getrecursionlimit(), "depth:", depth())


def nested_call_depth():
    return depth()


print("one frame deeper:", nested_call_depth())
sys.setrecursionlimit(250)
print("limit 250 depth:", depth())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError:", e)
sys.setrecursionlimit(2000)


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e, "| args:", e.args, "| is RuntimeError:", isinstance(e, RuntimeError))


class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child

    def __repr__(self):
        return f"Node({self.value}, {self.child!r})"


chain = None
for i in range(5):
    chain = Node(i, chain)
print("recursive repr:", chain)
deep = None
for i in range(3000):
    deep = Node(i, deep)
try:
    repr(deep)
except RecursionError as e:
    print("RecursionError in repr:", e)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print("mutual recursion:", is_even(100), is_odd(77), is_even(501))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print("ackermann:", [[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 10))


def hanoi(n, source, target, spare, moves):
    if n:
        hanoi(n - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(n - 1, spare, target, source, moves)
    return moves


moves = hanoi(4, "A", "C", "B", [])
print("hanoi(4):", len(moves), moves[:6])
print("hanoi(10) moves:", len(hanoi(10, "A", "C", "B", [])))


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result


print("permutations:", ["".join(p) for p in permutations(list("abc"))], len(permutations(list(range(6)))))
nested_list = [1]
for _ in range(50):
    nested_list = [nested_list]


def flatten_depth(x):
    return 1 + max(map(flatten_depth, x)) if isinstance(x, list) else 0


print("nesting depth:", flatten_depth(nested_list))
sys.setrecursionlimit(1000)
print("restored limit:", sys.getrecursionlimit(), "depth:", depth())
