# Graph algorithms on a small road map: BFS, DFS, Dijkstra with a hand-written heap, topological sort, components.

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4),
         ("D", "F", 11), ("E", "F", 20), ("F", "G", 1), ("H", "I", 7), ("G", "J", 2), ("J", "D", 6)]
graph = {}
for a, b, w in EDGES:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))
for node in graph:
    graph[node].sort()
print("adjacency:")
for node in sorted(graph):
    print(f"  {node}: {graph[node]}")


def bfs(start):
    order, seen, queue, parent = [], {start}, [start], {start: None}
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                parent[nxt] = node
                queue.append(nxt)
    return order, parent


def dfs(node, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(node)
    order.append(node)
    for nxt, _ in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen, order)
    return order


def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i and heap[(i - 1) // 2] > heap[i]:
        heap[i], heap[(i - 1) // 2] = heap[(i - 1) // 2], heap[i]
        i = (i - 1) // 2


def heap_pop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            small = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < len(heap) and heap[c] < heap[small]:
                    small = c
            if small == i:
                break
            heap[i], heap[small] = heap[small], heap[i]
            i = small
    return top


def dijkstra(start):
    dist, prev, heap, pops = {start: 0}, {}, [(0, start)], 0
    while heap:
        d, node = heap_pop(heap)
        pops += 1
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt], prev[nxt] = nd, node
                heap_push(heap, (nd, nxt))
    return dist, prev, pops


order, parent = bfs("A")
print("BFS from A:", order)
path, node = [], "G"
while node:
    path.append(node)
    node = parent[node]
print("fewest hops A->G:", " -> ".join(reversed(path)))
print("DFS from A:", dfs("A"))
dist, prev, pops = dijkstra("A")
print("Dijkstra distances:", dict(sorted(dist.items())), "heap pops:", pops)
for target in "DFGJ":
    path, node = [target], target
    while node in prev:
        node = prev[node]
        path.append(node)
    print(f"  shortest A->{target}: {'-'.join(reversed(path))} ({dist[target]})")
components, seen = [], set()
for node in sorted(graph):
    if node not in seen:
        comp = dfs(node)
        seen.update(comp)
        components.append(sorted(comp))
print("components:", components)
TASKS = {"deploy": ["test", "build"], "test": ["build"], "build": ["fetch", "configure"], "configure": ["fetch"],
         "fetch": [], "docs": ["configure"], "release": ["deploy", "docs"]}


def topo(tasks):
    indeg = {t: 0 for t in tasks}
    for t, deps in tasks.items():
        indeg[t] = len(deps)
    ready = sorted(t for t, n in indeg.items() if n == 0)
    out = []
    while ready:
        t = ready.pop(0)
        out.append(t)
        for u, deps in sorted(tasks.items()):
            if t in deps:
                indeg[u] -= 1
                if indeg[u] == 0:
                    ready.append(u)
                    ready.sort()
    if len(out) != len(tasks):
        raise ValueError("cycle detected")
    return out


print("build order:", topo(TASKS))
try:
    topo({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("ValueError:", e)
grid = ["S.#.....", ".##.###.", "....#...", "#.#...#E", "...#...."]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
frontier, steps, seen = [start], 0, {start}
while frontier:
    if any(grid[r][c] == "E" for r, c in frontier):
        break
    nxt = []
    for r, c in frontier:
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                nxt.append((nr, nc))
    frontier, steps = nxt, steps + 1
print("maze steps S->E:", steps, "cells explored:", len(seen))
