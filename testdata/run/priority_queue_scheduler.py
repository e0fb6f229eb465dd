# A binary-heap priority queue class used to schedule jobs, merge sorted streams and find top-k items.


class PriorityQueue:
    def __init__(self, key=lambda x: x):
        self.heap = []
        self.key = key
        self.counter = 0

    def __len__(self):
        return len(self.heap)

    def __bool__(self):
        return bool(self.heap)

    def push(self, item):
        entry = (self.key(item), self.counter, item)
        self.counter += 1
        heap = self.heap
        heap.append(entry)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if heap[parent] <= heap[i]:
                break
            heap[parent], heap[i] = heap[i], heap[parent]
            i = parent

    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        heap = self.heap
        heap[0], heap[-1] = heap[-1], heap[0]
        entry = heap.pop()
        i, n = 0, len(heap)
        while True:
            left, right, smallest = 2 * i + 1, 2 * i + 2, i
            if left < n and heap[left] < heap[smallest]:
                smallest = left
            if right < n and heap[right] < heap[smallest]:
                smallest = right
            if smallest == i:
                break
            heap[i], heap[smallest] = heap[smallest], heap[i]
            i = smallest
        return entry[2]

    def peek(self):
        return self.heap[0][2]


pq = PriorityQueue()
for v in [5, 3, 8, 1, 9, 2, 7, 3, 1]:
    pq.push(v)
print("heap array:", [e[0] for e in pq.heap])
print("popped in order:", [pq.pop() for _ in range(len(pq))])
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)


class Job:
    def __init__(self, name, priority, duration, arrival):
        self.name, self.priority, self.duration, self.arrival = name, priority, duration, arrival

    def __repr__(self):
        return f"{self.name}(p{self.priority},d{self.duration})"


jobs = [Job("backup", 3, 5, 0), Job("email", 1, 1, 0), Job("report", 2, 3, 1), Job("deploy", 1, 2, 2),
        Job("index", 3, 4, 3), Job("alert", 0, 1, 6), Job("cleanup", 4, 2, 6), Job("billing", 1, 3, 7)]
queue = PriorityQueue(key=lambda j: (j.priority, j.arrival))
time, pending, log = 0, sorted(jobs, key=lambda j: j.arrival), []
while pending or queue:
    while pending and pending[0].arrival <= time:
        queue.push(pending.pop(0))
    if not queue:
        time = pending[0].arrival
        continue
    job = queue.pop()
    start = time
    time += job.duration
    log.append((job.name, start, time, start - job.arrival))
print(f"{'job':<8}{'start':>6}{'end':>6}{'wait':>6}")
for name, start, end, wait in log:
    print(f"{name:<8}{start:>6}{end:>6}{wait:>6}")
print("average wait:", sum(w for *_, w in log) / len(log), "makespan:", time)


def merge_sorted(*streams):
    q = PriorityQueue(key=lambda pair: pair[0])
    iters = [iter(s) for s in streams]
    for idx, it in enumerate(iters):
        first = next(it, None)
        if first is not None:
            q.push((first, idx))
    while q:
        value, idx = q.pop()
        yield value
        nxt = next(iters[idx], None)
        if nxt is not None:
            q.push((nxt, idx))


print("merged:", list(merge_sorted([1, 4, 9, 16], [2, 3, 5, 7, 11, 13], [0, 10, 20], [])))


def top_k(items, k):
    q = PriorityQueue()
    for item in items:
        q.push(item)
        if len(q) > k:
            q.pop()
    return sorted((q.pop() for _ in range(len(q))), reverse=True)


values = [(i * 7919 + 13) % 1000 for i in range(200)]
print("top 5:", top_k(values, 5), "check:", sorted(values, reverse=True)[:5])
words = "to be or not to be that is the question whether tis nobler in the mind".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
wq = PriorityQueue(key=lambda kv: (-kv[1], kv[0]))
for kv in freq.items():
    wq.push(kv)
print("by frequency:", [wq.pop() for _ in range(6)])
stable = PriorityQueue(key=lambda s: len(s))
for s in ["ccc", "a", "bb", "d", "ee", "f"]:
    stable.push(s)
print("ties keep insertion order:", [stable.pop() for _ in range(6)], "peek on refill:", (stable.push("zz"), stable.peek())[1])
