# An LRU cache built from a dict and a doubly linked list, with statistics and a memoizing decorator.


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            evicted = lru.key
        else:
            evicted = None
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
        return evicted

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        return "LRU[" + ", ".join(f"{k}={self.map[k].value}" for k in self.keys()) + "]"


cache = LRUCache(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d", "get a"]:
    parts = op.split()
    if parts[0] == "put":
        evicted = cache.put(parts[1], int(parts[2]))
        print(f"{op:<10} evicted={evicted!s:<5} {cache}")
    else:
        print(f"{op:<10} -> {cache.get(parts[1])!s:<5} {cache}")
print("stats:", cache.hits, cache.misses, cache.evictions, len(cache), "a" in cache, "b" in cache)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


def lru_memo(capacity):
    def decorator(fn):
        store = LRUCache(capacity)
        marker = object()

        def wrapper(*args):
            value = store.get(args, marker)
            if value is marker:
                value = fn(*args)
                store.put(args, value)
            return value

        wrapper.cache = store
        return wrapper
    return decorator


@lru_memo(capacity=64)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print("grid paths 16x16:", paths(16, 16), "hits:", paths.cache.hits, "misses:", paths.cache.misses, "evictions:", paths.cache.evictions)
small = LRUCache(4)
state = 12345
for step in range(200):
    state = (state * 1103515245 + 12345) % 2 ** 31
    key = state % 9
    if small.get(key) is None:
        small.put(key, step)
print("random workload:", small, "hit rate:", f"{small.hits / (small.hits + small.misses):.3f}")
print("order check:", small.keys() == list(reversed(small.keys()))[::-1], len(small.keys()))
