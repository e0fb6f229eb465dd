# List methods: mutation, searching, copying, and their error messages.

lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.extend(range(2, 4))
lst.extend("ab")
print(lst, len(lst))
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before-last")
lst.insert(-100, "very-first")
print(lst)
print("pop:", lst.pop(), lst.pop(0), lst.pop(-2), lst.pop(2), lst)
lst.remove(1)
print("remove 1:", lst, lst.count(1), lst.index(4), lst.index(5, 2), lst.index("a", -3))
lst.reverse()
print("reversed:", lst)
copy = lst.copy()
copy.append("only in copy")
print("copy is shallow and separate:", len(lst), len(copy), copy[-1])
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append("shared")
print("shallow copy shares inner lists:", nested, shallow)
lst.clear()
print("cleared:", lst, len(lst), bool(lst))

for fn, msg in [(lambda: [].pop(), "pop empty"), (lambda: [1].pop(5), "pop range"),
                (lambda: [1, 2].remove(3), "remove missing"), (lambda: [1, 2].index(3), "index missing"),
                (lambda: ["a"].index("b"), "index str"), (lambda: [1][1], "getitem"),
                (lambda: [1][str(1)], "str index"), (lambda: [].insert(), "insert args"),
                (lambda: [1] + (2,), "concat tuple"), (lambda: [1] * 1.5, "float repeat")]:
    try:
        fn()
    except (IndexError, ValueError, TypeError) as e:
        print(f"{msg}: {type(e).__name__}: {e}")
try:
    lst[3] = 1
except IndexError as e:
    print("setitem:", e)
try:
    del lst[0]
except IndexError as e:
    print("delitem:", e)

print("operators:", [1, 2] + [3], [0] * 3, 2 * ["x"], [1, 2] * 0, [[]] * 2)
grid = [[0] * 3] * 2
grid[0][0] = 1
print("aliasing with *:", grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print("independent rows:", grid)
acc = [1]
acc += (2, 3)
acc += "xy"
acc *= 2
print("in-place ops:", acc)
alias = acc
acc = acc + [0]
print("+ makes new, += mutates:", len(alias), len(acc))
print("membership:", 3 in [1, 2, 3], [1] in [[1], [2]], "x" not in ["xy"])
print("min/max/sum:", min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), sum([[1], [2]], []))
print("comparison:", [1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 9], [] == [], [1, [2]] == [1, [2]])
print("list():", list("abc"), list(range(3)), list({"a": 1, "b": 2}), list((1,)), list())
stack, queue = [], []
for i in range(5):
    stack.append(i)
    queue.append(i)
print("stack pops:", [stack.pop() for _ in range(3)], "queue pops:", [queue.pop(0) for _ in range(3)])
print("count of objects:", [1, 1.0, True, "1"].count(1), [[1], [1], 1].count([1]))
self_ref = [1, 2]
self_ref.append(self_ref)
print("recursive repr:", self_ref, len(self_ref))
print("index after mutations:", [x * x for x in range(10)].index(49), list(reversed([1, 2, 3])))
