def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = cache[args] = fn(*args)
        return result

    wrapper.stats = stats
    wrapper.cache_clear = cache.clear
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize
def grid_paths(rows, cols):
    if rows == 0 or cols == 0:
        return 1
    return grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)


@memoize
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}

    def get(self, key):
        if key not in self.data:
            return None
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        if len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]


print(fib(80), fib.stats)
print(grid_paths(10, 10), grid_paths.stats["misses"])
print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn"))
lru = LRU(2)
lru.put("a", 1)
lru.put("b", 2)
lru.get("a")
lru.put("c", 3)
print(list(lru.data), lru.get("b"), lru.get("a"))
