seq = list(range(10))
text = "abcdefghij"

print(seq[2:5], seq[:3], seq[7:], seq[:], seq[::2], seq[1::3], seq[::-1])
print(seq[-3:], seq[:-3], seq[-1:-4:-1], seq[5:2], seq[100:], seq[-100:2])
print(text[1:8:2], text[::-2], text[3], text[-1])
lo, hi, step = 1, 9, 3
print(seq[lo:hi:step], seq[lo:], seq[:hi], seq[::step], seq[lo:hi])
print(seq[slice(2, 8, 2)], slice(1, 2), slice(None, None, -1).indices(5))

mutable = list(range(8))
mutable[2:4] = ["a", "b", "c"]
mutable[::3] = [None] * len(mutable[::3])
mutable[-2:] = []
print(mutable)


class Recorder:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


r = Recorder()
print(r[1:2], r[1:2:3], r[::], r[:, 1], r[1:2, ::3], r[...], r[..., 0])
r[0:1] = "x"
r[::2, 1] = "y"
del r[5:]
grid = [[c + r * 3 for c in range(3)] for r in range(3)]
print([row[1:] for row in grid[::2]], (1, 2, 3, 4)[1:-1], b"bytes"[1:3])
