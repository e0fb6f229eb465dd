from math import inf

EDGES = [
    ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
    ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20),
    ("G", "H", 1),
]


def build(edges, directed=False):
    graph = {}
    for a, b, w in edges:
        graph.setdefault(a, []).append((b, w))
        graph.setdefault(b, [])
        if not directed:
            graph[b].append((a, w))
    for node in graph:
        graph[node].sort()
    return graph


def bfs(graph, start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs(graph, start, seen=None):
    seen = [] if seen is None else seen
    seen.append(start)
    for nxt, _ in graph[start]:
        if nxt not in seen:
            dfs(graph, nxt, seen)
    return seen


class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[parent] <= items[i]:
                break
            items[parent], items[i] = items[i], items[parent]
            i = parent

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i = 0
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < len(items) and items[child] < items[smallest]:
                    smallest = child
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest

    def __len__(self):
        return len(self.items)


def dijkstra(graph, source):
    dist = {node: inf for node in graph}
    prev = {}
    dist[source] = 0
    heap = MinHeap()
    heap.push((0, source))
    while heap:
        d, node = heap.pop()
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            if (nd := d + w) < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heap.push((nd, nxt))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


def components(graph):
    seen, result = set(), []
    for node in sorted(graph):
        if node not in seen:
            comp = dfs(graph, node)
            seen.update(comp)
            result.append(sorted(comp))
    return result


g = build(EDGES)
print("bfs", bfs(g, "A"))
print("dfs", dfs(g, "A"))
dist, prev = dijkstra(g, "A")
for node in sorted(dist):
    reachable = dist[node] != inf
    print(node, dist[node], path_to(prev, node) if reachable else "unreachable")
print(components(g), len(build(EDGES, directed=True)["D"]))
