# Every augmented assignment operator on names, attributes and subscripts.
total = 100


class Box:
    def __init__(self):
        self.value = 10
        self.items = [1, 2, 3]


def on_names():
    n = 10
    n += 5
    n -= 3
    n *= 4
    n //= 3
    n %= 7
    n **= 3
    n <<= 2
    n >>= 1
    n &= 0xFF
    n |= 0x100
    n ^= 0x0F
    f = 9.0
    f /= 2
    print(n, f)


def on_attributes(box):
    box.value += 1
    box.value -= 2
    box.value *= 3
    box.value //= 2
    box.value **= 2
    box.value %= 50
    box.value <<= 1
    box.value >>= 1
    box.value |= 64
    box.value &= 127
    box.value ^= 1
    print(box.value)


def on_subscripts(box):
    box.items[0] += 10
    box.items[1] *= 7
    box.items[-1] **= 2
    box.items[1:2] += [99]
    grid = {"k": 1}
    grid["k"] -= 5
    grid["k"] ^= 3
    print(box.items, grid)


def on_global():
    global total
    total += 1
    total /= 4


def on_nonlocal():
    acc = 0

    def add(k):
        nonlocal acc
        acc += k
        acc *= 2
        return acc

    return add


class Mat2:
    def __init__(self, a, b, c, d):
        self.cells = (a, b, c, d)

    def __matmul__(self, o):
        a, b, c, d = self.cells
        e, f, g, h = o.cells
        return Mat2(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)


on_names()
on_attributes(Box())
on_subscripts(Box())
on_global()
print(total)
s = "ab"
s += "cd"
s *= 2
lst = [1]
lst += (2, 3)
lst *= 2
print(s, lst)
adder = on_nonlocal()
print(adder(3), adder(4))
m = Mat2(1, 1, 1, 0)
for _ in range(5):
    m @= Mat2(1, 1, 1, 0)
print(m.cells)
