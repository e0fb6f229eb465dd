# A list used as a stack: pop() with and without an index, the errors,
# and the allocation CPython keeps or gives back (sys.getsizeof).
import sys

stack = []
sizes = []
for i in range(40):
    stack.append(i)
    sizes.append(sys.getsizeof(stack))
while stack:
    stack.pop()
    sizes.append(sys.getsizeof(stack))
for i in range(20):
    stack.append(i)
    stack.append(-i)
    stack.pop()
    sizes.append(sys.getsizeof(stack))
print(sizes)
print(stack.pop(0), stack.pop(-2), stack.pop(), len(stack))

for bad in ([], [1]):
    try:
        bad.pop(5) if bad else bad.pop()
    except IndexError as e:
        print(type(e).__name__, e)
try:
    [1].pop(x=1)
except TypeError as e:
    print(e)
try:
    [1].pop(1, 2)
except TypeError as e:
    print(e)
try:
    [1].pop("0")
except TypeError as e:
    print(e)
