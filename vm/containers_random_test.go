package vm

import "testing"

// Randomized differential programs: long sequences of dict and set
// operations whose printed orders and sizes must match CPython's.

func TestDictRandomOps(t *testing.T) {
	checkCt(t, `import sys
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return (seed >> 4) % n
keys = [0, 1, 2, 7, 8, 16, 31, -1, -2, 2**40, 'a', 'b', 'key', 'zz', (1, 2), 3.5, True, 'é', '']
for trial in range(40):
    d = {}
    log = []
    for step in range(rnd(120)):
        op = rnd(9)
        k = keys[rnd(len(keys))] if rnd(3) else rnd(500)
        if op < 4:
            d[k] = step
        elif op == 4:
            d.pop(k, None)
        elif op == 5 and d:
            log.append(d.popitem())
        elif op == 6:
            log.append(d.setdefault(k, -step))
        elif op == 7:
            d.update({keys[rnd(len(keys))]: 1, rnd(50): 2})
        else:
            d = d.copy() if rnd(2) else dict(d)
        if step % 17 == 0:
            log.append(sys.getsizeof(d))
    print(d, log, sys.getsizeof(d), list(reversed(d.items()))[:3])
`)
}

func TestSetRandomOps(t *testing.T) {
	checkCt(t, `import sys
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return (seed >> 4) % n
words = ['a', 'b', 'c', 'hello', 'x', 'yy', 'zzz', 'q1', 'q2', 'é', '']
for trial in range(40):
    s = set()
    log = []
    for step in range(rnd(150)):
        op = rnd(12)
        k = rnd(300) - 50 if rnd(2) else words[rnd(len(words))] + repr(rnd(4))
        if op < 4:
            s.add(k)
        elif op == 4:
            s.discard(k)
        elif op == 5 and s:
            log.append(s.pop())
        elif op == 6:
            s |= {rnd(100) for _ in range(rnd(10))}
        elif op == 7:
            s -= set(range(rnd(60)))
        elif op == 8:
            s &= set(range(-50, rnd(400)))
        elif op == 9:
            s ^= {rnd(80) for _ in range(rnd(8))}
        elif op == 10:
            s = s.copy()
        else:
            s.update(range(rnd(30)), {k: 1})
        if step % 23 == 0:
            log.append(sys.getsizeof(s))
    a = set(range(rnd(40)))
    print(s, log, sys.getsizeof(s))
    print(s | a, s & a, s - a, a - s, s ^ a, a ^ s, s.intersection(range(30)), s.difference([1, 2, 3]))
`)
}
