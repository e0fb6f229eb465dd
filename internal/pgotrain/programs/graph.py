# Training workload: graphs (dicts of lists, sets, tuples as keys, BFS with
# a list used as a queue, recursive DFS, Dijkstra with a hand-written heap).


def make_graph(n, seed):
    state = seed
    edges = {i: [] for i in range(n)}
    for i in range(n):
        for _ in range(3):
            state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
            j = state % n
            w = 1 + (state >> 33) % 20
            if j != i:
                edges[i].append((j, w))
                edges[j].append((i, w))
    return edges


def bfs(edges, start):
    dist = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        for v, _ in edges[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist


def components(edges):
    seen = set()
    sizes = []

    def dfs(u, depth):
        seen.add(u)
        n = 1
        if depth > 200:
            return n
        for v, _ in edges[u]:
            if v not in seen:
                n += dfs(v, depth + 1)
        return n

    for u in edges:
        if u not in seen:
            sizes.append(dfs(u, 0))
    return sorted(sizes, reverse=True)


def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[p] <= h[i]:
            break
        h[p], h[i] = h[i], h[p]
        i = p


def heappop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i, n = 0, len(h)
    while True:
        c = 2 * i + 1
        if c >= n:
            break
        if c + 1 < n and h[c + 1] < h[c]:
            c += 1
        if h[i] <= h[c]:
            break
        h[i], h[c] = h[c], h[i]
        i = c
    return top


def dijkstra(edges, start):
    dist = {start: 0}
    heap = [(0, start)]
    done = set()
    while heap:
        d, u = heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in edges[u]:
            nd = d + w
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                heappush(heap, (nd, v))
    return dist


total = 0
for round_ in range(6):
    g = make_graph(6000, round_ + 1)
    b = bfs(g, 0)
    total += sum(b.values()) + max(b.values())
    total += sum(components(g)[:3])
    d = dijkstra(g, round_)
    total += sum(d.values()) % 1000003
    pairs = {(u, v) for u in range(0, 6000, 50) for v, _ in g[u]}
    total += len(pairs)
print("graph:", total)
