def bubble_sort(items):
    data = list(items)
    n = len(data)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if data[j] > data[j + 1]:
                data[j], data[j + 1] = data[j + 1], data[j]
                swapped = True
        if not swapped:
            break
    return data


def insertion_sort(items):
    data = list(items)
    for i in range(1, len(data)):
        key = data[i]
        j = i - 1
        while j >= 0 and data[j] > key:
            data[j + 1] = data[j]
            j -= 1
        data[j + 1] = key
    return data


def merge_sort(items):
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def quick_sort(items):
    if len(items) < 2:
        return list(items)
    pivot, *rest = items
    return (quick_sort([x for x in rest if x < pivot])
            + [pivot]
            + quick_sort([x for x in rest if x >= pivot]))


def heap_sort(items):
    data = list(items)

    def sift_down(start, end):
        root = start
        while (child := 2 * root + 1) <= end:
            if child + 1 <= end and data[child] < data[child + 1]:
                child += 1
            if data[root] < data[child]:
                data[root], data[child] = data[child], data[root]
                root = child
            else:
                return

    for start in range((len(data) - 2) // 2, -1, -1):
        sift_down(start, len(data) - 1)
    for end in range(len(data) - 1, 0, -1):
        data[0], data[end] = data[end], data[0]
        sift_down(0, end - 1)
    return data


def counting_sort(items, max_value):
    counts = [0] * (max_value + 1)
    for x in items:
        counts[x] += 1
    return [value for value, count in enumerate(counts) for _ in range(count)]


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed


gen = lcg(2024)
sample = [next(gen) % 100 for _ in range(25)]
expected = sorted(sample)
for sorter in (bubble_sort, insertion_sort, merge_sort, quick_sort, heap_sort):
    result = sorter(sample)
    print(f"{sorter.__name__:>15}: {'ok' if result == expected else 'WRONG'} {result[:6]}")
print(counting_sort(sample, 99) == expected, sample[:8])
words = ["pear", "Apple", "fig", "banana", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
