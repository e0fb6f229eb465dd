# Ends with RecursionError; the traceback collapses the repeated frames.


def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1) if n > 0 else countdown(n - 1)


print(countdown(10))
print(countdown(-1))
