data = [3, 8, 1, 9, 4, 12, 7]

if (n := len(data)) > 5:
    print(f"long list of {n}")

chunks = iter(range(0, 20, 3))
while (chunk := next(chunks, None)) is not None:
    print("chunk", chunk)

squares = [y for x in data if (y := x * x) > 20]
print(squares, y)

total = 0
running = [total := total + v for v in data]
print(running, total)


def first_long(words, limit):
    if any((found := w) for w in words if len(w) > limit):
        return found
    return None


print(first_long(["a", "bb", "ccc", "dddd"], 2))
print((z := 10) + z, [(w := 1), w + 1])
stack = [1, 2, 3]
while (top := stack.pop() if stack else None):
    print("pop", top)
