# A discrete-event simulation of a bank queue driven by a deterministic linear congruential generator.
import math


class LCG:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def random(self):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return self.state / 2 ** 32

    def expovariate(self, rate):
        return -math.log(1.0 - self.random()) / rate

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))


def simulate(servers, arrival_rate, service_rate, customers, seed):
    rng = LCG(seed)
    events = []
    t = 0.0
    for cid in range(customers):
        t += rng.expovariate(arrival_rate)
        events.append((t, 0, cid))
    events.sort()
    free_at = [0.0] * servers
    waits, served_by, busy = [], [0] * servers, [0.0] * servers
    queue_lengths = []
    for arrival, _, cid in events:
        k = min(range(servers), key=lambda i: (free_at[i], i))
        start = max(arrival, free_at[k])
        duration = rng.expovariate(service_rate)
        free_at[k] = start + duration
        waits.append(start - arrival)
        served_by[k] += 1
        busy[k] += duration
        queue_lengths.append(sum(1 for f in free_at if f > arrival))
    end = max(free_at)
    return {
        "mean_wait": sum(waits) / len(waits),
        "max_wait": max(waits),
        "p_no_wait": sum(1 for w in waits if w == 0) / len(waits),
        "served_by": served_by,
        "utilization": [round(b / end, 4) for b in busy],
        "end": end,
        "mean_busy": sum(queue_lengths) / len(queue_lengths),
    }


rng = LCG(7)
print("first randoms:", [round(rng.random(), 6) for _ in range(5)])
print("dice:", [rng.randint(1, 6) for _ in range(20)])
histogram = [0] * 6
for _ in range(6000):
    histogram[rng.randint(1, 6) - 1] += 1
print("6000 rolls:", histogram)
samples = [rng.expovariate(2.0) for _ in range(2000)]
print(f"exponential mean (expect 0.5): {sum(samples) / len(samples):.4f}, max {max(samples):.4f}")
for servers in (1, 2, 3):
    result = simulate(servers, arrival_rate=1.0, service_rate=1.2 / servers * 1.5, customers=400, seed=2024)
    print(f"servers={servers}: mean wait {result['mean_wait']:8.4f}  max wait {result['max_wait']:8.4f}  "
          f"no-wait {result['p_no_wait']:.1%}  end {result['end']:.2f}")
    print(f"           served {result['served_by']} utilization {result['utilization']} busy {result['mean_busy']:.3f}")
walk, pos, extremes = [], 0, [0, 0]
for step in range(1000):
    pos += 1 if rng.random() < 0.5 else -1
    extremes = [min(extremes[0], pos), max(extremes[1], pos)]
    if step % 100 == 99:
        walk.append(pos)
print("random walk checkpoints:", walk, "range:", extremes)
inside = 0
for _ in range(5000):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("monte carlo pi:", 4 * inside / 5000)
deck = list(range(1, 21))
for i in range(len(deck) - 1, 0, -1):
    j = int(rng.random() * (i + 1))
    deck[i], deck[j] = deck[j], deck[i]
print("shuffled:", deck, "sorted back:", sorted(deck) == list(range(1, 21)))
