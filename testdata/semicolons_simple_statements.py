a = 1; b = 2; c = a + b
if c > 2: print("short if"); print("same line")
for i in range(2): print("loop", i); c += i
while c > 10: c -= 1
def f(x): return x * 2
class K: attr = 1; other = attr + 1
try: import math; print(math.floor(2.5))
except ImportError: pass
finally: print("finally on one line")
with open(__file__) as fh: first = fh.readline().strip()
x = y = z = 0; x += 1; y -= 1; z = x if x else y
print(a, b, c, f(3), K.attr, K.other, first[:10], x, y, z);
