# Benchmark: list sorting with keys and comprehensions of all kinds.


def lcg_list(n, seed):
    state = seed
    out = []
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        out.append(state >> 40)
    return out


checksum = 0
for round_ in range(9):
    data = lcg_list(60000, round_ + 7)
    ordered = sorted(data)
    by_digits = sorted(data, key=lambda v: (v % 1000, v))
    records = [(v % 97, v % 13, v) for v in data]
    records.sort(key=lambda r: (r[0], -r[1]))
    squares = [v * v for v in data if v % 3 == 0]
    table = {v % 5003: v for v in data}
    uniques = {v % 20011 for v in data}
    matrix = [[(i * j + round_) % 17 for j in range(60)] for i in range(60)]
    transposed = [list(col) for col in zip(*matrix)]
    words = sorted((str(v)[::-1] for v in data[:20000]), key=len)
    checksum += ordered[len(ordered) // 2] % 1000003
    checksum += by_digits[100] % 1000003 + records[500][2] % 1000003
    checksum += len(squares) + len(table) + len(uniques) + sum(map(sum, transposed)) + len(words[-1])
print("sort checksum:", checksum)
