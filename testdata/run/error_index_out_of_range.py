# Ends with IndexError: list index out of range inside a loop that walks one step too far.

scores = [88, 92, 79, 65]
best = scores[0]
for i in range(len(scores) + 1):
    print("checking index", i)
    if scores[i] > best:
        best = scores[i]
print("best:", best)
